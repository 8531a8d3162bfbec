"""After `encrypt`, an account that has no key slot yet is told so at sign-in (with who can fix it and where),
not "Wrong username or password" with the right password."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.security.keyslots import KeySlots
from l2fh_desk.security.sessions import SignInFailed, SignInProblem
from l2fh_desk.security.unlock import unlock_with_password
from l2fh_desk.store import atrest
from tests.security.test_encryption_at_rest import real_hospital


def without_a_slot(db: Path, username: str) -> None:
    """The state `encrypt` leaves the other accounts in: an account in the database, no slot in the file."""
    slots = KeySlots.load(db)
    slots.remove_password(username)
    slots.save()
    atrest.forget(db)


def test_an_account_without_a_slot_is_told_a_commander_must_reset_its_password(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    without_a_slot(db, "lan")
    with pytest.raises(SignInFailed) as raised:
        unlock_with_password(db, "lan", "medic-pass-1")
    assert raised.value.problem == SignInProblem.NO_KEY
    text = raised.value.message
    assert "Wrong username or password" not in text
    assert "no key on this encrypted database yet" in text and "commander" in text and "Accounts page" in text
    assert atrest.key_for(db) is None and KeySlots.load(db).pending_failures("lan") == 0


def test_a_wrong_password_of_an_account_with_a_slot_is_still_wrong(tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    atrest.forget(db)
    with pytest.raises(SignInFailed) as raised:
        unlock_with_password(db, "lan", "not-the-password")
    assert raised.value.problem == SignInProblem.WRONG
