"""Rotation picker: the rotations newest first as "Rotation N"; filling it again keeps the one chosen."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from l2fh_desk.domain.hospital import Rotation

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


def by_id(rotation: Rotation) -> Hashable:
    return rotation.id


def by_number(rotation: Rotation) -> Hashable:
    return rotation.number


class RotationPicker(QComboBox):
    """`currentData()` is `key(rotation)`: the rotation's id (default) or, where one hospital's rotations are
    meant, its number. `fill` never emits `currentIndexChanged`; the caller shows the choice itself."""

    def __init__(self, parent: QWidget | None = None, *, key: Callable[[Rotation], Hashable] = by_id,
                 **kwargs: Any) -> None:
        super().__init__(parent, **kwargs)
        self.key = key

    def fill(self, rotations: Iterable[Rotation], *, default: Hashable | None = None) -> None:
        """Show `rotations` (oldest first in, newest first out); keep the chosen one if it is still there,
        else choose `default` (a key) if given and there, else the newest."""
        chosen = self.currentData()
        if chosen is None:
            chosen = default
        self.blockSignals(True)
        self.clear()
        for rotation in reversed(list(rotations)):
            self.addItem(self._text(rotation.number), self.key(rotation))
            self.setItemData(self.count() - 1, rotation.number, NUMBER_ROLE)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def retranslate(self) -> None:
        for index in range(self.count()):
            self.setItemText(index, self._text(self.itemData(index, NUMBER_ROLE)))

    def _text(self, number: int) -> str:
        return self.tr("Rotation %1").replace("%1", str(number))
