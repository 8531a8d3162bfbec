"""Every controlled vocabulary of DESIGN.md as stable codes (what is stored) with English labels."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"


class PatientCategory(StrEnum):
    UN_MILITARY = "un_military"
    UN_POLICE = "un_police"
    UN_CIVILIAN = "un_civilian"
    CONTRACTOR = "contractor"
    LOCAL_CIVILIAN = "local_civilian"
    OTHER = "other"


UN_PERSONNEL = frozenset({PatientCategory.UN_MILITARY, PatientCategory.UN_POLICE, PatientCategory.UN_CIVILIAN})


class EncounterKind(StrEnum):
    OUTPATIENT = "outpatient"
    EMERGENCY = "emergency"
    FOLLOW_UP = "follow_up"
    ADMISSION = "admission"
    OUTREACH_CLINIC = "outreach_clinic"


class Triage(StrEnum):
    T1 = "T1"  # immediate
    T2 = "T2"  # urgent
    T3 = "T3"  # minor
    T4 = "T4"  # expectant
    DEAD = "dead"


class Disposition(StrEnum):
    """Aligned with the WHO EMT MDS outcomes 36-42."""

    DISCHARGED = "discharged"
    DISCHARGED_FOLLOW_UP = "discharged_follow_up"
    ADMITTED = "admitted"
    EVACUATED = "evacuated"
    LEFT_AGAINST_ADVICE = "left_against_advice"
    DIED = "died"
    DEAD_ON_ARRIVAL = "dead_on_arrival"


class EvacuationMode(StrEnum):
    CASEVAC = "casevac"
    MEDEVAC = "medevac"


class EvacuationStatus(StrEnum):
    """Where an evacuation stands: the patient keeps the bed until departure."""

    REQUESTED = "requested"
    APPROVED = "approved"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    CANCELLED = "cancelled"


class EvacuationPriority(StrEnum):
    URGENT = "urgent"
    PRIORITY = "priority"
    ROUTINE = "routine"


class RelationToEvent(StrEnum):
    """MDS items 44-46: relation of the consultation to the emergency event."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    NOT_RELATED = "not_related"


class ProtectionConcern(StrEnum):
    """MDS items 47-50."""

    VULNERABLE_CHILD = "vulnerable_child"
    VULNERABLE_ADULT = "vulnerable_adult"
    SGBV = "sgbv"
    VIOLENCE = "violence"


class ProcedureKind(StrEnum):
    """MDS items 30-35; `other` is recorded but not tallied."""

    MAJOR = "major_procedure"
    LIMB_AMPUTATION = "limb_amputation"
    MINOR = "minor_surgical_procedure"
    NORMAL_VAGINAL_DELIVERY = "normal_vaginal_delivery"
    CAESAREAN_SECTION = "caesarean_section"
    OBSTETRICS_OTHER = "obstetrics_other"
    OTHER = "other"


MAJOR_SURGERY = frozenset({ProcedureKind.MAJOR, ProcedureKind.LIMB_AMPUTATION, ProcedureKind.CAESAREAN_SECTION})
MINOR_SURGERY = frozenset({ProcedureKind.MINOR})


class AdmissionOutcome(StrEnum):
    DISCHARGED = "discharged"
    EVACUATED = "evacuated"
    DIED = "died"
    LEFT_AGAINST_ADVICE = "left_against_advice"
    TRANSFERRED = "transferred"


class OutreachKind(StrEnum):
    MASK_SEWING = "mask_sewing"
    AGRICULTURE = "agriculture"
    TEACHING = "teaching"
    HEALTH_EDUCATION = "health_education"
    OUTREACH_CLINIC = "outreach_clinic"
    DONATION = "donation"
    ENGINEERING = "engineering"
    OTHER = "other"


class ContingentType(StrEnum):
    """UN uniformed gender parity targets differ by contingent type."""

    MILITARY_CONTINGENT = "military_contingent"
    STAFF_OFFICERS_OBSERVERS = "staff_officers_observers"
    FORMED_POLICE_UNIT = "formed_police_unit"
    INDIVIDUAL_POLICE = "individual_police"


# UN Uniformed Gender Parity Strategy 2018-2028, targets for 2028 (share of women).
UN_GENDER_TARGET: dict[ContingentType, float] = {
    ContingentType.MILITARY_CONTINGENT: 0.15,
    ContingentType.STAFF_OFFICERS_OBSERVERS: 0.25,
    ContingentType.FORMED_POLICE_UNIT: 0.20,
    ContingentType.INDIVIDUAL_POLICE: 0.30,
}


class EnumLabels(Mapping[StrEnum, str]):
    """Labels keyed by vocabulary *and* code: Disposition.DIED and AdmissionOutcome.DIED share the code
    "died" (and StrEnum members hash like their codes), so a plain dict would keep only the last label."""

    def __init__(self, pairs: tuple[tuple[StrEnum, str], ...]) -> None:
        self._by_kind = {(type(value), value.value): text for value, text in pairs}
        self._values = [value for value, _ in pairs]

    def __getitem__(self, value: StrEnum) -> str:
        if not isinstance(value, StrEnum):
            raise KeyError(value)
        return self._by_kind[(type(value), value.value)]

    def __iter__(self) -> Iterator[StrEnum]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


