"""Messages a user gets when something is wrong say what is wrong, in one line, and change nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from l2fh_desk.cli import COMMANDS, main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "60", "--outreach", "5"]) == 0
    return path


def _err(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_a_mistyped_command_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demoo", "--db", "x.db"]) == 2
    err = _err(capsys)
    assert "'demoo' is not a command" in err and all(name in err for name in COMMANDS)


def test_restore_from_a_file_that_is_no_backup_blames_the_file(demo_db: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4 not a database")
    before = demo_db.read_bytes()
    assert main(["restore", "--from", str(pdf), "--db", str(demo_db)]) == 1
    err = _err(capsys)
    assert "r.pdf is not a good backup" in err and "nothing was changed" in err and "damaged" not in err
    assert demo_db.read_bytes() == before


def test_export_fhir_into_a_missing_folder_names_the_folder(demo_db: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-fhir", "--db", str(demo_db), "--out", str(tmp_path / "nodir" / "f.json")]) == 1
    assert _err(capsys) == f"l2fh-desk: the folder {tmp_path / 'nodir'} does not exist"
    assert not (tmp_path / "nodir").exists()


def test_a_missing_hq_key_file_is_said_to_be_missing(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "--db", str(demo_db), "--set-hq-key", "nope.pub"]) == 1
    err = _err(capsys)
    assert "nope.pub does not exist" in err and "base64" not in err


def test_no_screen_is_one_line_not_a_qt_abort(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", "--db", str(tmp_path / "h.db")], capture_output=True,
                          text=True, timeout=60, env={**env, "L2FH_DATA_DIR": str(tmp_path / "data")})
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "l2fh-desk: no screen was found (DISPLAY is not set), so the window cannot open;"
        " the commands work without one: l2fh-desk --help"]
    assert not (tmp_path / "h.db").exists()


def test_sigterm_makes_the_close_backup_like_quit(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    db.write_bytes(demo_db.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "L2FH_DATA_DIR": str(tmp_path / "data"),
           "PYTHONWARNINGS": "ignore"}
    app = subprocess.Popen([sys.executable, "-m", "l2fh_desk", "--db", str(db)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    backups = tmp_path / "backups"
    try:
        deadline = time.monotonic() + 60
        while not list(backups.glob("*.daily.*bak")) and time.monotonic() < deadline:  # the app is up
            time.sleep(0.2)
        time.sleep(1)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert len(list(backups.glob("*.close.*bak"))) == 1


def test_two_demo_seeds_never_name_the_same_hospital(tmp_path: Path) -> None:
    from l2fh_desk.store.store import Store

    names = set()
    for seed in (1, 7, 0, -6):
        db = tmp_path / f"seed{seed}.db"
        assert main(["demo", "--db", str(db), "--encounters", "5", "--outreach", "1", "--seed", str(seed)]) == 0
        with Store(db) as store:
            hospital = store.hospitals.this()
            assert hospital is not None
            names.add(hospital.name)
    assert len(names) == 4 and "Viet Nam Level-2 Field Hospital No. 4" in names
