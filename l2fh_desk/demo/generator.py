"""Build a believable demo hospital: same seed, same content; an existing database is added to."""

from __future__ import annotations

import gc
import itertools
import operator
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from l2fh_desk.demo import names
from l2fh_desk.demo.casemix import CASES, Case
from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure, Vitals
from l2fh_desk.domain.hospital import Hospital, Rotation, StaffMember
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import Record
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.domain.vocab import (
    AdmissionOutcome,
    ContingentType,
    Disposition,
    EncounterKind,
    EvacuationMode,
    EvacuationPriority,
    OutreachKind,
    PatientCategory,
    RelationToEvent,
    Sex,
    Triage,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.security.passwords import hash_password
from l2fh_desk.store import audit
from l2fh_desk.store.base import Repository
from l2fh_desk.store.encounters import DIAGNOSIS_COLUMNS
from l2fh_desk.store.patients import search_terms
from l2fh_desk.store.store import Store

# (username, password, role, display name): shown on the sign-in dialog of a demo database.
DEMO_ACCOUNTS = (
    ("commander", "commander-demo", Role.COMMANDER, "Thượng tá Nguyễn Văn Hùng"),
    ("medic", "medic-demo", Role.MEDIC, "Đại úy Trần Thị Ánh"),
    ("analyst", "analyst-demo", Role.HQ_ANALYST, "HQ analyst, Department of Peacekeeping"),
)
ROTATIONS = (
    (3, date(2024, 11, 1), date(2025, 10, 31), "Colonel Phạm Quang Dũng"),
    (4, date(2025, 11, 1), date(2026, 10, 31), "Colonel Lê Minh Tuấn"),
    (5, date(2026, 11, 1), date(2027, 10, 31), "Senior Lieutenant Colonel Nguyễn Văn Hùng"),
)
DATA_CUTOFF = date(2026, 11, 20)
CHUNK = 5000
OPEN_MIN, OPEN_MAX, OPEN_WITHIN_DAYS = 3, 8, 30  # admissions still on the ward board at the end
# uuid.UUID(version=4): variant bits 10, version nibble 4.
_UUID_CLEAR = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID_V4 = (0x8000 << 48) | (4 << 76)
# Same draws as weights=[...] (random.choices accumulates them itself), without redoing it per encounter.
_CASE_CUM_WEIGHTS = tuple(itertools.accumulate(c.weight for c in CASES))
Progress = Callable[[str], None]


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)


def _cutoff() -> date:
    # Never a date in the future, even on a laptop whose clock is behind the demo's calendar.
    return min(DATA_CUTOFF, datetime.now(UTC).date() - timedelta(days=1))


