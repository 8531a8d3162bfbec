"""Export and HQ import of a large hospital, each beside the raw SQLite operation it builds on (same run)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.exchange.keys import init_hq_keys
from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.exchange.trust import make_hq
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store


def _raw_backup(db: Path, target: Path) -> float:
    started = time.perf_counter()
    source = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(target)
    source.backup(dest)
    dest.close()
    source.close()
    return time.perf_counter() - started


def _raw_merge(db: Path, hq: Path) -> float:
    """ATTACH the hospital file and INSERT OR IGNORE every merged table (and the audit trail), one transaction,
    with the same connection settings the app uses (WAL, synchronous=FULL, foreign keys)."""
    Store(hq).close()
    conn = sqlite3.connect(hq, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        conn.execute(f"PRAGMA {pragma}")
    started = time.perf_counter()
    conn.execute("ATTACH ? AS src", (f"{db.resolve().as_uri()}?mode=ro",))
    conn.execute("BEGIN IMMEDIATE")
    for spec in MERGED:
        conn.execute(f"INSERT OR IGNORE INTO main.{spec.name} SELECT * FROM src.{spec.name}")
    conn.execute("INSERT OR IGNORE INTO main.audit_log SELECT * FROM src.audit_log")
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


_CHILD = """
import sys
from l2fh_desk.cli import main
status = main(sys.argv[1:])
with open("/proc/self/status", encoding="ascii") as handle:
    peak = next(line.split()[1] for line in handle if line.startswith("VmHWM"))
print(f"peak-rss-kb {peak}", file=sys.stderr)
sys.exit(status)
"""


def _empty_hq(path: Path) -> Path:
    """An HQ database with nothing imported yet, as `keys --hq-init` makes one (import refuses any other file)."""
    with Store(path) as hq:
        make_hq(hq, actor=SYSTEM)
    return path


_PASSWORDS = {"L2FH_PASSWORD": "bench-password-1", "L2FH_NEW_PASSWORD": "bench-password-1"}


def _import_peak_rss(bundle: Path, hq: Path, fingerprint: str) -> tuple[float, float]:
    """(seconds, peak resident memory in MB) of `l2fh-desk import` of one bundle into an empty HQ made by
    `hq init`, in its own process; the child reads its own high-water mark (VmHWM), since a forked child's
    rusage would include the benchmark's own memory from before the exec."""
    env = {**os.environ, **_PASSWORDS}
    for command in (["init", "--db", str(hq), "--department", "Bench", "--admin", "admin"],
                    ["accounts", "--db", str(hq), "--user", "admin", "--add", "bench", "--role", "hq_analyst"]):
        made = subprocess.run([sys.executable, "-m", "l2fh_desk", "hq", *command], capture_output=True, text=True,
                              check=False, env=env)
        assert made.returncode == 0, made.stderr
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, "import", "--into", str(hq), str(bundle),
                           "--trust", fingerprint, "--user", "bench"], capture_output=True, text=True, check=False,
                          env=env)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    peak_kb = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak-rss-kb"))
    return seconds, peak_kb / 1024


def run(quick: bool = False, encounters: int | None = None) -> list[dict[str, object]]:
    encounters = encounters or (20_000 if quick else 100_000)
    label = f"{encounters:,} encounters"
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-exchange-") as tmp:
        folder = Path(tmp)
        db = folder / "hospital.db"
        with Store(db) as store:
            generate(store, encounters=encounters, outreach=encounters // 200, seed=11)
        hq_public, _private, _public = init_hq_keys(_empty_hq(folder / "hq.db"))
        backup_s = _raw_backup(db, folder / "raw-backup.db")
        with Store(db) as store:
            # Encrypted first: each export adds an audit row, and HQ refuses a bundle whose history is shorter
            # than the one it holds, so the re-import (of the later, plain bundle) extends the first.
            encrypted = export_bundle(store, out=folder / "enc.l2fh", actor=SYSTEM, hq_public_key=hq_public)
            plain = export_bundle(store, out=folder / "plain.l2fh", actor=SYSTEM, hq_public_key=None)
        raw_merge_s = _raw_merge(db, folder / "raw-hq.db")
        with Store(folder / "hq.db") as hq:
            started = time.perf_counter()
            [result] = import_bundles(hq, [encrypted.path], trust={encrypted.signer_fingerprint}, actor=SYSTEM)
            import_s = time.perf_counter() - started
            assert result.status == IMPORTED, result.reason
            started = time.perf_counter()
            [again] = import_bundles(hq, [plain.path], actor=SYSTEM)
            reimport_s = time.perf_counter() - started
            assert again.status == IMPORTED, again.reason
        rss_s, rss_mb = _import_peak_rss(plain.path, folder / "rss-hq.db", plain.signer_fingerprint)
        small = folder / "small.db"
        with Store(small) as store:
            generate(store, encounters=min(2_000, encounters), outreach=10, seed=12)
            tiny = export_bundle(store, out=folder / "small.l2fh", actor=SYSTEM, hq_public_key=None)
        _tiny_s, tiny_mb = _import_peak_rss(tiny.path, folder / "rss-small-hq.db", tiny.signer_fingerprint)
    return [
        {"figure": f"export, plain ({label}, {plain.size / 1e6:.0f} MB)", "value": plain.seconds, "unit": "s",
         "baseline": backup_s, "goal": "at most 3x a raw SQLite backup of the same file"},
        {"figure": f"export, encrypted for HQ ({label})", "value": encrypted.seconds, "unit": "s",
         "baseline": backup_s, "goal": "at most 3x a raw SQLite backup of the same file"},
        {"figure": f"HQ import of the encrypted bundle into an empty HQ ({label})", "value": import_s, "unit": "s",
         "baseline": raw_merge_s, "goal": "at most 4x a raw ATTACH + INSERT OR IGNORE of the same tables"},
        {"figure": f"HQ import of a second bundle, all rows unchanged ({label})", "value": reimport_s, "unit": "s",
         "baseline": raw_merge_s, "goal": "at most 4x a raw ATTACH + INSERT OR IGNORE of the same tables"},
        {"figure": f"peak RSS of `l2fh-desk import` ({label}, {rss_s:.0f} s), against 2,000 encounters",
         "value": rss_mb, "unit": "MB", "baseline": tiny_mb,
         "goal": "bounded batches: within 1.5x of the import of a 2,000-encounter bundle"},
    ]


def main() -> None:
    quick = "--quick" in sys.argv
    for row in run(quick=quick):
        baseline = row["baseline"]
        ratio = f"{float(row['value']) / float(baseline):.1f}x" if baseline else ""  # type: ignore[arg-type]
        print(f"{row['figure']:<75} {float(row['value']):8.2f} {row['unit']}  baseline {float(baseline):6.2f}"  # type: ignore[arg-type]
              f"  {ratio:>6}  goal: {row['goal']}")


if __name__ == "__main__":
    main()
