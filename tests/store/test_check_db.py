"""`check_database`: a healthy file is reported, broken ones are named, and nothing is ever created."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.store.check import PUBLIC_TABLES, check_database
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.migrate import latest_version
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_healthy_database_reports_counts_and_creates_nothing(store: Store,
                                                              make_patient: Callable[..., Patient]) -> None:
    store.patients.create(make_patient(), actor=MEDIC)
    store.close()
    folder = store.path.parent
    before = listing(folder)
    report = check_database(store.path)
    assert report.ok, report.problems
    assert report.schema_version == latest_version()
    assert set(report.counts) == set(PUBLIC_TABLES) and report.counts["patients"] == 1
    assert any(note.startswith("audit chain intact") for note in report.notes)
    assert listing(folder) == before


def test_open_database_can_be_checked_while_the_app_has_it(store: Store) -> None:
    report = check_database(store.path)  # the store is still open (-wal present)
    assert report.ok, report.problems


def test_truncated_file_is_a_problem_and_not_touched(store: Store, tmp_path: Path) -> None:
    store.close()
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(store.path.read_bytes()[:4096 * 3])
    before = truncated.read_bytes()
    try:
        report = check_database(truncated)
        assert not report.ok
        problem = report.problems[0]
    except StorageError as exc:
        problem = exc.message
    assert "damaged" in problem or "integrity" in problem or "not" in problem
    assert truncated.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("truncated")) == ["truncated.db"]


@pytest.mark.parametrize(("make", "problem"), [
    (lambda p: p.write_bytes(os.urandom(20_000)), StorageProblem.NOT_A_DATABASE),
    (lambda p: None, StorageProblem.MISSING),
    (lambda p: p.mkdir(), StorageProblem.NOT_A_DATABASE),
])
def test_garbage_missing_and_folder_raise_a_known_error(tmp_path: Path, make: Callable[[Path], None],
                                                       problem: StorageProblem) -> None:
    target = tmp_path / "h.db"
    make(target)
    before = listing(tmp_path)
    with pytest.raises(StorageError) as caught:
        check_database(target)
    assert caught.value.problem == problem
    assert listing(tmp_path) == before


def test_empty_sqlite_file_is_not_an_l2fh_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    report = check_database(empty)
    assert report.problems == ["not an L2FH Desk database (no schema)"]
