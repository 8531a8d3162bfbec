"""First run: hospital or HQ (see first_run_hq); for a hospital, the hospital, its current rotation and the first
commander account, saved in one transaction."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError, KnownError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.roles import Role
from l2fh_desk.domain.vocab import ContingentType
from l2fh_desk.security.passwords import password_problem
from l2fh_desk.services.setup import SETUP_ACTOR, set_up_hospital
from l2fh_desk.store.store import Store
from l2fh_desk.ui.forms import FieldErrors, account_fields
from l2fh_desk.ui.labels import vocab_label


def qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HospitalPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.name = QLineEdit(objectName="hospital_name")
        self.mission = QLineEdit(objectName="mission")
        self.location = QLineEdit(objectName="location")
        self.country = QLineEdit(objectName="country")
        self.contingent = QComboBox(objectName="contingent_type")
        for kind in ContingentType:
            self.contingent.addItem(vocab_label(kind), kind.value)
        self.labels = [QLabel() for _ in range(5)]
        for label, field, widget in zip(self.labels, ("name", "mission", "location", "country", "contingent_type"),
                                        (self.name, self.mission, self.location, self.country, self.contingent),
                                        strict=True):
            label.setBuddy(widget)
            form.addRow(label, self.errors.wrap(field, widget))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The hospital"))
        self.setSubTitle(self.tr("This installation of L2FH Desk belongs to one Level-2 Field Hospital."))
        for label, text in zip(self.labels, (self.tr("Hospital &name"), self.tr("&Mission (e.g. UNMISS)"),
                                             self.tr("&Location (e.g. Bentiu)"), self.tr("Troop-contributing &country"),
                                             self.tr("Contingent &type")), strict=True):
            label.setText(text)

    def hospital(self) -> Hospital:
        return Hospital(name=self.name.text(), mission=self.mission.text(), location=self.location.text(),
                        country=self.country.text(), contingent_type=ContingentType(self.contingent.currentData()))

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        try:
            self.hospital()
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class RotationPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.number = QSpinBox(objectName="rotation_number", minimum=1, maximum=999)
        today = QDate.currentDate()
        self.start = QDateEdit(today, objectName="start_date", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = QDateEdit(today.addYears(1).addDays(-1), objectName="end_date", calendarPopup=True,
                             displayFormat="yyyy-MM-dd")
        self.commander = QLineEdit(objectName="commander_name")
        self.labels = [QLabel() for _ in range(4)]
        for label, field, widget in zip(self.labels, ("number", "start_date", "end_date", "commander_name"),
                                        (self.number, self.start, self.end, self.commander), strict=True):
            label.setBuddy(widget)
            form.addRow(label, self.errors.wrap(field, widget))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The current rotation"))
        self.setSubTitle(self.tr("Records belong to the rotation during which they were made."))
        for label, text in zip(self.labels, (self.tr("Rotation &number"), self.tr("&Starts on"),
                                             self.tr("&Ends on"), self.tr("&Commander")), strict=True):
            label.setText(text)

    def rotation(self, hospital_id: str) -> Rotation:
        return Rotation(hospital_id=hospital_id, number=self.number.value(), start_date=qdate(self.start.date()),
                        end_date=qdate(self.end.date()), commander_name=self.commander.text())

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.rotation("check")
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        self.errors.clear()
        return True


class AccountPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.errors = FieldErrors()
        form = QFormLayout(self)
        account_fields(self, form, self.errors)
        self.setCommitPage(True)  # saved (and encrypted) here: there is no going back to change it
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first commander account"))
        self.setSubTitle(self.tr("The commander manages accounts, rotations, reports and exports."))
        for label, text in zip(self.labels, (self.tr("&Username"), self.tr("Full name and &rank"),
                                             self.tr("&Password (at least 8 characters)"),
                                             self.tr("&Repeat the password")), strict=True):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802
        self.errors.clear()
        try:
            UserAccount(username=self.username.text(), display_name=self.display_name.text(),
                        role=Role.COMMANDER, password_hash="-")
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        problem = password_problem(self.password.text())
        if problem:
            self.errors.set("password", self.tr("The password must have at least 8 characters."))
            return False
        if self.password.text() != self.confirm.text():
            self.errors.set("confirm", self.tr("The two passwords differ."))
            return False
        wizard = self.wizard()
        return wizard.save() if isinstance(wizard, FirstRunWizard) else True


class RecoveryPage(QWizardPage):
    """The recovery key of the new (encrypted) database, shown once: Finish waits for "I have written it down"."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.key = QLabel(objectName="recovery_key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("font-family: monospace; font-size: 18pt; padding: 12px;")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(objectName="recovery_written")
        self.written.toggled.connect(self.completeChanged)
        for widget in (self.explain, self.key, self.written):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("The database is encrypted. This key is shown only now."))
        self.explain.setText(self.tr(
            "Write this key down or print it, and keep it in the safe. When every password is forgotten it opens"
            " the database (l2fh-desk recover). Anyone who holds it can read every record."))
        self.written.setText(self.tr("I have written it down"))

    def show_key(self, recovery: str) -> None:
        self.key.setText(recovery.replace("-", " - ") if recovery else "")
        self.written.setChecked(not recovery)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.written.isChecked()