LABELS: Mapping[StrEnum, str] = EnumLabels((
    (Sex.FEMALE, "Female"),
    (Sex.MALE, "Male"),
    (PatientCategory.UN_MILITARY, "UN military"),
    (PatientCategory.UN_POLICE, "UN police"),
    (PatientCategory.UN_CIVILIAN, "UN civilian staff"),
    (PatientCategory.CONTRACTOR, "Contractor"),
    (PatientCategory.LOCAL_CIVILIAN, "Local civilian"),
    (PatientCategory.OTHER, "Other"),
    (EncounterKind.OUTPATIENT, "Outpatient"),
    (EncounterKind.EMERGENCY, "Emergency"),
    (EncounterKind.FOLLOW_UP, "Follow-up"),
    (EncounterKind.ADMISSION, "Admission"),
    (EncounterKind.OUTREACH_CLINIC, "Outreach clinic"),
    (Triage.T1, "T1 Immediate"),
    (Triage.T2, "T2 Urgent"),
    (Triage.T3, "T3 Minor"),
    (Triage.T4, "T4 Expectant"),
    (Triage.DEAD, "Dead"),
    (Disposition.DISCHARGED, "Discharged"),
    (Disposition.DISCHARGED_FOLLOW_UP, "Discharged with follow-up"),
    (Disposition.ADMITTED, "Admitted"),
    (Disposition.EVACUATED, "Referred or evacuated"),
    (Disposition.LEFT_AGAINST_ADVICE, "Left against medical advice"),
    (Disposition.DIED, "Died in facility"),
    (Disposition.DEAD_ON_ARRIVAL, "Dead on arrival"),
    (EvacuationMode.CASEVAC, "CASEVAC"),
    (EvacuationMode.MEDEVAC, "MEDEVAC"),
    (EvacuationStatus.REQUESTED, "Requested"),
    (EvacuationStatus.APPROVED, "Approved"),
    (EvacuationStatus.DEPARTED, "Departed"),
    (EvacuationStatus.ARRIVED, "Arrived"),
    (EvacuationStatus.CANCELLED, "Cancelled"),
    (EvacuationPriority.URGENT, "Urgent"),
    (EvacuationPriority.PRIORITY, "Priority"),
    (EvacuationPriority.ROUTINE, "Routine"),
    (RelationToEvent.DIRECT, "Directly related to the event"),
    (RelationToEvent.INDIRECT, "Indirectly related to the event"),
    (RelationToEvent.NOT_RELATED, "Not related to the event"),
    (ProtectionConcern.VULNERABLE_CHILD, "Vulnerable child"),
    (ProtectionConcern.VULNERABLE_ADULT, "Vulnerable adult"),
    (ProtectionConcern.SGBV, "Sexual and gender-based violence"),
    (ProtectionConcern.VIOLENCE, "Violence (non-SGBV)"),
    (ProcedureKind.MAJOR, "Major procedure"),
    (ProcedureKind.LIMB_AMPUTATION, "Limb amputation"),
    (ProcedureKind.MINOR, "Minor surgical procedure"),
    (ProcedureKind.NORMAL_VAGINAL_DELIVERY, "Normal vaginal delivery"),
    (ProcedureKind.CAESAREAN_SECTION, "Caesarean section"),
    (ProcedureKind.OBSTETRICS_OTHER, "Obstetrics, other"),
    (ProcedureKind.OTHER, "Other procedure"),
    (AdmissionOutcome.DISCHARGED, "Discharged"),
    (AdmissionOutcome.EVACUATED, "Evacuated"),
    (AdmissionOutcome.DIED, "Died"),
    (AdmissionOutcome.LEFT_AGAINST_ADVICE, "Left against medical advice"),
    (AdmissionOutcome.TRANSFERRED, "Transferred"),
    (OutreachKind.MASK_SEWING, "Mask sewing and distribution"),
    (OutreachKind.AGRICULTURE, "Agricultural instruction"),
    (OutreachKind.TEACHING, "Teaching and education"),
    (OutreachKind.HEALTH_EDUCATION, "Health education"),
    (OutreachKind.OUTREACH_CLINIC, "Outreach clinic"),
    (OutreachKind.DONATION, "Donation"),
    (OutreachKind.ENGINEERING, "Engineering and infrastructure"),
    (OutreachKind.OTHER, "Other"),
    (ContingentType.MILITARY_CONTINGENT, "Military contingent"),
    (ContingentType.STAFF_OFFICERS_OBSERVERS, "Staff officers and military observers"),
    (ContingentType.FORMED_POLICE_UNIT, "Formed police unit"),
    (ContingentType.INDIVIDUAL_POLICE, "Individual police officers"),
))


def label(value: StrEnum) -> str:
    """English label of a vocabulary value (the UI and reports translate these)."""
    return LABELS.get(value, str(value))
