"""The HQ workspace as a new user meets it: HQ first run, HQ pages only, import with the fingerprint confirmed,
refusals in plain words, the overview and the review of duplicates."""

from __future__ import annotations

import pytest
from core_support import PASSWORD, hospital_store, session_for
from PySide6.QtWidgets import QWizard

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.hq.demo import hospital_bundles
from l2fh_desk.hq.workspace import Workspace, hq_key, workspace
from l2fh_desk.security.accounts import create_account
from l2fh_desk.store.store import Store
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.models.hq_overview import OverviewColumn
from l2fh_desk.ui.pages.hq import ConfirmSigner, HqPage
from l2fh_desk.ui.pages.hq_overview import HqOverviewPage
from l2fh_desk.ui.pages.hq_review import ReviewPage


def make_hq(qtbot, tmp_path) -> Store:
    store = Store(tmp_path / "hq.db")
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.kind_page.hq.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.department_page
    wizard.next()
    assert wizard.department_page.errors.shown() == {"department": "Give the department's name."}
    qtbot.keyClicks(wizard.department_page.name, "Department of Peacekeeping Operations")
    wizard.next()
    page = wizard.hq_account_page
    qtbot.keyClicks(page.username, "hqadmin")
    page.display_name.setText("Col. Trần")  # keyClicks types ASCII only
    page.password.setText(PASSWORD)
    page.confirm.setText(PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.hq_key_page
    key = hq_key(store)
    assert key is not None
    assert wizard.hq_key_page.fingerprint.text().split() == key.fingerprint.split()
    out = wizard.hq_key_page.export_to(tmp_path / "for-hospitals.pub")
    assert out is not None and out.read_text().startswith("l2fh-hq-x25519 ")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved
    return store


def test_hq_first_run_makes_an_hq_with_its_key_and_administrator(qtbot, tmp_path):
    store = make_hq(qtbot, tmp_path)
    assert workspace(store) is Workspace.HQ
    assert store.users.by_username("hqadmin").role == Role.HQ_ADMIN
    assert store.hospitals.this() is None
    session, ctx = session_for(store, "hqadmin")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Hospitals and rotations", "Trusted keys", "Accounts"]  # the administrator's pages
    assert "HQ workspace: Department of Peacekeeping Operations" in window.status_user.text()
    window.close()
    create_account(store, username="lan", display_name="Analyst Lan", role=Role.HQ_ANALYST, password=PASSWORD,
                   actor=ctx.actor)
    session, ctx = session_for(store, "lan")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    modules = {type(p).__module__.rsplit(".", 1)[-1] for p in window.pages}
    assert {"hq_overview", "hq", "hq_log", "hq_review", "reports"} <= modules
    assert not modules & {"encounter", "patients", "ward", "outreach", "dashboard", "exchange", "rotations"}
    window.close()
    store.close()


def test_hospital_database_shows_no_hq_page_and_cannot_take_hq_roles(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    session, ctx = session_for(store, "boss")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    assert not {type(p).__module__.rsplit(".", 1)[-1] for p in window.pages} & {"hq", "hq_overview", "hq_review"}
    window.close()
    with pytest.raises(DomainError, match="Choose medic or commander"):
        create_account(store, username="x", display_name="", role=Role.HQ_ANALYST, password=PASSWORD, actor=SYSTEM)
    store.close()


def test_hq_database_cannot_record_an_encounter(qtbot, tmp_path):
    from datetime import date

    from l2fh_desk.domain.patient import Patient
    from l2fh_desk.domain.vocab import PatientCategory, Sex

    store = make_hq(qtbot, tmp_path)
    with pytest.raises(DomainError, match="This is an HQ database: patients, encounters"):
        store.patients.create(Patient(name="A", sex=Sex.MALE, date_of_birth=date(1990, 1, 1),
                                      category=PatientCategory.UN_MILITARY), actor=SYSTEM)
    store.close()


def test_import_confirms_each_fingerprint_and_refuses_in_plain_words(qtbot, tmp_path, monkeypatch):
    store = make_hq(qtbot, tmp_path)
    key = hq_key(store)
    from l2fh_desk.exchange.keys import parse_hq_public

    folder = tmp_path / "usb"
    folder.mkdir()
    bundles = hospital_bundles(folder, hq_public=parse_hq_public(key.public_text), hospitals=3, encounters=120,
                               outreach=6)
    create_account(store, username="lan", display_name="Analyst Lan", role=Role.HQ_ANALYST, password=PASSWORD,
                   actor=SYSTEM)
    _session, ctx = session_for(store, "lan")
    page = HqPage(ctx)
    qtbot.addWidget(page)
    asked: list[tuple[str, str]] = []

    def answer(yes: bool):
        def ask(cls, signer, files, parent=None):
            asked.append((signer.hospital_name, signer.fingerprint))
            return yes
        return classmethod(ask)

    monkeypatch.setattr(ConfirmSigner, "ask", answer(False))
    page.import_files([bundles[0]])
    qtbot.waitUntil(lambda: bool(page.results), timeout=60_000)
    text = page.outcome.toPlainText()
    assert "NOT imported. The hospital's key was not confirmed." in text
    assert "Phone the hospital" in text
    assert asked[0][0] == "Viet Nam Level-2 Field Hospital No. 4"
    assert store.db.scalar("SELECT count(*) FROM imports") == 0
    page.results = []
    monkeypatch.setattr(ConfirmSigner, "ask", answer(True))
    from l2fh_desk.ui.pages.hq import bundles_in

    page.import_files(bundles_in(folder))
    qtbot.waitUntil(lambda: bool(page.results), timeout=120_000)
    assert [r.status for r in page.results] == ["imported"] * 3, page.outcome.toPlainText()
    assert len(asked) == 4 and len({fp for _n, fp in asked}) == 3
    assert "Key " in page.outcome.toPlainText() and "is now trusted" in page.outcome.toPlainText()
    overview = HqOverviewPage(ctx)
    qtbot.addWidget(overview)
    overview.refresh()
    names = {overview.table.proxy.index(r, OverviewColumn.HOSPITAL).data() for r in range(overview.model.rowCount())}
    assert names == {f"Viet Nam Level-2 Field Hospital No. {n}" for n in (4, 5, 6)}
    assert overview.model.rowCount() == 9  # 3 hospitals x 3 rotations
    from PySide6.QtCore import QRect, Qt

    metrics, table = overview.table.fontMetrics(), overview.table
    for row in range(overview.model.rowCount()):  # each name fits its cell whole (wrapped, never elided)
        for column in (OverviewColumn.HOSPITAL, OverviewColumn.COMMANDER, OverviewColumn.RECORDS):
            text = table.proxy.index(row, column).data()
            # 3 px of text margin each side, as Qt draws a cell
            needed = metrics.boundingRect(QRect(0, 0, table.columnWidth(column) - 6, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), text)
            assert needed.width() <= table.columnWidth(column) - 6 and needed.height() <= table.rowHeight(row), text
    assert "likely duplicate" in overview.queues.text()
    store.close()


def test_review_links_and_unlinks_a_duplicate_audited(qtbot, tmp_path):
    from l2fh_desk.hq.demo import build_demo_hq

    build_demo_hq(tmp_path / "hq.db", encounters=300, outreach=6)
    store = Store(tmp_path / "hq.db")
    _session, ctx = session_for_demo(store)
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.pair_model.rowCount() > 0
    assert page.side.item(0, 0).text() and page.side.item(0, 1).text()  # hospital of record A and B
    page.link_selected()
    assert "Linked" in page.status.text()
    assert store.db.scalar("SELECT count(*) FROM patient_links") == 1
    page.refresh()
    page.unlink_selected()
    assert store.db.scalar("SELECT count(*) FROM patient_links") == 0
    actions = [r[0] for r in store.db.query("SELECT action FROM audit_log WHERE action LIKE '%link_patients'")]
    assert actions == ["link_patients", "unlink_patients"]
    store.close()


def session_for_demo(store: Store):
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.ui.context import AppContext

    session = sign_in(store, "analyst", "analyst-demo")
    return session, AppContext(store=store, actor=session.actor)


def test_ministry_summary_in_vietnamese_from_the_window(qtbot, tmp_path):
    from l2fh_desk.hq.demo import build_demo_hq
    from l2fh_desk.ui.pages.hq_summary import SummaryPage

    build_demo_hq(tmp_path / "hq.db", encounters=200, outreach=6)
    store = Store(tmp_path / "hq.db")
    _session, ctx = session_for_demo(store)
    page = SummaryPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.hospital_list.count() == 3
    page.lang.setCurrentIndex(page.lang.findData("vi"))
    page.out.set_value(tmp_path / "tong-hop.pdf")
    task = page.write()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert task.error is None, task.error
    assert page.status.text() == f"Saved: {tmp_path / 'tong-hop.pdf'}"
    assert (tmp_path / "tong-hop.pdf").read_bytes().startswith(b"%PDF")
    page.out.set_value(tmp_path / "x.txt")
    task = page.write()
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    assert page.status.text().startswith("Not written:")
    store.close()


def test_an_hq_made_by_keys_hq_init_opens_on_the_hq_first_run_then_the_hq_sign_in(qtbot, tmp_path, monkeypatch):
    from l2fh_desk.cli import main
    from l2fh_desk.hq.workspace import needs_first_run
    from l2fh_desk.ui.app import Shell
    from l2fh_desk.ui.i18n import Preferences
    from l2fh_desk.ui.sign_in import SignInDialog

    db = tmp_path / "hq.db"
    assert main(["keys", "--db", str(db), "--hq-init"]) == 0  # as the README said before the HQ first run
    store = Store(db)
    assert workspace(store) is Workspace.HQ and needs_first_run(store)
    made = hq_key(store)
    shown: list[object] = []

    def wizard(cls, store, parent=None, *, hq_only=False):
        w = FirstRunWizard(store, hq_only=hq_only)
        qtbot.addWidget(w)
        w.show()
        shown.append(w.currentPage())
        w.department_page.name.setText("DPKO")
        w.next()
        page = w.hq_account_page
        page.username.setText("chief")
        page.password.setText(PASSWORD)
        page.confirm.setText(PASSWORD)
        w.next()
        shown.append(w.hq_key_page.fingerprint.text().split())
        w.accept()
        return w.saved

    headings: list[str] = []
    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(wizard))
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, store, **kw: headings.append(kw["hospital_name"])))
    shell = Shell(store, demo=False, preferences=Preferences(tmp_path / "p.ini"))
    assert not shell.start()  # the sign-in was closed
    wizard_shown = shown[0]
    assert type(wizard_shown).__name__ == "DepartmentPage"  # not the hospital wizard
    assert shown[1] == made.fingerprint.split()  # the key made by --hq-init is kept, not replaced
    assert headings == ["HQ workspace: DPKO"]
    assert not needs_first_run(store)
    store.close()


