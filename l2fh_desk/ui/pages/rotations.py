"""Rotations and their staff rosters (commanders): open the next rotation, keep the roster, women's share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.roles import Action
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.history import HistoryDialog
from l2fh_desk.ui.dialogs.rotation_form import OpenRotationDialog
from l2fh_desk.ui.dialogs.staff_form import StaffDialog
from l2fh_desk.ui.dialogs.void import VoidDialog
from l2fh_desk.ui.models.rotations import RotationColumn, RotationsModel, StaffColumn, StaffModel
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable
from l2fh_desk.ui.pages.share_bar import ShareBar

SIDE_BY_SIDE = 900  # px of page: narrower, the rotations go above the roster


class RotationsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.rotations_model = RotationsModel(self)
        self.rotations = RecordTable(self.rotations_model, self, stretch=RotationColumn.COMMANDER, wrap=True)
        self.rotations.sortByColumn(RotationColumn.NUMBER, Qt.SortOrder.DescendingOrder)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_next)
        self.open_button.setVisible(ctx.can(Action.MANAGE_ROTATIONS))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.rotations, 1)
        left_box.addWidget(self.open_button)
        left_box.addWidget(self.message)

        self.roster_box = QGroupBox(self)
        self.share_text = QLabel(self)
        self.share_text.setWordWrap(True)
        self.share_bar = ShareBar(self)
        self.staff_model = StaffModel(self)
        self.staff = RecordTable(self.staff_model, self, stretch=(StaffColumn.RANK, StaffColumn.SPECIALTY, StaffColumn.POSITION),
                                 wrap=True)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.void_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_staff)
        self.edit_button.clicked.connect(self.edit_staff)
        self.void_button.clicked.connect(self.void_staff)
        self.history_button.clicked.connect(self.staff_history)
        self.staff.doubleClicked.connect(lambda _index: self.edit_staff())
        manage = ctx.can(Action.MANAGE_STAFF)
        for button in (self.add_button, self.edit_button):
            button.setVisible(manage)
        self.void_button.setVisible(manage and ctx.can(Action.VOID_RECORD))
        self.history_button.setVisible(ctx.can(Action.READ_AUDIT))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.void_button)
        roster = QVBoxLayout(self.roster_box)
        roster.addWidget(self.share_text)
        roster.addWidget(self.share_bar)
        roster.addWidget(self.staff, 1)
        roster.addLayout(buttons)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.roster_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 640])  # the commander's column has room for its header; names wrap
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.rotations.selectionModel().selectionChanged.connect(self._show_roster)
        self.staff.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Side by side when there is room; on a small laptop's window the rotations above their roster (side by
        side, neither table has room for its headers in French or Vietnamese)."""
        super().resizeEvent(event)
        wanted = Qt.Orientation.Horizontal if self.width() >= SIDE_BY_SIDE else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.setSizes([560, 640] if wanted == Qt.Orientation.Horizontal else [160, 440])

    def title(self) -> str:
        return self.tr("Rotations and staff")

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open the &next rotation…"))
        self.add_button.setText(self.tr("&Add staff…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.void_button.setText(self.tr("Void…"))
        self.history_button.setText(self.tr("History…"))
        self.rotations_model.retranslate()
        self.staff_model.retranslate()
        self._show_roster()

    def refresh(self) -> None:
        chosen = self.selected_rotation()
        rotations = self.ctx.store.rotations.all()
        counts = {r.id: self.ctx.store.staff.count("rotation_id = ? AND voided_at IS NULL", (r.id,)) for r in rotations}
        self.rotations_model.set_rotations(rotations, counts)
        wanted = chosen.id if chosen else (rotations[-1].id if rotations else None)
        if wanted is not None:
            self.rotations.select_where(lambda r: r.id == wanted)
        self._show_roster()

    def selected_rotation(self) -> Rotation | None:
        rotation: Rotation | None = self.rotations.selected()
        return rotation

    def _show_roster(self) -> None:
        rotation = self.selected_rotation()
        self.add_button.setEnabled(rotation is not None)
        if rotation is None:
            self.staff_model.set_rows([])
            self.roster_box.setTitle(self.tr("Staff roster"))
            self.share_text.setText("")
            self.share_bar.set_values(0, 0)
            self._update_buttons()
            return
        self.roster_box.setTitle(self.tr("Staff roster of rotation %1").replace("%1", str(rotation.number)))
        self.staff_model.set_rows(self.ctx.store.staff.roster(rotation.id))
        share = self.ctx.store.staff.women_share(rotation.id, target=self.ctx.store.app_settings.get("un_gender_target"))
        verdict = self.tr("meets the UN target") if share.meets_target else self.tr("below the UN target")
        text = self.tr("Women: %1 of %2 staff (%3) — UN target %4: %5")
        for i, value in enumerate((str(share.women), str(share.total), f"{share.share:.1%}", f"{share.target:.0%}",
                                   verdict), start=1):
            text = text.replace(f"%{i}", value)
        self.share_text.setText(text)
        self.share_bar.set_values(share.share, share.target)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.staff.selected() is not None
        for button in (self.edit_button, self.void_button, self.history_button):
            button.setEnabled(has)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)  # other pages hear of it through ctx.signals.changed
        dialog.open()
        return dialog

    def open_next(self) -> OpenRotationDialog:
        dialog = OpenRotationDialog(self.ctx, self)
        self._open(dialog)  # its refresh runs first, so the new rotation is in the list to select
        dialog.accepted.connect(lambda: self._opened(dialog))
        return dialog

    def _opened(self, dialog: OpenRotationDialog) -> None:
        if dialog.opened is None:
            return
        self.rotations.select_where(lambda r: r.id == dialog.opened.id)  # type: ignore[union-attr]
        self.message.setText(self.tr("Rotation %1 is open; %n open admission(s) carried over.", "", dialog.carried or 0)
                             .replace("%1", str(dialog.opened.number)))

    def add_staff(self) -> QDialog | None:
        rotation = self.selected_rotation()
        if rotation is None:
            return None
        return self._open(StaffDialog(self.ctx, rotation_id=rotation.id, parent=self))

    def edit_staff(self) -> QDialog | None:
        member = self.staff.selected()
        if member is None or not self.ctx.can(Action.MANAGE_STAFF):
            return None
        return self._open(StaffDialog(self.ctx, rotation_id=member.rotation_id, member=member, parent=self))

    def void_staff(self) -> QDialog | None:
        member = self.staff.selected()
        if member is None:
            return None
        return self._open(VoidDialog(self.ctx, kind="staff", record_id=member.id, what=member.name,
                                     parent=self))

    def staff_history(self) -> QDialog | None:
        member = self.staff.selected()
        if member is None:
            return None
        return self._open(HistoryDialog(self.ctx, record_id=member.id, what=member.name, parent=self))
