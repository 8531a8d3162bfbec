"""The demo's people and clinical details: one seeded random stream draws patients, staff, cases and vitals."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from l2fh_desk.demo import names
from l2fh_desk.demo.casemix import CASES, Case
from l2fh_desk.domain.encounter import Vitals
from l2fh_desk.domain.hospital import Rotation, StaffMember
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import Record
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.store.store import Store

DATA_CUTOFF = date(2026, 11, 20)
# uuid.UUID(version=4): variant bits 10, version nibble 4.
_UUID_CLEAR = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_UUID_V4 = (0x8000 << 48) | (4 << 76)
# Same draws as weights=[...] (random.choices accumulates them itself), without redoing it per encounter.
_CASE_CUM_WEIGHTS = tuple(itertools.accumulate(c.weight for c in CASES))


def _cutoff() -> date:
    # Never a date in the future, even on a laptop whose clock is behind the demo's calendar.
    return min(DATA_CUTOFF, datetime.now(UTC).date() - timedelta(days=1))


class Rng(random.Random):
    """random.Random with a cheaper randint: the demo draws about ten per encounter, and the stock one
    (randrange with its argument checks and rejection loop) was a tenth of the build time."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class Builder:
    def __init__(self, store: Store, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
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
