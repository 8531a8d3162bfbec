"""One place that turns an exception into words, for the command line and the window alike (no Qt here)."""

from __future__ import annotations

import errno
from dataclasses import dataclass

from pydantic import ValidationError

from l2fh_desk.domain.errors import DomainError, KnownError, first_error


@dataclass(frozen=True)
class Described:
    text: str  # what went wrong, in one sentence
    remedy: str  # what to do about it ("" when the text says it all)
    field: str  # the form field it belongs beside ("" for the whole record or action)
    line: str  # the one line the command line prints
    is_bug: bool  # not caused by the input or the environment: the traceback goes to the log


def describe(exc: BaseException) -> Described:
    """Known errors (the `KnownError` family, a form's ValidationError, an OS error) in their own words;
    anything else is a bug, named by its type."""
    if isinstance(exc, (ValidationError, DomainError)):
        text = first_error(exc)
        field = exc.field if isinstance(exc, DomainError) else _first_field(exc)
        return Described(text, "", field, text, is_bug=False)
    if isinstance(exc, KnownError):
        message = getattr(exc, "message", None)
        text = message if isinstance(message, str) else str(exc)
        return Described(text, exc.remedy, "", str(exc), is_bug=False)
    if isinstance(exc, OSError):
        disk = _disk_trouble(exc)
        if disk is not None:
            return disk
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return Described((exc.strerror or str(exc)) + where, "", "", str(exc), is_bug=False)
    return Described(f"{type(exc).__name__}: {exc}", "", "", f"{type(exc).__name__}: {exc}", is_bug=True)


def _first_field(exc: ValidationError) -> str:
    errors = exc.errors()
    return str(errors[0]["loc"][-1]) if errors and errors[0]["loc"] else ""


# A drive that failed under a file we write (a CSV, FHIR, PDF or key; `store/files.atomic_file` names the file),
# in the words a save uses ("disk full", "input/output error"), not as "[Errno 28] No space left on device".
_DISK: dict[int, tuple[str, str, str]] = {
    errno.ENOSPC: ("The disk is full", "{path} was not written.",
                   "Free some space or choose another drive, then try again."),
    errno.EDQUOT: ("The disk is full", "{path} was not written.",
                   "Free some space or choose another drive, then try again."),
    errno.EROFS: ("The drive is read-only", "{path} was not written.",
                  "Choose a writable folder or unlock the drive, then try again."),
    errno.EIO: ("The disk reported an input/output error", "(at {path})",
                "Check the drive or choose another one, then try again."),
}


def _disk_trouble(exc: OSError) -> Described | None:
    found = _DISK.get(exc.errno or 0)
    if found is None:
        return None
    head, where, remedy = found
    text = _disk_sentence(head, where, getattr(exc, "filename", None))
    return Described(text, remedy, "", f"{text} {remedy}", is_bug=False)


def _disk_sentence(head: str, where: str, path: object) -> str:
    if path is None:
        return f"{head}."
    if where.startswith("("):
        return f"{head} {where.format(path=path)}."
    return f"{head}: {where.format(path=path)}"


def disk_sentences() -> list[str]:
    """Every sentence `_disk_trouble` can say, "{path}" standing for the file (the window's catalogue lists them)."""
    found: list[str] = []
    for head, where, remedy in _DISK.values():
        found += [_disk_sentence(head, where, None), _disk_sentence(head, where, "{path}"), remedy]
    return list(dict.fromkeys(found))
