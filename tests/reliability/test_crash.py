"""Crash safety: a real writer process SIGKILLed at random moments loses no reported save and leaves none half-done."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from l2fh_desk.store.check import check_database
from tests.reliability.harness import WRITER, check_saves, ids, long_or, small_hospital

KILLS = long_or(100, 1000)


class ForkServer:
    """writer.py in fork-server mode: imports once, so each killed writer costs milliseconds, not a start-up."""

    def __init__(self, db: Path, log: Path) -> None:
        self.log = log.open("wb")
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(db)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.log, env=env, bufsize=0)

    def line(self) -> str:
        assert self.proc.stdout is not None
        raw = self.proc.stdout.readline()
        assert raw, f"writer server ended; stderr in {self.log.name}"
        return raw.decode().strip()

    def run_and_kill(self, seed: int, delay: float) -> tuple[set[str], int]:
        """Start one writer child, SIGKILL it after `delay` s; the ids it reported and its wait status."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"fork {seed}\n".encode())
        self.proc.stdin.flush()
        committed: set[str] = set()
        first = self.line()
        assert first.startswith("child "), first
        pid = int(first.split()[1])
        # Kill among the writes (not during start-up): after the first reported save, at a random moment.
        line = self.line()
        if line.startswith("committed "):
            committed.add(line.split()[1])
        else:
            assert line.startswith("exit "), line
            return committed, int(line.split()[2])
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while True:
            line = self.line()
            if line.startswith("committed "):
                committed.add(line.split()[1])
            elif line.startswith("exit "):
                return committed, int(line.split()[2])

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.write(b"quit\n")
            self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.log.close()


def test_sigkilled_writer_loses_nothing_and_leaves_nothing_partial(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    rng = random.Random(20261122)
    server = ForkServer(db, tmp_path / "writer.log")
    committed: set[str] = set()
    try:
        for kill in range(KILLS):
            reported, status = server.run_and_kill(seed=kill, delay=rng.uniform(0.0, 0.03))
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"writer ended by itself (status {status}): {(tmp_path / 'writer.log').read_text()[-2000:]}")
            committed |= reported
            result = check_saves(db, committed)
            assert result.integrity == ["ok"], f"kill {kill}: {result.integrity}"
            assert not result.lost, f"kill {kill}: {len(result.lost)} reported saves lost"
            assert not result.partial, f"kill {kill}: partial saves {result.partial[:3]}"
            assert result.chain_break is None, f"kill {kill}: audit chain broken at {result.chain_break}"
    finally:
        server.close()
    assert result.saved >= len(committed) > KILLS
    assert check_database(db).ok


def test_killing_the_whole_writer_process_also_loses_nothing(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    committed: set[str] = set()
    for _ in range(3):
        proc = subprocess.Popen([sys.executable, str(WRITER), str(db), "--direct"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # writing has begun
        assert first.startswith(b"committed "), proc.stderr.read() if proc.stderr else b""
        time.sleep(random.uniform(0.01, 0.1))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed |= {line.split()[1].decode() for line in (first + out).splitlines() if line.startswith(b"committed ")}
        result = check_saves(db, committed)
        assert result.integrity == ["ok"] and not result.lost and not result.partial and result.chain_break is None
    assert ids(db, "encounters") >= committed
