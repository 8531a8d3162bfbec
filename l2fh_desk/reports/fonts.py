"""The report fonts: DejaVu Sans (Latin with every diacritic, Vietnamese) and a fallback per script.

reportlab has no font fallback, so typed text is cut into runs: each character goes to DejaVu Sans when it
has the glyph, else to the first fallback that does (Arabic always to Noto Sans Arabic). Arabic is shaped
(contextual forms, arabic-reshaper) and put in right-to-left order (python-bidi) before layout; Devanagari
and Bengali are shaped by HarfBuzz (uharfbuzz) through reportlab's `shaping`. The fallbacks are subsets
built by `python -m tools.fonts` (licences beside them in resources/fonts).
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from l2fh_desk.paths import resource
from l2fh_desk.reports.font_files import ARABIC, FALLBACKS

REGULAR, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
SHAPED = "DejaVuSans-Shaped"  # the same face, registered for HarfBuzz: the base font of a shaped paragraph
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# A right-to-left stretch: Arabic words with the spaces between them (reordered as one).
_RTL = re.compile(f"[{_ARABIC_LETTERS}]+(?:[ \u00a0]+[{_ARABIC_LETTERS}]+)*")
_ARABIC_CHAR = re.compile(f"[{_ARABIC_LETTERS}]")


@cache
def register() -> str:
    """Register DejaVu Sans once per process; returns the family name for paragraph styles. The shapable
    copy and the fallbacks are registered by `ensure` the first time a text needs them (parsing the CJK
    subset alone costs a quarter of a second, and most reports never need it)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


@cache
def ensure(name: str) -> str:
    """`name` registered (the shapable DejaVu Sans or a fallback), on first use; returns it."""
    register()
    if name == SHAPED:
        pdfmetrics.registerFont(TTFont(SHAPED, str(resource("fonts", _FILES[REGULAR])), shapable=True))
        addMapping(SHAPED, 0, 0, SHAPED)
        addMapping(SHAPED, 1, 0, BOLD)
        addMapping(SHAPED, 0, 1, ITALIC)
        addMapping(SHAPED, 1, 1, BOLD)
        return name
    fallback = next(f for f in FALLBACKS if f.name == name)
    pdfmetrics.registerFont(TTFont(fallback.name, str(resource("fonts", fallback.filename)), shapable=fallback.shaped))
    for bold in (0, 1):  # one weight each: bold text in another script prints regular
        for italic in (0, 1):
            addMapping(fallback.name, bold, italic, fallback.name)
    return name


@cache
def coverage(name: str) -> frozenset[int]:
    """The code points the font `name` has a glyph for (registering it if it is a fallback)."""
    if name == REGULAR:
        register()
    else:
        ensure(name)
    face = pdfmetrics.getFont(name).face
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


def plain(text: str) -> bool:
    """True when DejaVu Sans alone sets `text` (no other script, nothing to shape or reorder)."""
    if text.isascii():
        return True
    have = coverage(REGULAR)
    return all(ord(ch) in have for ch in text) and not _ARABIC_CHAR.search(text)


def visual(text: str) -> str:
    """Arabic stretches joined (presentation forms) and put in right-to-left display order; the rest as is."""
    if not _ARABIC_CHAR.search(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return _RTL.sub(lambda m: str(get_display(arabic_reshaper.reshape(m.group(0)))), text)


def font_for(ch: str) -> str:
    """The font a character is set in: Arabic in Noto Sans Arabic, else DejaVu Sans, else the first fallback
    with the glyph (DejaVu Sans if none has it: an empty box, never a crash)."""
    code = ord(ch)
    if _ARABIC_CHAR.match(ch):
        return ensure(ARABIC.name)
    if code in coverage(REGULAR) or ch.isspace():
        return REGULAR
    for fallback in FALLBACKS:
        if code in coverage(fallback.name):
            return fallback.name
    return REGULAR


def runs(text: str) -> list[tuple[str, str]]:
    """`text` (already in display order, see `visual`) as (font name, characters) runs; spaces stay in the run."""
    out: list[tuple[str, str]] = []
    for ch in text:
        name = out[-1][0] if out and ch in " \u00a0" else font_for(ch)
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def is_shaped(name: str) -> bool:
    return any(f.name == name and f.shaped for f in FALLBACKS)
