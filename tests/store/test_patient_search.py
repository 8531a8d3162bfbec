"""Patient search as the triage desk types: prefix, diacritic-insensitive, index number, category, paging."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.store.patients import match_expression
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)
PEOPLE = (
    ("Nguyễn Thị Ánh", Sex.FEMALE, PatientCategory.UN_MILITARY, "VN-102938"),
    ("Đặng Minh Khánh", Sex.MALE, PatientCategory.UN_MILITARY, "VN-554433"),
    ("Nyaruach Gatkuoth", Sex.FEMALE, PatientCategory.LOCAL_CIVILIAN, ""),
    ("Gatluak Riek", Sex.MALE, PatientCategory.LOCAL_CIVILIAN, ""),
    ("Trần Văn Anh", Sex.MALE, PatientCategory.UN_POLICE, "7781234"),
    ("Bat-Erdene Dorj", Sex.MALE, PatientCategory.UN_MILITARY, "MN-4411"),
)


@pytest.fixture
def people(store: Store, make_patient: Callable[..., Patient]) -> dict[str, str]:
    ids = {}
    for name, sex, category, index in PEOPLE:
        saved = store.patients.create(make_patient(name=name, sex=sex, category=category, un_index_number=index),
                                      actor=MEDIC)
        ids[name] = saved.id
    return ids


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(row.name for row in rows)


@pytest.mark.parametrize(("query", "expected"), [
    ("nguyen", ["Nguyễn Thị Ánh"]),
    ("NGUY", ["Nguyễn Thị Ánh"]),
    ("anh", ["Nguyễn Thị Ánh", "Trần Văn Anh"]),
    ("Ánh", ["Nguyễn Thị Ánh", "Trần Văn Anh"]),
    ("dang", ["Đặng Minh Khánh"]),
    ("đặng", ["Đặng Minh Khánh"]),
    ("khanh dang", ["Đặng Minh Khánh"]),
    ("nyaruach", ["Nyaruach Gatkuoth"]),
    ("gat", ["Gatluak Riek", "Nyaruach Gatkuoth"]),
    ("tran anh", ["Trần Văn Anh"]),
    ("bat-erdene", ["Bat-Erdene Dorj"]),
    ("xyz", []),
])
def test_name_prefix_without_diacritics(store: Store, people: dict[str, str], query: str, expected: list[str]) -> None:
    assert names(store.patients.search(query)) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ("VN-1029", ["Nguyễn Thị Ánh"]),
    ("vn102", ["Nguyễn Thị Ánh"]),
    ("778", ["Trần Văn Anh"]),
    ("7781234", ["Trần Văn Anh"]),
    ("mn-4411", ["Bat-Erdene Dorj"]),
])
def test_un_index_number_prefix(store: Store, people: dict[str, str], query: str, expected: list[str]) -> None:
    assert names(store.patients.search(query)) == expected


def test_category_filter_alone_and_with_a_query(store: Store, people: dict[str, str]) -> None:
    assert names(store.patients.search(category=PatientCategory.LOCAL_CIVILIAN)) == [
        "Gatluak Riek", "Nyaruach Gatkuoth"]
    assert names(store.patients.search("anh", category=PatientCategory.UN_POLICE)) == ["Trần Văn Anh"]
    assert store.patients.search("nyaruach", category=PatientCategory.UN_MILITARY) == []


def test_rows_show_what_the_list_needs(store: Store, people: dict[str, str]) -> None:
    [row] = store.patients.search("khanh")
    assert (row.id, row.sex, row.category, row.un_index_number) == (
        people["Đặng Minh Khánh"], "male", "un_military", "VN-554433")
    assert row.age_on(__import__("datetime").date(2026, 5, 17)) == 36


def test_paging_newest_first_with_before_rowid(store: Store, people: dict[str, str]) -> None:
    everyone = store.patients.search(limit=100)
    assert [row.name for row in everyone] == [p[0] for p in reversed(PEOPLE)]
    pages = []
    before = None
    while True:
        page = store.patients.search(limit=2, before_rowid=before)
        if not page:
            break
        pages.append([row.name for row in page])
        before = page[-1].rowid
    assert pages == [[p[0] for p in reversed(PEOPLE)][i:i + 2] for i in range(0, len(PEOPLE), 2)]
    first = store.patients.search("a", limit=1)
    rest = store.patients.search("a", limit=100, before_rowid=first[0].rowid)
    assert [row.name for row in first + rest] == [row.name for row in store.patients.search("a", limit=100)]


def test_renamed_patient_is_found_by_the_new_name_only(store: Store, people: dict[str, str]) -> None:
    patient = store.patients.get(people["Gatluak Riek"])
    store.patients.update(patient.model_copy(update={"name": "Gatluak Chuol"}), actor=MEDIC)
    assert names(store.patients.search("chuol")) == ["Gatluak Chuol"]
    assert store.patients.search("riek") == []


def test_rebuild_search_restores_the_index(store: Store, people: dict[str, str]) -> None:
    with store.db.atomic():
        store.db.write("DELETE FROM patient_search")
    assert store.patients.search("nguyen") == []
    assert store.patients.rebuild_search() == len(PEOPLE)
    assert names(store.patients.search("nguyen")) == ["Nguyễn Thị Ánh"]


@pytest.mark.parametrize("query", ['"', "*", "a OR b", "NEAR(", "-", "'; DROP TABLE patients; --"])
def test_fts_syntax_in_the_query_is_harmless(store: Store, people: dict[str, str], query: str) -> None:
    store.patients.search(query)  # no sqlite error
    assert store.patients.count() == len(PEOPLE)


def test_match_expression_quotes_each_folded_word() -> None:
    assert match_expression("Nguyễn  Ánh") == '"nguyen"* AND "anh"*'
    assert match_expression("  ") is None
