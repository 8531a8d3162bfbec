"""First run: this installation's hospital, its first rotation and its first commander, together or not at all."""

from __future__ import annotations

from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.security.accounts import create_account
from l2fh_desk.store.settings import HOSPITAL_ID
from l2fh_desk.store.store import Store

SETUP_ACTOR = Actor(username="first-run", role=Role.SYSTEM)
FIRST_WARD = "General"


def set_up_installation(store: Store, *, hospital: Hospital, rotation: Rotation, username: str, display_name: str,
                        password: str, actor: Actor = SETUP_ACTOR) -> Hospital:
    """`rotation` is the first of `hospital`. One transaction: when any part is refused nothing is saved."""
    try:
        with store.db.atomic():
            created = store.hospitals.create(hospital, actor=actor)
            store.rotations.create(rotation, actor=actor)
            create_account(store, username=username, display_name=display_name, role=Role.COMMANDER,
                           password=password, actor=actor)
            # One ward with as many beds as the capacity; the commander renames and adds wards later.
            store.wards.set_up(FIRST_WARD, count=max(1, created.bed_capacity), actor=actor)
    except BaseException:
        store.origin = store.settings.get(HOSPITAL_ID, "")  # the rollback undid the hospital `create` named
        raise
    return created
