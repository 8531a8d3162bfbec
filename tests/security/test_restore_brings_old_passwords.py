"""A restore of an encrypted backup brings back the key slots of its time: when they differ from the live ones
(a `recover` or a password change since), `restore` says in one line that the old passwords come back with it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from l2fh_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAYS = "the passwords in force when this backup was made come back with it"


def _run(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True, env=environ,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def _encrypted(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "10", "--outreach", "1"]) == 0
    done = _run("encrypt", "--db", str(db), "--user", "commander", L2FH_PASSWORD="commander-demo")
    assert done.returncode == 0, done.stderr
    found = re.search(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", done.stdout, re.M)
    assert found is not None
    return db, found[1]


def _backup(db: Path, password: str) -> Path:
    before = set((db.parent / "backups").glob("*.bak"))
    made = _run("backup", "--db", str(db), "--user", "commander", L2FH_PASSWORD=password)
    assert made.returncode == 0, made.stderr
    [new] = set((db.parent / "backups").glob("*.bak")) - before
    return new


def test_restoring_a_backup_from_before_a_recover_says_the_old_passwords_come_back(tmp_path: Path) -> None:
    db, recovery = _encrypted(tmp_path)
    old = _backup(db, "commander-demo")
    recovered = _run("recover", "--db", str(db), "--user", "commander", L2FH_RECOVERY_KEY=recovery,
                     L2FH_NEW_PASSWORD="a-brand-new-one")
    assert recovered.returncode == 0, recovered.stderr
    done = _run("restore", "--from", str(old), "--db", str(db), "--user", "commander", L2FH_PASSWORD="a-brand-new-one")
    assert done.returncode == 0, done.stderr
    assert len([line for line in done.stdout.splitlines() if SAYS in line]) == 1, done.stdout
    assert _run("check", "--db", str(db), "--user", "commander", L2FH_PASSWORD="commander-demo").returncode == 0


def test_restoring_a_backup_with_the_same_passwords_says_nothing_of_them(tmp_path: Path) -> None:
    db, _recovery = _encrypted(tmp_path)
    same = _backup(db, "commander-demo")
    done = _run("restore", "--from", str(same), "--db", str(db), "--user", "commander", L2FH_PASSWORD="commander-demo")
    assert done.returncode == 0, done.stderr
    assert SAYS not in done.stdout and "restored from" in done.stdout

