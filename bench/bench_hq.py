"""The HQ overview and the ministry summary of a large HQ (10 hospitals x 3 rotations x 20,000 encounters at
full size; 3 x 3 x 1,000 with --quick), each beside a raw SQL aggregate of the same figures in the same run.

    python -m bench.bench_hq [--quick] [--hospitals N] [--cache DIR]

`--hospitals` changes the size; `--cache DIR` keeps the built HQ (about 13 minutes at full size) and copies it
on the next run of the same size and schema."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.hq.overview import overview
from l2fh_desk.hq.summary import Scope, summary_figures
from l2fh_desk.hq.summary_doc import ALL_TIME, generate_summary
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.migrate import latest_version
from l2fh_desk.store.store import Store

RAW = """
SELECT r.id, count(e.id), count(DISTINCT e.patient_id),
       (SELECT count(*) FROM admissions a WHERE a.rotation_id = r.id AND a.voided_at IS NULL),
       (SELECT count(*) FROM outreach_activities o WHERE o.rotation_id = r.id AND o.voided_at IS NULL),
       (SELECT count(*) FROM staff s WHERE s.rotation_id = r.id AND s.voided_at IS NULL)
FROM rotations r LEFT JOIN encounters e ON e.rotation_id = r.id AND e.voided_at IS NULL
GROUP BY r.id
"""
RAW_SUMMARY = """
SELECT e.rotation_id, p.category, count(*), count(DISTINCT e.patient_id) FROM encounters e
JOIN patients p ON p.id = e.patient_id WHERE e.voided_at IS NULL GROUP BY 1, 2
"""


def _raw(db: Path, sql: str) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute(sql).fetchall()
    conn.close()
    return time.perf_counter() - started


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _built(db: Path, *, hospitals: int, per_rotation: int, cache: Path | None) -> float:
    """Build the HQ at `db` (seconds taken), or copy it from `cache` where an earlier run of the same size and
    schema left it (the full-size build takes about 13 minutes; a copy, seconds)."""
    kept = cache / f"hq-{hospitals}x{per_rotation}-schema{latest_version()}.db" if cache else None
    started = time.perf_counter()
    if kept is not None and kept.exists():
        shutil.copyfile(kept, db)
        return time.perf_counter() - started
    build_demo_hq(db, hospitals=hospitals, encounters=3 * per_rotation, outreach=per_rotation // 50)
    built = time.perf_counter() - started
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        with Store(db) as hq:  # one self-contained file: the WAL folded in
            hq.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(db, kept)
    return built


def run(quick: bool = False, *, hospitals: int | None = None, cache: Path | None = None) -> list[dict[str, object]]:
    """`hospitals`: the size switch (each 3 rotations of 20,000 encounters, 1,000 with quick); `cache`: a folder
    keeping the built HQ between runs."""
    count, per_rotation = (3, 1_000) if quick else (10, 20_000)
    hospitals = hospitals or count
    label = f"{hospitals} hospitals, 3 rotations each, {3 * per_rotation:,} encounters each"
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-hq-") as tmp:
        db = Path(tmp) / "hq.db"
        build_s = _built(db, hospitals=hospitals, per_rotation=per_rotation, cache=cache)
        with Store(db) as hq:
            total = hq.db.scalar("SELECT count(*) FROM encounters")
            overview_s = _timed(lambda: overview(hq))
            figures_s = _timed(lambda: summary_figures(hq, Scope(*ALL_TIME), today=date.today()))
            pdf_s = _timed(lambda: generate_summary(hq, scope=Scope(*ALL_TIME), out=Path(tmp) / "s.pdf", actor=SYSTEM))
        raw_overview = _raw(db, RAW)
        raw_summary = _raw(db, RAW_SUMMARY)
    return [
        {"figure": f"HQ overview ({label}; {total:,} encounters; built in {build_s:.0f} s)", "value": overview_s,
         "unit": "s", "baseline": raw_overview, "goal": "a few seconds; within 3x a raw SQL count per rotation"},
        {"figure": f"ministry summary figures, all time ({label})", "value": figures_s, "unit": "s",
         "baseline": raw_summary, "goal": "a few seconds beside a raw SQL count by rotation and category"},
        {"figure": f"ministry summary PDF written ({label})", "value": pdf_s, "unit": "s",
         "baseline": raw_summary, "goal": "a few seconds"},
    ]


def main() -> None:
    """python -m bench.bench_hq [--quick] [--hospitals N] [--cache DIR]"""
    parser = argparse.ArgumentParser(description="HQ overview and ministry summary beside raw SQL")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--hospitals", type=int, help="how many hospitals (10 at full size, 3 with --quick)")
    parser.add_argument("--cache", type=Path, help="keep the built HQ in this folder and reuse it next time")
    args = parser.parse_args()
    for row in run(quick=args.quick, hospitals=args.hospitals, cache=args.cache):
        baseline = float(row["baseline"])  # type: ignore[arg-type]
        ratio = f"{float(row['value']) / baseline:.1f}x" if baseline else ""  # type: ignore[arg-type]
        print(f"{row['figure']:<90} {float(row['value']):8.2f} {row['unit']}  baseline {baseline:6.2f}"  # type: ignore[arg-type]
              f"  {ratio:>6}  goal: {row['goal']}")


if __name__ == "__main__":
    main()