class _Rng(random.Random):
    """random.Random with a cheaper randint: the demo draws about ten per encounter, and the stock one
    (randrange with its argument checks and rejection loop) was a tenth of the build time."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class _Builder:
    def __init__(self, store: Store, rng: random.Random, progress: Progress) -> None:
        self.store = store
        self.rng = rng
        self.progress = progress
        self.cutoff = _cutoff()

    def uid(self) -> str:
        # What str(uuid.UUID(int=bits, version=4)) gives, without UUID's checks (250,000 calls per 100k demo).
        bits = (self.rng.getrandbits(128) & _UUID_CLEAR) | _UUID_V4
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def stamp(self, record: Record, moment: datetime) -> Any:
        when = iso(moment)
        return record.model_copy(update={"origin": self.store.origin, "created_at": when, "updated_at": when,
                                         "version": 1})

    def moment(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, self.rng.randint(6, 20), self.rng.randint(0, 59), tzinfo=UTC)

    # --- people ----------------------------------------------------------------------------------
    def vn_name(self, sex: Sex) -> str:
        r = self.rng
        if sex == Sex.FEMALE:
            return f"{r.choice(names.VN_FAMILY)} {r.choice(names.VN_MIDDLE_FEMALE)} {r.choice(names.VN_GIVEN_FEMALE)}"
        return f"{r.choice(names.VN_FAMILY)} {r.choice(names.VN_MIDDLE_MALE)} {r.choice(names.VN_GIVEN_MALE)}"

    def patient(self) -> Patient:
        r = self.rng
        category = r.choices(list(PatientCategory), weights=(45, 8, 10, 5, 30, 2))[0]
        today = self.cutoff
        nationality, unit, index = "", "", ""
        if category == PatientCategory.LOCAL_CIVILIAN or category == PatientCategory.OTHER:
            child = r.random() < 0.35
            age = r.randint(0, 14) if child else r.randint(15, 75)
            sex = Sex.FEMALE if r.random() < 0.55 else Sex.MALE
            given = names.SS_GIVEN_FEMALE if sex == Sex.FEMALE else names.SS_GIVEN_MALE
            name = f"{r.choice(given)} {r.choice(names.SS_FAMILY)}"
            nationality = "South Sudan"
            estimated = r.random() < 0.7
        else:
            age = r.randint(21, 58)
            sex = Sex.FEMALE if r.random() < 0.12 else Sex.MALE
            estimated = False
            if category == PatientCategory.UN_MILITARY:
                nationality, unit, male, female, family = r.choice(names.UN_CONTINGENTS)
                if nationality == "Viet Nam":
                    name = self.vn_name(sex)
                else:
                    name = f"{r.choice(female if sex == Sex.FEMALE else male)} {r.choice(family)}"
            else:
                if category == PatientCategory.UN_POLICE:
                    nationality, unit = r.choice(names.UN_POLICE_UNITS)
                elif category == PatientCategory.UN_CIVILIAN:
                    nationality, unit = r.choice(("Kenya", "Uganda", "Philippines", "France", "South Sudan")), r.choice(
                        names.UN_CIVILIAN_UNITS)
                else:
                    nationality, unit = r.choice(("Kenya", "Uganda", "South Sudan")), r.choice(names.CONTRACTOR_UNITS)
                pool = names.SS_GIVEN_FEMALE if sex == Sex.FEMALE else names.SS_GIVEN_MALE
                name = f"{r.choice(pool)} {r.choice(names.SS_FAMILY)}"
            if category != PatientCategory.CONTRACTOR:
                index = f"{r.randint(100000, 999999)}"
        if estimated:
            born = date(today.year - age, 1, 1)
        else:
            born = today - timedelta(days=age * 365 + r.randint(0, 364))
        return Patient(id=self.uid(), name=name, sex=sex, date_of_birth=born, dob_estimated=estimated,
                       category=category, nationality=nationality, unit=unit, un_index_number=index,
                       home_location=r.choice(names.BENTIU_PLACES) if category == PatientCategory.LOCAL_CIVILIAN
                       else "UNMISS Bentiu base")

    def staff(self, rotation: Rotation) -> list[StaffMember]:
        r = self.rng
        slots = [spec for spec, count in names.SPECIALTIES for _ in range(count)]
        women = set(r.sample(range(1, len(slots)), k=round(len(slots) * 0.16)))
        out = []
        for position, specialty in enumerate(slots):
            sex = Sex.FEMALE if position in women else Sex.MALE
            rank = names.VN_RANKS[0] if specialty == "Commander" else r.choice(names.VN_RANKS[1:])
            name = rotation.commander_name.split(" ", 2)[-1] if specialty == "Commander" else self.vn_name(sex)
            if specialty == "Commander":  # the rotation's commander, with the rank the rotation names
                words = rotation.commander_name.split()
                name, rank = " ".join(words[-3:]), " ".join(words[:-3]) or rank
            out.append(StaffMember(id=self.uid(), rotation_id=rotation.id, name=name, sex=sex, rank=rank,
                                   specialty=specialty, position=specialty))
        return out

    # --- clinical ----------------------------------------------------------------------------------
    def case_for(self, patient: Patient, day: date) -> Case:
        age = patient.age_on(day)
        for _ in range(50):
            case = self.rng.choices(CASES, cum_weights=_CASE_CUM_WEIGHTS)[0]
            if case.children_only and age >= 5:
                continue
            if case.adults_only and age < 15:
                continue
            if case.pregnancy and not (patient.sex == Sex.FEMALE and 16 <= age <= 44):
                continue
            return case
        return CASES[2]

    def vitals(self, case: Case, age: int) -> Vitals:
        r = self.rng
        fever = case.icd10[0] in "BAJU" and case.icd10 not in ("B86", "B35.4")
        temp = round(r.uniform(37.8, 39.8) if fever else r.uniform(36.2, 37.4), 1)
        sbp = r.randint(150, 175) if case.icd10 in ("I10", "O14.1") else r.randint(100, 135)
        return Vitals(temperature_c=temp, pulse_bpm=r.randint(70, 118), resp_rate=r.randint(14, 26 if age < 5 else 22),
                      systolic_bp=sbp if age >= 12 else None, diastolic_bp=sbp - r.randint(35, 50) if age >= 12 else None,
                      spo2=r.randint(91, 99) if case.icd10 == "J18.9" else r.randint(96, 100),
                      weight_kg=round(r.uniform(8, 18), 1) if age < 5 else round(r.uniform(45, 90), 1))


def _insert(store: Store, repo: Repository[Any], records: Sequence[Record], progress: Progress) -> None:
    if not records:
        return
    rows = [repo.to_row(record) for record in records]
    columns = list(rows[0])
    pick = operator.itemgetter(*columns)
    sql = f"INSERT INTO {repo.table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    for start in range(0, len(rows), CHUNK):
        with store.db.atomic():
            store.db.write_many(sql, [pick(row) for row in rows[start:start + CHUNK]])
        progress(f"{repo.table}: {min(start + CHUNK, len(rows))}/{len(rows)}")


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def generate(store: Store, *, encounters: int = 3000, outreach: int = 120, seed: int = 1,
             progress: Progress = lambda _message: None) -> DemoSummary:
    """Add a demo hospital's worth of records to `store` (an existing database is added to)."""
    # Bulk inserts into UUID-keyed tables touch pages all over each index; a bigger page cache
    # (64 MiB instead of SQLite's 2 MiB) keeps them in memory until the commit.
    cache_before = store.db.scalar("PRAGMA cache_size")
    store.db.conn.execute("PRAGMA cache_size = -65536")
    # Hundreds of thousands of long-lived, acyclic records: the cycle collector would rescan them
    # over and over as they pile up (about a tenth of the build time) and would free nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _generate(store, encounters=encounters, outreach=outreach, seed=seed, progress=progress)
    finally:
        if collecting:
            gc.enable()
        store.db.conn.execute(f"PRAGMA cache_size = {int(cache_before)}")


