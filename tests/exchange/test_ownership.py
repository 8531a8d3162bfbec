"""Each hospital owns its records at HQ: a bundle validly signed by a trusted hospital but carrying another
hospital's hospital record or rotations is refused whole (one line naming the record) and HQ is left exactly
as it was; a corrected
(void and recreate) rotation, restored laptops and pseudonymised bundles merge as an analyst expects."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from exchange_helpers import (
    Hospital,
    copy_hospital,
    corrected_rotation,
    crafted,
    dump,
    export,
    held,
    members,
    resign,
    snapshot_bytes,
    trust_of,
)

from l2fh_desk.cli import main
from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq as hq_api
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import IMPORTED, REFUSED, import_bundles
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


@pytest.fixture(scope="module")
def hq_b(built: Path, two: tuple[Hospital, Hospital]) -> Path:
    """An HQ database that trusts both hospitals and holds hospital B's records only."""
    a, b = two
    hq = hq_accounts(built / "hq-own-b.db")
    with Store(hq) as store:
        [result] = import_bundles(store, [b.bundle], trust=trust_of(a.bundle, b.bundle), actor=SYSTEM)
        assert result.status == IMPORTED
        # A is trusted too (its key recorded as an analyst would after a first import of another bundle).
        from l2fh_desk.exchange.keys import load_signing_key
        from l2fh_desk.exchange.trust import record_trusted
        with store.db.atomic():
            record_trusted(store, hospital_id=a.hospital_id, hospital_name="A", public_raw=load_signing_key(a.db).public_raw,
                           actor=SYSTEM)
    return hq


def _b_ids(b: Hospital) -> tuple[str, str]:
    conn = sqlite3.connect(b.db)
    try:
        rotation = conn.execute("SELECT id FROM rotations ORDER BY number LIMIT 1").fetchone()[0]
        patient = conn.execute("SELECT id FROM patients LIMIT 1").fetchone()[0]
        return rotation, patient
    finally:
        conn.close()


def _copy_rotation(new_id: str, number: int) -> str:
    return (f"INSERT INTO rotations SELECT '{new_id}', origin, created_at, updated_at, version, NULL, NULL,"
            f" hospital_id, {number}, start_date, end_date, commander_name, notes FROM rotations LIMIT 1")


def _cases(b: Hospital) -> dict[str, tuple[list[str], str]]:
    return {
        "B's hospital record": (
            [f"INSERT INTO hospitals SELECT '{b.hospital_id}', origin, created_at, updated_at, version, 'Renamed B',"
             " mission, location, country, contingent_type, bed_capacity FROM hospitals LIMIT 1"],
            f"row {b.hospital_id} of hospitals is another hospital"),
        "a rotation booked under B's hospital": (
            [f"INSERT INTO hospitals SELECT '{b.hospital_id}', origin, created_at, updated_at, version, 'B',"
             " mission, location, country, contingent_type, bed_capacity FROM hospitals LIMIT 1",
             _copy_rotation("6" * 8 + "-6666-4666-8666-" + "6" * 12, 6),
             f"UPDATE rotations SET hospital_id = '{b.hospital_id}' WHERE number = 6"],
            "another hospital"),
        "pregnant male": (["UPDATE encounters SET pregnant = 1 WHERE patient_id IN"
                           " (SELECT id FROM patients WHERE sex = 'male') AND rowid = (SELECT min(e.rowid) FROM"
                           " encounters e JOIN patients p ON p.id = e.patient_id WHERE p.sex = 'male')"],
                          "pregnancy recorded for a patient who is not female"),
        "two primary diagnoses": (["INSERT INTO diagnoses SELECT '" + "5" * 8 + "-5555-4555-8555-" + "5" * 12 + "',"
                                   " origin, created_at, updated_at, version, NULL, NULL, encounter_id, position + 1,"
                                   " icd10_code, text, mds_event, 1 FROM diagnoses WHERE is_primary AND voided_at IS"
                                   " NULL LIMIT 1"], "second primary diagnosis"),
        "live diagnosis under a voided encounter": (
            ["UPDATE encounters SET voided_at = updated_at, void_reason = 'x' WHERE id ="
             " (SELECT encounter_id FROM diagnoses WHERE voided_at IS NULL LIMIT 1)"],
            "live diagnosis of a voided encounter"),
    }


