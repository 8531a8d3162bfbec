"""Domain errors whose messages name the field in plain words, ready to show beside a form field."""

from __future__ import annotations

from pydantic import ValidationError


class KnownError(Exception):
    """Caused by the input or the environment, not by a bug: shown as one sentence (with `remedy`, what to do,
    when there is one) and never logged as a bug. The core's refusals all belong to this family."""

    remedy: str = ""


class DomainError(KnownError, ValueError):
    """A rule a medic would expect was broken; `field` names the form field (or "" for the record)."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class PermissionDenied(KnownError, PermissionError):
    """The signed-in role may not perform this action (checked in the core, not only in the UI)."""


def field_errors(exc: ValidationError | DomainError) -> dict[str, str]:
    """Map each failing field to one plain message (pydantic's prefixes stripped)."""
    if isinstance(exc, DomainError):
        return {exc.field: exc.message}
    out: dict[str, str] = {}
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"])
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, DomainError) and cause.field:
            # a cross-field rule names the field it belongs beside
            loc = ".".join([*(str(part) for part in err["loc"]), cause.field])
        message = str(err["msg"])
        for prefix in ("Value error, ", "Assertion failed, "):
            if message.startswith(prefix):
                message = message[len(prefix):]
        out.setdefault(loc, message)
    return out


def first_error(exc: ValidationError | DomainError) -> str:
    """One line for the command line or a status bar, naming the field in plain words."""
    errors = field_errors(exc)
    field, message = next(iter(errors.items()))
    if not field:
        return message
    plain = field.split(".")[-1].replace("_", " ")
    # Most rules already name the field ("Diastolic blood pressure must be ..."); the generic ones
    # ("Cannot be in the future", "Field required", "Input should be ...") need it in front.
    if plain in message.lower() or isinstance(exc, DomainError) or not _is_generic(message):
        return message
    return f"{plain.capitalize()}: {message}"


def _is_generic(message: str) -> bool:
    return message.startswith(("Cannot be", "This field", "Field required", "Input should", "String should", "Value should",
                               "Extra inputs", "Invalid", "Input is", "Value is", "List should", "Tuple should"))
