"""HQ import SIGKILLed at random moments: the HQ database holds the whole bundle or none of it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.store.check import check_database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts
from tests.reliability.harness import long_or

ROOT = Path(__file__).resolve().parents[2]


def rows_from(hq: Path, origin: str) -> dict[str, int]:
    conn = sqlite3.connect(f"{hq.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {table: int(conn.execute(f"SELECT count(*) FROM {table} WHERE origin = ?", (origin,)).fetchone()[0])
                for table in ("patients", "encounters", "diagnoses", "admissions", "outreach_activities")}
    finally:
        conn.close()


def test_killed_import_is_all_or_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        generate(store, encounters=4000, outreach=20, seed=5)
        bundle = export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None).path
        origin = store.origin
        expected = {table: store.db.scalar(f"SELECT count(*) FROM {table}")
                    for table in ("patients", "encounters", "diagnoses", "admissions", "outreach_activities")}
    rng = random.Random(5)
    outcomes = []
    for attempt in range(long_or(3, 20)):
        hq = hq_accounts(tmp_path / f"hq{attempt}.db")
        proc = subprocess.Popen([sys.executable, "-m", "l2fh_desk", "import", "--into", str(hq), "--trust",
                                 fingerprint_of(bundle), str(bundle)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.stderr is not None
        proc.stderr.readline()  # the first progress line: the import has begun
        time.sleep(rng.uniform(0.0, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if not hq.exists():
            outcomes.append("none")
            continue
        found = rows_from(hq, origin)
        assert found in ({table: 0 for table in expected}, expected), f"attempt {attempt}: partial import {found}"
        outcomes.append("whole" if found == expected else "none")
        assert check_database(hq).ok
    assert len(outcomes) == long_or(3, 20)
