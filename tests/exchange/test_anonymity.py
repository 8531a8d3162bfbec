"""Pseudonymised exports do not re-identify: times cut to the day (or week), every combination of the patients'
quasi-identifiers covers at least k patients, and the manifest says the achieved k and what was generalised."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from exchange_helpers import Hospital, copy_hospital, members, snapshot_bytes, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store


def _export(h: Hospital, out: Path, **options: object) -> tuple[sqlite3.Connection, dict[str, object]]:
    db = copy_hospital(h, out.with_name(out.stem + "-hospital"))  # the shared hospital stays as built
    with Store(db) as store:
        bundle = export_bundle(store, out=out, actor=SYSTEM, hq_public_key=None, pseudonymise=True,
                               **options).path  # type: ignore[arg-type]
    snap = out.with_suffix(".sqlite")
    snap.write_bytes(snapshot_bytes(bundle))
    return sqlite3.connect(snap), json.loads(dict(members(bundle))["manifest.json"])


def _groups(conn: sqlite3.Connection) -> Counter[tuple[object, ...]]:
    return Counter(conn.execute("SELECT sex, substr(date_of_birth, 1, 4), nationality, unit, category"
                                " FROM patients").fetchall())


def test_times_are_cut_to_the_day_and_patients_are_5_anonymous(two: tuple[Hospital, Hospital],
                                                               tmp_path: Path) -> None:
    a = two[0]
    source = sqlite3.connect(a.db)
    exact = source.execute("SELECT count(DISTINCT started_at) FROM encounters").fetchone()[0]
    real_min = min(Counter(source.execute("SELECT sex, substr(date_of_birth, 1, 4), nationality, unit, category"
                                          " FROM patients").fetchall()).values())
    source.close()
    conn, manifest = _export(a, tmp_path / "p.l2fh")
    assert real_min < 5  # the real data has people unique on these five
    times = [r[0] for r in conn.execute("SELECT started_at FROM encounters UNION ALL SELECT admitted_at FROM"
                                        " admissions UNION ALL SELECT created_at FROM patients UNION ALL"
                                        " SELECT at FROM audit_log")]
    assert times and all(t.endswith("T00:00:00Z") for t in times)
    assert conn.execute("SELECT count(DISTINCT started_at) FROM encounters").fetchone()[0] < exact
    assert min(_groups(conn).values()) >= 5
    info = manifest["pseudonymised"]
    assert info["time_grain"] == "day"
    anon = info["k_anonymity"]
    assert anon["k"] == 5 and anon["achieved_k"] == min(_groups(conn).values()) >= 5
    assert anon["generalised"] and anon["quasi_identifiers"] == ["sex", "birth year", "nationality", "unit",
                                                                 "category"]
    assert info["changes"]["encounters"]["started_at"]["action"] == "cut to the day"
    for (after,) in conn.execute("SELECT after_json FROM audit_log WHERE table_name = 'encounters'"
                                 " AND after_json IS NOT NULL"):
        started = json.loads(after).get("started_at")
        assert started is None or started.endswith("T00:00:00Z")
    conn.close()


def test_k_and_the_week_are_configurable_and_the_bundle_imports_for_research(two: tuple[Hospital, Hospital],
                                                                            tmp_path: Path,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    conn, manifest = _export(a, tmp_path / "w.l2fh", k=12, time_grain="week")
    assert min(_groups(conn).values()) >= 12
    assert manifest["pseudonymised"]["k_anonymity"]["achieved_k"] >= 12
    days = {date.fromisoformat(r[0][:10]).weekday() for r in conn.execute("SELECT started_at FROM encounters")}
    assert days == {0}  # Mondays
    conn.close()
    with Store(tmp_path / "research.db") as store:
        [result] = import_bundles(store, [tmp_path / "w.l2fh"], trust=trust_of(a.bundle), actor=SYSTEM)
        assert result.status == IMPORTED, result.reason
    assert main(["export", "--db", str(copy_hospital(a, tmp_path / "cli")), "--out", str(tmp_path / "cli.l2fh"), "--pseudonymise",
                 "--k-anonymity", "7"]) == 0
    out = capsys.readouterr().out
    assert "times cut to the day" in out and "asked k=7, achieved k=" in out
