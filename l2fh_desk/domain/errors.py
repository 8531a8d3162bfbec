"""Domain errors whose messages name the field in plain words, ready to show beside a form field."""

from __future__ import annotations

from pydantic import ValidationError


class DomainError(ValueError):
    """A rule a medic would expect was broken; `field` names the form field (or "" for the record)."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class PermissionDenied(PermissionError):
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
    """One line for the command line or a status bar."""
    errors = field_errors(exc)
    field, message = next(iter(errors.items()))
    return message if not field or field.split(".")[-1] in message.lower() else f"{field}: {message}"
