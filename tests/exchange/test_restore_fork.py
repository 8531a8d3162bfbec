"""A laptop restored from a backup forks its history; the restore declares it, and HQ ends in the same state
whichever of the bundles from before and after the restore arrives first (exchange/branches.py)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from exchange_helpers import Hospital, copy_hospital, dump, export, trust_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq as hq_views
from l2fh_desk.exchange.importer import IMPORTED, REFUSED, import_bundles
from l2fh_desk.hq.overview import overview, review_counts
from l2fh_desk.store import backup, restore
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store


def _edit(db: Path, index: int, **changes: str) -> None:
    with Store(db, create=False) as store:
        patient = store.patients.find(order="id", limit=index + 1)[index]
        store.patients.update(patient.model_copy(update=changes), actor=SYSTEM)


def _new_patient(db: Path, name: str) -> str:
    with Store(db, create=False) as store:
        patient = store.patients.find(order="id", limit=1)[0]
        fresh = patient.model_copy(update={"id": "5" * 8 + "-5555-4555-8555-" + "5" * 12, "version": 0, "origin": "",
                                           "created_at": "", "updated_at": "", "name": name})
        return store.patients.create(fresh, actor=SYSTEM).id


@pytest.fixture(scope="module")
def restored(built: Path, two: tuple[Hospital, Hospital]) -> dict[str, Path]:
    """E0: exported before the backup; E1, E2: exported after it, on the branch the restore gives up (E2 adds a
    patient); E3: after the restore, the live branch (it edits patient 0 again, at the same version as E1)."""
    a = two[0]
    db = copy_hospital(a, built / "restored")
    with Store(db, create=False) as store:
        made = backup.make_backup(store.db)
    _edit(db, 0, name="Branch Given Up")
    e1 = export(db, built / "restored" / "e1.l2fh")
    _edit(db, 1, notes="edited on the given-up branch")
    _new_patient(db, "Only On Given Up")
    e2 = export(db, built / "restored" / "e2.l2fh")
    restore.restore(made, db, actor=SYSTEM)
    _edit(db, 0, name="Live After Restore")
    e3 = export(db, built / "restored" / "e3.l2fh")
    return {"db": db, "E0": a.bundle, "E1": e1, "E2": e2, "E3": e3}


def _run(folder: Path, paths: list[Path]) -> tuple[list[str], dict[str, list[tuple[object, ...]]]]:
    folder.mkdir(parents=True, exist_ok=True)
    with Store(folder / "hq.db") as store:
        results = import_bundles(store, paths, trust=trust_of(*paths), actor=SYSTEM)
    held = dump(folder / "hq.db")
    conn = sqlite3.connect(folder / "hq.db")
    held["abandoned_records"] = conn.execute("SELECT * FROM abandoned_records ORDER BY table_name, record_id"
                                             ).fetchall()
    conn.close()
    return [r.status if r.status != REFUSED else r.reason for r in results], held


def test_the_restore_row_declares_what_it_returns_to_and_what_it_abandons(restored: dict[str, Path]) -> None:
    conn = sqlite3.connect(restored["db"])
    rows = conn.execute("SELECT seq, id, action, after_json FROM audit_log ORDER BY seq").fetchall()
    conn.close()
    restore_at = max(i for i, r in enumerate(rows) if r[2] == "restore")
    after = json.loads(rows[restore_at][3])
    before = rows[restore_at - 1]
    assert after["returned_to"] == {"seq": before[0], "id": before[1]}
    # The given-up branch began at the same seq as the restore row, with another row (read from the replaced file).
    assert [n["seq"] for n in after["abandons"]] == [rows[restore_at][0]]
    assert after["abandons"][0]["id"] != rows[restore_at][1]
    assert after["abandoned_head"]["seq"] > after["abandons"][0]["seq"]


def test_bundles_before_and_after_a_restore_give_one_hq_in_every_order(restored: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    names = ["E1", "E2", "E3"]
    outcomes = {}
    for order in itertools.permutations(names):
        statuses, held = _run(tmp_path / "-".join(order), [restored["E0"], *(restored[n] for n in order)])
        assert all(s == IMPORTED or "shorter" in s for s in statuses), statuses
        outcomes[order] = held
    first = next(iter(outcomes.values()))
    assert all(held == first for held in outcomes.values())
    # The record tables hold the live branch exactly: what E3 alone gives.
    _statuses, live = _run(tmp_path / "live", [restored["E3"]])
    assert all(first[t] == live[t] for t in live if t not in ("imported_audit", "abandoned_records"))
    aside = {(r[0], json.loads(r[4]).get("name")) for r in first["abandoned_records"]}
    assert ("patients", "Branch Given Up") in aside and ("patients", "Only On Given Up") in aside
    assert any(r[-1] == 1 for r in first["imported_audit"]) and any(r[-1] == 0 for r in first["imported_audit"])


def test_the_given_up_records_are_shown_for_review(restored: dict[str, Path], tmp_path: Path) -> None:
    _run(tmp_path, [restored["E2"], restored["E3"]])
    with Store(tmp_path / "hq.db") as store:
        shown = [c for c in hq_views.conflicts(store) if c.kind == "abandoned"]
        live_names = {r["name"] for r in store.db.query("SELECT name FROM patients")}
    assert "Only On Given Up" not in live_names and "Live After Restore" in live_names
    assert any("Only On Given Up" in (c.new_value or "") for c in shown)
    assert all(c.hospital_name for c in shown)
    with Store(tmp_path / "hq.db") as store:
        rows = overview(store)
        assert rows and all(r.chain_continues for r in rows)  # a declared fork is not a break in the live history
        assert review_counts(store).conflicts >= len(shown)


_reference: dict[frozenset[str], dict[str, list[tuple[object, ...]]]] = {}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.sampled_from(["E0", "E1", "E2", "E3"]), min_size=1, max_size=6))
def test_arrival_order_and_repeats_of_restored_bundles_do_not_matter(
        order: list[str], restored: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> None:
    """Whatever order (and repeats) bundles from before and after a restore arrive in, HQ holds what the set of
    them says: a shortened history is refused and changes nothing, a declared fork never is."""
    wanted = frozenset(order)
    if wanted not in _reference:
        _reference[wanted] = _run(tmp_path_factory.mktemp("ref"), [restored[n] for n in sorted(wanted)])[1]
    statuses, held = _run(tmp_path_factory.mktemp("run"), [restored[n] for n in order])
    assert all(s in (IMPORTED, "already imported") or "shorter" in s for s in statuses), statuses
    assert held == _reference[wanted]


def test_a_restore_over_a_missing_database_gives_up_every_other_branch(built: Path, two: tuple[Hospital, Hospital],
                                                                       tmp_path: Path) -> None:
    """The replaced history cannot be read (the file was lost): the restore gives up whatever followed the
    backup, and HQ accepts its bundle in either order beside one from the lost file."""
    db = copy_hospital(two[0], tmp_path / "lost")
    with Store(db, create=False) as store:
        made = backup.make_backup(store.db)
    _edit(db, 0, name="On The Lost Laptop")
    lost = export(db, tmp_path / "lost" / "lost.l2fh")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    restore.restore(made, db, actor=SYSTEM)
    with Store(db, create=False) as store:
        after = json.loads(store.db.scalar("SELECT after_json FROM audit_log WHERE action = 'restore'"))
        assert after["abandons"] is None and after["returned_to"] is not None
    _edit(db, 1, notes="after the loss")
    again = export(db, tmp_path / "lost" / "again.l2fh")
    first = _run(tmp_path / "lost-first", [lost, again])
    second = _run(tmp_path / "again-first", [again, lost])
    assert first[0] == second[0] == [IMPORTED, IMPORTED]
    assert first[1] == second[1]
    assert ("patients", "On The Lost Laptop") in {(r[0], json.loads(r[4]).get("name")) for r in first[1]["abandoned_records"]}
