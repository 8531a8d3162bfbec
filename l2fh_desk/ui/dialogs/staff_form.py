"""Add a staff member to a rotation's roster, or correct one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import StaffMember
from l2fh_desk.domain.vocab import Sex
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog
from l2fh_desk.ui.dialogs.widgets import EnumCombo


class StaffDialog(FormDialog):
    def __init__(self, ctx: AppContext, *, rotation_id: str, member: StaffMember | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rotation_id = rotation_id
        self.member = member
        self.setWindowTitle(self.tr("Edit staff member") if member else self.tr("Add staff member"))
        self.name = QLineEdit(self)
        self.add_field(self.tr("Name"), self.name, "name")
        self.rank = QLineEdit(self)
        self.rank.setPlaceholderText(self.tr("e.g. Captain"))
        self.add_field(self.tr("Rank"), self.rank, "rank")
        self.sex = EnumCombo(Sex, self, allow_none=self.tr("— choose —"))
        self.add_field(self.tr("Sex"), self.sex, "sex")
        self.specialty = QLineEdit(self)
        self.specialty.setPlaceholderText(self.tr("e.g. anaesthetist, nurse"))
        self.add_field(self.tr("Specialty"), self.specialty, "specialty")
        self.position = QLineEdit(self)
        self.add_field(self.tr("Position"), self.position, "position")
        if member is not None:
            self.name.setText(member.name)
            self.rank.setText(member.rank)
            self.sex.set_value(member.sex)
            self.specialty.setText(member.specialty)
            self.position.setText(member.position)
        self.saved: StaffMember | None = None
        self.resize(420, 0)

    def save(self) -> None:
        if self.sex.value() is None:
            raise DomainError(self.tr("Choose female or male (the roster reports women's share)"), field="sex")
        data = {"rotation_id": self.rotation_id, "name": self.name.text(), "rank": self.rank.text(),
                "sex": self.sex.value(), "specialty": self.specialty.text(), "position": self.position.text()}
        if self.member is None:
            self.saved = self.ctx.store.staff.create(StaffMember.model_validate(data), actor=self.ctx.actor)
        else:
            edited = StaffMember.model_validate({**self.member.model_dump(), **data})
            self.saved = self.ctx.store.staff.update(edited, actor=self.ctx.actor)
        self.ctx.signals.changed.emit("staff")
