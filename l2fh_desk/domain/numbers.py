"""Numbers as people type them in their language: "1,200" (en), "1.200" (vi), "1 200" (fr) all read as 1200."""

from __future__ import annotations

import re

from l2fh_desk.domain.errors import DomainError

# The decimal mark and the group (thousands) mark of each language; spaces always group.
MARKS: dict[str, tuple[str, str]] = {"en": (".", ","), "vi": (",", "."), "fr": (",", " ")}
SPACES = " \u00a0\u202f\u2009"  # space, no-break space, narrow no-break space (French), thin space


class UnreadableNumber(DomainError):
    """The text is not a number in the user's language (shown beside the field, never a crash);
    `ambiguous` when it reads two ways ("1.200" in French), `fraction` when a whole number was needed."""

    def __init__(self, message: str, *, field: str = "", ambiguous: bool = False, fraction: bool = False) -> None:
        super().__init__(message, field=field)
        self.ambiguous = ambiguous
        self.fraction = fraction


def example(language: str) -> str:
    """Twelve hundred and a half as a user of `language` writes it (for the hint beside a field)."""
    decimal, group = MARKS.get(language, MARKS["en"])
    return f"1{group}200{decimal}5"


def _grouped(digits: str, group: str) -> bool:
    return re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})+", digits) is not None


def parse_number(text: str, language: str = "en", *, integer: bool = False, field: str = "") -> float | None:
    """The number in `text` (None when empty); raises UnreadableNumber for anything else.

    Spaces of any kind are thousands separators. With one kind of mark, the language decides: its
    group mark with groups of three digits groups ("1,200" in English), otherwise a single mark is the
    decimal point ("37,5" is 37.5 in every language, as medics type it). With both marks, the last one
    is the decimal point ("1.200,5" or "1,200.5").
    """
    decimal, group = MARKS.get(language, MARKS["en"])
    raw = text.strip()
    if not raw:
        return None
    sign = -1.0 if raw[0] in "-\u2212" else 1.0
    body = raw[1:].strip() if raw[0] in "-+\u2212" else raw
    if any(ch in SPACES for ch in body):
        spaced = body.translate({ord(ch): " " for ch in SPACES})
        if not _grouped(re.split(r"[,.]", spaced, maxsplit=1)[0], " "):
            raise UnreadableNumber(f"{text!r} is not a number", field=field)
        body = spaced.replace(" ", "")
    marks = {ch for ch in body if ch in ",."}
    if len(marks) == 2:
        point = "," if body.rfind(",") > body.rfind(".") else "."
        other = "." if point == "," else ","
        whole, _, fraction = body.rpartition(point)
        if not _grouped(whole, other) or other in fraction:
            raise UnreadableNumber(f"{text!r} is not a number", field=field)
        body = whole.replace(other, "") + "." + fraction
    elif len(marks) == 1:
        (mark,) = marks
        if (mark == group or body.count(mark) > 1) and _grouped(body, mark):
            body = body.replace(mark, "")
        elif mark != decimal and mark != group and _grouped(body, mark):
            # "1.200" in French: a thousands point or a decimal one; refuse rather than guess
            raise UnreadableNumber(f"{text!r} could be read two ways", field=field, ambiguous=True)
        elif body.count(mark) == 1:
            body = body.replace(mark, ".")
        else:
            raise UnreadableNumber(f"{text!r} is not a number", field=field)
    if not re.fullmatch(r"\d+(?:\.\d+)?|\.\d+", body):
        raise UnreadableNumber(f"{text!r} is not a number", field=field)
    value = sign * float(body)
    if integer and not value.is_integer():
        raise UnreadableNumber(f"{text!r} is not a whole number", field=field, fraction=True)
    return value
