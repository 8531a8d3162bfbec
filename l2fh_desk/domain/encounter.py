"""One contact with a patient: triage, vitals, diagnoses (ICD-10 → MDS), procedures, disposition."""

from __future__ import annotations

import functools
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from l2fh_desk.domain import icd10, mds
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import MAX_ITEMS, Code, PastDateTime, Record, RequiredText, Text, Voidable
from l2fh_desk.domain.vital_ranges import ABSENT_WHEN_DEAD, ADULT_BAND, AgeBand
from l2fh_desk.domain.vocab import (
    Disposition,
    EncounterKind,
    ProcedureKind,
    ProtectionConcern,
    RelationToEvent,
    Sex,
    Triage,
)

# Hard limits: outside these a value is a typing error, not a sick patient.
VITAL_LIMITS: dict[str, tuple[float, float, str, str]] = {
    "temperature_c": (25.0, 45.0, "°C", "Temperature"),
    "pulse_bpm": (20, 250, "/min", "Pulse"),
    "resp_rate": (2, 80, "/min", "Respiratory rate"),
    "systolic_bp": (40, 300, "mmHg", "Systolic blood pressure"),
    "diastolic_bp": (20, 200, "mmHg", "Diastolic blood pressure"),
    "spo2": (40, 100, "%", "SpO2"),
    "gcs": (3, 15, "", "Glasgow coma scale"),
    "weight_kg": (0.3, 300.0, "kg", "Weight"),
    "pain_score": (0, 10, "", "Pain score"),
}

PREGNANCY_AGE = (10, 55)


def _in_range(name: str) -> AfterValidator:
    """The hard-limit check of one vital, bound to its limits and message once rather than per value
    (an HQ import validates nine vitals for every one of tens of thousands of encounters)."""
    low, high, _unit, _title = VITAL_LIMITS[name]

    absent_allowed = name in ABSENT_WHEN_DEAD  # 0 is checked against the disposition by the encounter

    def check(value: float | None) -> float | None:
        if value is not None and not low <= value <= high and not (absent_allowed and value == 0):
            raise ValueError(check_vital(name, value))
        return value

    return AfterValidator(check)


class Vitals(BaseModel):
    model_config = ConfigDict(frozen=True)

    temperature_c: Annotated[float | None, _in_range("temperature_c")] = None
    pulse_bpm: Annotated[int | None, _in_range("pulse_bpm")] = None
    resp_rate: Annotated[int | None, _in_range("resp_rate")] = None
    systolic_bp: Annotated[int | None, _in_range("systolic_bp")] = None
    diastolic_bp: Annotated[int | None, _in_range("diastolic_bp")] = None
    spo2: Annotated[int | None, _in_range("spo2")] = None
    gcs: Annotated[int | None, _in_range("gcs")] = None
    weight_kg: Annotated[float | None, _in_range("weight_kg")] = None
    pain_score: Annotated[int | None, _in_range("pain_score")] = None

    @model_validator(mode="after")
    def _pressure_order(self) -> Vitals:
        if self.systolic_bp is not None and self.diastolic_bp is not None and self.diastolic_bp >= self.systolic_bp:
            raise DomainError("Diastolic blood pressure must be lower than systolic", field="diastolic_bp")
        return self

    def warnings(self, band: AgeBand = ADULT_BAND) -> dict[str, str]:
        """Values that are possible but abnormal for the age band (an adult by default): shown, not refused."""
        out: dict[str, str] = {}
        for name, (low, high) in band.ranges.items():
            value = getattr(self, name)
            if value is None or (name in ABSENT_WHEN_DEAD and value == 0):
                continue
            title = VITAL_LIMITS[name][3]
            if value < low:
                out[name] = f"{title} is low ({value:g})"
            elif value > high:
                out[name] = f"{title} is high ({value:g})"
        return out


def check_vital(name: str, value: float, *, dead: bool = False) -> str | None:
    """The hard-limit message for one field, for inline validation while typing; a pulse or breathing of 0
    passes for a patient dead on arrival or who died (`dead`)."""
    low, high, unit, title = VITAL_LIMITS[name]
    if dead and name in ABSENT_WHEN_DEAD and value == 0:
        return None
    if not low <= value <= high:
        return f"{title} must be between {low:g} and {high:g} {unit}".rstrip()
    return None


