"""`l2fh-desk report handover|mds` as a user runs it: real database copies, real PDFs read back with pypdf."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import FIXED_TIME
from pypdf import PdfReader

from l2fh_desk.cli import main
from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.mds import MDS_LABEL
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import LABELS
from l2fh_desk.reports.generate import ReportCancelled, UnknownRotation, generate_handover
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.i18n_text import TEXT
from l2fh_desk.store.store import Store


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _truth(db: Path, number: int) -> tuple[int, list[str]]:
    with Store(db) as store:
        rotation = store.rotations.by_number(number)
        assert rotation is not None
        total = store.encounters.count("voided_at IS NULL AND rotation_id = ?", (rotation.id,))
        names = [s.name for s in store.staff.roster(rotation.id)]
    return total, names


@pytest.mark.parametrize("lang", ["en", "vi", "fr"])
def test_handover_holds_the_true_total_and_intact_names(demo_db: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"r-{lang}.pdf"
    assert main(["report", "handover", "--db", str(demo_db), "--out", str(out), "--lang", lang]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) >= 5
    text = _text(out)
    total, names = _truth(demo_db, 5)  # the default is the latest rotation
    tr = Translator(lang)
    assert f"{tr.t('encounters')}\n{tr.num(total)}" in text or f"{tr.t('encounters')} {tr.num(total)}" in text
    assert all(name in text for name in names)
    assert "Nguyễn" in text and ("Thị" in text or "Văn" in text)
    assert tr.t("page_of", page=len(reader.pages), total=len(reader.pages)) in text
    if lang != "en":  # every heading is translated: no English-only heading is left in the text
        english = [en for en, vi, fr in TEXT.values() if "{" not in en and len(en) > 6
                   and en != (vi if lang == "vi" else fr)]
        english += [label for value, label in LABELS.items() if len(label) > 6 and tr.vocab(value) != label]
        english += [label for item, label in MDS_LABEL.items() if tr.mds_item(item) != label]
        lines = {line.strip() for line in text.splitlines()}  # headings and cells each come out as a line
        left = [h for h in english if h in lines or any(line.endswith(f". {h}") for line in lines)]
        assert left == []


def test_rotation_choice_and_unknown_rotation(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r4.pdf"
    assert main(["report", "handover", "--db", str(demo_db), "--rotation", "4", "--out", str(out)]) == 0
    total, _ = _truth(demo_db, 4)
    assert f"Encounters\n{total:,}" in _text(out) or f"Encounters {total:,}" in _text(out)
    missing = tmp_path / "r9.pdf"
    assert main(["report", "handover", "--db", str(demo_db), "--rotation", "9", "--out", str(missing)]) == 1
    assert "no rotation 9" in capsys.readouterr().err
    assert not missing.exists() and list(tmp_path.glob(".r9*")) == []


def test_same_input_same_bytes_and_the_print_is_audited(demo_db: Path, tmp_path: Path) -> None:
    twin = tmp_path / "twin.db"
    shutil.copyfile(demo_db, twin)
    outs = []
    for db in (demo_db, twin):
        with Store(db) as store:
            head_before = store.db.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            out = generate_handover(store, rotation_number=4, out=tmp_path / f"{db.stem}.pdf", lang="vi",
                                    actor=SYSTEM, generated_at=FIXED_TIME)
            row = store.db.one("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1")
            assert row is not None and row["action"] == "print" and row["prev_hash"] == head_before
            details = json.loads(row["after_json"])
            assert details["chain_head_printed"] == head_before and details["rotation"] == 4
            outs.append(out.read_bytes())
            assert head_before in _text(out).replace("\n", "")
    assert outs[0] == outs[1]


def test_refusals_leave_no_file_and_no_audit_row(demo_store: Store, tmp_path: Path) -> None:
    before = demo_store.db.scalar("SELECT count(*) FROM audit_log")
    out = tmp_path / "r.pdf"
    with pytest.raises(PermissionDenied):
        generate_handover(demo_store, rotation_number=4, out=out, actor=Actor(username="m", role=Role.MEDIC))
    with pytest.raises(UnknownRotation):
        generate_handover(demo_store, rotation_number=42, out=out, actor=SYSTEM)
    with pytest.raises(ReportCancelled):
        generate_handover(demo_store, rotation_number=4, out=out, actor=SYSTEM, cancelled=lambda: True)
    seen: list[tuple[int, int]] = []
    generate_handover(demo_store, rotation_number=4, out=out, actor=SYSTEM, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (10, 10) and out.exists()
    assert demo_store.db.scalar("SELECT count(*) FROM audit_log") == before + 1
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_mds_cli_formats_and_bad_dates(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for ext in ("pdf", "csv", "json"):
        out = tmp_path / f"mds.{ext}"
        assert main(["report", "mds", "--db", str(demo_db), "--from", "2026-10-01", "--to", "2026-10-07",
                     "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    with Store(demo_db) as store:
        truth = store.encounters.count("voided_at IS NULL AND started_at >= '2026-10-01' AND started_at < '2026-10-08'")
    doc = json.loads((tmp_path / "mds.json").read_text(encoding="utf-8"))
    assert int(doc["total"]["header"]["consultations"]) == truth
    assert f"{truth} consultations" in capsys.readouterr().out
    for start, end, message in (("2026-02-30", "2026-03-01", "not a real date"),
                                ("2026-10-07", "2026-10-01", "before it starts")):
        assert main(["report", "mds", "--db", str(demo_db), "--from", start, "--to", end,
                     "--out", str(tmp_path / "bad.csv")]) == 1
        assert message in capsys.readouterr().err
    assert not (tmp_path / "bad.csv").exists()


def test_mds_check_warnings_go_to_stderr(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store(demo_db) as store, store.db.atomic():
        store.db.write("UPDATE patients SET date_of_birth = '2026-12-31' WHERE id = (SELECT patient_id FROM encounters"
                       " WHERE voided_at IS NULL AND started_at >= '2026-10-01' AND started_at < '2026-10-08' LIMIT 1)")
    assert main(["report", "mds", "--db", str(demo_db), "--from", "2026-10-01", "--to", "2026-10-07",
                 "--out", str(tmp_path / "m.csv")]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "age bands sum to" in err


def test_an_empty_hospital_still_gets_both_reports(tmp_path: Path) -> None:
    from l2fh_desk.demo.generator import generate
    from l2fh_desk.reports.generate import generate_mds

    with Store(tmp_path / "empty.db") as store:
        generate(store, encounters=0, outreach=0, seed=1)
        out = generate_handover(store, rotation_number=None, out=tmp_path / "h.pdf", lang="fr", actor=SYSTEM,
                                generated_at=FIXED_TIME)
        result = generate_mds(store, start=FIXED_TIME.date(), end=FIXED_TIME.date(), out=tmp_path / "m.pdf",
                              actor=SYSTEM, generated_at=FIXED_TIME)
    text = _text(out)
    assert "Aucune évacuation ni aucun décès pendant la relève." in text
    assert "Aucune activité de proximité enregistrée pour cette relève." in text
    assert result.figures.total.consultations == 0 and result.warnings == ()
