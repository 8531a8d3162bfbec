"""Independent recomputations for the report tests: plain SELECTs of whole rows, counted in Python."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

from l2fh_desk.domain import mds
from l2fh_desk.domain.patient import age_on
from l2fh_desk.store.store import Store


def live(store: Store, table: str, where: str = "1", params: tuple[object, ...] = ()) -> list[dict[str, object]]:
    return [dict(r) for r in store.db.query(f"SELECT * FROM {table} WHERE voided_at IS NULL AND ({where})", params)]


def patients(store: Store) -> dict[str, dict[str, object]]:
    return {str(r["id"]): dict(r) for r in store.db.query("SELECT * FROM patients")}


def age(patient: dict[str, object], started_at: str) -> int:
    return age_on(date.fromisoformat(str(patient["date_of_birth"])), date.fromisoformat(started_at[:10]))


def item_counts(store: Store, encounters: list[dict[str, object]]) -> Counter[tuple[int, str]]:
    """(MDS number, column) → count, recomputed from whole rows with the domain's own helpers."""
    people = patients(store)
    out: Counter[tuple[int, str]] = Counter()
    ids = {str(e["id"]): e for e in encounters}
    slots = {extra.code: slot for slot, extra in zip(mds.ADDITIONAL_SLOTS, mds.DEFAULT_ADDITIONAL, strict=True)}
    for e in encounters:
        p = people[str(e["patient_id"])]
        years = age(p, str(e["started_at"]))
        row = mds.MdsItem.MALE if p["sex"] == "male" else (
            mds.MdsItem.FEMALE_PREGNANT if e["pregnant"] else mds.MdsItem.FEMALE_NOT_PREGNANT)
        out[(mds.MDS_NUMBER[row], mds.age_band(years))] += 1
        out[(mds.MDS_NUMBER[mds.mds_outcome_for_disposition(str(e["disposition"]))], "total")] += 1
        out[(43, "total")] += int(bool(e["needs_rehabilitation"]))
        out[({"direct": 44, "indirect": 45, "not_related": 46}[str(e["relation_to_event"])], "total")] += 1
        for concern in json.loads(str(e["protection"])):
            out[({"vulnerable_child": 47, "vulnerable_adult": 48, "sgbv": 49, "violence": 50}[concern], "total")] += 1
        for proc in json.loads(str(e["procedures"])):
            kind = proc["kind"]
            if kind == "other":
                continue
            number = mds.MDS_NUMBER[mds.MdsItem(kind)]
            out[(number, "<5" if years < 5 and number < 33 else "5+")] += 1
    for d in store.db.query("SELECT * FROM diagnoses WHERE voided_at IS NULL"):
        e = ids.get(d["encounter_id"])
        if e is None:
            continue
        p = people[str(e["patient_id"])]
        item = slots.get(d["mds_event"]) or mds.MdsItem(d["mds_event"])
        out[(mds.MDS_NUMBER[item], "<5" if age(p, str(e["started_at"])) < 5 else "5+")] += 1
    return out


def deaths_by_person(store: Store) -> dict[str, date]:
    """Person → the first day a death was recorded for them (an encounter "died", an admission ending "died")."""
    first: dict[str, date] = {}
    events = [(str(e["patient_id"]), str(e["started_at"])[:10]) for e in live(store, "encounters", "disposition = 'died'")]
    events += [(str(a["patient_id"]), str(a["discharged_at"])[:10]) for a in live(store, "admissions", "outcome = 'died'")]
    for pid, text in events:
        day = date.fromisoformat(text)
        first[pid] = min(day, first.get(pid, day))
    return first
