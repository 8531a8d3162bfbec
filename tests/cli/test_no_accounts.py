"""A database with no account at all is not run as the system actor: a hospital's says to run the first-run
set-up (or `demo`, which makes its demo accounts), an HQ's names `hq init`; one line, exit 1, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.trust import make_hq
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.backup import make_backup
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

RECORD_COMMANDS = (
    ["export-csv", "--out", "{tmp}/csv"], ["export-fhir", "--out", "{tmp}/f.json"], ["export", "--out", "{tmp}/b.l2fh"],
    ["backup", "--to", "{tmp}"], ["report", "handover", "--out", "{tmp}/r.pdf"], ["report", "mds", "--from",
    "2026-11-01", "--to", "2026-11-30", "--out", "{tmp}/m.csv"], ["keys"], ["keys", "--set-hq-key", "l2fh-hq-x25519 " + "A" * 43 + "="], ["duplicates"],
    ["restore", "--newest"], ["accounts"], ["accounts", "--add", "lan"],
)


def _argv(command: list[str], db: Path, tmp: Path) -> list[str]:
    words = [word.format(tmp=tmp) for word in command]
    head = 2 if words[0] == "report" else 1
    return [*words[:head], "--db", str(db), *words[head:]]


def _audit_rows(db: Path) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_a_hospital_database_without_accounts_refuses_every_record_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("L2FH_USER", raising=False)
    db = tmp_path / "h.db"
    with Store(db) as store:
        add_hospital(store, Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
        make_backup(store.db, reason="manual")  # something `restore --newest` could take
    rows = _audit_rows(db)
    capsys.readouterr()
    for command in RECORD_COMMANDS:
        assert main(_argv(command, db, tmp_path)) == 1, command
        line = _one_line(capsys)
        assert line == (f"l2fh-desk: h.db has no accounts yet: run the first-run set-up (`l2fh-desk gui --db {db}`),"
                        f" or `l2fh-desk demo --db {db}` for a demo with its demo accounts; nothing was done"), command
    assert _audit_rows(db) == rows
    assert not [p.name for p in tmp_path.iterdir() if p.name not in {"h.db", "h.db.key", "h.db-wal", "h.db-shm",
                                                                      "h.db.in-use", "backups"}]


def test_an_hq_database_without_accounts_points_to_hq_init(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("L2FH_USER", raising=False)
    db = tmp_path / "hq.db"
    with Store(db) as store:
        make_hq(store, actor=SYSTEM)
    rows = _audit_rows(db)
    capsys.readouterr()
    expected = (f"l2fh-desk: hq.db is an HQ database with no accounts yet: set it up with"
                f" `l2fh-desk hq init --db {db}`; nothing was done")
    for argv in (["import", "--into", str(db), str(tmp_path / "none.l2fh")], ["keys", "--db", str(db)],
                 ["hq", "overview", "--db", str(db)]):
        assert main(argv) == 1, argv
        assert _one_line(capsys) == expected, argv
    assert _audit_rows(db) == rows


def test_import_into_a_new_file_makes_nothing_and_names_hq_init(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "new-hq.db"
    capsys.readouterr()
    assert main(["import", "--into", str(db), str(tmp_path / "none.l2fh")]) == 1
    assert _one_line(capsys) == (f"l2fh-desk: {db} does not exist: make the HQ database first with"
                                 f" `l2fh-desk hq init --db {db}`; nothing was done")
    assert not db.exists()


def test_demo_on_a_new_file_still_works_and_makes_its_accounts(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--encounters", "10", "--outreach", "1"]) == 0
    with Store(db, create=False) as store:
        assert store.users.by_username("commander") is not None
