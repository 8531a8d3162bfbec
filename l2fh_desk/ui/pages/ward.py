"""The ward: the bed board of open admissions, today's census, and discharge / transfer / evacuate."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import EvacuationId
from l2fh_desk.domain.roles import Action
from l2fh_desk.domain.vocab import EvacuationStatus
from l2fh_desk.services.ward import advance_evacuation, ward_census
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.admission import DischargeDialog, EvacuateDialog, TransferDialog
from l2fh_desk.ui.dialogs.history import HistoryDialog
from l2fh_desk.ui.dialogs.void import VoidDialog
from l2fh_desk.ui.dialogs.ward_setup import WardSetupDialog
from l2fh_desk.ui.messages import Notice
from l2fh_desk.ui.models.evacuations import PendingColumn, PendingEvacuationsModel
from l2fh_desk.ui.models.ward import BedBoardModel, BedColumn
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable


class WardPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.census = QLabel(self)
        self.model = BedBoardModel(self)
        self.table = RecordTable(self.model, self, stretch=(BedColumn.DIAGNOSIS, BedColumn.PLAN), wrap=True)
        self.empty = QLabel(self)
        self.discharge_button = QPushButton(self)
        self.transfer_button = QPushButton(self)
        self.evacuate_button = QPushButton(self)
        self.void_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.setup_button = QPushButton(self, objectName="set_up_wards")
        self.setup_button.clicked.connect(self.set_up_wards)
        self.discharge_button.clicked.connect(self.discharge)
        self.transfer_button.clicked.connect(self.transfer)
        self.evacuate_button.clicked.connect(self.evacuate)
        self.void_button.clicked.connect(self.void)
        self.history_button.clicked.connect(self.history)
        self.table.doubleClicked.connect(lambda _index: self.open_patient())  # shows the patient, changes nothing
        self.pending_title = QLabel(self, objectName="pending_title")
        self.pending_model = PendingEvacuationsModel(self)
        self.pending = RecordTable(self.pending_model, self, stretch=PendingColumn.DESTINATION)
        self.pending.setObjectName("pending_evacuations")
        self.approve_button = QPushButton(self)
        self.depart_button = QPushButton(self)
        self.cancel_evacuation_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.advance(EvacuationStatus.APPROVED))
        self.depart_button.clicked.connect(lambda: self.advance(EvacuationStatus.DEPARTED))
        self.cancel_evacuation_button.clicked.connect(lambda: self.advance(EvacuationStatus.CANCELLED))
        self.pending.selectionModel().selectionChanged.connect(self._update_buttons)
        writer = ctx.can(Action.WRITE_WARD)
        for button in (self.discharge_button, self.transfer_button, self.evacuate_button):
            button.setVisible(writer)
        self.void_button.setVisible(ctx.can(Action.VOID_RECORD))
        self.history_button.setVisible(ctx.can(Action.READ_AUDIT))
        self.setup_button.setVisible(ctx.can(Action.MANAGE_SETTINGS))
        buttons = QHBoxLayout()
        for button in (self.discharge_button, self.transfer_button, self.evacuate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.census)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.pending)
        evacuation_buttons = QHBoxLayout()
        for button in (self.approve_button, self.depart_button, self.cancel_evacuation_button):
            button.setVisible(writer)
            evacuation_buttons.addWidget(button)
        evacuation_buttons.addStretch(1)
        layout.addLayout(evacuation_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Ward")

    def retranslate(self) -> None:
        self.discharge_button.setText(self.tr("&Discharge…"))
        self.transfer_button.setText(self.tr("&Move bed…"))
        self.evacuate_button.setText(self.tr("&Evacuate…"))
        self.void_button.setText(self.tr("Void admission…"))
        self.history_button.setText(self.tr("History…"))
        self.setup_button.setText(self.tr("&Wards and beds…"))
        self.empty.setText(self.tr("No patients on the ward."))
        self.approve_button.setText(self.tr("A&pprove"))
        self.depart_button.setText(self.tr("Record de&parture"))
        self.cancel_evacuation_button.setText(self.tr("Cancel evacuation"))
        self.pending_model.retranslate()
        self._show_pending_title()
        self.model.retranslate()
        self._show_census()

    def refresh(self) -> None:
        now = datetime.now(UTC)
        self.model.set_board(self.ctx.store.admissions.board(), now=now)
        self._census = ward_census(self.ctx.store, now)
        self._show_census()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.pending_model.set_pending(self.ctx.store.evacuations.pending(), now=now)
        self._show_pending_title()
        self._update_buttons()

    def _show_census(self) -> None:
        census = getattr(self, "_census", None)
        if census is None:
            return
        text = self.tr("Beds occupied: %1 of %2 · admitted today: %3 · discharged today: %4")
        for i, value in enumerate((census.occupied, census.capacity, census.admitted_today,
                                   census.discharged_today), start=1):
            text = text.replace(f"%{i}", str(value))
        self.census.setText(text)

    def _show_pending_title(self) -> None:
        count = self.pending_model.rowCount()
        self.pending_title.setText(self.tr("<b>Pending evacuations: %1</b> (the patient keeps the bed until departure)")
                                   .replace("%1", str(count)))

    def _update_buttons(self) -> None:
        chosen = self.pending.selected()
        self.approve_button.setEnabled(chosen is not None and chosen.status == EvacuationStatus.REQUESTED.value)
        for button in (self.depart_button, self.cancel_evacuation_button):
            button.setEnabled(chosen is not None)
        has = self.table.selected() is not None
        for button in (self.discharge_button, self.transfer_button, self.evacuate_button, self.void_button,
                       self.history_button):
            button.setEnabled(has)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)  # other pages hear of it through ctx.signals.changed
        dialog.open()
        return dialog

    def open_patient(self) -> None:
        bed = self.table.selected()
        if bed is not None:
            self.ctx.signals.navigate.emit("encounter", bed.patient_id)

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> bool:
        """Replaced in tests; a real question otherwise."""
        return Notice.confirm(parent, title, text)

    def advance(self, status: EvacuationStatus) -> bool:
        """Approve, record the departure (the bed is freed) or cancel the chosen pending evacuation, now."""
        chosen = self.pending.selected()
        if chosen is None:
            return False
        if status != EvacuationStatus.APPROVED:
            question = (self.tr("%1 has departed for %2? The bed %3 is freed.") if status == EvacuationStatus.DEPARTED
                        else self.tr("Cancel the evacuation of %1 to %2? The patient stays in bed %3."))
            text = question.replace("%1", chosen.patient_name).replace("%2", chosen.destination).replace("%3", chosen.bed)
            if not self.ask(self, self.tr("Evacuation"), text):
                return False
        try:
            advance_evacuation(self.ctx.store, EvacuationId(chosen.evacuation_id), status, at=datetime.now(UTC),
                               actor=self.ctx.actor)
        except DomainError as exc:
            Notice.error(self, self.tr("Evacuation"), str(exc))
            return False
        self.ctx.signals.changed.emit("evacuations")
        self.ctx.signals.changed.emit("admissions")
        self.refresh()
        return True

    def discharge(self) -> QDialog | None:
        bed = self.table.selected()
        if bed is None or not self.ctx.can(Action.WRITE_WARD):
            return None
        return self._open(DischargeDialog(self.ctx, bed, self))

    def set_up_wards(self) -> WardSetupDialog:
        dialog = WardSetupDialog(self.ctx, self)
        self._open(dialog)
        return dialog

    def transfer(self) -> QDialog | None:
        bed = self.table.selected()
        return None if bed is None else self._open(TransferDialog(self.ctx, bed, self))

    def evacuate(self) -> QDialog | None:
        bed = self.table.selected()
        return None if bed is None else self._open(EvacuateDialog(self.ctx, bed, self))

    def void(self) -> QDialog | None:
        bed = self.table.selected()
        if bed is None:
            return None
        what = self.tr("the admission of %1 (bed %2)").replace("%1", bed.patient_name).replace("%2", bed.bed)
        return self._open(VoidDialog(self.ctx, kind="admissions", record_id=bed.admission_id,
                                     what=what, parent=self))

    def history(self) -> QDialog | None:
        bed = self.table.selected()
        if bed is None:
            return None
        what = self.tr("admission of %1").replace("%1", bed.patient_name)
        return self._open(HistoryDialog(self.ctx, record_id=bed.admission_id, what=what, parent=self))
