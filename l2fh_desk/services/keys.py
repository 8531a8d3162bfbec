"""This installation's keys in one answer: its signing key and the HQ key exports are encrypted to (for the
`keys` command and the export page)."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.exchange.bundle_write import HQ_KEY_SETTING
from l2fh_desk.exchange.keys import (
    KeyProblem,
    SigningKey,
    fingerprint,
    installation_key,
    load_signing_key,
    parse_hq_public,
    signing_key_path,
)
from l2fh_desk.store.store import Store


@dataclass(frozen=True)
class KeyStatus:
    signing: SigningKey | None  # None: not made yet (the first export makes it), or unreadable
    made_now: bool
    signing_problem: str  # why the signing key file cannot be read; "" when it can
    hq_public: bytes | None  # the HQ key in settings; None when none is set (or it is not valid)
    hq_problem: str  # why the HQ key in settings is not valid; "" when it is (or none is set)

    @property
    def hq_fingerprint(self) -> str | None:
        return fingerprint(self.hq_public) if self.hq_public is not None else None


def key_status(store: Store, *, make: bool = False) -> KeyStatus:
    """`make`: make the signing key now if there is none (a key file that cannot be read is then raised)."""
    signing: SigningKey | None = None
    made, problem = False, ""
    if make:
        signing, made = installation_key(store.path)
    elif signing_key_path(store.path).exists():
        try:
            signing = load_signing_key(store.path)
        except KeyProblem as exc:
            problem = str(exc)
    hq_public: bytes | None = None
    hq_problem = ""
    value = store.app_settings.stored(HQ_KEY_SETTING)
    if value not in (None, ""):
        try:
            hq_public = parse_hq_public(str(value))
        except KeyProblem as exc:
            hq_problem = str(exc)
    return KeyStatus(signing, made, problem, hq_public, hq_problem)
