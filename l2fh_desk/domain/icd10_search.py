"""Diagnosis search over the full ICD-10 list, ranked for the triage desk.

Order: the exact code, then codes starting with what was typed, then a lay term, synonym or translation
equal to the query ("malaria", "snake bite", "sốt rét", "paludisme"), then the other matching codes this
hospital has used (most used first), then titles or terms whose first word starts with the first word
typed, then any title or term with every word; within these, whole words before word starts
("pneumonia" before "pneumoniae"), then code order. Terms come from icd10_terms.tsv beside this file.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files

from l2fh_desk.domain.icd10 import _CODE_PREFIX, _WORD, _dotless, _titles, fold, normalise

__all__ = ["search", "terms"]

def _variants(word: str) -> set[str]:
    """The word and its spelling without the British digraphs: "diarrhoea" also as "diarrhea"."""
    plain = word.replace("ae", "e").replace("oe", "e")
    return {word, plain}


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@functools.cache
def terms() -> dict[str, tuple[str, ...]]:
    """Lay terms, spelling variants, Vietnamese and French names per code, from icd10_terms.tsv."""
    text = files("l2fh_desk.domain").joinpath("icd10_terms.tsv").read_text(encoding="utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *columns = line.split("\t")
        found[normalise(code)] = tuple(t.strip() for column in columns for t in column.split("|") if t.strip())
    return found


@dataclass(frozen=True, slots=True)
class _Index:
    codes: tuple[str, ...]  # dotted, in code order; positions are the ids used below
    position: Mapping[str, int]  # code -> its position
    dotless: tuple[str, ...]  # same order, for code-prefix bisection
    vocabulary: tuple[str, ...]  # every folded word of titles and terms (and its variant), sorted
    postings: tuple[frozenset[int], ...]  # positions whose title or a term has that word
    leading: tuple[str, ...]  # first words of titles and terms, sorted
    leading_postings: tuple[frozenset[int], ...]
    phrases: Mapping[str, frozenset[int]]  # a whole folded title or term -> positions


def _freeze(table: dict[str, set[int]]) -> tuple[tuple[str, ...], tuple[frozenset[int], ...]]:
    keys = tuple(sorted(table))
    return keys, tuple(frozenset(table[k]) for k in keys)


@functools.cache
def _index() -> _Index:
    titles = _titles()
    extra = terms()
    codes = tuple(titles)
    by_word: dict[str, set[int]] = {}
    by_lead: dict[str, set[int]] = {}
    phrases: dict[str, set[int]] = {}
    for position, code in enumerate(codes):
        for text in (titles[code], *extra.get(code, ())):
            words = _words(text)
            if not words:
                continue
            for word in words:
                for form in _variants(word):
                    by_word.setdefault(form, set()).add(position)
            for form in _variants(words[0]):
                by_lead.setdefault(form, set()).add(position)
            for phrase in {" ".join(words), " ".join(w.replace("ae", "e").replace("oe", "e") for w in words)}:
                phrases.setdefault(phrase, set()).add(position)
    vocabulary, postings = _freeze(by_word)
    leading, leading_postings = _freeze(by_lead)
    return _Index(codes=codes, position={c: p for p, c in enumerate(codes)}, dotless=tuple(_dotless(c) for c in codes), vocabulary=vocabulary,
                  postings=postings, leading=leading, leading_postings=leading_postings,
                  phrases={k: frozenset(v) for k, v in phrases.items()})


def _prefixed(keys: tuple[str, ...], postings: tuple[frozenset[int], ...], prefix: str) -> frozenset[int]:
    # Words are [a-z0-9]+, and "{" sorts after "z", so [lo, hi) is every key starting with prefix.
    lo = bisect_left(keys, prefix)
    hi = bisect_left(keys, prefix + "{", lo)
    return frozenset().union(*postings[lo:hi])


# The first letters typed match thousands of words; their unions are kept so each keystroke stays cheap.
@functools.lru_cache(maxsize=4096)
def _with_word(prefix: str) -> frozenset[int]:
    index = _index()
    return _prefixed(index.vocabulary, index.postings, prefix)


@functools.lru_cache(maxsize=4096)
def _with_leading_word(prefix: str) -> frozenset[int]:
    index = _index()
    return _prefixed(index.leading, index.leading_postings, prefix)


def _by_code_prefix(index: _Index, prefix: str) -> list[int]:
    start = bisect_left(index.dotless, prefix)
    end = bisect_left(index.dotless, prefix + "~", start)  # "~" sorts after every digit and letter
    return list(range(start, end))


def _by_words(words: Iterable[str]) -> set[int]:
    # Longest words first: they match the fewest codes, so the running intersection stays small.
    matches: set[int] | None = None
    for word in sorted(set(words), key=len, reverse=True):
        found = _with_word(word)
        matches = set(found) if matches is None else matches & found
        if not matches:
            return set()
    return matches or set()


def _by_whole_words(index: _Index, words: Iterable[str]) -> set[int]:
    """Codes with every word as a whole word ("pneumonia", not only "pneumoniae")."""
    matches: set[int] | None = None
    for word in set(words):
        at = bisect_left(index.vocabulary, word)
        if at == len(index.vocabulary) or index.vocabulary[at] != word:
            return set()
        found = index.postings[at]
        matches = set(found) if matches is None else matches & found
    return matches or set()


def search(query: str, limit: int | None = None, *, usage: Mapping[str, int] | None = None) -> list[tuple[str, str]]:
    """Every matching code, best first: [(code, title), ...]; `limit` keeps only the first ones.

    `usage` is how often this hospital has used each code (the commonest come first in each rank)."""
    if (limit is not None and limit <= 0) or not query.strip():
        return []
    index = _index()
    titles = _titles()
    usage = usage or {}
    codes = index.codes
    # The codes this hospital has used are few (tens to hundreds): only they need a sort by count;
    # everything else is ordered by position with set operations and sorted() in C (5,000 rows for "a").
    used = {index.position[c]: n for c, n in usage.items() if n > 0 and c in index.position}

    def arrange(group: set[int] | frozenset[int]) -> list[int]:
        lifted = sorted((p for p in used if p in group), key=lambda p: (-used[p], p))
        return lifted + sorted(group.difference(used))

    ranked: list[int] = []
    prefix = _dotless(normalise(query))
    # A letter and at least one digit: a lone letter is far more likely the start of a word.
    by_code: set[int] = set()
    if _CODE_PREFIX.fullmatch(prefix):
        # Code prefixes stay in code order (S06, S06.0, S06.1 ...): what the typist is walking through.
        found = _by_code_prefix(index, prefix)
        ranked = [p for p in found if index.dotless[p] == prefix] + [p for p in found if index.dotless[p] != prefix]
        by_code = set(found)
    words = _words(query)
    if words:
        phrase = " ".join(words)
        exact = index.phrases.get(phrase, frozenset()) | index.phrases.get(
            phrase.replace("ae", "e").replace("oe", "e"), frozenset())
        matched = _by_words(words) - by_code
        whole = _by_whole_words(index, words)
        exact_term = matched & exact
        leading = (matched & _with_leading_word(words[0])) - exact_term
        anywhere = matched - exact_term - leading
        ranked += arrange(exact_term & whole) + arrange(exact_term - whole)
        # Among the other word matches the codes this hospital uses come first (the common case: B50.9
        # before a rare "Malaria due to simian plasmodia"), then leading-word matches, then the rest.
        common = {p for p in used if p in leading or p in anywhere}
        ranked += sorted(common, key=lambda p: (-used[p], p))
        for tier in (leading - common, anywhere - common):
            ranked += sorted(tier & whole) + sorted(tier - whole)
    if limit is not None:
        ranked = ranked[:limit]
    return [(codes[p], titles[codes[p]]) for p in ranked]
