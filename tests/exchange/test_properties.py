"""Property: the order bundles arrive in, and repeating them, never changes what HQ ends up holding beyond
which history it accepted first: a fork or an older history is refused (exchange/history.py)."""

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


_reference: dict[tuple[int, ...], dict[str, list[tuple[object, ...]]]] = {}


def _chain(bundle: Path) -> tuple[str, list[tuple[int, str]]]:
    """(hospital id, the bundle's audit rows as (seq, hash))."""
    import json
    import tempfile

    from exchange_helpers import members

    from l2fh_desk.store.driver import sqlite3

    parts = dict(members(bundle))
    with tempfile.TemporaryDirectory() as folder:
        snap = Path(folder) / "s.sqlite"
        snap.write_bytes(parts["data.sqlite"])
        conn = sqlite3.connect(snap)
        rows = [(int(r[0]), str(r[1])) for r in conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq")]
        conn.close()
    return json.loads(parts["manifest.json"])["hospital"]["id"], rows


def _expected(bundles: list[Path], order: list[int]) -> tuple[list[bool], tuple[int, ...]]:
    """Which arrivals are refused (a history that does not extend the one HQ holds), and the bundle each
    hospital's history ends with: what HQ holds depends on that alone, not on the way it got there."""
    held: dict[str, list[tuple[int, str]]] = {}
    last: dict[str, int] = {}
    refused = []
    imported: set[int] = set()
    for index in order:
        if index in imported:  # "already imported": the same bundle again changes nothing
            refused.append(False)
            continue
        hospital, rows = _chain(bundles[index])
        mine = held.get(hospital, [])
        ok = rows[:len(mine)] == mine
        refused.append(not ok)
        if ok:
            held[hospital], last[hospital] = rows, index
            imported.add(index)
    return refused, tuple(sorted(last.values()))


def _import(folder: Path, paths: list[Path]) -> tuple[list[bool], dict[str, list[tuple[object, ...]]]]:
    with Store(folder / "hq.db") as store:
        results = import_bundles(store, paths, trust=trust_of(*paths), actor=SYSTEM)
    return [r.status == REFUSED for r in results], dump(folder / "hq.db")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=7))
def test_import_order_and_repetition_do_not_matter(order: list[int], bundles: list[Path],
                                                   tmp_path_factory: pytest.TempPathFactory) -> None:
    """Repeats change nothing; a fork or an older history is refused; HQ ends holding what the accepted
    bundles say, however they arrived."""
    refused, winners = _expected(bundles, order)
    if winners not in _reference:
        _reference[winners] = _import(tmp_path_factory.mktemp("ref"), [bundles[i] for i in winners])[1]
    statuses, held = _import(tmp_path_factory.mktemp("run"), [bundles[i] for i in order])
    assert statuses == refused
    assert held == _reference[winners]
