"""One place that finds shipped resources and the user's data folder (installed, editable or frozen)."""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from functools import cache
from pathlib import Path

APP_NAME = "L2FH Desk"
APP_AUTHOR = "L2FH"
PORTABLE_MARKER = "portable"
DATA_DIR_ENV = "L2FH_DATA_DIR"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache
def resources_dir() -> Path:
    """The `resources/` folder: beside the frozen executable, inside the wheel, or in the checkout."""
    candidates: list[Path] = []
    if is_frozen():
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    # A checkout (editable install or a source tree on sys.path) keeps resources/ beside the package;
    # a wheel (pip install ., pipx) holds it inside the package (l2fh_desk/resources, see setup.py).
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The resources folder of L2FH Desk is missing; reinstall the application.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def program_dir() -> Path:
    """The folder of the program that was started: the frozen executable, else the launcher script."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    # `l2fh-desk` (the console script) or a script that calls l2fh_desk.cli.main.
    return Path(sys.argv[0] or ".").resolve().parent


def portable_dir() -> Path | None:
    """A `portable` marker beside the executable keeps all data beside it (USB-stick use)."""
    base = program_dir()
    return base if (base / PORTABLE_MARKER).is_file() else None


def data_dir() -> Path:
    """Folder for the default database, keys, backups and logs.

    In order: the L2FH_DATA_DIR environment variable, a portable folder, the user's data folder.
    """
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    portable = None if override else portable_dir()
    if override:
        path = Path(override).expanduser()
    elif portable is not None:
        path = portable / "data"
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    _owner_only(path)
    return path


def _owner_only(folder: Path) -> None:
    """The data folder and its sub-folders are the owner's only (0700 on POSIX, whatever the umask)."""
    if os.name == "posix":
        with suppress(OSError):  # a folder of another owner (a shared portable stick) is left as it is
            os.chmod(folder, 0o700)


def default_db_path() -> Path:
    return data_dir() / "l2fh.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    _owner_only(path)
    return path


def keys_dir() -> Path:
    path = data_dir() / "keys"
    path.mkdir(parents=True, exist_ok=True)
    _owner_only(path)
    return path


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    _owner_only(path)
    return path
