"""`l2fh-desk ... | head -1`: when the program reading the output stops early, the command ends quietly (exit 1,
as Python's own advice has it), never with an "unexpected error" or an errno line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "50", "--outreach", "2"]) == 0
    return path


@pytest.mark.parametrize("args", [["--version"], ["check", "--db", "DB"], ["--version", "--db", "DB"]])
def test_a_reader_that_stops_early_gets_no_error(demo_db: Path, tmp_path: Path, args: list[str]) -> None:
    command = [sys.executable, "-m", "l2fh_desk", *[str(demo_db) if a == "DB" else a for a in args]]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
                               env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written (`| head -0`)
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1
    assert err == ""
