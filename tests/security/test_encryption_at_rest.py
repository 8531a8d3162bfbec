"""Issue 12, item 1: a real hospital's database, its WAL, its backups and its key files are encrypted at rest;
each account opens it with its own password, the recovery key when every password is forgotten."""

from __future__ import annotations

import json
import sqlite3 as stock_sqlite3  # the stock library on purpose: it must not be able to read the file
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.security.accounts import change_own_password, create_account, disable_account
from l2fh_desk.security.keyslots import KeySlots
from l2fh_desk.security.sessions import SignInFailed, SignInProblem, sign_in
from l2fh_desk.security.unlock import needs_unlock, unlock_with_password, unlock_with_recovery
from l2fh_desk.services.encounters import EncounterInput, record_encounter
from l2fh_desk.services.keys import key_status
from l2fh_desk.services.setup import set_up_hospital
from l2fh_desk.store import atrest
from l2fh_desk.store.backup import list_backups, make_backup
from l2fh_desk.store.check import check_database
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.store import Store
from tests.factories import now, patient

PATIENT = "Nguyễn Thị Ánh Tuyết"
COMMANDER_PASSWORD = "field-hospital-1"


def _entry(patient_id: str) -> EncounterInput:
    from l2fh_desk.domain.encounter import Vitals
    from l2fh_desk.domain.ids import PatientId
    from l2fh_desk.domain.vocab import Disposition, EncounterKind

    return EncounterInput(patient_id=PatientId(patient_id), kind=EncounterKind.OUTPATIENT,
                          started_at=now() - timedelta(hours=1), triage=None, vitals=Vitals(), complaint="low mood",
                          pregnant=False, diagnoses=(Diagnosis(icd10_code="F32", is_primary=True),), procedures=(),
                          treatment="", disposition=Disposition.DISCHARGED, clinician="Dr Lan")


def real_hospital(path: Path) -> tuple[str, str]:
    """A hospital made by the set-up service (as the first-run wizard makes it), with one patient seen for a
    depressive episode and a medic account; returns (recovery key, diagnosis title)."""
    with Store(path) as store:
        hospital = Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu")
        today = datetime.now(UTC).date()
        rotation = Rotation(hospital_id=hospital.id, number=1, start_date=today - timedelta(days=10),
                            end_date=today + timedelta(days=300))
        _, recovery = set_up_hospital(store, hospital=hospital, rotation=rotation, username="boss",
                                      display_name="Col. Hùng", password=COMMANDER_PASSWORD)
        boss = sign_in(store, "boss", COMMANDER_PASSWORD).actor
        create_account(store, username="lan", display_name="Dr Lan", role=Role.MEDIC, password="medic-pass-1",
                       actor=boss)
        who = store.patients.create(patient(PATIENT), actor=boss)
        saved = record_encounter(store, _entry(who.id), actor=Actor(username="lan", role=Role.MEDIC))
        key_status(store, make=True)  # the signing key, as the first run makes it
        from l2fh_desk.exchange.pseudonymise import pseudonym_key

        pseudonym_key(store.path)
        make_backup(store.db, reason="manual")
        title = saved.diagnoses[0].text
    return recovery, title


def _secrets(folder: Path) -> list[bytes]:
    return [f.read_bytes() for f in sorted(folder.rglob("*")) if f.is_file()]


def test_every_file_of_a_real_hospital_hides_names_diagnoses_and_keys(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    recovery, title = real_hospital(db)
    assert title == "Depressive episode"
    with Store(db) as store:  # still unlocked in this process: a write leaves a -wal beside the file
        store.patients.create(patient("Trần Văn Bảo"), actor=Actor(username="boss", role=Role.COMMANDER))
        assert Path(f"{db}-wal").exists()
        files = {f.name: f.read_bytes() for f in tmp_path.rglob("*") if f.is_file()}
    assert any(name.endswith(".bak") for name in files) and "l2fh.db.key" in files
    assert "l2fh.db.pseudonym.key" in files and "l2fh.db.keyslots" in files
    data_key = atrest.key_for(db)
    assert data_key is not None
    from cryptography.hazmat.primitives import serialization

    from l2fh_desk.exchange.keys import load_signing_key
    from l2fh_desk.exchange.pseudonymise import pseudonym_key

    signing = load_signing_key(db).private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                                         serialization.NoEncryption())
    pseudonym = pseudonym_key(db)
    forbidden = [PATIENT.encode(), "Trần Văn Bảo".encode(), title.encode(), b"Depressive", b"VN L2FH No. 4",
                 b"PRIVATE KEY", b"SQLite format 3", data_key, data_key.hex().encode(), recovery.encode(),
                 signing, pseudonym, pseudonym.hex().encode()]
    for name, content in files.items():
        for needle in forbidden:
            assert needle not in content, f"{needle!r} found in {name}"


