"""The handover counts and lists evacuations by state (requested, approved, departed, arrived, cancelled)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from conftest import FIXED_TIME

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import EvacuationMode, EvacuationPriority, EvacuationStatus
from l2fh_desk.domain.ward import Admission
from l2fh_desk.reports.figures_handover import handover_figures
from l2fh_desk.services.ward import admit, advance_evacuation, evacuate_inpatient
from l2fh_desk.store.store import Store


def test_handover_counts_and_lists_evacuations_by_state(demo_store: Store) -> None:
    rotation = demo_store.rotations.by_number(4)
    assert rotation is not None
    at = datetime.combine(rotation.start_date + timedelta(days=3), time(8), UTC)
    patient_id = demo_store.db.scalar("SELECT id FROM patients ORDER BY rowid LIMIT 1")
    admission = admit(demo_store, Admission(patient_id=patient_id, rotation_id=rotation.id, bed="B-20",
                                                       admitted_at=at), actor=SYSTEM)
    evacuation = evacuate_inpatient(demo_store, admission.id, mode=EvacuationMode.MEDEVAC,
                                    priority=EvacuationPriority.URGENT, destination="Level 3, Juba",
                                    requested_at=at + timedelta(hours=2), departed_at=None, reason="", actor=SYSTEM)
    advance_evacuation(demo_store, evacuation.id, EvacuationStatus.APPROVED, at=at + timedelta(hours=3), actor=SYSTEM)
    figures = handover_figures(demo_store, rotation, generated_at=FIXED_TIME)
    by_state = dict(figures.summary.evacuations_by_state)
    assert by_state[EvacuationStatus.APPROVED] == 1
    assert sum(by_state.values()) == figures.summary.evacuations
    listed = [row.status for row in figures.line_list if row.event == "evacuation"]
    assert listed.count(EvacuationStatus.APPROVED) == 1
    assert listed.count(EvacuationStatus.DEPARTED) == by_state.get(EvacuationStatus.DEPARTED, 0)
    # the patient waiting for the aircraft is still an inpatient at the handover
    assert any(row.bed == "B-20" for row in figures.inpatients)
