"""Repositories of one table need only a scope (database, origin, clock), never the whole store."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

import l2fh_desk.store as store_package
from l2fh_desk.domain.clock import Clock
from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.domain.vocab import Disposition, EncounterKind
from l2fh_desk.domain.ward import Admission, Ward
from l2fh_desk.services.ward import ward_census
from l2fh_desk.store.beds import Wards
from l2fh_desk.store.db import Database
from l2fh_desk.store.encounters import Encounters
from l2fh_desk.store.hospitals import Hospitals, Rotations, Staff
from l2fh_desk.store.patients import Patients
from l2fh_desk.store.ward import Admissions
from tests import factories
from tests.factories import seeded_store

REPOSITORIES = ("base.py", "hospitals.py", "patients.py", "users.py", "outreach.py", "beds.py", "ward.py",
                "encounters.py")
COMMANDER = Actor(username="cdr", role=Role.COMMANDER)
MEDIC = Actor(username="medic", role=Role.MEDIC)


@dataclass
class BareScope:
    db: Database
    origin: str
    clock: Clock


def test_repositories_do_not_import_the_store() -> None:
    folder = Path(store_package.__file__).parent
    for name in REPOSITORIES:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "l2fh_desk.store.store" not in imported, name


def test_repositories_work_over_a_bare_scope(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.sqlite", bed_capacity=12) as store:
        scope = BareScope(store.db, store.origin, store.clock)
        assert Hospitals(scope).this() == store.hospitals.this()
        rotation = Rotations(scope).on(datetime.now(UTC).date())
        assert rotation is not None and rotation.number == 4
        assert Staff(scope).women_share(rotation.id, target=0.15).target == 0.15
        assert Patients(scope).count() == 0
        ward = Wards(scope).create(Ward(name="Annex"), actor=COMMANDER)
        assert store.wards.named("annex") == ward
        patient = Patients(scope).create(factories.patient(), actor=MEDIC)
        encounter = Encounters(scope).create(Encounter(
            patient_id=patient.id, rotation_id=rotation.id, kind=EncounterKind.ADMISSION,
            started_at=datetime.now(UTC), disposition=Disposition.ADMITTED, clinician="Dr Ánh"), actor=MEDIC)
        admission = Admissions(scope).create(Admission(
            patient_id=patient.id, rotation_id=rotation.id, encounter_id=encounter.id, ward="Annex", bed="B-02",
            admitted_at=datetime.now(UTC)), actor=MEDIC)
        held = Admissions(scope).holder(" annex", "b-02 ")
        assert held is not None and held.id == admission.id
        with pytest.raises(DomainError, match="This patient is already admitted"):  # the schema's own refusal
            Admissions(scope).create(admission.model_copy(update={"id": "x", "bed": "B-01"}), actor=MEDIC)
        Encounters(scope).void(encounter.id, reason="Wrong patient", actor=MEDIC)
        assert store.encounters.get(encounter.id).is_voided
        # a repository marks only its own rows: voiding what was saved with it is services.voids' step
        assert not store.admissions.get(admission.id).is_voided


def test_the_census_counts_this_hospitals_beds(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.sqlite", bed_capacity=12) as store:
        census = ward_census(store, datetime.now(UTC))
        assert (census.occupied, census.capacity) == (0, 12)
