"""What every window, page and dialog is given: the open store and the signed-in actor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store.store import Store


class DataSignals(QObject):
    """Pages announce saves so other pages refresh (e.g. an admission appears on the ward board)."""

    changed = Signal(str)  # table name that changed
    language_changed = Signal(str)
    # Ask the main window to show a page (module name in ui/pages, e.g. "encounter") for a record id;
    # the page receives it through `open_record(record_id)` if it has that method.
    navigate = Signal(str, str)


@dataclass
class AppContext:
    store: Store
    actor: Actor
    signals: DataSignals = field(default_factory=DataSignals)

    def can(self, action: Action) -> bool:
        return self.actor.can(action)
