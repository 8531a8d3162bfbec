"""The app's database beside its neighbours, with SIGKILLs: nothing the app reported as saved is ever lost.

A real process holds the database as the window does (`writer.py --like-app`: a main store saving encounters in
a loop, and a background page's second store opened and closed beside it). Around it, again and again, real
processes run the app's own commands on the same file -- `keys`, `report handover`, `backup`, `export`,
`--version`, `check` -- and a stock `sqlite3` shell and a stdlib `sqlite3` query, the tools a commander or a
technician runs beside the open app. Neighbours and the holder are SIGKILLed at random moments.

Proved after every round: no neighbour ever deleted the -wal (or -shm) the holder is writing into (the holder's
open descriptors never point at a deleted file); every save the holder reported as committed is in the file and
whole; `check` passes; a neighbour that was not killed did its job (exit 0, no traceback).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from l2fh_desk.store.check import check_database
from tests.reliability.harness import WRITER, check_saves, long_or, small_hospital

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = long_or(2, 25)
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
       "L2FH_USER": "commander", "L2FH_PASSWORD": "commander-demo"}  # a demo database's commander

# A stdlib sqlite3 query: its connection closing checkpoints the WAL and deletes it whenever it believes it is
# the last one with the file open.
STDLIB_QUERY = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM encounters").fetchone()
conn.close()
"""


STOCK = ("stdlib sqlite3", "sqlite3 shell")


def neighbours(db: Path, out: Path, n: int) -> dict[str, list[str]]:
    app = [sys.executable, "-m", "l2fh_desk"]
    commands = {
        "keys": [*app, "keys", "--db", str(db)],
        "report": [*app, "report", "handover", "--db", str(db), "--out", str(out / f"handover-{n}.pdf")],
        "backup": [*app, "backup", "--db", str(db)],
        "export": [*app, "export", "--db", str(db), "--out", str(out / f"bundle-{n}.l2fh")],
        "version": [*app, "--version", "--db", str(db)],
        "check": [*app, "check", "--db", str(db)],
        "stdlib sqlite3": [sys.executable, "-c", STDLIB_QUERY, str(db)],
    }
    shell = shutil.which("sqlite3")
    if shell is not None:
        commands["sqlite3 shell"] = [shell, str(db), "SELECT count(*) FROM encounters;"]
    return commands


class Holder:
    """`writer.py --like-app`: its "committed <id>" lines read by a thread, so the pipe never fills."""

    def __init__(self, db: Path, log: Path) -> None:
        self.log = log.open("ab")
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(db), "--like-app"], stdout=subprocess.PIPE,
                                     stderr=self.log, env=ENV)
        self.committed: set[str] = set()
        self.first = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith(b"committed "):
                self.committed.add(line.split()[1].decode())
                self.first.set()
        self.first.set()

    def deleted_files(self, db: Path) -> list[str]:
        """The holder's descriptors of the database, its -wal or -shm whose file was deleted under it."""
        found = []
        folder = Path(f"/proc/{self.proc.pid}/fd")
        for fd in os.listdir(folder):
            try:
                target = os.readlink(folder / fd)
            except OSError:
                continue
            if target.startswith(str(db)) and target.endswith(" (deleted)"):
                found.append(target)
        return found

    def kill(self) -> set[str]:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=60)
        self.reader.join(timeout=60)
        self.log.close()
        return self.committed


def run_neighbour(name: str, command: list[str], rng: random.Random, holder: Holder, db: Path,
                  problems: list[str]) -> None:
    """Run one neighbour, perhaps SIGKILLed at a random moment; a problem found is added to `problems`."""
    problem = _neighbour(name, command, rng, holder, db)
    if problem:
        problems.append(problem)


def _neighbour(name: str, command: list[str], rng: random.Random, holder: Holder, db: Path) -> str | None:
    proc = subprocess.Popen(command, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=db.parent)
    killed = rng.random() < 0.35
    if killed:
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    said = (out + err).decode(errors="replace")
    if holder.proc.poll() is None and (deleted := holder.deleted_files(db)):
        return f"after {name}: the holder writes into deleted files {deleted}"
    if proc.returncode == -signal.SIGKILL or name in STOCK:
        return None  # a stock tool cannot read a file encrypted at rest: only what it does to the app counts
    if proc.returncode != 0 or "Traceback" in said:
        return f"{name} exited {proc.returncode} beside the app: {said[-600:]}"
    return None


