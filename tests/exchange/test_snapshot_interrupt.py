"""Ctrl-C (or SIGTERM, which the command line turns into Ctrl-C) while SQLite reads a received snapshot stops the
command as an interruption; only a query that really ran over its bound is blamed on the bundle."""

from __future__ import annotations

import signal
import sqlite3 as stock_sqlite3  # a plain rollback-journal file, as a snapshot is
from pathlib import Path

import pytest

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.snapshot import Snapshot

ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _snapshot(tmp_path: Path) -> Snapshot:
    path = tmp_path / "data.sqlite"
    conn = stock_sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return Snapshot(path)


def test_ctrl_c_during_a_snapshot_query_is_an_interruption_not_a_refusal(tmp_path: Path) -> None:
    snap = _snapshot(tmp_path)
    snap.max_calls = 10**12  # only the signal can stop it
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    previous = signal.signal(signal.SIGALRM, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            snap.run(ENDLESS)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        snap.close()


def test_a_query_over_its_bound_is_still_refused_in_one_line(tmp_path: Path) -> None:
    snap = _snapshot(tmp_path)
    snap.max_calls = 50
    try:
        with pytest.raises(BundleRefused, match="ran over its time or work limit"):
            snap.run(ENDLESS)
    finally:
        snap.close()
