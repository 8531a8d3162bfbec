"""Rotating log files under the data folder, set up once by the CLI and the GUI; secrets never reach them."""

from __future__ import annotations

import logging
import os
import re
import sys
from contextlib import suppress
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "l2fh-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

# `password=hunter2`, `"passphrase": "x"`, `--password hunter2`: the value is replaced, the key kept so the
# log still says a password was involved.
_SECRET = re.compile(
    r"""(?ix)
    (?P<key>["']?-{0,2}(?:password|passphrase|passwd|pwd|secret|private[_-]?key|token)["']?)
    (?P<sep>\s*[:=]\s*|\s+)
    (?P<value>"[^"]*"|'[^']*'|[^\s,;}]+)
    """
)


def redact(text: str) -> str:
    """The text with every password-like value replaced by ***."""
    return _SECRET.sub(lambda m: f"{m.group('key')}{m.group('sep')}***", text)


def redact_argv(argv: list[str]) -> list[str]:
    """Command-line arguments as safe to log: the value after a secret option (or after `=`) is masked."""
    out: list[str] = []
    hide_next = False
    for arg in argv:
        if hide_next:
            out.append("***")
            hide_next = False
            continue
        name, eq, _value = arg.partition("=")
        secret = bool(re.search(r"password|passphrase|secret|token", name, re.I)) and name.startswith("-")
        if secret and eq:
            out.append(f"{name}=***")
        else:
            out.append(arg)
            hide_next = secret
    return out


class RedactingFormatter(logging.Formatter):
    """Formats as usual (traceback included), then masks secrets in the whole record."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


_state: dict[str, Path | None] = {"file": None}


def log_file() -> Path | None:
    """The file this process logs to, or None if logging to a file is not set up (or was impossible)."""
    return _state["file"]


class OwnerOnlyFileHandler(RotatingFileHandler):
    """The log file (and each one made on rotation) is the owner's only: 0600 on POSIX, whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            with suppress(OSError):
                os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(*, debug: bool = False, folder: Path | None = None) -> Path | None:
    """Log to a rotating file (and, with debug, to stderr); return the file, or None if it can't be written.

    Called by the CLI before any command runs and by the GUI at start. Calling it again replaces our
    handlers, so tests and a GUI started from the CLI do not log twice.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_l2fh", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    formatter = RedactingFormatter(_FORMAT)
    path: Path | None = None
    try:
        if folder is None:
            from l2fh_desk.paths import logs_dir

            folder = logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        file_handler = OwnerOnlyFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as exc:
        # A read-only stick or a full disk must not stop a medic from working; say so once on stderr.
        print(f"l2fh-desk: cannot write the log file ({exc}); continuing without it", file=sys.stderr)
        path = None
    else:
        file_handler.setFormatter(formatter)
        file_handler._l2fh = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    if debug:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        stream._l2fh = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    _state["file"] = path
    return path
