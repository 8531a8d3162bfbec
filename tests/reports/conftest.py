"""A demo hospital database built once per test session; each test gets its own copy in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from l2fh_desk.demo.generator import generate
from l2fh_desk.store.store import Store

FIXED_TIME = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with Store(path) as store:
        generate(store, encounters=700, outreach=40, seed=4)
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hospital.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    with Store(demo_db) as store:
        yield store
