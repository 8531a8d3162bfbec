"""A real small file system filling up under the bulk writers: a demo build and an HQ import.

Both are refused in one line in their own words (not a save's "your form is kept", not a bundle "damaged or
truncated" when it is HQ's own disk that is full), keep every record that was there, leave nothing behind that
takes the space the user must free, and work once there is room.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.store.check import PUBLIC_TABLES, check_database
from l2fh_desk.store.db import Database
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts
from tests.reliability.faults import small_filesystem
from tests.reliability.harness import small_hospital

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("patients", "encounters", "diagnoses", "admissions", "outreach_activities")


def run(*args: str, user: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if not user:  # a new HQ database has no accounts yet: its commands run as the system
        env.pop("L2FH_USER", None)
        env.pop("L2FH_PASSWORD", None)
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *args], env=env, capture_output=True, text=True,
                          timeout=600)


def last_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines, done.stdout
    return lines[-1]


def leave_free(folder: Path, kib: int) -> Path:
    """Fill `folder`'s file system until only `kib` KiB are left."""
    found = os.statvfs(folder)
    filler = folder / "filler"
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, found.f_bavail * found.f_frsize - kib * 1024))
    return filler


def counts(db: Path, origin: str | None = None) -> dict[str, int]:
    reader = Database(db, readonly=True)
    try:
        where, params = ("WHERE origin = ?", (origin,)) if origin else ("", ())
        return {table: int(reader.scalar(f"SELECT count(*) FROM {table} {where}", params)) for table in TABLES}
    finally:
        reader.close()


def all_ids(db: Path) -> dict[str, set[str]]:
    reader = Database(db, readonly=True)
    try:
        return {table: {row[0] for row in reader.query(f"SELECT id FROM {table}")}
                for table in PUBLIC_TABLES if table != "audit_log"}
    finally:
        reader.close()


def test_a_demo_build_on_a_filling_disk_stops_in_plain_words_and_keeps_every_record(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", size_kib=3072) as disk:
        db = small_hospital(disk / "h.db", encounters=50)
        before = all_ids(db)
        done = run("demo", "--db", str(db), "--encounters", "20000", "--seed", "9")
        assert done.returncode == 1, done.stdout + done.stderr
        line = last_line(done)
        assert line.startswith("l2fh-desk: The disk is full"), line
        assert "form" not in line and "nothing was saved" not in line, line  # not a save's words
        now = all_ids(db)
        for table, ids in before.items():
            assert ids <= now[table], f"{len(ids - now[table])} earlier {table} rows lost"
        added = len(now["patients"]) - len(before["patients"])
        assert f"{added} patients" in line, line  # says what it did add (whole chunks), not "nothing"
        report = check_database(db)
        assert report.ok, report.problems
        subprocess.run(["mount", "-o", "remount,size=64m", str(disk)], check=True)  # room again
        done = run("demo", "--db", str(db), "--encounters", "2000", "--seed", "10")
        assert done.returncode == 0, done.stdout + done.stderr
        assert check_database(db).ok


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A small bundle (already at HQ) and a larger one from another hospital; that hospital's id."""
    folder = tmp_path_factory.mktemp("bundles")
    made = []
    origin = ""
    for seed, encounters in ((2, 50), (3, 3000)):
        with Store(folder / f"h{seed}.db") as store:
            generate(store, encounters=encounters, outreach=5, seed=seed)
            made.append(export_bundle(store, out=folder / f"h{seed}.l2fh", actor=SYSTEM, hq_public_key=None).path)
            origin = store.origin
    return made[0], made[1], origin


@pytest.mark.parametrize("free_kib", [600, 5000], ids=["full-while-extracting", "full-while-merging"])
def test_an_hq_import_on_a_filling_disk_is_refused_cleanly(
        tmp_path: Path, bundles: tuple[Path, Path, str], free_kib: int) -> None:
    first, second, origin = bundles
    with small_filesystem(tmp_path / "disk", size_kib=16384) as disk:
        hq = hq_accounts(disk / "hq.db")
        assert run("import", "--into", str(hq), "--trust", fingerprint_of(first), str(first)).returncode == 0
        before = counts(hq)
        copies = sorted((disk / "backups").iterdir())
        filler = leave_free(disk, free_kib)
        done = run("import", "--into", str(hq), "--trust", fingerprint_of(second), str(second))
        assert done.returncode == 1, done.stdout + done.stderr
        line = last_line(done)
        assert "is full" in line and "nothing" in line and "imported" in line, line
        assert "damaged" not in line and "form" not in line, line  # HQ's own disk, in the words of an import
        assert counts(hq) == before and counts(hq, origin) == dict.fromkeys(TABLES, 0)
        # Nothing left that takes the space to free: no extracted snapshot, no copy of a state nothing changed.
        assert sorted((disk / "backups").iterdir()) == copies
        assert not list(disk.glob(".l2fh-import-*"))
        report = check_database(hq)
        assert report.ok, report.problems
        filler.unlink()
        done = run("import", "--into", str(hq), "--trust", fingerprint_of(second), str(second))
        assert done.returncode == 0, done.stdout + done.stderr
        assert counts(hq, origin)["encounters"] > 0
