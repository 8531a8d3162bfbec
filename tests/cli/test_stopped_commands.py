"""A command stopped with SIGTERM (a shutdown, `kill`, a service manager) ends as Ctrl-C does: one line, exit 1,
and nothing left behind -- no half-written output, and no plain snapshot of the records in a hidden folder
beside the database (an export's or an import's working copy holds every patient in clear)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts

ROOT = Path(__file__).resolve().parents[2]


def _stop_at(args: list[str], line_starts: str, sig: int) -> tuple[int, str]:
    """Run the CLI, send `sig` as soon as it prints the progress line `line_starts`; (exit code, stderr)."""
    proc = subprocess.Popen([sys.executable, "-m", "l2fh_desk", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=ROOT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        seen.append(line)
        if line.strip().startswith(line_starts):
            proc.send_signal(sig)
            break
    rest = proc.stderr.read()
    proc.wait(timeout=60)
    return proc.returncode, "".join(seen) + rest


def _folder(path: Path) -> set[str]:
    return {p.name for p in path.iterdir()}


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stopped")
    with Store(folder / "h.db") as store:
        generate(store, encounters=6000, outreach=20, seed=4)
    return folder / "h.db"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_an_export_stopped_midway_leaves_no_bundle_and_no_plain_snapshot(hospital: Path, sig: int) -> None:
    before = _folder(hospital.parent)
    out = hospital.parent / "r.l2fh"
    code, err = _stop_at(["export", "--db", str(hospital), "--out", str(out)], "Taking a consistent snapshot", sig)
    assert code == 1, err
    assert err.strip().splitlines()[-1] == "l2fh-desk: interrupted"
    assert not out.exists()
    assert _folder(hospital.parent) == before  # no .l2fh-export-* folder with data.sqlite in it


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_an_import_stopped_midway_leaves_hq_as_it_was_and_no_plain_snapshot(tmp_path: Path, hospital: Path,
                                                                            sig: int) -> None:
    with Store(hospital) as store:
        bundle = export_bundle(store, out=tmp_path / "r.l2fh", actor=SYSTEM, hq_public_key=None).path
    (tmp_path / "hq").mkdir()
    hq = hq_accounts(tmp_path / "hq" / "hq.db")
    before = _folder(hq.parent)
    code, err = _stop_at(["import", "--into", str(hq), "--trust", fingerprint_of(bundle), str(bundle)],
                         "Verifying the snapshot", sig)
    assert code == 1, err
    assert "l2fh-desk:" in err.strip().splitlines()[-1]
    assert _folder(hq.parent) == before  # no .l2fh-import-* folder holding the hospital's records
    with Store(hq) as store:
        assert store.db.scalar("SELECT count(*) FROM encounters") == 0


def test_the_window_stopped_while_it_shows_a_start_up_notice_ends(tmp_path: Path) -> None:
    """The window keeps its own SIGTERM handling: a notice shown before the main window (here: the file is not a
    database) must not make it deaf to SIGTERM."""
    odd = tmp_path / "notes.db"
    odd.write_text("not a database\n" * 100)
    proc = subprocess.Popen([sys.executable, "-m", "l2fh_desk", "gui", "--db", str(odd)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    with suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=4)  # the notice waits for a click: the process is still there
    assert proc.poll() is None
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
            raise AssertionError("the window did not end on SIGTERM")


def test_the_plain_snapshot_of_an_export_killed_outright_is_removed_by_a_later_command(tmp_path: Path) -> None:
    """SIGKILL or a power cut runs no clean-up: the working copy of the records stays in a hidden folder. The next
    command (or the window's start) removes such folders once they are hours old (a younger one may belong to an
    export running beside it)."""
    with Store(tmp_path / "h.db") as store:
        generate(store, encounters=2000, outreach=5, seed=4)
    db = tmp_path / "h.db"
    code, _err = _stop_at(["export", "--db", str(db), "--out", str(tmp_path / "r.l2fh")],
                          "Checking every record as HQ will", signal.SIGKILL)
    assert code == -signal.SIGKILL
    [left] = tmp_path.glob(".l2fh-export-*")
    assert (left / "data.sqlite").is_file()  # every record in clear
    fresh = tmp_path / ".l2fh-export-running"
    fresh.mkdir()
    (fresh / "data.sqlite").write_bytes(b"an export under way beside this one")
    hours_ago = left.stat().st_mtime - 3 * 3600
    for path in (left / "data.sqlite", left):
        os.utime(path, (hours_ago, hours_ago))

    keys = subprocess.run([sys.executable, "-m", "l2fh_desk", "keys", "--db", str(db)], capture_output=True,
                          text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert keys.returncode == 0, keys.stderr
    assert not left.exists()
    assert (fresh / "data.sqlite").is_file()
