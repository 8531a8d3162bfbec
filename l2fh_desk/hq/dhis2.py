"""DHIS2 export: HQ's aggregate figures as a DHIS2 `dataValueSets` JSON file, for whoever runs the ministry's
DHIS2 to import (Data Import app or POST /api/dataValueSets); nothing goes over a network from here.

The mapping file (JSON, edited by an HQ administrator; a sample ships in resources/dhis2/) says which DHIS2
UIDs our figures go to::

    {"dataSet": "<UID>", "defaultCategoryOptionCombo": "<UID>",
     "orgUnits": {"<hospital id or exact name>": "<UID>", ...},
     "dataElements": {"<figure code>": "<UID>" | {"dataElement": "<UID>", "categoryOptionCombo": "<UID>"}, ...}}

Figure codes are those of the ministry summary's CSV that add up over a period (FIGURES). Periods are DHIS2 ISO
periods: monthly `YYYYMM`, yearly `YYYY`. The file holds one data value per mapped figure, org unit and period,
zeros included, each with its own period and orgUnit (as the dataValueSets format allows).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.records import FIRST_DAY, LAST_DAY
from l2fh_desk.hq.summary import CATEGORIES, OUTREACH_KINDS, Scope, summary_figures
from l2fh_desk.store.store import Store

UID = re.compile(r"^[A-Za-z][A-Za-z0-9]{10}$")
FIGURES = ("persons", "encounters", "admissions", "bed_days", "surgeries", "evacuations", "deaths", "dead_on_arrival",
           *(f"encounters.{c}" for c in CATEGORIES), *(f"outreach_activities.{k}" for k in OUTREACH_KINDS),
           *(f"outreach_reached.{k}" for k in OUTREACH_KINDS), "staff", "staff_women")
SAMPLE = Path(__file__).resolve().parent.parent.parent / "resources" / "dhis2" / "sample-mapping.json"


class MappingProblem(KnownError, ValueError):
    """The mapping file or a period is not usable: one line naming what and where."""


@dataclass(frozen=True)
class Target:
    data_element: str
    category_option_combo: str


@dataclass(frozen=True)
class Mapping:
    data_set: str
    org_units: dict[str, str]  # hospital id or exact name -> org unit UID
    elements: dict[str, Target]  # figure code -> where its value goes


def _uid(value: object, where: str) -> str:
    if not isinstance(value, str) or not UID.match(value):
        raise MappingProblem(f"{where}: {value!r} is not a DHIS2 UID (11 letters and digits, starting with a letter)")
    return value


def parse_mapping(data: object) -> Mapping:
    if not isinstance(data, dict):
        raise MappingProblem("the mapping is not a JSON object")
    unknown = sorted(set(data) - {"dataSet", "defaultCategoryOptionCombo", "orgUnits", "dataElements", "comment"})
    if unknown:
        raise MappingProblem(f"unknown key {unknown[0]!r} (keys: dataSet, defaultCategoryOptionCombo, orgUnits,"
                             " dataElements, comment)")
    data_set = _uid(data.get("dataSet"), "dataSet")
    default_coc = _uid(data.get("defaultCategoryOptionCombo", "HllvX50cXC0"), "defaultCategoryOptionCombo")
    units = data.get("orgUnits")
    if not isinstance(units, dict) or not units:
        raise MappingProblem("orgUnits: give at least one hospital (its id or exact name) and its org unit UID")
    org_units = {str(k): _uid(v, f"orgUnits[{k!r}]") for k, v in units.items()}
    elements_in = data.get("dataElements")
    if not isinstance(elements_in, dict) or not elements_in:
        raise MappingProblem("dataElements: map at least one figure code to a data element UID")
    elements: dict[str, Target] = {}
    seen: dict[tuple[str, str], str] = {}
    for code, target in elements_in.items():
        if code not in FIGURES:
            raise MappingProblem(f"dataElements: {code!r} is not a figure code (known: {', '.join(FIGURES[:8])}, …)")
        where = f"dataElements[{code!r}]"
        if isinstance(target, str):
            t = Target(_uid(target, where), default_coc)
        elif isinstance(target, dict) and set(target) <= {"dataElement", "categoryOptionCombo"}:
            t = Target(_uid(target.get("dataElement"), f"{where}.dataElement"),
                       _uid(target.get("categoryOptionCombo", default_coc), f"{where}.categoryOptionCombo"))
        else:
            raise MappingProblem(f"{where}: give a UID or {{\"dataElement\": UID, \"categoryOptionCombo\": UID}}")
        pair = (t.data_element, t.category_option_combo)
        if pair in seen:
            raise MappingProblem(f"{where}: the same data element and category option combo as {seen[pair]!r}")
        seen[pair] = code
        elements[code] = t
    return Mapping(data_set, org_units, elements)


def load_mapping(path: Path) -> Mapping:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise MappingProblem(f"{path}: no such mapping file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MappingProblem(f"{path}: not a readable JSON file ({exc})") from exc
    try:
        return parse_mapping(data)
    except MappingProblem as exc:
        raise MappingProblem(f"{Path(path).name}: {exc}") from exc


FIRST_YEAR, LAST_YEAR = FIRST_DAY.year, LAST_DAY.year


def periods_of(*, years: list[int] | tuple[int, ...] = (), months: list[str] | tuple[str, ...] = ()) -> list[str]:
    """DHIS2 ISO periods: 2026 -> '2026', '2026-03' -> '202603'."""
    for year in years:
        if not FIRST_YEAR <= int(year) <= LAST_YEAR:
            raise MappingProblem(f"year {year}: give a year from {FIRST_YEAR} to {LAST_YEAR}")
    out = [f"{int(y):04d}" for y in years]
    for month in months:
        match = re.fullmatch(r"(\d{4})-?(\d{2})", month.strip())
        if not match or not 1 <= int(match.group(2)) <= 12 or not FIRST_YEAR <= int(match.group(1)) <= LAST_YEAR:
            raise MappingProblem(f"month {month!r}: give YYYY-MM from {FIRST_YEAR} to {LAST_YEAR}, e.g. 2026-03")
        out.append(match.group(1) + match.group(2))
    if not out:
        raise MappingProblem("give at least one period (--year YYYY or --month YYYY-MM)")
    return out


def period_dates(period: str) -> tuple[date, date]:
    year = int(period[:4])
    if len(period) == 4:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(period[4:6])
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def figure_values(store: Store, hospital_id: str, period: str) -> dict[str, int]:
    """Every code of FIGURES for one hospital and period (the ministry summary's figures, summed over rotations)."""
    first, last = period_dates(period)
    f = summary_figures(store, Scope(first, last, hospitals=(hospital_id,)), today=date.today())
    values = dict.fromkeys(FIGURES, 0)
    values["persons"] = sum(n for _h, n in f.persons_by_hospital)
    for r in f.rows:
        for code in ("encounters", "admissions", "bed_days", "surgeries", "evacuations", "deaths", "dead_on_arrival"):
            values[code] += int(getattr(r, code))
        for c in CATEGORIES:
            values[f"encounters.{c}"] += r.by_category.get(c, 0)
        for k in OUTREACH_KINDS:
            acts, reached = r.outreach.get(k, (0, 0))
            values[f"outreach_activities.{k}"] += acts
            values[f"outreach_reached.{k}"] += reached
        values["staff"] = max(values["staff"], r.staff)  # a roster is a headcount, not a flow: the largest one
        values["staff_women"] = max(values["staff_women"], r.women)
    return values


def data_value_set(store: Store, mapping: Mapping, periods: list[str], *,
                   hospitals: tuple[str, ...] = ()) -> tuple[dict[str, Any], list[str]]:
    """The dataValueSets document and notes (hospitals left out because the mapping names no org unit)."""
    held = store.db.query("SELECT id, name FROM hospitals ORDER BY name, id")
    ids = {str(row[0]) for row in held}
    for key in mapping.org_units:
        holders = [str(row[0]) for row in held if row[1] == key]
        if key not in ids and len(holders) > 1:
            # Names are not owned: a hospital may take another's name. Only an id says which one is meant.
            raise MappingProblem(f"orgUnits: {len(holders)} hospitals are named {key!r}; map each by its id"
                                 f" ({', '.join(holders)})")
    notes: list[str] = []
    values: list[dict[str, str]] = []
    for hospital_id, name in held:
        if hospitals and hospital_id not in hospitals:
            continue
        unit = mapping.org_units.get(hospital_id) or mapping.org_units.get(name)
        if unit is None:
            notes.append(f"{name}: no org unit in the mapping, left out")
            continue
        for period in periods:
            figures = figure_values(store, hospital_id, period)
            for code, target in mapping.elements.items():
                values.append({"dataElement": target.data_element, "categoryOptionCombo": target.category_option_combo,
                               "period": period, "orgUnit": unit, "value": str(figures[code])})
    return {"dataSet": mapping.data_set, "completeDate": date.today().isoformat(), "dataValues": values}, notes


@dataclass(frozen=True)
class Dhis2Result:
    path: Path
    values: int
    org_units: int
    notes: tuple[str, ...]


def export_dhis2(store: Store, *, mapping: Mapping, periods: list[str], out: Path,
                 hospitals: tuple[str, ...] = ()) -> Dhis2Result:
    document, notes = data_value_set(store, mapping, periods, hospitals=hospitals)
    out = Path(out)
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        with part.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    units = {v["orgUnit"] for v in document["dataValues"]}
    return Dhis2Result(out, len(document["dataValues"]), len(units), tuple(notes))
