"""A record saved by a laptop whose clock ran ahead stays readable; new records in the future are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.services.setup import add_hospital
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


def test_an_injected_clock_stamps_records_audit_rows_and_drafts(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2030, 1, 2, 3, 4, 5, 678, tzinfo=UTC))
    with Store(tmp_path / "h.db", clock=clock) as store:
        hospital = add_hospital(store, Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu"),
                                          actor=SYSTEM)
        store.drafts.save("encounter", "medic", {"complaint": "cough"})
        clock.advance(timedelta(days=1))
        store.settings.set("idle_lock_minutes", 10, actor=SYSTEM)
        with store.reopen(readonly=True) as reader:
            assert reader.clock is clock
            assert reader.db.query("SELECT at FROM audit_log ORDER BY seq")[-1][0] == "2030-01-03T03:04:05Z"
        assert store.hospitals.get(hospital.id).created_at == "2030-01-02T03:04:05Z"
        assert store.db.scalar("SELECT at FROM audit_log ORDER BY seq LIMIT 1") == "2030-01-02T03:04:05Z"
        assert store.db.scalar("SELECT saved_at FROM drafts") == "2030-01-02T03:04:05Z"
