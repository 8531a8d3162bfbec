"""Property: the order bundles arrive in, and repeating them, never changes what HQ ends up holding."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_helpers import Hospital, corrected_rotation, dump, export, trust_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import REFUSED, import_bundles
from l2fh_desk.store.store import Store


def _variant(h: Hospital, folder: Path, field: str, value: str, index: int) -> Path:
    """The same hospital (same key) after an edit: a later export, or a second laptop restored from a backup."""
    folder.mkdir()
    db = folder / "h1.db"
    shutil.copy(h.db, db)
    shutil.copy(h.db.with_name("h1.db.key"), folder / "h1.db.key")
    with Store(db) as store:
        patient = store.patients.find(order="id", limit=index + 1)[index]
        store.patients.update(patient.model_copy(update={field: value}), actor=SYSTEM)
    return export(db, folder / "b.l2fh")


@pytest.fixture(scope="module")
def bundles(built: Path, two: tuple[Hospital, Hospital]) -> list[Path]:
    a, b = two
    return [
        a.bundle,
        b.bundle,
        _variant(a, built / "later", "name", "Renamed Later", 0),      # a newer version of patient 0
        _variant(a, built / "laptop-x", "notes", "from laptop X", 1),  # same version of patient 1 ...
        _variant(a, built / "laptop-y", "notes", "from laptop Y", 1),  # ... with different content: a conflict
        corrected_rotation(a, built / "corrected"),                    # the latest rotation voided and made again
    ]


_reference: dict[frozenset[int], dict[str, list[tuple[object, ...]]]] = {}


def _import(folder: Path, paths: list[Path]) -> dict[str, list[tuple[object, ...]]]:
    with Store(folder / "hq.db") as store:
        results = import_bundles(store, paths, trust=trust_of(*paths), actor=SYSTEM)
    assert all(r.status != REFUSED for r in results), [r.reason for r in results]
    return dump(folder / "hq.db")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=7))
def test_import_order_and_repetition_do_not_matter(order: list[int], bundles: list[Path],
                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    key = frozenset(order)
    if key not in _reference:
        _reference[key] = _import(tmp_path_factory.mktemp("ref"), [bundles[i] for i in sorted(key)])
    assert _import(tmp_path_factory.mktemp("run"), [bundles[i] for i in order]) == _reference[key]
