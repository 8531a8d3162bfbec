"""Three SIGKILLs in the middle of a large `demo` write: each leaves a database that passes `check`."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from l2fh_desk.store.check import PUBLIC_TABLES, check_database
from tests.reliability.harness import ids, long_or, small_hospital

ROOT = Path(__file__).resolve().parents[2]


def test_killed_demo_writes_leave_a_sound_database_with_every_earlier_record(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db", encounters=50)
    rng = random.Random(3)
    start_patients = len(ids(db, "patients"))
    earlier = {table: ids(db, table) for table in PUBLIC_TABLES if table != "audit_log"}
    for round_ in range(long_or(3, 10)):
        proc = subprocess.Popen(
            [sys.executable, "-m", "l2fh_desk", "demo", "--db", str(db), "--encounters", "8000",
             "--seed", str(round_ + 10)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stderr is not None
        # Wait until the bulk write has started (its first chunk reported), then kill at a random moment.
        marker = (b"patients:", b"encounters:")[round_ % 2]
        for raw in proc.stderr:
            if raw.strip().startswith(marker):
                break
        time.sleep(rng.uniform(0.0, 0.3))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL, "demo finished before it could be killed: make it larger"
        report = check_database(db)
        assert report.ok, f"round {round_}: {report.problems}"
        for table, before in earlier.items():
            now = ids(db, table)
            assert before <= now, f"round {round_}: {len(before - now)} earlier {table} rows lost"
            earlier[table] = now
    # The kills landed among the bulk writes: whole chunks committed before each death are kept.
    assert len(earlier["patients"]) > start_patients and len(earlier["encounters"]) > 50
