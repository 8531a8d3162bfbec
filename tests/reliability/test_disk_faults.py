"""Disk full, I/O error and read-only disk while saving and backing up: a typed, plain error; nothing half-done."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import Disposition
from l2fh_desk.domain.ward import Admission
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.store import backup
from l2fh_desk.store.check import check_database
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store
from tests.factories import bed
from tests.factories import patient as factory_patient
from tests.reliability.faults import FAULTS, fail_on_write, remount_read_only, small_filesystem
from tests.reliability.harness import ids, small_hospital

MEDIC = Actor(username="medic", role=Role.MEDIC)

FORM = "encounter"


def admitted_encounter(store: Store) -> tuple[Encounter, Admission]:
    # A patient of its own and a free bed: one open admission per patient, one patient per bed.
    patient = store.patients.create(factory_patient("Fault Patient"), actor=SYSTEM)
    rotation = store.rotations.latest()
    assert rotation is not None
    encounter = Encounter(patient_id=patient.id, rotation_id=rotation.id, started_at=datetime.now(UTC),
                          diagnoses=(Diagnosis(icd10_code="B54", is_primary=True), Diagnosis(icd10_code="A09")),
                          clinician="Dr Fault", disposition=Disposition.ADMITTED, complaint="fever")
    admission = Admission(patient_id=patient.id, rotation_id=rotation.id, bed=bed(store), admitted_at=encounter.started_at)
    return encounter, admission


def writes_in_one_save(tmp_path: Path) -> int:
    """How many write statements one admitted-encounter save issues (so each can be made to fail)."""
    db = small_hospital(tmp_path / "count.db")
    seen: list[str] = []
    with Store(db) as store:
        encounter, admission = admitted_encounter(store)
        store.db.write_hook = seen.append
        save_encounter(store, encounter, actor=MEDIC, admission=admission)
        store.db.write_hook = None  # the save's writes only, not the signed head written at close
    return len(seen)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_fault_at_any_write_of_a_save_saves_nothing_and_keeps_the_draft(tmp_path: Path, fault: str) -> None:
    db = small_hospital(tmp_path / "h.db")
    total = writes_in_one_save(tmp_path)
    assert total >= 6  # encounter, 2 diagnoses, its audit row, admission, its audit row
    for number in range(1, total + 1):
        with Store(db) as store:
            encounter, admission = admitted_encounter(store)
            store.drafts.save(FORM, "medic", {"complaint": "fever", "number": number})
            before = {table: ids(db, table) for table in ("encounters", "diagnoses", "admissions")}
            audit_rows = store.db.scalar("SELECT count(*) FROM audit_log")
            store.db.write_hook = fail_on_write(number, FAULTS[fault])
            with pytest.raises(StorageError) as caught:
                save_encounter(store, encounter, actor=MEDIC, admission=admission)
            store.db.write_hook = None
            assert caught.value.problem == StorageProblem(fault)
            assert caught.value.remedy  # the user is told what to do
            assert "Traceback" not in str(caught.value)
            assert {table: ids(db, table) for table in before} == before, f"write {number}: something was saved"
            assert store.db.scalar("SELECT count(*) FROM audit_log") == audit_rows
            assert store.drafts.load(FORM, "medic") == {"complaint": "fever", "number": number}
            # The same save goes through once the disk is back.
            save_encounter(store, encounter, actor=MEDIC, admission=admission)
            store.drafts.discard(FORM, "medic")
    assert check_database(db).ok


def test_disk_full_message_is_plain() -> None:
    error = StorageError(StorageProblem.DISK_FULL)
    assert error.message == "The disk is full; nothing was saved."
    assert "your form is kept" in error.remedy


def test_a_really_full_disk_refuses_saves_plainly_and_keeps_what_was_saved(tmp_path: Path) -> None:
    source = small_hospital(tmp_path / "h.db")
    with small_filesystem(tmp_path / "disk", size_kib=1536) as disk:
        db = disk / "h.db"
        shutil.copyfile(source, db)
        shutil.copyfile(source.with_name("h.db.key"), disk / "h.db.key")  # the same installation, moved
        saved: list[str] = []
        with Store(db) as store:
            with pytest.raises(StorageError) as caught:
                for _ in range(100_000):
                    encounter, admission = admitted_encounter(store)
                    encounter = encounter.model_copy(update={"notes": "x" * 4000})
                    saved.append(save_encounter(store, encounter, actor=MEDIC, admission=admission).id)
            assert caught.value.problem == StorageProblem.DISK_FULL
        assert saved
        report = check_database(db)
        assert report.ok, report.problems
        assert set(saved) <= ids(db, "encounters")


def test_backing_up_to_a_full_disk_leaves_no_partial_file(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db", encounters=400)
    with small_filesystem(tmp_path / "stick", size_kib=64) as stick, Store(db) as store:
        with pytest.raises(StorageError) as caught:
            backup.make_backup(store.db, to_dir=stick)
        assert caught.value.problem == StorageProblem.DISK_FULL
        assert list(stick.iterdir()) == []


def test_backing_up_to_a_read_only_disk_is_refused_plainly(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    with small_filesystem(tmp_path / "stick", size_kib=4096) as stick, Store(db) as store:
        remount_read_only(stick)
        with pytest.raises(StorageError) as caught:
            backup.make_backup(store.db, to_dir=stick)
        assert caught.value.problem == StorageProblem.READ_ONLY
        assert list(stick.iterdir()) == []
