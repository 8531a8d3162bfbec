"""Typed installation settings with defaults and validation, stored through `store.settings` (audited)."""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from l2fh_desk.domain import mds
from l2fh_desk.domain.errors import DomainError, first_error
from l2fh_desk.domain.languages import LANGUAGES
from l2fh_desk.domain.mds import AdditionalItem
from l2fh_desk.domain.roles import Actor
from l2fh_desk.domain.vocab import UN_GENDER_TARGET, ContingentType

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from l2fh_desk.store.store import Store

IDLE_LOCK_RANGE = (1, 240)
BACKUPS_KEEP_RANGE = (1, 1000)
BACKUPS_KEEP_DEFAULT = 14  # days with one backup a day kept (store/retention.py) when the setting is unset
LOCKOUT_RANGE = (1, 1440)
LOCKOUT_DEFAULT = 15  # minutes an account stays locked after too many wrong passwords (security/sessions.py)
# The tag `l2fh-desk keys --hq-init` writes before the base64 of HQ's X25519 public key (exchange/keys.py).
HQ_PUBLIC_TAG = "l2fh-hq-x25519"


def _language(value: Any) -> str:
    text = str(value).strip().lower() if value is not None else ""
    if text not in LANGUAGES:
        raise DomainError(f"Language must be one of {', '.join(LANGUAGES)}, not {value!r}", field="language")
    return text


def _whole_number(name: str, bounds: tuple[int, int], what: str) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise DomainError(f"{what} must be a whole number", field=name)
        try:
            number = int(str(value).strip())
        except ValueError:
            raise DomainError(f"{what} must be a whole number, not {value!r}", field=name) from None
        low, high = bounds
        if not low <= number <= high:
            raise DomainError(f"{what} must be between {low} and {high}, not {number}", field=name)
        return number

    return check