PAGE_KIND, PAGE_HOSPITAL, PAGE_ROTATION, PAGE_ACCOUNT, PAGE_DEPARTMENT, PAGE_HQ_ACCOUNT, PAGE_HQ_KEY, PAGE_RECOVERY = \
    range(8)
_NEXT = {PAGE_HOSPITAL: PAGE_ROTATION, PAGE_ROTATION: PAGE_ACCOUNT, PAGE_ACCOUNT: PAGE_RECOVERY, PAGE_RECOVERY: -1,
         PAGE_DEPARTMENT: PAGE_HQ_ACCOUNT, PAGE_HQ_ACCOUNT: PAGE_HQ_KEY, PAGE_HQ_KEY: -1}


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None, *, hq_only: bool = False) -> None:
        from l2fh_desk.ui.first_run_hq import DepartmentPage, HqAccountPage, HqKeyPage, KindPage

        super().__init__(parent)
        self.store = store
        self.saved = False
        self.kind_page = KindPage()
        self.hospital_page = HospitalPage()
        self.rotation_page = RotationPage()
        self.account_page = AccountPage()
        self.department_page = DepartmentPage(store)
        self.hq_account_page = HqAccountPage()
        self.hq_key_page = HqKeyPage(store)
        self.recovery_page = RecoveryPage()
        for page_id, page in enumerate((self.kind_page, self.hospital_page, self.rotation_page, self.account_page,
                                        self.department_page, self.hq_account_page, self.hq_key_page,
                                        self.recovery_page)):
            self.setPage(page_id, page)
        if hq_only:  # an HQ database without an HQ administrator (made by `keys --hq-init`)
            self.setStartId(PAGE_DEPARTMENT)
        self.setWindowTitle(self.tr("L2FH Desk: first run"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Save"))  # Qt's own word is "Commit"
        self.resize(680, 480)

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        current = self.currentId()
        if current == PAGE_KIND:
            return PAGE_DEPARTMENT if self.kind_page.wants_hq() else PAGE_HOSPITAL
        return _NEXT.get(current, -1)

    def save_hq(self) -> bool:
        """Department, first HQ administrator and HQ's key pair (see hq.workspace.set_up_hq)."""
        from l2fh_desk.exchange.keys import KeyProblem
        from l2fh_desk.hq.workspace import set_up_hq

        page = self.hq_account_page
        try:
            set_up_hq(self.store, department_name=self.department_page.name.text(), username=page.username.text(),
                      display_name=page.display_name.text(), password=page.password.text(), actor=SETUP_ACTOR)
        except (ValidationError, DomainError) as exc:
            page.errors.show(exc)
            return False
        except (KeyProblem, OSError) as exc:
            page.errors.set("username", str(exc))
            return False
        self.saved = True
        return True

    def save(self) -> bool:
        """Hospital, rotation and account together, or nothing."""
        page = self.account_page
        try:
            hospital = self.hospital_page.hospital()
            _created, recovery = set_up_hospital(
                self.store, hospital=hospital, rotation=self.rotation_page.rotation(hospital.id),
                username=page.username.text(), display_name=page.display_name.text(),
                password=page.password.text(), first_ward=self.tr("General"))
        except (ValidationError, DomainError) as exc:
            self.account_page.errors.show(exc)
            return False
        except (KnownError, OSError) as exc:  # saved, but the encryption failed: said, the file stays plain
            self.account_page.errors.set("username", str(exc))
            self.saved = True
            return False
        self.recovery_page.show_key(recovery)
        self.saved = True
        return True

    @classmethod
    def ask(cls, store: Store, parent: QWidget | None = None, *, hq_only: bool = False) -> bool:
        """Run the wizard; True once the hospital (or the HQ) is saved."""
        wizard = cls(store, parent, hq_only=hq_only)
        wizard.exec()
        return wizard.saved
