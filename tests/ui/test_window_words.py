"""What was still English in the Vietnamese and French window: Qt's own buttons, ranks and specialties, units
with their plural forms, the "General" ward made by set-up, and the core's messages beside a field."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_support import PASSWORD, add_patient, hospital_store, session_for
from pages_support import admit
from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QWizard

from l2fh_desk.domain.hospital import StaffMember
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.store.store import Store
from l2fh_desk.ui.dialogs.outreach_form import OutreachDialog
from l2fh_desk.ui.dialogs.patient_form import PatientDialog
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.free_text import person, quantity_text
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.models.rotations import StaffColumn, StaffModel
from l2fh_desk.ui.models.ward import BedBoardModel, BedColumn
from l2fh_desk.ui.widgets.bed_picker import BedPicker, WardField

Buttons = QDialogButtonBox.StandardButton


@pytest.fixture
def language():
    def switch(code: str) -> None:
        assert translations().switch(code)

    yield switch
    translations().switch("en")


def _texts(flags) -> list[str]:
    box = QDialogButtonBox(flags)
    return [box.button(b).text() for b in (Buttons.Save, Buttons.Cancel, Buttons.Close)]


def test_qts_own_buttons_are_translated(qtbot, language):
    flags = Buttons.Save | Buttons.Cancel | Buttons.Close
    assert _texts(flags) == ["Save", "Cancel", "Close"]
    language("vi")  # the PySide6 wheel ships no qtbase_vi: our catalogue carries Qt's button words
    assert _texts(flags) == ["Lưu", "Hủy", "Đóng"]
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == [
        "&Có", "&Không"]
    language("fr")  # qtbase_fr.qm from the wheel
    assert (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_fr.qm").is_file()
    assert _texts(flags) == ["Enregistrer", "Annuler", "Fermer"]


def test_ranks_and_specialties_of_the_roster_and_the_commander(qtbot, tmp_path, language):
    store = hospital_store(tmp_path)
    rotation = store.rotations.latest()
    member = store.staff.create(StaffMember(rotation_id=rotation.id, name="Lê Văn Bình", rank="Senior Lieutenant",
                                            specialty="Surgeon", sex="male"), actor=SYSTEM)
    model = StaffModel()
    model.set_rows([member])
    language("vi")
    assert model.index(0, StaffColumn.RANK).data() == "Thượng úy"
    assert model.index(0, StaffColumn.SPECIALTY).data() == "Phẫu thuật viên"
    assert person("Senior Lieutenant Colonel Nguyễn Văn Hùng") == "Thượng tá Nguyễn Văn Hùng"
    language("fr")
    assert model.index(0, StaffColumn.RANK).data() == "Lieutenant"
    assert model.index(0, StaffColumn.SPECIALTY).data() == "Chirurgien"
    assert person("Colonel Lê Minh Tuấn") == "Colonel Lê Minh Tuấn"
    assert person("Captain Chol") == "Capitaine Chol"
    assert model.index(0, StaffColumn.NAME).data() == "Lê Văn Bình"  # a name is never translated
    store.close()


def test_units_take_the_plural_form_of_the_language(qtbot, language):
    assert quantity_text(1353, "masks") == "1,353 masks"
    language("vi")
    assert quantity_text(1353, "masks") == "1.353 khẩu trang"
    assert quantity_text(2, "sessions") == "2 buổi"
    assert quantity_text(2.5, "ha") == "2,5 ha"
    language("fr")
    group = QLocale("fr").groupSeparator()
    assert quantity_text(1353, "masks") == f"1{group}353 masques"
    assert quantity_text(1, "sessions") == "1 séance"
    assert quantity_text(2, "sessions") == "2 séances"
    assert quantity_text(1, "lessons") == "1 leçon"
    assert quantity_text(40, "consultations") == "40 consultations"
    assert quantity_text(3, "buckets") == "3 buckets"  # a hospital's own unit stays as typed


def test_the_general_ward_reads_in_the_language_and_set_up_names_it_so(qtbot, tmp_path, language):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "boss")
    set_up_ward(store, "General", labels=["B-01", "B-02"], actor=ctx.actor)
    admit(store, add_patient(store), bed="B-01")
    language("vi")
    board = BedBoardModel()
    board.set_board(store.admissions.board())
    assert board.index(0, BedColumn.BED).data() == "Khoa tổng hợp · B-01"
    picker = BedPicker(QLineEdit(), WardField())
    picker.set_choices(store.beds.choices())
    assert [picker.results.item(i).text() for i in range(picker.results.count())] == ["B-02  ·  Khoa tổng hợp"]
    store.close()
    # A hospital set up in French gets its first ward named in French.
    language("fr")
    new = Store(tmp_path / "new.db")
    wizard = FirstRunWizard(new)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    for field, text in (("name", "Hôpital de niveau 2"), ("mission", "MINUSCA"), ("location", "Bangui")):
        getattr(wizard.hospital_page, field).setText(text)
    wizard.next()
    wizard.rotation_page.commander.setText("Colonel Rahman")
    wizard.next()
    account = wizard.account_page
    account.username.setText("rahman")
    account.password.setText(PASSWORD)
    account.confirm.setText(PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.saved
    assert [ward.name for ward in new.wards.active()] == ["Service général"]
    new.close()


def test_the_cores_messages_beside_a_field_are_translated(qtbot, tmp_path, language):
    store = hospital_store(tmp_path)
    add_patient(store)
    _session, ctx = session_for(store, "anh")
    language("vi")
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Chol Majok")
    dialog.sex.setCurrentIndex(dialog.sex.findData("male"))
    dialog.age.setText("30")
    dialog.category.setCurrentIndex(dialog.category.findData("un_military"))
    dialog.index_number.setText("UN#44")
    dialog.save()
    assert dialog.errors.shown()["un_index_number"] == "Số hiệu LHQ chỉ gồm chữ cái, chữ số, '-' và '/'"
    language("fr")
    outreach = OutreachDialog(ctx)
    qtbot.addWidget(outreach)
    outreach.reached_total.setValue(10)
    outreach.reached_female.setValue(3)
    outreach.reached_male.setValue(4)
    assert outreach.errors["reached_total"].text() == (
        "Les femmes et filles (3) plus les hommes et garçons (4) doivent égaler les personnes touchées (10)")
    outreach.reject()
    dialog.reject()
    store.close()


def test_a_core_message_with_values_keeps_them_and_its_own_words_are_translated(language):
    from l2fh_desk.ui.core_messages import translate_message

    language("fr")
    assert translate_message("An encounter on 2026-11-05 does not belong to rotation 4 (2025-11-01 to 2026-10-31)") == (
        "Une consultation du 2026-11-05 n'appartient pas à la rotation 4 (du 2025-11-01 au 2026-10-31)")
    assert translate_message("Bed B-04 (ICU) is taken by Nyabol Gatkuoth; choose a free bed") == (
        "Le lit B-04 (ICU) est occupé par Nyabol Gatkuoth ; choisissez un lit libre")
    assert translate_message("A message of a hospital's own") == "A message of a hospital's own"


def test_counts_and_the_malaria_category_read_in_the_language(qtbot, tmp_path, language):
    from datetime import date

    from l2fh_desk.domain import mds
    from l2fh_desk.domain.outreach import OutreachActivity
    from l2fh_desk.domain.vocab import OutreachKind
    from l2fh_desk.ui.labels import mds_label
    from l2fh_desk.ui.pages.outreach import OutreachPage
    from l2fh_desk.ui.pages.patients import PatientsPage

    store = hospital_store(tmp_path)
    rotation = store.rotations.latest()
    store.outreach.create(OutreachActivity(rotation_id=rotation.id, kind=OutreachKind.HEALTH_EDUCATION,
                                           activity_date=date.today(), place="Rubkona", reached_total=1180,
                                           reached_female=600, reached_male=580), actor=SYSTEM)
    _session, ctx = session_for(store, "boss")
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    patients = PatientsPage(ctx)
    qtbot.addWidget(patients)
    patients.resize(1000, 600)  # a full toolbar row
    patients.show()
    assert page.summary.text() == "Activities: 1 · people reached: 1,180"
    language("fr")
    page.retranslate()  # what a language switch does
    group = QLocale("fr").groupSeparator()
    assert page.summary.text() == f"Activités : 1 · personnes touchées : 1{group}180"
    assert mds_label(mds.map_icd10("B54")) == "Paludisme (confirmé ou suspecté)"
    combo = patients.category
    patients.retranslate()  # built in English, then switched (as the Settings dialog does)
    QApplication.processEvents()
    assert combo.width() >= combo.sizeHint().width() > combo.fontMetrics().horizontalAdvance("Toutes catégories")
    store.close()


def _overview_row(days: int):
    from l2fh_desk.hq.overview import OverviewRow

    return OverviewRow(hospital_id="h", hospital="Viet Nam Level-2 Field Hospital No. 4", mission="UNMISS",
                       location="Bentiu", rotation=5, start_date="2026-11-01", end_date="2027-10-31",
                       commander="Colonel Rahman", last_bundle_at="2026-12-02T08:00:00+00:00",
                       last_bundle_days=days, bundles=1, patients=1, encounters=1, admissions=1,
                       open_admissions=0, outreach=1, staff=1, chain_continues=True)


def test_french_says_one_or_several_instead_of_hedging_with_s(qtbot, language):
    """ "il y a 1 jour" / "il y a 3 jours", never "jour(s)": plurals are Qt's %n forms, in every French string."""
    import json

    from l2fh_desk.ui.models.hq_overview import OverviewColumn, OverviewModel

    catalogues = Path(__file__).resolve().parents[2] / "resources" / "translations" / "fr"
    hedged = [f"{path.name}: {text}" for path in sorted(catalogues.glob("*.json"))
              for strings in json.loads(path.read_text(encoding="utf-8")).values()
              for value in strings.values() for text in ([value] if isinstance(value, str) else value)
              if "(s)" in text]
    assert hedged == []
    model = OverviewModel()
    language("fr")
    model.set_rows([_overview_row(1), _overview_row(3)])
    ages = [model.index(row, OverviewColumn.LAST_BUNDLE).data().split("\n")[1] for row in range(2)]
    assert sorted(ages) == ["il y a 1 jour", "il y a 3 jours"]
    language("vi")
    model.retranslate()
    assert sorted(model.index(row, OverviewColumn.LAST_BUNDLE).data().split("\n")[1] for row in range(2)) == [
        "1 ngày trước", "3 ngày trước"]
