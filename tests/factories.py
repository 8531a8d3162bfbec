"""One way to build test data: a hospital database with its current rotation, and valid patients."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from l2fh_desk.domain.clock import SYSTEM_CLOCK, Clock
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store


def seeded_store(path: Path, *, name: str = "VN L2FH No. 4", mission: str = "UNMISS", location: str = "Bentiu",
                 bed_capacity: int = 20, rotation: int | None = 4, days_before: int = 200, days_after: int = 165,
                 commander: str = "", clock: Clock = SYSTEM_CLOCK) -> Store:
    """This installation's hospital and (unless `rotation` is None) a rotation in force today; open, to close."""
    store = Store(path, clock=clock)
    add_hospital(store, Hospital(name=name, mission=mission, location=location, bed_capacity=bed_capacity),
                           actor=SYSTEM)
    if rotation is not None:
        today = clock.now().date()
        store.rotations.create(Rotation(hospital_id=store.origin, number=rotation,
                                        start_date=today - timedelta(days=days_before),
                                        end_date=today + timedelta(days=days_after), commander_name=commander),
                               actor=SYSTEM)
    return store


def patient(name: str = "Nguyễn Thị Ánh", **changes: object) -> Patient:
    """A valid patient; keyword arguments change fields."""
    data: dict[str, object] = {"name": name, "sex": Sex.FEMALE, "date_of_birth": date(1990, 5, 17),
                               "category": PatientCategory.UN_MILITARY, "nationality": "Viet Nam",
                               "unit": "VN L2FH", "un_index_number": "1234567"}
    data.update(changes)
    return Patient.model_validate(data)


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def bed(store: Store, label: str | None = None, *, ward: str = "General") -> str:
    """A bed set up for a test admission (beds are records since schema 4): `label`, or a fresh one."""
    label = label if label is not None else f"T-{uuid.uuid4().hex[:8]}"
    set_up_ward(store, ward, labels=[label], actor=SYSTEM)
    return label


# The suite's command-line sign-in (tests/conftest.py) is the demo commander; an HQ database the suite drives
# through the command line gets an HQ analyst under that same name, and an HQ administrator `hqadmin`.
HQ_ADMIN_USER, HQ_ADMIN_PASSWORD = "hqadmin", "hqadmin-demo"


def hq_accounts(path: Path, *, research: bool = False) -> Path:
    """An HQ database (made if new, as `hq init` makes one; `research`: as `hq init --research`) with the suite's
    HQ accounts; returns `path`."""
    from l2fh_desk.domain.roles import Role
    from l2fh_desk.exchange.trust import make_hq
    from l2fh_desk.security.accounts import create_account

    with Store(path) as store:
        make_hq(store, actor=SYSTEM, research=research)
        for username, password, role in (("commander", "commander-demo", Role.HQ_ANALYST),
                                         (HQ_ADMIN_USER, HQ_ADMIN_PASSWORD, Role.HQ_ADMIN)):
            if store.users.by_username(username) is None:
                create_account(store, username=username, display_name=username, role=role, password=password,
                               actor=SYSTEM)
    return path
