"""About facts: version, build, database, schema, hospital and key, from a real database."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from l2fh_desk import __version__, about
from l2fh_desk.demo.generator import generate
from l2fh_desk.store.store import Store


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "h.db"
    with Store(path) as store:
        generate(store, encounters=5, outreach=0)
    return path


def test_about_a_store(demo_db: Path) -> None:
    with Store(demo_db) as store:
        info = about.about_info(store, demo_db)
        assert info["version"] == __version__
        assert info["build_date"] == "development"
        assert info["db_path"] == str(demo_db) and info["db_exists"]
        assert info["schema_version"] == store.db.user_version >= 1
        assert info["hospital_id"] == store.origin
        assert info["hospital_name"] == store.hospitals.this().name


def test_about_without_a_store(tmp_path: Path) -> None:
    info = about.about_info(None, tmp_path / "none.db")
    assert info["schema_version"] is None and info["hospital_id"] is None and not info["db_exists"]
    assert ("Database", f"{tmp_path / 'none.db'} (not created yet)") in about.about_lines(info)


def test_build_info_comes_from_the_generated_module(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # build.spec writes this module into the frozen program; imitate it on a private path.
    package = tmp_path / "pkg"
    (package / "l2fh_desk").mkdir(parents=True)
    (package / "l2fh_desk" / "_build_info.py").write_text('BUILD_DATE = "2026-03-01T10:00:00Z"\nBUILD_COMMIT = "abc1234"\n')
    import l2fh_desk

    monkeypatch.setattr(l2fh_desk, "__path__", [*l2fh_desk.__path__, str(package / "l2fh_desk")])
    monkeypatch.delitem(importlib.sys.modules, "l2fh_desk._build_info", raising=False)
    try:
        assert about.build_info() == {"build_date": "2026-03-01T10:00:00Z", "build_commit": "abc1234"}
    finally:
        importlib.sys.modules.pop("l2fh_desk._build_info", None)


def test_key_fingerprint_is_shown_but_never_made(demo_db: Path) -> None:
    keys = pytest.importorskip("l2fh_desk.exchange.keys", reason="the exchange part (keys) is not on this branch")
    # The store makes the key when it first opens the file (it also keys the audit trail, store/seal.py).
    made = keys.load_signing_key(demo_db)
    assert about.about_info(None, demo_db)["key_fingerprint"] == made.fingerprint
    keys.signing_key_path(demo_db).unlink()
    assert about.about_info(None, demo_db)["key_fingerprint"] is None
    assert not keys.signing_key_path(demo_db).exists()
    key, _made = keys.installation_key(demo_db)
    assert about.about_info(None, demo_db)["key_fingerprint"] == key.fingerprint
