"""A plain bar: women's share of the roster, with the UN target marked on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MEETS = QColor("#2e7d32")
BELOW = QColor("#c62828")


class ShareBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.target = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(240, 22)

    def set_values(self, share: float, target: float) -> None:
        self.share, self.target = max(0.0, min(1.0, share)), max(0.0, min(1.0, target))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 4, -1, -4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(self.palette().ColorRole.Midlight))
        painter.drawRoundedRect(box, 3, 3)
        filled = QRectF(box.left(), box.top(), box.width() * self.share, box.height())
        painter.setBrush(MEETS if self.share >= self.target and self.share > 0 else BELOW)
        painter.drawRoundedRect(filled, 3, 3)
        x = box.left() + box.width() * self.target
        painter.setPen(QPen(self.palette().color(self.palette().ColorRole.WindowText), 2))
        painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()
