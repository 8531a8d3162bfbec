"""FHIR R4 `collection` Bundle of a hospital's (or HQ's) records: Organization (each hospital), Patient (with
`Patient.link` for the records HQ linked as one person), Encounter (`serviceProvider`), Condition (ICD-10 + MDS),
Procedure and vital-sign Observations with LOINC codes (SpO2 as the R4 oxygen-saturation profile requires:
2708-6, with 59408-5). Ids are prefixed by the hospital, so files merge. Every `fullUrl` is `urn:uuid:` and every
reference is the `urn:uuid:` of its target in the same Bundle, as the R4 Bundle rules resolve them."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from l2fh_desk.domain import mds
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit
from l2fh_desk.store.files import atomic_file
from l2fh_desk.store.store import Store

ICD10 = "http://hl7.org/fhir/sid/icd-10"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
MDS_SYSTEM = "urn:l2fh:who-emt-mds"
PROCEDURE_SYSTEM = "urn:l2fh:procedure-kind"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
# column: (LOINC code, display, UCUM unit)
VITALS = {
    "temperature_c": ("8310-5", "Body temperature", "Cel"),
    "pulse_bpm": ("8867-4", "Heart rate", "/min"),
    "resp_rate": ("9279-1", "Respiratory rate", "/min"),
    "spo2": ("2708-6", "Oxygen saturation in Arterial blood", "%"),
    "gcs": ("9269-2", "Glasgow coma score total", "{score}"),
    "weight_kg": ("29463-7", "Body weight", "kg"),
    "pain_score": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}"),
}
PULSE_OXIMETRY = ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")
BP_PANEL = ("85354-9", "Blood pressure panel with all children optional")
SYSTOLIC = ("8480-6", "Systolic blood pressure")
DIASTOLIC = ("8462-4", "Diastolic blood pressure")
ENCOUNTER_CLASS = {"admission": ("IMP", "inpatient encounter"), "emergency": ("EMER", "emergency"),
                   "outreach_clinic": ("FLD", "field")}


_ODD_SPACE = re.compile(r"[^\S \r\n\t]")  # whitespace an R4 string may not hold (vertical tab, form feed, ...)


def _text(value: object) -> str:
    """A FHIR `string`: no whitespace but space, tab and line breaks; never empty (the caller leaves it out)."""
    return _ODD_SPACE.sub(" ", str(value)).strip()


def _prefix(hospital_id: str) -> str:
    return hospital_id.split("-")[0]


def _rid(hospital_id: str, record_id: str, suffix: str = "") -> str:
    """hospital prefix + record UUID (+ suffix): at most 64 characters of [A-Za-z0-9-.] as FHIR requires."""
    return f"{_prefix(hospital_id)}-{record_id}{suffix}"


def urn(resource_type: str, resource_id: str) -> str:
    """The stable `urn:uuid:` of a resource: its `fullUrl`, and what every reference to it says."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'urn:l2fh:{resource_type}/{resource_id}')}"


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": urn(resource["resourceType"], resource["id"]), "resource": resource}


def _ref(resource_type: str, hospital_id: str, record_id: str) -> dict[str, str]:
    return {"reference": urn(resource_type, _rid(hospital_id, record_id))}


def _organization(row: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Organization", "id": _rid(row["id"], row["id"]),
        "identifier": [{"system": "urn:l2fh:hospital", "value": row["id"]}], "active": True,
        "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": "prov",
                              "display": "Healthcare Provider"}]}],
        "name": _text(row["name"]) or row["id"],
    }
    place = _text(", ".join(part for part in (row["location"], row["country"]) if part))
    if place:
        resource["address"] = [{"text": place}]
    return resource


