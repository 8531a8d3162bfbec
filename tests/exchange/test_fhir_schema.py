"""The HQ export of FHIR against the official HL7 FHIR R4 JSON Schema (tests/data/fhir/fhir.schema.json.gz, see
docs/exchange.md for its source and licence), after importing bundles with odd but accepted values and linking
two records: 0 errors, every reference resolves inside the Bundle, SpO2 carries LOINC 2708-6."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from exchange_helpers import Hospital, crafted, trust_of
from jsonschema import Draft6Validator

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq as hq_api
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts

SCHEMA = Path(__file__).parents[1] / "data" / "fhir" / "fhir.schema.json.gz"


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(gzip.decompress(SCHEMA.read_bytes()))
    assert loaded["id"] == "http://hl7.org/fhir/json-schema/4.0"
    return loaded


def _errors(schema: dict[str, object], bundle: dict[str, object]) -> list[str]:
    """The whole schema (its oneOf over every resource type) on a Bundle holding the first few resources of each
    kind, and each resource of the full Bundle against the schema's own definition of its type (the one that
    oneOf's discriminator selects): the same verdict as the whole schema on the whole Bundle, in seconds."""
    entries = bundle["entry"]
    assert isinstance(entries, list)
    per_kind: dict[str, int] = {}
    sample = []
    for entry in entries:
        kind = entry["resource"]["resourceType"]
        per_kind[kind] = per_kind.get(kind, 0) + 1
        if per_kind[kind] <= 3 or entry["resource"].get("link"):
            sample.append(entry)
    found = [f"{list(e.absolute_path)}: {e.message[:200]}"
             for e in Draft6Validator(schema).iter_errors({**bundle, "entry": sample})]
    validators = {kind: Draft6Validator({"definitions": schema["definitions"], "$ref": f"#/definitions/{kind}"})
                  for kind in per_kind}
    for index, entry in enumerate(entries):
        for error in validators[entry["resource"]["resourceType"]].iter_errors(entry["resource"]):
            found.append(f"entry {index} {list(error.absolute_path)}: {error.message[:200]}")
    return found


def _references(value: object) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def test_hq_fhir_export_validates_against_the_official_r4_schema(schema: dict[str, object],
                                                                 two: tuple[Hospital, Hospital], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two
    odd = crafted(tmp_path, a,
                  "UPDATE diagnoses SET icd10_code = 'a000', text = '' WHERE rowid = 1",
                  "UPDATE patients SET un_index_number = ' un-9999 ', name = 'Form\fFeed  Name' WHERE rowid = 1",
                  "UPDATE encounters SET complaint = 'pain\vhere', procedures = '[{\"kind\": \"other\","
                  " \"description\": \"\", \"extra\": 1}]' WHERE rowid = 1",
                  "UPDATE hospitals SET country = ''")
    hq = hq_accounts(tmp_path / "hq.db")
    with Store(hq) as store:
        results = import_bundles(store, [odd, b.bundle], trust=trust_of(a.bundle, b.bundle), actor=SYSTEM)
        assert [r.status for r in results] == [IMPORTED, IMPORTED], [r.reason for r in results]
        pair = hq_api.likely_duplicates(store)[:1] or []
        first, second = (pair[0].patient_a, pair[0].patient_b) if pair else tuple(
            r[0] for r in store.db.query("SELECT id FROM patients ORDER BY id LIMIT 2"))
        hq_api.link_patients(store, first, second, reason="same person", actor=SYSTEM)
    out = tmp_path / "hq.json"
    assert main(["export-fhir", "--db", str(hq), "--out", str(out)]) == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert _errors(schema, bundle)[:5] == []
    full = {entry["fullUrl"] for entry in bundle["entry"]}
    assert all(url.startswith("urn:uuid:") for url in full)
    refs = _references([entry["resource"] for entry in bundle["entry"]])
    assert refs and set(refs) <= full  # every reference resolves to an entry of this Bundle
    kinds = {entry["fullUrl"]: entry["resource"]["resourceType"] for entry in bundle["entry"]}
    resources = [entry["resource"] for entry in bundle["entry"]]
    organizations = [r for r in resources if r["resourceType"] == "Organization"]
    assert len(organizations) == 2
    encounters = [r for r in resources if r["resourceType"] == "Encounter"]
    assert all(kinds[e["serviceProvider"]["reference"]] == "Organization" for e in encounters)
    spo2 = [r for r in resources if r["resourceType"] == "Observation" and r["id"].endswith(".spo2")]
    assert spo2 and all({"2708-6", "59408-5"} <= {c["code"] for c in r["code"]["coding"]} for r in spo2)
    linked = [r for r in resources if r["resourceType"] == "Patient" and r.get("link")]
    assert len(linked) == 2 and all(kinds[r["link"][0]["other"]["reference"]] == "Patient" for r in linked)
