"""Numbers on the command line have sane bounds: one clear line, exit 2, nothing made."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("command", "options"), [
    (["demo"], ["--encounters", "100000000"]),
    (["demo"], ["--outreach", "-1"]),
    (["report", "handover"], ["--rotation", "100000000000000000000", "--out", "h.pdf"]),
    (["report", "handover"], ["--rotation", "many", "--out", "h.pdf"]),
])
def test_a_number_out_of_bounds_is_refused_in_one_line(tmp_path: Path, command: list[str],
                                                       options: list[str]) -> None:
    db = tmp_path / "h.db"
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", *command, "--db", str(db), *options],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "OverflowError" not in done.stderr
    assert "outside" in done.stderr or "not a whole number" in done.stderr
    assert not db.exists()
