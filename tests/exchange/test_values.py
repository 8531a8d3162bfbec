"""Validated means stored as validated: a trusted hospital's bundle with odd spellings is stored in the canonical
form the domain model produced, and values no L2FH Desk could have written are refused (HQ unchanged)."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_helpers import Hospital, crafted, held, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts

REFUSED_CASES = {
    "date of birth '0'": ("UPDATE patients SET date_of_birth = '0' WHERE rowid = 2", "date_of_birth is not a date"),
    "unix time": ("UPDATE encounters SET started_at = '1700000000' WHERE rowid = 2", "started_at is not a UTC"),
    "offset": ("UPDATE encounters SET started_at = '2026-01-02T10:00:00+07:00' WHERE rowid = 2", "not a UTC"),
    "impossible time": ("UPDATE encounters SET started_at = '2024-13-45T99:99:99Z' WHERE rowid = 2",
                        "fails validation"),
    "rotation from year 1": ("UPDATE rotations SET start_date = '0001-01-01' WHERE rowid = 1",
                             "start_date 0001-01-01 is outside 1900-01-01..2199-12-31"),
    "void in 9999": ("UPDATE patients SET voided_at = '9999-12-31T00:00:00Z', void_reason = 'x' WHERE rowid = 2",
                     "voided_at 9999-12-31 is outside"),
    "created in 2099": ("UPDATE patients SET created_at = '2099-01-01T00:00:00Z' WHERE rowid = 3", "in the future"),
    "long void reason": ("UPDATE patients SET voided_at = updated_at, void_reason = printf('%.30000c', 'x')"
                         " WHERE rowid = 4", "20000 characters"),
    "long MDS event": ("UPDATE diagnoses SET mds_event = printf('%.100000c', 'x') WHERE rowid = 1", "40 characters"),
    "long procedure text": ("UPDATE encounters SET procedures = '[{\"kind\": \"other\", \"description\": \"'"
                            " || printf('%.30000c', 'y') || '\"}]' WHERE rowid = 5", "20000 characters"),
    "many procedures": ("UPDATE encounters SET procedures = '[' || substr(replace(printf('%.60c', 'x'), 'x',"
                        " ',{\"kind\": \"other\"}'), 2) || ']' WHERE rowid = 6", "at most 50"),
}


@pytest.mark.parametrize("case", list(REFUSED_CASES))
def test_values_no_app_could_have_written_are_refused(case: str, two: tuple[Hospital, Hospital], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    sql, expected = REFUSED_CASES[case]
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        assert import_bundles(store, [two[1].bundle], trust=trust_of(two[1].bundle), actor=SYSTEM)[0].status == IMPORTED
    bundle = crafted(tmp_path, a, sql)
    before = held(hq)
    assert main(["import", "--into", str(hq), str(bundle), "--trust", *trust_of(a.bundle)]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("l2fh-desk:")]
    assert len(lines) == 1 and expected in lines[0], lines
    assert held(hq) == before


def test_odd_spellings_are_stored_in_canonical_form(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    a = two[0]
    bundle = crafted(tmp_path, a,
                     "UPDATE diagnoses SET icd10_code = 'a000' WHERE rowid = 1",
                     "UPDATE patients SET un_index_number = ' un-9999 ', name = '  Spaced Name ' WHERE rowid = 1",
                     "UPDATE encounters SET procedures = '[{\"kind\": \"other\", \"description\": \"x\","
                     " \"extra\": \"smuggled\"}]' WHERE rowid = 1")
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        [result] = import_bundles(store, [bundle], trust=trust_of(a.bundle), actor=SYSTEM)
        assert result.status == IMPORTED, result.reason
    conn = sqlite3.connect(hq)
    source = sqlite3.connect(a.db)
    try:
        diagnosis = source.execute("SELECT id FROM diagnoses WHERE rowid = 1").fetchone()[0]
        patient = source.execute("SELECT id FROM patients WHERE rowid = 1").fetchone()[0]
        encounter = source.execute("SELECT id FROM encounters WHERE rowid = 1").fetchone()[0]
        assert conn.execute("SELECT icd10_code FROM diagnoses WHERE id = ?", (diagnosis,)).fetchone()[0] == "A00.0"
        assert conn.execute("SELECT un_index_number, name FROM patients WHERE id = ?", (patient,)).fetchone() == (
            "UN-9999", "Spaced Name")
        procedures = conn.execute("SELECT procedures FROM encounters WHERE id = ?", (encounter,)).fetchone()[0]
        assert "smuggled" not in procedures and '"kind": "other"' in procedures
    finally:
        conn.close()
        source.close()
