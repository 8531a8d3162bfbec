"""Where data lives: the user's data folder, L2FH_DATA_DIR, or beside the program in portable mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk import paths

LAUNCHER = "import sys\nfrom l2fh_desk.cli import main\nsys.exit(main())\n"


def _run_launcher(folder: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    script = folder / "l2fh_launcher.py"
    script.write_text(LAUNCHER, encoding="utf-8")
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True,
                          env=env, timeout=120, encoding="utf-8", cwd=folder.parent)


def _env_without_override() -> dict[str, str]:
    env = os.environ.copy()
    env.pop(paths.DATA_DIR_ENV, None)
    return env


def test_portable_marker_beside_the_program_keeps_data_beside_it(tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "L2FH Desk"
    stick.mkdir(parents=True)
    (stick / paths.PORTABLE_MARKER).write_text("")
    env = _env_without_override()
    env["HOME"] = str(tmp_path / "home")  # if portable mode failed, data would land here instead
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "share")
    done = _run_launcher(stick, "--version", env=env)
    assert done.returncode == 0, done.stderr
    data = stick / "data"
    assert f"Database:        {data / 'l2fh.db'}" in done.stdout
    assert (data / "logs" / "l2fh-desk.log").is_file()
    assert not (tmp_path / "home").exists()


def test_without_the_marker_data_goes_to_the_user_data_folder(tmp_path: Path) -> None:
    program = tmp_path / "prog"
    program.mkdir()
    env = _env_without_override()
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    done = _run_launcher(program, "--version", env=env)
    assert done.returncode == 0, done.stderr
    assert not (program / "data").exists()
    if sys.platform.startswith("linux"):
        assert (tmp_path / "share" / paths.APP_NAME / "logs" / "l2fh-desk.log").is_file()


def test_frozen_program_looks_beside_the_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "dist" / "l2fh-desk"
    folder.mkdir(parents=True)
    exe = folder / ("l2fh-desk.exe" if sys.platform == "win32" else "l2fh-desk")
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    assert paths.program_dir() == folder.resolve()
    assert paths.portable_dir() is None
    (folder / paths.PORTABLE_MARKER).write_text("")
    assert paths.portable_dir() == folder.resolve()
    assert paths.data_dir() == folder.resolve() / "data"
    assert paths.default_db_path() == folder.resolve() / "data" / "l2fh.db"
    assert paths.logs_dir().is_dir() and paths.backups_dir().is_dir() and paths.keys_dir().is_dir()


def test_a_folder_named_portable_is_not_the_marker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exe = tmp_path / "l2fh-desk"
    exe.write_bytes(b"")
    (tmp_path / paths.PORTABLE_MARKER).mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.portable_dir() is None


def test_data_dir_environment_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert (tmp_path / "elsewhere").is_dir()


def test_resources_are_found() -> None:
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()
