"""Every handover figure equals an independent recomputation from whole rows (voided rows excluded)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from conftest import FIXED_TIME
from recompute import age, deaths_by_person, item_counts, live, patients

from l2fh_desk.domain import mds
from l2fh_desk.domain.ids import parse_iso
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import MAJOR_SURGERY, MINOR_SURGERY
from l2fh_desk.reports.figures_handover import cutoff_for, handover_figures
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.store.store import Store


def _figures(store: Store, number: int):  # type: ignore[no-untyped-def]
    rotation = store.rotations.by_number(number)
    assert rotation is not None
    return rotation, handover_figures(store, rotation, generated_at=FIXED_TIME)


def test_summary_equals_recount(demo_store: Store) -> None:
    for number in (3, 4, 5):
        rotation, f = _figures(demo_store, number)
        encounters = live(demo_store, "encounters", "rotation_id = ?", (rotation.id,))
        admissions = live(demo_store, "admissions", "rotation_id = ?", (rotation.id,))
        procs = [p["kind"] for e in encounters for p in json.loads(str(e["procedures"]))]
        outreach = live(demo_store, "outreach_activities", "rotation_id = ?", (rotation.id,))
        s = f.summary
        assert s.encounters == len(encounters) > 0
        cut = cutoff_for(rotation, FIXED_TIME)
        in_bed = {a["patient_id"] for a in live(demo_store, "admissions") if parse_iso(str(a["admitted_at"])) <= cut
                  and (not a["discharged_at"] or parse_iso(str(a["discharged_at"])).date() >= rotation.start_date)}
        assert s.patients == len({e["patient_id"] for e in encounters} | in_bed)
        assert s.admissions == len(admissions)
        assert s.surgeries_major == sum(k in {m.value for m in MAJOR_SURGERY} for k in procs)
        assert s.surgeries_minor == sum(k in {m.value for m in MINOR_SURGERY} for k in procs)
        assert s.evacuations == len(live(demo_store, "evacuations", "rotation_id = ?", (rotation.id,)))
        assert s.deaths == sum(rotation.start_date <= day <= cut.date() for day in deaths_by_person(demo_store).values())
        assert s.dead_on_arrival == sum(e["disposition"] == "dead_on_arrival" for e in encounters)
        assert s.outreach_activities == len(outreach)
        assert s.people_reached == sum(int(a["reached_total"]) for a in outreach)  # type: ignore[call-overload]


def test_bed_days_and_inpatients_at_cutoff(demo_store: Store) -> None:
    for number in (4, 5):
        rotation, f = _figures(demo_store, number)
        cut = cutoff_for(rotation, FIXED_TIME)
        open_now, nights = [], 0
        for a in live(demo_store, "admissions"):
            admitted = parse_iso(str(a["admitted_at"]))
            left = parse_iso(str(a["discharged_at"])) if a["discharged_at"] else None
            if admitted <= cut and (left is None or left > cut):
                open_now.append(a)
            last = min(left or cut, cut).date()  # midnights in the bed whose date is in the rotation
            nights += sum(rotation.start_date <= admitted.date() + timedelta(days=n) <= last
                          for n in range(1, (last - admitted.date()).days + 1))
        assert f.summary.bed_days == nights
        assert sorted(r.bed for r in f.inpatients) == sorted(str(a["bed"]) for a in open_now)
        assert all(r.days_in == (cut.date() - r.admitted).days for r in f.inpatients)


def test_caseload_tables(demo_store: Store) -> None:
    rotation, f = _figures(demo_store, 4)
    encounters = live(demo_store, "encounters", "rotation_id = ?", (rotation.id,))
    people = patients(demo_store)
    cats = Counter(str(people[str(e["patient_id"])]["category"]) for e in encounters)
    assert {c.value: n for c, n in f.by_category} == dict(cats)
    bands: Counter[tuple[str, str]] = Counter()
    for e in encounters:
        p = people[str(e["patient_id"])]
        bands[(mds.age_band(age(p, str(e["started_at"]))), str(p["sex"]))] += 1
    assert {(b, "male"): m for b, m, _ in f.by_sex_band} | {(b, "female"): w for b, _, w in f.by_sex_band} == {
        (b, s): bands[(b, s)] for b in mds.AGE_BANDS for s in ("male", "female")}
    months = Counter(str(e["started_at"])[:7] for e in encounters)
    assert {f"{y}-{m:02d}": n for y, m, n in f.by_month} == dict(months)
    ids = {e["id"] for e in encounters}
    codes = Counter(str(d["icd10_code"]) for d in live(demo_store, "diagnoses") if d["encounter_id"] in ids)
    top = sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    assert [(code, n) for code, _, n in f.top_diagnoses] == top
    expected = item_counts(demo_store, encounters)
    for item, young, old in f.mds_events:
        number = mds.MDS_NUMBER[item]
        assert (young, old) == (expected[(number, "<5")], expected[(number, "5+")]), number


def test_line_list_outreach_and_staff(demo_store: Store) -> None:
    rotation, f = _figures(demo_store, 4)
    encounters = live(demo_store, "encounters", "rotation_id = ?", (rotation.id,))
    doa = [e for e in encounters if e["disposition"] == "dead_on_arrival"]
    died = [d for d in deaths_by_person(demo_store).values() if rotation.start_date <= d <= rotation.end_date]
    evacs = live(demo_store, "evacuations", "rotation_id = ?", (rotation.id,))
    assert len(f.line_list) == len(doa) + len(died) + len(evacs) > 0
    assert sorted(r.destination for r in f.line_list if r.event == "evacuation") == sorted(
        str(v["destination"]) for v in evacs)
    outreach = live(demo_store, "outreach_activities", "rotation_id = ?", (rotation.id,))
    by_kind = Counter(str(a["kind"]) for a in outreach)
    assert {r.kind.value: r.activities for r in f.outreach} == dict(by_kind)
    assert sum(r.female for r in f.outreach) == sum(int(a["reached_female"]) for a in outreach)  # type: ignore[call-overload]
    assert sum(r.children for r in f.outreach) == sum(int(a["reached_children"]) for a in outreach)  # type: ignore[call-overload]
    assert all(a.kind for a in f.notable) and len(f.notable) <= 12
    staff = live(demo_store, "staff", "rotation_id = ?", (rotation.id,))
    assert f.staff.total == len(staff) and f.staff.women == sum(s["sex"] == "female" for s in staff)
    assert f.staff.target == 0.15
    assert {spec: n for spec, n, _ in f.staff.by_specialty} == dict(Counter(str(s["specialty"]) for s in staff))
    assert sorted(r.name for r in f.staff.roster) == sorted(str(s["name"]) for s in staff)


def test_voided_records_are_left_out(demo_store: Store) -> None:
    rotation, before = _figures(demo_store, 4)
    target = live(demo_store, "encounters", "rotation_id = ? AND disposition = 'discharged'", (rotation.id,))[0]
    void_encounter(demo_store, str(target["id"]), reason="test", actor=SYSTEM)
    evac = live(demo_store, "evacuations", "rotation_id = ?", (rotation.id,))[0]
    demo_store.evacuations.void(str(evac["id"]), reason="test", actor=SYSTEM)
    _, after = _figures(demo_store, 4)
    assert after.summary.encounters == before.summary.encounters - 1
    assert after.summary.evacuations == before.summary.evacuations - 1
    assert len(after.line_list) == len(before.line_list) - 1
    assert sum(n for *_, n in after.top_diagnoses) <= sum(n for *_, n in before.top_diagnoses)


def test_commanders_and_cutoff(demo_store: Store) -> None:
    rotation4, f4 = _figures(demo_store, 4)
    rotation5, f5 = _figures(demo_store, 5)
    assert f4.incoming_commander == rotation5.commander_name != ""
    assert f5.incoming_commander == ""
    assert f4.cutoff == datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC)
    assert f5.cutoff == FIXED_TIME  # the rotation is still running
    assert rotation4.end_date == date(2026, 10, 31)
