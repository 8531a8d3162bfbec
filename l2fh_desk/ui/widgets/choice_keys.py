"""Up/Down typed in a search field move the choice in its result list (both pickers share this)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def move_choice(results: QListWidget, key: int) -> bool:
    """Move the current row one step for Up/Down; True if the key was used."""
    if key not in (Qt.Key.Key_Down, Qt.Key.Key_Up) or not results.count():
        return False
    step = 1 if key == Qt.Key.Key_Down else -1
    results.setCurrentRow(max(0, min(results.count() - 1, results.currentRow() + step)))
    return True
