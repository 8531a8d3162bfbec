"""Golden file: a hand-built day whose item n has its own count, so a column shifted by one cannot pass."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

from conftest import FIXED_TIME

from l2fh_desk.domain import mds
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import (
    Disposition,
    PatientCategory,
    ProcedureKind,
    ProtectionConcern,
    RelationToEvent,
    Sex,
)
from l2fh_desk.reports.figures_mds import mds_figures
from l2fh_desk.reports.mds_csv import to_csv
from l2fh_desk.reports.mds_json import to_json
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store

GOLDEN = Path(__file__).parent / "golden"
DAY = date(2026, 3, 14)
# Item 36 + k is disposition k, so outcome n appears n - 35 times (36 once ... 42 seven times).
DISPOSITIONS = (Disposition.DISCHARGED, Disposition.DISCHARGED_FOLLOW_UP, Disposition.LEFT_AGAINST_ADVICE,
                Disposition.EVACUATED, Disposition.ADMITTED, Disposition.DEAD_ON_ARRIVAL, Disposition.DIED)


def _build(path: Path) -> Store:
    store = Store(path)
    add_hospital(store, Hospital(name="Golden L2FH", mission="UNMISS", location="Bentiu", bed_capacity=20),
                           actor=SYSTEM)
    rotation = store.rotations.create(Rotation(hospital_id=store.origin, number=1, start_date=date(2026, 1, 1),
                                               end_date=date(2026, 12, 31), commander_name="Col A"), actor=SYSTEM)
    adults = [store.patients.create(Patient(name=f"Adult {n}", sex=Sex.FEMALE if n % 2 else Sex.MALE,
                                            date_of_birth=date(1990, 1, 1), category=PatientCategory.LOCAL_CIVILIAN),
                                    actor=SYSTEM) for n in range(2)]
    encounters = [d for k, d in enumerate(DISPOSITIONS) for _ in range(k + 1)]  # 28 consultations
    relation = [RelationToEvent.DIRECT] * 9 + [RelationToEvent.INDIRECT] * 10 + [RelationToEvent.NOT_RELATED] * 9
    diagnoses: list[list[str]] = [[] for _ in encounters]
    spread = 0
    for number in range(4, 30):  # health event n appears n - 3 times
        item = mds.ITEM_BY_NUMBER[number]
        code = (mds.DEFAULT_ADDITIONAL[mds.ADDITIONAL_SLOTS.index(item)].code if item in mds.ADDITIONAL_SLOTS
                else item.value)
        for _ in range(number - 3):
            diagnoses[spread % len(encounters)].append(code)
            spread += 1
    procedures: list[list[ProcedureKind]] = [[] for _ in encounters]
    for number in range(30, 36):  # procedure n appears n - 29 times
        for _ in range(number - 29):
            procedures[spread % len(encounters)].append(ProcedureKind(mds.ITEM_BY_NUMBER[number].value))
            spread += 1
    concerns = list(ProtectionConcern)
    for index, disposition in enumerate(encounters):
        patient = adults[index % 2]
        store.encounters.create(Encounter(
            patient_id=patient.id, rotation_id=rotation.id, clinician="Dr G",
            started_at=datetime(DAY.year, DAY.month, DAY.day, 8, index, tzinfo=UTC), disposition=disposition,
            pregnant=patient.sex == Sex.FEMALE and index % 4 == 1,
            diagnoses=tuple(Diagnosis(icd10_code="R69", mds_event=code) for code in diagnoses[index]),
            procedures=tuple(Procedure(kind=kind) for kind in procedures[index]),
            relation_to_event=relation[index], needs_rehabilitation=index < 8,
            # protection item 47 + k on 11 + k consultations
            protection=tuple(c for k, c in enumerate(concerns) if index < 11 + k),
        ), actor=SYSTEM)
    return store


def test_every_item_number_is_pinned(tmp_path: Path) -> None:
    with _build(tmp_path / "golden.db") as store:
        figures = mds_figures(store, DAY, DAY)
    doc = json.loads(to_json(figures, generated_at=FIXED_TIME, generated_by="system"))
    golden = json.loads((GOLDEN / "mds_by_number.json").read_text(encoding="utf-8"))
    assert doc["total"]["by_number"] == golden["by_number"]
    assert {str(n): c for n, c in ((i["number"], i["code"]) for i in doc["items"])} == golden["codes"]
    # The outcomes above all: 36 once, 37 twice ... 42 seven times; 43 (rehabilitation) eight times.
    assert [doc["total"]["by_number"][str(n)] for n in range(36, 44)] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [doc["total"]["by_number"][str(n)] for n in range(4, 36)] == [*range(1, 27), *range(1, 7)]
    row = next(csv.DictReader(io.StringIO(to_csv(figures, generated_at=FIXED_TIME))))
    for number in range(1, 51):
        key = f"{number}_total" if number <= 35 else str(number)
        assert int(row[key]) == golden["by_number"][str(number)], number
    assert row["33_<5"] == row["34_<5"] == row["35_<5"] == ""  # the form has no under-5 cell there
    # One line-list row per case of each starred item (28 has 25 diagnoses, but spread over 25 consultations).
    listed = {n: sum(r["number"] == n for r in doc["line_list"]) for n in (28, 31, 39, 42, 43, 47, 48, 49, 50)}
    assert listed == {28: 25, 31: 2, 39: 4, 42: 7, 43: 8, 47: 11, 48: 12, 49: 13, 50: 14}