class Diagnosis(Record):
    icd10_code: Code
    text: Text = ""
    mds_event: Code = ""  # an MdsItem value, or the code of a configured additional item
    is_primary: bool = False

    @model_validator(mode="before")
    @classmethod
    def _derive(cls, data: object) -> object:
        if not isinstance(data, dict):
            return data
        derived = _derived(str(data.get("icd10_code", "")))
        if derived is None:
            raise ValueError(f"ICD-10 code '{data.get('icd10_code', '')}' does not exist")
        code, text, event = derived
        data = {**data, "icd10_code": code}
        if not data.get("text"):
            data["text"] = text
        if not data.get("mds_event"):
            data["mds_event"] = event
        return data


@functools.lru_cache(maxsize=4096)  # pure; a bulk load validates the same few codes 100,000 times
def _derived(raw_code: str) -> tuple[str, str, str] | None:
    """(canonical code, ICD-10 title, default MDS event), or None when the code does not exist."""
    code = icd10.normalise(raw_code)
    if not icd10.exists(code):
        return None
    return code, icd10.describe(code), derive_mds_event(code)


@functools.lru_cache(maxsize=4096)  # pure, and called for every diagnosis validated
def derive_mds_event(code: str, additional: tuple[mds.AdditionalItem, ...] = mds.DEFAULT_ADDITIONAL) -> str:
    item = mds.map_icd10(code, additional)
    slots = (mds.MdsItem.ADDITIONAL_1, mds.MdsItem.ADDITIONAL_2, mds.MdsItem.ADDITIONAL_3, mds.MdsItem.ADDITIONAL_4)
    if item in slots:
        return additional[slots.index(item)].code
    return item.value


class Procedure(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: ProcedureKind
    description: Text = ""


class Encounter(Voidable):
    patient_id: str
    rotation_id: str
    kind: EncounterKind = EncounterKind.OUTPATIENT
    started_at: PastDateTime
    triage: Triage | None = None
    vitals: Vitals = Field(default_factory=Vitals)
    complaint: Text = ""
    pregnant: bool = False
    diagnoses: tuple[Diagnosis, ...] = Field(default=(), max_length=MAX_ITEMS)
    procedures: tuple[Procedure, ...] = Field(default=(), max_length=MAX_ITEMS)
    treatment: Text = ""
    disposition: Disposition = Disposition.DISCHARGED
    clinician: RequiredText
    relation_to_event: RelationToEvent = RelationToEvent.NOT_RELATED
    protection: tuple[ProtectionConcern, ...] = Field(default=(), max_length=MAX_ITEMS)
    needs_rehabilitation: bool = False
    notes: Text = ""

    @model_validator(mode="after")
    def _consistent(self) -> Encounter:
        if self.disposition == Disposition.DEAD_ON_ARRIVAL and self.triage not in (None, Triage.DEAD):
            raise DomainError("A patient dead on arrival is triaged as dead", field="triage")
        if not self.is_dead:
            for name in sorted(ABSENT_WHEN_DEAD):
                if getattr(self.vitals, name) == 0:
                    low, high, unit, title = VITAL_LIMITS[name]
                    raise DomainError(f"{title} of 0 is recorded only for a patient dead on arrival or who died"
                                      f" (otherwise {low:g} to {high:g} {unit})", field=name)
        if sum(1 for d in self.diagnoses if d.is_primary) > 1:
            raise DomainError("Only one diagnosis can be primary", field="diagnoses")
        return self

    @property
    def is_dead(self) -> bool:
        """Dead on arrival, died in the facility, or triaged dead: no pulse or breathing may be recorded."""
        return self.disposition in (Disposition.DEAD_ON_ARRIVAL, Disposition.DIED) or self.triage == Triage.DEAD

    def check_for_patient(self, patient: Patient) -> None:
        """Rules that need the patient: pregnancy only for females of plausible age."""
        if self.patient_id != patient.id:
            raise DomainError("The encounter belongs to another patient", field="patient_id")
        if self.pregnant:
            if patient.sex != Sex.FEMALE:
                raise DomainError("Pregnancy can only be recorded for a female patient", field="pregnant")
            age = patient.age_on(self.started_at.date())
            if not PREGNANCY_AGE[0] <= age <= PREGNANCY_AGE[1]:
                raise DomainError(
                    f"Pregnancy at age {age} is not plausible (expected {PREGNANCY_AGE[0]}-{PREGNANCY_AGE[1]})",
                    field="pregnant",
                )
        if self.started_at.date() < patient.date_of_birth:
            raise DomainError("The encounter is before the patient's date of birth", field="started_at")

    @property
    def primary_diagnosis(self) -> Diagnosis | None:
        for diagnosis in self.diagnoses:
            if diagnosis.is_primary:
                return diagnosis
        return self.diagnoses[0] if self.diagnoses else None

    def day(self) -> date:
        return self.started_at.date()
