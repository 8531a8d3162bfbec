"""Pseudonymised export: names, index numbers and free text of a snapshot removed or replaced by keyed hashes.

The key is a per-installation secret beside the database (like the signing key) and never leaves it, so one
hospital gives the same patient the same pseudonym in every export, and nobody without the key can reverse
or recompute them. Row ids are replaced too (so a pseudonymised row can never be matched with, or merged
over, the real one at HQ); the hospital's own id stays, since HQ checks it against the signer. The audit trail
is pseudonymised the same way and re-chained; the real chain head goes in the manifest beside the new one.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import uuid
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from l2fh_desk.exchange.anonymity import DAY, DEFAULT_K, TIME_COLUMNS, coarse, coarsen_times, generalise
from l2fh_desk.store import atrest, audit
from l2fh_desk.store.connect import plain
from l2fh_desk.store.driver import sqlite3

KEY_SUFFIX = ".pseudonym.key"
KEY_BYTES = 32
SCHEME = "hmac-sha256"

ID, PATIENT_NAME, PERSON, PEOPLE, INDEX, REMOVE, YEAR, ESTIMATED, PROCEDURES = (
    "id", "patient_name", "person", "people", "index", "remove", "year", "estimated", "procedures")
WHAT = {
    ID: "replaced by a keyed hash (UUID form)",
    PATIENT_NAME: "replaced by a keyed hash of the patient",
    PERSON: "replaced by a keyed hash of the name",
    PEOPLE: "each name replaced by a keyed hash",
    INDEX: "replaced by a keyed hash",
    REMOVE: "removed",
    YEAR: "reduced to the year (YYYY-01-01)",
    ESTIMATED: "set to 1 (estimated)",
    PROCEDURES: "descriptions removed, kinds kept",
}

_VOIDABLE = {"id": ID, "void_reason": REMOVE}
# table -> column -> rule; every column not named here is kept as it is (codes, numbers, dates, places).
RULES: dict[str, dict[str, str]] = {
    "hospitals": {},
    "rotations": {**_VOIDABLE, "commander_name": PERSON, "notes": REMOVE},
    "staff": {**_VOIDABLE, "rotation_id": ID, "name": PERSON},
    "patients": {**_VOIDABLE, "name": PATIENT_NAME, "date_of_birth": YEAR, "dob_estimated": ESTIMATED,
                 "un_index_number": INDEX, "home_location": REMOVE, "phone": REMOVE, "notes": REMOVE},
    "encounters": {**_VOIDABLE, "patient_id": ID, "rotation_id": ID, "complaint": REMOVE, "treatment": REMOVE,
                   "notes": REMOVE, "clinician": PERSON, "procedures": PROCEDURES},
    "diagnoses": {**_VOIDABLE, "encounter_id": ID, "text": REMOVE},
    "admissions": {**_VOIDABLE, "patient_id": ID, "rotation_id": ID, "encounter_id": ID, "diagnosis": REMOVE,
                   "plan": REMOVE, "discharge_note": REMOVE},
    "evacuations": {**_VOIDABLE, "patient_id": ID, "rotation_id": ID, "encounter_id": ID, "admission_id": ID,
                    "reason": REMOVE},
    "outreach_activities": {**_VOIDABLE, "rotation_id": ID, "staff_names": PEOPLE, "description": REMOVE},
    "users": {"id": ID, "username": PERSON, "display_name": PERSON, "password_hash": REMOVE},
}
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SEARCH_TABLE = "patient_search"


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def pseudonym_key(db_path: Path) -> bytes:
    """This installation's pseudonym key, made on first use (owner-only, never replaced, never exported)."""
    path = key_path(db_path)
    if not path.exists():
        with suppress(FileExistsError):  # made by another export a moment ago
            atrest.write_secret(path, os.urandom(KEY_BYTES).hex().encode("ascii"))  # encrypted when the db is
    text = atrest.read_secret(path).decode("ascii", "replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise ValueError(f"the pseudonym key {path} is damaged; restore it from a copy (a new key would give"
                         " every patient a new pseudonym)")
    return key


def key_fingerprint(key: bytes) -> str:
    """Names the key (to tell whether two exports share one) without revealing it."""
    return hashlib.sha256(b"l2fh-pseudonym-key\0" + key).hexdigest()[:16]


class Pseudonymiser:
    """The keyed transforms, and a tally of what each one changed per table and column."""

    def __init__(self, key: bytes, grain: str = DAY) -> None:
        self.key = key
        self.grain = grain
        self.changed: Counter[tuple[str, str, str]] = Counter()

    def _mac(self, purpose: str, value: str) -> bytes:
        return hmac.new(self.key, f"{purpose}\0{value}".encode(), hashlib.sha256).digest()

    def id(self, value: str) -> str:
        return str(uuid.UUID(bytes=self._mac("id", value)[:16], version=4))

    def person(self, name: str) -> str:
        folded = " ".join(name.split()).casefold()
        return f"S-{self._mac('person', folded).hex()[:12]}" if folded else ""

    def patient(self, patient_id: str) -> str:
        return f"P-{self._mac('patient', patient_id).hex()[:12]}"

    def index(self, number: str) -> str:
        folded = re.sub(r"[-/\s]", "", number).upper()
        return self._mac("index", folded).hex()[:16].upper() if folded else ""

    def apply(self, rule: str, value: Any, *, record_id: str) -> Any:
        """One column's new value; None stays None."""
        if value is None:
            return None
        if rule == ID:
            return self.id(str(value))
        if rule == PATIENT_NAME:
            return self.patient(record_id)
        if rule == PERSON:
            return self.person(str(value))
        if rule == INDEX:
            return self.index(str(value))
        if rule == YEAR:
            year = str(value)[:4]
            return f"{year}-01-01" if year.isdigit() else ""
        if rule == ESTIMATED:
            return 1 if isinstance(value, int) else True
        if rule == PEOPLE:
            names = json.loads(value) if isinstance(value, str) else value
            out = [self.person(str(n)) for n in names] if isinstance(names, list) else []
            return json.dumps(out, ensure_ascii=False) if isinstance(value, str) else out
        if rule == PROCEDURES:
            items = json.loads(value) if isinstance(value, str) else value
            cleared = [{**p, "description": ""} if isinstance(p, dict) else {} for p in items] \
                if isinstance(items, list) else []
            return json.dumps(cleared, ensure_ascii=False) if isinstance(value, str) else cleared
        return ""  # REMOVE: the columns are NOT NULL text

    def row(self, table: str, data: dict[str, Any], *, record_id: str | None = None) -> dict[str, Any]:
        """A copy of one row (or part of one, as the audit trail holds) with the table's rules applied."""
        rules = RULES[table]
        rid = str(data.get("id") or record_id or "")
        out = dict(data)
        for column, rule in rules.items():
            if column in out:
                new = self.apply(rule, out[column], record_id=rid)
                if new != out[column]:
                    self.changed[(table, column, rule)] += 1
                out[column] = new
        return out

    def audit_json(self, table: str, raw: str | None, *, record_id: str) -> str | None:
        """before/after of an audit row: known tables pseudonymised by their rules (their other text columns
        kept, as in the rows); anything else, or anything unreadable, dropped."""
        if raw is None:
            return None
        if table not in RULES:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        tally, self.changed = self.changed, Counter()  # the report counts the tables' own values only
        try:
            out = self.row(table, data, record_id=record_id)
            if table == "encounters" and isinstance(out.get("diagnoses"), list):
                out["diagnoses"] = [self.row("diagnoses", d) if isinstance(d, dict) else {} for d in out["diagnoses"]]
            for column in TIME_COLUMNS.get(table, ()):  # times cut as in the rows
                if isinstance(out.get(column), str):
                    out[column] = coarse(out[column], self.grain)
            if table == "patients":  # quasi-identifiers are generalised in the rows; the history keeps none
                for column in ("nationality", "unit", "category"):
                    if column in out:
                        out[column] = ""
        finally:
            self.changed = tally
        return audit.canonical(out)


def _rewrite_table(conn: sqlite3.Connection, table: str, p: Pseudonymiser) -> None:
    rules = RULES[table]
    if not rules:
        return
    cursor = conn.execute(f"SELECT rowid, * FROM {table}")
    names = [d[0] for d in cursor.description][1:]
    columns = list(rules)
    updates = []
    for rowid, *values in cursor.fetchall():
        new = p.row(table, dict(zip(names, values, strict=True)))
        updates.append((*(new[c] for c in columns), rowid))
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.executemany(f"UPDATE {table} SET {sets} WHERE rowid = ?", updates)


def _rewrite_audit(conn: sqlite3.Connection, p: Pseudonymiser) -> None:
    """Pseudonymise every audit row and re-chain it, so the trail in the bundle still verifies on its own."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                            ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT seq, " + ", ".join(audit.CHAINED_FIELDS) + " FROM audit_log ORDER BY seq").fetchall()
    conn.row_factory = None
    prev = audit.GENESIS
    updates = []
    for row in rows:
        fields = {name: row[name] for name in audit.CHAINED_FIELDS}
        table, record_id = fields["table_name"], fields["record_id"]
        fields["id"] = p.id(fields["id"])
        fields["username"] = p.person(fields["username"])
        fields["at"] = coarse(fields["at"], p.grain)
        if table != "hospitals" and UUID_TEXT.match(record_id):
            fields["record_id"] = p.id(record_id)
        for column in ("before_json", "after_json"):
            new = p.audit_json(table, fields[column], record_id=record_id)
            if new != fields[column]:
                p.changed[("audit_log", column, REMOVE if new is None else "audit")] += 1
            fields[column] = new
        digest = audit.row_hash(prev, fields)
        updates.append((fields["id"], fields["username"], fields["at"], fields["record_id"], fields["before_json"],
                        fields["after_json"], prev, digest, row["seq"]))
        prev = digest
    conn.executemany("UPDATE audit_log SET id = ?, username = ?, at = ?, record_id = ?, before_json = ?,"
                     " after_json = ?, prev_hash = ?, hash = ? WHERE seq = ?", updates)
    p.changed[("audit_log", "id", ID)] += len(rows)
    p.changed[("audit_log", "username", PERSON)] += len(rows)
    p.changed[("audit_log", "at", "time")] += len(rows)
    p.changed[("audit_log", "prev_hash, hash", "chain")] += len(rows)
    for _name, sql in triggers:
        conn.execute(sql)  # the same text, so the schema still matches the app's exactly


def _empty_search(conn: sqlite3.Connection, p: Pseudonymiser) -> None:
    """The search index holds folded names and index numbers: dropped (zeroed by secure_delete) and made anew,
    empty; HQ builds its own from the patients it merges."""
    found = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (SEARCH_TABLE,)).fetchone()
    if found is None:
        return
    p.changed[(SEARCH_TABLE, "terms", REMOVE)] += int(conn.execute(f"SELECT count(*) FROM {SEARCH_TABLE}"
                                                                   ).fetchone()[0])
    conn.execute(f"DROP TABLE {SEARCH_TABLE}")
    conn.execute(found[0])


def pseudonymise_snapshot(snap_path: Path, key: bytes, *, step: Callable[[], None] | None = None,
                          k: int = DEFAULT_K, grain: str = DAY
                          ) -> tuple[dict[str, dict[str, dict[str, Any]]], dict[str, object]]:
    """Rewrite the (already scrubbed) snapshot in place: keyed hashes, times cut to the `grain`, patients
    generalised to k-anonymity (exchange/anonymity.py). Returns ({table: {column: {action, values}}}, the
    k-anonymity report)."""
    p = Pseudonymiser(key, grain)
    present: set[str] = set()
    conn = plain(snap_path, mode="rw")
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA foreign_keys=OFF")  # ids change table by table; all are mapped the same way
        conn.execute("BEGIN IMMEDIATE")
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in RULES:
            if table in present:
                _rewrite_table(conn, table, p)
                if step is not None:
                    step()
        for table, columns in coarsen_times(conn, grain).items():
            for column, changed in columns.items():
                p.changed[(table, column, "time")] += changed
        k_report = generalise(conn, k) if "patients" in present else {}
        _rewrite_audit(conn, p)
        _empty_search(conn, p)
        conn.execute("COMMIT")
        conn.execute("VACUUM")  # rebuilt pages: nothing of the old values left in free space
    finally:
        conn.close()
    # Every rule of every table is listed, also where no value needed changing (values: 0).
    for table in present & set(RULES):
        for column, rule in RULES[table].items():
            p.changed[(table, column, rule)] += 0
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for (table, column, rule), count in sorted(p.changed.items()):
        action = {"audit": "pseudonymised by the rules of its table; other tables' details removed",
                  "chain": "recomputed over the pseudonymised rows",
                  "time": f"cut to the {grain}"}.get(rule, WHAT.get(rule, rule))
        report.setdefault(table, {})[column] = {"action": action, "values": count}
    return report, k_report
