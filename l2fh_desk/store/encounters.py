"""Encounters with their diagnoses (checked against their patient, saved with an admission or evacuation and
voided with them by services/encounters.py and services/voids.py)."""

from __future__ import annotations

import json
from typing import Any

from l2fh_desk.domain.encounter import Encounter, Vitals
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.records import STORED
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit, rotation_dates
from l2fh_desk.store.base import Repository
from l2fh_desk.store.driver import sqlite3

VITAL_COLUMNS = tuple(Vitals.model_fields)
DIAGNOSIS_COLUMNS = ("id", "origin", "created_at", "updated_at", "version", "encounter_id", "position",
                     "icd10_code", "text", "mds_event", "is_primary")


class Encounters(Repository[Encounter]):
    table = "encounters"
    model = Encounter
    write_action = Action.WRITE_ENCOUNTER
    json_columns = ("procedures", "protection")
    skip_fields = ("vitals", "diagnoses")

    def to_row(self, record: Encounter) -> dict[str, Any]:
        row = super().to_row(record)
        for name in VITAL_COLUMNS:
            row[name] = getattr(record.vitals, name)
        return row

    def from_row(self, row: sqlite3.Row) -> Encounter:
        data = dict(row)
        data["vitals"] = {name: data.pop(name) for name in VITAL_COLUMNS}
        for name in self.json_columns:
            data[name] = json.loads(data[name])
        data["diagnoses"] = [
            dict(d) for d in self.db.query(
                "SELECT * FROM diagnoses WHERE encounter_id = ? AND voided_at IS NULL ORDER BY position", (data["id"],)
            )
        ]
        return Encounter.model_validate(data, context=STORED)

    def diagnosis_rows(self, record: Encounter) -> list[tuple[Any, ...]]:
        rows = []
        for position, diagnosis in enumerate(record.diagnoses):
            rows.append((diagnosis.id, record.origin, record.updated_at, record.updated_at, 1, record.id, position,
                         diagnosis.icd10_code, diagnosis.text, diagnosis.mds_event, int(diagnosis.is_primary)))
        return rows

    def _after_write(self, record: Encounter) -> None:
        """Diagnoses follow their encounter: new ones inserted, changed ones versioned, dropped ones voided."""
        existing = {row["id"]: row for row in self.db.query(
            "SELECT * FROM diagnoses WHERE encounter_id = ? AND voided_at IS NULL", (record.id,))}
        keep = set()
        for row in self.diagnosis_rows(record):
            diagnosis_id = row[0]
            keep.add(diagnosis_id)
            old = existing.get(diagnosis_id)
            if old is None:
                self.db.write(f"INSERT INTO diagnoses ({', '.join(DIAGNOSIS_COLUMNS)}) VALUES "
                              f"({', '.join('?' for _ in DIAGNOSIS_COLUMNS)})", row)
            elif (old["position"], old["icd10_code"], old["text"], old["mds_event"], old["is_primary"]) != row[6:]:
                self.db.write("UPDATE diagnoses SET position = ?, icd10_code = ?, text = ?, mds_event = ?,"
                              " is_primary = ?, version = version + 1, updated_at = ? WHERE id = ?",
                              (*row[6:], record.updated_at, diagnosis_id))
        for diagnosis_id in set(existing) - keep:
            self.db.write("UPDATE diagnoses SET voided_at = ?, void_reason = ?, version = version + 1, updated_at = ?"
                          " WHERE id = ?", (record.updated_at, "removed from encounter", record.updated_at, diagnosis_id))

    def _after_void(self, record_id: str, reason: str, now: str) -> None:
        self.db.write("UPDATE diagnoses SET voided_at = ?, void_reason = ?, version = version + 1, updated_at = ?"
                      " WHERE encounter_id = ? AND voided_at IS NULL", (now, reason, now, record_id))

    def to_audit(self, record: Encounter) -> dict[str, Any]:
        row = self.to_row(record)
        row["diagnoses"] = [d.model_dump(mode="json", include={"id", "icd10_code", "text", "mds_event", "is_primary"})
                            for d in record.diagnoses]
        return row

    def _check_rotation(self, record: Encounter) -> None:
        """The rotation of an encounter follows from its (UTC) date: a record filed under another rotation
        would count in the wrong handover report."""
        rotation_dates.refuse_outside(self.db, rotation_dates.ENCOUNTER, record_id=record.id,
                                      rotation_id=record.rotation_id, moment=record.started_at)

    def create(self, record: Encounter, *, actor: Actor) -> Encounter:
        actor.require(self.write_action)
        self._check_rotation(record)
        now = iso(self.db.clock.now())
        record = self._stamp_new(record, now)
        with self.db.atomic():
            self._insert_row(self.to_row(record))
            self._after_write(record)
            audit.append(self.db, actor=actor, origin=self.store.origin, action="create", table=self.table,
                         record_id=record.id, after=self.to_audit(record), at=now)
        return record

    def update(self, record: Encounter, *, actor: Actor) -> Encounter:
        self._check_rotation(record)
        return super().update(record, actor=actor)

    def for_patient(self, patient_id: str) -> list[Encounter]:
        return self.find("patient_id = ? AND voided_at IS NULL", (patient_id,), order="started_at DESC")

    def for_rotation(self, rotation_id: str, *, limit: int | None = None) -> list[Encounter]:
        return self.find("rotation_id = ? AND voided_at IS NULL", (rotation_id,), order="started_at DESC", limit=limit)

    def diagnosis_usage(self) -> dict[str, int]:
        """How many times each ICD-10 code was diagnosed here (voided ones left out): the picker's order."""
        # Voiding an encounter voids its diagnoses, so the diagnoses table alone answers.
        rows = self.db.query("SELECT icd10_code, count(*) FROM diagnoses WHERE voided_at IS NULL GROUP BY icd10_code")
        return {str(row[0]): int(row[1]) for row in rows}
