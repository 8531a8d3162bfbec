"""First run: this installation's hospital, its first rotation and its first commander, together or not at all."""

from __future__ import annotations

from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.security.accounts import create_account
from l2fh_desk.security.unlock import encrypt_store
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.store.store import Store

SETUP_ACTOR = Actor(username="first-run", role=Role.SYSTEM)
FIRST_WARD = "General"


def add_hospital(store: Store, hospital: Hospital, *, actor: Actor) -> Hospital:
    """Add a hospital; the first one added to a database becomes this installation (its UUID is the origin)."""
    with store.db.atomic():
        if not store.origin:
            hospital = hospital.model_copy(update={"origin": hospital.id})
            store.settings.claim_origin(hospital.id)
        return store.hospitals.create(hospital, actor=actor)


def set_up_installation(store: Store, *, hospital: Hospital, rotation: Rotation, username: str, display_name: str,
                        password: str, actor: Actor = SETUP_ACTOR, first_ward: str = FIRST_WARD) -> Hospital:
    """`rotation` is the first of `hospital`. One transaction: when any part is refused nothing is saved.
    `first_ward` is the first ward's name in the language of the set-up (the window passes its own word)."""
    with store.db.atomic():  # store.origin follows the settings row, so a rollback needs no repair
        created = add_hospital(store, hospital, actor=actor)
        store.rotations.create(rotation, actor=actor)
        create_account(store, username=username, display_name=display_name, role=Role.COMMANDER,
                       password=password, actor=actor)
        # One ward with as many beds as the capacity; the commander renames and adds wards later.
        set_up_ward(store, first_ward.strip() or FIRST_WARD, count=max(1, created.bed_capacity), actor=actor)
    return created


def set_up_hospital(store: Store, *, hospital: Hospital, rotation: Rotation, username: str, display_name: str,
                    password: str, encrypt: bool = True, actor: Actor = SETUP_ACTOR,
                    first_ward: str = FIRST_WARD) -> tuple[Hospital, str]:
    """The first run of a real hospital: set up as above, then the installation is encrypted at rest (on by
    default) under a new data key with the commander's slot and a recovery slot. Returns the hospital and the
    recovery key to show once ("" when not encrypted). Saved plain for a moment, then the plain file is wiped:
    the set-up is one transaction that may be refused (a bad field), and only a valid one deserves a key."""
    created = set_up_installation(store, hospital=hospital, rotation=rotation, username=username,
                                  display_name=display_name, password=password, actor=actor, first_ward=first_ward)
    recovery = encrypt_store(store, username=username, password=password) if encrypt else ""
    return created, recovery
