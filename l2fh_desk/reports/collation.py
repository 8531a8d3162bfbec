"""Names in Unicode Collation Algorithm order (UCA 10, pyuca's table): "Đinh" beside "D", not after "Võ" as
code points put it. One fixed table whatever the Python version, so the frozen build ships only that one.

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
from pyuca.utils import hexstrings2int


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


@lru_cache(maxsize=8)
def _collator(chars: frozenset[int]) -> NamesCollator:
    return NamesCollator(chars)


def table_for(texts: Iterable[str]) -> NamesCollator:
    """The collation of `texts`: the entries of their characters, loaded once for the same characters."""
    return _collator(frozenset(ord(ch) for text in texts for ch in unicodedata.normalize("NFD", text)))


def sort_keys(texts: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Each text's UCA sort key."""
    texts = list(texts)
    collator = table_for(texts)
    return {text: tuple(collator.sort_key(text)) for text in texts}
