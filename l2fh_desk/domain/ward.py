"""The ward: admissions (a bed from admission to discharge) and evacuations to Level 3."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import model_validator

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.records import PastDateTime, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority, EvacuationStatus


class Admission(Voidable):
    patient_id: str
    rotation_id: str
    encounter_id: str | None = None
    bed: RequiredText
    ward: Text = "General"
    admitted_at: PastDateTime
    diagnosis: Text = ""
    plan: Text = ""
    discharged_at: PastDateTime | None = None
    outcome: AdmissionOutcome | None = None
    discharge_note: Text = ""
    legacy_conflict: bool = False  # double-booked before schema 4; kept, reported, outside the constraints

    @model_validator(mode="after")
    def _discharge_after_admission(self) -> Admission:
        if self.discharged_at is not None:
            if self.discharged_at < self.admitted_at:
                raise DomainError("Discharge must be after admission", field="discharged_at")
            if self.outcome is None:
                raise DomainError("A discharge needs an outcome", field="outcome")
        elif self.outcome is not None:
            raise DomainError("An outcome needs a discharge time", field="discharged_at")
        return self

    @property
    def is_open(self) -> bool:
        return self.discharged_at is None and not self.is_voided

    def days_in(self, at: datetime) -> int:
        end = self.discharged_at or at
        return max(0, (end.date() - self.admitted_at.date()).days)


class Evacuation(Voidable):
    patient_id: str
    rotation_id: str
    encounter_id: str | None = None
    admission_id: str | None = None
    mode: EvacuationMode
    priority: EvacuationPriority
    destination: RequiredText
    requested_at: PastDateTime
    departed_at: PastDateTime | None = None
    reason: Text = ""
    status: EvacuationStatus = EvacuationStatus.REQUESTED
    approved_at: PastDateTime | None = None
    arrived_at: PastDateTime | None = None
    cancelled_at: PastDateTime | None = None

    @model_validator(mode="before")
    @classmethod
    def _status_from_times(cls, data: Any) -> Any:
        """A record built with times but no status (older callers, a form) stands where its times say."""
        if isinstance(data, dict) and data.get("status") is None:
            data = dict(data)
            data["status"] = next((status for status, field in _STAGES if data.get(field) is not None),
                                  EvacuationStatus.REQUESTED)
        return data

    @model_validator(mode="after")
    def _times_in_order(self) -> Evacuation:
        if self.approved_at is not None and self.approved_at < self.requested_at:
            raise DomainError("Approval must be after the request", field="approved_at")
        if self.departed_at is not None and self.departed_at < self.requested_at:
            raise DomainError("Departure must be after the request", field="departed_at")
        if self.departed_at is not None and self.approved_at is not None and self.departed_at < self.approved_at:
            raise DomainError("Departure must be after the approval", field="departed_at")
        if self.arrived_at is not None and (self.departed_at is None or self.arrived_at < self.departed_at):
            raise DomainError("Arrival must be after the departure", field="arrived_at")
        needed = {EvacuationStatus.APPROVED: "approved_at", EvacuationStatus.DEPARTED: "departed_at",
                  EvacuationStatus.ARRIVED: "arrived_at", EvacuationStatus.CANCELLED: "cancelled_at"}
        field = needed.get(self.status)
        if field is not None and getattr(self, field) is None:
            raise DomainError(f"An evacuation that is {self.status.value} needs the time", field=field)
        return self

    @property
    def is_pending(self) -> bool:
        """Requested or approved, not yet gone: the patient is still here."""
        return self.status in (EvacuationStatus.REQUESTED, EvacuationStatus.APPROVED) and not self.is_voided


# Latest stage first: the status a record's times imply.
_STAGES = ((EvacuationStatus.CANCELLED, "cancelled_at"), (EvacuationStatus.ARRIVED, "arrived_at"),
           (EvacuationStatus.DEPARTED, "departed_at"), (EvacuationStatus.APPROVED, "approved_at"))


class Ward(Voidable):
    """A ward the commander set up (e.g. "General", "Isolation"); its beds are records too."""

    name: RequiredText
    position: int = 0


class Bed(Voidable):
    ward_id: str
    label: RequiredText
    position: int = 0


def bed_key(ward: str, bed: str) -> tuple[str, str]:
    """How the schema compares beds: "b-05" in "general " is B-05 in General (lower(trim()) in SQL)."""
    return ward.strip().lower(), bed.strip().lower()
