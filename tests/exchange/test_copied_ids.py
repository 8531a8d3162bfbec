"""A bundle carrying a record whose random id was copied from another hospital's record: each claim is kept
under an id of its own at HQ (exchange/aliases.py), so neither hospital can change, hide or lock out the other,
and HQ holds the same in every arrival order."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import Hospital, crafted, dump, export, trust_of
from test_ownership import _b_ids, _copy_rotation

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq as hq_api
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store


def _copies(b: Hospital) -> dict[str, list[str]]:
    rotation, patient = _b_ids(b)
    return {
        "B's patient id with A's encounters": [
            f"INSERT INTO patients SELECT '{patient}', origin, created_at, updated_at, version, NULL, NULL,"
            " 'Copied Name', 'female', '1950-01-01', 0, category, nationality, unit, '', home_location, phone,"
            " notes FROM patients LIMIT 1",
            f"UPDATE encounters SET patient_id = '{patient}' WHERE id IN (SELECT id FROM encounters WHERE id NOT IN"
            " (SELECT encounter_id FROM admissions WHERE encounter_id IS NOT NULL) AND id NOT IN (SELECT encounter_id"
            " FROM evacuations WHERE encounter_id IS NOT NULL) ORDER BY id LIMIT 5)"],
        "B's rotation id with A's encounters": [
            _copy_rotation(rotation, 99), f"UPDATE encounters SET rotation_id = '{rotation}' WHERE rowid <= 25"],
    }


def _named(held: dict[str, list[tuple[Any, ...]]], path: Path) -> dict[str, Any]:
    """The dump with each id HQ chose for a disputed claim written as (origin, table, id): the ids themselves
    come from a secret of each HQ database."""
    conn = sqlite3.connect(path)
    names = {str(r[3]): f"{r[0]}:{r[1]}:{r[2]}" for r in conn.execute("SELECT * FROM id_aliases")}
    conn.close()
    out: dict[str, Any] = {t: sorted(tuple(names.get(v, v) if isinstance(v, str) else v for v in row) for row in rows)
                           for t, rows in held.items()}
    out["id_aliases"] = sorted(names.values())
    return out


def _totals(store: Store, hospital: str) -> list[tuple[int, int, int]]:
    return [(t.rotation_number, t.encounters, t.patients) for t in hq_api.encounter_totals(store, hospital_id=hospital)]


@pytest.mark.parametrize("case", ["B's patient id with A's encounters", "B's rotation id with A's encounters"])
def test_a_copied_id_is_owned_by_each_origin_in_every_order(case: str, two: tuple[Hospital, Hospital],
                                                            tmp_path: Path) -> None:
    a, b = two
    copy = crafted(tmp_path, a, *_copies(b)[case])
    later_b = export(b.db, tmp_path / "b-later.l2fh")  # B's next bundle: still read through the map
    with Store(tmp_path / "b-only.db") as store:
        import_bundles(store, [b.bundle], trust=trust_of(b.bundle), actor=SYSTEM)
        b_alone = _totals(store, b.hospital_id)
    with Store(tmp_path / "a-only.db") as store:
        import_bundles(store, [copy], trust=trust_of(a.bundle), actor=SYSTEM)
        a_alone = _totals(store, a.hospital_id)
    seen = []
    for number, order in enumerate(itertools.permutations([b.bundle, copy, later_b])):
        hq = tmp_path / f"hq{number}.db"
        with Store(hq) as store:
            results = import_bundles(store, list(order), trust=trust_of(a.bundle, b.bundle), actor=SYSTEM)
            statuses = [r.status for r in results]
            assert statuses.count(IMPORTED) >= 2 and all(s == IMPORTED or "shorter" in r.reason
                                                         for s, r in zip(statuses, results, strict=True))
            assert _totals(store, b.hospital_id) == b_alone  # A changed none of B's figures
            assert _totals(store, a.hospital_id) == a_alone
            assert "Copied Name" not in {p["name"] for p in store.db.query(
                "SELECT name FROM patients WHERE origin = ?", (b.hospital_id,))}
        seen.append(_named(dump(hq), hq))
    assert all(held == seen[0] for held in seen)
    assert len(seen[0]["id_aliases"]) == 2  # one per claim
