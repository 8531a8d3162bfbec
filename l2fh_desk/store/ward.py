"""The ward: open admissions (the bed board), discharge, transfer, evacuation, and today's census."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationStatus
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.store import rotation_dates
from l2fh_desk.store.base import Repository
from l2fh_desk.store.driver import sqlite3


@dataclass(frozen=True)
class BedRow:
    admission_id: str
    patient_id: str
    patient_name: str
    bed: str
    ward: str
    admitted_at: str
    diagnosis: str
    plan: str
    version: int
    evacuation: str = ""  # "requested" / "approved" while an evacuation is pending: the patient is still here
    # who the patient is, so two of the same name are told apart beside the bed
    sex: str = ""
    date_of_birth: str = ""
    dob_estimated: bool = False
    category: str = ""
    un_index_number: str = ""
    home_location: str = ""

    def age_on(self, day: date) -> int | None:
        if not self.date_of_birth:
            return None
        born = date.fromisoformat(self.date_of_birth)
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def days_in(self, at: datetime) -> int:
        admitted = datetime.fromisoformat(self.admitted_at.replace("Z", "+00:00"))
        return max(0, (at.date() - admitted.date()).days)


@dataclass(frozen=True)
class Census:
    occupied: int
    admitted_today: int
    discharged_today: int
    capacity: int


class Admissions(Repository[Admission]):
    table = "admissions"
    model = Admission
    write_action = Action.WRITE_WARD

    def holder(self, ward: str, bed: str, *, other_than: str = "") -> Admission | None:
        """The open admission in that bed, compared as the schema does ("b-05 " is "B-05"), or None if free."""
        found = self.find("discharged_at IS NULL AND voided_at IS NULL AND id != ? AND lower(trim(ward)) ="
                          " lower(trim(?)) AND lower(trim(bed)) = lower(trim(?))", (other_than, ward, bed), limit=1)
        return found[0] if found else None

    def create(self, record: Admission, *, actor: Actor) -> Admission:
        """Admit (services.ward.admit checks the patient and the bed first, naming them); the schema's unique
        indexes refuse a second open admission of a patient or of a bed, in plain words here."""
        with self.db.atomic():
            rotation_dates.refuse_outside(self.db, rotation_dates.ADMISSION, record_id=record.id,
                                          rotation_id=record.rotation_id, moment=record.admitted_at)
            try:
                return super().create(record, actor=actor)
            except sqlite3.IntegrityError as exc:  # another window admitted at the same moment
                raise _constraint_error(exc) from exc

    def update(self, record: Admission, *, actor: Actor) -> Admission:
        """An admission stays in the rotation of the day it began (a discharge in the next one moves nothing)."""
        with self.db.atomic():
            rotation_dates.refuse_outside(self.db, rotation_dates.ADMISSION, record_id=record.id,
                                          rotation_id=record.rotation_id, moment=record.admitted_at)
            return super().update(record, actor=actor)

    def board(self) -> list[BedRow]:
        rows = self.db.query(
            "SELECT a.id, a.patient_id, p.name, a.bed, a.ward, a.admitted_at, a.diagnosis, a.plan, a.version,"
            " coalesce((SELECT e.status FROM evacuations e WHERE e.admission_id = a.id AND e.voided_at IS NULL"
            "  AND e.status IN ('requested', 'approved') ORDER BY e.requested_at DESC LIMIT 1), '')"
            ", p.sex, p.date_of_birth, p.dob_estimated, p.category, p.un_index_number, coalesce(p.home_location, '')"
            " FROM admissions a JOIN patients p ON p.id = a.patient_id"
            " WHERE a.discharged_at IS NULL AND a.voided_at IS NULL ORDER BY a.ward, a.bed"
        )
        return [BedRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], sex=r[10], date_of_birth=r[11],
                       dob_estimated=bool(r[12]), category=r[13], un_index_number=r[14], home_location=r[15])
                for r in rows]

    def open_for_patient(self, patient_id: str) -> Admission | None:
        found = self.find("patient_id = ? AND discharged_at IS NULL AND voided_at IS NULL", (patient_id,))
        return found[0] if found else None

    def discharge(self, admission_id: str, *, at: datetime, outcome: AdmissionOutcome, note: str = "",
                  actor: Actor) -> Admission:
        current = self.get(admission_id)
        if not current.is_open:
            raise DomainError("This admission is already closed")
        changed = {**current.model_dump(), "discharged_at": at, "outcome": outcome, "discharge_note": note}
        return self.update(Admission.model_validate(changed), actor=actor)

    def transfer(self, admission_id: str, *, bed: str, ward: str | None = None, actor: Actor) -> Admission:
        """Change bed (services.ward.move_to_bed checks the bed first)."""
        current = self.get(admission_id)
        if not current.is_open:
            raise DomainError("Only an open admission can change bed", field="bed")
        ward = current.ward if ward is None else ward
        try:
            return self.update(Admission.model_validate({**current.model_dump(), "bed": bed, "ward": ward}),
                               actor=actor)
        except sqlite3.IntegrityError as exc:
            raise _constraint_error(exc) from exc

    def census(self, at: datetime, *, capacity: int) -> Census:
        """Beds occupied now, admitted and discharged on `at`'s day, against `capacity` beds."""
        day = at.date().isoformat()
        row = self.db.one(
            "SELECT coalesce(sum(discharged_at IS NULL), 0) AS occupied,"
            " coalesce(sum(substr(admitted_at, 1, 10) = ?), 0) AS admitted_today,"
            " coalesce(sum(substr(discharged_at, 1, 10) = ?), 0) AS discharged_today"
            " FROM admissions WHERE voided_at IS NULL", (day, day))
        assert row is not None
        return Census(int(row["occupied"]), int(row["admitted_today"]), int(row["discharged_today"]), capacity)


