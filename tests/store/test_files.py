"""The one atomic file writer: complete under the final name, or nothing there."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from l2fh_desk.exchange.keys import installation_key, signing_key_path
from l2fh_desk.store.files import atomic_file
from tests.reliability.faults import small_filesystem


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_failure_while_writing_leaves_nothing_and_no_temporary_file(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    with pytest.raises(RuntimeError), atomic_file(out, text=True) as handle:
        handle.write("half a report")
        raise RuntimeError("the reader failed")
    assert names(tmp_path) == []


def test_a_failure_keeps_the_previous_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("yesterday's report")
    with pytest.raises(RuntimeError), atomic_file(out, text=True) as handle:
        handle.write("today's half")
        raise RuntimeError
    assert out.read_text() == "yesterday's report"
    assert names(tmp_path) == ["report.csv"]


def test_no_replace_never_overwrites_and_private_is_owner_only(tmp_path: Path) -> None:
    out = tmp_path / "h.db.key"
    with atomic_file(out, replace=False, private=True) as handle:
        handle.write(b"first key")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with pytest.raises(FileExistsError), atomic_file(out, replace=False, private=True) as handle:
        handle.write(b"second key")
    assert out.read_bytes() == b"first key"
    assert names(tmp_path) == ["h.db.key"]


def test_a_transaction_that_fails_after_the_rename_takes_the_file_away(tmp_path: Path) -> None:
    out = tmp_path / "handover.pdf"

    @contextmanager
    def failing_commit() -> Iterator[None]:
        yield
        raise OSError(errno.EIO, "commit failed")

    with pytest.raises(OSError), atomic_file(out, publish_in=failing_commit) as handle:
        handle.write(b"%PDF-1.4 ...")
    assert names(tmp_path) == []


def test_a_full_disk_at_the_first_key_write_leaves_no_empty_key(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small", size_kib=256) as disk:
        db = disk / "h.db"
        db.write_bytes(b"")
        filler = disk / "filler"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        finally:
            os.close(fd)
        with pytest.raises(OSError) as raised:
            installation_key(db)
        assert raised.value.errno == errno.ENOSPC
        assert not signing_key_path(db).exists()
        assert names(disk) == ["filler", "h.db"]
        os.unlink(filler)
        key, made = installation_key(db)  # room again: the key is made, not "damaged"
        assert made and signing_key_path(db).stat().st_size > 0
