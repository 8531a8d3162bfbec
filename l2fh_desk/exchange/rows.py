"""The tables a bundle carries to HQ, and the check of each incoming row against the domain models."""

from __future__ import annotations

import json
import operator
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError, first_error
from l2fh_desk.domain.hospital import Hospital, Rotation, StaffMember
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store.encounters import VITAL_COLUMNS

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


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
              "patient_links", "imported_audit", "revoked_signers")


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
    """Checks one table's rows: storage types, ids, origin, stamps, then the domain model."""

    def __init__(self, spec: TableSpec, columns: tuple[Column, ...], hospital_id: str) -> None:
        self.spec = spec
        self.columns = columns
        self.names = tuple(c.name for c in columns)
        self.hospital_id = hospital_id
        # One frozenset per column, so a whole row's storage types are checked by C-level map() calls;
        # the slower per-column loop runs only to name the first wrong column of a refused row.
        self._allowed = tuple(_allowed(c) for c in columns)

    def refuse(self, row: tuple[Any, ...], message: str) -> BundleRefused:
        ident = str(row[0])[:36] if row else "?"
        return BundleRefused(f"row {ident} of {self.spec.name} fails validation: {message}")

    def check(self, row: tuple[Any, ...]) -> BaseModel:
        if len(row) != len(self.columns) or not all(map(operator.contains, self._allowed, map(type, row))):
            for value, column in zip(row, self.columns, strict=True):
                if not _type_ok(value, column):
                    raise self.refuse(row, f"{column.name} holds {type(value).__name__}, expected {column.kind}")
        data = dict(zip(self.names, row, strict=True))
        if not UUID.match(data["id"]):
            raise self.refuse(row, "id is not a UUID")
        if data["origin"] != self.hospital_id:
            raise self.refuse(row, "it belongs to another hospital than the one that signed the bundle")
        if data["version"] < 1:
            raise self.refuse(row, "version must be 1 or more")
        for stamp in ("created_at", "updated_at", "voided_at"):
            value = data.get(stamp)
            if value is not None and not STAMP.match(value):
                raise self.refuse(row, f"{stamp} is not a UTC timestamp")
        try:
            for name in self.spec.json_columns:
                # Most encounters carry no procedures or concerns: skip the parser for the exact text "[]".
                data[name] = [] if data[name] == "[]" else json.loads(data[name])
                if not isinstance(data[name], list):
                    raise ValueError(f"{name} is not a list")
            if self.spec.vitals:
                data["vitals"] = {name: data.pop(name) for name in VITAL_COLUMNS}
            return self.spec.model.model_validate(data)
        except (ValidationError, DomainError) as exc:
            raise self.refuse(row, first_error(exc)) from exc
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise self.refuse(row, str(exc)) from exc


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
    if problem:
        raise BundleRefused(f"audit row {data['seq']} fails validation: {problem}")
