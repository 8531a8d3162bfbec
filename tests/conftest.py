"""Shared test setup: no test writes into the real user's data folder (logs, default database)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # The CLI sets up file logging under the data folder before every command; keep it in a temp folder.
    folder = tmp_path_factory.mktemp("l2fh-data")
    monkeypatch.setenv("L2FH_DATA_DIR", str(folder))
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_l2fh", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture(autouse=True)
def _demo_commander(monkeypatch: pytest.MonkeyPatch) -> None:
    # Commands that touch records sign in (`--user`, L2FH_PASSWORD): a demo database's commander by default
    # (l2fh_desk/demo/generator.py DEMO_ACCOUNTS); a test of another account or of none sets or clears these.
    monkeypatch.setenv("L2FH_USER", "commander")
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
