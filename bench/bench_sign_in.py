"""What signing in costs a command-line command: the core sign-in (one Argon2id check, then its audit row) against
the rest of the same command's work, on a small demo database.

    python -m bench.bench_sign_in [--quick]

The whole command (`l2fh-desk keys`, and `l2fh-desk report handover`) is timed as a real process, signed in as the
demo commander; the sign-in alone is timed in process on the same file (`security.sessions.sign_in`). The command's
other work is the whole minus the sign-in; the table's ratio is sign-in / other work.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

USER, PASSWORD = "commander", "commander-demo"  # the demo's accounts (l2fh_desk/demo/generator.py)


def _command_seconds(argv: list[str], runs: int, data: str) -> float:
    env = {**os.environ, "L2FH_DATA_DIR": data, "L2FH_USER": USER, "L2FH_PASSWORD": PASSWORD}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _sign_in_seconds(db: Path, runs: int) -> float:
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store

    times = []
    with Store(db, create=False) as store:
        for _ in range(runs):
            started = time.perf_counter()
            sign_in(store, USER, PASSWORD)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(quick: bool = False) -> dict[str, tuple[float, float]]:
    """{command: (sign-in seconds, the command's other work in seconds)}."""
    from l2fh_desk.demo.generator import generate
    from l2fh_desk.store.store import Store

    runs = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-sign-in-") as folder:
        db = Path(folder) / "h.db"
        with Store(db) as store:
            generate(store, encounters=300 if quick else 2000, outreach=20, seed=3)
        signing_in = _sign_in_seconds(db, runs * 2)
        out = {}
        for name, argv in (("keys", ["keys", "--db", str(db)]),
                           ("report handover", ["report", "handover", "--db", str(db), "--out",
                                                str(Path(folder) / "h.pdf")])):
            whole = _command_seconds(argv, runs, folder)
            out[name] = (signing_in, max(whole - signing_in, 1e-6))
        return out


def run(quick: bool = False) -> list[dict[str, object]]:
    return [{"figure": f"sign-in share of `{name}` (Argon2id check + audit row)", "value": sign_in, "unit": "s",
             "baseline": other, "goal": "report (baseline: the command's other work)"}
            for name, (sign_in, other) in measure(quick).items()]


if __name__ == "__main__":
    for name, (sign_in, other) in measure(quick="--quick" in sys.argv).items():
        print(f"{name}: sign-in {sign_in * 1000:.0f} ms, other work {other * 1000:.0f} ms,"
              f" ratio {sign_in / other:.2f}")
