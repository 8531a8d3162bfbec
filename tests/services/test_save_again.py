"""Saving the same encounter again (its COMMIT reported a failure, yet the row landed) never duplicates it."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import new_id
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import Disposition
from l2fh_desk.services.encounters import record_encounter
from tests.factories import patient, seeded_store
from tests.services.test_services_use_cases import MEDIC, entry


def test_the_same_form_saved_twice_is_one_encounter_and_one_admission(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        form = entry(who.id, disposition=Disposition.ADMITTED, bed="B3", record_id=new_id(),
                     diagnoses=(Diagnosis(icd10_code="B54", is_primary=True),))
        first = record_encounter(store, form, actor=MEDIC)
        again = record_encounter(store, form, actor=MEDIC)  # the retry after "not saved"
        assert again.id == first.id == form.record_id and again.version == first.version
        assert store.encounters.count() == 1 and store.admissions.count() == 1
        audits = store.db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'encounters'")
        assert audits == 1


def test_the_same_form_saved_again_after_an_edit_updates_it(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        record_id = new_id()
        record_encounter(store, entry(who.id, record_id=record_id), actor=MEDIC)
        edited = record_encounter(store, entry(who.id, record_id=record_id, complaint="fever and cough"), actor=MEDIC)
        assert store.encounters.count() == 1
        assert store.encounters.get(record_id).complaint == "fever and cough" and edited.version == 2
        with pytest.raises(DomainError, match="another disposition"):
            record_encounter(store, entry(who.id, record_id=record_id, disposition=Disposition.ADMITTED, bed="B1"),
                             actor=MEDIC)
        assert store.admissions.count() == 0


def test_forms_without_an_id_are_separate_encounters(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        record_encounter(store, entry(who.id), actor=MEDIC)
        record_encounter(store, entry(who.id), actor=MEDIC)
        assert store.encounters.count() == 2
