"""Helpers for the page tests: a fresh hospital database in tmp_path and a context for a role."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l2fh_desk.domain.hospital import Hospital, Rotation  # noqa: E402
from l2fh_desk.domain.patient import Patient  # noqa: E402
from l2fh_desk.domain.roles import SYSTEM, Actor, Role  # noqa: E402
from l2fh_desk.domain.vocab import PatientCategory, Sex  # noqa: E402
from l2fh_desk.domain.ward import Admission  # noqa: E402
from l2fh_desk.services import ward as ward_services  # noqa: E402
from l2fh_desk.services.setup import add_hospital  # noqa: E402
from l2fh_desk.store.store import Store  # noqa: E402
from l2fh_desk.ui.context import AppContext  # noqa: E402

TODAY = datetime.now(UTC).date()


def new_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "hospital.db")
    add_hospital(store, Hospital(name="Test L2FH", mission="UNMISS", location="Bentiu", bed_capacity=12),
                           actor=SYSTEM)
    store.rotations.create(Rotation(hospital_id=store.origin, number=1, start_date=TODAY - timedelta(days=90),
                                    end_date=TODAY + timedelta(days=270), commander_name="Col. A"), actor=SYSTEM)
    return store


def ctx_for(store: Store, role: Role = Role.COMMANDER, username: str = "tester") -> AppContext:
    return AppContext(store=store, actor=Actor(username=username, role=role))


def add_patient(store: Store, name: str = "Nguyễn Văn An", sex: Sex = Sex.MALE) -> Patient:
    return store.patients.create(Patient(name=name, sex=sex, date_of_birth=date(1990, 5, 1),
                                         category=PatientCategory.UN_MILITARY), actor=SYSTEM)


def admit(store: Store, patient: Patient, bed: str = "B1", days_ago: int = 2, diagnosis: str = "Malaria") -> Admission:
    rotation = store.rotations.latest()
    assert rotation is not None
    return ward_services.admit(store, Admission(patient_id=patient.id, rotation_id=rotation.id, bed=bed, ward="General",
                                             admitted_at=datetime.now(UTC) - timedelta(days=days_ago),
                                             diagnosis=diagnosis, plan="IV artesunate"), actor=SYSTEM)


def close_page(page: object, store: Store) -> None:
    """Close the page and its open dialogs (their autosave timers stop) before the database closes."""
    from PySide6.QtWidgets import QDialog, QWidget

    assert isinstance(page, QWidget)
    for dialog in page.findChildren(QDialog):
        dialog.close()
    page.close()
    store.close()
