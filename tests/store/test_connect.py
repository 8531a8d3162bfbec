"""One place opens SQLite (store/connect.py): a `sqlite3.connect` anywhere else in the package fails this test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.store import Store

PACKAGE = Path(__file__).resolve().parents[2] / "l2fh_desk"
FACTORY = PACKAGE / "store" / "connect.py"


def direct_connects(root: Path) -> list[str]:
    """`file:line` of every `sqlite3.connect(...)` (or `from sqlite3 import connect`) outside the factory."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.resolve() == FACTORY.resolve():
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (isinstance(node, ast.Attribute) and node.attr == "connect"
                     and isinstance(node.value, ast.Name) and node.value.id == "sqlite3")
            imported = (isinstance(node, ast.ImportFrom) and node.module == "sqlite3"
                        and any(alias.name == "connect" for alias in node.names))
            if named or imported:
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_only_the_factory_calls_sqlite3_connect() -> None:
    assert direct_connects(PACKAGE) == []


def test_the_scan_finds_a_direct_connect(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("import sqlite3\nconn = sqlite3.connect(':memory:')\n", encoding="utf-8")
    (tmp_path / "b.py").write_text("from sqlite3 import connect\n", encoding="utf-8")
    assert direct_connects(tmp_path) == ["a.py:2", "b.py:1"]


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    """SQLite tells (SQLITE_NOTADB), with the same message as the header sniff it replaces."""
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"shopping list: rice, fish sauce\n" * 40)
    for readonly in (False, True):
        with pytest.raises(StorageError, match=r"This file is not an L2FH Desk database\. \(.*notes\.db\)"):
            Store(notes, readonly=readonly)
    assert notes.read_bytes() == b"shopping list: rice, fish sauce\n" * 40
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_reopen_gives_a_second_connection_to_the_same_file(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store, store.reopen(readonly=True) as reader:
        assert reader.path == store.path
        assert reader.db.conn is not store.db.conn
        assert reader.db.readonly and not store.db.readonly


def stdlib_imports(root: Path) -> list[str]:
    """`file:line` of every import of the stdlib `sqlite3` outside store/driver.py (run time, not TYPE_CHECKING)."""
    driver = (PACKAGE / "store" / "driver.py").resolve()
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.resolve() == driver:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name == "sqlite3" or name.startswith("sqlite3.") for name in names):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_one_driver_for_the_whole_package() -> None:
    """A connection raises its own library's exceptions: a module on the stdlib `sqlite3` would miss them."""
    assert stdlib_imports(PACKAGE) == []


def test_the_driver_is_sqlcipher() -> None:
    from l2fh_desk.store.driver import sqlite3

    conn = sqlite3.connect(":memory:")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    conn.close()
