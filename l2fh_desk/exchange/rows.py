"""The tables a bundle carries to HQ, and the check of each incoming row against the domain models."""

from __future__ import annotations

import json
import operator
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ValidationError

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError, first_error
from l2fh_desk.domain.hospital import Hospital, Rotation, StaffMember
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import FIRST_DAY, LAST_DAY, MAX_AUDIT_JSON, MAX_ITEMS, MAX_REASON, MAX_TEXT
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store.base import to_cell
from l2fh_desk.store.encounters import VITAL_COLUMNS

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")
# Stored exactly in these forms by the app (UTC with Z, ISO dates): any other spelling, even one the models
# would parse (an offset, a Unix time, a bare number), means the row was not written by L2FH Desk.
STAMP_COLUMNS = ("created_at", "updated_at", "voided_at", "started_at", "admitted_at", "discharged_at",
                 "requested_at", "departed_at", "approved_at", "arrived_at", "cancelled_at")
DAY_COLUMNS = ("date_of_birth", "start_date", "end_date", "activity_date")
_PLAIN = frozenset({str, int, float, type(None)})  # stored as they are (exact types: not bool, not enums)
# A rotation starting in year 1 made HQ's handover and summary overflow: domain/records.py FIRST_DAY, LAST_DAY.
EARLIEST, LATEST = FIRST_DAY.isoformat(), LAST_DAY.isoformat()
# A hospital's clock may run ahead of HQ's; a record stamped further ahead than this is refused.
FUTURE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[BaseModel]
    json_columns: tuple[str, ...] = ()
    vitals: bool = False


# Parents before children, so HQ's foreign keys hold at every insert.
MERGED: tuple[TableSpec, ...] = (
    TableSpec("hospitals", Hospital),
    TableSpec("rotations", Rotation),
    TableSpec("staff", StaffMember),
    TableSpec("patients", Patient),
    TableSpec("encounters", Encounter, ("procedures", "protection"), vitals=True),
    TableSpec("diagnoses", Diagnosis),
    TableSpec("admissions", Admission),
    TableSpec("evacuations", Evacuation),
    TableSpec("outreach_activities", OutreachActivity, ("staff_names",)),
)
AUDIT_COLUMNS = ("id", "origin", "seq", "at", "username", "action", "table_name", "record_id", "before_json",
                 "after_json", "prev_hash", "hash")
# Never carried to HQ: accounts are local to an installation (hashes are blanked in the snapshot anyway),
# settings and drafts are cleared, HQ tables stay empty in a hospital's file.
NOT_MERGED = ("users", "settings", "drafts", "imports", "row_provenance", "merge_conflicts", "trusted_signers",
              "patient_links", "imported_audit", "revoked_signers", "beds", "wards", "abandoned_records",
              "id_aliases", "audit_heads", "export_checked")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "INTEGER", "REAL" or "TEXT"
    notnull: bool


_STORAGE_TYPES: dict[str, frozenset[type]] = {"INTEGER": frozenset({int}), "REAL": frozenset({int, float}),
                                               "TEXT": frozenset({str})}


def _allowed(column: Column) -> frozenset[type]:
    """The Python types SQLite may hand back for this column (the same rule as `_type_ok`)."""
    allowed = _STORAGE_TYPES.get(column.kind, frozenset({str}))
    return allowed if column.notnull else allowed | {type(None)}


def _type_ok(value: Any, column: Column) -> bool:
    if value is None:
        return not column.notnull
    if column.kind == "INTEGER":
        return type(value) is int
    if column.kind == "REAL":
        return type(value) in (int, float)
    return type(value) is str


