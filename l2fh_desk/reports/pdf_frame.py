"""The page frame both PDF reports share: A4, a header and a footer on every page, "page X of Y"."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from l2fh_desk.reports import fonts
from l2fh_desk.reports.i18n import Translator

MARGIN = 16 * mm
BODY_WIDTH = 504.0  # the text column of every page in points: A4 less the margins (504.6), rounded down
GREY = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#b8c2cc")
HEAD_BG = colors.HexColor("#dde6ef")
UN_BLUE = colors.HexColor("#1f5fa8")


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer print on every page."""

    header_left: str
    header_right: str
    footer_lines: tuple[str, ...]


class Styles:
    """The paragraph styles of both reports (created once; reportlab styles are plain data)."""

    _made: Styles | None = None

    def __new__(cls) -> Styles:
        if cls._made is None:
            cls._made = super().__new__(cls)
            cls._made._setup()
        return cls._made

    def _setup(self) -> None:
        family = fonts.register()
        self.body = ParagraphStyle("body", fontName=family, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=9.6)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head_cell = ParagraphStyle("head_cell", parent=self.cell, fontName=fonts.BOLD)
        self.head_right = ParagraphStyle("head_right", parent=self.head_cell, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=self.body, fontName=fonts.BOLD, fontSize=20, leading=25,
                                    textColor=UN_BLUE, spaceAfter=6 * mm)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=fonts.BOLD, fontSize=13, leading=16,
                                 textColor=UN_BLUE, spaceBefore=4 * mm, spaceAfter=2.5 * mm, keepWithNext=True)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=fonts.BOLD, fontSize=10, leading=13,
                                 spaceBefore=3 * mm, spaceAfter=1.5 * mm, keepWithNext=True)


class Story:
    """The flowables of one document in order, with numbered sections ("2. Summary") and data-text helpers."""

    def __init__(self, tr: Translator) -> None:
        self.tr, self.s = tr, Styles()
        self.items: list[Flowable] = []
        self.section = 1

    def add(self, *flowables: Flowable) -> None:
        self.items.extend(flowables)

    def h1(self, key: str) -> None:
        self.section += 1
        self.add(Paragraph(f"{self.section}. {self.tr.t(key)}", self.s.h1))

    def h2(self, text: str) -> None:
        self.add(Paragraph(text, self.s.h2))

    def text(self, text: str) -> None:
        self.add(para(text, self.s.body), Spacer(1, 2 * mm))

    def cell(self, text: str) -> Wrap:
        """Typed text for a table cell: wrapped, its line breaks kept, cut past one page's worth with a note
        saying how much more the record holds."""
        return Wrap(noted(text, self.tr))


