"""The cost of encryption at rest: save, patient search, handover report and export on an encrypted hospital
beside the same hospital plain, measured in the same run and interleaved (goal: each within 1.5x).

    python -m bench.bench_crypto [--quick] [--encounters N]

The plain database is a demo build; the encrypted one is a copy converted the way `l2fh-desk encrypt` does it.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Vitals
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.reports.generate import generate_handover
from l2fh_desk.security.unlock import encrypt_files
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.store import atrest
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)
QUERIES = ("ng", "nguyen", "nguyen thi", "tran", "th", "anh", "dang", "nyaruach", "gat", "deng", "sharma", "ri")
GOAL = "encrypted within 1.5x of plain (same run)"


def _ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def _saves(store: Store, count: int, offset: int) -> list[float]:
    rotation = store.rotations.latest()
    assert rotation is not None
    patients = [row.id for row in store.patients.search(limit=count)]
    now = datetime.now(UTC).replace(microsecond=0)
    times = []
    for index in range(count):
        encounter = Encounter(
            patient_id=patients[index % len(patients)], rotation_id=rotation.id,
            started_at=now - timedelta(minutes=offset + index), complaint="Fever and headache for 2 days",
            vitals=Vitals(temperature_c=38.4, pulse_bpm=80, systolic_bp=120, diastolic_bp=80),
            diagnoses=(Diagnosis(icd10_code="B54", is_primary=True),), treatment="ACT 3 days", clinician="Dr Lan")
        times.append(_ms(lambda e=encounter: save_encounter(store, e, actor=MEDIC)))
    return times


def run(quick: bool = False, encounters: int | None = None) -> list[dict[str, object]]:
    encounters = encounters or (20_000 if quick else 100_000)
    saves, rounds = (30, 3) if quick else (100, 5)
    label = f"{encounters:,} encounters"
    measured: dict[str, dict[str, list[float]]] = {}
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-crypto-") as tmp:
        folder = Path(tmp)
        plain_db, enc_db = folder / "plain" / "hospital.db", folder / "enc" / "hospital.db"
        plain_db.parent.mkdir()
        enc_db.parent.mkdir()
        with Store(plain_db) as store:
            generate(store, encounters=encounters, outreach=100, seed=7)
        shutil.copyfile(plain_db, enc_db)
        started = time.perf_counter()
        encrypt_files(enc_db, os.urandom(atrest.KEY_BYTES), username="commander", password="commander-demo")
        convert_s = time.perf_counter() - started
        stores = {"plain": Store(plain_db), "encrypted": Store(enc_db)}
        try:
            for kind in stores:
                measured[kind] = {"save": [], "search": [], "handover": [], "export": []}
            for round_no in range(rounds):  # interleaved: neither kind gets the warmer cache or the quieter minute
                for kind, store in stores.items():
                    times = measured[kind]
                    times["save"] += _saves(store, saves // rounds, offset=round_no * saves)
                    for query in QUERIES:
                        times["search"].append(_ms(lambda q=query, s=store: s.patients.search(q, limit=100)))
                    out = folder / f"{kind}-{round_no}.pdf"
                    times["handover"].append(_ms(lambda s=store, o=out: generate_handover(
                        s, rotation_number=None, out=o, actor=SYSTEM)))
                    bundle = folder / f"{kind}-{round_no}.l2fh"
                    times["export"].append(_ms(lambda s=store, b=bundle: export_bundle(
                        s, out=b, actor=SYSTEM, hq_public_key=None)))
        finally:
            for store in stores.values():
                store.close()
    rows: list[dict[str, object]] = [{"figure": f"encrypt a plain {label} database (copy, check, replace)",
                                      "value": round(convert_s, 2), "unit": "s", "baseline": None,
                                      "goal": "once per installation"}]
    names = {"save": "save one encounter (median)", "search": "patient search, 100 rows (median)",
             "handover": "handover report PDF (median)", "export": "export bundle (median)"}
    for key, name in names.items():
        enc, plain = statistics.median(measured["encrypted"][key]), statistics.median(measured["plain"][key])
        rows.append({"figure": f"{name}, {label}, encrypted", "value": round(enc, 2), "unit": "ms",
                     "baseline": round(plain, 2), "goal": "baseline: the same on the plain copy"})
        rows.append({"figure": f"{name}: encrypted / plain", "value": round(enc / plain, 2), "unit": "x",
                     "baseline": None, "goal": GOAL})
    return rows


def main() -> None:
    quick = "--quick" in sys.argv
    size = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--encounters=")), None)
    for row in run(quick=quick, encounters=size):
        baseline = "" if row["baseline"] is None else f"   (plain {row['baseline']} {row['unit']})"
        print(f"{row['figure']:<66} {row['value']:>9} {row['unit']:<3}{baseline}   goal: {row['goal']}")


if __name__ == "__main__":
    main()
