"""How long the command line takes to start (`l2fh-desk --version`), against a bare Python start."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time


def _median_seconds(command: list[str], runs: int, env_dir: str) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env={"L2FH_DATA_DIR": env_dir, "PATH": ""})
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(quick: bool = False) -> list[dict]:
    runs = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-start-") as data:
        bare = _median_seconds([sys.executable, "-c", "pass"], runs, data)
        version = _median_seconds([sys.executable, "-m", "l2fh_desk", "--version"], runs, data)
    return [{"figure": "CLI start: l2fh-desk --version (median)", "value": version, "unit": "s",
             "baseline": bare, "goal": "< 1.5 s (baseline: bare Python start)"}]


if __name__ == "__main__":
    for row in run():
        print(row)