def _constraint_error(exc: sqlite3.IntegrityError) -> DomainError:
    """The schema's own refusal in plain words (the checks before it normally speak first)."""
    if "admissions.patient_id" in str(exc):
        return DomainError("This patient is already admitted; discharge or move that admission instead",
                           field="patient_id")
    return DomainError("That bed is taken; choose a free bed", field="bed")


@dataclass(frozen=True)
class PendingRow:
    """An evacuation requested or approved, not yet departed: who, where to, since when."""

    evacuation_id: str
    patient_id: str
    patient_name: str
    ward: str
    bed: str
    status: str
    priority: str
    mode: str
    destination: str
    requested_at: str
    approved_at: str | None

    def waiting_hours(self, at: datetime) -> float:
        requested = datetime.fromisoformat(self.requested_at.replace("Z", "+00:00"))
        return max(0.0, (at - requested).total_seconds() / 3600)


# Which stage may follow which, and the time each one sets.
_NEXT = {EvacuationStatus.REQUESTED: (EvacuationStatus.APPROVED, EvacuationStatus.DEPARTED,
                                      EvacuationStatus.CANCELLED),
         EvacuationStatus.APPROVED: (EvacuationStatus.DEPARTED, EvacuationStatus.CANCELLED),
         EvacuationStatus.DEPARTED: (EvacuationStatus.ARRIVED,),
         EvacuationStatus.ARRIVED: (), EvacuationStatus.CANCELLED: ()}
_TIME = {EvacuationStatus.APPROVED: "approved_at", EvacuationStatus.DEPARTED: "departed_at",
         EvacuationStatus.ARRIVED: "arrived_at", EvacuationStatus.CANCELLED: "cancelled_at"}


class Evacuations(Repository[Evacuation]):
    table = "evacuations"
    model = Evacuation
    write_action = Action.WRITE_WARD

    def create(self, record: Evacuation, *, actor: Actor) -> Evacuation:
        """An evacuation belongs to the rotation of the day it was requested, whenever it departs."""
        with self.db.atomic():
            self._check_rotation(record)
            return super().create(record, actor=actor)

    def update(self, record: Evacuation, *, actor: Actor) -> Evacuation:
        with self.db.atomic():
            self._check_rotation(record)
            return super().update(record, actor=actor)

    def _check_rotation(self, record: Evacuation) -> None:
        rotation_dates.refuse_outside(self.db, rotation_dates.EVACUATION, record_id=record.id,
                                      rotation_id=record.rotation_id, moment=record.requested_at)

    def for_rotation(self, rotation_id: str) -> list[Evacuation]:
        return self.find("rotation_id = ? AND voided_at IS NULL", (rotation_id,), order="requested_at")

    def pending(self) -> list[PendingRow]:
        """Requested or approved evacuations, the longest waiting first."""
        rows = self.db.query(
            "SELECT e.id, e.patient_id, p.name, coalesce(a.ward, ''), coalesce(a.bed, ''), e.status, e.priority,"
            " e.mode, e.destination, e.requested_at, e.approved_at FROM evacuations e"
            " JOIN patients p ON p.id = e.patient_id LEFT JOIN admissions a ON a.id = e.admission_id"
            " WHERE e.voided_at IS NULL AND e.status IN ('requested', 'approved') ORDER BY e.requested_at")
        return [PendingRow(*tuple(row)) for row in rows]

    def set_stage(self, evacuation_id: str, status: EvacuationStatus, *, at: datetime, actor: Actor) -> Evacuation:
        """Move an evacuation to its next stage at `at` (services.ward.advance_evacuation also closes the
        admission at the departure)."""
        with self.db.atomic():
            current = self.get(evacuation_id)
            if current.is_voided:
                raise DomainError("A voided evacuation cannot change")
            if status not in _NEXT[current.status]:
                raise DomainError(f"An evacuation that is {current.status.value} cannot become {status.value}",
                                  field="status")
            return self.update(Evacuation.model_validate({**current.model_dump(), "status": status,
                                                          _TIME[status]: at}), actor=actor)
