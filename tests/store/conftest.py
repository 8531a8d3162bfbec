"""Store fixtures: a fresh database file per test, with this installation's hospital and one rotation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)
COMMANDER = Actor(username="commander", role=Role.COMMANDER)
YESTERDAY = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "hospital.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store(db_path) as opened:
        add_hospital(opened, Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
        today = date.today()
        opened.rotations.create(
            Rotation(hospital_id=opened.origin, number=4, start_date=today - timedelta(days=200),
                     end_date=today + timedelta(days=165)),
            actor=SYSTEM,
        )
        yield opened


@pytest.fixture
def rotation_id(store: Store) -> str:
    latest = store.rotations.latest()
    assert latest is not None
    return latest.id


def _make_patient(name: str = "Nguyễn Thị Ánh", **changes: object) -> Patient:
    data: dict[str, object] = {"name": name, "sex": Sex.FEMALE, "date_of_birth": date(1990, 5, 17),
                               "category": PatientCategory.UN_MILITARY, "nationality": "Viet Nam",
                               "unit": "VN L2FH", "un_index_number": "1234567"}
    data.update(changes)
    return Patient.model_validate(data)


@pytest.fixture
def make_patient() -> Callable[..., Patient]:
    """A valid patient; keyword arguments change fields."""
    return _make_patient
