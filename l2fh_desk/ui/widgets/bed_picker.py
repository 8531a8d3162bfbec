"""Free-bed picker: the bed field filters the list of free beds the commander set up; Up/Down choose,
Enter takes the bed (and its ward) without saving the form; a bed that is not free is never offered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from l2fh_desk.store.beds import BedChoice
from l2fh_desk.ui.free_text import free as free_text
from l2fh_desk.ui.widgets.choice_keys import move_choice

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1


class WardField(QLineEdit):
    """The ward as the lists show it ("Service général"), giving back the name set up ("General") unless
    the user typed another one."""

    def __init__(self, name: str = "", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._stored = ""
        self.set_stored(name)

    def set_stored(self, name: str) -> None:
        self._stored = name
        self.setText(free_text(name))

    def stored(self) -> str:
        text = self.text().strip()
        return self._stored if self._stored and text == free_text(self._stored).strip() else text


class BedPicker(QWidget):
    """Wraps the bed field (`bed`) and fills the ward field (`ward`) from the chosen free bed."""

    taken = Signal(str, str)  # ward, bed

    def __init__(self, bed: QLineEdit, ward: WardField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bed = bed
        self.ward = ward
        self.choices: list[BedChoice] = []
        self.results = QListWidget(objectName="free_beds")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the bed field move the choice
        self.results.setMaximumHeight(110)
        self.hint = QLabel(objectName="free_beds_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bed)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.setFocusProxy(bed)  # the form's label (Alt+B) and "focus the first error" reach the field
        bed.textEdited.connect(self.update_results)
        bed.installEventFilter(self)
        self.results.itemClicked.connect(self._take)
        self.set_choices([])

    def set_choices(self, choices: Sequence[BedChoice]) -> None:
        """Every bed set up (free or not); none at all means beds are typed freely, as before wards existed."""
        self.choices = list(choices)
        self.results.setVisible(bool(self.choices))
        self.hint.setVisible(bool(self.choices))
        self.update_results(self.bed.text())

    def free(self) -> list[BedChoice]:
        return [c for c in self.choices if c.is_free]

    def update_results(self, text: str) -> None:
        self.results.clear()
        needle = text.strip().casefold()
        shown = [c for c in self.free() if needle in c.bed.casefold() or needle in f"{c.ward} {c.bed}".casefold()]
        for choice in shown:
            item = QListWidgetItem(f"{choice.bed}  ·  {free_text(choice.ward)}")
            item.setData(CHOICE_ROLE, choice)
            self.results.addItem(item)
        if shown:
            self.results.setCurrentRow(0)
        free = len(self.free())
        if not free and self.choices:
            self.hint.setText(self.tr("No free bed: discharge or move a patient first."))
        elif not shown and self.choices:
            self.hint.setText(self.tr("No free bed matches “%1”.").replace("%1", text.strip()))
        else:
            self.hint.setText(self.tr("Free beds: %1 of %2 · ↑/↓ to choose, Enter to take")
                              .replace("%1", str(free)).replace("%2", str(len(self.choices))))

    def _matches_exactly(self) -> bool:
        text = self.bed.text().strip().casefold()
        return any(c.bed.casefold() == text and c.ward.casefold() == self.ward.stored().casefold()
                   for c in self.free())

    def _take(self, item: QListWidgetItem) -> None:
        choice: BedChoice = item.data(CHOICE_ROLE)
        self.bed.setText(choice.bed)
        self.ward.set_stored(choice.ward)
        self.update_results(choice.bed)
        self.taken.emit(choice.ward, choice.bed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.bed and event.type() == QEvent.Type.KeyPress and self.choices:
            key = event.key()  # type: ignore[attr-defined]
            if move_choice(self.results, key):
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._matches_exactly():
                item = self.results.currentItem()
                if item is not None:
                    self._take(item)
                return True  # Enter here takes a bed; it never saves the form
        return False
