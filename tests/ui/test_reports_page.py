"""The reports page writes real report files through the reports core, off the GUI thread."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store
from pypdf import PdfReader

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.pages.reports import ReportsPage


@pytest.fixture
def page(qtbot, tmp_path):
    store = new_store(tmp_path)
    admit(store, add_patient(store), bed="B3")
    widget = ReportsPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    close_page(widget, store)


def test_handover_report_written_in_the_background(page, qtbot, tmp_path):
    out = tmp_path / "handover.pdf"
    page.handover_out.set_value(out)
    page.handover_lang.setCurrentIndex(page.handover_lang.findData("fr"))
    task = page.write_handover()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert task.error is None
    assert page.status.text() == f"Saved: {out}"
    assert page.open_file_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Test L2FH" in text
    printed = page.ctx.store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'print'")
    assert printed == 1


def test_mds_report_csv(page, qtbot, tmp_path):
    out = tmp_path / "mds.csv"
    page.mds_format.setCurrentIndex(page.mds_format.findData("csv"))
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert task.error is None
    assert out.read_text(encoding="utf-8").strip()


def test_a_refused_report_says_why_and_writes_nothing(page, qtbot, tmp_path):
    out = tmp_path / "mds.txt"
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert page.status.text().startswith("Not written:")
    assert ".pdf, .csv or .json" in page.status.text()
    assert not out.exists()
    assert not page.open_file_button.isEnabled()


def test_cancel_writes_nothing(page, qtbot, tmp_path):
    out = tmp_path / "handover-cancelled.pdf"
    page.handover_out.set_value(out)
    task = page.write_handover()
    task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert not out.exists()
    assert not list(tmp_path.glob("handover-cancelled*"))
    assert page.status.text() == "Cancelled: nothing was written."
    assert not page.open_file_button.isEnabled()
    assert page.ctx.store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'print'") == 0
    assert page.handover_button.isEnabled()  # ready for another try


@pytest.fixture(scope="module")
def hq_db(tmp_path_factory):
    """A real HQ database: two demo hospitals (seeds 1 and 2) exported and imported."""
    from l2fh_desk.demo.generator import generate
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.exchange.bundle_write import export_bundle
    from l2fh_desk.exchange.importer import import_bundles
    from l2fh_desk.exchange.trust import signer_of
    from l2fh_desk.store.store import Store

    folder = tmp_path_factory.mktemp("hq")
    bundles = []
    for seed in (1, 2):
        with Store(folder / f"h{seed}.db") as store:
            generate(store, encounters=60, outreach=4, seed=seed)
            bundles.append(export_bundle(store, out=folder / f"h{seed}.l2fh", actor=SYSTEM, hq_public_key=None).path)
    with Store(folder / "hq.db") as hq:
        results = import_bundles(hq, bundles, trust={signer_of(hq, b).fingerprint for b in bundles}, actor=SYSTEM)
        assert [r.status for r in results] == ["imported", "imported"]
    return folder / "hq.db"


def test_hq_handover_for_each_hospital_and_mds_over_all(hq_db, qtbot, tmp_path):
    from l2fh_desk.store.store import Store

    store = Store(hq_db)
    page = ReportsPage(ctx_for(store, Role.HQ_ANALYST, username="analyst"))
    qtbot.addWidget(page)
    page.show()
    hospitals = store.hospitals.all()
    assert store.origin == "" and len(hospitals) == 2
    assert page.hospital.isVisible() and page.hospital.count() == 2
    assert page.mds_scope.isVisible()
    assert "2 hospitals" in page.mds_scope.text() and "all of them together" in page.mds_scope.text()
    for hospital in hospitals:
        page.hospital.setCurrentIndex(page.hospital.findData(hospital.id))
        own = sorted(r.number for r in store.rotations.all() if r.hospital_id == hospital.id)
        assert sorted(page.rotation.itemData(i) for i in range(page.rotation.count())) == own
        out = tmp_path / f"handover-{hospital.id}.pdf"
        page.handover_out.set_value(out)
        task = page.write_handover()
        qtbot.waitUntil(lambda task=task: task.done, timeout=30_000)
        assert task.error is None, page.status.text()
        text = "".join(p.extract_text() for p in PdfReader(out).pages)
        other = next(h for h in hospitals if h.id != hospital.id)
        assert hospital.name in text and other.name not in text
    close_page(page, store)


def test_a_hospital_database_shows_no_hospital_chooser(page):
    assert not page.hospital.isVisibleTo(page) and not page.mds_scope.isVisibleTo(page)
    assert page.rotation.count() == 1


def test_an_existing_report_is_replaced_only_when_the_user_agrees(page, qtbot, tmp_path, monkeypatch):
    from l2fh_desk.ui.pages.output_file import ReplaceFile

    out = tmp_path / "handover.pdf"
    out.write_bytes(b"last week's handover")
    asked = []
    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: asked.append(path) or False))
    page.handover_out.set_value(out)
    assert page.write_handover() is None
    assert asked == [out]
    assert out.read_bytes() == b"last week's handover"
    assert page.status.text() == f"Not written: {out} already exists and was kept."
    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: True))
    task = page.write_handover()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_new_report_file_is_written_without_asking(page, qtbot, tmp_path, monkeypatch):
    from l2fh_desk.ui.pages.output_file import ReplaceFile

    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: pytest.fail("asked")))
    out = tmp_path / "mds.csv"
    page.mds_format.setCurrentIndex(page.mds_format.findData("csv"))
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert out.exists()


@pytest.mark.qt_log_ignore("does not support")
def test_open_file_with_no_viewer_says_so_and_names_the_file(page, qtbot, tmp_path):
    # The offscreen platform has no viewer at all: QDesktopServices.openUrl returns False, as on a bare laptop.
    out = tmp_path / "mds.csv"
    page.mds_format.setCurrentIndex(page.mds_format.findData("csv"))
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    page.open_file_button.click()
    assert page.status.text() == (f"No program on this computer opens this file. It is saved at {out}")
    page.open_folder_button.click()
    assert page.status.text() == (f"No program on this computer opens this folder. The file is saved at {out}")
