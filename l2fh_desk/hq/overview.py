"""The HQ overview: one row per hospital and rotation HQ holds, with its dates, commander, the last bundle
received and its age, record counts, admissions open at the last export and whether the hospital's history
chain continues; and the counts of the review queues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from l2fh_desk.store.store import Store


@dataclass(frozen=True)
class OverviewRow:
    hospital_id: str
    hospital: str
    mission: str
    location: str
    rotation: int
    start_date: str
    end_date: str
    commander: str
    last_bundle_at: str  # when the hospital made its newest bundle HQ holds ('' if none)
    last_bundle_days: int | None  # its age in whole days
    bundles: int
    patients: int  # distinct patient records seen in the rotation's encounters
    encounters: int
    admissions: int
    open_admissions: int  # still open in the newest bundle, i.e. at the last export
    outreach: int
    staff: int
    chain_continues: bool  # the hospital's audit trail, as imported, has no gap and no broken link


_COUNTS = """
SELECT r.id AS rid,
  (SELECT count(*) FROM encounters e WHERE e.rotation_id = r.id AND e.voided_at IS NULL) AS encounters,
  (SELECT count(DISTINCT e.patient_id) FROM encounters e WHERE e.rotation_id = r.id AND e.voided_at IS NULL) AS patients,
  (SELECT count(*) FROM admissions a WHERE a.rotation_id = r.id AND a.voided_at IS NULL) AS admissions,
  (SELECT count(*) FROM admissions a WHERE a.rotation_id = r.id AND a.voided_at IS NULL
      AND a.discharged_at IS NULL) AS open_admissions,
  (SELECT count(*) FROM outreach_activities o WHERE o.rotation_id = r.id AND o.voided_at IS NULL) AS outreach,
  (SELECT count(*) FROM staff s WHERE s.rotation_id = r.id AND s.voided_at IS NULL) AS staff
FROM rotations r WHERE r.voided_at IS NULL
"""

_BROKEN = """
SELECT hospital_id, sum(CASE WHEN prev_seq IS NULL THEN source_seq != 1
                             ELSE source_seq != prev_seq + 1 OR prev_hash != prev_row_hash END) AS broken
FROM (SELECT hospital_id, source_seq, prev_hash,
             lag(source_seq) OVER w AS prev_seq, lag(hash) OVER w AS prev_row_hash
      FROM imported_audit WHERE abandoned = 0 WINDOW w AS (PARTITION BY hospital_id ORDER BY source_seq))
GROUP BY hospital_id
"""


def broken_chains(store: Store) -> dict[str, int]:
    """Per hospital, how many imported audit rows do not follow on from the one before (0: the chain continues).
    The live history only: a branch a declared restore gave up is a fork, not a break (exchange/branches.py)."""
    return {r["hospital_id"]: int(r["broken"]) for r in store.db.query(_BROKEN)}


def overview(store: Store, *, now: datetime | None = None) -> list[OverviewRow]:
    now = now or datetime.now(UTC)
    counts = {r["rid"]: r for r in store.db.query(_COUNTS)}
    last = {r["hospital_id"]: (r["at"], int(r["n"])) for r in store.db.query(
        "SELECT hospital_id, max(exported_at) AS at, count(*) AS n FROM imports GROUP BY hospital_id")}
    broken = broken_chains(store)
    rows = []
    for r in store.db.query(
            "SELECT h.id AS hid, h.name, h.mission, h.location, r.id AS rid, r.number, r.start_date, r.end_date,"
            " r.commander_name FROM rotations r JOIN hospitals h ON h.id = r.hospital_id"
            " WHERE r.voided_at IS NULL ORDER BY h.name, h.id, r.number"):
        at, bundles = last.get(r["hid"], ("", 0))
        days = None
        if at:
            days = max(0, (now - datetime.fromisoformat(at.replace("Z", "+00:00"))).days)
        c = counts[r["rid"]]
        rows.append(OverviewRow(r["hid"], r["name"], r["mission"], r["location"], int(r["number"]), r["start_date"],
                                r["end_date"], r["commander_name"], at, days, bundles, int(c["patients"]),
                                int(c["encounters"]), int(c["admissions"]), int(c["open_admissions"]),
                                int(c["outreach"]), int(c["staff"]), broken.get(r["hid"], 0) == 0))
    return rows


@dataclass(frozen=True)
class ReviewCounts:
    duplicates: int  # likely duplicate pairs not yet linked
    linked: int
    conflicts: int  # merge conflicts, refused rows and records kept aside from a branch a restore gave up


def review_counts(store: Store) -> ReviewCounts:
    from l2fh_desk.exchange.hq import likely_duplicates

    pairs = likely_duplicates(store, limit=1_000_000)
    conflicts = int(store.db.scalar("SELECT (SELECT count(*) FROM merge_conflicts WHERE kind != 'update')"
                                    " + (SELECT count(*) FROM abandoned_records)") or 0)
    return ReviewCounts(sum(not p.linked for p in pairs), sum(p.linked for p in pairs), conflicts)