def _generate(store: Store, *, encounters: int, outreach: int, seed: int, progress: Progress) -> DemoSummary:
    existing = sum(store.db.scalar(f"SELECT count(*) FROM {t}") for t in ("patients", "encounters", "outreach_activities"))
    rng = _Rng(f"l2fh-demo:{seed}:{existing}")
    b = _Builder(store, rng, progress)
    summary = DemoSummary()

    if store.hospitals.this() is None:
        # Different seeds stand for different hospitals, so HQ can tell them apart by name: seed 1 is No. 4,
        # seed 2 No. 5, ... and no two seeds share a number (seed 0 and below count on from 10,000).
        number = seed + 3 if seed > 0 else 10_000 - seed
        store.hospitals.create(Hospital(id=b.uid(), name=f"Viet Nam Level-2 Field Hospital No. {number}", mission="UNMISS",
                                        location="Bentiu, Unity State", country="Viet Nam",
                                        contingent_type=ContingentType.MILITARY_CONTINGENT, bed_capacity=20),
                               actor=SYSTEM)
    if not store.wards.active():
        hospital = store.hospitals.this()
        store.wards.set_up("General", count=max(20, hospital.bed_capacity if hospital else 20), actor=SYSTEM)
    rotations: list[Rotation] = []
    for number, start, end, commander in ROTATIONS:
        rotation = store.rotations.by_number(number)
        if rotation is None:
            rotation = store.rotations.create(Rotation(id=b.uid(), hospital_id=store.origin, number=number,
                                                       start_date=start, end_date=end, commander_name=commander),
                                              actor=SYSTEM)
        rotations.append(rotation)
        if not store.staff.roster(rotation.id):
            roster = [b.stamp(s, datetime.combine(rotation.start_date, datetime.min.time(), UTC))
                      for s in b.staff(rotation)]
            _insert(store, store.staff, roster, progress)
    if not store.users.active():
        for username, password, role, display in DEMO_ACCOUNTS:
            store.users.create(UserAccount(username=username, display_name=display, role=role,
                                           password_hash=hash_password(password)), actor=SYSTEM)

    # Patients: repeat visits are common, so fewer patients than encounters.
    patients = [b.patient() for _ in range(max(10, encounters * 2 // 5) if encounters else 0)]
    first_day = ROTATIONS[0][1]
    span = max(1, (b.cutoff - first_day).days)
    days = sorted(first_day + timedelta(days=rng.randrange(span + 1)) for _ in range(encounters))

    def rotation_on(day: date) -> Rotation:
        for rotation in reversed(rotations):
            if rotation.start_date <= day:
                return rotation
        return rotations[0]

    encounter_rows: list[Encounter] = []
    admissions: list[Admission] = []
    evacuations: list[Evacuation] = []
    planned: list[_PlannedStay] = []
    deaths_left = 2
    doa_left = 1
    patient_seen: dict[str, Patient] = {}
    for index, day in enumerate(days):
        # A repeat visit by someone already registered (randrange, not choice over a slice: the slice
        # copied the whole list on every encounter and made 100,000 encounters quadratic).
        patient = patients[index] if index < len(patients) else patients[rng.randrange(len(patients))]
        while patient.date_of_birth > day:  # a child born after this day: someone else came in
            patient = patients[rng.randrange(len(patients))]
        age = patient.age_on(day)
        case = b.case_for(patient, day)
        started = b.moment(day)
        rotation = rotation_on(day)
        disposition = Disposition.DISCHARGED_FOLLOW_UP if rng.random() < 0.15 else Disposition.DISCHARGED
        triage = case.triage
        if rng.random() < case.admit_rate:
            disposition = Disposition.ADMITTED
        if rng.random() < case.evac_rate:
            disposition = Disposition.EVACUATED
        if rng.random() < 0.003:
            disposition = Disposition.LEFT_AGAINST_ADVICE
        if case.triage == Triage.T1 and deaths_left and rng.random() < 0.3:
            disposition, deaths_left = Disposition.DIED, deaths_left - 1
        elif case.injury and doa_left and index > encounters // 2 and rng.random() < 0.05:
            disposition, triage, doa_left = Disposition.DEAD_ON_ARRIVAL, Triage.DEAD, 0
        kind = EncounterKind.EMERGENCY if triage in (Triage.T1, Triage.T2, Triage.DEAD) else EncounterKind.OUTPATIENT
        if disposition == Disposition.ADMITTED:
            kind = EncounterKind.ADMISSION
        elif patient.id in patient_seen and rng.random() < 0.3:
            kind = EncounterKind.FOLLOW_UP
        patient_seen[patient.id] = patient
        pregnant = case.pregnancy or (patient.sex == Sex.FEMALE and 16 <= age <= 44
                                      and patient.category == PatientCategory.LOCAL_CIVILIAN and rng.random() < 0.06)
        if index % 20_000 == 0 and index:
            progress(f"building encounters: {index}/{encounters}")
        # Stamped at construction rather than with model_copy afterwards: same record, one copy fewer.
        when = iso(started)
        encounter = Encounter(
            origin=store.origin, created_at=when, updated_at=when, version=1, id=b.uid(), patient_id=patient.id, rotation_id=rotation.id, kind=kind, started_at=started, triage=triage,
            vitals=b.vitals(case, age) if disposition != Disposition.DEAD_ON_ARRIVAL else Vitals(),
            complaint=case.complaint, pregnant=pregnant,
            # dead on arrival after an injury: multiple injuries, not the case's own (an ankle sprain, say)
            diagnoses=(Diagnosis(id=b.uid(), icd10_code="T07" if disposition == Disposition.DEAD_ON_ARRIVAL
                                 else case.icd10, is_primary=True),),
            procedures=(Procedure(kind=case.procedure),) if case.procedure else (),
            treatment=case.treatment, disposition=disposition,
            clinician=rng.choice(("Dr Trần Thị Ánh", "Dr Nguyễn Đức Long", "Dr Phạm Ngọc Lan", "Dr Lê Hữu Phúc",
                                  "Dr Đặng Minh Khánh")),
            relation_to_event=RelationToEvent.DIRECT if case.injury and rng.random() < 0.3 else RelationToEvent.NOT_RELATED,
        )
        encounter.check_for_patient(patient)  # the rules a form applies (pregnancy, date of birth)
        encounter_rows.append(encounter)
        if disposition == Disposition.ADMITTED:
            stay = timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 6))
            outcome = AdmissionOutcome.EVACUATED if rng.random() < case.evac_rate else AdmissionOutcome.DISCHARGED
            planned.append(_PlannedStay(encounter, case, stay, outcome))
        elif disposition == Disposition.EVACUATED:
            evacuations.append(b.stamp(Evacuation(
                id=b.uid(), patient_id=patient.id, rotation_id=rotation.id, encounter_id=encounter.id,
                mode=rng.choice(list(EvacuationMode)),
                priority=EvacuationPriority.URGENT if triage == Triage.T1 else EvacuationPriority.PRIORITY,
                destination=rng.choice(names.EVAC_DESTINATIONS), requested_at=started,
                departed_at=started + timedelta(hours=rng.randint(1, 5)), reason=case.complaint), started))
    admissions.extend(_admissions(b, planned, evacuations))

    activities = [b.stamp(a, datetime.combine(a.activity_date, datetime.min.time(), UTC).replace(hour=9))
                  for a in _outreach(b, rotations, outreach, first_day)]
    # A patient is registered at the first visit; patients never seen are not kept.
    first_visit: dict[str, datetime] = {}
    for e in encounter_rows:
        first_visit.setdefault(e.patient_id, e.started_at)
    patients = [b.stamp(p, first_visit[p.id]) for p in patients if p.id in first_visit]

    _insert(store, store.patients, patients, progress)
    with store.db.atomic():
        store.db.write_many("INSERT INTO patient_search (rowid, terms) SELECT rowid, ? FROM patients WHERE id = ?",
                            [(search_terms(p), p.id) for p in patients])
    _insert(store, store.encounters, encounter_rows, progress)
    diagnosis_rows = [row for e in encounter_rows for row in store.encounters.diagnosis_rows(e)]
    for chunk in _chunks(diagnosis_rows, CHUNK):
        with store.db.atomic():
            store.db.write_many(f"INSERT INTO diagnoses ({', '.join(DIAGNOSIS_COLUMNS)}) VALUES "
                                f"({', '.join('?' for _ in DIAGNOSIS_COLUMNS)})", chunk)
    _insert(store, store.admissions, admissions, progress)
    _insert(store, store.evacuations, evacuations, progress)
    _insert(store, store.outreach, activities, progress)
    summary.counts = {"patients": len(patients), "encounters": len(encounter_rows), "admissions": len(admissions),
                      "evacuations": len(evacuations), "outreach_activities": len(activities)}
    with store.db.atomic():
        for table, count in summary.counts.items():
            audit.append(store.db, actor=SYSTEM, origin=store.origin, action="bulk_create", table=table,
                         after={"rows": count, "seed": seed, "source": "demo"})
    _void_some(store, encounter_rows, activities, rng)
    progress("done")
    return summary


@dataclass(frozen=True)
class _PlannedStay:
    encounter: Encounter
    case: Case
    stay: timedelta
    outcome: AdmissionOutcome


def _admissions(b: _Builder, planned: list[_PlannedStay], evacuations: list[Evacuation]) -> list[Admission]:
    """The ward: stays that would run past the data's last day remain open, but only a few (a real ward
    board holds a handful, not dozens), each in its own free bed; the rest are closed, and stays that
    ended in evacuation get their evacuation record."""
    r = b.rng
    end_of_data = datetime.combine(b.cutoff, datetime.min.time(), UTC).replace(hour=23)
    recent = [i for i, p in enumerate(planned) if (b.cutoff - p.encounter.started_at.date()).days <= OPEN_WITHIN_DAYS]
    running = [i for i in recent if (p := planned[i]).encounter.started_at + p.stay >= end_of_data]
    # At least a few open, at most OPEN_MAX: the most recent admissions stay on the board.
    want = min(OPEN_MAX, max(OPEN_MIN, len(running)), len(recent))
    open_ones = set(recent[len(recent) - want:]) if want else set()
    taken = {row["bed"] for row in b.store.db.query(
        "SELECT bed FROM admissions WHERE ward = 'General' AND discharged_at IS NULL AND voided_at IS NULL")}
    free_beds = (bed for bed in (f"B-{n:02d}" for n in range(1, 1000)) if bed not in taken)
    out = []
    for index, p in enumerate(planned):
        e = p.encounter
        admitted = e.started_at
        is_open = index in open_ones
        discharged = None if is_open else min(admitted + p.stay, max(end_of_data, admitted + timedelta(hours=1)))
        admission = Admission(
            id=b.uid(), patient_id=e.patient_id, rotation_id=e.rotation_id, encounter_id=e.id,
            bed=next(free_beds) if is_open else f"B-{index % 20 + 1:02d}", ward="General", admitted_at=admitted,
            diagnosis=e.diagnoses[0].text, plan=p.case.treatment,
            discharged_at=discharged, outcome=None if is_open else p.outcome,
        )
        out.append(b.stamp(admission, admitted))
        if discharged is not None and p.outcome == AdmissionOutcome.EVACUATED:
            evacuations.append(b.stamp(Evacuation(
                id=b.uid(), patient_id=e.patient_id, rotation_id=e.rotation_id, admission_id=admission.id,
                mode=EvacuationMode.MEDEVAC, priority=EvacuationPriority.PRIORITY,
                destination=r.choice(names.EVAC_DESTINATIONS), requested_at=discharged - timedelta(hours=3),
                departed_at=discharged, reason=p.case.complaint), discharged))
    # One patient on the board waits for an evacuation (requested, not yet departed).
    waiting = next((a for a in reversed(out) if a.discharged_at is None), None)
    if waiting is not None:
        requested = max(waiting.admitted_at, datetime.now(UTC) - timedelta(hours=3, minutes=20))
        evacuations.append(b.stamp(Evacuation(
            id=b.uid(), patient_id=waiting.patient_id, rotation_id=waiting.rotation_id, admission_id=waiting.id,
            mode=EvacuationMode.CASEVAC, priority=EvacuationPriority.URGENT,
            destination=r.choice(names.EVAC_DESTINATIONS), requested_at=requested, reason=waiting.diagnosis),
            requested))
    return out


OUTREACH_PLAN: dict[OutreachKind, tuple[int, str, tuple[int, int], str]] = {
    # kind: (weight, unit, quantity range, description template)
    OutreachKind.MASK_SEWING: (14, "masks", (150, 2000), "Cloth face masks sewn by the unit's women staff and handed out"),
    OutreachKind.AGRICULTURE: (12, "ha", (1, 20), "Showed farmers how to plant maize, sorghum and vegetables"),
    OutreachKind.TEACHING: (14, "lessons", (2, 12), "English and hygiene lessons for primary school children"),
    OutreachKind.HEALTH_EDUCATION: (18, "sessions", (1, 4), "Malaria prevention and safe water talk"),
    OutreachKind.OUTREACH_CLINIC: (14, "consultations", (40, 250), "Free clinic with medicines for the community"),
    OutreachKind.DONATION: (10, "kg", (50, 1500), "Donated rice, soap and school supplies"),
    OutreachKind.ENGINEERING: (6, "m of road", (50, 600), "Repaired the access road and drainage with the engineers"),
    OutreachKind.OTHER: (4, "", (0, 0), "Sports day and cultural exchange with the community"),
}


def _outreach(b: _Builder, rotations: list[Rotation], count: int, first_day: date) -> list[OutreachActivity]:
    r = b.rng
    kinds = list(OUTREACH_PLAN)
    span = max(1, (b.cutoff - first_day).days)
    out = []
    for _ in range(count):
        kind = r.choices(kinds, weights=[OUTREACH_PLAN[k][0] for k in kinds])[0]
        _, unit, (low, high), description = OUTREACH_PLAN[kind]
        day = first_day + timedelta(days=r.randrange(span + 1))
        rotation = next((rot for rot in reversed(rotations) if rot.start_date <= day), rotations[0])
        total = r.randint(15, 400)
        children = r.randint(0, total) if kind in (OutreachKind.TEACHING, OutreachKind.DONATION) else r.randint(0, total // 3)
        female = r.randint(total // 3, total * 2 // 3)
        quantity = None
        if unit:
            quantity = round(r.uniform(low / 10, high / 10), 1) if unit == "ha" else float(r.randint(low, high))
        staff = sorted({b.vn_name(Sex.FEMALE if r.random() < 0.4 else Sex.MALE) for _ in range(r.randint(2, 6))})
        out.append(OutreachActivity(
            id=b.uid(), rotation_id=rotation.id, kind=kind, activity_date=day, place=r.choice(names.BENTIU_PLACES),
            partner=r.choice(names.PARTNERS), staff_names=tuple(staff), staff_count=len(staff) + r.randint(0, 4),
            reached_total=total, reached_female=female, reached_male=total - female, reached_children=children,
            quantity=quantity, unit=unit if quantity is not None else "", description=description,
            notable=r.random() < 0.12,
        ))
    return out


def _void_some(store: Store, encounters: list[Encounter], activities: list[OutreachActivity],
               rng: random.Random) -> None:
    """A few records entered in error and voided, as in any real register."""
    # One transaction (each void a savepoint inside it): one fsync instead of one per voided record.
    with store.db.atomic():
        _void_each(store, encounters, activities, rng)


def _void_each(store: Store, encounters: list[Encounter], activities: list[OutreachActivity],
               rng: random.Random) -> None:
    candidates = [e for e in encounters if e.disposition in (Disposition.DISCHARGED, Disposition.DISCHARGED_FOLLOW_UP)]
    for encounter in rng.sample(candidates, k=min(len(candidates), max(1, len(encounters) // 500))):
        store.encounters.void(encounter.id, reason="Entered twice in error", actor=SYSTEM)
    if activities:
        store.outreach.void(rng.choice(activities).id, reason="Duplicate entry of the same activity", actor=SYSTEM)
