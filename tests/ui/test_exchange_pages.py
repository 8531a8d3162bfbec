"""Export a bundle from the commander's page, then import it on the HQ page; logs show what was merged."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.store.store import Store
from l2fh_desk.ui.models.hq import ImportColumn
from l2fh_desk.ui.pages.exchange import ExchangePage
from l2fh_desk.ui.pages.hq import HqPage


@pytest.fixture
def exported(qtbot, tmp_path):
    store = new_store(tmp_path)
    admit(store, add_patient(store), bed="B1")
    page = ExchangePage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert "NOT encrypted" in page.encryption.text()
    assert "will be made with the first export" in page.signing.text()
    out = tmp_path / "bundle.l2fh"
    page.out.set_value(out)
    task = page.export()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.error is None, task.error
    assert page.status.text().startswith(f"Exported {out}")
    assert "not encrypted" in page.status.text()
    assert "Signed with this hospital's key" in page.signing.text()
    close_page(page, store)
    return out


def test_export_then_import_at_hq(exported, qtbot, tmp_path):
    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    hq = Store(hq_dir / "hq.db")
    page = HqPage(ctx_for(hq, Role.HQ_ANALYST, username="analyst"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    task = page.import_files([exported])
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert "refused" in page.outcome.toPlainText()
    assert "unknown" in page.outcome.toPlainText().lower() or "trust" in page.outcome.toPlainText().lower()
    assert page.log_model.rowCount() == 0
    page.trust.setChecked(True)
    task = page.import_files([exported])
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert "Test L2FH): imported" in page.outcome.toPlainText()
    assert page.log_model.rowCount() == 1
    assert page.log.proxy.index(0, ImportColumn.HOSPITAL).data() == "Test L2FH"
    assert int(page.log.proxy.index(0, ImportColumn.NEW).data()) > 0
    assert hq.db.scalar("SELECT count(*) FROM admissions") == 1
    assert page.hospital.findText("Test L2FH") > 0
    page.hospital.setCurrentIndex(page.hospital.findText("Test L2FH"))
    assert page.log_model.rowCount() == 1
    page.hospital.setCurrentIndex(0)
    task = page.import_files([exported])
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert "already imported, nothing changed" in page.outcome.toPlainText()
    close_page(page, hq)


def test_pseudonymised_export(qtbot, tmp_path):
    import json
    import zipfile

    store = new_store(tmp_path)
    admit(store, add_patient(store, "Nyakim Gatluak"), bed="B1")
    page = ExchangePage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.refresh()
    out = tmp_path / "pseudo.l2fh"
    page.out.set_value(out)
    page.pseudonymise.setChecked(True)
    task = page.export()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.error is None, task.error
    assert page.status.text().endswith("Pseudonymised.")
    with zipfile.ZipFile(out) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
    assert "pseudonym" in json.dumps(manifest).lower()
    close_page(page, store)
