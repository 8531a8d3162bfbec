"""A bug on the command line: one line on stderr and exit 1; the traceback goes to the log (or --debug)."""

from __future__ import annotations

import argparse
from pathlib import Path

from l2fh_desk import logs
from l2fh_desk.cli import main
from l2fh_desk.cli.run import run_command


def _broken_command(args: argparse.Namespace) -> int:
    return {"beds": 20}["cots"]  # a KeyError nobody planned for


def test_unexpected_error_prints_one_line_and_logs_the_traceback(capsys) -> None:
    log = logs.setup_logging()
    status = run_command(argparse.Namespace(handler=_broken_command, debug=False))
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("l2fh-desk: unexpected error: KeyError: 'cots'")
    assert str(log) in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "_broken_command" in text


def test_debug_shows_the_traceback(capsys) -> None:
    logs.setup_logging(debug=True)
    assert run_command(argparse.Namespace(handler=_broken_command, debug=True)) == 1
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err and "_broken_command" in err


def test_main_sets_up_logging_before_the_command_runs(tmp_path: Path, _isolated_data_dir: Path, capsys) -> None:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "5", "--outreach", "0"]) == 0
    log = _isolated_data_dir / "logs" / logs.LOG_NAME
    assert f"demo --db {db}" in log.read_text(encoding="utf-8")


def test_refused_input_is_not_a_crash(tmp_path: Path, capsys) -> None:
    assert main(["check", "--db", str(tmp_path / "missing.db")]) == 1
    err = capsys.readouterr().err
    assert "unexpected error" not in err and "Traceback" not in err
