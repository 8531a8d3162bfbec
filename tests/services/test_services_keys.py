"""One answer about this installation's keys, for the `keys` command and the export page."""

from __future__ import annotations

from pathlib import Path

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.keys import init_hq_keys
from l2fh_desk.services.keys import key_status
from tests.factories import seeded_store


def test_no_key_is_made_unless_asked_and_the_hq_key_is_read_from_settings(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        # The store makes the key when it first opens the file (it also keys the audit trail, store/seal.py);
        # key_status itself makes none unless asked.
        opened = key_status(store)
        assert opened.signing is not None and not opened.made_now
        (tmp_path / "h.db.key").unlink()
        before = key_status(store)
        assert (before.signing, before.signing_problem, before.hq_fingerprint, before.hq_problem) == (None, "", None, "")
        assert not (tmp_path / "h.db.key").exists()
        made = key_status(store, make=True)
        assert made.made_now and made.signing is not None
        again = key_status(store)
        assert not again.made_now and again.signing is not None
        assert again.signing.fingerprint == made.signing.fingerprint

        public, _private, _public_path = init_hq_keys(tmp_path / "hq.db")
        from l2fh_desk.exchange.keys import b64, fingerprint

        store.settings.set("hq_public_key", b64(public), actor=SYSTEM)
        assert key_status(store).hq_fingerprint == fingerprint(public)
        store.settings.set("hq_public_key", "garbage", actor=SYSTEM)
        broken = key_status(store)
        assert broken.hq_fingerprint is None and "not valid" in broken.hq_problem


def test_an_unreadable_signing_key_is_said_not_raised(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        (tmp_path / "h.db.key").write_text("not a key", encoding="ascii")
        status = key_status(store)
        assert status.signing is None and status.signing_problem
