"""MDS details a reporting officer meets: the CSV opens in Excel, JSON numbers are numbers, words agree with
their numbers, the header is the same for the same day whatever the period, no future days."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import Disposition, PatientCategory, Sex
from l2fh_desk.reports.figures_mds import generated_header, mds_figures
from l2fh_desk.reports.generate import generate_mds
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store

DAY = date(2026, 10, 31)
WHEN = datetime(2026, 11, 28, 9, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "h.db")
    add_hospital(s, Hospital(name="Viet Nam L2FH No. 4", mission="UNMISS", location="Bentiu, Unity State",
                                bed_capacity=12), actor=SYSTEM)
    for number, start, end in ((4, date(2026, 10, 1), DAY), (5, date(2026, 11, 1), date(2027, 10, 31))):
        s.rotations.create(Rotation(hospital_id=s.origin, number=number, start_date=start, end_date=end,
                                    commander_name="Col."), actor=SYSTEM)
    patient = s.patients.create(Patient(name="Achol Deng", sex=Sex.FEMALE, date_of_birth=date(1990, 1, 1),
                                        category=PatientCategory.LOCAL_CIVILIAN), actor=SYSTEM)
    rotation = s.rotations.by_number(4)
    assert rotation is not None
    s.encounters.create(Encounter(patient_id=patient.id, rotation_id=rotation.id, clinician="Dr Lan",
                                  started_at=datetime(2026, 10, 31, 9, tzinfo=UTC), disposition=Disposition.DISCHARGED,
                                  diagnoses=(Diagnosis(icd10_code="A09", is_primary=True),)), actor=SYSTEM)
    return s


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_csv_has_a_byte_order_mark_and_json_header_numbers_are_numbers(store: Store, tmp_path: Path) -> None:
    generate_mds(store, start=DAY, end=DAY, out=tmp_path / "m.csv", actor=SYSTEM, generated_at=WHEN)
    assert (tmp_path / "m.csv").read_bytes().startswith(b"\xef\xbb\xbfa_organisation,")
    generate_mds(store, start=DAY, end=DAY, out=tmp_path / "m.json", actor=SYSTEM, generated_at=WHEN)
    header = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["total"]["header"]
    assert (header["consultations"], header["bed_capacity"], header["empty_beds"], header["live_births"]) == (
        1, 12, 12, None)


def test_admin_levels_come_from_the_location(store: Store) -> None:
    header = mds_figures(store, DAY, DAY).header
    assert (header["admin2"], header["admin1"]) == ("Bentiu", "Unity State")


def test_a_day_has_the_same_departure_date_in_a_one_day_and_a_seven_day_report(store: Store) -> None:
    one = mds_figures(store, DAY, DAY)
    week = mds_figures(store, DAY, date(2026, 11, 6))
    first = generated_header(one, one.days[0], WHEN)["departure_date"]
    assert first == generated_header(week, week.days[0], WHEN)["departure_date"] == DAY.isoformat()
    assert generated_header(week, week.days[1], WHEN)["departure_date"] == "2027-10-31"


def test_a_period_that_ends_in_the_future_is_refused(store: Store, tmp_path: Path) -> None:
    today = datetime.now(UTC).date()
    with pytest.raises(DomainError, match="after today"):
        generate_mds(store, start=today, end=date(today.year + 1, 1, 1), out=tmp_path / "m.pdf", actor=SYSTEM)
    assert list(tmp_path.glob("m.*")) == []


@pytest.mark.parametrize(("lang", "one_day", "emt"), [("en", "(1 day)", "Type 2"), ("fr", "(1 jour)", "Type 2"),
                                                        ("vi", "(1 ngày)", "Loại 2")])
def test_words_agree_with_their_numbers_in_each_language(store: Store, tmp_path: Path, lang: str, one_day: str,
                                                         emt: str) -> None:
    generate_mds(store, start=DAY, end=DAY, out=tmp_path / "m.pdf", actor=SYSTEM, lang=lang, generated_at=WHEN)
    text = _text(tmp_path / "m.pdf")
    assert one_day in text and emt in text
    if lang == "fr":
        assert "nominative" not in text


def test_french_ranks_do_not_collide() -> None:
    fr = Translator("fr")
    ranks = {fr.person(f"{rank} Nguyễn Văn Hùng") for rank in ("Senior Lieutenant Colonel", "Colonel", "Major")}
    assert len(ranks) == 3 and not any(r.startswith("Commandant") for r in ranks)
    assert Translator("en").count("n_days", 1) == "1 day" and Translator("fr").count("n_days", 2) == "2 jours"
