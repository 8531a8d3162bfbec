"""A database deleted, renamed or replaced under the running app is noticed before the next save."""

from __future__ import annotations

import os
import shutil

import pytest

from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store


def hospital(name: str) -> Hospital:
    return Hospital(name=name, mission="UNMISS", location="Bentiu")


@pytest.mark.parametrize("how", ["deleted", "renamed", "replaced"])
def test_a_save_after_the_file_went_away_is_refused(tmp_path, how):
    path = tmp_path / "h.db"
    with Store(path) as store:
        add_hospital(store, hospital("L2FH"), actor=SYSTEM)
        if how == "deleted":
            os.remove(path)
        elif how == "renamed":
            os.rename(path, tmp_path / "old.db")
        else:
            shutil.copyfile(path, tmp_path / "copy.db")
            os.replace(tmp_path / "copy.db", path)
        with pytest.raises(StorageError) as exc:
            store.settings.set("language", "fr", actor=SYSTEM)
        assert exc.value.problem == StorageProblem.MOVED
        assert str(exc.value).startswith("The database file was moved or deleted")
        assert not store.db.conn.in_transaction
    if how == "renamed":
        with Store(tmp_path / "old.db", create=False) as moved:
            assert moved.settings.get("language") is None  # nothing was saved into the file that moved


def test_a_save_into_the_file_still_in_place_goes_on(tmp_path):
    with Store(tmp_path / "h.db") as store:
        add_hospital(store, hospital("L2FH"), actor=SYSTEM)
        store.settings.set("language", "fr", actor=SYSTEM)
        assert store.settings.get("language") == "fr"