class RowChecker:
    """Checks one table's rows: storage types, ids, origin, stamps, lengths, then the domain model; `check`
    returns the model and the row as it is to be stored: the canonical form the model produced.

    Public for `l2fh-desk check` too: `RowChecker(spec, columns, hospital_id).check(row)` raises BundleRefused."""

    def __init__(self, spec: TableSpec, columns: tuple[Column, ...], hospital_id: str) -> None:
        self.spec = spec
        self.columns = columns
        self.names = tuple(c.name for c in columns)
        self.hospital_id = hospital_id
        # One frozenset per column, so a whole row's storage types are checked by C-level map() calls;
        # the slower per-column loop runs only to name the first wrong column of a refused row.
        self._allowed = tuple(_allowed(c) for c in columns)
        fields = set(spec.model.model_fields) | (set(VITAL_COLUMNS) if spec.vitals else set())
        self._loose = tuple(c.name for c in columns if c.kind == "TEXT" and c.name not in fields)  # not in the model
        self._stamps = tuple(n for n in STAMP_COLUMNS if n in self.names)
        self._days = tuple(n for n in DAY_COLUMNS if n in self.names)
        self._latest = iso(utc_now() + FUTURE_SLACK)
        self._plan: tuple[tuple[tuple[int, str], ...], tuple[tuple[int, str], ...]] | None = None

    def refuse(self, row: tuple[Any, ...], message: str) -> BundleRefused:
        ident = str(row[0])[:36] if row else "?"
        return BundleRefused(f"row {ident} of {self.spec.name} fails validation: {message}")

    def _plain_checks(self, row: tuple[Any, ...], data: dict[str, Any]) -> None:
        if not UUID.match(data["id"]):
            raise self.refuse(row, "id is not a UUID")
        if data["origin"] != self.hospital_id:
            raise self.refuse(row, "it belongs to another hospital than the one that signed the bundle")
        if data["version"] < 1:
            raise self.refuse(row, "version must be 1 or more")
        for name in self._stamps:
            value = data[name]
            if value is not None and not STAMP.match(value):
                raise self.refuse(row, f"{name} is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)")
        for name in ("created_at", "updated_at"):
            if data[name] > self._latest:
                raise self.refuse(row, f"{name} {data[name]} is in the future by HQ's clock (more than a day"
                                       f" ahead of {iso(utc_now())}); is the hospital's clock right?")
        for name in self._days:
            if not DAY.match(data[name]):
                raise self.refuse(row, f"{name} is not a date (YYYY-MM-DD)")
        for name in (*self._stamps, *self._days):
            value = data[name]
            if value is not None and not EARLIEST <= value[:10] <= LATEST:
                raise self.refuse(row, f"{name} {value[:10]} is outside {EARLIEST}..{LATEST}")
        for name in self._loose:
            value = data[name]
            limit = MAX_REASON if name == "void_reason" else MAX_TEXT
            if value is not None and len(value) > limit:
                raise self.refuse(row, f"{name} is longer than {limit} characters")
        position = data.get("position") if self.spec.name == "diagnoses" else None
        if position is not None and not 0 <= position < MAX_ITEMS:
            raise self.refuse(row, f"position must be between 0 and {MAX_ITEMS - 1}")
        for name in ("encounter_id", "admission_id", "patient_id", "rotation_id", "hospital_id"):
            value = data.get(name)
            if value is not None and not UUID.match(value):
                raise self.refuse(row, f"{name} is not a UUID")

    def check(self, row: tuple[Any, ...]) -> tuple[BaseModel, tuple[Any, ...]]:
        if len(row) != len(self.columns) or not all(map(operator.contains, self._allowed, map(type, row))):
            for value, column in zip(row, self.columns, strict=True):
                if not _type_ok(value, column):
                    raise self.refuse(row, f"{column.name} holds {type(value).__name__}, expected {column.kind}")
        data = dict(zip(self.names, row, strict=True))
        self._plain_checks(row, data)
        try:
            for name in self.spec.json_columns:
                if len(data[name]) > MAX_TEXT * 4:
                    raise ValueError(f"{name} is longer than {MAX_TEXT * 4} characters")
                # Most encounters carry no procedures or concerns: skip the parser for the exact text "[]".
                try:
                    data[name] = [] if data[name] == "[]" else json.loads(data[name])
                except RecursionError:  # nested deeper than the parser goes (a few KB of brackets)
                    raise ValueError(f"{name} is nested too deep") from None
                if not isinstance(data[name], list):
                    raise ValueError(f"{name} is not a list")
            if self.spec.vitals:
                data["vitals"] = {name: data.pop(name) for name in VITAL_COLUMNS}
            model = self.spec.model.model_validate(data)
        except (ValidationError, DomainError) as exc:
            raise self.refuse(row, first_error(exc)) from exc
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise self.refuse(row, str(exc)) from exc
        return model, self.canonical(model, row)

    def canonical(self, model: BaseModel, row: tuple[Any, ...]) -> tuple[Any, ...]:
        """The row as the store would write this model (codes normalised, text stripped, JSON rebuilt without
        unknown keys); columns the model does not hold keep their checked value."""
        values = model.__dict__
        if self._plan is None:  # which columns the model holds: the same for every row of the table
            self._plan = (tuple((i, n) for i, n in enumerate(self.names) if n in values),
                          tuple((i, n) for i, n in enumerate(self.names) if n not in values and n in VITAL_COLUMNS))
        held, vital = self._plan
        out = list(row)
        for index, name in held:
            value = values[name]
            kind = type(value)  # most cells are plain, the rest mostly stamps: no general conversion
            out[index] = value if kind in _PLAIN else iso(value) if kind is datetime else to_cell(value)
        vitals = values.get("vitals")
        if vitals is not None:
            for index, name in vital:
                out[index] = getattr(vitals, name)
        return tuple(out)


def check_audit_row(row: tuple[Any, ...], hospital_id: str) -> None:
    data = dict(zip(AUDIT_COLUMNS, row, strict=True))
    problem = ""
    if type(data["seq"]) is not int:
        problem = "seq is not an integer"
    elif not all(type(data[k]) is str for k in AUDIT_COLUMNS if k not in ("seq", "before_json", "after_json")):
        problem = "a field is not text"
    elif any(data[k] is not None and type(data[k]) is not str for k in ("before_json", "after_json")):
        problem = "before/after is not text"
    elif not UUID.match(data["id"]):
        problem = "id is not a UUID"
    elif data["origin"] not in (hospital_id, ""):
        problem = "it belongs to another hospital"
    elif not (HEX64.match(data["hash"]) and HEX64.match(data["prev_hash"])):
        problem = "hash is not SHA-256 hex"
    elif not STAMP.match(data["at"]):
        problem = "at is not a UTC timestamp"
    elif any(data[k] is not None and len(data[k]) > MAX_AUDIT_JSON for k in ("before_json", "after_json")):
        problem = f"before/after is longer than {MAX_AUDIT_JSON} characters"
    elif any(len(data[k]) > MAX_TEXT for k in ("username", "action", "table_name", "record_id")):
        problem = f"a field is longer than {MAX_TEXT} characters"
    if problem:
        raise BundleRefused(f"audit row {data['seq']} fails validation: {problem}")