def _patient(row: Any, links: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    identifiers = [{"system": f"urn:l2fh:hospital:{row['origin']}:patient", "value": row["id"]}]
    if row["un_index_number"]:
        identifiers.append({"system": "urn:un:index-number", "value": row["un_index_number"]})
    resource: dict[str, Any] = {
        "resourceType": "Patient", "id": _rid(row["origin"], row["id"]), "identifier": identifiers,
        "name": [{"text": _text(row["name"]) or "unknown"}], "gender": row["sex"], "birthDate": row["date_of_birth"],
        "managingOrganization": _ref("Organization", row["origin"], row["origin"])}
    if links:  # records an HQ analyst linked as the same person
        resource["link"] = [{"other": _ref("Patient", origin, other), "type": "seealso"} for origin, other in links]
    return resource


def _encounter(row: Any, patient_ref: str) -> dict[str, Any]:
    code, display = ENCOUNTER_CLASS.get(row["kind"], ("AMB", "ambulatory"))
    resource: dict[str, Any] = {
        "resourceType": "Encounter", "id": _rid(row["origin"], row["id"]), "status": "finished",
        "class": {"system": ACT_CODE, "code": code, "display": display},
        "type": [{"text": row["kind"].replace("_", " ")}],
        "subject": {"reference": patient_ref}, "period": {"start": row["started_at"]},
        "serviceProvider": _ref("Organization", row["origin"], row["origin"]),
    }
    if row["triage"]:
        resource["priority"] = {"text": f"triage {row['triage']}"}
    if _text(row["complaint"]):
        resource["reasonCode"] = [{"text": _text(row["complaint"])}]
    return resource


def _condition(row: Any, patient_ref: str, encounter_ref: str) -> dict[str, Any]:
    event = row["mds_event"]
    try:
        label = mds.label_for(mds.MdsItem(event))
    except ValueError:
        label = event.replace("_", " ")
    text = _text(row["text"]) or row["icd10_code"]
    mds_coding = {"system": MDS_SYSTEM, "code": event}
    if _text(label):
        mds_coding["display"] = _text(label)
    return {
        "resourceType": "Condition", "id": _rid(row["origin"], row["id"]),
        "category": [{"coding": [{"system": CONDITION_CATEGORY, "code": "encounter-diagnosis"}]}],
        "code": {"coding": [{"system": ICD10, "code": row["icd10_code"], "display": text}, mds_coding], "text": text},
        "subject": {"reference": patient_ref}, "encounter": {"reference": encounter_ref},
        "recordedDate": row["created_at"],
    }


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": UCUM, "code": unit}


def _observations(row: Any, patient_ref: str, encounter_ref: str) -> Iterator[dict[str, Any]]:
    base = {"status": "final", "subject": {"reference": patient_ref}, "encounter": {"reference": encounter_ref},
            "effectiveDateTime": row["started_at"],
            "category": [{"coding": [{"system": OBS_CATEGORY, "code": "vital-signs"}]}]}
    for column, (code, display, unit) in VITALS.items():
        if row[column] is not None:
            rid = _rid(row["origin"], row["id"], "." + column.replace("_", "")[:8])
            coding = [{"system": LOINC, "code": code, "display": display}]
            if column == "spo2":
                coding.append({"system": LOINC, "code": PULSE_OXIMETRY[0], "display": PULSE_OXIMETRY[1]})
            yield {"resourceType": "Observation", "id": rid, **base,
                   "code": {"coding": coding, "text": display}, "valueQuantity": _quantity(row[column], unit)}
    if row["systolic_bp"] is not None and row["diastolic_bp"] is not None:
        yield {"resourceType": "Observation", "id": _rid(row["origin"], row["id"], ".bp"), **base,
               "code": {"coding": [{"system": LOINC, "code": BP_PANEL[0], "display": BP_PANEL[1]}]},
               "component": [
                   {"code": {"coding": [{"system": LOINC, "code": c, "display": d}]},
                    "valueQuantity": _quantity(row[col], "mm[Hg]")}
                   for (c, d), col in ((SYSTOLIC, "systolic_bp"), (DIASTOLIC, "diastolic_bp"))]}


def _procedures(row: Any, patient_ref: str, encounter_ref: str) -> Iterator[dict[str, Any]]:
    for index, item in enumerate(json.loads(row["procedures"])):
        kind = str(item.get("kind", "other"))
        yield {"resourceType": "Procedure", "id": _rid(row["origin"], row["id"], f".p{index}"), "status": "completed",
               "code": {"coding": [{"system": PROCEDURE_SYSTEM, "code": kind}],
                        "text": _text(item.get("description") or "") or kind.replace("_", " ")},
               "subject": {"reference": patient_ref}, "encounter": {"reference": encounter_ref},
               "performedDateTime": row["started_at"]}


def _links(store: Store) -> dict[str, list[tuple[str, str]]]:
    """patient id -> [(origin, id)] of the records an analyst linked with it (both directions)."""
    origin = {r[0]: r[1] for r in store.db.query(
        "SELECT id, origin FROM patients WHERE id IN (SELECT patient_a FROM patient_links UNION"
        " SELECT patient_b FROM patient_links) AND voided_at IS NULL")}
    out: dict[str, list[tuple[str, str]]] = {}
    for a, b in store.db.query("SELECT patient_a, patient_b FROM patient_links ORDER BY patient_a, patient_b"):
        if a in origin and b in origin:
            out.setdefault(a, []).append((origin[b], b))
            out.setdefault(b, []).append((origin[a], a))
    return out


def resources(store: Store) -> Iterator[dict[str, Any]]:
    """Every resource, organisations and patients first; voided records are left out."""
    db = store.db
    for row in db.query("SELECT * FROM hospitals ORDER BY id"):
        yield _organization(row)
    links = _links(store)
    for row in db.query("SELECT * FROM patients WHERE voided_at IS NULL ORDER BY origin, rowid"):
        yield _patient(row, links.get(row["id"], []))
    diagnoses: dict[str, list[Any]] = {}
    for row in db.query("SELECT * FROM diagnoses WHERE voided_at IS NULL ORDER BY encounter_id, position"):
        diagnoses.setdefault(row["encounter_id"], []).append(row)
    for row in db.conn.execute("SELECT e.* FROM encounters e JOIN patients p ON p.id = e.patient_id"
                               " WHERE e.voided_at IS NULL AND p.voided_at IS NULL ORDER BY e.origin, e.started_at"):
        patient_ref = urn("Patient", _rid(row["origin"], row["patient_id"]))
        encounter = _encounter(row, patient_ref)
        yield encounter
        encounter_ref = urn("Encounter", encounter["id"])
        for diagnosis in diagnoses.get(row["id"], []):
            yield _condition(diagnosis, patient_ref, encounter_ref)
        yield from _procedures(row, patient_ref, encounter_ref)
        yield from _observations(row, patient_ref, encounter_ref)


def write_bundle(store: Store, out: Path, *, actor: Actor) -> int:
    """Stream the Bundle to `out` (through `atomic_file`: complete or absent); returns the entry count. Needs
    the right to export; audited under `actor` (the file and the count, never the content)."""
    actor.require(Action.EXPORT_DATA)
    count = 0
    with atomic_file(out, text=True, encoding="utf-8") as handle:
        header = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
                  "timestamp": iso(utc_now()).replace("Z", "+00:00")}
        handle.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "entry": [\n')
        for resource in resources(store):
            if count:
                handle.write(",\n")
            handle.write(json.dumps(_entry(resource), ensure_ascii=False))
            count += 1
        handle.write("\n]}\n")
    with store.db.atomic():
        audit.append(store.db, actor=actor, origin=store.origin, action="export_fhir",
                     after={"file": out.name, "resources": count})
    return count
