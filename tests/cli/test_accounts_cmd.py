"""`l2fh-desk accounts`: a commander lists, adds, resets, disables, enables and unlocks a hospital's accounts from
the command line, through the same core functions as the window's Accounts page; a medic is refused; bad input is
one line and nothing changes; on an encrypted database a reset gives the account a key slot of its own."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.security.keyslots import LOCK_AFTER, KeySlots
from l2fh_desk.security.sessions import MAX_FAILED, SignInFailed, SignInProblem, sign_in
from l2fh_desk.security.unlock import unlock_with_password
from l2fh_desk.store import atrest
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--db", str(folder / "h.db"), "--encounters", "0", "--outreach", "0"]) == 0
    return folder


@pytest.fixture
def demo_db(demo_folder: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the demo hospital (commander, medic, binh, hoa; L2FH_USER/L2FH_PASSWORD are the commander's)."""
    shutil.copytree(demo_folder, tmp_path / "h", ignore=shutil.ignore_patterns("*.in-use"))
    yield tmp_path / "h" / "h.db"
    atrest.forget(tmp_path / "h" / "h.db")  # this process held its data key: the next test's file is another


def _accounts(db: Path, *argv: str) -> int:
    return main(["accounts", "--db", str(db), *argv])


def _one_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def _listed(out: str) -> dict[str, list[str]]:
    """The listing's rows by username: [role, state, name] (columns are two spaces or more apart)."""
    import re

    rows = {}
    for line in out.splitlines():
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) >= 3 and cells[0] != "username":
            rows[cells[0]] = cells[1:]
    return rows


def _state(db: Path) -> tuple[object, ...]:
    """What a refused command must leave as it was: every account row, the audit trail (the sign-in of who ran it
    is audited, as every sign-in is), the key slots file. (An encrypted file: read with the key this process
    holds from the command just run.)"""
    with Store(db, create=False, readonly=True) as store:
        users = [tuple(row) for row in store.db.query("SELECT * FROM users ORDER BY username")]
        audit = store.db.scalar("SELECT count(*) FROM audit_log WHERE action NOT IN ('sign_in', 'sign_in_failed')")
    slots = Path(f"{db}.keyslots")
    return users, audit, hashlib.sha256(slots.read_bytes()).hexdigest() if slots.exists() else None


def _audit_actions(db: Path, username: str) -> list[tuple[str, str]]:
    """(action, the account's username) of the audit rows this commander wrote on the users table."""
    with Store(db, create=False, readonly=True) as store:
        rows = store.db.query("SELECT a.action, u.username FROM audit_log a JOIN users u ON u.id = a.record_id"
                              " WHERE a.table_name = 'users' AND a.username = ?"
                              " AND a.action NOT IN ('sign_in', 'sign_in_failed') ORDER BY a.seq", (username,))
        return [(str(r[0]), str(r[1])) for r in rows]


def _signs_in(db: Path, username: str, password: str) -> str:
    with Store(db, create=False) as store:
        return sign_in(store, username, password).actor.username


def _lock_out(db: Path, username: str) -> None:
    with Store(db, create=False) as store:
        for _ in range(MAX_FAILED):
            with pytest.raises(SignInFailed):
                sign_in(store, username, "not-the-password")


