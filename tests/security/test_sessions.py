"""Sign-in against a real database: Argon2id check, lockout after five wrong passwords, audit rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from l2fh_desk.domain.errors import DomainError, PermissionDenied
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.security import accounts
from l2fh_desk.security.sessions import MAX_FAILED, SignInFailed, SignInProblem, sign_in
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store

PASSWORD = "correct horse 42"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "h.db") as store:
        add_hospital(store, Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
        accounts.create_account(store, username="Anh", display_name="Capt. Anh", role=Role.MEDIC,
                                password=PASSWORD, actor=SYSTEM)
        accounts.create_account(store, username="boss", display_name="Col. Hung", role=Role.COMMANDER,
                                password=PASSWORD, actor=SYSTEM)
        yield store


def audit_actions(store: Store) -> list[tuple[str, str]]:
    return [(r["username"], r["action"]) for r in store.db.query("SELECT username, action FROM audit_log ORDER BY seq")]


def test_right_password_signs_in_and_is_audited(store):
    session = sign_in(store, "  ANH ", PASSWORD)
    assert session.actor.username == "anh" and session.actor.role == Role.MEDIC
    assert session.actor.user_id == session.account.id
    assert audit_actions(store)[-1] == ("anh", "sign_in")


def test_wrong_password_and_unknown_user_give_the_same_answer(store):
    with pytest.raises(SignInFailed) as wrong:
        sign_in(store, "anh", "nope")
    with pytest.raises(SignInFailed) as unknown:
        sign_in(store, "nobody", "nope")
    assert wrong.value.problem == unknown.value.problem == SignInProblem.WRONG
    assert str(wrong.value) == str(unknown.value) == "Wrong username or password."
    assert audit_actions(store)[-2:] == [("anh", "sign_in_failed"), ("nobody", "sign_in_failed")]


def test_five_wrong_passwords_lock_even_the_right_one_out(store):
    for attempt in range(1, MAX_FAILED):
        with pytest.raises(SignInFailed) as exc:
            sign_in(store, "anh", f"guess {attempt}")
        assert exc.value.problem == SignInProblem.WRONG
        assert exc.value.attempts_left == MAX_FAILED - attempt
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", "guess 5")
    assert exc.value.problem == SignInProblem.LOCKED
    assert timedelta(minutes=14) < exc.value.locked_until - utc_now() <= timedelta(minutes=15)
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", PASSWORD)
    assert exc.value.problem == SignInProblem.LOCKED
    assert [a for u, a in audit_actions(store) if u == "anh"].count("sign_in_failed") == 6


def test_lock_runs_out_and_the_count_starts_again(store):
    for attempt in range(MAX_FAILED):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", f"guess {attempt}")
    account = store.users.by_username("anh")
    with store.db.atomic():  # time passes: the lock ended a minute ago
        store.db.write("UPDATE users SET locked_until = ? WHERE id = ?",
                       (iso(utc_now() - timedelta(minutes=1)), account.id))
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", "still wrong")
    assert exc.value.problem == SignInProblem.WRONG and exc.value.attempts_left == MAX_FAILED - 1
    assert sign_in(store, "anh", PASSWORD).account.failed_attempts == 0


def test_lockout_minutes_come_from_the_settings(store):
    store.settings.set("lockout_minutes", 2, actor=SYSTEM)
    for attempt in range(MAX_FAILED - 1):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", f"guess {attempt}")
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", "guess last")
    assert exc.value.locked_until - utc_now() <= timedelta(minutes=2)


def test_the_password_is_never_stored_or_audited(store):
    for _ in range(2):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", "my-secret-guess")
    sign_in(store, "anh", PASSWORD)
    store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = store.path.read_bytes()
    assert b"my-secret-guess" not in raw and PASSWORD.encode() not in raw
    tables = [r[0] for r in store.db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    dump = "\n".join(repr(row) for t in tables for row in store.db.conn.execute(f'SELECT * FROM "{t}"'))
    assert "my-secret-guess" not in dump and PASSWORD not in dump


def test_disabled_account_cannot_sign_in(store):
    boss = sign_in(store, "boss", PASSWORD).actor
    anh = store.users.by_username("anh")
    accounts.disable_account(store, anh.id, actor=boss)
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", PASSWORD)
    assert exc.value.problem == SignInProblem.DISABLED
    accounts.enable_account(store, anh.id, actor=boss)
    assert sign_in(store, "anh", PASSWORD).actor.username == "anh"


def test_a_medic_cannot_manage_accounts_in_the_core(store):
    medic = sign_in(store, "anh", PASSWORD).actor
    boss = store.users.by_username("boss")
    with pytest.raises(PermissionDenied):
        accounts.create_account(store, username="x", display_name="", role=Role.MEDIC, password=PASSWORD,
                                actor=medic)
    with pytest.raises(PermissionDenied):
        accounts.disable_account(store, boss.id, actor=medic)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(store, boss.id, "another password", actor=medic)
    with pytest.raises(PermissionDenied):
        accounts.set_role(store, medic.user_id, Role.COMMANDER, actor=medic)


def test_change_own_password_needs_the_current_one(store):
    medic = sign_in(store, "anh", PASSWORD).actor
    with pytest.raises(DomainError, match="current password"):
        accounts.change_own_password(store, old_password="wrong", new_password="brand new pw", actor=medic)
    with pytest.raises(DomainError, match="at least 8"):
        accounts.change_own_password(store, old_password=PASSWORD, new_password="short", actor=medic)
    accounts.change_own_password(store, old_password=PASSWORD, new_password="brand new pw", actor=medic)
    assert sign_in(store, "anh", "brand new pw").actor.username == "anh"


def test_reset_unlocks_and_last_commander_is_kept(store):
    boss = sign_in(store, "boss", PASSWORD).actor
    for attempt in range(MAX_FAILED):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", f"guess {attempt}")
    anh = store.users.by_username("anh")
    accounts.reset_password(store, anh.id, "fresh password", actor=boss)
    assert sign_in(store, "anh", "fresh password").actor.username == "anh"
    with pytest.raises(DomainError, match="last active commander"):
        accounts.disable_account(store, boss.user_id, actor=boss)
    with pytest.raises(DomainError, match="last active commander"):
        accounts.set_role(store, boss.user_id, Role.MEDIC, actor=boss)
    accounts.set_role(store, anh.id, Role.COMMANDER, actor=boss)
    accounts.set_role(store, boss.user_id, Role.MEDIC, actor=Actor(username="boss", role=Role.COMMANDER))
    assert store.users.by_username("boss").role == Role.MEDIC
