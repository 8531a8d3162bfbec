"""A real writer for the crash harness: saves encounters through `save_encounter`, as "Save encounter" does.

Each committed encounter is reported on stdout ("committed <id>") only after `save_encounter` returned.
Every encounter says in its notes how many diagnoses and whether an admission belong to it, so a checker
can tell a whole save from a partial one.

  writer.py DB            fork server: each "fork" line on stdin forks a child that writes until killed;
                          prints "child <pid>" and, once the child is gone, "exit <pid> <status>".
  writer.py DB --direct   write in this process until killed.
  writer.py DB --like-app write in this process until killed, as the window does: a pause between saves, and a
                          second store (a background page's `store.reopen()`) opened, read and closed beside the
                          main one every few saves.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import Disposition, EncounterKind, PatientCategory, Sex, Triage
from l2fh_desk.domain.ward import Admission
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.store.store import Store

CODES = ("B54", "J06.9", "J18.9", "A09", "L30.9", "S61.0", "S93.4", "K02.9")
MEDIC = Actor(username="medic", role=Role.MEDIC)


def say(line: str) -> None:
    # One write(2) per line: lines from the server and its children never interleave mid-line.
    os.write(1, (line + "\n").encode())


def write_forever(db_path: Path, seed: int, *, like_app: bool = False) -> None:
    rng = random.Random(seed)
    store = Store(db_path, create=False)
    patient_ids = [row[0] for row in store.db.query("SELECT id FROM patients WHERE voided_at IS NULL")]
    rotation = store.rotations.latest()
    assert rotation is not None and patient_ids
    while True:
        count = rng.randint(1, 3)
        admit = rng.random() < 0.3
        diagnoses = tuple(Diagnosis(icd10_code=code, is_primary=i == 0)
                          for i, code in enumerate(rng.sample(CODES, count)))
        encounter = Encounter(
            patient_id=rng.choice(patient_ids), rotation_id=rotation.id, started_at=datetime.now(UTC),
            kind=EncounterKind.ADMISSION if admit else EncounterKind.OUTPATIENT, triage=Triage.T3,
            complaint="crash harness", diagnoses=diagnoses, clinician="Dr Harness",
            disposition=Disposition.ADMITTED if admit else Disposition.DISCHARGED,
            notes=f"dx={count};adm={int(admit)}",
        )
        admission = None
        if admit:
            # One open admission per patient and one patient per bed: a patient and a bed of its own (saved
            # before the encounter; the checker looks at encounters and admissions only).
            patient = store.patients.create(Patient(name=f"Harness {seed}-{rng.randrange(10**9)}", sex=Sex.MALE,
                                                    date_of_birth=date(1990, 1, 1),
                                                    category=PatientCategory.UN_MILITARY), actor=MEDIC)
            label = f"H-{seed}-{rng.randrange(10**9)}"
            set_up_ward(store, "General", labels=[label], actor=SYSTEM)
            encounter = encounter.model_copy(update={"patient_id": patient.id})
            admission = Admission(patient_id=patient.id, rotation_id=rotation.id, bed=label,
                                  admitted_at=encounter.started_at)
        saved = save_encounter(store, encounter, actor=MEDIC, admission=admission)
        say(f"committed {saved.id}")
        if like_app:
            if rng.random() < 0.3:  # a background page (dashboard, reports, export) opens and closes its own store
                with store.reopen(readonly=rng.random() < 0.5) as page:
                    page.db.scalar("SELECT count(*) FROM encounters")
            time.sleep(rng.uniform(0.0, 0.02))


def serve(db_path: Path) -> None:
    for code in CODES:  # warm the ICD-10 tables once, so each forked writer starts saving at once
        Diagnosis(icd10_code=code)
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            return
        if command[0] == "fork":
            seed = int(command[1])
            pid = os.fork()
            if pid == 0:
                try:
                    write_forever(db_path, seed)
                finally:
                    os._exit(3)
            say(f"child {pid}")
            _, status = os.waitpid(pid, 0)
            say(f"exit {pid} {status}")


def main() -> None:
    db_path = Path(sys.argv[1])
    if "--direct" in sys.argv[2:]:
        write_forever(db_path, os.getpid())
    elif "--like-app" in sys.argv[2:]:
        write_forever(db_path, os.getpid(), like_app=True)
    else:
        serve(db_path)


if __name__ == "__main__":
    main()
