"""The MDS tallies equal a recount; the three formats agree with each other and with the database."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from conftest import FIXED_TIME
from pypdf import PdfReader
from recompute import item_counts, live

from l2fh_desk.domain import mds
from l2fh_desk.domain.errors import DomainError, PermissionDenied
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.reports.figures_mds import mds_figures
from l2fh_desk.reports.generate import generate_mds
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.i18n_text import TEXT
from l2fh_desk.reports.i18n_vocab import MDS_HEADER
from l2fh_desk.reports.mds_csv import columns
from l2fh_desk.store.store import Store

START, END = date(2026, 9, 20), date(2026, 10, 9)


def _in_period(store: Store) -> list[dict[str, object]]:
    return live(store, "encounters", "started_at >= ? AND started_at < ?", ("2026-09-20", "2026-10-10"))


def test_every_item_equals_a_recount(demo_store: Store) -> None:
    f = mds_figures(demo_store, START, END)
    encounters = _in_period(demo_store)
    expected = item_counts(demo_store, encounters)
    assert f.total.consultations == len(encounters) > 0
    for number in range(1, 51):
        item = mds.ITEM_BY_NUMBER[number]
        if item in mds.DEMOGRAPHICS:
            got = dict(zip(mds.AGE_BANDS, f.total.demographics[item], strict=True))
            assert got == {band: expected[(number, band)] for band in mds.AGE_BANDS}, number
        elif number <= 35:
            assert f.total.events[item] == (expected[(number, "<5")], expected[(number, "5+")]), number
        else:
            assert f.total.totals[item] == expected[(number, "total")], number
    assert f.failed_checks == ()
    assert len(f.days) == 20
    for item in mds.ITEM_BY_NUMBER.values():  # the total column is the sum of the day columns
        assert sum(day.total(item) for day in f.days) == f.total.total(item)


def test_three_formats_agree_with_each_other_and_the_db(demo_store: Store, tmp_path: Path) -> None:
    results = {fmt: generate_mds(demo_store, start=START, end=END, out=tmp_path / f"m.{fmt}", actor=SYSTEM,
                                 generated_at=FIXED_TIME) for fmt in ("csv", "json", "pdf")}
    db_total = len(_in_period(demo_store))
    rows = list(csv.DictReader(io.StringIO((tmp_path / "m.csv").read_text(encoding="utf-8"))))
    # One row per day, each with its own date (no total row that a summing eDATA tool would count twice).
    assert len(rows) == 20 and [r["h_activity_date"] for r in rows] == [
        (START + timedelta(days=n)).isoformat() for n in range(20)]
    doc = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert sum(int(r["o_consultations"]) for r in rows) == int(doc["total"]["header"]["consultations"]) == db_total
    for number in range(1, 51):
        key = f"{number}_total" if number <= 35 else str(number)
        assert sum(int(r[key]) for r in rows) == doc["total"]["by_number"][str(number)], number
    assert sum(int(r[f"{n}_total"]) for r in rows for n in (1, 2, 3)) == db_total
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "m.pdf").pages)
    assert f"Total new consultations\n{db_total:,}" in text or f"Total new consultations {db_total:,}" in text
    assert results["pdf"].warnings == ()
    prints = demo_store.db.query("SELECT after_json FROM audit_log WHERE action = 'print'")
    assert [json.loads(p["after_json"])["format"] for p in prints] == ["csv", "json", "pdf"]


def test_csv_columns_follow_the_edata_order() -> None:
    names = columns()
    assert names[:3] == ["a_organisation", "b_team", "c_emt_type"]
    assert names[names.index("t_empty_icu_beds") + 1] == "1_<1"
    assert names[names.index("3_total") + 1:names.index("3_total") + 4] == ["4_<5", "4_5+", "4_total"]
    assert names[names.index("35_total") + 1:names.index("35_total") + 16] == [str(n) for n in range(36, 51)]
    assert names[-8:] == [f"comment{n}_{p}" for n in range(1, 5) for p in ("No", "DC")]


def test_a_failed_check_is_reported(demo_store: Store) -> None:
    encounter = _in_period(demo_store)[0]
    with demo_store.db.atomic():  # a birth date after the visit, as a hand-edited file might hold
        demo_store.db.write("UPDATE patients SET date_of_birth = '2026-12-31' WHERE id = ?", (encounter["patient_id"],))
    f = mds_figures(demo_store, START, END)
    keys = {c.key for c in f.failed_checks}
    assert keys == {"check_bands"}
    assert sum(f.total.total(item) for item in mds.DEMOGRAPHICS) == f.total.consultations


def test_bad_periods_and_actors_are_refused(demo_store: Store, tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="before it starts"):
        generate_mds(demo_store, start=END, end=START, out=tmp_path / "m.csv", actor=SYSTEM)
    with pytest.raises(DomainError, match=".pdf, .csv or .json"):
        generate_mds(demo_store, start=START, end=END, out=tmp_path / "m.txt", actor=SYSTEM)
    with pytest.raises(PermissionDenied):
        generate_mds(demo_store, start=START, end=END, out=tmp_path / "m.csv", actor=Actor(username="m", role=Role.MEDIC))
    assert list(tmp_path.glob("m.*")) == []


@pytest.mark.parametrize("lang", ["vi", "fr"])
def test_mds_pdf_is_translated(demo_store: Store, tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"m-{lang}.pdf"
    generate_mds(demo_store, start=START, end=END, out=out, actor=SYSTEM, lang=lang, generated_at=FIXED_TIME)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    lines = {line.strip() for line in text.splitlines()}
    tr = Translator(lang)
    english = [en for en, vi, fr in TEXT.values() if "{" not in en and len(en) > 6 and en != (vi if lang == "vi" else fr)]
    english += [label for item, label in mds.MDS_LABEL.items() if tr.mds_item(item) != label]
    english += [en for en, vi, fr in MDS_HEADER.values() if en != (vi if lang == "vi" else fr)]
    assert [h for h in english if h in lines or f"{h}*" in lines] == []
    assert tr.mds_header("consultations") in lines and tr.t("mds_by_day") in lines
