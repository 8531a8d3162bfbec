"""The lockout holds against parallel guessers (real processes) and against a clock that is set."""

from __future__ import annotations

import json
import logging
import multiprocessing
from datetime import UTC, datetime, timedelta

import pytest

from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.security import accounts
from l2fh_desk.security.sessions import MAX_FAILED, SignInFailed, SignInProblem, sign_in
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store

PASSWORD = "correct horse 42"


def make_db(path, clock=None):
    store = Store(path, clock=clock) if clock else Store(path)
    add_hospital(store, Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
    accounts.create_account(store, username="anh", display_name="Capt. Anh", role=Role.MEDIC,
                            password=PASSWORD, actor=SYSTEM)
    return store


def guess(path, start, results):
    start.wait()
    with Store(path, create=False) as store:
        for attempt in range(2):
            try:
                sign_in(store, "anh", f"wrong {attempt}")
            except SignInFailed as exc:
                results.put(exc.problem.value)


def test_eight_parallel_guessers_get_five_counted_checks(tmp_path):
    path = tmp_path / "h.db"
    make_db(path).close()
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=guess, args=(path, start, results)) for _ in range(8)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    outcomes = sorted(results.get(timeout=5) for _ in range(16))
    assert outcomes.count("wrong") == MAX_FAILED - 1 and outcomes.count("locked") == 16 - (MAX_FAILED - 1)
    with Store(path, create=False) as store:
        counts = [json.loads(r["after_json"])["failed_attempts"] for r in store.db.query(
            "SELECT after_json FROM audit_log WHERE action = 'sign_in_failed' ORDER BY seq")]
        assert counts == [1, 2, 3, 4, 5] + [5] * 11
        assert store.users.by_username("anh").failed_attempts == MAX_FAILED


def lock(store):
    for attempt in range(MAX_FAILED):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", f"guess {attempt}")


def refused(store) -> SignInFailed:
    with pytest.raises(SignInFailed) as exc:
        sign_in(store, "anh", PASSWORD)
    assert exc.value.problem == SignInProblem.LOCKED
    return exc.value


def test_setting_the_clock_ahead_does_not_end_a_lock(tmp_path):
    clock = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), since_boot=1000.0)
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
        clock.advance(timedelta(minutes=20))  # the lock is 15 minutes: by the clock alone it has ended
        assert refused(store).minutes_left == 15
        clock.wait(timedelta(minutes=16))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


def test_setting_the_clock_back_keeps_the_lock_for_its_own_length(tmp_path):
    clock = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC), since_boot=1000.0)
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
        clock.advance(timedelta(hours=-3))
        clock.wait(timedelta(minutes=10))
        assert refused(store).minutes_left == 5
        clock.wait(timedelta(minutes=6))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


def test_without_uptime_the_lock_ends_by_the_clock(tmp_path):
    clock = FixedClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    with make_db(tmp_path / "h.db", clock) as store:
        lock(store)
        clock.wait(timedelta(minutes=10))
        assert refused(store).minutes_left == 5
        clock.wait(timedelta(minutes=6))
        assert sign_in(store, "anh", PASSWORD).account.username == "anh"


@pytest.mark.parametrize("stored", ["ten", 0, 100000, "1.5e3", [10]])
def test_a_bad_idle_lock_value_falls_back_to_the_default_with_a_warning(tmp_path, caplog, stored):
    with make_db(tmp_path / "h.db") as store:
        store.settings.set("idle_lock_minutes", stored, actor=SYSTEM)
        with caplog.at_level(logging.WARNING):
            assert store.app_settings.get("idle_lock_minutes") == 10
        assert any("idle_lock_minutes" in record.getMessage() for record in caplog.records)
