"""Dashboard figures equal what independent SQL (and plain Python over rows) says about the demo database."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from l2fh_desk.demo.generator import generate
from l2fh_desk.reports.dashboard import build, current_rotation
from l2fh_desk.store.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with Store(tmp_path_factory.mktemp("dash") / "demo.db") as s:
        generate(s, encounters=600, outreach=40, seed=7)
        yield s


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@pytest.mark.parametrize("number", [3, 4, 5])
def test_figures_equal_independent_queries(store, number):
    rotation = store.rotations.by_number(number)
    board = build(store, rotation)
    rows = store.db.query("SELECT id, patient_id, started_at, voided_at FROM encounters WHERE rotation_id = ?",
                          (rotation.id,))
    live = [r for r in rows if r["voided_at"] is None]
    assert board.encounters == len(live)
    assert board.patients == len({r["patient_id"] for r in live})
    weeks = Counter(_monday(date.fromisoformat(r["started_at"][:10])) for r in live)
    assert {w.week_start: w.encounters for w in board.per_week if w.encounters} == dict(weeks)
    assert sum(w.encounters for w in board.per_week) == len(live)
    assert all(w.week_start.weekday() == 0 for w in board.per_week)
    categories = Counter(store.db.scalar("SELECT category FROM patients WHERE id = ?", (r["patient_id"],)) for r in live)
    assert {c.value: n for c, n in board.by_category} == dict(categories)
    live_ids = {r["id"] for r in live}
    codes: Counter[str] = Counter()
    for encounter_id, code in {(d["encounter_id"], d["icd10_code"]) for d in store.db.query(
            "SELECT encounter_id, icd10_code FROM diagnoses WHERE voided_at IS NULL")}:
        if encounter_id in live_ids:
            codes[code] += 1
    expected = sorted(codes.items(), key=lambda item: (-item[1], item[0]))[:10]
    assert [(d.code, d.encounters) for d in board.top_diagnoses] == expected
    opened = store.db.scalar("SELECT count(*) FROM admissions WHERE discharged_at IS NULL AND voided_at IS NULL")
    assert board.open_admissions == opened
    outreach = store.db.query("SELECT kind, reached_total FROM outreach_activities WHERE rotation_id = ?"
                              " AND voided_at IS NULL", (rotation.id,))
    reached: Counter[str] = Counter()
    for row in outreach:
        reached[row["kind"]] += row["reached_total"]
    assert {t.kind.value: t.reached_total for t in board.outreach} == dict(reached)


def test_weeks_without_encounters_are_shown_as_zero(store):
    board = build(store, store.rotations.by_number(4))
    starts = [w.week_start for w in board.per_week]
    assert starts == [starts[0] + timedelta(weeks=i) for i in range(len(starts))]


def test_current_rotation_is_the_one_covering_today(store):
    assert current_rotation(store, date(2025, 3, 1)).number == 3
