"""One place that finds shipped resources and the user's data folder (installed, editable or frozen)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_NAME = "L2FH Desk"
APP_AUTHOR = "L2FH"
PORTABLE_MARKER = "portable"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


@cache
def resources_dir() -> Path:
    """The `resources/` folder: beside the frozen executable, inside the wheel, or in the checkout."""
    candidates: list[Path] = []
    if is_frozen():
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources")
    # A checkout (editable install or a source tree on sys.path) keeps resources/ beside the package.
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    try:
        from importlib.resources import files

        candidates.append(Path(str(files("l2fh_desk.resources"))))
    except (ModuleNotFoundError, TypeError):
        pass
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("The resources folder of L2FH Desk is missing; reinstall the application.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def portable_dir() -> Path | None:
    """A `portable` marker beside the executable keeps all data beside it (USB-stick use)."""
    base = Path(sys.executable).parent if is_frozen() else Path(sys.argv[0]).resolve().parent
    return base if (base / PORTABLE_MARKER).exists() else None


def data_dir() -> Path:
    """Folder for the default database, keys, backups and logs."""
    portable = portable_dir()
    if portable is not None:
        path = portable / "data"
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    return data_dir() / "l2fh.db"


def logs_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
