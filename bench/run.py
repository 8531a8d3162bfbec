"""The one benchmark command: runs every bench/bench_*.py within a time budget and prints one table.

    python -m bench.run [--quick] [--budget SECONDS] [--only NAME ...] [--json FILE]

Each module runs in its own process (a hung or crashing benchmark cannot take the others down); at
full size it may use the remaining budget less a reserve (up to 60 s) per module still to run, and
one that runs out of time is run again with quick=True within its reserve.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_BUDGET = 540.0  # seconds: the whole run stays under 10 minutes on a 2-core laptop
ROW_KEYS = {"figure": str, "value": (int, float), "unit": str, "goal": str}


@dataclass
class Outcome:
    module: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    quick: bool = False
    error: str = ""


def discover(folder: Path = BENCH_DIR) -> list[str]:
    """Module names (bench_*.py) present in the folder, sorted."""
    return sorted(p.stem for p in folder.glob("bench_*.py"))


def check_rows(rows: Any) -> list[dict[str, Any]]:
    """The rows a module returned, or ValueError naming what is wrong with them."""
    if not isinstance(rows, list) or not rows:
        raise ValueError("run() must return a non-empty list of dicts")
    for row in rows:
        if not isinstance(row, dict):
            raise ValueError(f"a row is not a dict: {row!r}")
        for key, kind in ROW_KEYS.items():
            if not isinstance(row.get(key), kind) or isinstance(row.get(key), bool):
                raise ValueError(f"row {row.get('figure', row)!r}: {key!r} is missing or not {kind}")
        baseline = row.get("baseline")
        if baseline is not None and (isinstance(baseline, bool) or not isinstance(baseline, (int, float))):
            raise ValueError(f"row {row['figure']!r}: baseline must be a number or None")
    return rows


def _child(module: str, quick: bool, out: Path, folder: Path) -> int:
    """Inside the worker process: import the module, run it, write its rows as JSON."""
    sys.path.insert(0, str(folder.parent))
    package = folder.name
    try:
        rows = check_rows(importlib.import_module(f"{package}.{module}").run(quick=quick))
        out.write_text(json.dumps({"rows": rows}), encoding="utf-8")
        return 0
    except Exception as exc:  # reported as a failed row in the table, with the cause
        out.write_text(json.dumps({"error": f"{type(exc).__name__}: {exc}"}), encoding="utf-8")
        return 1


def run_module(module: str, *, quick: bool, timeout: float, folder: Path = BENCH_DIR) -> Outcome:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-") as tmp:
        out = Path(tmp) / "rows.json"
        command = [sys.executable, "-m", "bench.run", "--child", module, "--out", str(out),
                   "--folder", str(folder)] + (["--quick"] if quick else [])
        try:
            # A benchmark's own prints go to stderr, so that stdout carries only the table.
            done = subprocess.run(command, cwd=BENCH_DIR.parent, timeout=max(timeout, 1.0), check=False,
                                  stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
            if done.stdout:
                sys.stderr.write(done.stdout)
        except subprocess.TimeoutExpired:
            return Outcome(module, seconds=time.perf_counter() - started, quick=quick,
                           error=f"did not finish in {timeout:.0f} s")
        seconds = time.perf_counter() - started
        if not out.exists():
            return Outcome(module, seconds=seconds, quick=quick, error="the benchmark process died")
        result = json.loads(out.read_text(encoding="utf-8"))
    if "error" in result:
        return Outcome(module, seconds=seconds, quick=quick, error=result["error"])
    return Outcome(module, rows=result["rows"], seconds=seconds, quick=quick)


def run_all(modules: Sequence[str], *, quick: bool, budget: float, folder: Path = BENCH_DIR) -> list[Outcome]:
    deadline = time.perf_counter() + budget
    outcomes: list[Outcome] = []
    for index, module in enumerate(modules):
        remaining = deadline - time.perf_counter()
        left = len(modules) - index
        if remaining <= 1:
            outcomes.append(Outcome(module, error="skipped: the time budget was used up"))
            continue
        # Time a module does not use flows to the next. At full size a module may use all that is left
        # except a reserve per module (itself included) for quick re-runs, so no later module goes without.
        reserve = min(60.0, remaining / left * 0.3)
        share = remaining / left if quick else remaining - left * reserve
        print(f"bench: {module} ({'quick' if quick else 'full'}, up to {share:.0f} s)", file=sys.stderr)
        outcome = run_module(module, quick=quick, timeout=share, folder=folder)
        if outcome.error.startswith("did not finish") and not quick:
            # Out of time at full size: the quick variant still gives the figure, marked as such.
            retry = (deadline - time.perf_counter()) / left
            if retry > 1:
                print(f"bench: {module} again with quick=True (up to {retry:.0f} s)", file=sys.stderr)
                outcome = run_module(module, quick=True, timeout=retry, folder=folder)
        outcomes.append(outcome)
    return outcomes


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if value == 0 or math.isclose(value, round(value)) and abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.3g}" if abs(value) < 100 else f"{value:,.1f}"


WIDTH = 100  # the table fits a 100-column terminal: long figures and goals wrap onto their own lines
_UNITS = {"ms": 0.001, "s": 1.0, "min": 60.0, "kb": 1e3, "mb": 1e6, "gb": 1e9, "b": 1.0}
_LIMIT = re.compile(r"(<=|>=|<|>|≤|≥|under|at least|at most|within)\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(x|×)?\s*([a-zA-Z]+)?",
                    re.IGNORECASE)


def _scale(unit: str) -> float | None:
    return _UNITS.get(unit.strip().lower())


def met(row: dict[str, Any]) -> bool | None:
    """Whether a row meets the first limit its goal states ("< 3 s", ">= 1000/s", "at most 4x ..." on the
    ratio, "under 250 MB"); None when the goal states none this can read."""
    found = _LIMIT.search(str(row["goal"]))
    if not found:
        return None
    word, number, times, unit = found.group(1).lower(), float(found.group(2).replace(",", "")), found.group(3), \
        found.group(4) or ""
    value = float(row["value"])
    if times:  # a multiple of the baseline
        baseline = row.get("baseline")
        if baseline in (None, 0):
            return None
        value = value / float(baseline)
    elif unit and _scale(unit) is not None and _scale(str(row["unit"])) is not None:
        value = value * (_scale(str(row["unit"])) or 1.0) / (_scale(unit) or 1.0)
    if word in ("<", "under"):
        return value < number
    if word in ("<=", "≤", "at most", "within"):
        return value <= number
    if word == ">":
        return value > number
    return value >= number


def table(outcomes: Sequence[Outcome], width: int = WIDTH) -> str:
    """The figures, one per row; "MISS" in the met column when a figure misses its goal."""
    header = ("figure", "value", "unit", "baseline", "ratio", "met", "goal")
    lines: list[tuple[str, ...]] = []
    for outcome in outcomes:
        mark = " (quick)" if outcome.quick else ""
        if outcome.error:
            lines.append((f"{outcome.module}: FAILED{mark}", "-", "", "-", "-", "MISS", outcome.error))
            continue
        for row in outcome.rows:
            value, baseline = float(row["value"]), row.get("baseline")
            ratio = value / baseline if baseline not in (None, 0) else None
            verdict = {True: "ok", False: "MISS", None: ""}[met(row)]
            lines.append((f"{row['figure']}{mark}", _number(value), row["unit"],
                          _number(baseline if baseline is None else float(baseline)), _number(ratio), verdict,
                          row["goal"]))
    widths = [max(len(header[i]), *(len(line[i]) for line in lines)) if lines else len(header[i])
              for i in range(len(header))]
    widths[0] = min(widths[0], 34)
    widths[6] = max(20, width - sum(widths[:6]) - 2 * 6)
    right = {1, 3, 4}

    def fmt(cells: Sequence[str]) -> list[str]:
        wrapped = [textwrap.wrap(c, w) or [""] if i in (0, 6) else [c] for i, (c, w) in
                   enumerate(zip(cells, widths, strict=True))]
        out = []
        for n in range(max(len(w) for w in wrapped)):
            parts = [(w[n] if n < len(w) else "") for w in wrapped]
            out.append("  ".join(c.rjust(w) if i in right else c.ljust(w)
                                 for i, (c, w) in enumerate(zip(parts, widths, strict=True))).rstrip())
        return out

    body = [text for line in lines for text in fmt(line)]
    return "\n".join([*fmt(header), *fmt(["-" * w for w in widths]), *body])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (seconds, for a smoke run)")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET, help="seconds for the whole run")
    parser.add_argument("--only", nargs="*", default=None, help="module names (bench_x or x) to run")
    parser.add_argument("--json", type=Path, default=None, help="also write every row to this file")
    parser.add_argument("--folder", type=Path, default=BENCH_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args.child, args.quick, args.out, args.folder.resolve())

    modules = discover(args.folder)
    if args.only:
        wanted = {name if name.startswith("bench_") else f"bench_{name}" for name in args.only}
        unknown = wanted - set(modules)
        if unknown:
            print(f"bench: no such benchmark: {', '.join(sorted(unknown))}; have {', '.join(modules)}",
                  file=sys.stderr)
            return 2
        modules = [m for m in modules if m in wanted]
    if not modules:
        print(f"bench: no bench_*.py modules in {args.folder}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    outcomes = run_all(modules, quick=args.quick, budget=args.budget, folder=args.folder.resolve())
    print(table(outcomes))
    print(f"\n{len(modules)} benchmark modules in {time.perf_counter() - started:.0f} s"
          f" ({'quick' if args.quick else 'full'} sizes, budget {args.budget:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps([{"module": o.module, "quick": o.quick, "seconds": round(o.seconds, 2),
                                          "error": o.error, "rows": o.rows} for o in outcomes], indent=2),
                             encoding="utf-8")
    return 1 if any(o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
