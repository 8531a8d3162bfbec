"""Installation settings (JSON values by key) and form drafts: local to this database, not merged at HQ."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from l2fh_desk.domain.ids import iso, parse_iso
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit

if TYPE_CHECKING:
    from l2fh_desk.store.store import Store

HOSPITAL_ID = "hospital_id"


class Settings:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def get(self, key: str, default: Any = None) -> Any:
        value = self.db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
        return default if value is None else json.loads(value)

    def all(self) -> dict[str, Any]:
        return {row["key"]: json.loads(row["value"]) for row in self.db.query("SELECT key, value FROM settings")}

    def set(self, key: str, value: Any, *, actor: Actor) -> None:
        actor.require(Action.MANAGE_SETTINGS)
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        with self.db.atomic():
            before = self.get(key)
            self.db.write(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, encoded),
            )
            audit.append(self.db, actor=actor, origin=self.store.origin, action="setting", table="settings",
                         record_id=key, before=before, after=value)

    def claim_origin(self, hospital_id: str) -> None:
        """Make `hospital_id` this installation's hospital (the `hospital_id` row, written once: a second claim
        is refused by the key). Not audited on its own: the hospital's creation in the same transaction is."""
        with self.db.atomic():
            self.db.write("INSERT INTO settings (key, value) VALUES (?, ?)", (HOSPITAL_ID, json.dumps(hospital_id)))


class Draft(NamedTuple):
    payload: dict[str, Any]
    saved_at: datetime  # when it was last changed, so the offer can say so


class Drafts:
    """Half-typed forms, autosaved so a crash or a lock loses at most a few seconds of typing.

    One draft per (form, account): two medics sharing a laptop never see each other's, and the encounter,
    registration and outreach forms of one medic keep theirs apart."""

    def __init__(self, store: Store) -> None:
        self.db = store.db

    def save(self, form: str, username: str, payload: dict[str, Any]) -> None:
        with self.db.atomic():
            self.db.write(
                "INSERT INTO drafts (form, username, saved_at, payload) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(form, username) DO UPDATE SET saved_at = excluded.saved_at, payload = excluded.payload",
                (form, username, iso(self.db.clock.now()), json.dumps(payload, ensure_ascii=False)),
            )

    def load(self, form: str, username: str) -> dict[str, Any] | None:
        entry = self.entry(form, username)
        return None if entry is None else entry.payload

    def entry(self, form: str, username: str) -> Draft | None:
        row = self.db.one("SELECT payload, saved_at FROM drafts WHERE form = ? AND username = ?", (form, username))
        return None if row is None else Draft(dict(json.loads(row["payload"])), parse_iso(row["saved_at"]))

    def discard(self, form: str, username: str) -> None:
        with self.db.atomic():
            self.db.write("DELETE FROM drafts WHERE form = ? AND username = ?", (form, username))
