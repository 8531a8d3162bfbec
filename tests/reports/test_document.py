"""The document skeleton: a new one-page PDF needs only its figures, its renderer and its audit details.

The document below is written the way a new report would be; `produce` does the permission, the snapshot,
the progress, the cancel and the audited atomic write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import pytest
from conftest import FIXED_TIME
from pypdf import PdfReader

from l2fh_desk.cli import main
from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.reports.document import PageHook, PrintStamp, ReportCancelled, Step, WrongExtension, produce
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.pdf_frame import PageFrame, Story, build
from l2fh_desk.store.store import Store


@dataclass(frozen=True)
class PatientCount:
    """A one-page sheet: how many live patients the database holds."""

    fail_in_render: bool = False
    kind: ClassVar[str] = "patient_count"
    steps: ClassVar[int] = 1
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)

    def figures(self, reader: Store, stamp: PrintStamp, step: Step) -> int:
        n = int(reader.db.scalar("SELECT count(*) FROM patients WHERE voided_at IS NULL") or 0)
        step()
        return n

    def render(self, figures: int, out: BinaryIO, *, tr: Translator, stamp: PrintStamp, on_page: PageHook) -> None:
        if self.fail_in_render:
            raise RuntimeError("renderer failed")
        st = Story(tr)
        st.text(f"Patients: {tr.num(figures)}")
        frame = PageFrame("Patient count", "", (tr.t("chain_head", head=stamp.chain_head),))
        build(out, st.items, frame=frame, tr=tr, title="Patient count", author=stamp.generated_by, progress=on_page)

    def audit(self, figures: int) -> tuple[str, dict[str, Any]]:
        return "", {"patients": figures}


def _prints(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.db.query("SELECT * FROM audit_log WHERE action = 'print' ORDER BY seq")]


def test_a_new_document_is_written_and_audited_by_produce(demo_store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    path, figures = produce(demo_store, PatientCount(), out=tmp_path / "count.pdf", actor=SYSTEM, lang="fr",
                            generated_at=FIXED_TIME, progress=lambda d, t: seen.append((d, t)))
    truth = len(demo_store.db.query("SELECT id FROM patients WHERE voided_at IS NULL"))
    assert figures == truth
    assert f"Patients: {Translator('fr').num(truth)}" in PdfReader(path).pages[0].extract_text()
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    after = json.loads(_prints(demo_store)[-1]["after_json"])
    assert (after["report"], after["patients"], after["lang"], after["pages"], after["file"]) == (
        "patient_count", truth, "fr", 1, "count.pdf")


@pytest.mark.parametrize("case", ["medic", "extension", "cancel", "render"])
def test_a_refused_or_failed_document_leaves_no_file_and_no_audit_row(demo_store: Store, tmp_path: Path,
                                                                      case: str) -> None:
    before = len(_prints(demo_store))
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / ("count.txt" if case == "extension" else "count.pdf")
    actor = Actor(username="m", role=Role.MEDIC) if case == "medic" else SYSTEM
    expected: type[BaseException] = {"medic": PermissionDenied, "extension": WrongExtension,
                                     "cancel": ReportCancelled, "render": RuntimeError}[case]
    with pytest.raises(expected):
        produce(demo_store, PatientCount(fail_in_render=case == "render"), out=out, actor=actor,
                cancelled=lambda: case == "cancel")
    assert len(_prints(demo_store)) == before
    assert list(folder.iterdir()) == []


def test_a_handover_with_a_wrong_extension_exits_1_and_writes_nothing(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out" / "x.txt"
    out.parent.mkdir()
    assert main(["report", "handover", "--db", str(demo_db), "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "l2fh-desk: This report is written as .pdf, not .txt"
    assert list(out.parent.iterdir()) == []
