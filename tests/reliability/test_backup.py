"""Backups (online, verified, rotated, daily) and restore: a corrupt backup is refused, the current file kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.store import backup, restore
from l2fh_desk.store.app_settings import AppSettings
from l2fh_desk.store.check import check_database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store
from tests.factories import HQ_ADMIN_PASSWORD, HQ_ADMIN_USER, hq_accounts
from tests.reliability.harness import ids, small_hospital


def corrupt(path: Path) -> None:
    """Scribble over every page but the first, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data) - 4096, 4096):
        data[offset + 100:offset + 400] = b"\xa5" * 300
    path.write_bytes(data)


def test_backup_is_a_verified_standalone_copy(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        made = backup.make_backup(store.db, reason="manual")
    assert made.parent == tmp_path / "backups"
    assert not Path(f"{made}-wal").exists()
    assert backup.verify_backup(made) is None
    assert ids(made, "encounters") == ids(db, "encounters")
    assert check_database(made).ok


def test_backups_keep_is_the_days_with_one_backup_a_day(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(datetime(2026, 11, 1, 8, tzinfo=UTC))
    with Store(db, clock=clock) as store:
        store.settings.set(backup.KEEP_SETTING, 3, actor=SYSTEM)
        made = []
        for _day in range(12):
            made.append(backup.make_backup(store.db, reason="daily"))
            clock.advance(timedelta(days=1))
        assert AppSettings(store).get(backup.KEEP_SETTING) == 3
    kept = {b.path for b in backup.list_backups(db)}
    # Every backup of the last 2 days, one a day for 3 more days, then one a week (of the 7 older days).
    assert set(made[-5:]) <= kept
    assert 5 < len(kept) <= 7
    assert kept <= set(made)


def test_default_tiers_keep_every_day_of_the_last_sixteen(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(datetime(2026, 11, 1, 8, tzinfo=UTC))
    with Store(db, clock=clock) as store:
        made = []
        for _day in range(backup.DEFAULT_KEEP + 6):
            made.append(backup.make_backup(store.db, reason="close"))
            clock.advance(timedelta(days=1))
    kept = {b.path for b in backup.list_backups(db)}
    assert set(made[-(backup.DEFAULT_KEEP + 2):]) <= kept
    assert len(kept) < len(made)


def test_daily_backup_only_when_a_day_has_passed(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        first = backup.backup_if_due(store.db)
        assert first is not None and backup.list_backups(db)[0].reason == "daily"
        assert backup.backup_if_due(store.db) is None
        later = datetime.now(UTC) + timedelta(days=1, minutes=1)
        assert backup.backup_if_due(store.db, now=later) is not None


def test_backup_to_a_folder_that_does_not_exist_is_refused_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped or unmounted USB path (`/media/usb`) must not put the backup on the laptop's own disk."""
    db = small_hospital(tmp_path / "h.db")
    monkeypatch.setenv("L2FH_USER", "commander")
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    before = sorted(p.name for p in tmp_path.rglob("*") if not p.name.endswith("-shm"))
    usb = tmp_path / "media" / "usb"
    capsys.readouterr()
    assert main(["backup", "--db", str(db), "--to", str(usb)]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        f"l2fh-desk: The folder {usb} does not exist; is the drive plugged in and mounted? Nothing was backed up."]
    assert not (tmp_path / "media").exists()
    assert sorted(p.name for p in tmp_path.rglob("*") if not p.name.endswith("-shm")) == before


def test_restore_from_a_backup_file_that_does_not_exist_names_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    before = db.read_bytes()
    capsys.readouterr()
    assert main(["restore", "--db", str(db), "--from", str(tmp_path / "nope.bak")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"l2fh-desk: The backup file {tmp_path / 'nope.bak'} does not exist; nothing was restored."]
    assert db.read_bytes() == before


def test_cli_backup_and_restore_drill(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    before = ids(db, "encounters")
    assert main(["backup", "--db", str(db)]) == 0
    (tmp_path / "usb").mkdir()
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "usb")]) == 0
    assert len(list((tmp_path / "usb").iterdir())) == 1
    corrupt(db)
    status = restore.startup_check(db)
    assert not status.ok and status.newest_good_backup is not None
    assert "Restore the newest good backup" in status.message
    capsys.readouterr()
    # One step brings the newest good backup back; the damaged file is kept aside.
    assert main(["restore", "--newest", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "kept as" in out
    assert check_database(db).ok
    assert ids(db, "encounters") == before
    assert len(list(tmp_path.glob("h.db.replaced-*"))) >= 1
    assert restore.startup_check(db).ok
    with Store(db) as store:
        assert store.db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1") == "restore"


def test_restore_refuses_a_corrupt_backup_and_touches_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        made = backup.make_backup(store.db)
    corrupt(made)
    original = db.read_bytes()
    with pytest.raises(StorageError) as refused:
        restore.restore(made, db)
    assert refused.value.problem == StorageProblem.CORRUPT
    assert db.read_bytes() == original
    assert not list(tmp_path.glob("h.db.replaced-*"))
    assert main(["restore", "--from", str(made), "--db", str(db)]) == 1
    assert "not a good backup" in capsys.readouterr().err


def test_restore_refuses_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    junk = tmp_path / "notes.txt"
    junk.write_text("not a backup")
    assert main(["restore", "--from", str(junk), "--db", str(db)]) == 1
    assert "not a good backup" in capsys.readouterr().err
    assert main(["restore", "--newest", "--db", str(db)]) == 1
    assert "no good backup" in capsys.readouterr().err


def test_newest_good_backup_skips_a_damaged_newer_one(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        good = backup.make_backup(store.db, reason="daily")
        bad = backup.make_backup(store.db, reason="close")
    corrupt(bad)
    found = restore.newest_good_backup(db)
    assert found is not None and found.path == good


def test_startup_check_of_a_missing_and_a_sound_file(tmp_path: Path) -> None:
    assert restore.startup_check(tmp_path / "new.db").exists is False
    assert restore.startup_check(tmp_path / "new.db").ok
    assert not (tmp_path / "new.db").exists()
    db = small_hospital(tmp_path / "h.db")
    assert restore.startup_check(db).ok


def test_backup_of_a_missing_database_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(tmp_path / "nope.db")]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()


def test_migration_backups_are_offered_for_restore(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    # The file a migration leaves beside the database (store.migrate) counts as a backup.
    conn = sqlite3.connect(db)
    aside = tmp_path / "h.db.pre-migration-v1-20260101T000000Z.bak"
    target = sqlite3.connect(aside)
    conn.backup(target)
    target.close()
    conn.close()
    assert [b.path for b in backup.list_backups(db)] == [aside]
    assert restore.newest_good_backup(db) is not None


def test_the_importers_own_backups_are_offered_for_restore_newest(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from l2fh_desk.exchange.bundle_write import export_bundle
    from l2fh_desk.exchange.importer import import_bundle
    from l2fh_desk.exchange.trust import signer_of

    hospital = small_hospital(tmp_path / "h.db")
    with Store(hospital, create=False) as store:
        bundle = export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None).path
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        made = import_bundle(store, bundle, trust={signer_of(store, bundle).fingerprint}, actor=SYSTEM).backup
    assert made is not None and made.parent == backup.backup_dir(hq) and ".import." in made.name
    offered = backup.list_backups(hq)
    assert [(b.path, b.reason) for b in offered] == [(made, "import")]
    assert restore.newest_good_backup(hq) is not None
    # The drill at HQ: a damaged HQ file comes back to its state before the import in one step.
    corrupt(hq)
    monkeypatch.setenv("L2FH_PASSWORD", HQ_ADMIN_PASSWORD)  # restoring HQ is its administrator's
    assert main(["restore", "--newest", "--db", str(hq), "--user", HQ_ADMIN_USER]) == 0
    assert f"restored from {made}" in capsys.readouterr().out
    assert check_database(hq).ok
    assert ids(hq, "patients") == set()  # the state before that import


def test_the_last_backup_before_an_export_is_marked_and_kept(tmp_path: Path) -> None:
    from l2fh_desk.exchange.bundle_write import export_bundle

    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(datetime(2026, 11, 1, 8, tzinfo=UTC))
    with Store(db, clock=clock) as store:
        backup.make_backup(store.db, reason="daily")
        before_export = backup.make_backup(store.db, reason="close")
        export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None)
        for _day in range(40):  # six weeks of daily backups: that day's backups are thinned to one a week
            clock.advance(timedelta(days=1))
            backup.make_backup(store.db, reason="daily")
    pinned = [b for b in backup.list_backups(db) if b.pinned]
    assert [b.path for b in pinned] == [before_export] and before_export.exists()
    assert restore.backup_problem(pinned[0].path, db, hospital=None) is None


def test_hqs_pre_import_copies_join_the_backups_sequence_and_tiers(tmp_path: Path) -> None:
    from l2fh_desk.exchange.bundle_write import export_bundle
    from l2fh_desk.exchange.importer import import_bundle
    from l2fh_desk.exchange.trust import signer_of

    hospital = small_hospital(tmp_path / "h.db")
    with Store(hospital, create=False) as store:
        bundle = export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None).path
    hq = tmp_path / "hq.db"
    clock = FixedClock(datetime(2026, 11, 1, 8, tzinfo=UTC))
    with Store(hq, clock=clock) as store:
        made = []
        for _day in range(30):
            made.append(backup.make_backup(store.db, reason="close"))
            clock.advance(timedelta(days=1))
        # Copies an older version left beside the database (never deleted then): the import's prune reaches them.
        legacy = [tmp_path / f"hq.db.pre-import-2026060{d}T080000Z-0123abcd.bak" for d in (1, 2, 3)]
        for path in legacy:
            path.write_bytes(made[-1].read_bytes())
        clock.at = datetime(2000, 1, 1, tzinfo=UTC)  # the clock is wrong on the day of the import
        copy = import_bundle(store, bundle, trust={signer_of(store, bundle).fingerprint}, actor=SYSTEM).backup
    listed = backup.list_backups(hq)
    assert copy is not None and listed[0].path == copy and listed[0].reason == "import"
    assert listed[0].seq == listed[1].seq + 1  # numbered after the newest backup, whatever the clock says
    assert len(listed) < len(made) + 1  # the same tiers thinned the older backups after the import
    assert all(path.exists() for path in made[-2:])
    assert not any(path.exists() for path in legacy), "the old pre-import copies were never pruned"
