"""The main window's pages, in navigation order, with the action a role needs to see each one and the kind of
database they belong to: a hospital's own database never shows HQ pages, HQ's never shows data entry."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from l2fh_desk.domain.roles import Action
from l2fh_desk.ui.pages.base import Page

log = logging.getLogger(__name__)
HOSPITAL, HQ, BOTH = frozenset({"hospital"}), frozenset({"hq"}), frozenset({"hospital", "hq"})


@dataclass(frozen=True)
class PageEntry:
    module: str  # under l2fh_desk.ui.pages
    cls: str
    needs: Action
    where: frozenset[str] = HOSPITAL


PAGES: tuple[PageEntry, ...] = (
    PageEntry("hq_overview", "HqOverviewPage", Action.READ_CLINICAL, HQ),
    PageEntry("hq", "HqPage", Action.IMPORT_BUNDLES, HQ),
    PageEntry("hq_log", "ImportLogPage", Action.IMPORT_BUNDLES, HQ),
    PageEntry("hq_review", "ReviewPage", Action.IMPORT_BUNDLES, HQ),
    PageEntry("hq_summary", "SummaryPage", Action.GENERATE_REPORTS, HQ),
    PageEntry("dashboard", "DashboardPage", Action.READ_CLINICAL),
    PageEntry("patients", "PatientsPage", Action.READ_CLINICAL),
    PageEntry("encounter", "EncounterPage", Action.WRITE_ENCOUNTER),
    PageEntry("ward", "WardPage", Action.READ_CLINICAL),
    PageEntry("outreach", "OutreachPage", Action.READ_CLINICAL),
    PageEntry("rotations", "RotationsPage", Action.MANAGE_ROTATIONS),
    PageEntry("reports", "ReportsPage", Action.GENERATE_REPORTS, BOTH),
    PageEntry("exchange", "ExchangePage", Action.EXPORT_DATA),
    PageEntry("hq_trust", "TrustPage", Action.MANAGE_TRUST, HQ),
    PageEntry("accounts", "AccountsPage", Action.MANAGE_ACCOUNTS, BOTH),
)


def page_classes(can: object, *, skip_missing: bool = False, workspace: str = "hospital") -> list[type[Page]]:
    """Page classes the actor may open (`can(action) -> bool`) in this kind of database, in order.

    With `skip_missing`, a page whose module is not there (a build without it) is left out with a
    warning; an import error from inside an existing page module is still raised.
    """
    out: list[type[Page]] = []
    kind = "hq" if workspace == "hq" else "hospital"  # a new, empty database is shown as a hospital's
    for entry in PAGES:
        if kind not in entry.where or not can(entry.needs):  # type: ignore[operator]
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
