"""The DHIS2 export of the demo HQ has the shape of the DHIS2 Web API's dataValueSets format (a dataSet, then
dataValues each with dataElement, categoryOptionCombo, period, orgUnit and a string value; ISO periods YYYY and
YYYYMM; 11-character UIDs) and holds one value per mapped figure, org unit and period, equal to the summary's."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.hq.dhis2 import SAMPLE, MappingProblem, export_dhis2, load_mapping, parse_mapping, periods_of
from l2fh_desk.hq.summary import Scope, summary_figures
from l2fh_desk.store.store import Store

UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
VALUE_KEYS = {"dataElement", "categoryOptionCombo", "period", "orgUnit", "value"}
OPTIONAL_VALUE_KEYS = {"attributeOptionCombo", "comment", "storedBy", "created", "lastUpdated", "followup"}


def check_shape(document: dict[str, object]) -> None:
    """The dataValueSets JSON as the DHIS2 Web API documents it (Data values > Sending data values)."""
    assert set(document) <= {"dataSet", "completeDate", "period", "orgUnit", "attributeOptionCombo", "dataValues"}
    assert UID.match(str(document["dataSet"]))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(document["completeDate"]))
    values = document["dataValues"]
    assert isinstance(values, list) and values
    for value in values:
        assert VALUE_KEYS <= set(value) <= VALUE_KEYS | OPTIONAL_VALUE_KEYS
        for key in ("dataElement", "categoryOptionCombo", "orgUnit"):
            assert UID.match(value[key]), value
        assert re.fullmatch(r"\d{4}(0[1-9]|1[0-2])?", value["period"])
        assert isinstance(value["value"], str) and value["value"].isdigit()


@pytest.fixture(scope="module")
def demo_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    build_demo_hq(path, encounters=300, outreach=12)
    return path


def test_the_demo_hq_export_has_the_dhis2_shape_and_one_value_per_figure_unit_and_period(demo_hq: Path,
                                                                                         tmp_path: Path) -> None:
    mapping = load_mapping(SAMPLE)
    periods = periods_of(years=[2025], months=["2026-01", "2026-02"])
    with Store(demo_hq) as hq:
        result = export_dhis2(hq, mapping=mapping, periods=periods, out=tmp_path / "dvs.json")
        document = json.loads(result.path.read_text(encoding="utf-8"))
        check_shape(document)
        keys = [(v["dataElement"], v["categoryOptionCombo"], v["orgUnit"], v["period"]) for v in document["dataValues"]]
        assert len(keys) == len(set(keys)) == len(mapping.elements) * 3 * len(periods)
        assert result.notes == ()
        hospital_id, name = hq.db.query("SELECT id, name FROM hospitals ORDER BY name LIMIT 1")[0]
        unit = mapping.org_units[name]
        f = summary_figures(hq, Scope(date(2025, 1, 1), date(2025, 12, 31), hospitals=(hospital_id,)),
                            today=date.today())
        got = {v["dataElement"]: int(v["value"]) for v in document["dataValues"]
               if v["orgUnit"] == unit and v["period"] == "2025" and v["categoryOptionCombo"] == "HllvX50cXC0"}
        assert got["DeEncount01"] == sum(r.encounters for r in f.rows)
        assert got["DeBedDays01"] == sum(r.bed_days for r in f.rows)
        assert got["DePersons01"] == f.persons_total


@pytest.mark.parametrize(("change", "message"), [
    ({"dataSet": "short"}, "dataSet: 'short' is not a DHIS2 UID"),
    ({"dataElements": {"nonsense": "DePersons01"}}, "'nonsense' is not a figure code"),
    ({"dataElements": {"persons": "DePersons01", "encounters": "DePersons01"}}, "the same data element"),
    ({"orgUnits": {}}, "orgUnits: give at least one hospital"),
    ({"extra": 1}, "unknown key 'extra'"),
])
def test_a_bad_mapping_is_one_clear_line(change: dict[str, object], message: str) -> None:
    data = {**json.loads(SAMPLE.read_text(encoding="utf-8")), **change}
    with pytest.raises(MappingProblem, match=re.escape(message)):
        parse_mapping(data)


def test_periods() -> None:
    assert periods_of(years=[2026], months=["2026-03", "202612"]) == ["2026", "202603", "202612"]
    with pytest.raises(MappingProblem, match="month '2026-13'"):
        periods_of(months=["2026-13"])
