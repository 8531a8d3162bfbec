"""Handover definitions on the edge cases a real ward produces, built with the store's own API and each figure
recounted independently from whole rows: deaths per person on the day they happened, bed-days as midnights in
a bed clipped to the rotation (the rotations add up to the hospital's total), carried-over patients seen."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from recompute import deaths_by_person, live

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.ids import parse_iso
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import AdmissionOutcome, Disposition, EncounterKind, PatientCategory, Sex
from l2fh_desk.domain.ward import Admission
from l2fh_desk.reports.figures_handover import HandoverFigures, handover_figures
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.services.ward import admit
from l2fh_desk.store.store import Store

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
R4 = (date(2026, 10, 1), date(2026, 10, 31))
R5 = (date(2026, 11, 1), date(2026, 11, 30))


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def ward(tmp_path: Path) -> Store:
    store = Store(tmp_path / "ward.db")
    add_hospital(store, Hospital(name="Viet Nam L2FH No. 4", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
    for number, (start, end) in ((4, R4), (5, R5)):
        store.rotations.create(Rotation(hospital_id=store.origin, number=number, start_date=start, end_date=end,
                                        commander_name=f"Col. {number}"), actor=SYSTEM)
    return store


def _rotation(store: Store, number: int) -> Rotation:
    rotation = store.rotations.by_number(number)
    assert rotation is not None
    return rotation


def _patient(store: Store, name: str) -> str:
    return store.patients.create(Patient(name=name, sex=Sex.MALE, date_of_birth=date(1990, 1, 1),
                                         category=PatientCategory.UN_MILITARY), actor=SYSTEM).id


def _encounter(store: Store, pid: str, day: date, disposition: Disposition, rotation: int) -> str:
    return store.encounters.create(Encounter(
        patient_id=pid, rotation_id=_rotation(store, rotation).id, started_at=_at(day, 8), clinician="Dr Lan",
        kind=EncounterKind.EMERGENCY, disposition=disposition,
        diagnoses=(Diagnosis(icd10_code="T07", is_primary=True),)), actor=SYSTEM).id


def _stay(store: Store, pid: str, bed: str, admitted: date, left: date | None, outcome: AdmissionOutcome,
          rotation: int) -> None:
    enc = _encounter(store, pid, admitted, Disposition.ADMITTED, rotation)
    a = admit(store, Admission(patient_id=pid, rotation_id=_rotation(store, rotation).id, bed=bed,
                                          encounter_id=enc, admitted_at=_at(admitted)), actor=SYSTEM)
    if left is not None:
        store.admissions.discharge(a.id, at=_at(left, 18), outcome=outcome, actor=SYSTEM)


@pytest.fixture
def edge_cases(ward: Store) -> Store:
    died = _patient(ward, "Admitted 30 Oct, died 5 Nov, death also saved on a follow-up")
    _stay(ward, died, "B1", date(2026, 10, 30), date(2026, 11, 5), AdmissionOutcome.DIED, rotation=4)
    _encounter(ward, died, date(2026, 11, 5), Disposition.DIED, rotation=5)
    crossing = _patient(ward, "Admitted 28 Oct, discharged 2 Nov")
    _stay(ward, crossing, "B2", date(2026, 10, 28), date(2026, 11, 2), AdmissionOutcome.DISCHARGED, rotation=4)
    ward_death = _patient(ward, "A ward death with no died encounter")
    _stay(ward, ward_death, "B3", date(2026, 11, 3), date(2026, 11, 4), AdmissionOutcome.DIED, rotation=5)
    carried = _patient(ward, "Carried over in a bed")
    _stay(ward, carried, "B4", date(2026, 10, 25), date(2026, 11, 10), AdmissionOutcome.DISCHARGED, rotation=4)
    same_day = _patient(ward, "In and out the same day")
    _stay(ward, same_day, "B5", date(2026, 11, 15), date(2026, 11, 15), AdmissionOutcome.DISCHARGED, rotation=5)
    still_in = _patient(ward, "Still in a bed")
    _stay(ward, still_in, "B6", date(2026, 11, 20), None, AdmissionOutcome.DISCHARGED, rotation=5)
    return ward


def _figures(store: Store, number: int) -> HandoverFigures:
    return handover_figures(store, _rotation(store, number), generated_at=NOW)


def _midnights(store: Store, last: date) -> dict[str, set[date]]:
    """Admission id → the dates of the midnights spent in its bed (recounted day by day)."""
    out: dict[str, set[date]] = {}
    for a in live(store, "admissions"):
        admitted = parse_iso(str(a["admitted_at"])).date()
        left = parse_iso(str(a["discharged_at"])).date() if a["discharged_at"] else last
        out[str(a["id"])] = {admitted + timedelta(days=n) for n in range(1, (left - admitted).days + 1)}
    return out


def test_a_death_is_counted_once_in_the_rotation_it_happened(edge_cases: Store) -> None:
    r4, r5 = _figures(edge_cases, 4), _figures(edge_cases, 5)
    truth = deaths_by_person(edge_cases)
    for f, (start, end) in ((r4, R4), (r5, R5)):
        expected = sorted(day for day in truth.values() if start <= day <= end)
        assert f.summary.deaths == len(expected)
        assert sorted(r.day for r in f.line_list if r.event == "died") == expected
    assert (r4.summary.deaths, r5.summary.deaths) == (0, 2)
    assert r4.summary.deaths + r5.summary.deaths == len(truth)


def test_bed_days_are_midnights_clipped_to_the_rotation_and_add_up(edge_cases: Store) -> None:
    nights = _midnights(edge_cases, R5[1])
    per_rotation = {}
    for number, (start, end) in ((4, R4), (5, R5)):
        expected = sum(1 for days in nights.values() for d in days if start <= d <= end)
        per_rotation[number] = _figures(edge_cases, number).summary.bed_days
        assert per_rotation[number] == expected
    assert sum(per_rotation.values()) == sum(len(days) for days in nights.values())
    crossing = next(a for a in live(edge_cases, "admissions") if a["bed"] == "B2")
    assert len(nights[str(crossing["id"])]) == 5  # 28 Oct to 2 Nov: 3 in rotation 4, 2 in rotation 5
    same_day = next(a for a in live(edge_cases, "admissions") if a["bed"] == "B5")
    assert nights[str(same_day["id"])] == set()  # a same-day stay holds no midnight


def test_patients_in_a_bed_during_the_rotation_are_seen(edge_cases: Store) -> None:
    r5 = _rotation(edge_cases, 5)
    with_encounter = {str(e["patient_id"]) for e in live(edge_cases, "encounters", "rotation_id = ?", (r5.id,))}
    in_bed = {str(a["patient_id"]) for a in live(edge_cases, "admissions")
              if parse_iso(str(a["admitted_at"])).date() <= R5[1]
              and (not a["discharged_at"] or parse_iso(str(a["discharged_at"])).date() >= R5[0])}
    assert _figures(edge_cases, 5).summary.patients == len(with_encounter | in_bed) == 6
    assert len(in_bed - with_encounter) == 2  # the two carried over from rotation 4 without a visit in 5


def test_rotations_of_the_demo_add_up_to_the_hospitals_bed_days_anddeaths_by_person(demo_store: Store) -> None:
    rotations = sorted(demo_store.rotations.all(), key=lambda r: r.number)
    figures = [handover_figures(demo_store, r, generated_at=NOW) for r in rotations]
    last = min(rotations[-1].end_date, NOW.date())
    nights = defaultdict(int)
    for days in _midnights(demo_store, last).values():
        for d in days:
            nights[d] += 1
    in_rotations = sum(n for d, n in nights.items() if rotations[0].start_date <= d <= last)
    assert sum(f.summary.bed_days for f in figures) == in_rotations
    deaths = [d for d in deaths_by_person(demo_store).values() if rotations[0].start_date <= d <= last]
    assert sum(f.summary.deaths for f in figures) == len(deaths)


def test_the_roster_is_in_alphabetical_order_not_code_point_order(ward: Store) -> None:
    from l2fh_desk.domain.hospital import StaffMember

    rotation = _rotation(ward, 5)
    for name in ("Võ Văn Ba", "Đinh Thị Hoa", "Bùi Minh", "Zhang Wei", "Ánh Lê"):
        ward.staff.create(StaffMember(rotation_id=rotation.id, name=name, sex=Sex.FEMALE), actor=SYSTEM)
    names = [r.name for r in _figures(ward, 5).staff.roster]
    assert names == ["Ánh Lê", "Bùi Minh", "Đinh Thị Hoa", "Võ Văn Ba", "Zhang Wei"]


def test_long_text_keeps_its_line_breaks_and_says_how_much_is_in_the_record(ward: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from l2fh_desk.domain.outreach import OutreachActivity
    from l2fh_desk.domain.vocab import OutreachKind
    from l2fh_desk.reports.generate import generate_handover

    pid = _patient(ward, "Long plan")
    plan = "Day 1: dressing change.\nDay 2: review wound.\n" + "Continue antibiotics and observe. " * 150
    enc = _encounter(ward, pid, date(2026, 11, 20), Disposition.ADMITTED, 5)
    admit(ward, Admission(patient_id=pid, rotation_id=_rotation(ward, 5).id, bed="L1", encounter_id=enc,
                                     admitted_at=_at(date(2026, 11, 20)), plan=plan), actor=SYSTEM)
    ward.outreach.create(OutreachActivity(
        rotation_id=_rotation(ward, 5).id, kind=OutreachKind.MASK_SEWING, activity_date=date(2026, 11, 21),
        place="Bentiu PoC", reached_total=900, reached_female=600, reached_male=300, quantity=5000, unit="masks", notable=True,
        description="Masks sewn with the women's association. " * 120), actor=SYSTEM)
    out = generate_handover(ward, rotation_number=5, out=tmp_path / "long.pdf", actor=SYSTEM,
                            generated_at=datetime(2026, 11, 25, 12, tzinfo=UTC))
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert "Day 1: dressing change." in lines and any(line.startswith("Day 2: review wound.") for line in lines)
    assert "(5,000 masks)" in text.replace("\n", " ")
    flat = " ".join(text.split())
    assert flat.count("more characters: see the record)") == 2


def test_items_33_to_35_have_no_under_5_cell_in_the_handover_as_in_the_mds(edge_cases: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from l2fh_desk.reports.generate import generate_handover

    out = generate_handover(edge_cases, rotation_number=5, out=tmp_path / "h.pdf", actor=SYSTEM, generated_at=NOW)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())  # cells one by one
    for number, label in ((33, "Normal vaginal delivery"), (34, "Caesarean section"), (35, "Obstetrics, other")):
        assert f"{number} {label} – 0 0" in text
    assert "32 Minor surgical procedure 0 0 0" in text


def test_a_ward_death_reaches_mds_item_42_on_its_day_once(edge_cases: Store) -> None:
    from l2fh_desk.domain.mds import MdsItem
    from l2fh_desk.reports.figures_mds import mds_figures

    f = mds_figures(edge_cases, R5[0], R5[1])
    truth = [day for day in deaths_by_person(edge_cases).values() if R5[0] <= day <= R5[1]]
    assert f.total.totals[MdsItem.DEATH_IN_FACILITY] == len(truth) == 2
    by_day = {c.day: c.totals[MdsItem.DEATH_IN_FACILITY] for c in f.days if c.totals[MdsItem.DEATH_IN_FACILITY]}
    assert by_day == {date(2026, 11, 4): 1, date(2026, 11, 5): 1}  # the ward death, then the one also saved at a visit
    assert [c.key for c in f.failed_checks if c.key == "check_outcomes"] == []
    assert sorted(r.day for r in f.line_list if r.number == 42) == sorted(truth)  # each death listed once
