"""Helpers for the app-shell tests: a hospital database with real accounts in tmp_path."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l2fh_desk.domain.hospital import Hospital, Rotation  # noqa: E402
from l2fh_desk.domain.patient import Patient  # noqa: E402
from l2fh_desk.domain.roles import SYSTEM, Role  # noqa: E402
from l2fh_desk.domain.vocab import PatientCategory, Sex  # noqa: E402
from l2fh_desk.security.accounts import create_account  # noqa: E402
from l2fh_desk.security.sessions import Session, sign_in  # noqa: E402
from l2fh_desk.services.setup import add_hospital  # noqa: E402
from l2fh_desk.store.store import Store  # noqa: E402
from l2fh_desk.ui.context import AppContext  # noqa: E402

TODAY = datetime.now(UTC).date()
PASSWORD = "field-hospital-1"


def hospital_store(tmp_path: Path) -> Store:
    """A hospital with a current rotation, a commander 'boss' and a medic 'anh' (password PASSWORD)."""
    store = Store(tmp_path / "hospital.db")
    add_hospital(store, Hospital(name="Viet Nam L2FH No. 4", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
    store.rotations.create(Rotation(hospital_id=store.origin, number=5, start_date=TODAY - timedelta(days=30),
                                    end_date=TODAY + timedelta(days=300), commander_name="Col. Hùng"), actor=SYSTEM)
    create_account(store, username="boss", display_name="Col. Hùng", role=Role.COMMANDER, password=PASSWORD,
                   actor=SYSTEM)
    create_account(store, username="anh", display_name="Capt. Ánh", role=Role.MEDIC, password=PASSWORD,
                   actor=SYSTEM)
    return store


def session_for(store: Store, username: str) -> tuple[Session, AppContext]:
    session = sign_in(store, username, PASSWORD)
    return session, AppContext(store=store, actor=session.actor)


def add_patient(store: Store, name: str = "Nguyễn Văn An", *, sex: Sex = Sex.MALE,
                category: PatientCategory = PatientCategory.UN_MILITARY, born: date = date(1990, 5, 1),
                index: str = "") -> Patient:
    return store.patients.create(Patient(name=name, sex=sex, date_of_birth=born, category=category,
                                         un_index_number=index), actor=SYSTEM)