def _hq_public_key(value: Any) -> str | None:
    """None (no HQ key: exports are signed but not encrypted) or 'l2fh-hq-x25519 BASE64' of 32 raw bytes."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    words = str(value).split()
    if len(words) == 2 and words[0] == HQ_PUBLIC_TAG:
        words = words[1:]
    if len(words) != 1:
        raise DomainError(f"The HQ public key is one line: '{HQ_PUBLIC_TAG} <base64>'", field="hq_public_key")
    try:
        raw = base64.b64decode(words[0], validate=True)
    except (binascii.Error, ValueError):
        raise DomainError("The HQ public key is not valid base64", field="hq_public_key") from None
    if len(raw) != 32:
        raise DomainError(f"The HQ public key must be 32 bytes, not {len(raw)}", field="hq_public_key")
    return f"{HQ_PUBLIC_TAG} {base64.b64encode(raw).decode('ascii')}"


def _mds_additional(value: Any) -> tuple[AdditionalItem, ...]:
    try:
        items = [item if isinstance(item, AdditionalItem) else AdditionalItem.model_validate(item)
                 for item in value]
        return mds.validate_additional(items)
    except ValidationError as exc:
        raise DomainError(f"MDS additional items: {first_error(exc)}", field="mds_additional") from None
    except (TypeError, ValueError) as exc:
        raise DomainError(f"MDS additional items: {exc}", field="mds_additional") from None


def _mds_header(value: Any) -> dict[str, Any]:
    """Header fields of the MDS report typed in by the hospital (organisation, contact_person, ...)."""
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise DomainError("The MDS header is a set of named fields", field="mds_header")
    return dict(value)


def _gender_target(value: Any) -> float:
    if isinstance(value, bool):
        raise DomainError("The UN gender target is a share between 0 and 1", field="un_gender_target")
    try:
        share = float(str(value).strip().rstrip("%")) / (100 if str(value).strip().endswith("%") else 1)
    except ValueError:
        raise DomainError(f"The UN gender target must be a number, not {value!r}",
                          field="un_gender_target") from None
    if not 0 < share <= 1:
        raise DomainError("The UN gender target is a share above 0 and at most 1 (e.g. 0.15 or 15%)",
                          field="un_gender_target")
    return share


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    parse: Callable[[Any], Any]  # raw input or stored JSON -> typed value; raises DomainError
    dump: Callable[[Any], Any] = lambda value: value  # typed value -> JSON


SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("language", "Language", _language),
        SettingSpec("idle_lock_minutes", "Lock after idle minutes",
                    _whole_number("idle_lock_minutes", IDLE_LOCK_RANGE, "The idle lock")),
        SettingSpec("hq_public_key", "HQ public key", _hq_public_key),
        SettingSpec("mds_additional", "MDS additional items 19-22", _mds_additional,
                    lambda items: [item.model_dump(mode="json") for item in items]),
        SettingSpec("un_gender_target", "UN gender target (share of women)", _gender_target),
        SettingSpec("backups_keep", "Days with one backup a day kept",
                    _whole_number("backups_keep", BACKUPS_KEEP_RANGE, "The days with one backup a day kept")),
        SettingSpec("lockout_minutes", "Minutes an account stays locked",
                    _whole_number("lockout_minutes", LOCKOUT_RANGE, "The lockout")),
        SettingSpec("mds_header", "MDS report header fields", _mds_header),
    )
}


class AppSettings:
    """`store.app_settings.get("idle_lock_minutes")` → 10; `.set(key, value, actor=...)` validates first.

    Every setting a person can change is declared in SPECS with its default, and read here: `store.settings`
    (raw JSON) is read elsewhere only for the installation's own markers (hospital id, HQ flags)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def default(self, key: str) -> Any:
        spec = self._spec(key)
        if key == "language":
            return "en"
        if key == "idle_lock_minutes":
            return 10
        if key == "hq_public_key":
            return None
        if key == "mds_additional":
            return mds.DEFAULT_ADDITIONAL
        if key == "un_gender_target":
            hospital = self.store.hospitals.this()
            kind = hospital.contingent_type if hospital is not None else ContingentType.MILITARY_CONTINGENT
            return UN_GENDER_TARGET[kind]
        if key == "backups_keep":
            return BACKUPS_KEEP_DEFAULT
        if key == "lockout_minutes":
            return LOCKOUT_DEFAULT
        if key == "mds_header":
            return {}
        raise AssertionError(f"no default for {spec.key}")  # every spec has a branch above

    def get(self, key: str) -> Any:
        """The stored value, typed; the default when unset or when the stored value no longer validates."""
        spec = self._spec(key)
        raw = self.store.settings.get(key)
        if raw is None:
            return self.default(key)
        try:
            return spec.parse(raw)
        except DomainError as exc:
            # A value written by an older version or by hand: fall back rather than stop the app.
            fallback = self.default(key)
            log.warning("setting %s: stored value %r is not valid (%s); using %r", key, raw, exc, fallback)
            return fallback

    def is_set(self, key: str) -> bool:
        return self.store.settings.get(self._spec(key).key) is not None

    def stored(self, key: str) -> Any:
        """The value as stored, not parsed (None when unset): for a caller that reports a bad value itself
        instead of falling back to the default (the HQ key: a bad one stops an export)."""
        return self.store.settings.get(self._spec(key).key)

    def set(self, key: str, value: Any, *, actor: Actor) -> Any:
        """Validate, store and audit; return the typed value stored. Raises DomainError naming the field."""
        spec = self._spec(key)
        typed = spec.parse(value)
        self.store.settings.set(key, None if typed is None else spec.dump(typed), actor=actor)
        return typed

    def update(self, values: dict[str, Any], *, actor: Actor) -> dict[str, Any]:
        """Several settings in one transaction (a dialog's OK): all validated before any is written."""
        typed = {key: self._spec(key).parse(value) for key, value in values.items()}
        with self.store.db.atomic():
            for key, value in typed.items():
                self.store.settings.set(key, None if value is None else SPECS[key].dump(value), actor=actor)
        return typed

    def reset(self, key: str, *, actor: Actor) -> Any:
        """Forget the stored value (audited); the default applies again."""
        self.store.settings.set(self._spec(key).key, None, actor=actor)
        return self.default(key)

    def values(self) -> dict[str, Any]:
        return {key: self.get(key) for key in SPECS}

    @staticmethod
    def _spec(key: str) -> SettingSpec:
        try:
            return SPECS[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}; known: {', '.join(SPECS)}") from None
