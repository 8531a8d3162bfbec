"""Record seals of the first released form (schema 5-9: named pairs, NULLs left out) still verify, and a
database holding them is moved to the current form at its next writable open, once: every seal that verified
is rewritten, a record changed outside the app keeps its old seal and `check` still names it."""

from __future__ import annotations

from pathlib import Path

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.store import seal
from l2fh_desk.store.check import check_database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import patient, seeded_store


def _as_first_release(db: Path) -> None:
    """Every seal rewritten as the first release wrote it, and no marker: a database sealed before this form."""
    with Store(db) as store:
        conn, key = store.db.conn, store.db.audit_key
        assert key is not None
        with store.db.atomic():
            conn.execute("DELETE FROM record_seals WHERE table_name = ?", (seal.FORMAT_TABLE,))
            for table in seal.SEALED:
                cursor = conn.execute(f"SELECT * FROM {table}")
                names = tuple(d[0] for d in cursor.description)
                for row in cursor.fetchall():
                    conn.execute("UPDATE record_seals SET seal = ? WHERE table_name = ? AND record_id = ?",
                                 (seal._first_form(key, table, tuple(row), names), table,
                                  str(row[names.index(seal.SEALED[table])])))
            store.db.before_commit = None  # keep exactly these seals (nothing else was touched)


def _forms(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {"current" if str(s).startswith(seal.SEAL_V2) else "first"
                for (s,) in conn.execute("SELECT seal FROM record_seals WHERE table_name <> ?", (seal.FORMAT_TABLE,))}
    finally:
        conn.close()


def test_first_form_seals_verify_and_are_rewritten_once(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with seeded_store(db) as store:
        for name in ("Nguyễn Thị Ánh", "عائشة محمد", "አበበ ቢቂላ"):
            store.patients.create(patient(name), actor=SYSTEM)
    _as_first_release(db)
    assert _forms(db) == {"first"}
    assert check_database(db).ok  # a backup in the first form checks as it is

    conn = sqlite3.connect(db)  # an edit outside the app, before the upgrade
    conn.execute("UPDATE patients SET name = 'Someone Else' WHERE name = 'عائشة محمد'")
    conn.commit()
    conn.close()

    with Store(db):
        pass  # the next writable open moves the seals that verify
    assert _forms(db) == {"current", "first"}  # only the edited patient keeps its first-form seal
    report = check_database(db)
    assert not report.ok
    assert any("changed outside L2FH Desk" in problem for problem in report.problems)
