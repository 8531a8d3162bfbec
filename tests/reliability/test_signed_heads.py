"""Signed chain heads: the audit chain's head is signed with the installation's Ed25519 key from time to time,
so truncating the newest rows, or rewriting history with the audit key alone, makes `check` fail naming the head."""

from __future__ import annotations

import base64
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.store import audit, heads, seal
from l2fh_desk.store.backup import make_backup
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital
from tests.reliability.test_audit_tamper import DROP, RESTORE_TRIGGERS, run_check, shell

MEDIC = Actor(username="medic", role=Role.MEDIC)


def signed(db: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute("SELECT * FROM audit_heads ORDER BY n")]
    finally:
        conn.close()


def last_seq(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0])
    finally:
        conn.close()


def export(db: Path, out: Path) -> None:
    from l2fh_desk.exchange.bundle_write import export_bundle

    with Store(db) as store:
        store.patients.open(store.patients.find(limit=1)[0].id, actor=MEDIC)  # a row since the close's head
        export_bundle(store, out=out, actor=Actor(username="commander", role=Role.COMMANDER), hq_public_key=None)


def test_a_head_is_signed_at_close_backup_export_and_every_hundred_rows(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    made = signed(db)
    assert made[0]["reason"] == "start" and made[-1]["reason"] == "close"
    assert made[-1]["seq"] == last_seq(db)
    with Store(db) as store:
        patient = store.patients.find(limit=1)[0]
        for _ in range(heads.EVERY):
            store.patients.open(patient.id, actor=MEDIC)
        make_backup(store.db, reason="manual")
        store.patients.open(patient.id, actor=MEDIC)
    reasons = [(h["reason"], h["seq"]) for h in signed(db)]
    assert ("rows", heads.EVERY) in reasons
    assert ("backup", last_seq(db) - 1) in reasons and reasons[-1] == ("close", last_seq(db))
    export(db, tmp_path / "out.l2fh")
    assert "export" in [h["reason"] for h in signed(db)]


def test_an_untouched_database_passes_and_says_how_many_heads_verify(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"{len(signed(db))} signed chain heads verify, the newest at row {last_seq(db)}" in out


def test_removing_the_newest_rows_after_a_signed_head_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    end = last_seq(db)
    newest = signed(db)[-1]["n"]
    shell(db, f"{DROP} DELETE FROM audit_log WHERE seq > {end - 3};" + RESTORE_TRIGGERS)
    code, err = run_check(db, capsys)
    assert code == 1 and err.count("\n") == 1
    assert (f"signed chain head {newest} covers row {end}, but the audit trail ends at row {end - 3}"
            " (rows were removed from its end)") in err


def _rewrite_with_the_audit_key(db: Path, encounter_id: str) -> int:
    """The attack of issue 12 by someone who also holds the audit key: a record, the audit row that says who
    changed it and how, the keyed hashes after it and every record seal recomputed, triggers put back. Only the
    Ed25519 signing key is missing."""
    key = seal.read_key(db)
    assert key is not None
    shell(db, f"{DROP} UPDATE encounters SET notes = 'nothing found' WHERE id = '{encounter_id}';"
              f" UPDATE audit_log SET username = 'someone_else', after_json = replace(after_json, 'reviewed',"
              f" 'nothing found') WHERE record_id = '{encounter_id}';" + RESTORE_TRIGGERS)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    first = int(conn.execute("SELECT min(seq) FROM audit_log WHERE record_id = ?", (encounter_id,)).fetchone()[0])
    keyed_from = int(conn.execute("SELECT min(from_seq) FROM audit_keying").fetchone()[0])
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", (first,))]
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1", (first,)).fetchone()
    link = prev[0] if prev else audit.GENESIS
    conn.executescript(DROP)
    for row in rows:
        digest = audit.row_hash(link, row, key if row["seq"] >= keyed_from else None)
        conn.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", (link, digest, row["seq"]))
        link = digest
    conn.executescript(RESTORE_TRIGGERS)
    seal.install_tracking(conn)
    seal.seal_all(conn, key)
    conn.commit()
    conn.close()
    return first


def test_rewriting_history_with_the_audit_key_alone_fails_at_the_first_signed_head_after_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        encounter = store.encounters.find("voided_at IS NULL", limit=1)[0]
        store.encounters.update(encounter.model_copy(update={"notes": "reviewed"}), actor=MEDIC)
    first = _rewrite_with_the_audit_key(db, encounter.id)
    covering = next(h for h in signed(db) if int(h["seq"]) >= first)  # type: ignore[call-overload]
    code, err = run_check(db, capsys)
    assert code == 1 and err.count("\n") == 1
    assert (f"signed chain head {covering['n']} (row {covering['seq']}) does not match the audit trail"
            " (history before it was rewritten)") in err


def test_removing_or_forging_signed_heads_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        store.patients.open(store.patients.find(limit=1)[0].id, actor=MEDIC)
        make_backup(store.db, reason="manual")  # a head between the first close's and this close's
    copy = tmp_path / "copy.db"
    shutil.copyfile(db, copy)
    shutil.copyfile(seal.key_path(db), seal.key_path(copy))
    shell(copy, "DELETE FROM audit_heads;")
    code, err = run_check(copy, capsys)
    assert code == 1 and "the audit trail's signed chain heads were removed" in err

    gap = tmp_path / "gap.db"
    shutil.copyfile(db, gap)
    shutil.copyfile(seal.key_path(db), seal.key_path(gap))
    shell(gap, "DELETE FROM audit_heads WHERE n = 2;")
    code, err = run_check(gap, capsys)
    assert code == 1 and "signed chain head 2 was removed" in err

    # A head re-signed with a key of the attacker's own: its public key is not this installation's.
    stranger = Ed25519PrivateKey.generate()
    row = signed(db)[-1]
    body = heads.payload(int(row["n"]), int(row["seq"]), str(row["hash"]), str(row["signed_at"]),  # type: ignore[call-overload]
                         str(row["reason"]), str(row["prev_signature"]))
    public = base64.b64encode(stranger.public_key().public_bytes_raw()).decode()
    shell(db, f"UPDATE audit_heads SET public_key = '{public}', signature ="
              f" '{base64.b64encode(stranger.sign(body)).decode()}' WHERE n = {row['n']};")
    code, err = run_check(db, capsys)
    assert code == 1 and f"signed chain head {row['n']} is signed by a key this installation does not hold" in err


def test_a_schema_2_file_upgrades_with_a_signed_start_head(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema_v2.sqlite", db)
    with Store(db) as store:
        legacy = int(store.db.scalar("SELECT count(*) FROM audit_log"))
    made = signed(db)
    assert made[0]["reason"] == "start" and made[0]["seq"] == legacy and made[0]["signature"]
    code, err = run_check(db, capsys)
    assert (code, err) == (0, "")


def test_an_unsigned_start_head_left_by_a_bare_migration_is_not_trusted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The migration's start marker is signed only by the open that applied it; one planted later stays unsigned."""
    db = small_hospital(tmp_path / "h.db")
    shell(db, "DELETE FROM audit_heads; INSERT INTO audit_heads (n, seq, hash, signed_at, reason, public_key,"
              " signature, prev_signature) SELECT 1, max(seq), '', '', 'start', '', '', '' FROM audit_log;")
    with Store(db):
        pass
    code, err = run_check(db, capsys)
    assert code == 1 and "signed chain head 1 was never signed" in err


def test_the_export_manifest_carries_the_signed_head_of_its_trail(tmp_path: Path) -> None:
    import zipfile

    from l2fh_desk.exchange.keys import load_signing_key, verify_signature
    from l2fh_desk.exchange.manifest import parse_manifest

    db = small_hospital(tmp_path / "h.db")
    out = tmp_path / "out.l2fh"
    export(db, out)
    with zipfile.ZipFile(out) as zf:
        manifest = parse_manifest(zf.read("manifest.json"))
        raw = json.loads(zf.read("manifest.json"))
    head = manifest.signed_head
    assert head is not None and raw["signed_head"]["seq"] == head.seq
    assert head.hash == manifest.audit_head  # the trail as the bundle carries it (re-hashed without the key)
    assert verify_signature(load_signing_key(db).public_raw, base64.b64decode(head.signature),
                            heads.bundle_payload(manifest.hospital.id, head.seq, head.hash, head.signed_at))
