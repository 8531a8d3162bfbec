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
from l2fh_desk.security.sessions import check_read_only  # noqa: E402
from l2fh_desk.store import backup, restore  # noqa: E402
from l2fh_desk.store.check import check_database  # noqa: E402
from l2fh_desk.store.store import Store  # noqa: E402
from l2fh_desk.ui.startup import (  # noqa: E402
    MissingDatabasePrompt,
    RecoveryPrompt,
    RestoreSignIn,
    after_open,
    before_close,
    check_and_recover,
)
from tests.reliability.test_backup import corrupt  # noqa: E402


def signs_in(monkeypatch: pytest.MonkeyPatch, username: str, password: str) -> list[Path]:
    """The start-up restore's sign-in, answered as `username` would type it: the real read-only core sign-in
    against the backup (security/sessions.py check_read_only); returns the backups it was asked against."""
    asked: list[Path] = []

    def ask(cls: type, backup_path: Path):  # type: ignore[no-untyped-def]
        asked.append(backup_path)
        with Store(backup_path, create=False, readonly=True) as store:
            return check_read_only(store, username, password)

    monkeypatch.setattr(RestoreSignIn, "ask", classmethod(ask))
    return asked


def _restorers(db: Path) -> list[str]:
    with Store(db, create=False) as store:
        return [row[0] for row in store.db.query("SELECT username FROM audit_log WHERE action = 'restore'")]


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
    signed_against = signs_in(monkeypatch, "commander", "commander-demo")
    assert check_and_recover(db) is True
    assert asked, "the user was asked before anything was replaced"
    assert len(signed_against) == 1, "a commander signed in against the backup before the restore"
    assert check_database(db).ok
    with Store(db) as store:
        assert store.encounters.count() == encounters
    assert list(tmp_path.glob("h.db.replaced-*")), "the damaged file is kept aside"
    assert _restorers(db) == ["commander"]  # run and audited as the commander who signed in, not the system


def test_a_medic_cannot_restore_at_start_and_nothing_is_replaced(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        backup.make_backup(store.db, reason="close")
    corrupt(db)
    damaged = db.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, status: True))
    monkeypatch.setattr("l2fh_desk.ui.startup.Notice.error", classmethod(lambda cls, _parent, _title, text:
                                                                         said.append(text)))
    signs_in(monkeypatch, "medic", "medic-demo")
    assert check_and_recover(db) is False
    assert db.read_bytes() == damaged
    assert not list(tmp_path.glob("h.db.replaced-*"))
    assert said == ["Only a commander may restore a backup (medic is signed in as: Medic). Nothing was changed."]


def test_quitting_the_restore_sign_in_changes_nothing(qapp, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        backup.make_backup(store.db, reason="close")
    corrupt(db)
    damaged = db.read_bytes()
    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(lambda cls, status: True))
    monkeypatch.setattr(RestoreSignIn, "ask", classmethod(lambda cls, backup_path: None))
    assert check_and_recover(db) is False
    assert db.read_bytes() == damaged


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
    signs_in(monkeypatch, "commander", "commander-demo")
    assert check_and_recover(db) is True
    assert asked
    with Store(db, create=False) as store:
        assert store.encounters.count() == encounters
    assert _restorers(db) == ["commander"]


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


def test_the_restore_sign_in_dialog_only_reads_the_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from l2fh_desk.ui.sign_in import SignInDialog

    db = _hospital(tmp_path / "h.db")
    with Store(db) as store:
        made = backup.make_backup(store.db, reason="close")
    before = made.read_bytes()
    with Store(made, create=False, readonly=True) as store:
        dialog = SignInDialog(store, hospital_name=made.name, read_only=True)
        qtbot.addWidget(dialog)
        dialog.username.setText("medic")
        dialog.password.setText("wrong")
        dialog.try_sign_in()
        assert dialog.session is None and dialog.message.text() == "Wrong username or password."
        dialog.username.setText("commander")
        dialog.password.setText("commander-demo")
        dialog.try_sign_in()
        assert dialog.session is not None and dialog.session.actor.username == "commander"
    assert made.read_bytes() == before  # no attempt written into the backup