def test_administrator_accepts_a_hospitals_key_rotation_on_the_trusted_keys_page(qtbot, tmp_path):
    from l2fh_desk.exchange.importer import import_bundles
    from l2fh_desk.exchange.keys import parse_hq_public
    from l2fh_desk.exchange.trust import fingerprint_of, rotate_signing_key
    from l2fh_desk.ui.pages.hq_trust import TrustPage

    store = make_hq(qtbot, tmp_path)
    folder = tmp_path / "usb"
    folder.mkdir()
    [bundle] = hospital_bundles(folder, hq_public=parse_hq_public(hq_key(store).public_text), hospitals=1,
                                encounters=40, outreach=2)
    old = fingerprint_of(bundle)
    import_bundles(store, [bundle], trust={old}, actor=SYSTEM)
    hospital_db = folder / "hospital-1.db"
    with Store(hospital_db) as hospital:
        origin = hospital.origin
    statement, _kept = rotate_signing_key(hospital_db, origin)
    _session, ctx = session_for(store, "hqadmin")
    page = TrustPage(ctx)
    qtbot.addWidget(page)
    assert page.rotation_button.text() == "&Accept a hospital's key rotation…"
    bad = tmp_path / "not-a-statement.txt"
    bad.write_text("hello\n", encoding="ascii")
    page.accept_rotation_file(bad)
    assert page.status.text().startswith("Rotation not accepted: not a key rotation statement")
    assert page.table.item(0, 1).text() == old  # nothing changed
    good = tmp_path / "hospital-1.db.key-rotation.txt"
    good.write_text(statement, encoding="ascii")
    page.accept_rotation_file(good)
    assert "Viet Nam Level-2 Field Hospital No. 4 now signs with the key" in page.status.text()
    assert page.table.rowCount() == 1
    new = page.table.item(0, 1).text()
    assert new != old and new in page.status.text()
    assert store.db.scalar("SELECT count(*) FROM revoked_signers WHERE fingerprint = ?", (old,)) == 1
    page.accept_rotation_file(good)  # the same statement again: HQ no longer trusts the key that signed it
    assert page.status.text().startswith("Rotation not accepted: HQ does not trust the old key")
    store.close()