# A copied id of B's (its patient or rotation, with A's records attached) is no refusal: each claim is kept
# under an id of its own at HQ and B's figures do not move, in every order (test_copied_ids.py).
CASE_NAMES = ["B's hospital record", "a rotation booked under B's hospital", "pregnant male",
              "two primary diagnoses", "live diagnosis under a voided encounter"]


@pytest.mark.parametrize("case", CASE_NAMES)
def test_a_trusted_hospital_cannot_touch_another_hospitals_records(case: str, hq_b: Path, two: tuple[Hospital, Hospital],
                                                                   tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    sql, expected = _cases(b)[case]
    hq = tmp_path / "hq" / "hq.db"
    hq.parent.mkdir()
    shutil.copy(hq_b, hq)
    with Store(hq) as store:
        totals = hq_api.encounter_totals(store)
    bundle = crafted(tmp_path, a, *sql)
    before = held(hq)
    assert main(["import", "--into", str(hq), str(bundle)]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("l2fh-desk:")]
    assert len(lines) == 1 and expected in lines[0] and "refused" in lines[0]
    assert held(hq) == before
    assert not list(hq.parent.glob("*.pre-import-*")) and not list(hq.parent.glob("backups/*.import.*"))
    with Store(hq) as store:
        assert hq_api.encounter_totals(store) == totals
        assert store.db.scalar("SELECT count(*) FROM encounters WHERE origin = ?", (a.hospital_id,)) == 0


def test_a_bundle_carrying_b_first_does_not_make_a_the_owner(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    a, b = two
    sql, _expected = _cases(b)["B's hospital record"]
    bundle = crafted(tmp_path, a, *sql)
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        first, second = import_bundles(store, [bundle, b.bundle], trust=trust_of(a.bundle, b.bundle), actor=SYSTEM)
        assert (first.status, second.status) == (REFUSED, IMPORTED)
        assert store.hospitals.get(b.hospital_id).name != "Renamed B"
        assert second.counts["hospitals"].new == 1 and second.counts["rotations"].refused == 0


def test_void_and_recreate_of_a_rotation_imports_in_either_order(two: tuple[Hospital, Hospital],
                                                                 tmp_path: Path) -> None:
    a = two[0]
    corrected = corrected_rotation(a, tmp_path / "fix")
    later = export(tmp_path / "fix" / a.db.name, tmp_path / "later.l2fh")  # the same laptop, exporting again
    with Store(tmp_path / "old-first.db") as store:
        results = import_bundles(store, [a.bundle, corrected], trust=trust_of(a.bundle), actor=SYSTEM)
        assert [r.status for r in results] == [IMPORTED, IMPORTED], [r.reason for r in results]
    with Store(tmp_path / "fixed-first.db") as store:
        results = import_bundles(store, [corrected, a.bundle], trust=trust_of(a.bundle), actor=SYSTEM)
        # The older bundle arriving last is a shorter history than HQ holds (exchange/history.py): refused.
        assert [r.status for r in results] == [IMPORTED, REFUSED], [r.reason for r in results]
        assert "audit history is shorter than the one HQ holds" in results[1].reason
    assert dump(tmp_path / "old-first.db") == dump(tmp_path / "fixed-first.db")
    with Store(tmp_path / "old-first.db") as store:
        assert [r.status for r in import_bundles(store, [later], actor=SYSTEM)] == [IMPORTED]  # not locked out
        live = store.db.query("SELECT number, end_date FROM rotations WHERE voided_at IS NULL AND number ="
                              " (SELECT max(number) FROM rotations)")
        assert len(live) == 1 and live[0]["end_date"].endswith("-12-31")


def _laptop(h: Hospital, folder: Path, note: str, updated_at: str) -> Path:
    db = copy_hospital(h, folder)
    with Store(db, clock=FixedClock(datetime.fromisoformat(updated_at))) as store:
        patient = store.patients.find(order="id", limit=1)[0]
        store.patients.update(patient.model_copy(update={"notes": note}), actor=SYSTEM)
    return export(db, folder / "b.l2fh")


@pytest.mark.parametrize("later_note", ["edit on laptop X", "edit on laptop Y"])
def test_restored_laptop_same_version_the_first_history_is_kept_and_the_fork_refused(
        later_note: str, two: tuple[Hospital, Hospital], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One file restored on two laptops and edited on both is two histories from one: HQ keeps the one it
    received first and refuses the other with one line (exchange/history.py), whichever edit is later."""
    a = two[0]
    earlier_note = "edit on laptop Y" if later_note.endswith("X") else "edit on laptop X"
    early = _laptop(a, tmp_path / "early", earlier_note, "2026-06-01T10:00:00+00:00")
    late = _laptop(a, tmp_path / "late", later_note, "2026-06-02T10:00:00+00:00")
    for name, order, kept in (("el", [early, late], earlier_note), ("le", [late, early], later_note)):
        with Store(tmp_path / f"{name}.db") as store:
            results = import_bundles(store, order, trust=trust_of(a.bundle), actor=SYSTEM)
            assert [r.status for r in results] == [IMPORTED, REFUSED], [r.reason for r in results]
            assert "differs from the one HQ holds for this hospital from row" in results[1].reason
            patient = store.db.scalar("SELECT id FROM patients WHERE notes IN (?, ?)", (earlier_note, later_note))
            assert store.db.scalar("SELECT notes FROM patients WHERE id = ?", (patient,)) == kept
    cli_hq = hq_accounts(tmp_path / "cli.db")
    assert main(["import", "--into", str(cli_hq), str(early), "--trust", *trust_of(a.bundle)]) == 0
    capsys.readouterr()
    assert main(["import", "--into", str(cli_hq), str(late)]) == 1
    err = capsys.readouterr().err
    [line] = [text for text in err.splitlines() if text.startswith("l2fh-desk:")]  # the rest is progress
    assert "refused: the bundle's audit history differs" in line and line.endswith("(rewritten or forked)")


def test_pseudonymised_and_real_bundles_are_kept_apart(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    with Store(copy_hospital(a, tmp_path / "copy")) as store:
        pseudo = export_bundle(store, out=tmp_path / "p.l2fh", actor=SYSTEM, hq_public_key=None,
                               pseudonymise=True).path
    hq, research = hq_accounts(tmp_path / "hq.db"), hq_accounts(tmp_path / "research.db", research=True)
    [fp] = trust_of(a.bundle)
    assert main(["import", "--into", str(hq), str(a.bundle), "--trust", fp]) == 0
    assert main(["import", "--into", str(hq), str(pseudo)]) == 1
    assert "research database" in capsys.readouterr().err
    assert main(["import", "--into", str(research), str(pseudo), "--trust", fp]) == 0
    assert main(["import", "--into", str(research), str(a.bundle)]) == 1
    assert "research database of pseudonymised bundles" in capsys.readouterr().err


def test_manifest_that_misdescribes_its_snapshot_is_refused(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    manifest = json.loads(dict(members(a.bundle))["manifest.json"])
    for changes, expected in (
            ({"hospital": {**manifest["hospital"], "name": "Another Name"}}, "hospital name"),
            ({"rotations": manifest["rotations"][:-1]}, "rotations differ"),
            ({"counts": {**manifest["counts"], "audit_log": 1}}, "audit_log rows")):
        bundle = resign(tmp_path / "m.l2fh", hospital_db=a.db, data=snapshot_bytes(a.bundle), source=a.bundle,
                        manifest_changes={"bundle_id": manifest["bundle_id"][:-4] + "cafe", **changes})
        for old in tmp_path.glob("hq.db*"):
            old.unlink()
        hq = hq_accounts(tmp_path / "hq.db")
        assert main(["import", "--into", str(hq), str(bundle), "--trust", *trust_of(a.bundle)]) == 1
        assert expected in capsys.readouterr().err
