"""The core's storage and disk messages in a Vietnamese or French window: a full disk at a save, another
application's SQLite file, a database another process has open, a failed backup and an import HQ's disk
stopped, each caused for real (SQLite's own SQLITE_FULL, a foreign file, a second process, a blocked folder)."""

from __future__ import annotations

import os
import sqlite3 as stock_sqlite3  # a foreign application's file, written with the stock library on purpose
import subprocess
import sys
from pathlib import Path

import pytest
from core_support import add_patient, hospital_store, session_for

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import Disposition
from l2fh_desk.exchange.importer import ImportStopped
from l2fh_desk.store import backup
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.restore import restore
from l2fh_desk.ui.app import open_store
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.messages import Notice, describe_error
from l2fh_desk.ui.pages.encounter import EncounterPage
from l2fh_desk.ui.startup import after_open, before_close

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def language():
    def switch(code: str) -> None:
        assert translations().switch(code)

    yield switch
    translations().switch("en")


@pytest.fixture
def said(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Notice, "error", classmethod(lambda cls, parent, title, text: shown.append(text)))
    return shown


def test_a_full_disk_at_a_save_is_said_in_vietnamese(qtbot, tmp_path, language, said):
    store = hospital_store(tmp_path)
    patient = add_patient(store, "Nguyễn Văn An")
    _session, ctx = session_for(store, "anh")
    language("vi")
    page = EncounterPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    page.open_record(patient.id)
    page.complaint.setText("Sốt " * 2000)
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    pages = store.db.scalar("PRAGMA page_count")
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL from SQLite itself
    assert page.save() is None
    assert said == ["Ổ đĩa đã đầy; chưa có gì được lưu.\nHãy giải phóng dung lượng (xóa các tệp xuất hoặc bản sao"
                    " lưu cũ) rồi lưu lại; biểu mẫu của bạn vẫn được giữ."]
    page.close()
    store.close()


def test_another_applications_sqlite_file_is_refused_in_vietnamese(qapp, tmp_path, language, said):
    foreign = tmp_path / "inventory.db"
    conn = stock_sqlite3.connect(foreign)
    conn.execute("CREATE TABLE stock (item TEXT, quantity INTEGER)")
    conn.commit()
    conn.close()
    language("vi")
    assert open_store(foreign) is None
    assert said == ["Tệp này không phải là cơ sở dữ liệu L2FH Desk. (inventory.db là tệp SQLite của một ứng dụng"
                    " khác (tables: stock); tệp được giữ nguyên)\nHãy kiểm tra đường dẫn: chọn tệp .db do"
                    " L2FH Desk tạo ra."]


HOLDER = """
import sys, time
from l2fh_desk.store.store import Store
store = Store(sys.argv[1])
print("open", flush=True)
time.sleep(600)
"""


def test_a_database_another_process_has_open_is_said_in_french_and_vietnamese(qapp, tmp_path, language):
    store = hospital_store(tmp_path)
    made = backup.make_backup(store.db)
    db = store.path
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StorageError) as caught:
            restore(made, db, actor=SYSTEM)
    finally:
        holder.kill()
        holder.wait()
    language("fr")
    text = describe_error(caught.value)
    assert text.startswith("La base de données est ouverte dans un autre programme ; rien n'a été modifié."
                           f" (hospital.db est ouvert dans le processus {holder.pid} (")
    assert text.endswith(")\nFermez ce programme (L2FH Desk ou l'outil nommé ci-dessus), puis réessayez.")
    language("vi")
    assert describe_error(caught.value).startswith(
        f"Cơ sở dữ liệu đang mở trong một chương trình khác; không có gì bị thay đổi. (hospital.db đang mở trong"
        f" tiến trình {holder.pid} (")


def test_a_failed_backup_is_said_in_vietnamese_at_the_next_start(qapp, tmp_path, language, said):
    store = hospital_store(tmp_path)
    after_open(store)  # today's backup is made
    folder = backup.backup_dir(store.path)
    aside = tmp_path / "aside"
    folder.rename(aside)
    folder.write_text("not a folder")  # a file where the backups folder should be: nothing is written there
    before_close(store)
    folder.unlink()
    aside.rename(folder)
    language("vi")
    after_open(store)
    assert len(said) == 1
    assert f"Ổ đĩa tại {folder} báo lỗi vào/ra; chưa tạo được bản sao lưu." in said[0], said[0]
    assert "no backup was made" not in said[0] and "input/output" not in said[0], said[0]
    store.close()


def test_an_import_hqs_disk_stopped_is_said_in_french(qapp, tmp_path, language):
    store = hospital_store(tmp_path)
    pages = store.db.scalar("PRAGMA page_count")
    store.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as full, store.db.atomic():
        store.db.write("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 200_000,))
    stopped = ImportStopped(full.value, where=tmp_path, name="h4.l2fh")
    language("fr")
    assert describe_error(stopped) == (f"Le disque de {tmp_path} est plein ; rien de h4.l2fh n'a été importé.\n"
                                       "Libérez de la place sur cet ordinateur, puis importez à nouveau.")
    store.db.conn.execute("PRAGMA max_page_count = 1073741823")
    store.close()


def test_a_damaged_key_slots_file_is_said_in_vietnamese_at_sign_in(qtbot, tmp_path, language):
    from l2fh_desk.store import atrest
    from l2fh_desk.ui.sign_in import SignInDialog
    from tests.security.test_encryption_at_rest import COMMANDER_PASSWORD, real_hospital

    db = tmp_path / "l2fh.db"
    real_hospital(db)
    atrest.forget(db)
    slots = atrest.slots_path(db)
    slots.write_text("{ not json", encoding="utf-8")
    language("vi")
    dialog = SignInDialog(None, unlock=db)
    qtbot.addWidget(dialog)
    dialog.username.setText("boss")
    dialog.password.setText(COMMANDER_PASSWORD)
    dialog.try_sign_in()
    assert dialog.credentials is None
    assert dialog.message.text() == (f"Không mở được cơ sở dữ liệu đã mã hóa này: không đọc được tệp khe khóa"
                                     f" {slots.name} hoặc tệp bị hỏng")