def _numbered_canvas(frame: PageFrame, tr: Translator) -> type[pdfcanvas.Canvas]:
    class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]  # reportlab ships no type hints
        """Keeps each page's state so "page X of Y" can be drawn once Y is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_frame(self, frame, tr, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _fit_header(left: str, right: str, room: float) -> tuple[str, str, float]:
    """Shrink the header font, then shorten the right-hand text, so the two never overlap."""
    gap = 12.0
    left, right = clip(left, 200), clip(right, 200)  # a 10,000-character hospital name must not cost minutes
    for size in (8.0, 7.5, 7.0, 6.5):
        if stringWidth(left, fonts.BOLD, size) + stringWidth(right, fonts.REGULAR, size) + gap <= room:
            return left, right, size
    size = 6.5
    while right and stringWidth(left, fonts.BOLD, size) + stringWidth(right + "…", fonts.REGULAR, size) + gap > room:
        right = right[:-1]
    return left, right.rstrip() + "…", size


def _draw_frame(c: pdfcanvas.Canvas, frame: PageFrame, tr: Translator, number: int, total: int) -> None:
    width, height = c._pagesize
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    top = height - MARGIN + 4 * mm
    left, right, size = _fit_header(frame.header_left, frame.header_right, width - 2 * MARGIN)
    c.setFillColor(UN_BLUE)
    draw_text(c, MARGIN, top, left, fonts.BOLD, size)
    c.setFillColor(GREY)
    draw_text(c, width - MARGIN, top, right, fonts.REGULAR, size, right=True)
    c.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
    base = MARGIN - 6 * mm
    c.line(MARGIN, base + 3.5 * mm * len(frame.footer_lines), width - MARGIN, base + 3.5 * mm * len(frame.footer_lines))
    for index, line in enumerate(reversed(frame.footer_lines)):
        draw_text(c, MARGIN, base + index * 3.5 * mm, line, fonts.REGULAR, 6.5)
    c.setFont(fonts.BOLD, 8)
    c.setFillColor(colors.black)
    c.drawRightString(width - MARGIN, base, tr.page(number, total))
    c.restoreState()


def build(path_or_file: Any, story: Sequence[Flowable], *, frame: PageFrame, tr: Translator, title: str,
          author: str, progress: Callable[[int], None] | None = None) -> None:
    """Lay the story out on A4 pages with the shared header and footer; byte-identical for the same input."""
    doc = BaseDocTemplate(path_or_file, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN + 2 * mm, title=title, author=author,
                          creator="L2FH Desk", invariant=1)
    body = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    if progress is not None:
        doc.setProgressCallBack(lambda kind, value: progress(value) if kind == "PAGE" else None)
    doc.build(list(story), canvasmaker=_numbered_canvas(frame, tr))


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, numeric: Sequence[int] = (),
          total_row: bool = False, repeat: int = 1) -> Table:
    """A ruled table whose header row repeats when it breaks across pages; header texts wrap."""
    styles = Styles()
    data = [list(r) for r in rows]
    for r in range(repeat):
        data[r] = [_whole_words(Paragraph(c, styles.head_right if i in numeric else styles.head_cell)
                                if isinstance(c, str) else c, widths[i]) for i, c in enumerate(data[r])]
    for row in data[repeat:]:
        for i, c in enumerate(row):
            if isinstance(c, Wrap):
                # A paragraph only where the text needs wrapping: plain cells lay out many times faster.
                text = clip(str(c))
                fits = ("\n" not in c and fonts.plain(text)
                        and stringWidth(text, fonts.REGULAR, 8) <= widths[i] - 6)
                row[i] = text if fits else para(text, styles.cell)
    t = Table(data, colWidths=list(widths), repeatRows=repeat, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 8),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if repeat:
        style += [("BACKGROUND", (0, 0), (-1, repeat - 1), HEAD_BG), ("VALIGN", (0, 0), (-1, repeat - 1), "BOTTOM")]
    for column in numeric:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total_row:
        style += [("FONT", (0, -1), (-1, -1), fonts.BOLD, 8), ("LINEABOVE", (0, -1), (-1, -1), 0.8, GREY)]
    t.setStyle(TableStyle(style))
    return t


MAX_DATA_TEXT = 400  # characters of one typed value on paper; a longer one would outgrow a page (LayoutError)
MAX_DATA_LINES = 8  # line breaks kept in one value (each costs a line of the cell)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clip(text: str, limit: int = MAX_DATA_TEXT) -> str:
    """Typed text made printable: control characters blanked, cut with "…" past `limit` characters."""
    text = _CONTROLS.sub(" ", text)
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def noted(text: str, tr: Translator, limit: int = MAX_DATA_TEXT) -> str:
    """`text` whole if it fits a cell (`limit` characters, MAX_DATA_LINES lines), else cut at a word with a
    translated note of how many characters were left out, so the reader knows to open the record."""
    lines = text.split("\n")
    kept = "\n".join(lines[:MAX_DATA_LINES])
    if len(kept) <= limit and len(lines) <= MAX_DATA_LINES:
        return text
    note = tr.t("text_more", n="{n}")
    room = max(20, limit - len(note) - 6)
    cut = kept[:room]
    if " " in cut[room // 2:]:
        cut = cut[:cut.rindex(" ")]
    cut = cut.rstrip()
    return cut + note.replace("{n}", tr.num(len(text) - len(cut)))


class Wrap(str):
    """Cell text that `table` sets plainly when it fits the column and as a wrapping paragraph otherwise."""


def _whole_words(cell: Any, width: float) -> Any:
    """A header whose longest word is wider than its column ("Hospitalisations" in 45 pt) in a smaller font, so
    that it wraps between words, never inside one (not below 6 pt)."""
    if not isinstance(cell, Paragraph):
        return cell
    style = cell.style
    words = re.sub(r"<[^>]+>", " ", cell.text).split()
    room = width - 6

    def widest(size: float) -> float:
        return max((stringWidth(word, style.fontName, size) for word in words), default=0.0)

    size = float(style.fontSize)
    while size > 6 and widest(size) > room:
        size -= 0.5
    if size == style.fontSize:
        return cell
    smaller = ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.2)
    return Paragraph(cell.text, smaller)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of data text: escaped, so a name with "<" or "&" prints as typed; clipped to fit a page;
    other scripts set in their fallback font (Arabic joined, right to left; Devanagari and Bengali shaped)."""
    text = clip(text)
    if fonts.plain(text):
        return Paragraph(_escape(text).replace("\n", "<br/>"), style)
    shaped = False
    parts = []
    for name, chunk in fonts.runs(fonts.visual(text)):
        if name == fonts.REGULAR:
            parts.append(_escape(chunk).replace("\n", "<br/>"))
        else:
            shaped = shaped or fonts.is_shaped(name)
            parts.append(f'<font face="{name}">{_escape(chunk)}</font>'.replace("\n", "<br/>"))
    return Paragraph("".join(parts), _shaped(style) if shaped else style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_SHAPED_STYLES: dict[str, ParagraphStyle] = {}


def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    """The style with HarfBuzz shaping on (its base font the shapable copy of DejaVu Sans)."""
    made = _SHAPED_STYLES.get(style.name)
    if made is None:
        made = _SHAPED_STYLES[style.name] = ParagraphStyle(f"{style.name}-shaped", parent=style,
                                                           fontName=fonts.ensure(fonts.SHAPED), shaping=1)
    return made


def draw_text(c: pdfcanvas.Canvas, x: float, y: float, text: str, font: str, size: float, *,
              right: bool = False) -> None:
    """One line of text on the canvas at (x, y) (its right end at x if `right`), with the fallback fonts."""
    pieces = [(font, text)] if fonts.plain(text) else [
        (font if name == fonts.REGULAR else name, chunk) for name, chunk in fonts.runs(fonts.visual(text))]
    widths = [stringWidth(chunk, name, size) for name, chunk in pieces]
    x = x - sum(widths) if right else x
    for (name, chunk), width in zip(pieces, widths, strict=True):
        c.setFont(name, size)
        c.drawString(x, y, chunk, shaping=fonts.is_shaped(name))
        x += width
