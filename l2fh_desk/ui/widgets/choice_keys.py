"""Up/Down typed in a search field move the choice in its result list (both pickers share this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def move_choice(results: QAbstractItemView, key: int) -> bool:
    """Move the current row one step for Up/Down (PageUp/PageDown a page); True if the key was used."""
    steps = {int(Qt.Key.Key_Down): 1, int(Qt.Key.Key_Up): -1, int(Qt.Key.Key_PageDown): 10, int(Qt.Key.Key_PageUp): -10}
    model = results.model()
    rows = model.rowCount() if model is not None else 0
    key = int(key)
    if key not in steps or not rows or model is None:
        return False
    current = results.currentIndex().row()
    row = max(0, min(rows - 1, current + steps[key]))
    results.setCurrentIndex(model.index(row, 0))
    results.scrollTo(results.currentIndex())
    return True
