"""The ward: admissions (a bed from admission to discharge) and evacuations to Level 3."""

from __future__ import annotations

from datetime import datetime

from pydantic import model_validator

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.records import PastDateTime, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority


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

    @model_validator(mode="after")
    def _departure_after_request(self) -> Evacuation:
        if self.departed_at is not None and self.departed_at < self.requested_at:
            raise DomainError("Departure must be after the request", field="departed_at")
        return self
