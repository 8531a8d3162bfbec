"""Hostile database files given to `check`: no uncaught exception, exit 0 or 1 with a message, never a hang."""

from __future__ import annotations

import contextlib
import io
import random
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2fh_desk.cli import main
from l2fh_desk.store.driver import sqlite3
from tests.reliability.harness import long_or, small_hospital
from tests.reliability.mutate import mutate


def run_check(path: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["check", "--db", str(path)])
    return code, err.getvalue()


def assert_refused_cleanly(code: int, err: str) -> None:
    assert code in (0, 1), code
    assert "unexpected error" not in err and "Traceback" not in err, err
    if code == 1:
        assert err.startswith("l2fh-desk: ") and err.strip(), err


@settings(max_examples=long_or(40, 1000), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=20_000))
def test_random_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.db"
        path.write_bytes(data)
        code, err = run_check(path)
        assert_refused_cleanly(code, err)
        if not data.startswith(b"SQLite format 3\x00"):
            assert code == 1 or data == b""


def test_mutated_real_databases(tmp_path: Path) -> None:
    original = small_hospital(tmp_path / "h.db").read_bytes()
    other = small_hospital(tmp_path / "other.db", encounters=5).read_bytes()
    rng = random.Random(8)
    outcomes = {0: 0, 1: 0}
    for number in range(long_or(80, 3000)):
        path = tmp_path / f"m{number}.db"
        path.write_bytes(mutate(original, other, rng))
        code, err = run_check(path)
        assert_refused_cleanly(code, err)
        outcomes[code] += 1
        path.unlink()
    assert outcomes[1] > 0  # most mutations are caught


def test_a_view_built_to_run_forever_does_not_hang_check(tmp_path: Path) -> None:
    path = small_hospital(tmp_path / "h.db")
    conn = sqlite3.connect(path)
    conn.executescript("""
        CREATE VIEW forever AS WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r;
        ALTER TABLE staff RENAME TO staff_old;
        CREATE VIEW staff AS SELECT * FROM staff_old, forever;
        CREATE TRIGGER sneaky AFTER INSERT ON encounters BEGIN UPDATE encounters SET notes = 'x'; END;
    """)
    conn.close()
    started = time.monotonic()
    code, err = run_check(path)
    assert time.monotonic() - started < 5
    assert code == 1
    assert "unexpected view forever" in err and "unexpected trigger sneaky" in err
