"""`l2fh-desk wards`: the commander lists and sets up wards and beds through the same core function as the
window; a medic is refused, bad input is one line and nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.store.store import Store


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    assert main(["demo", "--db", str(path), "--encounters", "0", "--outreach", "0"]) == 0
    return path


def _beds(path: Path) -> list[tuple[str, str]]:
    with Store(path, create=False) as store:
        return [(c.ward, c.bed) for c in store.beds.choices()]


def test_the_commander_lists_and_adds_wards(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _beds(demo_db)
    assert main(["wards", "--db", str(demo_db)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith(f"General: {len(before)} beds (B-01, B-02, ")
    assert main(["wards", "--db", str(demo_db), "--add", "Isolation", "--labels", "ISO-1, ISO-2"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{demo_db}: ward Isolation: 2 beds added (ISO-1, ISO-2)"
    assert out[-1] == "Isolation: 2 beds (ISO-1, ISO-2)"
    assert main(["wards", "--db", str(demo_db), "--add", "isolation", "--beds", "1"]) == 0  # the same ward; B-01 is new there
    assert _beds(demo_db)[-3:] == [("Isolation", "ISO-1"), ("Isolation", "ISO-2"), ("Isolation", "B-01")]


@pytest.mark.parametrize(("argv", "line"), [
    (["--add", "Isolation", "--labels", "ISO-1,iso-1"], "l2fh-desk: Bed iso-1 is listed twice"),
    (["--add", "General", "--labels", "B-01"], "l2fh-desk: Ward General already has bed B-01"),
    (["--add", "Surgical"], "l2fh-desk: Give the bed labels or a number of beds (at least 1)"),
    (["--beds", "4"], "l2fh-desk: --beds and --labels need --add NAME (the ward they belong to)"),
])
def test_bad_input_is_one_line_and_nothing_is_added(demo_db: Path, capsys: pytest.CaptureFixture[str],
                                                     argv: list[str], line: str) -> None:
    before = _beds(demo_db)
    assert main(["wards", "--db", str(demo_db), *argv]) == 1
    assert capsys.readouterr().err.strip() == line
    assert _beds(demo_db) == before


def test_a_medic_may_list_but_not_set_up(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("L2FH_USER", "binh")
    monkeypatch.setenv("L2FH_PASSWORD", "binh-demo")
    before = _beds(demo_db)
    assert main(["wards", "--db", str(demo_db), "--add", "Isolation", "--beds", "2"]) == 1
    assert capsys.readouterr().err.strip() == "l2fh-desk: A medic may not manage settings."
    assert _beds(demo_db) == before
