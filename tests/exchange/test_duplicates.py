"""Likely duplicates at HQ as an analyst meets them: the same people registered by two hospitals with double
spaces, names in another order and estimated birth dates a year apart; linked records count as one person."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from exchange_helpers import Hospital, export, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq as hq_api
from l2fh_desk.exchange.importer import import_bundles
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


def _twin(known: Patient, **changes: object) -> Patient:
    data = {**known.model_dump(), "origin": "", "version": 0, "created_at": "", "updated_at": "", **changes}
    data.pop("id")
    return Patient.model_validate(data)


@pytest.fixture
def hq_with_twins(two: tuple[Hospital, Hospital], tmp_path: Path) -> tuple[Path, list[tuple[str, str]]]:
    folder = tmp_path / "b"
    folder.mkdir()
    db = folder / "h2.db"
    shutil.copy(two[1].db, db)
    shutil.copy(two[1].db.with_name("h2.db.key"), folder / "h2.db.key")
    with Store(two[0].db) as store:
        known = store.patients.find("voided_at IS NULL AND un_index_number = ''", order="id", limit=3)
    expected = []
    with Store(db) as store:
        first, last = known[0].name.split(" ", 1)
        variants = [
            _twin(known[0], name=f"{last}  {first}".upper()),                       # reordered, double space, case
            _twin(known[1], name=known[1].name.replace(" ", "  ")),                 # double spaces
            _twin(known[2], date_of_birth=date(known[2].date_of_birth.year - 1, 1, 1), dob_estimated=True),
        ]
        for original, variant in zip(known, variants, strict=True):
            made = store.patients.create(variant, actor=SYSTEM)
            expected.append(tuple(sorted((original.id, made.id))))
    bundle = export(db, tmp_path / "h2.l2fh")
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        results = import_bundles(store, [two[0].bundle, bundle], trust=trust_of(two[0].bundle, bundle), actor=SYSTEM)
        assert [r.status for r in results] == ["imported", "imported"]
    return hq, expected  # type: ignore[return-value]


def test_reordered_spaced_and_year_apart_names_are_found_with_evidence(
        hq_with_twins: tuple[Path, list[tuple[str, str]]]) -> None:
    hq, expected = hq_with_twins
    with Store(hq) as store:
        pairs = {(d.patient_a, d.patient_b): d for d in hq_api.likely_duplicates(store, limit=100_000)}
    for pair in expected:
        assert pair in pairs, pair
    reordered = pairs[expected[0]]
    assert "same name, ignoring case, accents, spacing and word order" in reordered.evidence
    assert any(line.startswith("from ") and " and " in line for line in reordered.evidence)
    year_apart = pairs[expected[2]]
    assert any("(estimated)" in line and " and " in line for line in year_apart.evidence if line.startswith("born"))


def test_link_and_unlink_from_the_command_line_change_distinct_persons(
        hq_with_twins: tuple[Path, list[tuple[str, str]]], capsys: pytest.CaptureFixture[str]) -> None:
    hq, expected = hq_with_twins
    with Store(hq) as store:
        records = store.patients.count("voided_at IS NULL")
        before = hq_api.distinct_persons(store)
    assert main(["duplicates", "--db", str(hq)]) == 0
    out = capsys.readouterr().out
    assert f"{records:,} patient records, {before:,} distinct persons" in out
    assert expected[0][0] in out and "same name, ignoring" in out
    for a, b in expected:
        assert main(["duplicates", "--db", str(hq), "--link", a, b, "--reason", "confirmed by phone"]) == 0
    with Store(hq) as store:
        assert hq_api.distinct_persons(store) == before - 3
        assert hq_api.distinct_persons(store, [expected[0][0], expected[0][1]]) == 1
    assert main(["duplicates", "--db", str(hq), "--unlink", *expected[0], "--reason", "different mothers"]) == 0
    with Store(hq) as store:
        assert hq_api.distinct_persons(store) == before - 2
        actions = [r[0] for r in store.db.query("SELECT action FROM audit_log WHERE table_name = 'patient_links'")]
        assert actions.count("link_patients") == 3 and actions.count("unlink_patients") == 1
        assert all(store.patients.get(i) for pair in expected for i in pair)  # both records always kept
    assert main(["duplicates", "--db", str(hq), "--link", expected[0][0], expected[0][0]]) == 1
