"""`--out` naming the database itself (or one of its files, or another database) is refused in one line before
anything is written: `export --out h.db` replaced the hospital's database with the bundle, `export-fhir --out h.db`
with JSON, and then said the database had been moved and nothing was saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "40", "--outreach", "2"]) == 0
    assert main(["hq", "demo", "--db", str(path.parent / "hq.db"), "--encounters", "20"]) == 0
    return path


@pytest.mark.parametrize(("command", "out"), [
    (["export"], "h.db"),
    (["export"], "h.db.key"),
    (["export"], "hq.db"),
    (["export-fhir"], "h.db"),
    (["export-fhir"], "h.db-wal"),
    (["report", "handover"], "h.db"),
])
def test_out_naming_a_database_is_refused(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], command: list[str], out: str) -> None:
    monkeypatch.setenv("L2FH_USER", "commander")
    monkeypatch.setenv("L2FH_PASSWORD", "commander-demo")
    target = demo_db.parent / out
    before = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file() and p.name != "h.db-shm"}
    capsys.readouterr()
    assert main([*command[:1], *command[1:2], "--db", str(demo_db), "--out", str(target), *command[2:]]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"l2fh-desk: --out {target} is a database or one of its files; nothing was written,"
                   " choose another file name"]
    after = {p.name: p.read_bytes() for p in demo_db.parent.iterdir() if p.is_file() and p.name != "h.db-shm"}
    assert after.get(out) == before.get(out)
    assert main(["check", "--db", str(demo_db)]) == 0


def test_a_summary_over_the_hq_database_is_refused(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    hq = demo_db.parent / "hq.db"
    monkeypatch.setenv("L2FH_USER", "analyst")
    monkeypatch.setenv("L2FH_PASSWORD", "analyst-demo")
    capsys.readouterr()
    assert main(["hq", "summary", "--db", str(hq), "--out", str(hq)]) == 1
    assert "is a database or one of its files; nothing was written" in capsys.readouterr().err
    assert hq.read_bytes().startswith(b"SQLite format 3\0")
