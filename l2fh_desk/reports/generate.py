"""Generate a report file: check the actor, assemble, render, write under a temporary name, audit, rename.

These are the functions the CLI calls and the app's Reports page runs on a worker thread.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.reports.figures_handover import handover_figures
from l2fh_desk.reports.figures_mds import MdsFigures, mds_figures
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.mds_csv import to_csv
from l2fh_desk.reports.mds_json import to_json
from l2fh_desk.reports.render_pdf_handover import render_handover
from l2fh_desk.reports.render_pdf_mds import check_message, render_mds
from l2fh_desk.store import audit
from l2fh_desk.store.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MDS_FORMATS = (".pdf", ".csv", ".json")
HANDOVER_STEPS = 10  # seven figure steps, the layout, the write, done


class ReportCancelled(Exception):
    """The user cancelled; nothing was written and nothing audited."""


class UnknownRotation(DomainError):
    """No rotation with that number in this database."""


@dataclass(frozen=True)
class MdsResult:
    path: Path
    format: str  # "pdf", "csv" or "json"
    figures: MdsFigures
    warnings: tuple[str, ...]  # the failed built-in checks, in English (also printed in the PDF)


class _Steps:
    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done, self.total, self.progress, self.cancelled = 0, total, progress, cancelled

    def __call__(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled("Report cancelled")
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def page(self, _number: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled("Report cancelled")


@contextmanager
def _snapshot(store: Store) -> Iterator[Store]:
    """A private read-only connection inside one read transaction.

    Every figure (and the chain head printed) then comes from the same instant even while medics keep saving,
    and a report run from a worker thread never uses the caller's connection.
    """
    reader = Store(store.path, readonly=True)
    try:
        # The figures scan the rotation's rows several times: a larger page cache and memory-mapped reads
        # cut the time by about a third on a 100,000-encounter rotation. Read-only, private to this report.
        reader.db.conn.execute("PRAGMA cache_size=-65536")
        reader.db.conn.execute("PRAGMA mmap_size=268435456")
        reader.db.conn.execute("BEGIN")
        yield reader
    finally:
        if reader.db.conn.in_transaction:
            reader.db.conn.execute("ROLLBACK")
        reader.close()


def _when(generated_at: datetime | None) -> datetime:
    moment = generated_at or utc_now()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def _check_folder(out: Path) -> None:
    if not Path(out).parent.is_dir():
        raise FileNotFoundError(f"The folder {Path(out).parent} does not exist")
    if Path(out).is_dir():
        raise IsADirectoryError(f"{out} is a folder; give a file name")


def _publish(store: Store, data: bytes, out: Path, *, actor: Actor, record_id: str, details: dict[str, Any]) -> None:
    """Write `data` beside `out`, then in one transaction audit the print and rename the file into place.

    If anything fails, neither the file nor the audit row is left behind.
    """
    out = Path(out)
    _check_folder(out)
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    placed = False
    try:
        with part.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with store.db.atomic():
            audit.append(store.db, actor=actor, origin=store.origin, action="print", table="reports",
                         record_id=record_id, after={**details, "file": out.name,
                                                     "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
            os.replace(part, out)
            placed = True
    except BaseException:
        part.unlink(missing_ok=True)
        if placed:  # the commit failed after the rename: the print was not recorded, so no file either
            out.unlink(missing_ok=True)
        raise


def generate_handover(store: Store, *, rotation_number: int | None, out: Path, lang: str = "en", actor: Actor,
                      hospital: str | None = None, generated_at: datetime | None = None,
                      progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Write the handover report of a rotation (None: the latest) as a PDF at `out` and audit the print.

    `hospital` (UUID or start of the name) picks one hospital in an HQ database that holds several."""
    actor.require(Action.GENERATE_REPORTS)
    tr = Translator(lang)
    _check_folder(out)
    chosen = store.hospitals.choose(hospital)
    rotation = (store.rotations.latest(chosen.id) if rotation_number is None
                else store.rotations.by_number(rotation_number, chosen.id))
    if rotation is None:
        numbers = [r.number for r in store.rotations.all() if r.hospital_id == chosen.id]
        known = ", ".join(str(n) for n in numbers) or "none"
        if rotation_number is None:
            message = f"{chosen.name} has no rotation yet"
        else:
            message = f"{chosen.name} has no rotation {rotation_number} (rotations: {known})"
        raise UnknownRotation(message, field="rotation")
    when = _when(generated_at)
    steps = _Steps(HANDOVER_STEPS, progress, cancelled)
    with _snapshot(store) as reader:
        head = audit.head(reader.db)  # printed in the footer: the chain as it stood before this print
        figures = handover_figures(reader, rotation, generated_at=when, step=steps)
    buffer = io.BytesIO()
    pages: list[int] = []

    def on_page(number: int) -> None:
        pages.append(number)
        steps.page(number)

    generated_by = actor.username
    render_handover(figures, buffer, tr=tr, generated_at=when, generated_by=generated_by, chain_head=head,
                    on_page=on_page)
    steps()
    _publish(store, buffer.getvalue(), Path(out), actor=actor, record_id=rotation.id,
             details={"report": "handover", "rotation": rotation.number, "lang": lang, "generated_at": iso(when),
                      "cutoff": iso(figures.cutoff), "pages": max(pages, default=0), "chain_head_printed": head,
                      "encounters": figures.summary.encounters})
    steps()
    steps()
    return Path(out)


def mds_format(out: Path) -> str:
    suffix = Path(out).suffix.lower()
    if suffix not in MDS_FORMATS:
        raise DomainError(f"The MDS report is written as .pdf, .csv or .json, not {suffix or 'a file without one'}")
    return suffix[1:]


def generate_mds(store: Store, *, start: date, end: date, out: Path, actor: Actor, lang: str = "en",
                 generated_at: datetime | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> MdsResult:
    """Write the WHO EMT MDS of start..end (inclusive) as PDF, CSV or JSON by `out`'s extension; audit it."""
    actor.require(Action.GENERATE_REPORTS)
    fmt = mds_format(out)
    tr = Translator(lang)
    _check_folder(out)
    when = _when(generated_at)
    steps = _Steps(4, progress, cancelled)
    with _snapshot(store) as reader:
        head = audit.head(reader.db)
        figures = mds_figures(reader, start, end)
        hospital = reader.hospitals.this()
    steps()
    if fmt == "pdf":
        buffer = io.BytesIO()
        render_mds(figures, buffer, tr=tr, generated_at=when, generated_by=actor.username, chain_head=head,
                   hospital=hospital.name if hospital else "", on_page=steps.page)
        data = buffer.getvalue()
    elif fmt == "csv":
        data = to_csv(figures, generated_at=when).encode("utf-8")
    else:
        data = to_json(figures, generated_at=when, generated_by=actor.username).encode("utf-8")
    steps()
    _publish(store, data, Path(out), actor=actor, record_id="",
             details={"report": "mds", "format": fmt, "from": start.isoformat(), "to": end.isoformat(),
                      "lang": lang if fmt == "pdf" else "", "generated_at": iso(when), "chain_head_printed": head,
                      "consultations": figures.total.consultations})
    steps()
    steps()
    english = Translator("en")
    warnings = [check_message(english, check) for check in figures.failed_checks]
    warnings += [english.t("check_unknown_event", n=n, code=code) for code, n in sorted(figures.unknown_events.items())]
    return MdsResult(path=Path(out), format=fmt, figures=figures, warnings=tuple(warnings))
