"""What every repository shares: row mapping, create / update / void with an audit row, in one transaction."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from pydantic import BaseModel

from l2fh_desk.domain.clock import Clock
from l2fh_desk.domain.errors import DomainError, KnownError
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.records import STORED, Record
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3

M = TypeVar("M", bound=Record)
HQ_DATABASE_SETTING = "hq_database"  # set by the HQ first run or `keys --hq-init` (exchange.trust.HQ_SETTING)
_RECORDED_AT_HOSPITALS = frozenset({Action.WRITE_PATIENT, Action.WRITE_ENCOUNTER, Action.WRITE_WARD,
                                    Action.WRITE_OUTREACH})


class Scope(Protocol):
    """What a repository needs of its store: the database, this installation's hospital id, the clock.

    A repository of one table needs nothing more: it writes only the tables its module owns and never builds or
    reaches a sibling (tests/store/test_table_ownership.py); a step that spans tables is a use case in services/
    (or takes what it needs as a parameter, like the census its capacity)."""

    @property
    def db(self) -> Database: ...

    @property
    def origin(self) -> str: ...

    @property
    def clock(self) -> Clock: ...


class NotFound(KnownError, LookupError):
    """No record with that id (or it belongs to another hospital's data)."""


class StaleRecord(DomainError):
    """Someone saved this record since it was opened; reload before saving again."""


def to_cell(value: Any) -> Any:
    kind = type(value)
    # Plain cells first (exact types: bool and StrEnum subclass int and str); the bulk of every row.
    if kind is str or kind is int or kind is float or value is None:
        return value
    if kind is bool:
        return int(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return json.dumps([to_cell(v) if not isinstance(v, BaseModel) else v.model_dump(mode="json") for v in value], ensure_ascii=False)
    return value


def _marked(db: Database, key: str) -> bool:
    """A true marker the app wrote in the settings table (the HQ database flag)."""
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return bool(value is not None and json.loads(value))


_PLAIN = frozenset({str, int, float, type(None)})
_COLUMNS: dict[tuple[type[Any], type[BaseModel]], tuple[str, ...]] = {}


class Repository(Generic[M]):
    """One aggregate's table. Subclasses set `table`, `model`, and override the row mapping if needed."""

    table: ClassVar[str]
    model: type[M]
    json_columns: ClassVar[tuple[str, ...]] = ()
    write_action: ClassVar[Action]
    skip_fields: ClassVar[tuple[str, ...]] = ()
    redact: ClassVar[tuple[str, ...]] = ()  # columns never copied into the audit trail

    def _audit_view(self, row: dict[str, Any]) -> dict[str, Any]:
        return {k: ("<redacted>" if k in self.redact else v) for k, v in row.items()}

    def __init__(self, store: Scope) -> None:
        self.store = store
        self.db = store.db

    # --- mapping ---------------------------------------------------------------------------------
    def columns(self, kind: type[BaseModel]) -> tuple[str, ...]:
        """The model's fields that are columns of this table, in field order (worked out once per model)."""
        key = (type(self), kind)
        found = _COLUMNS.get(key)
        if found is None:
            found = _COLUMNS[key] = tuple(name for name in kind.model_fields if name not in self.skip_fields)
        return found

    def to_row(self, record: M) -> dict[str, Any]:
        # Field values straight from the instance dict: the demo maps 150,000 records through here.
        values = record.__dict__
        row: dict[str, Any] = {}
        for name in self.columns(type(record)):
            value = values[name]
            row[name] = value if type(value) in _PLAIN else to_cell(value)
        return row

    def from_row(self, row: sqlite3.Row) -> M:
        data = dict(row)
        for name in self.json_columns:
            if name in data and isinstance(data[name], str):
                data[name] = json.loads(data[name])
        return self.model.model_validate(data, context=STORED)

    # --- reads -----------------------------------------------------------------------------------
    def get(self, record_id: str) -> M:
        row = self.db.one(f"SELECT * FROM {self.table} WHERE id = ?", (record_id,))
        if row is None:
            raise NotFound(f"No {self.table[:-1]} with id {record_id}")
        return self.from_row(row)

    def find(self, where: str = "1", params: Any = (), *, order: str = "rowid", limit: int | None = None) -> list[M]:
        sql = f"SELECT * FROM {self.table} WHERE {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [self.from_row(row) for row in self.db.query(sql, params)]

    def count(self, where: str = "1", params: Any = ()) -> int:
        return int(self.db.scalar(f"SELECT count(*) FROM {self.table} WHERE {where}", params))

    # --- writes ----------------------------------------------------------------------------------
    def _insert_row(self, row: dict[str, Any]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.write(f"INSERT INTO {self.table} ({columns}) VALUES ({marks})", tuple(row.values()))

    def _stamp_new(self, record: M, now: str) -> M:
        return record.model_copy(
            update={"origin": record.origin or self.store.origin, "created_at": now, "updated_at": now, "version": 1}
        )

    def _refuse_at_hq(self) -> None:
        """HQ holds copies of what hospitals recorded: clinical and outreach records are never written there."""
        if self.write_action in _RECORDED_AT_HOSPITALS and _marked(self.db, HQ_DATABASE_SETTING):
            raise DomainError("This is an HQ database: patients, encounters, the ward and outreach are recorded at"
                              " the hospitals and reach HQ in their bundles")

    def create(self, record: M, *, actor: Actor) -> M:
        actor.require(self.write_action)
        self._refuse_at_hq()
        now = iso(self.db.clock.now())
        record = self._stamp_new(record, now)
        row = self.to_row(record)
        with self.db.atomic():
            self._insert_row(row)
            self._after_write(record)
            audit.append(self.db, actor=actor, origin=self.store.origin, action="create",
                         table=self.table, record_id=record.id, after=self._audit_view(row), at=now)
        return record

    def update(self, record: M, *, actor: Actor) -> M:
        """Save an edited record. Its `version` must be the one read, or StaleRecord is raised."""
        actor.require(self.write_action)
        self._refuse_at_hq()
        now = iso(self.db.clock.now())
        with self.db.atomic():
            current = self.db.one(f"SELECT * FROM {self.table} WHERE id = ?", (record.id,))
            if current is None:
                raise NotFound(f"No {self.table[:-1]} with id {record.id}")
            if int(current["version"]) != record.version:
                raise StaleRecord("This record was changed by someone else; reopen it and try again.")
            if "voided_at" in current.keys() and current["voided_at"] is not None:  # noqa: SIM118 (sqlite3.Row)
                raise DomainError("A voided record cannot be edited")
            record = record.model_copy(update={"updated_at": now, "version": record.version + 1,
                                               "origin": current["origin"], "created_at": current["created_at"]})
            row = self.to_row(record)
            before = dict(current)
            changed = {k: v for k, v in row.items() if before.get(k) != v}
            sets = ", ".join(f"{name} = ?" for name in row if name != "id")
            self.db.write(f"UPDATE {self.table} SET {sets} WHERE id = ?",
                          (*(v for k, v in row.items() if k != "id"), record.id))
            self._after_write(record)
            audit.append(self.db, actor=actor, origin=self.store.origin, action="update", table=self.table,
                         record_id=record.id, before=self._audit_view({k: before.get(k) for k in changed}),
                         after=self._audit_view(changed), at=now)
        return record

    def void(self, record_id: str, *, reason: str, actor: Actor) -> M:
        # Voiding is a write to this table too: a medic may void an encounter but not a staff member.
        actor.require(self.write_action)
        actor.require(Action.VOID_RECORD)
        self._refuse_at_hq()
        reason = reason.strip()
        if not reason:
            raise DomainError("A reason is required to void a record", field="void_reason")
        now = iso(self.db.clock.now())
        with self.db.atomic():
            current = self.get(record_id)
            if getattr(current, "voided_at", None):
                raise DomainError("This record is already voided")
            self.db.write(
                f"UPDATE {self.table} SET voided_at = ?, void_reason = ?, version = version + 1, updated_at = ?"
                " WHERE id = ?",
                (now, reason, now, record_id),
            )
            self._after_void(record_id, reason, now)
            audit.append(self.db, actor=actor, origin=self.store.origin, action="void", table=self.table,
                         record_id=record_id, before={"voided_at": None},
                         after={"voided_at": now, "void_reason": reason}, at=now)
        return self.get(record_id)

    def _after_write(self, record: M) -> None:
        """Hook for child rows or search terms written in the same transaction."""

    def _after_void(self, record_id: str, reason: str, now: str) -> None:
        """Hook for child rows voided with their parent."""
