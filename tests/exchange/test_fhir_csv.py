"""FHIR R4 Bundle valid against an independent model library; CSV line lists readable by a spreadsheet."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
from exchange_helpers import Hospital, trust_of
from fhir.resources.R4B.bundle import Bundle

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import import_bundles
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


@pytest.fixture(scope="module")
def hq(built: Path, two: tuple[Hospital, Hospital]) -> Path:
    path = hq_accounts(built / "hq-fhir.db")
    with Store(path) as store:
        import_bundles(store, [h.bundle for h in two], trust=trust_of(*(h.bundle for h in two)), actor=SYSTEM)
    return path


def test_fhir_bundle_validates_and_merges_without_clashes(two: tuple[Hospital, Hospital], hq: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    files = []
    for h in two:
        out = tmp_path / f"{h.db.stem}.json"
        assert main(["export-fhir", "--db", str(h.db), "--out", str(out)]) == 0
        files.append(out)
    assert "FHIR R4 collection Bundle" in capsys.readouterr().out
    ids: Counter[str] = Counter()
    for out in files:
        data = json.loads(out.read_text(encoding="utf-8"))
        bundle = Bundle.model_validate(data)
        assert bundle.type == "collection"
        kinds = Counter(entry.resource.get_resource_type() for entry in bundle.entry)
        assert {"Patient", "Encounter", "Condition", "Procedure", "Observation"} <= set(kinds)
        for entry in data["entry"]:
            ids[f"{entry['resource']['resourceType']}/{entry['resource']['id']}"] += 1
    assert max(ids.values()) == 1  # the two hospitals' files merge without an id clash
    data = json.loads(files[0].read_text(encoding="utf-8"))
    resources = [e["resource"] for e in data["entry"]]
    prefix = two[0].hospital_id.split("-")[0]
    assert all(r["id"].startswith(prefix + "-") for r in resources)
    condition = next(r for r in resources if r["resourceType"] == "Condition")
    systems = {c["system"] for c in condition["code"]["coding"]}
    assert systems == {"http://hl7.org/fhir/sid/icd-10", "urn:l2fh:who-emt-mds"}
    loinc = {c["code"] for r in resources if r["resourceType"] == "Observation" for c in r["code"]["coding"]}
    assert {"8310-5", "8867-4", "85354-9"} <= loinc
    patient_refs = {e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"] == "Patient"}
    assert {r["subject"]["reference"] for r in resources if r["resourceType"] == "Encounter"} <= patient_refs
    with Store(two[0].db) as store:
        live = store.encounters.count("voided_at IS NULL")
    assert sum(1 for r in resources if r["resourceType"] == "Encounter") == live


def test_csv_line_lists(hq: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "csv"
    assert main(["export-csv", "--db", str(hq), "--out", str(out)]) == 0
    assert "encounters.csv" in capsys.readouterr().out
    with Store(hq) as store:
        live = store.encounters.count("voided_at IS NULL")
        patients = store.patients.count("voided_at IS NULL")
    with (out / "encounters.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == live
    assert len({r["hospital_id"] for r in rows}) == 2
    assert all(r["icd10_codes"] and r["rotation"] in {"3", "4", "5"} for r in rows)
    with (out / "patients.csv").open(encoding="utf-8-sig", newline="") as handle:
        patient_rows = list(csv.DictReader(handle))
    assert len(patient_rows) == patients
    assert any(any(ord(ch) > 127 for ch in r["name"]) for r in patient_rows)  # Vietnamese names survive
    with (out / "outreach.csv").open(encoding="utf-8-sig", newline="") as handle:
        outreach = list(csv.DictReader(handle))
    assert outreach and all(int(r["reached_female"]) + int(r["reached_male"]) == int(r["reached_total"])
                            for r in outreach)
    (tmp_path / "file").write_text("x")
    assert main(["export-csv", "--db", str(hq), "--out", str(tmp_path / "file")]) == 1
