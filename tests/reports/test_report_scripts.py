"""Names in every script of UNMISS and its neighbours print with a font that has their glyphs.

Each name is saved with the store's API (roster, inpatients, commander) and the handover is written; the
PDF must embed the fallback font of each script, and every character of every name must have a glyph in
the font the PDF sets it in (a missing glyph would print as an empty box)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from l2fh_desk.domain.hospital import Hospital, Rotation, StaffMember
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.domain.ward import Admission
from l2fh_desk.paths import resource
from l2fh_desk.reports import fonts
from l2fh_desk.reports.generate import generate_handover
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.services.ward import admit
from l2fh_desk.store.store import Store

NAMES = {
    "Latin": "Nguyễn Thị Ánh · Łukasz Żółć · Ørjan Ødegård · Şükrü Çağlar · Đorđe Šćepanović",
    "Arabic": "محمد علي عبد الله",
    "Ethiopic": "አበበ ቢቂላ",
    "Devanagari": "प्रिया शर्मा",
    "Bengali": "রবীন্দ্রনাথ ঠাকুর",
    "CJK": "王小明 李娜",
    "Hangul": "김민준 이서연",
}
EXPECTED_FONT = {"Arabic": "NotoSansArabic", "Ethiopic": "NotoSansEthiopic", "Devanagari": "NotoSansDevanagari",
                 "Bengali": "NotoSansBengali", "CJK": "DroidSansFallbackCJK",
                 "Hangul": "L2FHHangul"}
FILES = {fonts.REGULAR: "DejaVuSans.ttf", fonts.SHAPED: "DejaVuSans.ttf", fonts.BOLD: "DejaVuSans-Bold.ttf",
         **{f.name: f.filename for f in fonts.FALLBACKS}}


def _cmap(name: str) -> set[int]:
    return set(TTFont(str(resource("fonts", FILES[name]))).getBestCmap())


def _postscript(name: str) -> str:
    """The name the PDF gives the font (its PostScript name, after the subset tag)."""
    return str(TTFont(str(resource("fonts", FILES[name])))["name"].getDebugName(6))


@pytest.fixture
def handover(tmp_path: Path) -> Path:
    today = datetime.now(UTC).date()
    with Store(tmp_path / "h.db") as store:
        add_hospital(store, Hospital(name="UNMISS Level-2 Hospital", mission="UNMISS", location="Malakal"),
                               actor=SYSTEM)
        rotation = store.rotations.create(Rotation(
            hospital_id=store.origin, number=1, start_date=today - timedelta(days=20),
            end_date=today + timedelta(days=100), commander_name=NAMES["Arabic"]), actor=SYSTEM)
        for n, (script, name) in enumerate(NAMES.items()):
            store.staff.create(StaffMember(rotation_id=rotation.id, name=name, sex=Sex.FEMALE,
                                           specialty=script), actor=SYSTEM)
            patient = store.patients.create(Patient(name=name, sex=Sex.MALE, date_of_birth=date(1988, 3, 1),
                                                    category=PatientCategory.UN_MILITARY), actor=SYSTEM)
            admit(store, Admission(patient_id=patient.id, rotation_id=rotation.id, bed=f"B{n}",
                                              admitted_at=datetime.now(UTC) - timedelta(days=2)), actor=SYSTEM)
        return generate_handover(store, rotation_number=None, out=tmp_path / "handover.pdf", actor=SYSTEM)


def _embedded_fonts(pdf: Path) -> set[str]:
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            base = str(font.get_object()["/BaseFont"])
            names.add(base.split("+", 1)[-1].lstrip("/"))
    return names


def test_every_name_has_its_glyphs_in_the_font_that_sets_it(handover: Path) -> None:
    embedded = _embedded_fonts(handover)
    for script, name in NAMES.items():
        if script in EXPECTED_FONT:
            assert _postscript(EXPECTED_FONT[script]) in embedded, f"{script}: {sorted(embedded)}"
        for font, chunk in fonts.runs(fonts.visual(name)):
            assert _postscript(font) in embedded
            missing = [ch for ch in chunk if not ch.isspace() and ord(ch) not in _cmap(font)]
            assert missing == [], f"{script}: {missing} not in {font}"


def test_arabic_is_joined_and_right_to_left(handover: Path) -> None:
    shown = fonts.visual("محمد")
    assert shown != "محمد" and all("\ufe70" <= ch <= "\ufeff" for ch in shown)  # joined forms
    assert shown[-1] in "\ufee1\ufee2\ufee3\ufee4"  # م, the first letter, drawn rightmost (last)
    assert fonts.visual("Dr محمد علي").startswith("Dr ")


def test_latin_and_cjk_names_read_back_from_the_pdf(handover: Path) -> None:
    text = "\n".join(page.extract_text() for page in PdfReader(handover).pages)
    for script in ("Latin", "CJK", "Ethiopic", "Hangul"):
        for word in NAMES[script].split(" · ")[0].split():
            assert word in text, f"{script}: {word}"


def test_a_korean_name_reads_back_whole(handover: Path) -> None:
    lines = [line.strip() for page in PdfReader(handover).pages for line in page.extract_text().splitlines()]
    assert any(NAMES["Hangul"] in line for line in lines), [line for line in lines if "B5" in line or "B6" in line]
