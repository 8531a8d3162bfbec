"""What this installation is: version, build, database, schema, hospital and key, for About and --version."""

from __future__ import annotations

import importlib
import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l2fh_desk import __version__

if TYPE_CHECKING:
    from l2fh_desk.store.store import Store

DEVELOPMENT = "development"


def build_info() -> dict[str, str]:
    """Build date and commit written by build.spec into l2fh_desk/_build_info.py; "development" otherwise."""
    try:
        module = importlib.import_module("l2fh_desk._build_info")
    except ImportError:
        return {"build_date": DEVELOPMENT, "build_commit": ""}
    return {
        "build_date": str(getattr(module, "BUILD_DATE", DEVELOPMENT)),
        "build_commit": str(getattr(module, "BUILD_COMMIT", "")),
    }


def key_fingerprint(db_path: Path | None) -> str | None:
    """This installation's signing-key fingerprint, if the exchange part is present and the key exists.

    Never makes a key: asking "what is this installation" must not change it.
    """
    if db_path is None:
        return None
    try:
        keys = importlib.import_module("l2fh_desk.exchange.keys")
    except ImportError:
        return None
    key_path = getattr(keys, "signing_key_path", None)
    load = getattr(keys, "load_signing_key", None)
    if key_path is None or load is None or not key_path(db_path).exists():
        return None
    try:
        return str(load(db_path).fingerprint)
    except Exception as exc:  # a damaged key file: About still opens and says so
        return f"unreadable ({exc})"


def about_info(store: Store | None, db_path: Path | str | None) -> dict[str, Any]:
    """Everything the About dialog and `l2fh-desk --version` show, as plain values (None = unknown)."""
    path = Path(db_path) if db_path is not None else (store.path if store is not None else None)
    info: dict[str, Any] = {
        "version": __version__,
        **build_info(),
        "db_path": str(path) if path is not None else None,
        "db_exists": bool(path is not None and path.exists()),
        "schema_version": None,
        "hospital_id": None,
        "hospital_name": None,
        "key_fingerprint": None,
        "python": platform.python_version(),
        "platform": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "frozen": bool(getattr(sys, "frozen", False)),
        "log_file": None,
    }
    from l2fh_desk import logs

    log = logs.log_file()
    info["log_file"] = str(log) if log is not None else None
    if store is not None:
        info["schema_version"] = store.db.user_version
        info["hospital_id"] = store.origin or None
        hospital = store.hospitals.this() if store.origin else None
        info["hospital_name"] = hospital.name if hospital is not None else None
    info["key_fingerprint"] = key_fingerprint(path)
    return info


_LABELS = (
    ("version", "Version"),
    ("build_date", "Build date"),
    ("build_commit", "Build commit"),
    ("db_path", "Database"),
    ("schema_version", "Schema version"),
    ("hospital_name", "Hospital"),
    ("hospital_id", "Hospital UUID"),
    ("key_fingerprint", "Key fingerprint"),
    ("log_file", "Log file"),
    ("python", "Python"),
    ("platform", "System"),
)


def about_lines(info: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, text) pairs in display order; unknown values read "none" or a short reason."""
    lines: list[tuple[str, str]] = []
    for key, label in _LABELS:
        value = info.get(key)
        if key == "build_commit" and not value:
            continue
        if key == "db_path" and value is not None and not info.get("db_exists"):
            value = f"{value} (not created yet)"
        if key == "schema_version" and value is None and info.get("db_error"):
            value = f"unreadable: {info['db_error']}"
        lines.append((label, "none" if value is None or value == "" else str(value)))
    return lines


def about_text(info: dict[str, Any]) -> str:
    lines = [f"L2FH Desk {info['version']}"]
    lines += [f"  {label + ':':<17}{text}" for label, text in about_lines(info)[1:]]
    return "\n".join(lines)
