"""Shared exchange fixtures: two small demo hospitals and their bundles, and an HQ key pair, built once per test run (tests copy what they change)."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import Hospital, make_hospital

from l2fh_desk.exchange.keys import init_hq_keys


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Prepared files shared by the exchange tests; tests copy what they change."""
    return tmp_path_factory.mktemp("exchange-built")


@pytest.fixture(scope="session")
def two(built: Path) -> tuple[Hospital, Hospital]:
    return make_hospital(built / "a", 1), make_hospital(built / "b", 2)


@pytest.fixture(scope="session")
def hq_keys(built: Path) -> tuple[Path, bytes]:
    """(a template HQ database path with its private key beside it, HQ's public key)."""
    folder = built / "hqkeys"
    folder.mkdir()
    template = folder / "hq.db"
    public, _private, _public_file = init_hq_keys(template)
    return template, public