def test_the_commander_lists_every_account_with_its_role_state_and_name(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _lock_out(demo_db, "binh")
    assert _accounts(demo_db) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["username", "role", "state", "name"]
    rows = _listed(out)
    assert list(rows) == ["analyst", "binh", "commander", "hoa", "medic"]
    assert rows["commander"] == ["commander", "active", "Thượng tá Nguyễn Văn Hùng"]
    assert rows["medic"] == ["medic", "active", "Đại úy Trần Thị Ánh"]
    assert rows["binh"][0] == "medic" and rows["binh"][1].startswith("locked (") and "min left" in rows["binh"][1]


def test_add_reset_disable_enable_and_unlock_are_the_windows_own_and_audited(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "linh-first-pass")  # L2FH_PASSWORD stays the commander's
    assert _accounts(demo_db, "--add", "Linh", "--role", "medic", "--name", "Lt. Linh") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "account linh (medic) created"
    assert _listed(out)["linh"] == ["medic", "active", "Lt. Linh"]
    assert _signs_in(demo_db, "linh", "linh-first-pass") == "linh"

    monkeypatch.setenv("L2FH_NEW_PASSWORD", "medic-new-pass-2")
    _lock_out(demo_db, "medic")
    assert _accounts(demo_db, "--reset", "medic") == 0
    assert capsys.readouterr().out.splitlines()[0] == "medic: the password was reset and the account unlocked"
    assert _signs_in(demo_db, "medic", "medic-new-pass-2") == "medic"

    assert _accounts(demo_db, "--disable", "hoa") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "hoa disabled" and _listed(out)["hoa"][1] == "disabled"
    with pytest.raises(SignInFailed) as refused:
        _signs_in(demo_db, "hoa", "hoa-demo")
    assert refused.value.problem == SignInProblem.DISABLED
    assert _accounts(demo_db, "--enable", "hoa") == 0
    assert capsys.readouterr().out.splitlines()[0] == "hoa enabled"
    assert _signs_in(demo_db, "hoa", "hoa-demo") == "hoa"

    _lock_out(demo_db, "binh")
    assert _accounts(demo_db, "--unlock", "binh") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "binh unlocked" and _listed(out)["binh"][1] == "active"
    assert _signs_in(demo_db, "binh", "binh-demo") == "binh"
    assert _audit_actions(demo_db, "commander") == [
        ("create", "linh"), ("password_changed", "medic"), ("update", "hoa"), ("update", "hoa"),
        ("account_unlocked", "binh")]


def _second_commander(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "deputy-pass-1")
    assert _accounts(db, "--add", "deputy", "--role", "commander") == 0


@pytest.mark.parametrize(("argv", "new_password", "line"), [
    (["--reset", "nobody"], "a-long-password", "l2fh-desk: h.db has no account named nobody; nothing was changed"),
    (["--disable", "Nobody"], None, "l2fh-desk: h.db has no account named nobody; nothing was changed"),
    (["--enable", "nobody"], None, "l2fh-desk: h.db has no account named nobody; nothing was changed"),
    (["--unlock", "nobody"], None, "l2fh-desk: h.db has no account named nobody; nothing was changed"),
    (["--disable", "commander"], None,
     "l2fh-desk: The last active commander account cannot be disabled or demoted; nothing was changed"),
    (["--reset", "medic"], "short", "l2fh-desk: Password must be at least 8 characters; nothing was changed"),
    (["--reset", "medic"], "", "l2fh-desk: Password must be at least 8 characters; nothing was changed"),
    (["--add", "lan"], "1234567", "l2fh-desk: Password must be at least 8 characters; nothing was changed"),
    (["--add", "medic"], "a-long-password", "l2fh-desk: The username 'medic' is taken; nothing was changed"),
    (["--add", "Bad Name"], "a-long-password",
     "l2fh-desk: Username may hold letters, digits, '.', '_' and '-' (at most 64); nothing was changed"),
    (["--enable", "medic"], None, "l2fh-desk: This account is not disabled; nothing was changed"),
    (["--unlock", "medic"], None, "l2fh-desk: This account is not locked out; nothing was changed"),
    (["--reset", "medic"], None,
     "l2fh-desk: no new password for medic: set L2FH_NEW_PASSWORD or run in a terminal; nothing was done"),
    (["--role", "commander"], None,
     "l2fh-desk: --role and --name go with --add USER (the account they are for); nothing was changed"),
])
def test_bad_input_is_one_line_and_nothing_is_changed(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str], argv: list[str],
                                                      new_password: str | None, line: str) -> None:
    if new_password is not None:
        monkeypatch.setenv("L2FH_NEW_PASSWORD", new_password)
    else:
        monkeypatch.delenv("L2FH_NEW_PASSWORD", raising=False)
    before = _state(demo_db)
    assert _accounts(demo_db, *argv) == 1
    assert _one_line(capsys) == line
    assert _state(demo_db) == before


