"""Rotating log files: where they go, that secrets never reach them, and that a bad folder is survivable."""

from __future__ import annotations

import logging
from pathlib import Path

from l2fh_desk import logs


def test_log_file_is_written_under_the_data_folder(_isolated_data_dir: Path) -> None:
    path = logs.setup_logging()
    assert path == _isolated_data_dir / "logs" / logs.LOG_NAME
    logging.getLogger("l2fh_desk.test").info("patient list opened")
    assert "patient list opened" in path.read_text(encoding="utf-8")
    assert logs.log_file() == path


def test_passwords_never_reach_the_log(tmp_path: Path) -> None:
    path = logs.setup_logging(folder=tmp_path)
    log = logging.getLogger("l2fh_desk.test")
    log.info("sign-in attempt user=medic1 password=Hunter2-secret")
    log.info("payload %s", {"username": "cdr", "password": "Kh0ng-noi-ai"})
    try:
        raise ValueError("bad login, passphrase: OpenSesame99")
    except ValueError:
        log.exception("failed")
    text = path.read_text(encoding="utf-8")
    for secret in ("Hunter2-secret", "Kh0ng-noi-ai", "OpenSesame99"):
        assert secret not in text
    assert "user=medic1" in text and "password=***" in text


def test_argv_is_logged_without_secret_option_values() -> None:
    argv = ["users", "add", "--password", "S3cret!", "--name", "An", "--hq-passphrase=xyz"]
    assert logs.redact_argv(argv) == ["users", "add", "--password", "***", "--name", "An", "--hq-passphrase=***"]


def test_logs_rotate_and_keep_a_bounded_number_of_files(tmp_path: Path) -> None:
    path = logs.setup_logging(folder=tmp_path)
    log = logging.getLogger("l2fh_desk.test")
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES * (logs.BACKUP_COUNT + 2) // 1000):
        log.info(line)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert path.name in files
    assert len(files) == logs.BACKUP_COUNT + 1
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in tmp_path.iterdir())


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    assert logs.setup_logging(folder=blocker / "logs") is None
    assert logs.log_file() is None
    logging.getLogger("l2fh_desk.test").error("still fine")
    assert "cannot write the log file" in capsys.readouterr().err


def test_setting_up_twice_does_not_log_twice(tmp_path: Path) -> None:
    logs.setup_logging(folder=tmp_path)
    path = logs.setup_logging(folder=tmp_path)
    logging.getLogger("l2fh_desk.test").info("once only")
    assert path is not None and path.read_text(encoding="utf-8").count("once only") == 1
