"""Free text the records keep as typed, shown in the window's language when it is one most hospitals share:
ranks (also at the start of a name), specialties, the set-up's "General" ward and outreach units with the
plural form each language uses. The words come from the tables the reports print with
(reports/i18n_vocab.py), so the window and the PDF say the same; anything else is shown as typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject

from l2fh_desk.reports.i18n import Translator
from l2fh_desk.ui.i18n import translations


def _words() -> Translator:
    return Translator(translations().language)


def free(text: str) -> str:
    """A specialty, a unit or a ward name in the window's language (as typed when it is not a common one)."""
    return _words().free(text)


def number(value: int) -> str:
    """A count grouped as the window's language writes it: 1,180 / 1.180 / 1 180."""
    return QLocale(translations().language).toString(int(value))


def person(text: str) -> str:
    """A name that may start with a rank ("Senior Lieutenant Colonel Nguyễn Văn Hùng"): the rank translated."""
    return _words().person(text)


COUNTED_UNITS = ("masks", "lessons", "sessions", "consultations")


class Units(QObject):
    """Units counted in whole numbers, with Qt's plural forms (%Ln: the number grouped as the language does).
    A QObject's own tr(), because lupdate reads a plural only from tr(text, disambiguation, n)."""

    def counted(self, unit: str, n: int) -> str:
        if unit == "masks":
            return self.tr("%Ln masks", "", n)
        if unit == "lessons":
            return self.tr("%Ln lessons", "", n)
        if unit == "sessions":
            return self.tr("%Ln sessions", "", n)
        return self.tr("%Ln consultations", "", n)


_units: list[Units] = []


def _counted(unit: str, n: int) -> str:
    if not _units:
        _units.append(Units())
    return _units[0].counted(unit, n)


def quantity_text(quantity: float | None, unit: str) -> str:
    """ "1,353 masks" / "1.353 khẩu trang" / "1 353 masques"; "" when no quantity was recorded."""
    if quantity is None:
        return ""
    if unit.strip() in COUNTED_UNITS and float(quantity).is_integer() and abs(quantity) < 2**31:
        return _counted(unit.strip(), int(quantity))
    locale = QLocale(translations().language)
    number = (locale.toString(int(quantity)) if float(quantity).is_integer()
              else locale.toString(float(quantity), "f", 2).rstrip("0"))
    return f"{number} {free(unit.strip())}".strip()
