"""The shipped fonts (in resources/fonts) and the fallback order by script; no reportlab, so the window's
start can read it (reports/fonts.py registers them for the PDFs)."""

from __future__ import annotations

from dataclasses import dataclass

PRIMARY = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # Latin with every diacritic, Vietnamese, Greek, Cyrillic


@dataclass(frozen=True)
class Fallback:
    name: str  # the name reportlab registers it under
    filename: str
    shaped: bool  # needs HarfBuzz shaping (conjuncts, vowel signs placed before the consonant)


ARABIC = Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", shaped=False)  # joined and reordered before
FALLBACKS = (
    ARABIC,
    Fallback("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", shaped=False),
    Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
    Fallback("NotoSansBengali", "NotoSansBengali-Regular.ttf", shaped=True),
    Fallback("DroidSansFallbackCJK", "DroidSansFallback-CJK.ttf", shaped=False),  # Chinese, Japanese kana
    Fallback("L2FHHangul", "L2FHHangul-Regular.ttf", shaped=False),  # Korean: Nanum Gothic's syllables, renamed
)
