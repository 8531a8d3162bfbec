"""Passwords are never stored or logged in clear: the database, its backups, the logs and the audit are grepped."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.security.passwords import hash_password, verify_password
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital

PASSWORD = "Correct-Horse-7731-ünï"


def every_file_under(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*") if path.is_file()]


def contains_password(path: Path) -> bool:
    data = path.read_bytes()
    return any(form in data for form in (PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le"),
                                         PASSWORD.encode("unicode_escape")))


def test_a_known_password_appears_in_no_file(tmp_path: Path, _isolated_data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        user = store.users.create(UserAccount(username="nurse", role=Role.MEDIC, password_hash=hash_password(PASSWORD)),
                                  actor=SYSTEM)
        store.users.update(user.model_copy(update={"password_hash": hash_password(PASSWORD + "2")}), actor=SYSTEM)
        assert verify_password(PASSWORD + "2", store.users.get(user.id).password_hash)
        assert "<redacted>" in store.db.scalar("SELECT group_concat(after_json) FROM audit_log WHERE table_name = 'users'")
    # Commands that log and copy the database.
    assert main(["check", "--db", str(db)]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    capsys.readouterr()
    files = every_file_under(tmp_path, _isolated_data_dir)
    assert any(path.suffix == ".bak" for path in files) and any("log" in path.name for path in files)
    leaking = [str(path) for path in files if contains_password(path)]
    assert leaking == []
