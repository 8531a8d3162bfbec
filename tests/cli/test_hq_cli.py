"""`l2fh-desk hq ...` as a user runs it: init, accounts, overview, summary and dhis2 over the same core as the
window; a hospital database is refused with one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.hq.dhis2 import SAMPLE


@pytest.fixture(scope="module")
def demo_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    assert main(["hq", "demo", "--db", str(path), "--encounters", "200"]) == 0
    return path


def test_init_then_accounts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("L2FH_PASSWORD", "hq-password-1")
    db = tmp_path / "hq.db"
    assert main(["hq", "init", "--db", str(db), "--department", "DPKO", "--admin", "chief"]) == 0
    out = capsys.readouterr().out
    assert "fingerprint" in out and (tmp_path / "hq.db.hq.pub").exists()
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "lan-password-1")  # L2FH_PASSWORD is now the signed-in admin's
    assert main(["hq", "accounts", "--db", str(db), "--user", "chief", "--add", "lan", "--role", "hq_analyst",
                 "--name", "Lan"]) == 0
    out = capsys.readouterr().out
    assert "chief                hq_admin" in out and "lan                  hq_analyst" in out
    with pytest.raises(SystemExit) as usage:  # a hospital role is not offered at HQ
        main(["hq", "accounts", "--db", str(db), "--add", "x", "--role", "medic"])
    assert usage.value.code == 2


def test_a_hospital_database_is_refused_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "50", "--outreach", "2"]) == 0
    capsys.readouterr()
    assert main(["hq", "overview", "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["l2fh-desk: h.db is not an HQ database (make one with `l2fh-desk hq init`)"]


def test_overview_summary_and_dhis2(demo_hq: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("L2FH_USER", "analyst")  # the demo HQ's analyst (l2fh_desk/hq/demo.py)
    monkeypatch.setenv("L2FH_PASSWORD", "analyst-demo")
    capsys.readouterr()
    assert main(["hq", "overview", "--db", str(demo_hq)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + 9 and "Viet Nam Level-2 Field Hospital No. 6\t5\t" in "\n".join(lines)
    assert main(["hq", "summary", "--db", str(demo_hq), "--out", str(tmp_path / "s.pdf"), "--lang", "vi",
                 "--rotations", "4-5"]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")
    assert main(["hq", "summary", "--db", str(demo_hq), "--out", str(tmp_path / "s.txt")]) == 1
    assert main(["hq", "dhis2", "--db", str(demo_hq), "--mapping", str(SAMPLE), "--out", str(tmp_path / "d.json"),
                 "--year", "2025", "--month", "2026-03"]) == 0
    document = json.loads((tmp_path / "d.json").read_text())
    assert len(document["dataValues"]) == 3 * 2 * len(json.loads(SAMPLE.read_text())["dataElements"])


def test_hq_commands_sign_in_as_an_hq_account(demo_hq: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("L2FH_USER")
    capsys.readouterr()
    assert main(["hq", "overview", "--db", str(demo_hq)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.setenv("L2FH_PASSWORD", "analyst-demo")
    assert main(["hq", "accounts", "--db", str(demo_hq), "--user", "analyst", "--add", "x", "--role",
                 "hq_analyst"]) == 1  # only the HQ administrator manages accounts
    assert "may not manage accounts" in capsys.readouterr().err


@pytest.mark.parametrize(("password", "department", "line"), [
    ("short", "DPKO", "l2fh-desk: Password must be at least 8 characters"),
    ("", "DPKO", "l2fh-desk: Password must be at least 8 characters"),
    ("hq-password-1", "   ", "l2fh-desk: Give the department's name"),
])
def test_a_refused_hq_init_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str], password: str, department: str,
                                          line: str) -> None:
    monkeypatch.setenv("L2FH_PASSWORD", password)
    assert main(["hq", "init", "--db", str(tmp_path / "hq.db"), "--department", department, "--admin", "chief"]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [line]
    assert list(tmp_path.iterdir()) == []  # no empty database, key or lock file to trip over at the next try


@pytest.mark.parametrize(("argv", "says"), [
    (["--rotations", "5-3"], "--rotations '5-3': the last rotation (3) is before the first (5)"),
    (["--rotations", "0-2"], "--rotations '0-2': rotation numbers start at 1"),
    (["--from", "2026-03-01", "--to", "2026-02-01"], "The period must end after it starts"),
])
def test_a_summary_scope_that_holds_nothing_by_mistake_is_refused(demo_hq: Path, tmp_path: Path, argv: list[str],
                                                                  says: str, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A reversed range is a typing mistake: said in one line, no file written (not an empty summary that reads
    as "no patients")."""
    monkeypatch.setenv("L2FH_USER", "analyst")
    monkeypatch.setenv("L2FH_PASSWORD", "analyst-demo")
    capsys.readouterr()
    out = tmp_path / "s.pdf"
    assert main(["hq", "summary", "--db", str(demo_hq), "--out", str(out), *argv]) == 1
    assert capsys.readouterr().err.strip().splitlines() == [f"l2fh-desk: {says}"]
    assert not out.exists()


@pytest.mark.parametrize(("command", "argv", "says"), [
    ("summary", ["--year", "1"], "argument --year: '1' is not a year from 1900 to 2199"),
    ("summary", ["--year", "99999"], "argument --year: '99999' is not a year from 1900 to 2199"),
    ("summary", ["--from", "0001-01-01", "--to", "0001-12-31"], "argument --from: 0001-01-01 is outside 1900-2199"),
    ("dhis2", ["--month", "9999-12"], "month '9999-12': give YYYY-MM from 1900 to 2199, e.g. 2026-03"),
])
def test_a_period_no_record_can_lie_in_is_refused_in_one_line(demo_hq: Path, tmp_path: Path, command: str,
                                                              argv: list[str], says: str,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """`--year 99999` crashed the summary ("unexpected error: ValueError"), `--month 9999-12` the DHIS2 export,
    and `--year 1` wrote an empty summary."""
    from l2fh_desk.cli.common import FIRST_YEAR, LAST_YEAR
    from l2fh_desk.domain.records import FIRST_DAY, LAST_DAY

    assert (FIRST_DAY.year, LAST_DAY.year) == (FIRST_YEAR, LAST_YEAR)  # the CLI's copy of the domain's bounds
    monkeypatch.setenv("L2FH_USER", "analyst")
    monkeypatch.setenv("L2FH_PASSWORD", "analyst-demo")
    capsys.readouterr()
    out = tmp_path / ("s.pdf" if command == "summary" else "d.json")
    extra = ["--mapping", str(SAMPLE)] if command == "dhis2" else []
    try:
        code = main(["hq", command, "--db", str(demo_hq), "--out", str(out), *extra, *argv])
    except SystemExit as stop:  # argparse: usage errors exit 2
        code = int(stop.code or 0)
    assert code in (1, 2)
    assert says in capsys.readouterr().err
    assert not out.exists()
