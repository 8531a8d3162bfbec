"""Another application's SQLite file given to any command or to the window is refused in one line and left
byte for byte as it was: never migrated, never switched to WAL, no -wal/-shm/-journal, no key or backups
folder beside it, its permissions unchanged."""

from __future__ import annotations

import os
import sqlite3  # the other application's own library: it made the file
import stat
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store


def other_apps_file(folder: Path, *, wal: bool) -> Path:
    """A notes app's database: its own tables, its own user_version and application id, mode 0644."""
    path = folder / ("notes-wal.sqlite" if wal else "notes.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('buy milk')")
    if wal:
        conn.execute("PRAGMA application_id = 1313817684")
        conn.execute("PRAGMA user_version = 3")
        conn.execute("PRAGMA journal_mode = WAL")
    conn.commit()
    conn.close()
    os.chmod(path, 0o644)
    return path


def _state(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), stat.S_IMODE(p.stat().st_mode)) for p in sorted(folder.iterdir()) if p.is_file()}


COMMANDS = [
    ["check", "--db", "{f}"],
    ["backup", "--db", "{f}"],
    ["export", "--db", "{f}", "--out", "{out}/b.l2fh"],
    ["export-csv", "--db", "{f}", "--out", "{out}/csv"],
    ["export-fhir", "--db", "{f}", "--out", "{out}/f.json"],
    ["report", "handover", "--db", "{f}", "--out", "{out}/h.pdf"],
    ["report", "mds", "--db", "{f}", "--from", "2026-11-01", "--to", "2026-11-07", "--out", "{out}/m.csv"],
    ["keys", "--db", "{f}"],
    ["demo", "--db", "{f}", "--encounters", "5"],
    ["import", "--into", "{f}", "{out}/none.l2fh"],
    ["restore", "--newest", "--db", "{f}"],
    ["hq", "overview", "--db", "{f}"],
]


@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "wal"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:2]) if c[0] == "report" else c[0])
def test_a_command_refuses_another_applications_sqlite_file_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                      command: list[str], wal: bool) -> None:
    folder, out = tmp_path / "data", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    foreign = other_apps_file(folder, wal=wal)
    before = _state(folder)
    status = main([a.format(f=foreign, out=out) for a in command])
    err = capsys.readouterr().err
    assert status == 1
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "another application's SQLite file" in lines[0], err
    assert _state(folder) == before, "the other application's file (or its folder) was changed"
    assert list(out.iterdir()) == []


def test_restore_from_another_applications_file_is_refused_and_both_are_untouched(tmp_path: Path,
                                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tests.reliability.harness import small_hospital

    ours = small_hospital(tmp_path / "h.db")
    folder = tmp_path / "data"
    folder.mkdir()
    foreign = other_apps_file(folder, wal=True)
    before, ours_before = _state(folder), ours.read_bytes()
    assert main(["restore", "--from", str(foreign), "--db", str(ours)]) == 1
    err = capsys.readouterr().err
    assert "another application's SQLite file" in err and "nothing was changed" in err
    assert _state(folder) == before and ours.read_bytes() == ours_before


@pytest.mark.parametrize("wal", [False, True], ids=["rollback", "wal"])
def test_the_store_and_the_window_refuse_it_untouched(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                      wal: bool) -> None:
    from l2fh_desk.ui import app
    from l2fh_desk.ui.startup import check_and_recover

    foreign = other_apps_file(tmp_path, wal=wal)
    before = _state(tmp_path)
    for readonly in (False, True):
        with pytest.raises(StorageError) as refused:
            Store(foreign, readonly=readonly)
        assert refused.value.problem == StorageProblem.NOT_A_DATABASE
        assert "another application's SQLite file" in refused.value.message
    said: list[str] = []
    monkeypatch.setattr("l2fh_desk.ui.startup.Notice.error", classmethod(lambda cls, parent, title, text: said.append(text)))
    monkeypatch.setattr("l2fh_desk.ui.app.Notice.error", classmethod(lambda cls, parent, title, text: said.append(text)))
    assert check_and_recover(foreign) is False
    assert app.open_store(foreign) is None
    assert len(said) == 2 and all("another application's SQLite file" in text for text in said)
    assert _state(tmp_path) == before


def test_a_new_empty_file_and_our_own_databases_still_open(tmp_path: Path) -> None:
    empty = tmp_path / "new.db"
    empty.touch()
    with Store(empty) as store:
        assert store.db.user_version > 0
    blank = tmp_path / "blank.db"
    sqlite3.connect(blank).close()  # a valid SQLite file with nothing in it yet
    with Store(blank) as store:
        assert store.db.user_version > 0
    with Store(empty) as store:  # ours once set up
        assert store.db.user_version > 0
