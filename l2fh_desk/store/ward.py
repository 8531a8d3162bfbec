"""The ward: open admissions (the bed board), discharge, transfer, evacuation, and today's census."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.vocab import AdmissionOutcome
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.store.base import Repository


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

    def create(self, record: Admission, *, actor: Actor) -> Admission:
        with self.db.atomic():
            busy = self.db.scalar(
                "SELECT count(*) FROM admissions WHERE bed = ? AND ward = ? AND discharged_at IS NULL"
                " AND voided_at IS NULL", (record.bed, record.ward))
            if busy:
                raise DomainError(f"Bed {record.bed} is occupied", field="bed")
            return super().create(record, actor=actor)

    def board(self) -> list[BedRow]:
        rows = self.db.query(
            "SELECT a.id, a.patient_id, p.name, a.bed, a.ward, a.admitted_at, a.diagnosis, a.plan, a.version"
            " FROM admissions a JOIN patients p ON p.id = a.patient_id"
            " WHERE a.discharged_at IS NULL AND a.voided_at IS NULL ORDER BY a.ward, a.bed"
        )
        return [BedRow(*tuple(row)) for row in rows]

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
        current = self.get(admission_id)
        if not current.is_open:
            raise DomainError("Only an open admission can change bed", field="bed")
        ward = current.ward if ward is None else ward
        busy = self.db.scalar("SELECT count(*) FROM admissions WHERE bed = ? AND ward = ? AND id != ?"
                              " AND discharged_at IS NULL AND voided_at IS NULL", (bed, ward, admission_id))
        if busy:
            raise DomainError(f"Bed {bed} is occupied", field="bed")
        return self.update(Admission.model_validate({**current.model_dump(), "bed": bed, "ward": ward}), actor=actor)

    def census(self, at: datetime) -> Census:
        day = at.date().isoformat()
        row = self.db.one(
            "SELECT coalesce(sum(discharged_at IS NULL), 0) AS occupied,"
            " coalesce(sum(substr(admitted_at, 1, 10) = ?), 0) AS admitted_today,"
            " coalesce(sum(substr(discharged_at, 1, 10) = ?), 0) AS discharged_today"
            " FROM admissions WHERE voided_at IS NULL", (day, day))
        assert row is not None
        hospital = self.store.hospitals.this()
        return Census(int(row["occupied"]), int(row["admitted_today"]), int(row["discharged_today"]),
                      hospital.bed_capacity if hospital else 0)


class Evacuations(Repository[Evacuation]):
    table = "evacuations"
    model = Evacuation
    write_action = Action.WRITE_WARD

    def for_rotation(self, rotation_id: str) -> list[Evacuation]:
        return self.find("rotation_id = ? AND voided_at IS NULL", (rotation_id,), order="requested_at")

