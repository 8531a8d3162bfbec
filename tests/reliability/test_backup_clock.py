"""Backups under a wrong clock (FixedClock at 2000 and 2030), a busy day, and `restore --newest` choosing only
this hospital's backup that passes `check`: real files in tmp_path, real backups, the real command line."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.clock import FixedClock
from l2fh_desk.store import backup
from l2fh_desk.store.store import Store
from tests.reliability.harness import ids, small_hospital
from tests.reliability.test_backup import corrupt

NOV = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


def _names(db: Path) -> set[str]:
    return {b.path.name for b in backup.list_backups(db)}


def test_a_backup_made_with_the_clock_at_2030_neither_stops_the_daily_backup_nor_stays(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(NOV)
    with Store(db, clock=clock) as store:
        for _day in range(3):
            assert backup.backup_if_due(store.db) is not None
            clock.advance(timedelta(days=1))
        clock.at = datetime(2030, 6, 1, 9, 0, tzinfo=UTC)  # set years ahead for one session
        ahead = backup.make_backup(store.db, reason="close")
        clock.at = NOV + timedelta(days=3, hours=1)  # put right again
        made = []
        for _day in range(20):
            daily = backup.backup_if_due(store.db)
            assert daily is not None, "no daily backup is made after one made with the clock at 2030"
            made.append(daily)
            clock.advance(timedelta(days=1))
    newest = backup.list_backups(db)
    assert newest[0].path == made[-1], "the newest backup is the last one made, not the one dated 2030"
    assert all(path.exists() for path in made[-3:])
    assert ahead.name not in {b.path.name for b in newest[:14]}


def test_with_the_clock_at_2000_a_new_backup_is_kept_and_the_recent_ones_too(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(NOV)
    history = []
    with Store(db, clock=clock) as store:
        for _day in range(8):
            history.append(backup.make_backup(store.db, reason="daily"))
            clock.advance(timedelta(hours=10))
            history.append(backup.make_backup(store.db, reason="close"))
            clock.advance(timedelta(hours=14))
        clock.at = datetime(2000, 1, 1, 0, 0, tzinfo=UTC)  # a dead CMOS battery
        reset = backup.make_backup(store.db, reason="close")
        assert reset.exists(), "the backup made with the clock at 2000 deleted itself"
        assert backup.list_backups(db)[0].path == reset
        assert all(path.exists() for path in history[-4:]), "the good recent backups were deleted"
        made = [reset]
        for _ in range(40):  # five days of backups while the clock stays wrong
            clock.advance(timedelta(hours=3))
            made.append(backup.make_backup(store.db, reason="close"))
    assert all(path.exists() for path in made[-16:]), "a backup of the last two days was deleted"
    assert len(backup.list_backups(db)) < len(made) + len(history), "everything was kept"


def test_a_busy_day_of_close_backups_keeps_one_backup_of_each_earlier_day(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    clock = FixedClock(NOV)
    with Store(db, clock=clock) as store:
        daily = []
        for _day in range(10):
            daily.append(backup.make_backup(store.db, reason="daily"))
            clock.advance(timedelta(days=1))
        for _ in range(30):
            backup.make_backup(store.db, reason="close")
            clock.advance(timedelta(minutes=10))
    assert all(path.exists() for path in daily), "a busy day rotated the history away"


def _plant(db: Path, source: Path, reason: str = "manual") -> Path:
    """A file put among this hospital's backups, named as the newest one (a copied folder, a USB stick)."""
    newest = backup.list_backups(db)[0]
    stamp = (newest.made_at + timedelta(hours=1)).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup.backup_dir(db) / f"{db.name}.{stamp}.{reason}.{newest.seq + 50}-{newest.elapsed + 3600}.bak"
    shutil.copyfile(source, target)
    return target


def test_restore_newest_passes_over_another_hospitals_and_a_tampered_backup(tmp_path: Path,
                                                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        ours = backup.make_backup(store.db, reason="daily")
        hospital = store.origin
    other = tmp_path / "other" / "o.db"
    other.parent.mkdir()
    with Store(other) as store:
        generate(store, encounters=10, outreach=1, seed=99)
        assert store.origin != hospital
        theirs = backup.make_backup(store.db, reason="manual")
    foreign = _plant(db, theirs)
    tampered = _plant(db, ours, reason="close")
    conn = sqlite3.connect(tampered)
    conn.execute("UPDATE patients SET name = 'Someone Else' WHERE rowid = (SELECT min(rowid) FROM patients)")
    conn.commit()
    conn.close()
    before = ids(db, "patients")
    capsys.readouterr()
    # The live file is readable: the other hospital's backup is named as such.
    assert main(["restore", "--newest", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert f"restored from {ours}" in out
    skipped = [line for line in err.splitlines() if "skipped" in line]
    assert any(foreign.name in line and "another hospital" in line for line in skipped), err
    assert any(tampered.name in line and "changed outside L2FH Desk" in line for line in skipped), err
    # The live file is damaged (its hospital cannot be read): the other's backup still fails `check`, whose
    # audit trail is keyed with a key this installation does not hold.
    corrupt(db)
    assert main(["restore", "--newest", "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert f"restored from {ours}" in out
    skipped = [line for line in err.splitlines() if "skipped" in line]
    assert [name for name in (foreign.name, tampered.name) if not any(name in line for line in skipped)] == []
    assert ids(db, "patients") == before
    with Store(db) as store:
        assert store.origin == hospital


def test_restore_from_another_hospitals_backup_is_refused_and_nothing_changes(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    other = tmp_path / "other" / "o.db"
    other.parent.mkdir()
    with Store(other) as store:
        generate(store, encounters=10, outreach=1, seed=99)
        theirs = backup.make_backup(store.db, reason="manual")
    original = db.read_bytes()
    assert main(["restore", "--from", str(theirs), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "another hospital" in err and "nothing was changed" in err
    assert db.read_bytes() == original
    assert not list(tmp_path.glob("h.db.replaced-*"))
    assert len([line for line in err.splitlines() if line.startswith("l2fh-desk:")]) == 1
