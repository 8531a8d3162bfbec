"""Checks of a verified snapshot against its manifest and against what HQ already holds, run before anything is
written. Each check is one function `check_x(ctx)` raising `BundleRefused` with one line naming the first
offending record; `SNAPSHOT_CHECKS` is the sequence the importer runs (append a check to extend it).

Ownership: a bundle may hold only records whose origin is the hospital that signed it, exactly one hospital
record (its own) and rotations of that hospital only; since the snapshot's own foreign keys are checked, every reference then points at a record of the signer. An id that
another hospital also claims (a copied id) is kept per claim (exchange/aliases.py), so ids are owned by their
origin, never by arrival order; a bundle that breaks the rule is refused whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from l2fh_desk.exchange import aliases, anonymity
from l2fh_desk.exchange.branches import Placement
from l2fh_desk.exchange.history import check_extends_history, check_signed_head
from l2fh_desk.exchange.manifest import BundleRefused, Manifest
from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.exchange.snapshot import Snapshot, expected_columns
from l2fh_desk.exchange.trust import CONTENT_SETTING, PSEUDONYMISED, RECORDS, plain
from l2fh_desk.store.migrate import latest_version
from l2fh_desk.store.store import Store


@dataclass
class CheckContext:
    hq: Store
    snap: Snapshot
    manifest: Manifest
    hq_recipient: str | None = None  # fingerprint of this HQ's public key, when it has one
    placement: Placement = field(default_factory=Placement)  # set by check_extends_history
    disputed: list[tuple[str, str]] = field(default_factory=list)  # (table, id) another hospital claims too


def _held(ctx: CheckContext) -> None:
    ctx.snap.hold(Path(ctx.hq.path))


def check_manifest_matches(ctx: CheckContext) -> None:
    """The signed manifest describes this snapshot: hospital name, mission, location and live rotations."""
    m = ctx.manifest
    rows = ctx.snap.run("SELECT id, name, mission, location FROM hospitals")
    if len(rows) != 1 or rows[0][0] != m.hospital.id:
        other = next((r[0] for r in rows if r[0] != m.hospital.id), None)
        if other is not None:
            raise BundleRefused(f"row {plain(other, 40)} of hospitals is another hospital than the one that signed"
                                " the bundle; a bundle may hold only its own hospital's records")
        raise BundleRefused("the snapshot does not hold the record of the hospital that signed it")
    _id, name, mission, location = rows[0]
    for label, found, said in (("name", name, m.hospital.name), ("mission", mission, m.hospital.mission),
                               ("location", location, m.hospital.location)):
        if str(found)[:500] != said:
            raise BundleRefused(f"the manifest's hospital {label} {plain(said, 60)!r} differs from the snapshot's"
                                f" {plain(found, 60)!r}")
    live = [(str(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in ctx.snap.run(
        "SELECT id, number, start_date, end_date FROM rotations WHERE hospital_id = ? AND voided_at IS NULL"
        " ORDER BY number", (m.hospital.id,))]
    said_rotations = [(r.id, r.number, r.start_date, r.end_date) for r in m.rotations]
    if live != said_rotations:
        raise BundleRefused("the manifest's rotations differ from the snapshot's")
    for table in ("users", "audit_log"):
        count = int(ctx.snap.run(f"SELECT count(*) FROM {table}")[0][0])
        if table in m.counts and m.counts[table] != count:
            raise BundleRefused(f"the snapshot holds {count} {table} rows, the manifest says {m.counts[table]}")
    recipient = m.data.recipient_fingerprint
    if m.data.encrypted and ctx.hq_recipient is not None and recipient != ctx.hq_recipient:
        raise BundleRefused(f"the bundle was encrypted for HQ key {plain(recipient, 80)}, not for this HQ's key"
                            f" {ctx.hq_recipient}")


def check_ownership(ctx: CheckContext) -> None:
    """Every rotation is the signer's; ids another hospital also claims are noted for the merge."""
    hospital = ctx.manifest.hospital.id
    found = ctx.snap.run("SELECT id, hospital_id FROM rotations WHERE hospital_id IS NOT ? LIMIT 1", (hospital,))
    if found:
        raise BundleRefused(f"row {plain(found[0][0], 40)} of rotations is booked under another hospital"
                            f" ({plain(found[0][1], 40)}); a bundle may hold only its own hospital's records")
    _held(ctx)
    # An id another hospital also claims (copied): each claim gets an id of its own at HQ (exchange/aliases.py).
    ctx.disputed = aliases.disputed(ctx.snap, hospital)


