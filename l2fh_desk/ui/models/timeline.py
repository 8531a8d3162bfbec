"""A patient's timeline as a table: encounters, admissions and evacuations, newest first, one row each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.vocab import Disposition, EncounterKind, EvacuationMode, EvacuationPriority, Triage
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.store.store import Store
from l2fh_desk.ui.free_text import free
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.table import RecordTableModel


class TimelineColumn(IntEnum):
    WHEN = 0
    RECORD = 1
    TRIAGE = 2
    DIAGNOSIS = 3
    OUTCOME = 4


class EntryKind(StrEnum):
    ENCOUNTER = "encounters"  # the values are the store's table names
    ADMISSION = "admissions"
    EVACUATION = "evacuations"


@dataclass(frozen=True)
class TimelineEntry:
    kind: EntryKind
    when: datetime
    record: Encounter | Admission | Evacuation

    @property
    def id(self) -> str:
        return self.record.id


def when_text(value: datetime | date) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


def timeline_entries(store: Store, patient_id: str) -> list[TimelineEntry]:
    """The patient's records that are not void, newest first."""
    entries = [TimelineEntry(EntryKind.ENCOUNTER, e.started_at, e) for e in store.encounters.for_patient(patient_id)]
    entries += [TimelineEntry(EntryKind.ADMISSION, a.admitted_at, a)
                for a in store.admissions.find("patient_id = ? AND voided_at IS NULL", (patient_id,))]
    entries += [TimelineEntry(EntryKind.EVACUATION, v.requested_at, v)
                for v in store.evacuations.find("patient_id = ? AND voided_at IS NULL", (patient_id,))]
    entries.sort(key=lambda entry: entry.when.isoformat(), reverse=True)
    return entries


def describe(entry: TimelineEntry) -> str:
    """One line naming the record, for dialogs ("Encounter 2026-11-20 08:15")."""
    if entry.kind == EntryKind.ENCOUNTER:
        name = QCoreApplication.translate("TimelineModel", "Encounter")
    elif entry.kind == EntryKind.ADMISSION:
        name = QCoreApplication.translate("TimelineModel", "Admission")
    else:
        name = QCoreApplication.translate("TimelineModel", "Evacuation")
    return f"{name} {when_text(entry.when)}"


class TimelineModel(RecordTableModel):
    columns = TimelineColumn

    def headers(self) -> dict[int, str]:
        return {TimelineColumn.WHEN: QCoreApplication.translate("TimelineModel", "Date"),
                TimelineColumn.RECORD: QCoreApplication.translate("TimelineModel", "Record"),
                TimelineColumn.TRIAGE: QCoreApplication.translate("TimelineModel", "Triage / priority"),
                TimelineColumn.DIAGNOSIS: QCoreApplication.translate("TimelineModel", "Diagnosis"),
                TimelineColumn.OUTCOME: QCoreApplication.translate("TimelineModel", "Disposition / outcome")}

    def display(self, row: TimelineEntry, column: int) -> str:
        if column == TimelineColumn.WHEN:
            return when_text(row.when)
        record = row.record
        if isinstance(record, Encounter):
            return self._encounter(record, column)
        if isinstance(record, Admission):
            return self._admission(record, column)
        return self._evacuation(record, column)

    def _encounter(self, record: Encounter, column: int) -> str:
        if column == TimelineColumn.RECORD:
            name = QCoreApplication.translate("TimelineModel", "Encounter")
            return f"{name}: {vocab_label(EncounterKind(record.kind))}"
        if column == TimelineColumn.TRIAGE:
            return vocab_label(Triage(record.triage)) if record.triage else ""
        if column == TimelineColumn.DIAGNOSIS:
            primary = record.primary_diagnosis
            if primary is None:
                return QCoreApplication.translate("TimelineModel", "no diagnosis")
            return f"{primary.icd10_code} {primary.text}"
        return vocab_label(Disposition(record.disposition))

    def _admission(self, record: Admission, column: int) -> str:
        if column == TimelineColumn.RECORD:
            name = QCoreApplication.translate("TimelineModel", "Admission")
            bed = QCoreApplication.translate("TimelineModel", "bed")
            ward = f" ({free(record.ward)})" if record.ward else ""
            return f"{name}: {bed} {record.bed}{ward}"
        if column == TimelineColumn.TRIAGE:
            return ""
        if column == TimelineColumn.DIAGNOSIS:
            return record.diagnosis
        if record.discharged_at is None:
            return QCoreApplication.translate("TimelineModel", "still admitted")
        return QCoreApplication.translate("TimelineModel", "discharged %1").replace(
            "%1", when_text(record.discharged_at))

    def _evacuation(self, record: Evacuation, column: int) -> str:
        if column == TimelineColumn.RECORD:
            name = QCoreApplication.translate("TimelineModel", "Evacuation")
            return f"{name}: {vocab_label(EvacuationMode(record.mode))}"
        if column == TimelineColumn.TRIAGE:
            return vocab_label(EvacuationPriority(record.priority))
        if column == TimelineColumn.DIAGNOSIS:
            return record.reason
        return f"→ {record.destination}"

    def sort_value(self, row: TimelineEntry, column: int) -> Any:
        if column == TimelineColumn.WHEN:
            return row.when.isoformat()
        return self.display(row, column).casefold()
