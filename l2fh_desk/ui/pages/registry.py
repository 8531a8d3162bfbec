"""The main window's pages, in navigation order, with the action a role needs to see each one."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from l2fh_desk.domain.roles import Action
from l2fh_desk.ui.pages.base import Page

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageEntry:
    module: str  # under l2fh_desk.ui.pages
    cls: str
    needs: Action


PAGES: tuple[PageEntry, ...] = (
    PageEntry("dashboard", "DashboardPage", Action.READ_CLINICAL),
    PageEntry("patients", "PatientsPage", Action.READ_CLINICAL),
    PageEntry("encounter", "EncounterPage", Action.WRITE_ENCOUNTER),
    PageEntry("ward", "WardPage", Action.READ_CLINICAL),
    PageEntry("outreach", "OutreachPage", Action.READ_CLINICAL),
    PageEntry("rotations", "RotationsPage", Action.MANAGE_ROTATIONS),
    PageEntry("reports", "ReportsPage", Action.GENERATE_REPORTS),
    PageEntry("exchange", "ExchangePage", Action.EXPORT_DATA),
    PageEntry("hq", "HqPage", Action.IMPORT_BUNDLES),
    PageEntry("accounts", "AccountsPage", Action.MANAGE_ACCOUNTS),
)


def page_classes(can: object) -> list[type[Page]]:
    """Page classes the actor may open (`can(action) -> bool`), in order."""
    out: list[type[Page]] = []
    for entry in PAGES:
        if not can(entry.needs):  # type: ignore[operator]
            continue
        module = importlib.import_module(f"l2fh_desk.ui.pages.{entry.module}")
        out.append(getattr(module, entry.cls))
    return out
