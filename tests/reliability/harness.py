"""Shared helpers for the fault tests: a small hospital database, the long-run switch, whole-save checks."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.store import audit
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

LONG = os.environ.get("L2FH_LONG_TESTS") == "1"
WRITER = Path(__file__).with_name("writer.py")


def long_or(normal: int, long: int) -> int:
    """The normal test-run budget, or the long one when L2FH_LONG_TESTS=1."""
    return long if LONG else normal


def small_hospital(path: Path, *, encounters: int = 20) -> Path:
    with Store(path) as store:
        generate(store, encounters=encounters, outreach=3, seed=7)
    return path


def ids(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute(f"SELECT id FROM {table}")}
    finally:
        conn.close()


@dataclass
class SaveCheck:
    integrity: list[str] = field(default_factory=list)
    lost: set[str] = field(default_factory=set)
    partial: list[str] = field(default_factory=list)
    chain_break: str | None = None
    saved: int = 0


def check_saves(path: Path, committed: set[str]) -> SaveCheck:
    """Every reported-committed save present and whole; no harness encounter half-written anywhere."""
    result = SaveCheck()
    db = Database(path, readonly=True)
    try:
        result.integrity = [row[0] for row in db.query("PRAGMA integrity_check")]
        encounters = {row["id"]: row["notes"] for row in
                      db.query("SELECT id, notes FROM encounters WHERE complaint = 'crash harness'")}
        result.saved = len(encounters)
        diagnoses = {row[0]: row[1] for row in
                     db.query("SELECT encounter_id, count(*) FROM diagnoses GROUP BY encounter_id")}
        admitted = {row[0] for row in db.query("SELECT encounter_id FROM admissions")}
        audited = {(row[0], row[1]) for row in
                   db.query("SELECT table_name, record_id FROM audit_log WHERE action = 'create'")}
        audited_admissions = {row[0] for row in db.query(
            "SELECT a.encounter_id FROM admissions a JOIN audit_log l ON l.record_id = a.id AND l.action = 'create'")}
        result.lost = committed - set(encounters)
        for encounter_id, notes in encounters.items():
            parts = dict(part.split("=") for part in notes.split(";"))
            whole = (diagnoses.get(encounter_id, 0) == int(parts["dx"])
                     and ("encounters", encounter_id) in audited
                     and (encounter_id in admitted) == (parts["adm"] == "1")
                     and (parts["adm"] == "0" or encounter_id in audited_admissions))
            if not whole:
                result.partial.append(encounter_id)
        broken = audit.verify(db)
        result.chain_break = None if broken is None else f"row {broken.seq}: {broken.reason}"
    finally:
        db.close()
    return result
