"""The demo's ward: admissions planned while the encounters are drawn, then closed or left on the board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from l2fh_desk.demo import names
from l2fh_desk.demo.builder import Builder
from l2fh_desk.demo.casemix import Case
from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority
from l2fh_desk.domain.ward import Admission, Evacuation

OPEN_MIN, OPEN_MAX, OPEN_WITHIN_DAYS = 3, 8, 30  # admissions still on the ward board at the end


@dataclass(frozen=True)
class PlannedStay:
    encounter: Encounter
    case: Case
    stay: timedelta
    outcome: AdmissionOutcome


def admissions(b: Builder, planned: list[PlannedStay], evacuations: list[Evacuation]) -> list[Admission]:
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
