"""`l2fh-desk encrypt` interrupted: by a power cut (SIGKILL, here) while it converts the database or its backups,
or by Ctrl-C / SIGTERM. The records are never lost, the hospital is never locked out, no plain copy stays behind
an "already encrypted", and the recovery key is never lost unseen. Real processes on a real demo file."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.store.encrypt import is_plain_database

ROOT = Path(__file__).resolve().parents[2]
RECOVERY = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})$", re.M)


def _env(**extra: str) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), L2FH_USER="commander", L2FH_PASSWORD="commander-demo", **extra)
    return environ


def _run(*argv: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True,
                          env=_env(**extra), stdin=subprocess.DEVNULL, timeout=300, check=False)


def _encrypt_stopped_when(db: Path, appears: Path, sig: int) -> subprocess.CompletedProcess[str]:
    """Start `encrypt`, send `sig` the moment the file `appears` exists (the step under way)."""
    proc = subprocess.Popen([sys.executable, "-m", "l2fh_desk", "encrypt", "--db", str(db)], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not appears.exists():
        assert proc.poll() is None, f"encrypt ended before {appears.name} appeared: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.001)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=300)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def hospital(tmp_path: Path) -> Path:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "3000", "--outreach", "10"]) == 0
    assert _run("backup", "--db", str(db)).returncode == 0
    return db


def _encounters(db: Path) -> str:
    checked = _run("check", "--db", str(db))
    assert checked.returncode == 0, checked.stderr
    return re.findall(r"encounters\s+(\d+)", checked.stdout)[0]


def _nothing_plain_left(db: Path) -> None:
    assert not is_plain_database(db)
    for backup in (db.parent / "backups").glob("*.bak"):
        assert not is_plain_database(backup), backup.name
        assert Path(f"{backup}.keyslots").is_file()
    assert not (db.parent / "h.db.key").read_bytes().startswith(b"-----BEGIN")
    leftovers = [p.name for p in (*db.parent.glob(".*"), *(db.parent / "backups").glob(".*"))]
    assert leftovers == []


def test_a_power_cut_while_the_database_is_converted_locks_nobody_out(hospital: Path) -> None:
    cut = _encrypt_stopped_when(hospital, hospital.parent / ".h.db.encrypting", signal.SIGKILL)
    assert cut.returncode == -signal.SIGKILL
    refused = _run("check", "--db", str(hospital))
    assert refused.returncode == 1
    [line] = refused.stderr.strip().splitlines()
    assert f"The encryption of {hospital} was interrupted" in line and f"l2fh-desk encrypt --db {hospital}" in line

    again = _run("encrypt", "--db", str(hospital))
    assert again.returncode == 0, again.stderr
    assert RECOVERY.search(again.stdout), again.stdout
    assert _encounters(hospital) == "3000"
    _nothing_plain_left(hospital)


def test_a_power_cut_while_the_backups_are_converted_is_finished_by_encrypt_again(hospital: Path) -> None:
    [backup] = (hospital.parent / "backups").glob("*.bak")
    cut = _encrypt_stopped_when(hospital, backup.with_name(f".{backup.name}.encrypting"), signal.SIGKILL)
    assert cut.returncode == -signal.SIGKILL
    assert is_plain_database(backup)  # the plain copy of every record: it must not stay behind "already encrypted"

    again = _run("encrypt", "--db", str(hospital))
    assert again.returncode == 0, again.stderr
    assert "interrupted" in again.stdout
    recovery = RECOVERY.search(again.stdout)
    assert recovery is not None, again.stdout  # the first one was never shown: a new one replaces it
    _nothing_plain_left(hospital)
    assert _encounters(hospital) == "3000"
    by_key = _run("check", "--db", str(hospital), "--recovery-key", L2FH_RECOVERY_KEY=recovery[1])
    assert by_key.returncode == 0, by_key.stderr
    done = _run("encrypt", "--db", str(hospital))
    assert done.returncode == 1 and "already encrypted" in done.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_ctrl_c_or_sigterm_midway_waits_for_the_conversion_and_shows_the_recovery_key(hospital: Path,
                                                                                     sig: int) -> None:
    stopped = _encrypt_stopped_when(hospital, hospital.parent / ".h.db.encrypting", sig)
    assert stopped.returncode == 0, stopped.stderr
    recovery = RECOVERY.search(stopped.stdout)
    assert recovery is not None, stopped.stdout
    _nothing_plain_left(hospital)
    by_key = _run("check", "--db", str(hospital), "--recovery-key", L2FH_RECOVERY_KEY=recovery[1])
    assert by_key.returncode == 0, by_key.stderr
