"""The command line signs in like the window: `--user` (or L2FH_USER) and L2FH_PASSWORD, the same core sign-in,
lockout and role checks; refusals are one line and leave the records and the output untouched."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.security.sessions import MAX_FAILED, SignInFailed, SignInProblem, sign_in
from l2fh_desk.services.setup import set_up_installation
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.seal import key_path
from l2fh_desk.store.store import Store


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "40", "--outreach", "3"]) == 0  # new file: no sign-in
    return path


@pytest.fixture
def demo_db(built: Path, tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    shutil.copyfile(built, path)
    shutil.copyfile(key_path(built), key_path(path))  # the installation is the database and its key
    Store(path, create=False).close()  # opening seals what the build left unsealed: done before any comparison
    return path


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_without_credentials_a_command_exits_1_in_one_line_and_writes_nothing(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("L2FH_USER")
    before = demo_db.read_bytes()
    (tmp_path / "bak").mkdir()  # `backup --to` needs an existing folder
    for command in (["export-csv", "--out", str(tmp_path / "csv")], ["export-fhir", "--out", str(tmp_path / "f.json")],
                    ["export", "--out", str(tmp_path / "b.l2fh")], ["backup", "--to", str(tmp_path / "bak")],
                    ["report", "handover", "--out", str(tmp_path / "r.pdf")], ["keys"]):
        argv = [*command[:2], "--db", str(demo_db), *command[2:]] if command[0] == "report" else \
            [command[0], "--db", str(demo_db), *command[1:]]
        assert main(argv) == 1, argv
        assert "sign in with --user NAME" in _one_line(capsys)
    assert demo_db.read_bytes() == before
    assert not any(tmp_path.glob("csv")) and not (tmp_path / "f.json").exists() and not any((tmp_path / "bak").iterdir())
    assert not (tmp_path / "b.l2fh").exists() and not (tmp_path / "r.pdf").exists()


def test_wrong_passwords_count_towards_the_same_lockout_as_the_window(
        demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("L2FH_PASSWORD", "not-the-password")
    for _ in range(MAX_FAILED - 1):
        assert main(["export-csv", "--db", str(demo_db), "--user", "medic", "--out", str(tmp_path / "c")]) == 1
        assert _one_line(capsys) == "l2fh-desk: Wrong username or password. Nothing was done."
    # the window's sign-in sees the same count: this fifth wrong password locks the account
    with Store(demo_db, create=False) as store, pytest.raises(SignInFailed) as locked:
        sign_in(store, "medic", "still-wrong")
    assert locked.value.problem == SignInProblem.LOCKED
    monkeypatch.setenv("L2FH_PASSWORD", "medic-demo")  # even the right password is refused while locked
    assert main(["report", "handover", "--db", str(demo_db), "--user", "medic", "--out", str(tmp_path / "r.pdf")]) == 1
    assert "locked after 5 wrong passwords" in _one_line(capsys)
    failed = _rows(demo_db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed' AND username = 'medic'")
    assert failed == [(MAX_FAILED + 1,)]
    assert not (tmp_path / "c").exists() and not (tmp_path / "r.pdf").exists()


def test_a_medic_cannot_restore_and_nothing_changes(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bak").mkdir()
    assert main(["backup", "--db", str(demo_db), "--to", str(tmp_path / "bak")]) == 0  # as the demo commander
    [backup] = (tmp_path / "bak").glob("*.bak")
    assert _rows(demo_db, "SELECT username FROM audit_log WHERE action = 'backup'") == [("commander",)]
    capsys.readouterr()
    monkeypatch.setenv("L2FH_USER", "medic")
    monkeypatch.setenv("L2FH_PASSWORD", "medic-demo")
    patients = _rows(demo_db, "SELECT count(*) FROM patients")
    assert main(["restore", "--from", str(backup), "--db", str(demo_db)]) == 1
    assert _one_line(capsys) == "l2fh-desk: A medic may not make or restore backups."
    assert not list(tmp_path.glob("h.db.replaced-*"))
    assert main(["keys", "--db", str(demo_db), "--set-hq-key", "l2fh-hq-x25519 " + "A" * 43 + "="]) == 1
    assert "A medic may not manage settings" in _one_line(capsys)
    assert _rows(demo_db, "SELECT count(*) FROM settings WHERE key = 'hq_public_key'") == [(0,)]
    monkeypatch.setenv("L2FH_USER", "commander")
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    assert main(["restore", "--from", str(backup), "--db", str(demo_db)]) == 0
    assert _rows(demo_db, "SELECT count(*) FROM patients") == patients
    assert _rows(demo_db, "SELECT username FROM audit_log WHERE action = 'restore'") == [("commander",)]


def test_export_csv_and_fhir_leave_an_audit_row_naming_the_user(demo_db: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-csv", "--db", str(demo_db), "--user", "commander", "--out", str(tmp_path / "csv")]) == 0
    assert main(["export-fhir", "--db", str(demo_db), "--out", str(tmp_path / "f.json")]) == 0
    rows = _rows(demo_db, "SELECT action, username FROM audit_log WHERE action LIKE 'export%' ORDER BY seq")
    assert rows == [("export_csv", "commander"), ("export_fhir", "commander")]
    signed_in = _rows(demo_db, "SELECT count(*) FROM audit_log WHERE action = 'sign_in' AND username = 'commander'")
    assert signed_in == [(2,)]


def test_demo_refuses_a_hospital_that_is_not_a_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "real.db"
    with Store(path) as store:
        hospital = Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu")
        today = datetime.now(UTC).date()
        set_up_installation(store, hospital=hospital, rotation=Rotation(
            hospital_id=hospital.id, number=1, start_date=today, end_date=today + timedelta(days=300)),
            username="boss", display_name="Col. Hùng", password="field-hospital-1")
    before = path.read_bytes()
    assert main(["demo", "--db", str(path), "--encounters", "10"]) == 1
    assert "real.db is not a demo database" in _one_line(capsys)
    assert path.read_bytes() == before


def test_adding_to_a_demo_signs_in_with_its_accounts(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("L2FH_PASSWORD", "wrong-password")
    assert main(["demo", "--db", str(demo_db), "--encounters", "5", "--outreach", "0"]) == 1
    assert "Wrong username or password" in _one_line(capsys)
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    assert main(["demo", "--db", str(demo_db), "--encounters", "5", "--outreach", "0"]) == 0
