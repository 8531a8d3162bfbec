"""`l2fh-desk check` as a user runs it: exit 0 on a healthy file; exit 1 with one line, no traceback, nothing created."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from l2fh_desk.cli import main


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120, env={**os.environ, "PYTHONWARNINGS": "ignore"})


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "300", "--outreach", "12", "--seed", "3"]) == 0
    return path


def test_healthy_database_exits_0(demo_db: Path, tmp_path: Path) -> None:
    before = sorted(p.name for p in demo_db.parent.iterdir())
    result = run_cli("check", "--db", str(demo_db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("ok")
    assert "encounters" in result.stdout and "audit chain intact" in result.stdout
    assert sorted(p.name for p in demo_db.parent.iterdir()) == before  # check creates nothing
    assert "h.db-wal" not in before


CASES: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "truncated": (lambda target, demo: target.write_bytes(demo.read_bytes()[: 4096 * 8]), "damaged"),
    "garbage": (lambda target, demo: target.write_bytes(os.urandom(50_000)), "not an L2FH Desk database"),
    "text": (lambda target, demo: target.write_text("name,age\nAnh,30\n"), "not an L2FH Desk database"),
    "missing": (lambda target, demo: None, "does not exist"),
    "directory": (lambda target, demo: target.mkdir(), "is a folder"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_broken_paths_exit_1_with_one_line_and_create_nothing(case: str, demo_db: Path, tmp_path: Path) -> None:
    make, cause = CASES[case]
    folder = tmp_path / "work"
    folder.mkdir()
    target = folder / "h.db"
    make(target, demo_db)
    before = sorted(p.name for p in folder.iterdir())
    result = run_cli("check", "--db", str(target), cwd=folder)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert cause in lines[0] and lines[0].startswith("l2fh-desk: ")
    assert "Traceback" not in result.stderr + result.stdout
    assert sorted(p.name for p in folder.iterdir()) == before


def test_missing_db_argument_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("check", cwd=tmp_path)
    assert result.returncode == 2
    assert "--db" in result.stderr


@pytest.mark.parametrize("seed", ["1", "7"])
def test_the_demo_files_every_record_under_the_rotation_of_its_date(seed: str, tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    assert main(["demo", "--db", str(path), "--seed", seed]) == 0
    result = run_cli("check", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stdout and result.stdout.rstrip().endswith("ok")


def test_a_record_that_counts_oddly_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from l2fh_desk.domain.encounter import Diagnosis, Encounter
    from l2fh_desk.domain.hospital import Hospital, Rotation
    from l2fh_desk.domain.patient import Patient
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.domain.vocab import Disposition, EncounterKind, PatientCategory, Sex
    from l2fh_desk.store.base import Repository
    from l2fh_desk.store.store import Store

    path = tmp_path / "h.db"
    with Store(path) as store:
        hospital = store.hospitals.create(Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
        rotation = store.rotations.create(Rotation(hospital_id=hospital.id, number=5, start_date=date(2026, 11, 1),
                                                   end_date=date(2026, 11, 30)), actor=SYSTEM)
        patient = store.patients.create(Patient(name="Achol Deng", sex=Sex.FEMALE, date_of_birth=date(1990, 1, 1),
                                                category=PatientCategory.LOCAL_CIVILIAN), actor=SYSTEM)
        store.encounters.create(Encounter(
            patient_id=patient.id, rotation_id=rotation.id, started_at=datetime(2026, 11, 5, 9, tzinfo=UTC),
            clinician="Dr Lan", kind=EncounterKind.OUTPATIENT, disposition=Disposition.DISCHARGED,
            diagnoses=(Diagnosis(icd10_code="A09", is_primary=True),)), actor=SYSTEM)
        # As an older version saved it: a date of birth moved after the visit.
        Repository.update(store.patients, patient.model_copy(update={"date_of_birth": date(2026, 11, 20)}),
                          actor=SYSTEM)
    result = run_cli("check", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("warning: ")]
    assert len(warnings) == 1 and patient.id in warnings[0] and "before the date of birth 2026-11-20" in warnings[0]
    assert result.stdout.rstrip().endswith("ok (1 warning)")
