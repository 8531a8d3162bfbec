"""`l2fh-desk encrypt` converts a demo-made plain file (its backups and key files too) and every command still works
on it with credentials; `recover` sets a new commander password from the recovery key. Real processes: a fresh
process holds no data key, as a user's next command does not."""

from __future__ import annotations

import os
import re
import sqlite3 as stock_sqlite3  # the stock library on purpose: it must not read the encrypted files
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from tests.factories import hq_accounts

ROOT = Path(__file__).resolve().parents[2]


def _run(*argv: str, password: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    if password is not None:
        environ["L2FH_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True, env=environ,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def _stock_refuses(path: Path) -> None:
    conn = stock_sqlite3.connect(path)
    try:
        with pytest.raises(stock_sqlite3.DatabaseError, match="file is not a database"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_encrypt_converts_a_demo_file_and_every_command_still_works(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "60", "--outreach", "3"]) == 0
    made = _run("backup", "--db", str(db), "--user", "commander", password="commander-demo")
    assert made.returncode == 0, made.stderr
    [plain_backup] = (tmp_path / "backups").glob("*.bak")
    assert plain_backup.read_bytes().startswith(b"SQLite format 3")

    done = _run("encrypt", "--db", str(db), "--user", "commander", password="commander-demo")
    assert done.returncode == 0, done.stderr
    assert "checked: ok" in done.stdout and "reset the password of" in done.stdout
    assert "Accounts page" in done.stdout
    recovery = re.search(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", done.stdout, re.M)
    assert recovery is not None, done.stdout
    for path in (db, plain_backup):  # the same backup name, now encrypted, with its slots file beside it
        _stock_refuses(path)
        assert Path(f"{path}.keyslots").is_file()
    assert not (tmp_path / "h.db.key").read_bytes().startswith(b"-----BEGIN")
    assert not list(tmp_path.glob(".*wiping")) and not list(tmp_path.glob(".*encrypting"))

    refused = _run("check", "--db", str(db))
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    again = _run("encrypt", "--db", str(db), "--user", "commander", password="commander-demo")
    assert again.returncode == 1 and "already encrypted" in again.stderr
    medic = _run("check", "--db", str(db), "--user", "medic", password="medic-demo")
    assert medic.returncode == 1 and len(medic.stderr.strip().splitlines()) == 1  # no slot until a reset
    assert "no key on this encrypted database yet" in medic.stderr and "Accounts page" in medic.stderr
    checked = _run("check", "--db", str(db), "--user", "commander", password="commander-demo")
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), checked.stderr
    for argv in (["backup", "--db", str(db)], ["keys", "--db", str(db)],
                 ["report", "handover", "--db", str(db), "--out", str(tmp_path / "h.pdf")],
                 ["export", "--db", str(db), "--out", str(tmp_path / "b.l2fh")],
                 ["export-csv", "--db", str(db), "--out", str(tmp_path / "csv")],
                 ["--version", "--db", str(db)]):
        result = _run(*argv, "--user", "commander", password="commander-demo")
        assert result.returncode == 0, (argv, result.stderr)
        if argv[0] == "keys":
            found = re.search(r"fingerprint\s+([0-9A-F ]{79})", result.stdout)
            assert found is not None, result.stdout
            fingerprint = found[1].replace(" ", "")
    assert (tmp_path / "h.pdf").read_bytes().startswith(b"%PDF")
    for backup in (tmp_path / "backups").glob("*.bak"):
        _stock_refuses(backup)
    # The bundle carries a plain snapshot (inside the signed bundle), which a new HQ imports.
    assert main(["import", "--into", str(hq_accounts(tmp_path / "hq.db")), "--trust", fingerprint,
                 str(tmp_path / "b.l2fh")]) == 0

    forgotten = _run("recover", "--db", str(db), "--user", "commander", L2FH_RECOVERY_KEY=recovery[1],
                     L2FH_NEW_PASSWORD="a-brand-new-one")
    assert forgotten.returncode == 0, forgotten.stderr
    assert _run("check", "--db", str(db), "--user", "commander", password="commander-demo").returncode == 1
    assert _run("check", "--db", str(db), "--user", "commander", password="a-brand-new-one").returncode == 0
    by_key = _run("check", "--db", str(db), "--recovery-key", L2FH_RECOVERY_KEY=recovery[1])
    assert by_key.returncode == 0, by_key.stderr
