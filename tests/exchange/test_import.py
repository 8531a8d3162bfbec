"""HQ import as an analyst meets it: two hospitals in either order, re-import, later edits, conflicts, backups."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import Hospital, dump, export, held, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import ALREADY, IMPORTED, REFUSED, import_bundles
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


def _import(hq: Path, *bundles: Path, trust: bool = True) -> list[str]:
    with Store(hq) as store:
        return [r.status for r in import_bundles(store, list(bundles), trust=trust_of(*bundles) if trust else (),
                                                 actor=SYSTEM)]


def test_two_hospitals_differ_and_either_order_gives_the_same_hq(two: tuple[Hospital, Hospital],
                                                               tmp_path: Path) -> None:
    a, b = two
    assert a.hospital_id != b.hospital_id
    _import(tmp_path / "ab.db", a.bundle, b.bundle)
    _import(tmp_path / "ba.db", b.bundle, a.bundle)
    assert dump(tmp_path / "ab.db") == dump(tmp_path / "ba.db")
    conn = sqlite3.connect(tmp_path / "ab.db")
    for h in two:
        source = sqlite3.connect(h.db)
        ids = {r[0] for r in source.execute("SELECT id FROM encounters")}
        at_hq = [r[0] for r in conn.execute("SELECT id FROM encounters WHERE origin = ?", (h.hospital_id,))]
        assert sorted(at_hq) == sorted(ids)  # every encounter present once
        source.close()
    assert conn.execute("SELECT count(DISTINCT hospital_id) FROM imports").fetchone()[0] == 2
    conn.close()


def test_cli_prints_summary_then_reimport_is_unchanged(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    hq = hq_accounts(tmp_path / "hq.db")
    assert main(["import", "--into", str(hq), str(two[0].bundle), "--trust", *trust_of(two[0].bundle)]) == 0
    out = capsys.readouterr().out
    assert "imported from Viet Nam Level-2 Field Hospital No. 4" in out
    encounters_line = next(line for line in out.splitlines() if line.strip().startswith("encounters"))
    assert encounters_line.split()[1:] == ["200", "0", "0", "0", "0"]
    assert "trusted new signer" in out
    before = held(hq)
    assert main(["import", "--into", str(hq), str(two[0].bundle)]) == 0
    assert "already imported" in capsys.readouterr().out
    assert held(hq) == before


def test_later_edit_arrives_as_update_with_field_log(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    folder = tmp_path / "h"
    folder.mkdir()
    db = folder / "h1.db"
    shutil.copy(two[0].db, db)
    shutil.copy(two[0].db.with_name("h1.db.key"), folder / "h1.db.key")
    hq = tmp_path / "hq.db"
    assert _import(hq, two[0].bundle) == [IMPORTED]
    with Store(db) as store:
        patient = store.patients.find(limit=1)[0]
        store.patients.update(patient.model_copy(update={"name": "Nyakuoth Edited", "phone": "+211 555"}),
                              actor=SYSTEM)
    later = export(db, tmp_path / "later.l2fh")
    with Store(hq) as store:
        [result] = import_bundles(store, [later], actor=SYSTEM)
        assert result.counts["patients"].updated == 1 and result.counts["patients"].new == 0
        assert result.counts["encounters"].unchanged == 200
        row = store.patients.get(patient.id)
        assert isinstance(row, Patient) and row.name == "Nyakuoth Edited" and row.version == patient.version + 1
        log = {r["field"]: (r["old_value"], r["new_value"], r["kind"]) for r in store.db.query(
            "SELECT field, old_value, new_value, kind FROM merge_conflicts WHERE record_id = ?", (patient.id,))}
        assert log["name"] == (patient.name, "Nyakuoth Edited", "update")
        assert log["version"][2] == "update"
        assert [p.id for p in store.patients.search("nyakuoth edited")] == [patient.id]
        assert store.patients.search(patient.name.split()[0]) == [] or all(
            p.id != patient.id for p in store.patients.search(patient.name))
    # The older bundle arriving late changes nothing.
    assert _import(hq, two[0].bundle) == [ALREADY]


def test_a_forked_history_is_refused_whichever_laptop_comes_first(two: tuple[Hospital, Hospital],
                                                                  tmp_path: Path) -> None:
    # A hospital database restored on two laptops (with its key) and edited differently on each: two histories
    # from one. HQ takes the first it sees; the second does not extend it and is refused, HQ unchanged.
    copies = []
    for name, note in (("x", "seen on laptop X"), ("y", "seen on laptop Y")):
        folder = tmp_path / name
        folder.mkdir()
        shutil.copy(two[0].db, folder / "h1.db")
        shutil.copy(two[0].db.with_name("h1.db.key"), folder / "h1.db.key")
        with Store(folder / "h1.db") as store:
            patient = store.patients.find(limit=1)[0]
            store.patients.update(patient.model_copy(update={"notes": note}), actor=SYSTEM)
        copies.append(export(folder / "h1.db", folder / "b.l2fh"))
    for first, second, hq in ((copies[0], copies[1], tmp_path / "xy.db"), (copies[1], copies[0], tmp_path / "yx.db")):
        assert _import(hq, first) == [IMPORTED]
        before = dump(hq)
        with Store(hq) as store:
            [result] = import_bundles(store, [second], trust=trust_of(second), actor=SYSTEM)
        assert result.status == REFUSED and "\n" not in result.reason
        assert result.reason.startswith("the bundle's audit history differs from the one HQ holds for this hospital"
                                        " from row ") and result.reason.endswith("(rewritten or forked)")
        assert dump(hq) == before
    # Each laptop's own later export still extends what HQ took from it.
    assert _import(tmp_path / "xx.db", two[0].bundle, copies[0]) == [IMPORTED, IMPORTED]


def test_an_older_or_rewritten_history_is_refused_naming_the_row(two: tuple[Hospital, Hospital],
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "h"
    folder.mkdir()
    db = folder / "h1.db"
    shutil.copy(two[0].db, db)
    shutil.copy(two[0].db.with_name("h1.db.key"), folder / "h1.db.key")
    with Store(db) as store:
        patient = store.patients.find(limit=1)[0]
        store.patients.update(patient.model_copy(update={"notes": "later"}), actor=SYSTEM)
    later = export(db, folder / "later.l2fh")
    hq = tmp_path / "hq.db"
    assert _import(hq, later) == [IMPORTED]
    before = dump(hq)
    with Store(hq) as store:
        [result] = import_bundles(store, [two[0].bundle], trust=trust_of(two[0].bundle), actor=SYSTEM)
    assert result.status == REFUSED
    assert result.reason.startswith("the bundle's audit history is shorter than the one HQ holds for this hospital")
    assert dump(hq) == before


def test_backup_before_import_and_import_logged(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    hq = tmp_path / "hq.db"
    _import(hq, two[0].bundle)
    with Store(hq) as store:
        [result] = import_bundles(store, [two[1].bundle], trust=trust_of(two[1].bundle), actor=SYSTEM)
        assert result.backup is not None and result.backup.exists()
        backup = sqlite3.connect(result.backup)
        assert backup.execute("SELECT count(DISTINCT origin) FROM encounters").fetchone()[0] == 1
        backup.close()
        actions = [r["action"] for r in store.db.query("SELECT action FROM audit_log ORDER BY seq")]
        assert actions.count("import") == 2
        from l2fh_desk.store import audit
        assert audit.verify(store.db) is None  # HQ's own chain stays intact; hospitals' trails are separate
        assert store.db.scalar("SELECT count(*) FROM imported_audit") > 0


def test_older_schema_snapshot_is_upgraded(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    """A bundle from an installation still on schema 1 (before the HQ tables existed)."""
    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "h1.db"
    shutil.copy(two[0].db, db)
    shutil.copy(two[0].db.with_name("h1.db.key"), folder / "h1.db.key")
    conn = sqlite3.connect(db, isolation_level=None)
    for table in ("imports", "row_provenance", "merge_conflicts", "trusted_signers", "patient_links",
                  "imported_audit", "revoked_signers", "audit_keying", "record_seals", "abandoned_records",
                  "id_aliases", "audit_heads", "export_checked"):
        conn.execute(f"DROP TABLE {table}")
    # and what schema 4 added (wards and beds, the bed constraints, the evacuation lifecycle)
    for index in ("admissions_one_open_per_patient", "admissions_one_patient_per_bed", "evacuations_status"):
        conn.execute(f"DROP INDEX {index}")
    for table in ("beds", "wards"):
        conn.execute(f"DROP TABLE {table}")
    for table, column in (("admissions", "legacy_conflict"), ("evacuations", "status"), ("evacuations", "approved_at"),
                          ("evacuations", "arrived_at"), ("evacuations", "cancelled_at")):
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    bundle = export_v1(db, tmp_path)
    with zipfile.ZipFile(bundle) as zf:
        assert json.loads(zf.read("manifest.json"))["schema_version"] == 1
    hq = tmp_path / "hq.db"
    assert _import(hq, bundle) == [IMPORTED]
    with Store(hq) as store:
        assert store.encounters.count("origin = ?", (two[0].hospital_id,)) == 200


def export_v1(db: Path, tmp_path: Path) -> Path:
    """Export straight from a schema-1 file: the store would migrate it, so the snapshot is taken as is."""
    from l2fh_desk.exchange import bundle_write
    from l2fh_desk.exchange.keys import load_signing_key

    snap = tmp_path / "snap.sqlite"
    bundle_write._snapshot(db, snap)  # type: ignore[attr-defined]
    hospital, rotations, counts, head, version = bundle_write._describe(  # type: ignore[attr-defined]
        snap, sqlite3.connect(db).execute("SELECT id FROM hospitals").fetchone()[0])
    assert version == 1
    out = tmp_path / "v1.l2fh"
    bundle_write._write_zip(out, snap=snap, key=load_signing_key(db), bundle_id="00000000-0000-4000-8000-00000000000a",
                            hospital=hospital, rotations=rotations, counts=counts, head=head, version=version,
                            hq_public_key=None)
    return out


def test_second_export_of_the_same_data_is_all_unchanged_and_a_case_change_at_hq_is_not(
        two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    hq = tmp_path / "hq.db"
    assert _import(hq, two[0].bundle) == [IMPORTED]
    conn = sqlite3.connect(hq)
    changed = conn.execute("SELECT id FROM encounters WHERE complaint <> upper(complaint) LIMIT 1").fetchone()[0]
    with conn:
        conn.execute("UPDATE encounters SET complaint = upper(complaint) WHERE id = ?", (changed,))
    provenance = conn.execute("SELECT count(*) FROM row_provenance").fetchone()[0]
    conn.close()
    again = export(two[0].db, tmp_path / "again.l2fh")
    with Store(hq) as store:
        [result] = import_bundles(store, [again], actor=SYSTEM)
    assert result.status == IMPORTED
    held = sqlite3.connect(two[0].db)
    for table, counts in result.counts.items():
        if table == "audit_log":
            continue
        total = held.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert counts.new == 0 and counts.refused == 0
        if table == "encounters":  # text differing only in case is a different row, never "identical"
            # a same-version conflict: kept (counted unchanged too) or replaced, by the content hash
            assert counts.conflicts == 1 and counts.unchanged + counts.updated == total
        else:
            assert (counts.unchanged, counts.updated, counts.conflicts) == (total, 0, 0)
    held.close()
    conn = sqlite3.connect(hq)
    assert conn.execute("SELECT count(*) FROM row_provenance").fetchone()[0] == provenance
    assert conn.execute("SELECT count(*) FROM merge_conflicts WHERE record_id = ?", (changed,)).fetchone()[0] >= 1
    conn.close()
