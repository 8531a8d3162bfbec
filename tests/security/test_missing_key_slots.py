"""An encrypted database copied without its `<db>.keyslots` file (or with that file moved away) is named as such,
in one line, by every command and by the window's open path -- never "not an L2FH Desk database" -- and the file
is left exactly as it was (nothing is written beside it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _run(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True, env=environ,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """An encrypted demo hospital (made and encrypted in other processes: this one holds no key); its recovery key."""
    folder = tmp_path_factory.mktemp("made")
    db = folder / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "20", "--outreach", "1"]) == 0
    done = _run("encrypt", "--db", str(db), "--user", "commander", L2FH_PASSWORD="commander-demo")
    assert done.returncode == 0, done.stderr
    recovery = next(line.strip() for line in done.stdout.splitlines() if line.startswith("    "))
    return db, recovery


def _copied_without_slots(source: Path, folder: Path) -> Path:
    folder.mkdir()
    copy = folder / "copy.db"
    shutil.copy2(source, copy)
    shutil.copy2(f"{source}.key", f"{copy}.key")
    return copy


def _says_slots_missing(text: str, name: str) -> None:
    assert len(text.strip().splitlines()) == 1, text
    assert "not an L2FH Desk database" not in text
    assert "encrypted L2FH Desk database" in text and f"{name}.keyslots" in text and "missing" in text
    assert "beside the database" in text


def test_every_command_says_the_key_slots_file_is_missing(encrypted: tuple[Path, str], tmp_path: Path) -> None:
    db, recovery = encrypted
    copy = _copied_without_slots(db, tmp_path / "stick")
    before, listing = copy.read_bytes(), sorted(p.name for p in copy.parent.iterdir())
    for argv, env in ((["check", "--db", str(copy)], {}),
                      (["check", "--db", str(copy), "--recovery-key"], {"L2FH_RECOVERY_KEY": recovery}),
                      (["backup", "--db", str(copy), "--user", "commander"], {"L2FH_PASSWORD": "commander-demo"}),
                      (["export-csv", "--db", str(copy), "--out", str(tmp_path / "csv"), "--user", "commander"],
                       {"L2FH_PASSWORD": "commander-demo"})):
        result = _run(*argv, **env)
        assert result.returncode == 1, (argv, result.stdout, result.stderr)
        _says_slots_missing(result.stderr, "copy.db")
    version = _run("--version", "--db", str(copy))
    [schema] = [line for line in version.stdout.splitlines() if "Schema version" in line]
    assert "copy.db.keyslots" in schema and "not an L2FH Desk database" not in schema
    assert copy.read_bytes() == before and sorted(p.name for p in copy.parent.iterdir()) == listing


def test_the_window_open_path_says_it_too(encrypted: tuple[Path, str], tmp_path: Path) -> None:
    copy = _copied_without_slots(encrypted[0], tmp_path / "stick")
    before = copy.read_bytes()
    with pytest.raises(StorageError) as raised:
        Store(copy)
    _says_slots_missing(str(raised.value), "copy.db")
    assert copy.read_bytes() == before and not Path(f"{copy}-wal").exists() and not Path(f"{copy}.in-use").exists()


def test_a_file_that_is_no_database_at_all_is_still_not_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: bandages, saline\n", encoding="utf-8")
    with pytest.raises(StorageError, match="not an L2FH Desk database"):
        Store(notes)


def test_it_is_still_a_file_that_cannot_be_opened_for_every_caller(encrypted: tuple[Path, str], tmp_path: Path) -> None:
    from l2fh_desk.store.errors import StorageProblem

    copy = _copied_without_slots(encrypted[0], tmp_path / "stick")
    with pytest.raises(StorageError) as raised:
        Store(copy)
    assert raised.value.problem == StorageProblem.NOT_A_DATABASE  # what restore and the callers branch on
