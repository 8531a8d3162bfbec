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


def page_classes(can: object, *, skip_missing: bool = False) -> list[type[Page]]:
    """Page classes the actor may open (`can(action) -> bool`), in order.

    With `skip_missing`, a page whose module is not there (a build without it) is left out with a
    warning; an import error from inside an existing page module is still raised.
    """
    out: list[type[Page]] = []
    for entry in PAGES:
        if not can(entry.needs):  # type: ignore[operator]
            continue
        name = f"l2fh_desk.ui.pages.{entry.module}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not skip_missing or exc.name != name:
                raise
            log.warning("page module %s is missing; its page is left out", name)
            continue
        out.append(getattr(module, entry.cls))
    return out
