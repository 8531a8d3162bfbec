"""Likely duplicates at registration: same folded name and sex with ages within two years, or the same index."""

from __future__ import annotations

from datetime import date

from factories import patient, seeded_store

from l2fh_desk.domain.patient import duplicate_reason
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import PatientCategory, Sex


def _civilian(name: str, *, sex: Sex = Sex.FEMALE, born: date = date(1992, 1, 1), index: str = ""):
    return patient(name, sex=sex, date_of_birth=born, category=PatientCategory.LOCAL_CIVILIAN, nationality="",
                   unit="", un_index_number=index)


def test_the_rule():
    same = {"new_name": "Nyabol Gatkuoth", "new_sex": "female", "new_born": date(1992, 1, 1), "new_index": ""}
    assert duplicate_reason(**same, name="NYABOL  gatkuoth", sex="female", born=date(1990, 6, 1), index="") == "name"
    assert duplicate_reason(**same, name="Gatkuoth Nyabol", sex="female", born=date(1993, 12, 31), index="") == "name"
    assert duplicate_reason(**same, name="Nyabol Gatkuoth", sex="male", born=date(1992, 1, 1), index="") is None
    assert duplicate_reason(**same, name="Nyabol Gatkuoth", sex="female", born=date(1988, 1, 1), index="") is None
    assert duplicate_reason(**same, name="Nyabol Gatkuoth Deng", sex="female", born=date(1992, 1, 1), index="") is None
    assert duplicate_reason(new_name="Trần Văn Anh", new_sex="male", new_born=date(1990, 1, 1), new_index="vn 22/31",
                            name="Someone Else", sex="female", born=date(1970, 1, 1), index="VN-2231") == "index"
    assert duplicate_reason(new_name="Trần Văn Anh", new_sex="male", new_born=date(1990, 1, 1), new_index="",
                            name="Tran van  ANH", sex="male", born=date(1991, 5, 5), index="") == "name"


def test_store_finds_the_likely_duplicates_and_not_the_others(tmp_path):
    store = seeded_store(tmp_path / "h.sqlite")
    older = store.patients.create(_civilian("Nyabol Gatkuoth", born=date(1991, 1, 1)), actor=SYSTEM)
    newer = store.patients.create(_civilian("nyabol GATKUOTH", born=date(1993, 1, 1)), actor=SYSTEM)
    store.patients.create(_civilian("Nyabol Gatkuoth", born=date(1960, 1, 1)), actor=SYSTEM)  # 30 years older
    store.patients.create(_civilian("Nyabol Gatkuoth", sex=Sex.MALE), actor=SYSTEM)
    store.patients.create(_civilian("Nyabol Gatkuoth Riek"), actor=SYSTEM)
    indexed = store.patients.create(_civilian("Achol Deng", born=date(1980, 1, 1), index="UN-4411"), actor=SYSTEM)
    found = store.patients.likely_duplicates(_civilian("Nyabol  Gatkuoth"))
    assert [(row.id, reason) for row, reason in found] == [(newer.id, "name"), (older.id, "name")]
    found = store.patients.likely_duplicates(_civilian("Nyabol Gatkuoth", index="un4411"))
    assert [(row.id, reason) for row, reason in found][0] == (indexed.id, "index")
    assert store.patients.likely_duplicates(_civilian("Deng Majok", sex=Sex.MALE)) == []
    store.close()
