"""A record saved by a laptop whose clock ran ahead stays readable; new records in the future are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.store.store import Store


def test_stored_future_times_read_back_but_new_ones_are_refused(store: Store, rotation_id: str,
                                                                 make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=SYSTEM)
    saved = store.encounters.create(Encounter(patient_id=patient.id, rotation_id=rotation_id,
                                              started_at=datetime.now(UTC), clinician="Dr Lan"), actor=SYSTEM)
    ahead = (datetime.now(UTC) + timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.db.atomic():  # as if written by a laptop whose clock was three days ahead
        store.db.write("UPDATE encounters SET started_at = ? WHERE id = ?", (ahead, saved.id))

    assert store.encounters.get(saved.id).started_at.strftime("%Y-%m-%dT%H:%M:%SZ") == ahead
    assert [e.id for e in store.encounters.for_patient(patient.id)] == [saved.id]

    with pytest.raises(ValidationError, match="Cannot be in the future"):
        Encounter(patient_id=patient.id, rotation_id=rotation_id, started_at=datetime.now(UTC) + timedelta(days=3),
                  clinician="Dr Lan")
