"""CSV line lists (patients, encounters, outreach) for spreadsheets: UTF-8 with a header row, voided records left out."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit
from l2fh_desk.store.files import atomic_file, settle
from l2fh_desk.store.store import Store

# utf-8-sig: plain UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese names correctly.
ENCODING = "utf-8-sig"

PATIENT_COLUMNS = ("id", "hospital_id", "name", "sex", "date_of_birth", "dob_estimated", "category", "nationality",
                   "unit", "un_index_number", "home_location", "registered_at")
ENCOUNTER_COLUMNS = ("id", "hospital_id", "rotation", "patient_id", "patient_name", "started_at", "kind", "triage",
                     "temperature_c", "pulse_bpm", "resp_rate", "systolic_bp", "diastolic_bp", "spo2", "gcs",
                     "weight_kg", "pain_score", "complaint", "pregnant", "icd10_codes", "diagnoses", "mds_events",
                     "procedures", "treatment", "disposition", "clinician")
OUTREACH_COLUMNS = ("id", "hospital_id", "rotation", "activity_date", "kind", "place", "partner", "staff_count",
                    "reached_total", "reached_female", "reached_male", "reached_children", "quantity", "unit",
                    "description", "notable")


def _patients(store: Store) -> Iterator[Sequence[Any]]:
    for r in store.db.conn.execute(
            "SELECT id, origin, name, sex, date_of_birth, dob_estimated, category, nationality, unit,"
            " un_index_number, home_location, created_at FROM patients WHERE voided_at IS NULL ORDER BY origin, rowid"):
        yield tuple(r)


def _encounters(store: Store) -> Iterator[Sequence[Any]]:
    diagnoses: dict[str, list[tuple[str, str, str]]] = {}
    for d in store.db.conn.execute("SELECT encounter_id, icd10_code, text, mds_event FROM diagnoses"
                                   " WHERE voided_at IS NULL ORDER BY encounter_id, position"):
        diagnoses.setdefault(d[0], []).append((d[1], d[2], d[3]))
    for r in store.db.conn.execute(
            "SELECT e.*, p.name AS patient_name, ro.number AS rotation FROM encounters e"
            " JOIN patients p ON p.id = e.patient_id JOIN rotations ro ON ro.id = e.rotation_id"
            " WHERE e.voided_at IS NULL ORDER BY e.origin, e.started_at"):
        found = diagnoses.get(r["id"], [])
        procedures = "; ".join(p.get("description") or p.get("kind", "") for p in json.loads(r["procedures"]))
        yield (r["id"], r["origin"], r["rotation"], r["patient_id"], r["patient_name"], r["started_at"], r["kind"],
               r["triage"] or "", *(r[c] for c in ENCOUNTER_COLUMNS[8:17]), r["complaint"], r["pregnant"],
               "; ".join(d[0] for d in found), "; ".join(d[1] for d in found), "; ".join(d[2] for d in found),
               procedures, r["treatment"], r["disposition"], r["clinician"])


def _outreach(store: Store) -> Iterator[Sequence[Any]]:
    for r in store.db.conn.execute(
            "SELECT o.*, ro.number AS rotation FROM outreach_activities o JOIN rotations ro ON ro.id = o.rotation_id"
            " WHERE o.voided_at IS NULL ORDER BY o.origin, o.activity_date"):
        yield (r["id"], r["origin"], r["rotation"], r["activity_date"], r["kind"], r["place"], r["partner"],
               r["staff_count"], r["reached_total"], r["reached_female"], r["reached_male"], r["reached_children"],
               r["quantity"], r["unit"], r["description"], r["notable"])


def _write(files: ExitStack, path: Path, header: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    """Writes one list under its temporary name; it is put in place when `files` closes, with the others."""
    count = 0
    handle = files.enter_context(atomic_file(path, text=True, encoding=ENCODING, newline=""))
    writer = csv.writer(handle)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
        count += 1
    settle(handle)
    return count


def write_line_lists(store: Store, folder: Path, *, actor: Actor) -> dict[str, int]:
    """patients.csv, encounters.csv and outreach.csv in `folder`; returns rows written per file. Needs the
    right to export; audited under `actor` (what was written, never its content)."""
    actor.require(Action.EXPORT_DATA)
    folder.mkdir(parents=True, exist_ok=True)
    # All three are written before any is put in place: a disk that fills up (or fails) while writing the second
    # leaves none of the new lists, never a new patients.csv beside an older encounters.csv.
    with ExitStack() as files:
        counts = {
            "patients.csv": _write(files, folder / "patients.csv", PATIENT_COLUMNS, _patients(store)),
            "encounters.csv": _write(files, folder / "encounters.csv", ENCOUNTER_COLUMNS, _encounters(store)),
            "outreach.csv": _write(files, folder / "outreach.csv", OUTREACH_COLUMNS, _outreach(store)),
        }
    with store.db.atomic():
        audit.append(store.db, actor=actor, origin=store.origin, action="export_csv",
                     after={"folder": folder.name, "rows": counts})
    return counts
