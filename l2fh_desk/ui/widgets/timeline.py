"""A patient's record at a glance: details, then encounters, admissions and evacuations, newest first."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.vocab import Disposition, EncounterKind, EvacuationMode, EvacuationPriority, Triage
from l2fh_desk.store.store import Store
from l2fh_desk.ui.labels import vocab_label


def _when(value: datetime | date) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else value.isoformat()


class PatientTimeline(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_timeline")
        self.setOpenLinks(False)
        self.patient: Patient | None = None

    def clear_patient(self) -> None:
        self.patient = None
        hint = self.tr("Open a patient (Enter or double-click) to see the record.")
        self.setHtml(f"<p><i>{escape(hint)}</i></p>")

    def show_patient(self, store: Store, patient: Patient) -> None:
        """Fill from the store (the caller has already opened the record through the audited read)."""
        self.patient = patient
        words = {
            "years": self.tr("years"),
            ", estimated": self.tr(", estimated"),
            "Encounter": self.tr("Encounter"),
            "Admission": self.tr("Admission"),
            "bed": self.tr("bed"),
            "until": self.tr("until"),
            "Evacuation": self.tr("Evacuation"),
            "No encounters yet.": self.tr("No encounters yet."),
            "Timeline": self.tr("Timeline"),
        }
        age = patient.age_on(date.today())
        head = [f"<h2>{escape(patient.name)}</h2>",
                f"<p>{escape(vocab_label(patient.sex))}, {'~' if patient.dob_estimated else ''}{age} "
                f"{escape(words['years'])} ({escape(patient.date_of_birth.isoformat())}"
                f"{escape(words[', estimated']) if patient.dob_estimated else ''}) · "
                f"{escape(vocab_label(patient.category))}"]
        for label, value in ((self.tr("UN index number"), patient.un_index_number), (self.tr("Nationality"), patient.nationality),
                             (self.tr("Unit"), patient.unit), (self.tr("Home"), patient.home_location),
                             (self.tr("Phone"), patient.phone)):
            if value:
                head.append(f"<br>{escape(label)}: {escape(value)}")
        head.append("</p>")
        events: list[tuple[str, str]] = []
        for encounter in store.encounters.for_patient(patient.id):
            primary = encounter.primary_diagnosis
            diagnosis = f"{primary.icd10_code} {primary.text}" if primary else self.tr("no diagnosis")
            triage = f" · {vocab_label(Triage(encounter.triage))}" if encounter.triage else ""
            events.append((encounter.started_at.isoformat(),
                           f"<b>{_when(encounter.started_at)}</b> {escape(words['Encounter'])}: "
                           f"{escape(vocab_label(EncounterKind(encounter.kind)))}{escape(triage)} · "
                           f"{escape(diagnosis)} → {escape(vocab_label(Disposition(encounter.disposition)))}"))
        for admission in store.admissions.find("patient_id = ? AND voided_at IS NULL", (patient.id,)):
            until = (_when(admission.discharged_at) if admission.discharged_at else self.tr("still admitted"))
            events.append((admission.admitted_at.isoformat(),
                           f"<b>{_when(admission.admitted_at)}</b> {escape(words['Admission'])}: "
                           f"{escape(words['bed'])} {escape(admission.bed)} ({escape(admission.ward)}) · "
                           f"{escape(admission.diagnosis)} · {escape(words['until'])} {escape(until)}"))
        for evacuation in store.evacuations.find("patient_id = ? AND voided_at IS NULL", (patient.id,)):
            events.append((evacuation.requested_at.isoformat(),
                           f"<b>{_when(evacuation.requested_at)}</b> {escape(words['Evacuation'])}: "
                           f"{escape(vocab_label(EvacuationMode(evacuation.mode)))}, "
                           f"{escape(vocab_label(EvacuationPriority(evacuation.priority)))} → "
                           f"{escape(evacuation.destination)}"))
        events.sort(reverse=True)
        body = "".join(f"<li>{html}</li>" for _, html in events) or f"<li>{escape(words['No encounters yet.'])}</li>"
        self.setHtml("".join(head) + f"<h3>{escape(words['Timeline'])}</h3><ul>{body}</ul>")
