"""Build a believable demo hospital: same seed, same content; an existing database is added to."""

from __future__ import annotations

import gc
import operator
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from l2fh_desk.demo import names
from l2fh_desk.demo.builder import Builder, Rng
from l2fh_desk.demo.outreach import activities as outreach_activities
from l2fh_desk.demo.stays import PlannedStay
from l2fh_desk.demo.stays import admissions as ward_stays
from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure, Vitals
from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.ids import EncounterId, iso
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
    PatientCategory,
    RelationToEvent,
    Sex,
    Triage,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.security.passwords import hash_password
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.store import audit
from l2fh_desk.store.base import Repository
from l2fh_desk.store.encounters import DIAGNOSIS_COLUMNS
from l2fh_desk.store.errors import StorageError, StorageProblem, headline
from l2fh_desk.store.patients import search_terms
from l2fh_desk.store.store import Store

# (username, password, role, display name): shown on the sign-in dialog of a demo database. Each medic has a
# personal account (password <username>-demo), so two medics at one laptop keep their own drafts.
DEMO_ACCOUNTS = (
    ("commander", "commander-demo", Role.COMMANDER, "Thượng tá Nguyễn Văn Hùng"),
    ("medic", "medic-demo", Role.MEDIC, "Đại úy Trần Thị Ánh"),
    ("binh", "binh-demo", Role.MEDIC, "Thượng úy Lê Văn Bình"),
    ("hoa", "hoa-demo", Role.MEDIC, "Trung úy Phạm Thị Hoa"),
    ("analyst", "analyst-demo", Role.HQ_ANALYST, "HQ analyst, Department of Peacekeeping"),
)
ROTATIONS = (
    (3, date(2024, 11, 1), date(2025, 10, 31), "Colonel Phạm Quang Dũng"),
    (4, date(2025, 11, 1), date(2026, 10, 31), "Colonel Lê Minh Tuấn"),
    (5, date(2026, 11, 1), date(2027, 10, 31), "Senior Lieutenant Colonel Nguyễn Văn Hùng"),
)
CHUNK = 5000
# The installation marker a demo database carries (written first, so an interrupted build is still a demo):
# `l2fh-desk demo` adds to a database only when it has it, or when the database has no hospital or account yet.
DEMO_MARKER = "demo_database"
Progress = Callable[[str], None]


@dataclass
class DemoSummary:
    counts: dict[str, int] = field(default_factory=dict)


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
    before = _counts(store)
    try:
        return _generate(store, encounters=encounters, outreach=outreach, seed=seed, progress=progress)
    except StorageError as exc:  # a full disk part way: say what was added (whole chunks), in a demo's words
        now = _counts(store)
        raise DemoStopped(exc, {table: now[table] - before[table] for table in now}) from exc
    finally:
        if collecting:
            gc.enable()
        store.db.conn.execute(f"PRAGMA cache_size = {int(cache_before)}")


class DemoStopped(KnownError):
    """The disk failed part way through a demo build; what the committed chunks added is kept and named."""

    def __init__(self, cause: StorageError, added: dict[str, int]) -> None:
        done = ", ".join(f"{count} {table}" for table, count in added.items() if count > 0)
        self.message = (f"{headline(cause)}: the demo stopped part way, after adding {done}." if done
                        else f"{headline(cause)}: the demo added nothing.")
        self.remedy = ("Free some space, then run demo again (it adds a new set of records)."
                       if cause.problem == StorageProblem.DISK_FULL else cause.remedy)
        super().__init__(self.message)
        self.problem = cause.problem

    def __str__(self) -> str:
        return f"{self.message} {self.remedy}"


_COUNTED = ("patients", "encounters", "diagnoses", "admissions", "evacuations", "outreach_activities")


def _counts(store: Store) -> dict[str, int]:
    return {table: int(store.db.scalar(f"SELECT count(*) FROM {table}")) for table in _COUNTED}


def is_demo(store: Store) -> bool:
    return bool(store.settings.get(DEMO_MARKER))


def is_unset(store: Store) -> bool:
    """Nothing set up yet: no hospital of its own and no account (a new file)."""
    return store.hospitals.this() is None and store.users.count() == 0


def _generate(store: Store, *, encounters: int, outreach: int, seed: int, progress: Progress) -> DemoSummary:
    if not is_demo(store):
        store.settings.set(DEMO_MARKER, True, actor=SYSTEM)
    existing = sum(store.db.scalar(f"SELECT count(*) FROM {t}") for t in ("patients", "encounters", "outreach_activities"))
    rng = Rng(f"l2fh-demo:{seed}:{existing}")
    b = Builder(store, rng)
    summary = DemoSummary()

    if store.hospitals.this() is None:
        # Different seeds stand for different hospitals, so HQ can tell them apart by name: seed 1 is No. 4,
        # seed 2 No. 5, ... and no two seeds share a number (seed 0 and below count on from 10,000).
        number = seed + 3 if seed > 0 else 10_000 - seed
        add_hospital(store, Hospital(id=b.uid(), name=f"Viet Nam Level-2 Field Hospital No. {number}", mission="UNMISS",
                                     location="Bentiu, Unity State", country="Viet Nam",
                                     contingent_type=ContingentType.MILITARY_CONTINGENT, bed_capacity=20),
                            actor=SYSTEM)
    if not store.wards.active():
        hospital = store.hospitals.this()
        set_up_ward(store, "General", count=max(20, hospital.bed_capacity if hospital else 20), actor=SYSTEM)
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
    planned: list[PlannedStay] = []
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
            planned.append(PlannedStay(encounter, case, stay, outcome))
        elif disposition == Disposition.EVACUATED:
            evacuations.append(b.stamp(Evacuation(
                id=b.uid(), patient_id=patient.id, rotation_id=rotation.id, encounter_id=encounter.id,
                mode=rng.choice(list(EvacuationMode)),
                priority=EvacuationPriority.URGENT if triage == Triage.T1 else EvacuationPriority.PRIORITY,
                destination=rng.choice(names.EVAC_DESTINATIONS), requested_at=started,
                departed_at=started + timedelta(hours=rng.randint(1, 5)), reason=case.complaint), started))
    admissions.extend(ward_stays(b, planned, evacuations))

    activities = [b.stamp(a, datetime.combine(a.activity_date, datetime.min.time(), UTC).replace(hour=9))
                  for a in outreach_activities(b, rotations, outreach, first_day)]
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
        void_encounter(store, EncounterId(encounter.id), reason="Entered twice in error", actor=SYSTEM)
    if activities:
        store.outreach.void(rng.choice(activities).id, reason="Duplicate entry of the same activity", actor=SYSTEM)
