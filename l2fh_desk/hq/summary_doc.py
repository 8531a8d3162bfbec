"""The ministry summary as a `reports.document.Document`: written by the one `produce()` (permission, snapshot,
render, atomic write inside the audit transaction) from the window and from `l2fh-desk hq summary`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Actor
from l2fh_desk.hq.summary import ALL_TIME, Scope, SummaryFigures, summary_figures
from l2fh_desk.hq.summary_render import render_summary, to_csv
from l2fh_desk.hq.workspace import department
from l2fh_desk.reports.document import Cancelled, PageHook, PrintStamp, Progress, Step, check_suffix, produce
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.store.store import Store

SUMMARY_FORMATS = (".pdf", ".csv")


@dataclass(frozen=True)
class Printed:
    figures: SummaryFigures
    department: str
    hospital_names: tuple[str, ...]


@dataclass(frozen=True)
class MinistrySummary:
    scope: Scope
    fmt: str = "pdf"  # "pdf" or "csv"
    excel: bool = False  # CSV with a byte-order mark and CRLF, for spreadsheets
    kind: ClassVar[str] = "ministry_summary"
    steps: ClassVar[int] = 1
    suffixes: ClassVar[tuple[str, ...]] = SUMMARY_FORMATS

    def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> Printed:
        if self.scope.end < self.scope.start:
            raise DomainError("The period must end after it starts", field="period")
        names: dict[str, str] = {r[0]: r[1] for r in reader.db.query("SELECT id, name FROM hospitals")}
        unknown = [h for h in self.scope.hospitals if h not in names]
        if unknown:
            raise DomainError(f"HQ holds no hospital {unknown[0]}", field="hospital")
        figures = summary_figures(reader, self.scope, today=stamp.generated_at.date())
        step()
        return Printed(figures, department(reader), tuple(names[h] for h in self.scope.hospitals))

    def render(self, printed: Printed, out: BinaryIO, *, tr: Translator, stamp: PrintStamp, on_page: PageHook) -> None:
        if self.fmt == "csv":
            out.write(to_csv(printed.figures, excel=self.excel))
            return
        render_summary(printed.figures, out, tr=tr, department=printed.department, generated_at=stamp.generated_at,
                       generated_by=stamp.generated_by, chain_head=stamp.chain_head,
                       hospital_names=printed.hospital_names, on_page=on_page)

    def audit(self, printed: Printed) -> tuple[str, dict[str, Any]]:
        f = printed.figures
        return "", {"format": self.fmt, "from": self.scope.start.isoformat(), "to": self.scope.end.isoformat(),
                    "hospitals": list(self.scope.hospitals), "rotations": list(self.scope.rotations or ()),
                    "persons": f.persons_total, "encounters": sum(r.encounters for r in f.rows)}


def year_scope(year: int, **kwargs: Any) -> Scope:
    return Scope(date(year, 1, 1), date(year, 12, 31), **kwargs)


__all__ = ["ALL_TIME", "MinistrySummary", "Printed", "generate_summary", "year_scope"]  # ALL_TIME lives in hq/summary


def generate_summary(store: Store, *, scope: Scope, out: Path, actor: Actor, lang: str = "en", excel: bool = False,
                     generated_at: datetime | None = None, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> tuple[Path, SummaryFigures]:
    """Write the ministry summary (PDF or CSV by `out`'s extension) and audit the print."""
    fmt = check_suffix(Path(out), SUMMARY_FORMATS)[1:]
    path, printed = produce(store, MinistrySummary(scope, fmt, excel), out=out, actor=actor, lang=lang,
                            generated_at=generated_at, progress=progress, cancelled=cancelled)
    return path, printed.figures