def check_cross_records(ctx: CheckContext) -> None:
    """The rules the forms enforce across records, on the snapshot's live records.

    A visit before its patient's stored date of birth is not among them: an older version saved such records
    (its patient update had no check), the hospital's `check` warns about them and every report counts them
    in a stated way ("Age unknown"; under 5 in the MDS). Refusing them here would stop each later bundle of
    that hospital; HQ's reports, built on the same tallies, count them the same way."""
    rules = (
        ("encounters", "SELECT e.id FROM encounters e JOIN patients p ON p.id = e.patient_id"
                       " WHERE e.pregnant AND p.sex != 'female' AND e.voided_at IS NULL LIMIT 1",
         "pregnancy recorded for a patient who is not female"),
        ("diagnoses", "SELECT min(id) FROM diagnoses WHERE is_primary AND voided_at IS NULL"
                      " GROUP BY encounter_id HAVING count(*) > 1 LIMIT 1",
         "a second primary diagnosis for the same encounter"),
        ("diagnoses", "SELECT d.id FROM diagnoses d JOIN encounters e ON e.id = d.encounter_id"
                      " WHERE d.voided_at IS NULL AND e.voided_at IS NOT NULL LIMIT 1",
         "a live diagnosis of a voided encounter"),
        ("admissions", "SELECT a.id FROM admissions a JOIN encounters e ON e.id = a.encounter_id"
                       " WHERE a.patient_id != e.patient_id LIMIT 1",
         "the admission and its encounter are of different patients"),
        ("evacuations", "SELECT v.id FROM evacuations v JOIN admissions a ON a.id = v.admission_id"
                        " WHERE v.patient_id != a.patient_id LIMIT 1",
         "the evacuation and its admission are of different patients"),
        ("evacuations", "SELECT v.id FROM evacuations v JOIN encounters e ON e.id = v.encounter_id"
                        " WHERE v.patient_id != e.patient_id LIMIT 1",
         "the evacuation and its encounter are of different patients"),
        *_finite_rules(),
    )
    for table, sql, message in rules:
        found = ctx.snap.run(sql)
        if found and found[0][0] is not None:
            raise BundleRefused(f"row {plain(found[0][0], 40)} of {table} fails validation: {message}")


def _finite_rules() -> list[tuple[str, str, str]]:
    """Every REAL column holds a finite number: SQLite keeps an infinity (a NaN becomes NULL), and a model bounded
    only below (an outreach quantity) would accept it."""
    rules = []
    for spec in MERGED:
        for column in expected_columns(latest_version(), spec.name):
            if column.kind == "REAL":
                rules.append((spec.name, f"SELECT id FROM {spec.name} WHERE {column.name} IN (9e999, -9e999) LIMIT 1",
                              f"{column.name} is not a finite number"))
    return rules


def content_kind(manifest: Manifest) -> str:
    return PSEUDONYMISED if manifest.pseudonymised is not None else RECORDS


def held_kind(hq: Store) -> str | None:
    """What this HQ database holds: real records, pseudonymised bundles (a research database), or nothing yet."""
    kind = hq.settings.get(CONTENT_SETTING)
    if kind in (RECORDS, PSEUDONYMISED):
        return str(kind)
    return RECORDS if hq.db.scalar("SELECT count(*) FROM imports") else None


def check_content_kind(ctx: CheckContext) -> None:
    """Pseudonymised bundles never mix with real records: a research database holds only them (their ids are
    keyed hashes, their own id space), and HQ's database holds only real records."""
    held, incoming = held_kind(ctx.hq), content_kind(ctx.manifest)
    if held is None or held == incoming:
        return
    if incoming == PSEUDONYMISED:
        raise BundleRefused("this bundle is pseudonymised and this database holds real records; import"
                            " pseudonymised bundles into a research database of their own (made with `l2fh-desk hq init --research`)")
    raise BundleRefused("this database is a research database of pseudonymised bundles; import real bundles into"
                        " the HQ database")


def check_pseudonymised_claims(ctx: CheckContext) -> None:
    """What a pseudonymised bundle's manifest says was done (exchange/anonymity.py) is what its snapshot holds:
    every time cut to the day (or the Monday of its week), every birth date cut to a year, and the patients'
    quasi-identifiers in groups of the size it names; HQ's research database shows that `achieved_k`."""
    claims = ctx.manifest.pseudonymised
    if claims is None:
        return
    snap = ctx.snap
    if claims.time_grain is not None:
        monday = " OR strftime('%w', {0}) != '1'" if claims.time_grain == anonymity.WEEK else ""
        columns = [*((t, c) for t, cs in anonymity.TIME_COLUMNS.items() for c in cs), ("audit_log", "at")]
        for table, column in columns:
            found = snap.run(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL AND (substr({column}, 11)"
                             f" != 'T00:00:00Z'{monday.format(column)}) LIMIT 1")
            if found:
                raise BundleRefused(f"the manifest says every time was cut to the {plain(claims.time_grain, 10)},"
                                    f" but {table}.{column} holds {plain(found[0][0], 40)}")
    said = claims.k_anonymity
    if said is not None:
        uncut = snap.run("SELECT id FROM patients WHERE substr(date_of_birth, 5) != '-01-01' LIMIT 1")
        if uncut:
            raise BundleRefused(f"the manifest says the patients were generalised, but row {plain(uncut[0][0], 40)}"
                                " of patients keeps a whole birth date")
        smallest = snap.run("SELECT min(n) FROM (SELECT count(*) AS n FROM patients GROUP BY sex,"
                            " substr(date_of_birth, 1, 4), nationality, unit, category)")[0][0]
        if int(smallest or 0) != said.achieved_k:
            raise BundleRefused(f"the manifest says every combination of {', '.join(anonymity.QUASI)} covers"
                                f" {said.achieved_k} patients, but the smallest covers {int(smallest or 0)}")


SNAPSHOT_CHECKS: list[Callable[[CheckContext], None]] = [
    check_manifest_matches,
    check_content_kind,
    check_pseudonymised_claims,
    check_ownership,
    check_cross_records,
    check_extends_history,  # exchange/history.py
    check_signed_head,  # exchange/history.py
]


def run_checks(ctx: CheckContext) -> None:
    for check in SNAPSHOT_CHECKS:
        check(ctx)
