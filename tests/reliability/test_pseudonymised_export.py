"""Pseudonymised export: no name, index number or free text of the hospital anywhere in the bundle's bytes;
the same patient gets the same pseudonym in every export; counts unchanged; the manifest says what changed;
HQ imports it."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import PatientCategory, ProcedureKind, Sex
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import IMPORTED, import_bundle
from l2fh_desk.exchange.manifest import Manifest, parse_manifest
from l2fh_desk.exchange.pseudonymise import key_path
from l2fh_desk.exchange.trust import signer_of
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.store import audit
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital

MEDIC = Actor(username="medic", role=Role.MEDIC)
COMMANDER = Actor(username="commander", role=Role.COMMANDER)
TEXT_COLUMNS = {  # free text the hospital typed: none of it may leave in a pseudonymised bundle
    "patients": ("notes", "phone"),  # home_location: the demo draws it from the outreach places, which stay
    "encounters": ("complaint", "treatment", "notes"),
    "admissions": ("diagnosis", "plan", "discharge_note"),
    "evacuations": ("reason",),
    "outreach_activities": ("description",),
    "rotations": ("notes",),
}
NAME_COLUMNS = {"patients": ("name",), "staff": ("name",), "encounters": ("clinician",),
                "rotations": ("commander_name",), "users": ("display_name",)}
LONG_HEX = re.compile(rb"[0-9A-Fa-f-]{16,}")  # hashes and UUIDs, where six digits can occur by chance


@dataclass(frozen=True)
class Marked:
    db: Path
    patient_id: str


def marked_hospital(folder: Path) -> Marked:
    """A demo hospital plus records typed through the store, so the audit trail holds names and text too."""
    db = small_hospital(folder / "h.db", encounters=60)
    with Store(db) as store:
        rotation = store.rotations.latest()
        assert rotation is not None
        patient = store.patients.create(Patient(
            name="Zebulon Quattlebaum-Nyandeng", sex=Sex.FEMALE, date_of_birth=date(1991, 7, 23),
            category=PatientCategory.UN_CIVILIAN, un_index_number="UN-735519", phone="+211 912 345 678",
            home_location="Kuajok Street Nine, plot 17", notes="Lives with her aunt near the water point"),
            actor=MEDIC)
        store.patients.update(patient.model_copy(update={"notes": "Moved to the camp clinic sector four"}),
                              actor=MEDIC)
        encounter = Encounter(
            patient_id=patient.id, rotation_id=rotation.id, started_at=datetime.now(UTC) - timedelta(hours=2),
            complaint="Burning pain after the motorbike fell on her leg", treatment="Silver sulfadiazine dressing",
            notes="Husband waited outside the tent", clinician="Dr Oyelaran Mbeki-Tran",
            diagnoses=(Diagnosis(icd10_code="T31.0", text="Partial thickness burn to the left calf", is_primary=True),),
            procedures=(Procedure(kind=ProcedureKind.MINOR, description="Debridement under ketamine sedation"),))
        saved = save_encounter(store, encounter, actor=MEDIC)
        void_encounter(store, saved.id, reason="Entered twice by Sergeant Kpelle-Odhiambo", actor=MEDIC)
        return Marked(db, patient.id)


def live_values(db: Path, columns: dict[str, tuple[str, ...]], *, shortest: int) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        found: set[str] = set()
        for table, names in columns.items():
            for name in names:
                found |= {row[0] for row in conn.execute(f"SELECT {name} FROM {table}")
                          if isinstance(row[0], str) and len(row[0]) >= shortest}
        found |= {n for (raw,) in conn.execute("SELECT staff_names FROM outreach_activities")
                  for n in json.loads(raw) if len(n) >= shortest}
        found |= {d["description"] for (raw,) in conn.execute("SELECT procedures FROM encounters")
                  for d in json.loads(raw) if len(d.get("description", "")) >= shortest}
        found |= {row[0] for row in conn.execute("SELECT void_reason FROM encounters WHERE void_reason != ''")}
        return found
    finally:
        conn.close()


def bundle_parts(bundle: Path) -> tuple[bytes, bytes, Manifest]:
    with zipfile.ZipFile(bundle) as zf:
        data, raw = zf.read("data.sqlite"), zf.read("manifest.json")
    return bundle.read_bytes(), data, parse_manifest(raw)


def export(db: Path, out: Path, *, pseudonymise: bool = True, actor: Actor = COMMANDER) -> Path:
    with Store(db, create=False) as store:
        return export_bundle(store, out=out, actor=actor, hq_public_key=None, pseudonymise=pseudonymise).path


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Marked:
    return marked_hospital(tmp_path_factory.mktemp("pseudo"))


def test_no_name_index_number_or_free_text_anywhere_in_the_bundle(marked: Marked, tmp_path: Path) -> None:
    bundle = export(marked.db, tmp_path / "research.l2fh")
    whole, data, _manifest = bundle_parts(bundle)
    texts = live_values(marked.db, TEXT_COLUMNS, shortest=8) | live_values(marked.db, NAME_COLUMNS, shortest=4)
    texts.add("Kuajok Street Nine, plot 17")
    assert "Zebulon Quattlebaum-Nyandeng" in texts and "Debridement under ketamine sedation" in texts
    assert "Partial thickness burn to the left calf" in live_values(marked.db, {"diagnoses": ("text",)}, shortest=8)
    texts |= {"Partial thickness burn to the left calf", "Moved to the camp clinic sector four",
              "Lives with her aunt near the water point", "+211 955 000 111", "+211 912 345 678"}
    assert len(texts) > 100
    for blob in (whole, data):
        leaked = [t for t in texts if t.encode("utf-8") in blob]
        assert leaked == [], leaked[:5]
    # Index numbers are short digit runs: look outside the hex of hashes and UUIDs, in both spellings.
    conn = sqlite3.connect(marked.db)
    numbers = {row[0] for row in conn.execute("SELECT un_index_number FROM patients WHERE un_index_number != ''")}
    conn.close()
    assert "UN-735519" in numbers and len(numbers) > 5
    for blob in (whole, data):
        outside_hex = LONG_HEX.sub(b" ", blob)
        assert [n for n in numbers if n.encode() in outside_hex or n.replace("-", "").encode() in outside_hex] == []
    # The snapshot itself, read as a database: dates of birth reduced to the year, search index empty.
    snap = tmp_path / "data.sqlite"
    snap.write_bytes(data)
    conn = sqlite3.connect(snap)
    births = [row for row in conn.execute("SELECT date_of_birth, dob_estimated FROM patients")]
    assert births and all(dob.endswith("-01-01") and estimated == 1 for dob, estimated in births)
    assert conn.execute("SELECT count(*) FROM patient_search").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM users WHERE username IN ('medic', 'commander', 'analyst')"
                        ).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit_log WHERE username IN ('medic', 'commander', 'system')"
                        ).fetchone()[0] == 0
    conn.close()


def test_the_same_patient_gets_the_same_pseudonym_in_every_export(marked: Marked, tmp_path: Path) -> None:
    first = export(marked.db, tmp_path / "one.l2fh")
    with Store(marked.db, create=False) as store:  # more work happens between the two exports
        patient = store.patients.get(marked.patient_id)
        store.patients.update(patient.model_copy(update={"phone": "+211 955 000 111"}), actor=MEDIC)
    second = export(marked.db, tmp_path / "two.l2fh")

    def people(bundle: Path) -> set[tuple[str, str, str, str]]:
        snap = tmp_path / f"{bundle.stem}.sqlite"
        snap.write_bytes(bundle_parts(bundle)[1])
        conn = sqlite3.connect(snap)
        try:
            return {tuple(row) for row in conn.execute(
                "SELECT p.id, p.name, p.un_index_number, e.id FROM patients p JOIN encounters e"
                " ON e.patient_id = p.id")}
        finally:
            conn.close()

    a, b = people(first), people(second)
    assert a == b and len(a) >= 60 and len({row[0] for row in a}) >= 20
    live = sqlite3.connect(marked.db)
    real_ids = {row[0] for row in live.execute("SELECT id FROM patients")}
    live.close()
    assert not {row[0] for row in a} & real_ids  # row ids are pseudonyms too: never merged over real rows
    assert all(re.fullmatch(r"P-[0-9a-f]{12}", row[1]) for row in a)
    assert bundle_parts(first)[2].pseudonymised.key_fingerprint == bundle_parts(second)[2].pseudonymised.key_fingerprint


def test_counts_unchanged_and_the_manifest_lists_what_was_changed(marked: Marked, tmp_path: Path) -> None:
    with Store(marked.db, create=False) as store:
        head_before = audit.head(store.db)
    pseudo = export(marked.db, tmp_path / "p.l2fh")
    plain = export(marked.db, tmp_path / "plain.l2fh", pseudonymise=False)
    _w, _d, manifest = bundle_parts(pseudo)
    _w, _d, plain_manifest = bundle_parts(plain)
    assert manifest.counts == {t: n for t, n in plain_manifest.counts.items() if t != "audit_log"} | {
        "audit_log": plain_manifest.counts["audit_log"] - 1}  # the plain one also holds the first export's row
    info = manifest.pseudonymised
    assert info is not None and info.scheme == "hmac-sha256"
    assert info.source_audit_head == head_before != manifest.audit_head
    changes = info.changes
    for table, columns in {**TEXT_COLUMNS, **NAME_COLUMNS, "diagnoses": ("text",)}.items() | {
            ("patients", ("home_location",))}:
        for column in columns:
            if table == "rotations" and column == "notes":
                continue  # the demo's rotations have no notes: nothing to remove, nothing listed
            assert column in changes[table], (table, column)
    assert changes["patients"]["phone"].action == "removed"
    assert changes["patients"]["un_index_number"].action.startswith("replaced by a keyed hash")
    assert changes["patients"]["date_of_birth"].action.startswith("reduced to the year")
    assert changes["patients"]["name"].values == manifest.counts["patients"]
    assert changes["rotations"]["notes"].values == 0  # listed although the demo wrote none
    assert {"before_json", "after_json", "username", "prev_hash, hash"} <= set(changes["audit_log"])
    assert "pseudonymised" not in json.loads(zipfile.ZipFile(plain).read("manifest.json"))
    with zipfile.ZipFile(pseudo) as zf:
        assert sorted(zf.namelist()) == ["data.sqlite", "manifest.json", "manifest.sig"]
    key_text = key_path(marked.db).read_bytes()
    assert key_text not in pseudo.read_bytes() and bytes.fromhex(key_text.decode()) not in pseudo.read_bytes()


def test_hq_imports_pseudonymised_bundles_and_the_second_one_changes_nothing(marked: Marked, tmp_path: Path) -> None:
    first = export(marked.db, tmp_path / "one.l2fh")
    second = export(marked.db, tmp_path / "two.l2fh")
    live = sqlite3.connect(marked.db)
    live_patients = live.execute("SELECT * FROM patients ORDER BY id").fetchall()
    live.close()
    with Store(tmp_path / "hq.db") as hq:
        one = import_bundle(hq, first, trust={signer_of(hq, first).fingerprint}, actor=SYSTEM)
        two = import_bundle(hq, second, actor=SYSTEM)
        assert one.status == two.status == IMPORTED
        assert one.counts["patients"].new == len(live_patients)
        assert two.counts["patients"].new == 0 and two.counts["encounters"].new == 0
        names = [row[0] for row in hq.db.query("SELECT name FROM patients")]
        assert names and all(n.startswith("P-") for n in names)
        assert "Zebulon" not in " ".join(names)
    live = sqlite3.connect(marked.db)
    assert live.execute("SELECT * FROM patients ORDER BY id").fetchall() == live_patients  # the live file untouched
    live.close()


def test_the_command_line_says_what_it_pseudonymised(marked: Marked, tmp_path: Path) -> None:
    out = tmp_path / "cli.l2fh"
    done = subprocess.run([sys.executable, "-m", "l2fh_desk", "export", "--db", str(marked.db), "--out", str(out),
                           "--pseudonymise"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "pseudonymised with this installation's key" in done.stdout
    assert "patients: " in done.stdout and "un_index_number" in done.stdout
    assert bundle_parts(out)[2].pseudonymised is not None