def test_the_stock_sqlite3_module_cannot_read_it(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    for path in [db, *(b.path for b in list_backups(db))]:
        conn = stock_sqlite3.connect(path)
        with pytest.raises(stock_sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()


def test_each_account_opens_it_with_its_own_password(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    atrest.forget(db)
    assert needs_unlock(db)
    with pytest.raises(StorageError):  # without the key it is not a database at all
        Store(db)
    for username, password in (("boss", COMMANDER_PASSWORD), ("lan", "medic-pass-1")):
        atrest.forget(db)
        with pytest.raises(SignInFailed):
            unlock_with_password(db, username, "wrong-password")
        assert needs_unlock(db)
        unlock_with_password(db, username, password)
        with Store(db) as store:
            assert sign_in(store, username, password).account.username == username
            assert store.patients.count() == 1


def test_the_recovery_key_opens_it_after_every_password_is_forgotten(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    recovery, _title = real_hospital(db)
    atrest.forget(db)
    with pytest.raises(Exception, match="does not open"):
        unlock_with_recovery(db, "0000-0000-0000-0000-0000-0000-0000-0000")
    unlock_with_recovery(db, recovery.lower().replace("-", " "))  # as typed from the printed sheet
    report = check_database(db)
    assert report.ok, report.problems
    assert report.counts["patients"] == 1


def test_a_password_change_rewraps_that_slot_only(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    before = json.loads(atrest.slots_path(db).read_text())["slots"]
    with Store(db) as store:
        lan = sign_in(store, "lan", "medic-pass-1").actor
        change_own_password(store, old_password="medic-pass-1", new_password="medic-pass-2", actor=lan)
    after = json.loads(atrest.slots_path(db).read_text())["slots"]
    mine = [i for i, s in enumerate(before) if s.get("user") == "lan"]
    assert len(mine) == 1 and before[mine[0]] != after[mine[0]]
    others = [json.dumps(s, sort_keys=True) for i, s in enumerate(before) if i != mine[0]]
    assert others == [json.dumps(s, sort_keys=True) for i, s in enumerate(after) if i != mine[0]]
    atrest.forget(db)
    with pytest.raises(SignInFailed):
        unlock_with_password(db, "lan", "medic-pass-1")
    unlock_with_password(db, "lan", "medic-pass-2")


def test_a_disabled_account_loses_its_slot(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    with Store(db) as store:
        boss = sign_in(store, "boss", COMMANDER_PASSWORD).actor
        lan = store.users.by_username("lan")
        assert lan is not None
        disable_account(store, lan.id, actor=boss)
    assert KeySlots.load(db).users() == ["boss"]


def test_wrong_passwords_before_the_file_opens_count_towards_the_lockout(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    atrest.forget(db)
    for _ in range(3):
        with pytest.raises(SignInFailed):
            unlock_with_password(db, "lan", "not-her-password")
    unlock_with_password(db, "lan", "medic-pass-1")
    with Store(db) as store:
        sign_in(store, "lan", "medic-pass-1")  # the three join her count in the database, audited, then reset
        rows = store.db.query("SELECT action, after_json FROM audit_log WHERE table_name = 'users'"
                              " AND action LIKE 'sign_in%' ORDER BY seq DESC LIMIT 2")
        assert [r["action"] for r in rows] == ["sign_in", "sign_in_failed"]
        assert json.loads(rows[1]["after_json"])["failed_attempts"] == 3
    assert KeySlots.load(db).pending_failures("lan") == 0
    atrest.forget(db)
    for _ in range(4):
        with pytest.raises(SignInFailed):
            unlock_with_password(db, "lan", "not-her-password")
    with pytest.raises(SignInFailed) as locked:
        unlock_with_password(db, "lan", "not-her-password")
    assert locked.value.problem == SignInProblem.LOCKED
    with pytest.raises(SignInFailed) as still:  # while locked even the right password is refused
        unlock_with_password(db, "lan", "medic-pass-1")
    assert still.value.problem == SignInProblem.LOCKED


def test_a_backup_keeps_its_slots_file_and_restores_with_it(tmp_path: Path) -> None:
    from l2fh_desk.store.restore import restore

    db = tmp_path / "l2fh.db"
    real_hospital(db)
    [backup] = [b for b in list_backups(db) if b.reason == "manual"]
    assert atrest.slots_path(backup.path).read_bytes() == atrest.slots_path(db).read_bytes()
    with Store(db) as store:
        lan = sign_in(store, "lan", "medic-pass-1").actor
        change_own_password(store, old_password="medic-pass-1", new_password="medic-pass-2", actor=lan)
    restore(backup.path, db, actor=Actor(username="boss", role=Role.COMMANDER))
    atrest.forget(db)
    unlock_with_password(db, "lan", "medic-pass-1")  # the backup's accounts, with the backup's slots
    with Store(db) as store:
        assert sign_in(store, "lan", "medic-pass-1").account.username == "lan"
        # The restore read the encrypted file it replaced: it names the branch it gave up (store/forks.py).
        declared = json.loads(store.db.scalar("SELECT after_json FROM audit_log WHERE action = 'restore'"))
        assert declared["abandons"] and declared["abandoned_head"]["seq"] >= declared["abandons"][0]["seq"]


def test_hq_can_recover_a_hospital_file_with_its_private_key(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from l2fh_desk.exchange.keys import _raw_public
    from l2fh_desk.security.unlock import add_hq_slot

    db = tmp_path / "l2fh.db"
    real_hospital(db)
    hq = X25519PrivateKey.generate()
    with Store(db) as store:
        add_hq_slot(store, _raw_public(hq.public_key()))
        held = atrest.key_for(db)
    assert KeySlots.load(db).open_with_hq(X25519PrivateKey.generate()) is None  # another HQ's key opens nothing
    assert KeySlots.load(db).open_with_hq(hq) == held