@pytest.mark.skipif(sys.platform != "linux", reason="reads the holder's descriptors in /proc")
def test_saves_survive_neighbours_and_sigkills(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    out = tmp_path / "out"
    out.mkdir()
    rng = random.Random(20261202)
    committed: set[str] = set()
    for round_ in range(ROUNDS):
        holder = Holder(db, tmp_path / "holder.log")
        assert holder.first.wait(timeout=120) and holder.proc.poll() is None, (tmp_path / "holder.log").read_text()
        commands = list(neighbours(db, out, round_).items())
        rng.shuffle(commands)
        kill_after = rng.randrange(len(commands) + 1)  # the holder dies among its neighbours, or after them all
        problems: list[str] = []
        for i in range(0, len(commands), 2):  # two neighbours at a time beside the holder
            if i // 2 == kill_after // 2 and holder.proc.poll() is None:
                time.sleep(rng.uniform(0.0, 0.3))
                assert not holder.deleted_files(db), holder.deleted_files(db)
                committed |= holder.kill()
            threads = [threading.Thread(target=run_neighbour, args=(name, command, rng, holder, db, problems))
                       for name, command in commands[i:i + 2]]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        if holder.proc.poll() is None:
            assert not holder.deleted_files(db), holder.deleted_files(db)
            committed |= holder.kill()
        assert not problems, f"round {round_}: {problems}"
        result = check_saves(db, committed)
        assert result.integrity == ["ok"], f"round {round_}: {result.integrity}"
        assert not result.lost, f"round {round_}: {len(result.lost)} of {len(committed)} reported saves lost"
        assert not result.partial, f"round {round_}: partial saves {result.partial[:3]}"
        assert result.chain_break is None, f"round {round_}: audit chain broken at {result.chain_break}"
    assert len(committed) >= ROUNDS
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", "check", "--db", str(db)], env=ENV,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_beside_the_saving_app_finds_nothing_wrong(tmp_path: Path) -> None:
    """`check` reads the whole file as one snapshot: a save committed while it runs is never a record "added
    outside L2FH Desk" (a record read without its seal, read a statement earlier)."""
    db = small_hospital(tmp_path / "h.db")
    holder = subprocess.Popen([sys.executable, str(WRITER), str(db), "--direct"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, env=ENV)
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith(b"committed ")
        threading.Thread(target=holder.stdout.read, daemon=True).start()  # the pipe never fills
        for _ in range(long_or(12, 100)):
            report = check_database(db)
            assert report.ok, report.problems
    finally:
        holder.kill()
        holder.wait()


# A backup, an export or a close beside the running app signs the chain's head (store/heads.py) while the app
# goes on writing audit rows (and signing every 100th).
SIGNER = r"""
import sys
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.store import heads
from l2fh_desk.store.store import Store

store = Store(sys.argv[1], create=False)
for i in range(int(sys.argv[2])):
    store.settings.set(f"probe-{sys.argv[3]}", i, actor=SYSTEM)  # one more audit row: a new head to sign
    heads.sign(store.db, "export")
store.close()
print("done")
"""


def test_heads_signed_by_processes_side_by_side_never_collide(tmp_path: Path) -> None:
    """Each head takes the next number inside the transaction that writes it: two processes signing at once (an
    export beside the app's backup) never both take the same one ("UNIQUE constraint failed: audit_heads.n")."""
    db = small_hospital(tmp_path / "h.db")
    signers = [subprocess.Popen([sys.executable, "-c", SIGNER, str(db), str(long_or(60, 400)), str(i)], env=ENV,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(3)]
    for signer in signers:
        out, err = signer.communicate(timeout=600)
        assert signer.returncode == 0 and out.strip() == "done", err[-800:]
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", "check", "--db", str(db)], env=ENV,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
