"""A power cut at every write of an output leaves the complete file or nothing under its final name.

The command runs for real with `powercut.c` preloaded (built here with cc): before each write, fsync, rename
and link, and at exit, it copies what the output's final name would hold if the power were cut then (data not
yet fsynced lost, a rename not yet made durable by a folder fsync undone). Every recorded state must be
"absent" or byte-identical to the finished file, and the state at exit (the command said it was done) must be
the finished file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.harness import small_hospital

SHIM = Path(__file__).with_name("powercut.c")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shim(tmp_path_factory: pytest.TempPathFactory) -> Path:
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or sys.platform != "linux":
        pytest.skip("needs a C compiler and Linux (LD_PRELOAD)")
    lib = tmp_path_factory.mktemp("shim") / "powercut.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O1", "-o", str(lib), str(SHIM), "-ldl"], check=True)
    return lib


def states(shim: Path, tmp_path: Path, watch: Path, *command: str) -> tuple[list[bytes | None], bytes]:
    """Run `l2fh-desk COMMAND` under the recorder; returns every power-cut state of `watch` and the final file."""
    out = tmp_path / "states"
    out.mkdir()
    env = {**os.environ, "LD_PRELOAD": str(shim), "POWERCUT_WATCH": str(watch), "POWERCUT_OUT": str(out),
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", *command], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    recorded: list[bytes | None] = []
    for line in (out / "log").read_text().splitlines():
        number, kind = line.split()
        recorded.append((out / f"state-{number}").read_bytes() if kind == "present" else None)
    return recorded, watch.read_bytes()


def assert_complete_or_nothing(recorded: list[bytes | None], final: bytes, what: str) -> None:
    assert final, f"{what}: the finished file is empty"
    torn = [i for i, state in enumerate(recorded) if state is not None and state != final]
    assert not torn, (f"{what}: a power cut at {len(torn)} of {len(recorded)} points leaves a partial file"
                      f" (sizes {sorted({len(recorded[i] or b'') for i in torn})[:5]} of {len(final)})")
    assert recorded[-1] == final, f"{what}: a power cut right after the command reported success loses the file"


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_hospital(tmp_path_factory.mktemp("hospital") / "h.db", encounters=40)


def test_csv_export(shim: Path, hospital: Path, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    recorded, final = states(shim, tmp_path, folder / "encounters.csv", "export-csv", "--db", str(hospital),
                             "--out", str(folder))
    assert_complete_or_nothing(recorded, final, "encounters.csv")


def test_fhir_export(shim: Path, hospital: Path, tmp_path: Path) -> None:
    out = tmp_path / "fhir.json"
    recorded, final = states(shim, tmp_path, out, "export-fhir", "--db", str(hospital), "--out", str(out))
    assert_complete_or_nothing(recorded, final, "FHIR bundle")


def test_handover_pdf(shim: Path, hospital: Path, tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"
    recorded, final = states(shim, tmp_path, out, "report", "handover", "--db", str(hospital), "--out", str(out))
    assert final.startswith(b"%PDF")
    assert_complete_or_nothing(recorded, final, "handover PDF")


def test_signing_key_first_written(shim: Path, hospital: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    shutil.copy(hospital, db)
    key = db.with_name(db.name + ".key")
    recorded, final = states(shim, tmp_path, key, "keys", "--db", str(db))
    assert b"PRIVATE KEY" in final
    assert_complete_or_nothing(recorded, final, "signing key")


def test_bundle_export(shim: Path, hospital: Path, tmp_path: Path) -> None:
    db = tmp_path / "b.db"
    shutil.copy(hospital, db)
    out = tmp_path / "rotation.l2fh"
    recorded, final = states(shim, tmp_path, out, "export", "--db", str(db), "--out", str(out))
    assert_complete_or_nothing(recorded, final, "bundle")
