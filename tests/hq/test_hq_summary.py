"""The ministry summary's figures equal an independent SQL recomputation for every hospital and rotation, with
linked duplicates counted once; the PDF prints them in Vietnamese; the CSV holds the same figures."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.hq.review import link
from l2fh_desk.hq.summary import Scope, summary_figures
from l2fh_desk.hq.summary_doc import ALL_TIME, generate_summary
from l2fh_desk.store.store import Store

ANALYST = Actor(username="analyst", role=Role.HQ_ANALYST)
TODAY = date(2026, 11, 20)
SURGERY = {"major_procedure", "limb_amputation", "caesarean_section", "minor_surgical_procedure"}  # MDS 30, 31, 32, 35


@pytest.fixture(scope="module")
def demo_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    build_demo_hq(path, encounters=400, outreach=20)
    with Store(path) as hq:
        # two records of one hospital and rotation, and two of different hospitals, linked as one person each
        same = hq.db.query("SELECT e1.patient_id, e2.patient_id FROM encounters e1 JOIN encounters e2"
                           " ON e1.rotation_id = e2.rotation_id AND e1.patient_id < e2.patient_id"
                           " WHERE e1.voided_at IS NULL AND e2.voided_at IS NULL LIMIT 1")[0]
        link(hq, same[0], same[1], reason="test: same person", actor=ANALYST)
        other = hq.db.query("SELECT p1.id, p2.id FROM patients p1 JOIN patients p2 ON p1.origin < p2.origin"
                            " WHERE p1.id NOT IN (?, ?) AND p2.id NOT IN (?, ?) AND EXISTS (SELECT 1 FROM encounters"
                            " WHERE patient_id = p1.id) AND EXISTS (SELECT 1 FROM encounters WHERE patient_id = p2.id)"
                            " LIMIT 1", (*same, *same))[0]
        link(hq, other[0], other[1], reason="test: seen at two hospitals", actor=ANALYST)
    return path


def person_sql(column: str) -> str:
    """The person a record stands for, by plain SQL over the (disjoint) pairs linked above."""
    return f"coalesce((SELECT min(patient_a) FROM patient_links WHERE patient_b = {column}), {column})"


def expected(hq: Store, rotation_id: str, first: str, last: str, today: date) -> dict[str, object]:
    q = hq.db.scalar
    day = "date({col}) BETWEEN ? AND ?"
    enc = f"FROM encounters e WHERE e.rotation_id = ? AND e.voided_at IS NULL AND {day.format(col='e.started_at')}"
    p = (rotation_id, first, last)
    # Bed-days: every morning after a night in a bed of this hospital that falls in the rotation and the
    # scope (up to today), walked day by day; an open stay runs on to the end of the period.
    start, stop, hospital = hq.db.query("SELECT start_date, end_date, hospital_id FROM rotations WHERE id = ?",
                                        (rotation_id,))[0]
    window_first = max(date.fromisoformat(start), date.fromisoformat(first))
    window_last = min(date.fromisoformat(stop), date.fromisoformat(last), today)
    bed_days = 0
    for admitted, discharged in hq.db.query(
            "SELECT admitted_at, discharged_at FROM admissions WHERE origin = ? AND voided_at IS NULL", (hospital,)):
        morning = date.fromisoformat(admitted[:10]) + timedelta(days=1)
        leaves = date.fromisoformat(discharged[:10]) if discharged else window_last
        while morning <= leaves and morning <= window_last:
            bed_days += morning >= window_first
            morning += timedelta(days=1)
    deaths = {r[0] for r in hq.db.query(f"SELECT {person_sql('e.patient_id')} {enc} AND e.disposition = 'died'", p)}
    deaths |= {r[0] for r in hq.db.query(
        f"SELECT {person_sql('a.patient_id')} FROM admissions a WHERE a.rotation_id = ? AND a.voided_at IS NULL"
        f" AND a.outcome = 'died' AND {day.format(col='a.discharged_at')}", p)}
    surgeries = sum(1 for (procedures,) in hq.db.query(f"SELECT value FROM encounters e, json_each(e.procedures)"
                                                        f" WHERE e.rotation_id = ? AND e.voided_at IS NULL AND"
                                                        f" {day.format(col='e.started_at')}", p)
                    if json.loads(procedures)["kind"] in SURGERY)
    return {
        "persons": q(f"SELECT count(DISTINCT {person_sql('e.patient_id')}) {enc}", p),
        "encounters": q(f"SELECT count(*) {enc}", p),
        "admissions": q(f"SELECT count(*) FROM admissions WHERE rotation_id = ? AND voided_at IS NULL AND"
                        f" {day.format(col='admitted_at')}", p),
        "bed_days": bed_days,
        "surgeries": surgeries,
        "evacuations": q(f"SELECT count(*) FROM evacuations WHERE rotation_id = ? AND voided_at IS NULL AND"
                         f" {day.format(col='requested_at')}", p),
        "deaths": len(deaths),
        "dead_on_arrival": q(f"SELECT count(*) {enc} AND e.disposition = 'dead_on_arrival'", p),
        "by_category": {c: n for c, n in hq.db.query(
            f"SELECT p.category, count(*) FROM encounters e JOIN patients p ON p.id = e.patient_id WHERE"
            f" e.rotation_id = ? AND e.voided_at IS NULL AND {day.format(col='e.started_at')} GROUP BY 1", p)},
        "outreach": {k: (a, n) for k, a, n in hq.db.query(
            "SELECT kind, count(*), sum(reached_total) FROM outreach_activities WHERE rotation_id = ? AND"
            f" voided_at IS NULL AND {day.format(col='activity_date')} GROUP BY kind", p)},
        "staff": q("SELECT count(*) FROM staff WHERE rotation_id = ? AND voided_at IS NULL", (rotation_id,)),
        "women": q("SELECT count(*) FROM staff WHERE rotation_id = ? AND voided_at IS NULL AND sex = 'female'",
                   (rotation_id,)),
    }


@pytest.mark.parametrize("scope", [Scope(*ALL_TIME), Scope(date(2025, 1, 1), date(2025, 12, 31)),
                                   Scope(*ALL_TIME, rotations=(4, 5))], ids=["all-time", "2025", "rotations-4-5"])
def test_every_figure_equals_an_independent_recomputation(demo_hq: Path, scope: Scope) -> None:
    with Store(demo_hq) as hq:
        figures = summary_figures(hq, scope, today=TODAY)
        rotations = hq.db.query("SELECT id FROM rotations WHERE voided_at IS NULL AND start_date <= ? AND"
                                " end_date >= ?" + (" AND number BETWEEN ? AND ?" if scope.rotations else ""),
                                (scope.end.isoformat(), scope.start.isoformat(), *(scope.rotations or ())))
        assert {r.rotation_id for r in figures.rows} == {r[0] for r in rotations}
        assert figures.rows
        for row in figures.rows:
            want = expected(hq, row.rotation_id, scope.start.isoformat(), scope.end.isoformat(), TODAY)
            got = {k: getattr(row, k) for k in want}
            assert got == want, row.hospital
        everyone = hq.db.scalar(
            f"SELECT count(DISTINCT {person_sql('e.patient_id')}) FROM encounters e WHERE e.voided_at IS NULL AND"
            f" e.rotation_id IN ({', '.join('?' for _ in figures.rows)}) AND date(e.started_at) BETWEEN ? AND ?",
            (*(r.rotation_id for r in figures.rows), scope.start.isoformat(), scope.end.isoformat()))
        assert figures.persons_total == everyone


def test_linked_duplicates_are_counted_once(demo_hq: Path) -> None:
    with Store(demo_hq) as hq:
        linked = summary_figures(hq, Scope(*ALL_TIME), today=TODAY)
        records = hq.db.scalar("SELECT count(DISTINCT patient_id) FROM encounters WHERE voided_at IS NULL")
        assert linked.persons_total == records - 2  # two links, each two records of one person
        assert sum(r.persons for r in linked.rows) < sum(
            int(n) for (n,) in hq.db.query("SELECT count(DISTINCT patient_id) FROM encounters WHERE voided_at IS"
                                           " NULL GROUP BY rotation_id"))


def test_one_hospital_scope_and_the_csv_hold_the_same_figures(demo_hq: Path, tmp_path: Path) -> None:
    with Store(demo_hq) as hq:
        hospital = hq.db.scalar("SELECT id FROM hospitals ORDER BY name LIMIT 1")
        scope = Scope(*ALL_TIME, hospitals=(hospital,))
        out, figures = generate_summary(hq, scope=scope, out=tmp_path / "summary.csv", actor=ANALYST, excel=True)
        data = out.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert {r["hospital_id"] for r in rows if r["hospital_id"]} == {hospital}
        for row in figures.rows:
            mine = {r["figure"]: r["value"] for r in rows if r["rotation"] == str(row.rotation)}
            assert int(mine["encounters"]) == row.encounters and int(mine["persons"]) == row.persons
            assert int(mine["bed_days"]) == row.bed_days
        assert hq.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'print' AND after_json LIKE"
                            " '%ministry_summary%'") == 1


def test_the_pdf_prints_the_figures_in_vietnamese(demo_hq: Path, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    with Store(demo_hq) as hq:
        out, figures = generate_summary(hq, scope=Scope(*ALL_TIME), out=tmp_path / "summary.pdf", actor=ANALYST,
                                        lang="vi", generated_at=datetime(2026, 11, 20, 8, tzinfo=UTC))
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Báo cáo tổng hợp gửi Bộ" in text
    assert "Viet Nam Level-2 Field Hospital No. 6" in text  # names whole, never cut
    assert f"{figures.persons_total:,}".replace(",", ".") in text
    assert "Lượt khám theo năm (xu hướng)" in text


def test_a_hospital_database_cannot_print_it_as_hq_and_bad_input_is_one_line(tmp_path: Path) -> None:
    from l2fh_desk.domain.errors import DomainError, PermissionDenied

    with Store(tmp_path / "hq.db") as hq:
        with pytest.raises(PermissionDenied):
            generate_summary(hq, scope=Scope(*ALL_TIME), out=tmp_path / "s.pdf",
                             actor=Actor(username="m", role=Role.MEDIC))
        with pytest.raises(DomainError, match="HQ holds no hospital nope"):
            generate_summary(hq, scope=Scope(*ALL_TIME, hospitals=("nope",)), out=tmp_path / "s.pdf", actor=SYSTEM)
        assert not (tmp_path / "s.pdf").exists()
