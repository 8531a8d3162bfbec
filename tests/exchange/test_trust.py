"""Trust at HQ as an analyst meets it: a confirmed fingerprint trusts that signer only; key rotation and
revocation; bundles only into an HQ database; text from a bundle never drives the terminal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_helpers import Hospital, export, held, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import IMPORTED, REFUSED, import_bundles
from l2fh_desk.exchange.trust import OTHER_KEY, TRUSTED, UNKNOWN, normalise_fingerprint, plain, signer_of
from l2fh_desk.store.store import Store
from tests.factories import HQ_ADMIN_PASSWORD, HQ_ADMIN_USER, hq_accounts


def _copy(h: Hospital, folder: Path) -> Path:
    folder.mkdir()
    db = folder / h.db.name
    shutil.copy(h.db, db)
    shutil.copy(h.db.with_name(h.db.name + ".key"), folder / (h.db.name + ".key"))
    return db


def _one_line(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("l2fh-desk:")]


def test_one_trust_names_one_signer_not_every_unknown_one(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    hq = hq_accounts(tmp_path / "hq.db")
    [fp_a] = trust_of(a.bundle)
    assert main(["import", "--into", str(hq), str(a.bundle), str(b.bundle), "--trust", fp_a]) == 1
    captured = capsys.readouterr()
    assert "imported from" in captured.out and a.hospital_id in captured.out
    [line] = _one_line(captured.err)
    assert "unknown signer" in line and b.hospital_id in line and "--trust FINGERPRINT" in line
    with Store(hq) as store:
        assert signer_of(store, a.bundle).status == TRUSTED
        assert signer_of(store, b.bundle).status == UNKNOWN
        assert store.db.scalar("SELECT count(*) FROM hospitals") == 1
    # the fingerprint may be given without spaces and in lower case
    compact = fp_a.replace(" ", "").lower()
    assert normalise_fingerprint(compact) == fp_a


def test_a_malformed_fingerprint_is_a_usage_error(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", "--into", str(tmp_path / "hq.db"), str(two[0].bundle), "--trust", "ABCD"])
    assert exited.value.code == 2
    assert "not a key fingerprint" in capsys.readouterr().err
    assert not (tmp_path / "hq.db").exists()


def test_key_rotation_signed_by_the_old_key_lets_a_reinstalled_hospital_in(two: tuple[Hospital, Hospital],
                                                                          tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str],
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    a = two[0]
    hq = tmp_path / "hq.db"
    assert main(["keys", "--db", str(hq), "--hq-init"]) == 0  # a set-up of a new file: no account yet
    hq_accounts(hq)
    assert main(["import", "--into", str(hq), str(a.bundle), "--trust", *trust_of(a.bundle)]) == 0
    db = _copy(a, tmp_path / "h")
    assert main(["keys", "--db", str(db), "--rotate"]) == 0
    statement = db.with_name(db.name + ".key-rotation.txt")
    assert statement.exists()
    later = export(db, tmp_path / "later.l2fh")
    with Store(hq) as store:
        assert signer_of(store, later).status == OTHER_KEY
    capsys.readouterr()
    monkeypatch.setenv("L2FH_PASSWORD", HQ_ADMIN_PASSWORD)  # accepting a rotation is the HQ administrator's
    assert main(["keys", "--db", str(hq), "--accept-rotation", str(statement), "--user", HQ_ADMIN_USER]) == 0
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    assert "now signs with key" in capsys.readouterr().out
    assert main(["import", "--into", str(hq), str(later)]) == 0  # no --trust needed: the old key vouched
    # A bundle still signed by the old key is refused from now on.
    old = export(_copy(a, tmp_path / "old"), tmp_path / "old-key.l2fh")
    assert main(["import", "--into", str(hq), str(old)]) == 1
    [line] = _one_line(capsys.readouterr().err)
    assert "revoked" in line
    # A statement not signed by the key HQ trusts is refused.
    monkeypatch.setenv("L2FH_PASSWORD", HQ_ADMIN_PASSWORD)
    assert main(["keys", "--db", str(hq), "--accept-rotation", str(statement), "--user", HQ_ADMIN_USER]) == 1


def test_revoked_key_is_refused_and_a_new_key_can_then_be_trusted(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    a = two[0]
    hq = hq_accounts(tmp_path / "hq.db")
    [fp] = trust_of(a.bundle)
    assert main(["import", "--into", str(hq), str(a.bundle), "--trust", fp]) == 0
    monkeypatch.setenv("L2FH_PASSWORD", HQ_ADMIN_PASSWORD)  # revoking is the HQ administrator's
    assert main(["keys", "--db", str(hq), "--revoke", fp, "--reason", "laptop stolen", "--user", HQ_ADMIN_USER]) == 0
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    # The laptop was reinstalled from a copy of the database, without its key: a new key is made.
    db = tmp_path / "re" / a.db.name
    db.parent.mkdir()
    shutil.copy(a.db, db)
    fresh = export(db, tmp_path / "fresh.l2fh")
    old = export(_copy(a, tmp_path / "old"), tmp_path / "old.l2fh")
    capsys.readouterr()
    before = held(hq)
    assert main(["import", "--into", str(hq), str(old), "--trust", fp]) == 1
    assert "revoked" in _one_line(capsys.readouterr().err)[0]
    assert held(hq) == before
    assert main(["import", "--into", str(hq), str(fresh), "--trust", *trust_of(fresh)]) == 0
    with Store(hq) as store:
        assert store.db.scalar("SELECT reason FROM revoked_signers") == "laptop stolen"
        assert [r["action"] for r in store.db.query("SELECT action FROM audit_log WHERE action = 'revoke_key'")]


def test_import_into_a_hospital_database_is_refused(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    own = _copy(a, tmp_path / "a")
    before = own.read_bytes()
    assert main(["import", "--into", str(own), str(b.bundle), "--trust", *trust_of(b.bundle)]) == 1
    [line] = _one_line(capsys.readouterr().err)
    assert "not an HQ database" in line and "keys --hq-init" in line
    assert own.read_bytes() == before
    assert main(["keys", "--db", str(own), "--hq-init"]) == 1
    assert "not an HQ database" in _one_line(capsys.readouterr().err)[0]


def test_text_from_a_bundle_cannot_drive_the_terminal(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = _copy(two[0], tmp_path / "h")
    hostile = "\x1b[2J\x1b[31mEvil\u202eHospital\nsecond line\u200b"
    with Store(db) as store:
        hospital = store.hospitals.this()
        assert hospital is not None
        store.hospitals.update(hospital.model_copy(update={"name": hostile}), actor=SYSTEM)
    bundle = export(db, tmp_path / "evil.l2fh")
    hq = hq_accounts(tmp_path / "hq.db")
    assert main(["import", "--into", str(hq), str(bundle)]) == 1
    err = capsys.readouterr().err
    [line] = _one_line(err)
    assert len(err.strip().splitlines()) == 1 or all("\x1b" not in part for part in err.splitlines())
    assert not {"\x1b", "\u202e", "\u200b"} & set(err)
    assert "\\x1b[2J" in line and "\\u202e" in line
    with Store(hq) as store:
        [result] = import_bundles(store, [bundle], trust=trust_of(bundle), actor=SYSTEM)
        assert result.status == IMPORTED
        assert "\x1b" not in result.hospital_name and "\n" not in result.hospital_name
        from l2fh_desk.exchange import hq as hq_api
        shown = [e.hospital_name for e in hq_api.imports(store)] + [name for _id, name in hq_api.hospitals(store)]
        shown += [t.hospital_name for t in hq_api.encounter_totals(store)]
        assert shown and not any({"\x1b", "\u202e", "\n"} & set(name) for name in shown)
        refused = import_bundles(store, [tmp_path / "missing\x1b.l2fh"], actor=SYSTEM)[0]
        assert refused.status == REFUSED and "\x1b" not in refused.reason
    assert plain("a\nb\x07c\u202e") == "a\\x0ab\\x07c\\u202e"
