"""A lock survives a restart of the computer, and a clock set ahead after it, without trusting the wall clock:
what was left of it when last seen is counted on the new boot's uptime from the first attempt there. Where the
system gives no boot id (Windows, macOS) a count since boot alone does the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.security.sessions import sign_in
from tests.security.test_lockout_races_and_clock import PASSWORD, lock, make_db, refused

START = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_a_restart_keeps_what_was_left_of_the_lock_and_the_clock_set_ahead_does_not_end_it(tmp_path):
    clock = FixedClock(START, since_boot=5000.0, boot="boot-1")
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
        clock.wait(timedelta(minutes=5))
        assert refused(store).minutes_left == 10
    clock.restart(off_for=timedelta(minutes=1), boot="boot-2")  # a new boot id, uptime from 0
    clock.advance(timedelta(days=1))  # and the clock set a day ahead
    with make_db_again(tmp_path / "h.db", clock) as store:
        assert refused(store).minutes_left == 10
        clock.wait(timedelta(minutes=4))
        clock.advance(timedelta(hours=2))
        assert refused(store).minutes_left == 6
        clock.wait(timedelta(minutes=7))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


def test_time_on_a_new_boot_counts_from_its_first_attempt(tmp_path):
    clock = FixedClock(START, since_boot=5000.0, boot="boot-1")
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
    clock.restart(boot="boot-2")
    clock.wait(timedelta(minutes=3))  # up for a while, nobody tries
    clock.advance(timedelta(days=30))
    with make_db_again(tmp_path / "h.db", clock) as store:
        assert refused(store).minutes_left == 15
        clock.wait(timedelta(minutes=16))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


def test_without_a_boot_id_a_restart_and_a_clock_set_ahead_do_not_end_the_lock(tmp_path):
    clock = FixedClock(START, since_boot=90_000.0, boot="")  # a count since boot, no boot id (Windows)
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
        clock.advance(timedelta(minutes=20))
        assert refused(store).minutes_left == 15
        clock.wait(timedelta(minutes=5))
        assert refused(store).minutes_left == 10
    clock.restart(boot="")  # the count starts again below what it was: a new boot
    clock.advance(timedelta(days=2))
    with make_db_again(tmp_path / "h.db", clock) as store:
        assert refused(store).minutes_left == 10
        clock.wait(timedelta(minutes=11))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


def make_db_again(path, clock):
    from l2fh_desk.store.store import Store

    return Store(path, create=False, clock=clock)
