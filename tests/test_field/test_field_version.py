"""`l2fh-desk --version`: what a medic reads out to HQ support, never creating or changing anything."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from l2fh_desk import __version__
from l2fh_desk.cli import main
from l2fh_desk.store.store import Store


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *args], capture_output=True, text=True,
                          cwd=cwd, env=os.environ.copy(), timeout=120, encoding="utf-8")


def test_version_describes_the_database(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert _cli("demo", "--db", str(db), "--encounters", "20", "--outreach", "2", cwd=tmp_path).returncode == 0
    with Store(db) as store:
        origin, schema = store.origin, store.db.user_version
    before = db.read_bytes()
    done = _cli("--version", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith(f"L2FH Desk {__version__}")
    assert "Build date:      development" in out
    assert f"Database:        {db}\n" in out
    assert f"Schema version:  {schema}" in out
    assert f"Hospital UUID:   {origin}" in out
    assert "Viet Nam Level-2 Field Hospital" in out
    assert "Key fingerprint:" in out
    assert db.read_bytes() == before


def test_version_without_a_database_creates_none(tmp_path: Path, capsys, _isolated_data_dir: Path) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    default = _isolated_data_dir / "l2fh.db"
    assert f"Database:        {default} (not created yet)" in out
    assert "Schema version:  none" in out
    assert not default.exists()


def test_version_of_a_file_that_is_not_a_database_still_answers(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    assert main(["--version", "--db", str(junk)]) == 0
    out = capsys.readouterr().out
    assert "Schema version:  unreadable:" in out
    assert junk.read_bytes() == b"this is not sqlite" * 100
