"""A disk that fails under SQLite and under our writers: `write`/`pwrite` and `fsync`/`fdatasync` made to fail with
ENOSPC or EIO by an LD_PRELOAD shim (`diskfault.c`, built here with cc), not by our own write hook.

- A save whose WAL write or COMMIT fsync fails says "disk full" or "input/output error" in one line, saves
  nothing of that form (SQLite rolled the whole transaction back), keeps every earlier save, and the same form
  saves once the fault is gone, once (its record id is kept; no duplicate).
- A database file that fails under checkpoints loses no save: the WAL keeps them.
- CSV, FHIR, PDF, bundle and backup writes that fail say so in one line naming the file, leave no file behind and
  no audit row, and succeed once the fault is gone.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from l2fh_desk.store.db import Database
from tests.reliability.faults import build_preload
from tests.reliability.harness import LONG, ids, small_hospital

ROOT = Path(__file__).resolve().parents[2]
SHIM = Path(__file__).with_name("diskfault.c")
SAVER = Path(__file__).with_name("fault_saver.py")
# The one-line vocabulary of `errors.describe`: "The disk is full", "the disk at E: is full" (an export's own words).
WORDS = {"ENOSPC": re.compile(r"disk (at .* )?is full"), "EIO": re.compile(r"input/output error")}
WRITES, SYNCS = "write,pwrite", "fsync,fdatasync"


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_preload(SHIM, tmp_path_factory.mktemp("shim"))


def env_for(shim: Path, plan: Path, log: Path) -> dict[str, str]:
    return {**os.environ, "LD_PRELOAD": str(shim), "DISKFAULT_PLAN": str(plan), "DISKFAULT_LOG": str(log),
            "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


def hits(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


class Saver:
    """`fault_saver.py` under the shim: the window's store, kept open, saving one form at a time."""

    def __init__(self, shim: Path, db: Path, plan: Path, log: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(SAVER), str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(shim, plan, log),
                                     text=True)

    def ask(self, command: str) -> dict[str, str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        assert line, self.proc.stderr.read() if self.proc.stderr else ""
        answer: dict[str, str] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0, self.proc.stderr.read() if self.proc.stderr else ""


@pytest.fixture
def saver(shim: Path, tmp_path: Path) -> Iterator[tuple[Saver, Path, Path, Path]]:
    db = small_hospital(tmp_path / "h.db")
    plan, log = tmp_path / "plan", tmp_path / "faults.log"
    running = Saver(shim, db, plan, log)
    try:
        yield running, db, plan, log
    finally:
        plan.unlink(missing_ok=True)
        if running.proc.poll() is None:
            running.proc.kill()
            running.proc.wait()


def integrity(db: Path) -> str:
    reader = Database(db, readonly=True)  # read as the app reads its own file (the at-rest key included)
    try:
        return str(reader.scalar("PRAGMA integrity_check"))
    finally:
        reader.close()


def check(db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", "check", "--db", str(db)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


@pytest.mark.parametrize(("error", "ops", "skip"), [
    ("ENOSPC", WRITES, 0),  # the first WAL write of the save (half of it written, then ENOSPC)
    ("ENOSPC", WRITES, 2),  # a later one: some of the save's pages are already in the WAL
    ("EIO", WRITES, 0),
    ("EIO", SYNCS, 0),  # COMMIT's fsync of the WAL
], ids=["enospc-first-write", "enospc-later-write", "eio-write", "eio-commit-fsync"])
def test_a_failing_disk_under_a_save_says_so_and_keeps_every_earlier_save(
        saver: tuple[Saver, Path, Path, Path], error: str, ops: str, skip: int) -> None:
    app, db, plan, log = saver
    earlier = {app.ask("save")["saved"] for _ in range(3)}
    before = ids(db, "encounters")
    plan.write_text(f"{error} {ops} {skip} {db}-wal\n")
    refused = app.ask("save")
    assert hits(log), "the fault was never hit"
    assert "error" in refused, refused
    assert refused["bug"] == "False" and WORDS[error].search(refused["error"]), refused
    assert "savepoint" not in refused["error"]
    # Nothing of the refused save is in the file, everything saved before is, and the file is sound.
    assert ids(db, "encounters") == before and earlier <= before
    assert integrity(db) == "ok"
    refused_again = app.ask("save")  # the disk is still failing: refused again, nothing changed
    assert "error" in refused_again and refused_again["id"] == refused["id"]
    plan.unlink()
    retried = app.ask("save")  # the fault is gone: the same form saves, under the id it kept
    assert retried == {"saved": refused["id"]}
    assert "saved" in app.ask("save")
    app.close()
    assert len(ids(db, "encounters")) == len(before) + 2  # no duplicate of the retried form
    done = check(db)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("ops", [WRITES, SYNCS])
def test_a_failing_database_file_under_checkpoints_loses_no_save(
        saver: tuple[Saver, Path, Path, Path], ops: str) -> None:
    """In WAL mode only checkpoints write the database file itself: a save never waits on them, and a failed
    checkpoint leaves the saves in the WAL."""
    app, db, plan, log = saver
    plan.write_text(f"EIO {ops} 0 {db}\n")
    saved: set[str] = set()
    while not hits(log):  # until a checkpoint (after about 1,000 WAL pages) has tried to write the file
        answer = app.ask("save")
        assert "saved" in answer, answer
        saved.add(answer["saved"])
        assert len(saved) < 3000, "no checkpoint ever wrote the database file"
    for _ in range(5):
        answer = app.ask("save")
        assert "saved" in answer, answer
        saved.add(answer["saved"])
    assert saved <= ids(db, "encounters")
    plan.unlink()
    app.close()  # the last connection closing checkpoints for real now
    assert saved <= ids(db, "encounters")
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0
    done = check(db)
    assert done.returncode == 0, done.stdout + done.stderr


def output_commands(db: Path, out: Path) -> dict[str, tuple[list[str], Path]]:
    """Each command writing a file under `out`, and the file it makes."""
    return {
        "export-csv": (["export-csv", "--db", str(db), "--out", str(out / "csv")], out / "csv" / "encounters.csv"),
        "export-fhir": (["export-fhir", "--db", str(db), "--out", str(out / "fhir.json")], out / "fhir.json"),
        "report": (["report", "handover", "--db", str(db), "--out", str(out / "handover.pdf")], out / "handover.pdf"),
        "export": (["export", "--db", str(db), "--out", str(out / "rotation.l2fh")], out / "rotation.l2fh"),
        "backup": (["backup", "--db", str(db), "--to", str(out)], out),
    }


FAULT_KINDS = [("ENOSPC", WRITES), ("EIO", WRITES), ("EIO", SYNCS)]
# The normal run gives each command one kind of fault (every kind is used); the long run gives each every kind.
OUTPUT_CASES = [(command, *kind, 0) for command in ("export-csv", "export-fhir", "report", "export", "backup")
                for kind in FAULT_KINDS] if LONG else [
    ("export-csv", "ENOSPC", WRITES, 0), ("export-fhir", "EIO", SYNCS, 0), ("report", "EIO", WRITES, 0),
    ("export", "ENOSPC", WRITES, 0), ("backup", "EIO", SYNCS, 0)]
# patients.csv written whole (its one write let through), then the disk fills under encounters.csv: none of the
# three lists is left, not a new patients.csv alone.
OUTPUT_CASES.append(("export-csv", "ENOSPC", WRITES, 1))
if LONG:  # patients.csv fsynced, then encounters.csv's fsync fails: again none of the three is put in place
    OUTPUT_CASES.append(("export-csv", "EIO", SYNCS, 1))


def produced(out: Path) -> list[str]:
    return sorted(str(path.relative_to(out)) for path in out.rglob("*") if not path.is_dir())


def audited_outputs(db: Path) -> int:
    reader = Database(db, readonly=True)
    try:
        return int(reader.scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'export%' OR action = 'print'"
                                 " OR action LIKE 'backup%'"))
    finally:
        reader.close()


@pytest.mark.parametrize(("command", "error", "ops", "skip"), OUTPUT_CASES)
def test_a_failing_disk_under_an_output_says_so_and_leaves_nothing(
        shim: Path, tmp_path: Path, command: str, error: str, ops: str, skip: int) -> None:
    db = small_hospital(tmp_path / "h.db")
    out = tmp_path / "out"
    out.mkdir()
    plan, log = tmp_path / "plan", tmp_path / "faults.log"
    plan.write_text(f"{error} {ops} {skip} {out}/\n")
    argv, made = output_commands(db, out)[command]
    env = {**env_for(shim, plan, log), "L2FH_USER": "commander", "L2FH_PASSWORD": "commander-demo"}
    before = (ids(db, "encounters"), audited_outputs(db))
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], env=env, capture_output=True, text=True,
                          timeout=300)
    assert hits(log), "the fault was never hit"
    assert done.returncode == 1, done.stdout + done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "Traceback" not in done.stderr
    assert last.startswith("l2fh-desk: ") and WORDS[error].search(last), last
    assert "Errno" not in last
    assert "form" not in last and "nothing was saved" not in last, last  # an output's words, not a save's
    if command == "backup":
        assert "no backup was made" in last and "save again" not in last, last
    assert produced(out) == [], f"{command} left {produced(out)} after a failed write"
    assert (ids(db, "encounters"), audited_outputs(db)) == before  # no audit row for an output never made
    plan.unlink()
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert produced(out) and made.exists()