def test_a_commander_cannot_disable_their_own_account_even_beside_another_commander(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _second_commander(demo_db, monkeypatch)
    capsys.readouterr()
    before = _state(demo_db)
    assert _accounts(demo_db, "--disable", "commander") == 1
    assert _one_line(capsys) == ("l2fh-desk: You cannot disable your own account (another commander can);"
                                 " nothing was changed")
    assert _state(demo_db) == before
    monkeypatch.setenv("L2FH_USER", "deputy")  # the other commander may
    monkeypatch.setenv("L2FH_PASSWORD", "deputy-pass-1")
    assert _accounts(demo_db, "--disable", "commander") == 0


@pytest.mark.parametrize("argv", [[], ["--reset", "binh"], ["--disable", "binh"], ["--unlock", "binh"],
                                  ["--add", "lan"]])
def test_a_medic_is_refused_in_one_sentence(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    monkeypatch.setenv("L2FH_USER", "medic")
    monkeypatch.setenv("L2FH_PASSWORD", "medic-demo")
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "a-long-password")
    before = _state(demo_db)
    assert _accounts(demo_db, *argv) == 1
    assert _one_line(capsys) == "l2fh-desk: A medic may not manage accounts."
    assert _state(demo_db) == before


def test_an_hq_database_is_sent_to_hq_accounts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = hq_accounts(tmp_path / "hq.db")
    before = _state(db)
    assert _accounts(db) == 1
    assert _one_line(capsys) == ("l2fh-desk: hq.db is an HQ database: manage its accounts with"
                                 " `l2fh-desk hq accounts`; nothing was changed")
    assert _state(db) == before


def test_hq_accounts_resets_and_disables_through_the_same_options(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.factories import HQ_ADMIN_PASSWORD, HQ_ADMIN_USER

    db = hq_accounts(tmp_path / "hq.db")
    monkeypatch.setenv("L2FH_USER", HQ_ADMIN_USER)
    monkeypatch.setenv("L2FH_PASSWORD", HQ_ADMIN_PASSWORD)
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "analyst-new-pass")
    assert main(["hq", "accounts", "--db", str(db), "--reset", "commander"]) == 0
    assert _signs_in(db, "commander", "analyst-new-pass") == "commander"
    assert main(["hq", "accounts", "--db", str(db), "--disable", HQ_ADMIN_USER]) == 1
    assert "The last active HQ administrator account cannot be disabled" in capsys.readouterr().err


# --- an encrypted database ----------------------------------------------------------------------------------
def _run(*argv: str, password: str, **env: str) -> subprocess.CompletedProcess[str]:
    """A real process: it holds no data key, as a user's next command does not."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), L2FH_PASSWORD=password, **env)
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True, env=environ,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def _window_sign_in(db: Path, username: str, password: str) -> str:
    """The window's sign-in of an encrypted file: the account's slot opens it, then the ordinary sign-in."""
    atrest.forget(db)
    unlock_with_password(db, username, password)
    return _signs_in(db, username, password)


def test_after_encrypt_a_reset_gives_the_account_its_own_key_slot(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["encrypt", "--db", str(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "l2fh-desk accounts --db" in out and "--reset NAME" in out
    atrest.forget(demo_db)  # as a new command starts
    assert _accounts(demo_db) == 0
    rows = _listed(capsys.readouterr().out)
    assert rows["commander"][1] == "active" and rows["medic"][1] == "no key yet (reset its password)"
    refused = _run("check", "--db", str(demo_db), "--user", "medic", password="medic-demo")
    assert refused.returncode == 1 and "l2fh-desk accounts --reset" in refused.stderr

    atrest.forget(demo_db)
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "medic-own-pass-1")
    assert _accounts(demo_db, "--reset", "medic") == 0
    assert _listed(capsys.readouterr().out)["medic"][1] == "active"
    assert sorted(KeySlots.load(demo_db).users()) == ["commander", "medic"]
    assert _window_sign_in(demo_db, "medic", "medic-own-pass-1") == "medic"
    checked = _run("check", "--db", str(demo_db), "--user", "medic", password="medic-own-pass-1")
    assert checked.returncode == 0, checked.stderr
    listed = _run("accounts", "--db", str(demo_db), "--user", "medic", password="medic-own-pass-1")
    assert listed.returncode == 1 and listed.stderr.strip() == "l2fh-desk: A medic may not manage accounts."


def test_on_an_encrypted_database_disable_enable_and_unlock_follow_the_key_slots(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["encrypt", "--db", str(demo_db)]) == 0
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "hoa-own-pass-1")
    atrest.forget(demo_db)
    assert _accounts(demo_db, "--reset", "hoa") == 0
    assert _accounts(demo_db, "--add", "linh") == 0  # a new account gets its slot at once
    assert _window_sign_in(demo_db, "linh", "hoa-own-pass-1") == "linh"

    atrest.forget(demo_db)
    for _ in range(LOCK_AFTER):  # wrong passwords before the file opens lock the slot itself
        with pytest.raises(SignInFailed):
            unlock_with_password(demo_db, "hoa", "not-the-password")
    capsys.readouterr()
    assert _accounts(demo_db) == 0
    assert _listed(capsys.readouterr().out)["hoa"][1].startswith("locked (")
    atrest.forget(demo_db)
    assert _accounts(demo_db, "--unlock", "hoa") == 0
    assert _window_sign_in(demo_db, "hoa", "hoa-own-pass-1") == "hoa"

    atrest.forget(demo_db)
    assert _accounts(demo_db, "--disable", "hoa") == 0
    assert "hoa" not in KeySlots.load(demo_db).users()
    capsys.readouterr()
    before = _state(demo_db)
    atrest.forget(demo_db)
    assert _accounts(demo_db, "--enable", "hoa") == 1
    assert _one_line(capsys) == ("l2fh-desk: Reset this account's password first: the encrypted database gave up"
                                 " its key slot when it was disabled; nothing was changed")
    assert _state(demo_db) == before
    atrest.forget(demo_db)
    monkeypatch.setenv("L2FH_NEW_PASSWORD", "hoa-second-pass")
    assert _accounts(demo_db, "--reset", "hoa") == 0
    assert _accounts(demo_db, "--enable", "hoa") == 0
    assert _window_sign_in(demo_db, "hoa", "hoa-second-pass") == "hoa"


def _typed(argv: list[str], dialogue: list[tuple[str, str]], **env: str) -> tuple[int, str]:
    """Run a command on a real terminal (a pty), typing each answer once its prompt is on the screen (never before:
    getpass discards what was typed ahead); (exit status, the screen)."""
    import pty
    import select

    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    pid, fd = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.execve(sys.executable, [sys.executable, "-m", "l2fh_desk", *argv], environ)
    screen, seen, pending = b"", 0, list(dialogue)
    while True:
        ready, _, _ = select.select([fd], [], [], 120)
        assert ready, screen
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            chunk = b""
        if not chunk:
            break
        screen += chunk
        if pending and pending[0][0].encode() in screen[seen:]:
            seen = screen.index(pending[0][0].encode(), seen) + len(pending[0][0])
            os.write(fd, pending.pop(0)[1].encode() + b"\n")
    status = os.waitpid(pid, 0)[1]
    os.close(fd)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_the_new_password_is_typed_twice_on_a_terminal(demo_db: Path) -> None:
    code, screen = _typed(["accounts", "--db", str(demo_db), "--reset", "medic"],
                          [("New password for medic:", "typed-pass-1"), ("Repeat it:", "typed-pass-2")],
                          L2FH_USER="commander", L2FH_PASSWORD="commander-demo")
    assert code == 1 and "New password for medic:" in screen and "Repeat it:" in screen
    assert "l2fh-desk: the two passwords differ; nothing was done" in screen and "typed-pass" not in screen
    assert _signs_in(demo_db, "medic", "medic-demo") == "medic"
    code, screen = _typed(["accounts", "--db", str(demo_db), "--reset", "medic"],
                          [("New password for medic:", "typed-pass-1"), ("Repeat it:", "typed-pass-1")],
                          L2FH_USER="commander", L2FH_PASSWORD="commander-demo")
    assert code == 0, screen
    assert "medic: the password was reset and the account unlocked" in screen
    assert _signs_in(demo_db, "medic", "typed-pass-1") == "medic"
