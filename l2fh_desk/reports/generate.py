"""The handover and MDS documents, and the functions the command line and the app's Reports page call.

Both are `reports.document.Document`s written by the one `produce()` (permission, snapshot, render, atomic
write inside the audit transaction); see that module to add a new document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.roles import Actor
from l2fh_desk.reports.document import (
    Cancelled,
    PageHook,
    PrintStamp,
    Progress,
    ReportCancelled,
    Step,
    check_suffix,
    produce,
)
from l2fh_desk.reports.figures_handover import HandoverFigures, handover_figures
from l2fh_desk.reports.figures_mds import MdsFigures, mds_figures
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.mds_csv import to_csv
from l2fh_desk.reports.mds_json import to_json
from l2fh_desk.reports.render_pdf_handover import render_handover
from l2fh_desk.reports.render_pdf_mds import check_message, render_mds
from l2fh_desk.store.store import Store

__all__ = ["MDS_FORMATS", "Handover", "Mds", "MdsResult", "ReportCancelled", "UnknownRotation", "generate_handover",
           "generate_mds", "mds_format"]

MDS_FORMATS = (".pdf", ".csv", ".json")


class UnknownRotation(DomainError):
    """No rotation with that number in this database."""


@dataclass(frozen=True)
class Handover:
    """The handover report of a rotation (None: the latest) of one hospital (UUID, prefix or name; None: this one)."""

    rotation_number: int | None
    hospital: str | None = None
    kind: ClassVar[str] = "handover"
    steps: ClassVar[int] = 7  # handover_figures' seven sections
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)

    def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> HandoverFigures:
        chosen = reader.hospitals.choose(self.hospital)
        number = self.rotation_number
        rotation = reader.rotations.latest(chosen.id) if number is None else reader.rotations.by_number(number, chosen.id)
        if rotation is None:
            known = ", ".join(str(r.number) for r in reader.rotations.all() if r.hospital_id == chosen.id) or "none"
            message = (f"{chosen.name} has no rotation yet" if number is None
                       else f"{chosen.name} has no rotation {number} (rotations: {known})")
            raise UnknownRotation(message, field="rotation")
        return handover_figures(reader, rotation, generated_at=stamp.generated_at, step=step)

    def render(self, figures: HandoverFigures, out: BinaryIO, *, tr: Translator, stamp: PrintStamp,
               on_page: PageHook) -> None:
        render_handover(figures, out, tr=tr, generated_at=stamp.generated_at, generated_by=stamp.generated_by,
                        chain_head=stamp.chain_head, on_page=on_page)

    def audit(self, figures: HandoverFigures) -> tuple[str, dict[str, Any]]:
        return figures.rotation.id, {"rotation": figures.rotation.number, "cutoff": iso(figures.cutoff),
                                     "encounters": figures.summary.encounters}


@dataclass(frozen=True)
class MdsPrint:
    figures: MdsFigures
    hospital: str


@dataclass(frozen=True)
class Mds:
    """The WHO EMT MDS of start..end (inclusive) as PDF, CSV or JSON (`fmt`: "pdf", "csv" or "json")."""

    start: date
    end: date
    fmt: str = "pdf"
    kind: ClassVar[str] = "mds"
    steps: ClassVar[int] = 1
    suffixes: ClassVar[tuple[str, ...]] = MDS_FORMATS

    def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> MdsPrint:
        figures = mds_figures(reader, self.start, self.end)
        hospital = reader.hospitals.this()
        step()
        return MdsPrint(figures, hospital.name if hospital else "")

    def render(self, figures: MdsPrint, out: BinaryIO, *, tr: Translator, stamp: PrintStamp,
               on_page: PageHook) -> None:
        f = figures.figures
        if self.fmt == "pdf":
            render_mds(f, out, tr=tr, generated_at=stamp.generated_at, generated_by=stamp.generated_by,
                       chain_head=stamp.chain_head, hospital=figures.hospital, on_page=on_page)
        elif self.fmt == "csv":
            # with a byte-order mark: Excel-based eDATA tools read UTF-8 (accents, names) only with one
            out.write(to_csv(f, generated_at=stamp.generated_at).encode("utf-8-sig"))
        else:
            out.write(to_json(f, generated_at=stamp.generated_at, generated_by=stamp.generated_by).encode("utf-8"))

    def audit(self, figures: MdsPrint) -> tuple[str, dict[str, Any]]:
        extra: dict[str, Any] = {"format": self.fmt, "from": self.start.isoformat(), "to": self.end.isoformat(),
                                 "consultations": figures.figures.total.consultations}
        if self.fmt != "pdf":
            extra["lang"] = ""
        return "", extra


@dataclass(frozen=True)
class MdsResult:
    path: Path
    format: str  # "pdf", "csv" or "json"
    figures: MdsFigures
    warnings: tuple[str, ...]  # the failed built-in checks, in English (also printed in the PDF)


def generate_handover(store: Store, *, rotation_number: int | None, out: Path, lang: str = "en", actor: Actor,
                      hospital: str | None = None, generated_at: datetime | None = None,
                      progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Write the handover report of a rotation (None: the latest) as a PDF at `out` and audit the print.

    `hospital` (UUID or start of the name) picks one hospital in an HQ database that holds several."""
    path, _ = produce(store, Handover(rotation_number, hospital), out=out, actor=actor, lang=lang,
                      generated_at=generated_at, progress=progress, cancelled=cancelled)
    return path


def mds_format(out: Path) -> str:
    """"pdf", "csv" or "json" from `out`'s extension; WrongExtension otherwise."""
    return check_suffix(out, MDS_FORMATS)[1:]


def generate_mds(store: Store, *, start: date, end: date, out: Path, actor: Actor, lang: str = "en",
                 generated_at: datetime | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> MdsResult:
    """Write the WHO EMT MDS of start..end (inclusive) as PDF, CSV or JSON by `out`'s extension; audit it."""
    doc = Mds(start, end, Path(out).suffix.lower()[1:])
    path, printed = produce(store, doc, out=out, actor=actor, lang=lang, generated_at=generated_at,
                            progress=progress, cancelled=cancelled)
    english = Translator("en")
    figures = printed.figures
    unbanded = sum(figures.total.unknown_age.values())
    warnings = [english.count("check_negative_age", unbanded)] if unbanded else []
    warnings += [check_message(english, check) for check in figures.failed_checks]
    warnings += [english.t("check_unknown_event", n=n, code=code) for code, n in sorted(figures.unknown_events.items())]
    return MdsResult(path=path, format=doc.fmt, figures=figures, warnings=tuple(warnings))
