"""What every window, page and dialog is given: the open store and the signed-in actor (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    workspace: str = ""  # "hospital", "hq" or "new" (hq.workspace), found when the context is made
    # What this session imported (bundles refused leave nothing in the database, so they are kept here).
    import_results: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.workspace:
            from l2fh_desk.hq.workspace import workspace

            self.workspace = workspace(self.store).value

    @property
    def is_hq(self) -> bool:
        return self.workspace == "hq"

    def can(self, action: Action) -> bool:
        return self.actor.can(action)
