"""The benchmarks are how speed is reported: each must still run end to end (at a tiny size) on today's code."""

from __future__ import annotations

from bench import bench_exchange


def test_the_exchange_benchmark_runs_and_reports_every_figure() -> None:
    rows = bench_exchange.run(encounters=300)
    assert len(rows) == 5
    assert all(float(row["value"]) > 0 and float(row["baseline"]) > 0 for row in rows)  # type: ignore[arg-type]
