"""Log an outreach activity; the half-typed form is autosaved as a draft and offered back after a crash."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.numbers import example
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.vocab import OutreachKind
from l2fh_desk.services.rotations import NoRotation, current_rotation
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog
from l2fh_desk.ui.dialogs.widgets import DateEdit, EnumCombo
from l2fh_desk.ui.forms import read_number
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.widgets.draft_banner import DraftBanner, changed_at

DRAFT_FORM = "outreach"
AUTOSAVE_MS = 30_000
DEBOUNCE_MS = 400  # a save per pause in typing, not per keystroke
COUNT_FIELDS = ("reached_total", "reached_female", "reached_male", "reached_children")


def _count_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, 10_000_000)
    box.setGroupSeparatorShown(True)
    return box


class OutreachDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Log an outreach activity"))
        self.draft_banner = self._draft_banner()
        self.form.addRow(self.draft_banner)
        self.kind = EnumCombo(OutreachKind, self)
        self.add_field(self.tr("Kind"), self.kind, "kind")
        self.day = DateEdit(date.today(), self)
        self.add_field(self.tr("Date"), self.day, "activity_date")
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Village, school or camp"))
        self.add_field(self.tr("Place"), self.place, "place")
        self.partner = QLineEdit(self)
        self.partner.setPlaceholderText(self.tr("e.g. county health department, NGO"))
        self.add_field(self.tr("Partner"), self.partner, "partner")
        self.staff_names = QLineEdit(self)
        self.staff_names.setPlaceholderText(self.tr("Names, separated by commas"))
        self.add_field(self.tr("Staff taking part"), self.staff_names, "staff_names")
        self.staff_count = QSpinBox(self)
        self.staff_count.setRange(0, 10_000)
        self.add_field(self.tr("Number of staff"), self.staff_count, "staff_count")
        self.reached_total = _count_box(self)
        self.add_field(self.tr("People reached"), self.reached_total, "reached_total")
        self.reached_female = _count_box(self)
        self.add_field(self.tr("of whom women and girls"), self.reached_female, "reached_female")
        self.reached_male = _count_box(self)
        self.add_field(self.tr("of whom men and boys"), self.reached_male, "reached_male")
        self.reached_children = _count_box(self)
        self.add_field(self.tr("of whom children (under 18)"), self.reached_children, "reached_children")
        self.quantity = QLineEdit(self)
        self.quantity.setPlaceholderText(self.tr("e.g. %1 or 0.5").replace("%1", example(translations().language)))
        self.unit = QLineEdit(self)
        self.unit.setPlaceholderText(self.tr("e.g. masks, ha, books"))
        quantity_row = QWidget(self)
        row = QHBoxLayout(quantity_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.quantity, 1)
        row.addWidget(self.unit, 1)
        self.add_field(self.tr("Quantity and unit"), quantity_row, "unit")
        self.errors["quantity"] = self.errors["unit"]
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_field(self.tr("Description"), self.description, "description")
        self.notable = QCheckBox(self.tr("Notable (mention in the handover report)"), self)
        self.form.addRow("", self.notable)
        self.saved_activity: OutreachActivity | None = None

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.save_draft)
        self._autosave = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        self._dirty = False
        for widget in (self.place, self.partner, self.staff_names, self.quantity, self.unit):
            widget.textChanged.connect(self._changed)
        for box in (self.staff_count, self.reached_total, self.reached_female, self.reached_male,
                    self.reached_children):
            box.valueChanged.connect(self._changed)
            box.valueChanged.connect(self._check_counts)
        self.kind.currentIndexChanged.connect(self._changed)
        self.day.dateChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.notable.toggled.connect(self._changed)
        self.finished.connect(self._stop_timers)
        self._offer_draft()
        self.resize(540, self.sizeHint().height())

    # --- drafts ----------------------------------------------------------------------------------
    def _draft_banner(self) -> DraftBanner:
        banner = DraftBanner(self)
        self.draft_label = banner.label
        self.restore_button, self.discard_button = banner.restore_button, banner.discard_button
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_draft)
        return banner

    def _offer_draft(self) -> None:
        entry = self.ctx.store.drafts.entry(DRAFT_FORM, self.ctx.actor.username)
        self._pending_draft = None if entry is None else entry.payload
        if entry is not None:
            place = str(entry.payload.get("place", "")).strip()
            text = (self.tr("An unsaved activity at %1, last changed %2, was kept. Restore it, or start typing to "
                            "replace it.").replace("%1", place) if place else
                    self.tr("An unsaved activity, last changed %2, was kept. Restore it, or start typing to "
                            "replace it."))
            self.draft_label.setText(text.replace("%2", changed_at(entry.saved_at)))
        self.draft_banner.setVisible(self._pending_draft is not None)

    def payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value().value, "activity_date": self.day.value().isoformat(),
            "place": self.place.text(), "partner": self.partner.text(), "staff_names": self.staff_names.text(),
            "staff_count": self.staff_count.value(), "reached_total": self.reached_total.value(),
            "reached_female": self.reached_female.value(), "reached_male": self.reached_male.value(),
            "reached_children": self.reached_children.value(), "quantity": self.quantity.text(),
            "unit": self.unit.text(), "description": self.description.toPlainText(),
            "notable": self.notable.isChecked(),
        }

    def load_payload(self, data: dict[str, Any]) -> None:
        self.kind.set_value(OutreachKind(data.get("kind", OutreachKind.OTHER)))
        if data.get("activity_date"):
            self.day.set_value(date.fromisoformat(data["activity_date"]))
        for name in ("place", "partner", "staff_names", "quantity", "unit"):
            getattr(self, name).setText(str(data.get(name, "")))
        for name in ("staff_count", *COUNT_FIELDS):
            getattr(self, name).setValue(int(data.get(name, 0)))
        self.description.setPlainText(str(data.get("description", "")))
        self.notable.setChecked(bool(data.get("notable", False)))

    def restore_draft(self) -> None:
        draft, self._pending_draft = self._pending_draft, None
        self.draft_banner.setVisible(False)
        if draft is not None:
            self.load_payload(draft)

    def discard_draft(self) -> None:
        self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        self._pending_draft = None
        self.draft_banner.setVisible(False)

    def _changed(self) -> None:
        if self._pending_draft is not None:
            # typing a new activity instead of restoring: the new one is the draft to keep from now on
            self._pending_draft = None
            self.draft_banner.setVisible(False)
        self._dirty = True
        self._debounce.start()

    def reject(self) -> None:
        """Cancel is a choice not to keep this activity, so its draft goes too."""
        self._stop_timers()
        if self._pending_draft is None:
            self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        super().reject()

    def save_draft(self) -> None:
        # an offered draft is not overwritten until the user has restored or discarded it
        if self._dirty and self._pending_draft is None and self.isVisible():
            self.ctx.store.drafts.save(DRAFT_FORM, self.ctx.actor.username, self.payload())
            self._dirty = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        # nothing can be typed into a hidden form, so nothing new to autosave
        self._stop_timers()
        super().hideEvent(event)

    def _stop_timers(self) -> None:
        self._debounce.stop()
        self._autosave.stop()

    # --- validation and save ---------------------------------------------------------------------
    def build(self) -> OutreachActivity:
        day = self.day.value()
        try:
            rotation = current_rotation(self.ctx.store, day)
        except NoRotation as exc:
            raise DomainError(self.tr("Open a rotation before logging activities")) from exc
        names = tuple(name.strip() for name in self.staff_names.text().split(",") if name.strip())
        quantity = read_number(self.quantity.text(), field="quantity")
        return OutreachActivity(
            rotation_id=rotation.id, kind=self.kind.value(), activity_date=day, place=self.place.text(),
            partner=self.partner.text(), staff_names=names, staff_count=max(self.staff_count.value(), len(names)),
            reached_total=self.reached_total.value(), reached_female=self.reached_female.value(),
            reached_male=self.reached_male.value(), reached_children=self.reached_children.value(),
            quantity=quantity, unit=self.unit.text(),
            description=self.description.toPlainText(), notable=self.notable.isChecked())

    def _check_counts(self) -> None:
        """Say at once, beside the field, when the people reached do not add up."""
        for name in COUNT_FIELDS:
            self.errors[name].show_message("")
        self.general_error.show_message("")
        try:
            OutreachActivity.model_validate({"rotation_id": "-", "kind": OutreachKind.OTHER, "activity_date": date.today(),
                                             "place": "-", **{n: getattr(self, n).value() for n in COUNT_FIELDS}})
        except (ValidationError, DomainError) as exc:
            self.show_errors(exc)
            for name, error in self.errors.items():
                if name not in COUNT_FIELDS:
                    error.show_message("")

    def save(self) -> None:
        activity = self.ctx.store.outreach.create(self.build(), actor=self.ctx.actor)
        self.saved_activity = activity
        self._stop_timers()
        self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        self.ctx.signals.changed.emit("outreach_activities")
