"""Report language: en/vi/fr text lookup and the number and date conventions of each language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum

from l2fh_desk.domain import mds
from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.languages import CODES
from l2fh_desk.domain.vocab import LABELS
from l2fh_desk.reports.i18n_text import TEXT
from l2fh_desk.reports.i18n_vocab import (
    ADDITIONAL,
    FREE_TEXT,
    MDS_HEADER,
    MDS_ITEMS,
    MONTHS_EN,
    RANKS,
    VOCAB,
)

Day = date  # the Translator class has a method named `date`, which hides the type inside it
LANGUAGES = CODES
_INDEX = {"en": 0, "vi": 1, "fr": 2}
NBSP = "\u00a0"


class UnknownLanguage(KnownError, ValueError):
    """A report language other than en, vi or fr."""


class Translator:
    """All words and numbers a report prints, in one language."""

    def __init__(self, lang: str) -> None:
        if lang not in _INDEX:
            raise UnknownLanguage(f"unknown report language {lang!r}: use one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._i = _INDEX[lang]

    # --- words ---------------------------------------------------------------------------------
    def t(self, key: str, **values: object) -> str:
        """A heading or label; `{name}` placeholders are filled with already formatted values."""
        text = TEXT[key][self._i]
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """`n` with the plural form its language's rule picks: a TEXT entry holds "one|other" forms
        (English: 1 day, 2 days; French: 0 jour, 1 jour, 2 jours; Vietnamese has one form)."""
        forms = TEXT[key][self._i].split("|")
        one = n == 1 if self.lang == "en" else n in (0, 1)
        return forms[0 if one or len(forms) == 1 else 1].format(n=self.num(n))

    def vocab(self, value: StrEnum) -> str:
        english = LABELS.get(value, str(value))
        if self._i == 0:
            return english
        found = VOCAB.get(f"{type(value).__name__}.{value.value}")
        return found[self._i - 1] if found else english

    def mds_item(self, item: mds.MdsItem, additional: Sequence[mds.AdditionalItem] = mds.DEFAULT_ADDITIONAL) -> str:
        if item in mds.ADDITIONAL_SLOTS:
            extra = mds.validate_additional(additional)[mds.ADDITIONAL_SLOTS.index(item)]
            known = ADDITIONAL.get(extra.code)
            # A hospital's own item keeps the name it was given; the South Sudan defaults are translated.
            if known is not None and extra.label == known[0]:
                return known[self._i]
            return extra.label
        return mds.MDS_LABEL[item] if self._i == 0 else MDS_ITEMS[item.value][self._i - 1]

    def colon(self, label: str) -> str:
        """A label before a value: French sets a no-break space before the colon."""
        return f"{label}{NBSP}:" if self.lang == "fr" else f"{label}:"

    def mds_header(self, key: str) -> str:
        return MDS_HEADER[key][self._i]

    def free(self, text: str) -> str:
        """Common free-text values (specialties, units) that the demo and most hospitals share."""
        found = FREE_TEXT.get(text)
        return text if found is None or self._i == 0 else found[self._i - 1]

    def person(self, text: str) -> str:
        """A name that may start with an English rank ("Colonel Lê Minh Tuấn")."""
        if self._i == 0:
            return text
        for rank in sorted(RANKS, key=len, reverse=True):
            if text == rank or text.startswith(rank + " "):
                return RANKS[rank][self._i - 1] + text[len(rank):]
        return text

    # --- numbers and dates ---------------------------------------------------------------------
    def num(self, value: float, decimals: int = 0) -> str:
        text = f"{value:,.{decimals}f}"
        if self.lang == "vi":
            return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        if self.lang == "fr":
            return text.replace(",", NBSP).replace(".", ",")
        return text

    def qty(self, value: float) -> str:
        """A quantity: whole numbers without decimals, others with one."""
        return self.num(value, 0 if float(value).is_integer() else 1)

    def pct(self, share: float, decimals: int = 1) -> str:
        body = self.num(share * 100, decimals)
        return f"{body}{NBSP}%" if self.lang == "fr" else f"{body}%"

    def date(self, day: Day) -> str:
        if self.lang == "en":
            return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        return f"{day.day:02d}/{day.month:02d}/{day.year}"

    def short_date(self, day: Day) -> str:
        """Day and month only, for column headings."""
        return f"{day.day} {MONTHS_EN[day.month - 1]}" if self.lang == "en" else f"{day.day:02d}/{day.month:02d}"

    def datetime(self, moment: datetime) -> str:
        return f"{self.date(moment.date())} {moment:%H:%M} UTC"

    def month(self, year: int, month: int) -> str:
        if self.lang == "en":
            return f"{MONTHS_EN[month - 1]} {year}"
        return f"{month:02d}/{year}"

    def page(self, number: int, total: int) -> str:
        return self.t("page_of", page=number, total=total)
