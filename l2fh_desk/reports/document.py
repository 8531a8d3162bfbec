"""The document skeleton: every report file (handover, MDS, and each new PDF) is produced by one `produce()`.

A document is a small object with three parts and three class attributes::

    @dataclass(frozen=True)
    class TransferSummary:                     # reports/doc_transfer.py (or beside its figures)
        encounter_id: str
        kind: ClassVar[str] = "transfer_summary"   # audit "report" value and the file-name stem
        steps: ClassVar[int] = 1                   # progress steps `figures` reports (produce adds 3)
        suffixes: ClassVar[tuple[str, ...]] = (".pdf",)   # accepted extensions, anything else is refused

        def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> TransferFigures:
            ...   # read everything from `reader` (one read transaction); raise a DomainError if not found
        def render(self, figures: TransferFigures, out: BinaryIO, *, tr: Translator, stamp: PrintStamp,
                   on_page: PageHook) -> None:
            ...   # e.g. pdf_frame.build(out, story, frame=stamp_frame(...), tr=tr, ...)
        def audit(self, figures: TransferFigures) -> tuple[str, dict[str, Any]]:
            return self.encounter_id, {"encounter": self.encounter_id}   # audited record id, extra details

    path, figures = produce(store, TransferSummary(eid), out=Path("t.pdf"), lang="fr", actor=actor)

`produce` does the rest, once for all documents: the permission check (GENERATE_REPORTS), the extension and
folder checks, a private read-only snapshot (every figure and the printed chain head from the same instant,
never the caller's connection, so it runs on a worker thread), progress and cancel between steps and pages,
rendering into memory, then the atomic write published inside the audit transaction: the report is "file and
audit row, or neither". A cancel raises `ReportCancelled` and leaves nothing behind.
The window runs it with `run_in_background`; the command line calls it from one subcommand.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, Protocol, TypeVar

from l2fh_desk.domain import progress
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.store import audit
from l2fh_desk.store.files import atomic_file
from l2fh_desk.store.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Step = Callable[[], None]
PageHook = Callable[[int], None]
F = TypeVar("F")


class ReportCancelled(progress.Cancelled):
    """The user cancelled; nothing was written and nothing audited."""


class WrongExtension(DomainError):
    """The output file's extension is not one the document is written as."""


@dataclass(frozen=True)
class PrintStamp:
    """Who printed, when (UTC, whole seconds) and the audit chain head as it stood before this print."""

    generated_at: datetime
    generated_by: str
    chain_head: str
    lang: str


class Document(Protocol[F]):
    """What a report file needs beyond the skeleton: its figures, its renderer and its audit details."""

    kind: ClassVar[str]
    steps: ClassVar[int]
    suffixes: ClassVar[tuple[str, ...]]

    def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> F: ...

    def render(self, figures: F, out: BinaryIO, *, tr: Translator, stamp: PrintStamp, on_page: PageHook) -> None: ...

    def audit(self, figures: F) -> tuple[str, dict[str, Any]]: ...


class Steps:
    """Progress of `total` steps; raises ReportCancelled between steps and between pages once cancelled."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.done, self.total, self.progress, self.cancelled = 0, total, progress, cancelled

    def __call__(self) -> None:
        self.check()
        self.done = min(self.done + 1, self.total)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled("Report cancelled")

    def page(self, _number: int) -> None:
        self.check()


@contextmanager
def snapshot(store: Store) -> Iterator[Store]:
    """A private read-only connection inside one read transaction.

    Every figure (and the chain head printed) then comes from the same instant even while medics keep saving,
    and a report run from a worker thread never uses the caller's connection.
    """
    reader = store.reopen(readonly=True)
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


def moment(generated_at: datetime | None) -> datetime:
    """The print time: now unless given, in UTC, whole seconds (a naive time is taken as UTC)."""
    when = generated_at or utc_now()
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)


def check_suffix(out: Path, suffixes: tuple[str, ...]) -> str:
    """The extension of `out` (lower case, with the dot) if the document is written as it; else WrongExtension."""
    suffix = Path(out).suffix.lower()
    if suffix not in suffixes:
        allowed = ", ".join(suffixes[:-1]) + (" or " if len(suffixes) > 1 else "") + suffixes[-1]
        raise WrongExtension(f"This report is written as {allowed}, not {suffix or 'a file without one'}",
                             field="out")
    return suffix


def check_folder(out: Path) -> None:
    if not Path(out).parent.is_dir():
        raise FileNotFoundError(f"The folder {Path(out).parent} does not exist")
    if Path(out).is_dir():
        raise IsADirectoryError(f"{out} is a folder; give a file name")


def publish(store: Store, data: bytes, out: Path, *, actor: Actor, record_id: str, details: dict[str, Any]) -> None:
    """Write `data` beside `out`, then in one transaction audit the print and rename the file into place.

    If anything fails, neither the file nor the audit row is left behind.
    """
    out = Path(out)
    check_folder(out)

    @contextmanager
    def audited() -> Iterator[None]:
        with store.db.atomic():
            audit.append(store.db, actor=actor, origin=store.origin, action="print", table="reports",
                         record_id=record_id, after={**details, "file": out.name,
                                                     "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
            yield

    with atomic_file(out, publish_in=audited) as handle:
        handle.write(data)


def produce(store: Store, doc: Document[F], *, out: Path, actor: Actor, lang: str = "en",
            generated_at: datetime | None = None, progress: Progress | None = None,
            cancelled: Cancelled | None = None) -> tuple[Path, F]:
    """Write `doc` at `out` and audit the print (record id and details from `doc.audit`); returns (out, figures).

    Order: permission, extension, folder, snapshot (chain head, figures), render into memory, publish.
    Progress runs over doc.steps + 3 steps (render, write, done); nothing is written if any step fails.
    """
    actor.require(Action.GENERATE_REPORTS)
    out = Path(out)
    check_suffix(out, doc.suffixes)
    tr = Translator(lang)
    check_folder(out)
    when = moment(generated_at)
    steps = Steps(doc.steps + 3, progress, cancelled)
    with snapshot(store) as reader:
        head = audit.head(reader.db)  # printed in the footer: the chain as it stood before this print
        stamp = PrintStamp(generated_at=when, generated_by=actor.username, chain_head=head, lang=lang)
        figures = doc.figures(reader, stamp, steps)
    steps.check()
    buffer = io.BytesIO()
    pages: list[int] = []

    def on_page(number: int) -> None:
        pages.append(number)
        steps.page(number)

    doc.render(figures, buffer, tr=tr, stamp=stamp, on_page=on_page)
    steps()
    record_id, extra = doc.audit(figures)
    details: dict[str, Any] = {"report": doc.kind, "lang": lang, "generated_at": iso(when),
                               **({"pages": max(pages)} if pages else {}), **extra, "chain_head_printed": head}
    publish(store, buffer.getvalue(), out, actor=actor, record_id=record_id, details=details)
    steps()
    steps()
    return out, figures

