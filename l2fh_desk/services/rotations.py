"""Which rotation a record belongs to, and opening the next rotation (open admissions carry over)."""

from __future__ import annotations

from datetime import date

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.roles import Actor
from l2fh_desk.store.store import Store


class NoRotation(DomainError):
    """No rotation is open, so a record made on that day has none to belong to."""


def current_rotation(store: Store, day: date) -> Rotation:
    """The rotation in force on `day` (else the latest): the one rule for encounters, outreach and evacuations."""
    rotation = store.rotations.on(day)
    if rotation is None:
        raise NoRotation("Open a rotation first (Rotations page)", field="started_at")
    return rotation


def open_next_rotation(store: Store, rotation: Rotation, *, actor: Actor) -> tuple[Rotation, int]:
    """Open the incoming rotation; returns it and how many open admissions carry over (they stay on the board)."""
    latest = store.rotations.latest()
    if latest is not None:
        if rotation.number <= latest.number:
            raise DomainError(f"The next rotation must be numbered after {latest.number}", field="number")
        if rotation.start_date <= latest.start_date:
            raise DomainError("The next rotation must start after the current one", field="start_date")
    created = store.rotations.create(rotation, actor=actor)
    carried = store.admissions.count("discharged_at IS NULL AND voided_at IS NULL")
    return created, carried
