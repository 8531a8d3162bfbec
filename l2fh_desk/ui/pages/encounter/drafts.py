"""The encounter form's draft: what is typed is kept in the database (debounced, every 30 s, before a
lock) and offered back after a crash, a kill or a lock."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QWidget,
)

from l2fh_desk.domain.ids import new_id
from l2fh_desk.store.errors import StorageError
from l2fh_desk.ui.messages import Notice
from l2fh_desk.ui.widgets.draft_banner import changed_at
from l2fh_desk.ui.widgets.icd_picker import CODE_ROLE

DRAFT_FORM = "encounter"
DRAFT_DEBOUNCE_MS = 1000
DRAFT_EVERY_MS = 30_000


class EncounterDrafts:
    """The draft half of EncounterPage (a mixin: it reads the page's widgets)."""

    ctx: Any
    record_id: str
    picker: Any
    kind: Any
    started: Any
    triage: Any
    complaint: Any
    pregnant: Any
    vitals: Any
    diagnoses: Any
    procedures: Any
    procedure_note: Any
    treatment: Any
    disposition: Any
    bed: Any
    ward: Any
    plan: Any
    mode: Any
    priority: Any
    destination: Any
    clinician: Any
    status: Any
    draft_timer: Any
    _loading: bool
    time_edited: bool

    add_diagnosis: Any  # the page's own method (EncounterPage.add_diagnosis), which restore() calls

    def payload(self) -> dict[str, Any]:
        patient = self.picker.patient
        return {
            "patient_id": patient.id if patient else "", "kind": self.kind.currentData(),
            "started_at": self.started.dateTime().toString(Qt.DateFormat.ISODate),
            "triage": self.triage.currentData() or "", "complaint": self.complaint.text(),
            "pregnant": self.pregnant.isChecked(), "vitals": self.vitals.values(),
            "diagnoses": [list(self.diagnoses.item(r).data(CODE_ROLE)) for r in range(self.diagnoses.count())],
            "procedures": [kind.value for kind, check in self.procedures.items() if check.isChecked()],
            "procedure_note": self.procedure_note.text(), "treatment": self.treatment.toPlainText(),
            "disposition": self.disposition.currentData(), "bed": self.bed.text(), "ward": self.ward.stored(),
            "plan": self.plan.text(), "mode": self.mode.currentData(), "priority": self.priority.currentData(),
            "destination": self.destination.text(), "clinician": self.clinician.text(),
            "record_id": self.record_id,
        }

    def is_blank(self) -> bool:
        data = self.payload()
        return not (data["patient_id"] or data["complaint"] or data["diagnoses"] or data["treatment"]
                    or any(data["vitals"].values()))

    def save_draft(self) -> None:
        self.draft_timer.stop()
        if self.is_blank():
            return
        # On a full disk the form on screen is still intact; the save button reports the problem.
        with suppress(StorageError):
            self.ctx.store.drafts.save(DRAFT_FORM, self.ctx.actor.username, self.payload())

    def restore(self, data: dict[str, Any]) -> None:
        self._loading = True
        try:
            patient_id = data.get("patient_id") or None
            try:
                self.picker.set_patient(patient_id)
            except LookupError:
                self.picker.set_patient(None)
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.get("kind"))))
            started = QDateTime.fromString(str(data.get("started_at", "")), Qt.DateFormat.ISODate)
            if started.isValid():
                self.started.setDateTime(started)
                self.time_edited = True  # the draft's own time, not the clock's
            self.triage.setCurrentIndex(max(0, self.triage.findData(data.get("triage", ""))))
            self.complaint.setText(str(data.get("complaint", "")))
            self.pregnant.setChecked(bool(data.get("pregnant")))
            self.vitals.set_values(dict(data.get("vitals", {})))
            self.diagnoses.clear()
            for code, title in data.get("diagnoses", []):
                self.add_diagnosis(code, title)
            chosen = set(data.get("procedures", []))
            for kind, check in self.procedures.items():
                check.setChecked(kind.value in chosen)
            self.procedure_note.setText(str(data.get("procedure_note", "")))
            self.treatment.setPlainText(str(data.get("treatment", "")))
            self.disposition.setCurrentIndex(max(0, self.disposition.findData(data.get("disposition"))))
            self.ward.set_stored(str(data.get("ward", self.ward.stored())))
            for edit, key in ((self.bed, "bed"), (self.plan, "plan"),
                              (self.destination, "destination"), (self.clinician, "clinician")):
                edit.setText(str(data.get(key, edit.text())))
            self.mode.setCurrentIndex(max(0, self.mode.findData(data.get("mode"))))
            self.priority.setCurrentIndex(max(0, self.priority.findData(data.get("priority"))))
            # the id of a save that may have landed: saving the draft again cannot make a second encounter
            self.record_id = str(data.get("record_id") or new_id())
        finally:
            self._loading = False

    def offer_draft(self) -> bool:
        """After a crash, a kill or a lock: offer this account's unsaved form back, naming its patient and time."""
        entry = self.ctx.store.drafts.entry(DRAFT_FORM, self.ctx.actor.username)
        if entry is None:
            return False
        data = entry.payload
        if DraftOffer.ask(self, self._offer_text(data, entry.saved_at)):
            self.restore(data)
            self.status.setText(QCoreApplication.translate("EncounterPage", "Unsaved encounter restored; check it and save."))
            return True
        self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        return False


    def _offer_text(self, data: dict[str, Any], saved_at: datetime) -> str:
        name = ""
        with suppress(LookupError, StorageError):
            if data.get("patient_id"):
                name = self.ctx.store.patients.get(str(data["patient_id"])).name
        if name:
            text = QCoreApplication.translate("EncounterPage", "An encounter for %1, last changed %2, was being typed "
                                              "when L2FH Desk closed or locked. Restore it?").replace("%1", name)
        else:
            text = QCoreApplication.translate("EncounterPage", "An encounter with no patient chosen yet, last changed "
                                              "%2, was being typed when L2FH Desk closed or locked. Restore it?")
        return text.replace("%2", changed_at(saved_at))


class DraftOffer:
    """Asks whether to restore an unsaved encounter (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget, text: str) -> bool:
        return Notice.confirm(parent, QCoreApplication.translate("EncounterPage", "Unsaved encounter"), text)
