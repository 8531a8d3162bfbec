"""`l2fh-desk demo`: a believable hospital, every public table filled, same seed same content, added to."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.vocab import OutreachKind, PatientCategory
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

DESIGN_TABLES = ("hospitals", "rotations", "staff", "patients", "encounters", "diagnoses", "admissions",
                 "evacuations", "outreach_activities", "users", "audit_log")
# Stamped by the clock or random salts, not by the seed: the rest must match exactly.
CLOCK_COLUMNS = {"hospitals": ("created_at", "updated_at"), "rotations": ("created_at", "updated_at"),
                 "users": ("id", "created_at", "updated_at", "password_hash")}
VOID_COLUMNS = ("voided_at", "updated_at")


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    conn = sqlite3.connect(path)
    try:
        for table in DESIGN_TABLES[:-1]:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            skip = set(CLOCK_COLUMNS.get(table, ()))
            if "voided_at" in columns:
                skip |= set(VOID_COLUMNS)  # voiding is stamped with the time it ran
            keep = [c for c in columns if c not in skip]
            out[table] = conn.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY {keep[0]}").fetchall()
    finally:
        conn.close()
    return out


@pytest.fixture(scope="module")
def seven(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("seed7")
    result = run_cli("demo", "--db", "h.db", "--encounters", "3000", "--outreach", "120", "--seed", "7", cwd=folder)
    return folder / "h.db", result


def test_documented_demo_then_check_exits_0_and_fills_every_table(
        seven: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    path, result = seven
    assert result.returncode == 0, result.stderr
    assert "added" in result.stdout and "3000 encounters" in result.stdout
    assert "encounters: 3000/3000" in result.stderr  # progress goes to stderr
    for table in DESIGN_TABLES:
        assert rows(path, f"SELECT count(*) FROM {table}")[0][0] > 0, table
    check = run_cli("check", "--db", str(path), cwd=path.parent)
    assert check.returncode == 0, check.stderr


def test_demo_content_is_believable(seven: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    path, _ = seven
    one = lambda sql: rows(path, sql)[0][0]  # noqa: E731
    assert one("SELECT mission || ' ' || location FROM hospitals") == "UNMISS Bentiu, Unity State"
    assert one("SELECT count(*) FROM rotations") >= 2
    for rotation_id, total, women in rows(path, "SELECT rotation_id, count(*), sum(sex = 'female') FROM staff"
                                                " GROUP BY rotation_id"):
        assert 0.14 <= women / total <= 0.21, rotation_id
    assert one("SELECT count(*) FROM staff WHERE name GLOB '*[ễệịọứừđĐặẠ]*'") > 10  # full Vietnamese diacritics
    assert {r[0] for r in rows(path, "SELECT DISTINCT category FROM patients")} == {c.value for c in PatientCategory}
    assert one("SELECT count(DISTINCT nationality) FROM patients WHERE category = 'un_military'") >= 4
    assert one("SELECT count(*) FROM patients WHERE date_of_birth > date('now', '-15 years')") > 0  # children
    assert one("SELECT count(*) FROM encounters WHERE pregnant = 1") > 0
    codes = {r[0] for r in rows(path, "SELECT DISTINCT substr(icd10_code, 1, 1) FROM diagnoses")}
    assert {"B", "J", "A", "L", "S", "K", "F", "O", "U"} <= codes  # malaria, respiratory, ... COVID-19
    open_beds = rows(path, "SELECT bed FROM admissions WHERE discharged_at IS NULL AND voided_at IS NULL")
    assert 1 <= len(open_beds) <= 8 and len(set(open_beds)) == len(open_beds)
    assert one("SELECT count(*) FROM encounters WHERE disposition IN ('died', 'dead_on_arrival')") >= 1
    assert {r[0] for r in rows(path, "SELECT DISTINCT mode FROM evacuations")} == {"casevac", "medevac"}
    assert {r[0] for r in rows(path, "SELECT DISTINCT kind FROM outreach_activities")} == {k.value for k in OutreachKind}
    assert one("SELECT min(reached_female + reached_male = reached_total) FROM outreach_activities") == 1
    assert one("SELECT count(*) FROM encounters WHERE voided_at IS NOT NULL AND void_reason != ''") > 0
    assert one("SELECT count(*) FROM encounters e JOIN patients p ON p.id = e.patient_id"
               " WHERE substr(e.started_at, 1, 10) < p.date_of_birth") == 0


def test_same_seed_same_content_and_another_seed_another_hospital(tmp_path: Path) -> None:
    paths = {}
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        paths[name] = tmp_path / f"{name}.db"
        with Store(paths[name]) as store:
            generate(store, encounters=400, outreach=15, seed=seed)
    same, other = content(paths["a"]), content(paths["b"])
    for table in same:
        assert same[table] == other[table], table
    hospital = lambda name: rows(paths[name], "SELECT id FROM hospitals")[0][0]  # noqa: E731
    assert hospital("a") == hospital("b") != hospital("c")
    assert content(paths["c"])["patients"] != same["patients"]


def test_existing_database_is_added_to_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    with Store(path) as store:
        generate(store, encounters=300, outreach=10, seed=2)
    first = content(path)
    with Store(path) as store:
        summary = generate(store, encounters=200, outreach=5, seed=2)
    second = content(path)
    assert summary.counts["encounters"] == 200
    assert rows(path, "SELECT count(*) FROM encounters")[0][0] == 500
    assert rows(path, "SELECT count(*) FROM outreach_activities")[0][0] == 15
    for table in ("hospitals", "rotations", "staff", "users"):
        assert len(second[table]) == len(first[table]), table  # one hospital, its rotations and rosters
    first_ids = {r[0] for r in rows(path, "SELECT id FROM encounters")}
    assert len(first_ids) == 500
    for table in ("patients", "encounters", "admissions"):
        assert set(first[table]) <= set(second[table]), table
    open_beds = rows(path, "SELECT bed FROM admissions WHERE discharged_at IS NULL AND voided_at IS NULL")
    assert len(set(open_beds)) == len(open_beds)


def test_negative_counts_are_refused(tmp_path: Path) -> None:
    result = run_cli("demo", "--db", "h.db", "--encounters", "-5", cwd=tmp_path)
    assert result.returncode == 2  # a usage error, like every number outside its bounds
    assert "--encounters" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "h.db").exists()


def test_demo_into_a_garbage_file_is_refused_and_leaves_it_alone(tmp_path: Path) -> None:
    target = tmp_path / "h.db"
    target.write_bytes(b"not a database at all" * 100)
    result = run_cli("demo", "--db", str(target), "--encounters", "10", cwd=tmp_path)
    assert result.returncode == 1
    assert "not an L2FH Desk database" in result.stderr
    assert target.read_bytes() == b"not a database at all" * 100


def test_the_demo_has_personal_medic_accounts_so_drafts_can_be_tried_by_two_medics(tmp_path: Path) -> None:
    from l2fh_desk.domain.roles import Role
    from l2fh_desk.security.sessions import sign_in

    store = Store(tmp_path / "demo.db")
    try:
        generate(store, encounters=0, outreach=0, seed=1)
        medics = {username: sign_in(store, username, f"{username}-demo").actor
                  for username in ("medic", "binh", "hoa")}
        assert {actor.role for actor in medics.values()} == {Role.MEDIC}
        names = {store.users.by_username(u).display_name for u in medics}
        assert len(names) == 3
    finally:
        store.close()
