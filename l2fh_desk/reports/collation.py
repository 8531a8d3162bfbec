"""Names in Vietnamese alphabetical order: the Unicode Collation Algorithm (UCA 10, pyuca's table; one fixed
table whatever the Python version, so the frozen build ships only that one) with CLDR's Vietnamese tailoring
("vi", standard), as ICU applies it:

    &̀<<̉<<̃<<́<<̣      the tones after no tone: huyền, hỏi, ngã, sắc, nặng (a secondary difference)
    &a<ă<<<Ă<â<<<Â    &d<đ<<<Đ    &e<ê<<<Ê    &o<ô<<<Ô<ơ<<<Ơ    &u<ư<<<Ư    letters of their own

so "Dung" < "Đinh" < "Em" (the root table puts Đinh among the D names, before Dung, and "Ân" before "Anh").
A tailored letter gets a primary weight between its base letter's and the next one (a fraction: the keys are
compared as numbers); names with none of these letters or tones keep the root order.

pyuca parses its whole table (about 30,000 entries) in 0.3-0.5 s. A roster needs only the entries made of
the characters of its names: the algorithm looks up the longest entry matching the rest of the (NFD) name,
and such an entry holds only characters of that name; a character with no entry gets a computed weight
either way. So the table is read once as text and only those entries are parsed: the same keys, the same
order, in a few hundredths of a second.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from pyuca.collator import COLL_ELEMENT_PATTERN, Collator_10_0_0
from pyuca.trie import Trie
from pyuca.utils import hexstrings2int

_VI_LETTERS = {"a": "ăâ", "d": "đ", "e": "ê", "o": "ôơ", "u": "ư"}  # base letter → the letters after it
_VI_TONES = "\u0300\u0309\u0303\u0301\u0323"  # grave, hook above, tilde, acute, dot below: in this order
# What the tailoring reads from the table, loaded whatever the names hold.
_TAILORED = frozenset(ord(ch) for ch in (*_VI_LETTERS, *(b.upper() for b in _VI_LETTERS), *_VI_TONES))


@cache
def _table_text() -> tuple[str, ...]:
    import pyuca

    path = Path(pyuca.__file__).parent / f"allkeys-{Collator_10_0_0.UCA_VERSION}.txt"
    return tuple(path.read_text(encoding="utf-8").splitlines())


class NamesCollator(Collator_10_0_0):  # type: ignore[misc]  # pyuca has no type hints
    """UCA 10 restricted to the entries whose characters are all in `chars` (code points, NFD)."""

    def __init__(self, chars: frozenset[int]) -> None:
        self.chars = chars
        self.entries = 0
        super().__init__()

    def load(self, filename: str) -> None:
        """pyuca's own parsing (`BaseCollator.load`), for the lines that can match; `filename` is pyuca's."""
        wanted = {f"{code:04X}" for code in self.chars}
        for line in _table_text():
            if line[:line.find(" ")] not in wanted:  # the first code point of the entry, as the file spells it
                if line.startswith("@implicitweights"):
                    ch_range, base = line.split("#", 1)[0].rstrip()[len("@implicitweights"):].split(";")
                    start, end = ch_range.split("..")
                    self.implicit_weights.append([int(start, 16), int(end, 16), int(base, 16)])
                continue
            keys, weights = line.split("#", 1)[0].split(";", 1)
            chars = [int(code, 16) for code in keys.split()]
            if all(code in self.chars for code in chars):
                self.table.add(chars, [hexstrings2int(m.groups()) for m in COLL_ELEMENT_PATTERN.finditer(weights)])
                self.entries += 1


def tailor(table: Trie) -> None:
    """CLDR's Vietnamese rules applied to a loaded UCA table (entries for a-e-o-u, d and the tone marks)."""

    def element(text: str) -> list[float]:
        found = table.find_prefix([ord(ch) for ch in text])[1]
        assert found is not None and len(found) == 1, text
        return list(found[0])

    for base, letters in _VI_LETTERS.items():
        for case in (str.lower, str.upper):
            primary, secondary, tertiary = element(case(base))
            for step, letter in enumerate(letters, 1):
                weight = primary + step / (len(letters) + 1)
                table.add([ord(ch) for ch in unicodedata.normalize("NFD", case(letter))], [[weight, secondary, tertiary]])
    first = element(_VI_TONES[0])[1]
    for step, mark in enumerate(_VI_TONES[1:], 1):
        table.add([ord(mark)], [[0, first + step / len(_VI_TONES), element(mark)[2]]])


@lru_cache(maxsize=8)
def _collator(chars: frozenset[int]) -> NamesCollator:
    collator = NamesCollator(chars | _TAILORED)
    tailor(collator.table)
    return collator


def table_for(texts: Iterable[str]) -> NamesCollator:
    """The collation of `texts`: the entries of their characters, loaded once for the same characters."""
    return _collator(frozenset(ord(ch) for text in texts for ch in unicodedata.normalize("NFD", text)))


def sort_keys(texts: Iterable[str]) -> dict[str, tuple[float, ...]]:
    """Each text's sort key (tuples of weights, compared in order)."""
    texts = list(texts)
    collator = table_for(texts)
    return {text: tuple(collator.sort_key(text)) for text in texts}
