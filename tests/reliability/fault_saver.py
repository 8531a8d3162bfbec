"""A real "Save encounter" loop for the disk-fault tests, run under `diskfault.c` (LD_PRELOAD).

  fault_saver.py DB     opens the database as the window does (one store, kept open) and reads commands:
    save      saves a new encounter (as a form does: the same form, so the same record id, until a save is
              confirmed); prints {"saved": id} or {"error": the one-line message, "problem": the kind,
              "id": the form's record id}
    backup    makes a backup beside the database; prints {"saved": path} or {"error": ..., "problem": ...}
    quit

Each answer is one JSON line on stdout, written only after the step returned.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.domain.vocab import Disposition, EncounterKind, Triage
from l2fh_desk.errors import describe
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.store.backup import make_backup
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)


def say(answer: dict[str, str]) -> None:
    os.write(1, (json.dumps(answer) + "\n").encode())


def failed(exc: BaseException, form: Encounter | None) -> dict[str, str]:
    told = describe(exc)
    return {"error": told.line, "problem": str(getattr(exc, "problem", type(exc).__name__)),
            "bug": str(told.is_bug), "id": form.id if form is not None else ""}


def main() -> None:
    db_path = Path(sys.argv[1])
    store = Store(db_path, create=False)
    patient = store.db.scalar("SELECT id FROM patients WHERE voided_at IS NULL LIMIT 1")
    rotation = store.rotations.latest()
    assert rotation is not None and patient
    form: Encounter | None = None
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            break
        try:
            if command == "save":
                if form is None:  # a new form; a refused save keeps it (and its id) for the next try
                    form = Encounter(patient_id=patient, rotation_id=rotation.id, started_at=datetime.now(UTC),
                                     kind=EncounterKind.OUTPATIENT, triage=Triage.T3, complaint="fault harness",
                                     diagnoses=(Diagnosis(icd10_code="J06.9", is_primary=True),),
                                     clinician="Dr Harness", disposition=Disposition.DISCHARGED,
                                     notes="x" * 3000)  # a few pages: the WAL is written more than once
                saved = save_encounter(store, form, actor=MEDIC)
                form = None
                say({"saved": saved.id})
            elif command == "backup":
                say({"saved": str(make_backup(store.db, reason="manual"))})
        except Exception as exc:  # noqa: BLE001 -- every failure is reported to the test, which judges it
            say(failed(exc, form))
    store.close()


if __name__ == "__main__":
    main()
