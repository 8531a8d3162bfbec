"""The contract every page of the main window follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from l2fh_desk.ui.context import AppContext


class Page(QWidget):
    """A page: built once from the context, refreshed when shown or when data changes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        """Translated title for the navigation list."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the store (called when the page is shown and after `signals.changed`)."""

    def retranslate(self) -> None:
        """Re-apply translated texts after a language switch."""

    def save_draft(self) -> None:
        """Write any half-typed form to the drafts table now (called before an idle lock and on close)."""
