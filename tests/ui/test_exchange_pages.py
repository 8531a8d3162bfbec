"""Export a bundle from the commander's page, then import it on the HQ page; logs show what was merged."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.store.store import Store
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
    # The key is made when the store first opens the file (it also keys the audit trail, store/seal.py).
    assert page.signing.text().startswith("Signed with this hospital's key (fingerprint")
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


def test_export_then_import_at_hq(exported, qtbot, tmp_path, monkeypatch):
    from l2fh_desk.exchange.hq import imports
    from l2fh_desk.ui.pages.hq import ConfirmSigner

    hq_dir = tmp_path / "hq"
    hq_dir.mkdir()
    hq = Store(hq_dir / "hq.db")
    page = HqPage(ctx_for(hq, Role.HQ_ANALYST, username="analyst"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    monkeypatch.setattr(ConfirmSigner, "ask", classmethod(lambda cls, signer, files, parent=None: False))
    page.import_files([exported])
    qtbot.waitUntil(lambda: bool(page.results), timeout=30_000)
    assert "NOT imported" in page.outcome.toPlainText()
    assert "--trust" not in page.outcome.toPlainText().split("(Detail:")[0]
    assert imports(hq) == []
    page.results = []
    monkeypatch.setattr(ConfirmSigner, "ask", classmethod(lambda cls, signer, files, parent=None: True))
    page.import_files([exported])
    qtbot.waitUntil(lambda: bool(page.results), timeout=30_000)
    assert "Test L2FH): imported" in page.outcome.toPlainText()
    assert len(imports(hq)) == 1
    assert hq.db.scalar("SELECT count(*) FROM admissions") == 1
    page.results = []
    page.import_files([exported])
    qtbot.waitUntil(lambda: bool(page.results), timeout=30_000)
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


def test_a_refused_export_says_the_plain_reason_and_is_not_logged_as_a_bug(qtbot, tmp_path, caplog):
    """The window says what the command line says (a folder is no file name), not "Unexpected error: ExportError"."""
    store = new_store(tmp_path)
    page = ExchangePage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    folder = tmp_path / "exports"
    folder.mkdir()
    page.out.set_value(folder)
    task = page.export()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert page.status.text() == f"Nothing was exported: {folder} is a folder; give a file name ending in .l2fh"
    assert "background operation failed" not in caplog.text
    close_page(page, store)


@pytest.mark.qt_log_ignore("does not support")
def test_an_existing_bundle_is_kept_unless_replacing_is_agreed_and_open_folder_names_it(qtbot, tmp_path, monkeypatch):
    from l2fh_desk.ui.pages.output_file import ReplaceFile

    store = new_store(tmp_path)
    page = ExchangePage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    out = tmp_path / "bundle.l2fh"
    out.write_bytes(b"yesterday's bundle")
    page.out.set_value(out)
    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: False))
    assert page.export() is None
    assert page.status.text() == f"Nothing was exported: {out} already exists and was kept."
    assert out.read_bytes() == b"yesterday's bundle"
    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: True))
    task = page.export()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.error is None and out.read_bytes() != b"yesterday's bundle"
    page.open_folder_button.click()  # offscreen: no file manager, as on a bare laptop
    assert page.status.text() == f"No program on this computer opens this folder. The file is saved at {out}"
    close_page(page, store)
