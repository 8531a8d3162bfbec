"""One entry point voids any record by its table; an encounter takes what was saved with it along."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import Disposition, EncounterKind, EvacuationMode, EvacuationPriority
from l2fh_desk.domain.ward import Evacuation
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.services.voids import VOIDABLE, repository, void_record
from l2fh_desk.store import audit
from tests.factories import now, patient, seeded_store

MEDIC = Actor(username="medic", role=Role.MEDIC)


def test_an_evacuated_encounter_is_voided_with_its_evacuation_and_diagnoses(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        rotation = store.rotations.latest()
        assert rotation is not None
        started = now() - timedelta(hours=1)
        saved = save_encounter(store, Encounter(
            patient_id=who.id, rotation_id=rotation.id, started_at=started, clinician="Dr Lan",
            kind=EncounterKind.EMERGENCY, triage=None, disposition=Disposition.EVACUATED,
            diagnoses=(Diagnosis(icd10_code="S06.0"),)), actor=MEDIC,
            evacuation=Evacuation(patient_id=who.id, rotation_id=rotation.id, mode=EvacuationMode.MEDEVAC,
                                  priority=EvacuationPriority.URGENT, destination="Level 3, Juba",
                                  requested_at=started))
        before = store.db.scalar("SELECT count(*) FROM audit_log")
        voided = void_record(store, "encounters", saved.id, reason="Wrong patient", actor=MEDIC)
        assert voided.id == saved.id and store.encounters.get(saved.id).void_reason == "Wrong patient"
        [evacuation] = store.evacuations.find("encounter_id = ?", (saved.id,))
        assert evacuation.void_reason == "Wrong patient (voided with its encounter)"
        assert store.evacuations.pending() == []
        assert store.db.scalar("SELECT count(*) FROM diagnoses WHERE encounter_id = ? AND voided_at IS NULL",
                               (saved.id,)) == 0
        assert store.db.scalar("SELECT count(*) FROM audit_log") == before + 2  # the encounter and its evacuation
        assert audit.verify(store.db) is None


def test_a_refused_cascade_leaves_the_encounter_as_it_was(tmp_path: Path) -> None:
    """When voiding what was saved with the encounter fails, the encounter is not voided either."""
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        rotation = store.rotations.latest()
        assert rotation is not None
        saved = store.encounters.create(Encounter(
            patient_id=who.id, rotation_id=rotation.id, started_at=now() - timedelta(hours=1), clinician="Dr Lan",
            kind=EncounterKind.OUTPATIENT, disposition=Disposition.DISCHARGED), actor=SYSTEM)
        evacuation = store.evacuations.create(Evacuation(
            patient_id=who.id, rotation_id=rotation.id, encounter_id=saved.id, mode=EvacuationMode.CASEVAC,
            priority=EvacuationPriority.ROUTINE, destination="Juba", requested_at=now()), actor=SYSTEM)
        store.db.conn.execute("CREATE TEMP TRIGGER refuse BEFORE UPDATE OF voided_at ON evacuations"
                              " BEGIN SELECT RAISE(ABORT, 'refused'); END")
        with pytest.raises(Exception, match="refused"):
            void_record(store, "encounters", saved.id, reason="Wrong patient", actor=MEDIC)
        assert not store.encounters.get(saved.id).is_voided  # one transaction: nothing voided
        assert not store.evacuations.get(evacuation.id).is_voided


def test_other_records_are_voided_by_their_table_and_unknown_tables_refused(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        assert void_record(store, "patients", who.id, reason="Registered twice", actor=MEDIC).id == who.id
        assert store.patients.get(who.id).is_voided
        assert all(repository(store, kind).table == kind for kind in VOIDABLE)
        with pytest.raises(DomainError, match="cannot be voided"):
            void_record(store, "users", who.id, reason="x", actor=MEDIC)
        with pytest.raises(DomainError, match="cannot be voided"):
            void_record(store, "audit_log", who.id, reason="x", actor=MEDIC)
