"""The core's refusals in the window's language: the core raises English sentences (the command line prints
them as they are); beside a field they are looked up in context "CoreErrors", where a message with values
("Bed B-04 (General) is taken by …") matches its template ("Bed %1 (%2) is taken by %3 …") and keeps them."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from l2fh_desk.ui.vocab_strings import CORE_MESSAGES

CONTEXT = "CoreErrors"
_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def _templates() -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    """The templates, those with the most words of their own first: "The disk at %1 is full; no backup was made."
    is tried before "%1; no backup was made." (which it also fits)."""
    found = []
    for template in CORE_MESSAGES:
        if _PLACEHOLDER.search(template):
            # split() alternates text and placeholder numbers; the numbers run 1, 2, 3 in the template.
            # Two readings (shortest and longest values): a value may hold the text that follows it.
            parts = _PLACEHOLDER.split(template)
            patterns = tuple(re.compile("".join(group if i % 2 else re.escape(part) for i, part in enumerate(parts)),
                                        re.DOTALL) for group in ("(.+?)", "(.+)"))
            found.append((template, patterns))
    found.sort(key=lambda item: -len(_PLACEHOLDER.sub("", item[0])))
    return tuple(found)


def _fill(text: str, values: tuple[str, ...]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[int(m.group(1)) - 1], text)


def _known(value: str) -> bool:
    return QCoreApplication.translate(CONTEXT, value) != value


def translate_message(message: str, *, depth: int = 3) -> str:
    """`message` in the window's language when it is one of the core's; otherwise as it is. A value that is itself
    one of the core's sentences is translated too (a StorageError's detail, "hq.db is open in process 4711 (…)"),
    down to `depth` levels."""
    exact = QCoreApplication.translate(CONTEXT, message)
    if exact != message:
        return exact
    for template, patterns in _templates():
        readings = [match.groups() for match in (pattern.fullmatch(message) for pattern in patterns) if match]
        if not readings:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            return message
        # the reading whose values are most often the core's own words (the start of a sentence, as
        # store/rotation_dates builds it) -- those are translated too
        values = max(readings, key=lambda groups: sum(_known(v) for v in groups))
        return _fill(translated, tuple(_value(v, depth) for v in values))
    return message


def _value(value: str, depth: int) -> str:
    exact = QCoreApplication.translate(CONTEXT, value)
    if exact != value or depth <= 1:
        return exact
    return translate_message(value, depth=depth - 1)
