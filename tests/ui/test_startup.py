"""App start and close: a damaged database is caught before opening and the newest good backup offered;
daily and on-close backups are made; the hospital's signing key exists from the first run."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l2fh_desk.demo.generator import generate  # noqa: E402
from l2fh_desk.domain.clock import FixedClock  # noqa: E402
from l2fh_desk.exchange.keys import signing_key_path  # noqa: E402
from l2fh_desk.store import backup, restore  # noqa: E402
from l2fh_desk.store.check import check_database  # noqa: E402
from l2fh_desk.store.store import Store  # noqa: E402
from l2fh_desk.ui.startup import (  # noqa: E402
    MissingDatabasePrompt,
    RecoveryPrompt,
    after_open,
    before_close,
    check_and_recover,
)
from tests.reliability.test_backup import corrupt  # noqa: E402


def _hospital(path: Path) -> Path:
    with Store(path) as store:
        generate(store, encounters=60, outreach=3, seed=5)
    return path


def test_open_makes_the_daily_backup_and_the_key_and_close_backs_up(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        after_open(store)
        assert [b.reason for b in backup.list_backups(db)] == ["daily"]
        assert signing_key_path(db).exists()
        after_open(store)  # the same day: no second daily backup
        assert len(backup.list_backups(db)) == 1
        before_close(store)
    assert sorted(b.reason for b in backup.list_backups(db)) == ["close", "daily"]


def test_damaged_database_is_restored_from_the_newest_good_backup(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        encounters = store.encounters.count()
        backup.make_backup(store.db, reason="close")
    corrupt(db)
    asked: list[str] = []
    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, status: asked.append(status.problems[0]) or True))
    monkeypatch.setattr("l2fh_desk.ui.startup.Notice.info", classmethod(lambda cls, *args: None))
    assert check_and_recover(db) is True
    assert asked, "the user was asked before anything was replaced"
    assert check_database(db).ok
    with Store(db) as store:
        assert store.encounters.count() == encounters
    assert list(tmp_path.glob("h.db.replaced-*")), "the damaged file is kept aside"


def test_declining_the_restore_leaves_the_file_alone(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        backup.make_backup(store.db, reason="close")
    corrupt(db)
    damaged = db.read_bytes()
    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, status: False))
    assert check_and_recover(db) is False
    assert db.read_bytes() == damaged
    assert not list(tmp_path.glob("h.db.replaced-*"))


def test_a_missing_database_with_backups_is_a_restore_offer_not_a_new_hospital(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        encounters = store.encounters.count()
        backup.make_backup(store.db, reason="close")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    status = restore.startup_check(db)
    assert status.newest_good_backup is not None and "is missing" in status.message
    monkeypatch.setattr(MissingDatabasePrompt, "ask", classmethod(lambda cls, status: False))
    assert check_and_recover(db) is False
    assert not db.exists(), "declining creates nothing"
    asked: list[Path] = []
    monkeypatch.setattr(MissingDatabasePrompt, "ask",
                        classmethod(lambda cls, status: asked.append(status.newest_good_backup.path) or True))
    assert check_and_recover(db) is True
    assert asked
    with Store(db, create=False) as store:
        assert store.encounters.count() == encounters


def test_a_missing_database_without_backups_is_a_first_run(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert check_and_recover(tmp_path / "new.db") is True


def test_a_failed_close_or_daily_backup_is_said_at_start_not_only_logged(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                          monkeypatch: pytest.MonkeyPatch,
                                                                          caplog: pytest.LogCaptureFixture) -> None:
    db = _hospital(tmp_path / "h.db")
    said: list[str] = []
    monkeypatch.setattr("l2fh_desk.ui.startup.Notice.error", classmethod(lambda cls, parent, title, text: said.append(text)))
    folder, aside = backup.backup_dir(db), tmp_path / "aside"

    def blocked() -> None:  # a file where the backups folder should be: nothing can be written there
        folder.rename(aside)
        folder.write_text("not a folder")

    def unblocked() -> None:
        folder.unlink()
        aside.rename(folder)

    clock = FixedClock(datetime(2026, 11, 1, 8, tzinfo=UTC))
    with Store(db, clock=clock) as store:
        after_open(store)  # today's backup is made
        assert said == []
        blocked()
        before_close(store)  # the close backup fails
        unblocked()
        clock.advance(timedelta(hours=9))
        after_open(store)  # the next start, the same day: no backup is due, the failure is said
        assert len(said) == 1 and "last closed failed" in said[0] and "input/output error" in said[0]
        assert "backup on close failed" in caplog.text
        said.clear()
        clock.advance(timedelta(days=1))
        blocked()
        after_open(store)  # a day later today's backup fails: said, and the app goes on
        unblocked()
        assert len(said) == 1 and "Today's backup failed" in said[0] and str(folder) in said[0]
        said.clear()
        after_open(store)  # now it succeeds: nothing more is said
        assert said == [] and backup.last_failure(db) is None
