"""WHO EMT MDS items: official numbering, groups, ICD-10 mapping, additional items, outcomes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l2fh_desk.domain import icd10
from l2fh_desk.domain.mds import (
    ADULT_ONLY_PROCEDURES,
    AGE_BANDS,
    DEFAULT_ADDITIONAL,
    HEALTH_EVENTS,
    ITEM_BY_NUMBER,
    LINE_LIST_ITEMS,
    MDS_LABEL,
    MDS_NUMBER,
    OUTCOMES,
    PROCEDURES,
    PROTECTION,
    RELATIONS,
    AdditionalItem,
    MdsItem,
    age_band,
    label_for,
    map_icd10,
    mds_outcome_for_disposition,
    under_five,
    validate_additional,
)
from l2fh_desk.domain.vocab import Disposition

I = MdsItem  # noqa: E741 - keeps the long tables below readable


def test_every_number_maps_to_one_item_and_back() -> None:
    assert sorted(ITEM_BY_NUMBER) == list(range(1, 51))
    assert set(MDS_NUMBER) == set(MdsItem)
    for number, item in ITEM_BY_NUMBER.items():
        assert MDS_NUMBER[item] == number
    assert len(set(MDS_NUMBER.values())) == 50


@pytest.mark.parametrize(
    ("number", "item"),
    [
        (36, I.DISCHARGE_NO_FOLLOW_UP),
        (37, I.DISCHARGE_FOLLOW_UP),
        (38, I.DISCHARGE_AGAINST_ADVICE),
        (39, I.REFERRAL_TRANSFER),
        (40, I.ADMISSION),
        (41, I.DEAD_ON_ARRIVAL),
        (42, I.DEATH_IN_FACILITY),
        (43, I.LONG_TERM_REHABILITATION),
    ],
)
def test_outcome_numbers_are_pinned(number: int, item: MdsItem) -> None:
    # An existing tool wrote dead on arrival under "admission": each outcome is checked on its own.
    assert MDS_NUMBER[item] == number
    assert ITEM_BY_NUMBER[number] is item


@pytest.mark.parametrize(
    ("number", "item"),
    [
        (1, I.MALE),
        (3, I.FEMALE_PREGNANT),
        (4, I.TRAUMA_MAJOR_HEAD_SPINE),
        (8, I.TRAUMA_MINOR),
        (9, I.ACUTE_RESPIRATORY_INFECTION),
        (18, I.FEVER_UNKNOWN_ORIGIN),
        (19, I.ADDITIONAL_1),
        (22, I.ADDITIONAL_4),
        (23, I.SURGICAL_EMERGENCY),
        (29, I.OTHER_DIAGNOSIS),
        (30, I.MAJOR_PROCEDURE),
        (35, I.OBSTETRICS_OTHER),
        (44, I.RELATED_DIRECT),
        (46, I.NOT_RELATED),
        (47, I.VULNERABLE_CHILD),
        (50, I.VIOLENCE_NON_SGBV),
    ],
)
def test_group_edges_are_pinned(number: int, item: MdsItem) -> None:
    assert MDS_NUMBER[item] == number


def test_stored_codes_are_stable() -> None:
    assert I.TRAUMA_MAJOR_HEAD_SPINE == "trauma_major_head_spine"
    assert I.DEAD_ON_ARRIVAL == "dead_on_arrival"
    assert all(item.value == item.name.lower() for item in MdsItem)


def test_groups_follow_the_numbering() -> None:
    def numbers(items: tuple[MdsItem, ...]) -> list[int]:
        return [MDS_NUMBER[i] for i in items]

    assert numbers(HEALTH_EVENTS) == list(range(4, 30))
    assert numbers(PROCEDURES) == list(range(30, 36))
    assert numbers(OUTCOMES) == list(range(36, 44))
    assert numbers(RELATIONS) == list(range(44, 47))
    assert numbers(PROTECTION) == list(range(47, 51))
    assert {MDS_NUMBER[i] for i in ADULT_ONLY_PROCEDURES} == {33, 34, 35}
    assert {MDS_NUMBER[i] for i in LINE_LIST_ITEMS} == {28, 31, 39, 42, 43, 47, 48, 49, 50}


def test_every_item_has_a_label() -> None:
    assert set(MDS_LABEL) == set(MdsItem)
    assert MDS_LABEL[I.TRAUMA_MAJOR_HEAD_SPINE] == "Major head/spine injury"
    assert all(label.strip() for label in MDS_LABEL.values())
    assert label_for(I.ADDITIONAL_1) == "Malaria (confirmed or suspected)"
    assert label_for(I.ADMISSION) == "Admission"


@pytest.mark.parametrize(
    ("code", "item"),
    [
        ("B54", I.ADDITIONAL_1),
        ("B50.9", I.ADDITIONAL_1),
        ("T63.0", I.ADDITIONAL_2),
        ("W54", I.ADDITIONAL_2),
        ("A00.9", I.ADDITIONAL_3),
        ("A01.0", I.ADDITIONAL_4),
        ("J18.9", I.ACUTE_RESPIRATORY_INFECTION),
        ("J06.9", I.ACUTE_RESPIRATORY_INFECTION),
        ("U07.1", I.ACUTE_RESPIRATORY_INFECTION),
        ("A09", I.ACUTE_WATERY_DIARRHOEA),
        ("A09.0", I.ACUTE_WATERY_DIARRHOEA),
        ("A03.9", I.ACUTE_BLOODY_DIARRHOEA),
        ("A06.0", I.ACUTE_BLOODY_DIARRHOEA),
        ("A06.9", I.OTHER_DIAGNOSIS),
        ("B17.2", I.ACUTE_JAUNDICE),
        ("B18.1", I.OTHER_DIAGNOSIS),
        ("B05.9", I.SUSPECTED_MEASLES),
        ("A39.0", I.SUSPECTED_MENINGITIS),
        ("G03.9", I.SUSPECTED_MENINGITIS),
        ("A35", I.SUSPECTED_TETANUS),
        ("A80.9", I.ACUTE_FLACCID_PARALYSIS),
        ("G61.0", I.ACUTE_FLACCID_PARALYSIS),
        ("A98.4", I.ACUTE_HAEMORRHAGIC_FEVER),
        ("R50.9", I.FEVER_UNKNOWN_ORIGIN),
        ("S06.0", I.TRAUMA_MAJOR_HEAD_SPINE),
        ("S02.1", I.TRAUMA_MAJOR_HEAD_SPINE),
        ("S22.0", I.TRAUMA_MAJOR_HEAD_SPINE),
        ("S27.0", I.TRAUMA_MAJOR_TORSO),
        ("S36.0", I.TRAUMA_MAJOR_TORSO),
        ("S32.5", I.TRAUMA_MAJOR_TORSO),
        ("S72.0", I.TRAUMA_MAJOR_EXTREMITY),
        ("S88.1", I.TRAUMA_MAJOR_EXTREMITY),
        ("S68.4", I.TRAUMA_MAJOR_EXTREMITY),
        ("S68.1", I.TRAUMA_MODERATE),  # a finger, not a limb
        ("S52.5", I.TRAUMA_MODERATE),
        ("S22.3", I.TRAUMA_MODERATE),
        ("T21.2", I.TRAUMA_MODERATE),
        ("S00.0", I.TRAUMA_MINOR),
        ("S61.0", I.TRAUMA_MINOR),
        ("S93.4", I.TRAUMA_MINOR),
        ("T14.0", I.TRAUMA_MINOR),
        ("K35.8", I.SURGICAL_EMERGENCY),
        ("K40.3", I.SURGICAL_EMERGENCY),
        ("K40.9", I.OTHER_DIAGNOSIS),  # uncomplicated hernia: elective
        ("K56.6", I.SURGICAL_EMERGENCY),
        ("K25.1", I.SURGICAL_EMERGENCY),
        ("K25.0", I.MEDICAL_EMERGENCY),
        ("I21.9", I.MEDICAL_EMERGENCY),
        ("I64", I.MEDICAL_EMERGENCY),
        ("I25.9", I.OTHER_DIAGNOSIS),
        ("E11.0", I.MEDICAL_EMERGENCY),
        ("E11.9", I.OTHER_DIAGNOSIS),
        ("J45.9", I.MEDICAL_EMERGENCY),
        ("T40.2", I.MEDICAL_EMERGENCY),
        ("L30.9", I.SKIN_DISEASE),
        ("B86", I.SKIN_DISEASE),
        ("F43.1", I.MENTAL_HEALTH),
        ("X64", I.MENTAL_HEALTH),
        ("O14.1", I.OBSTETRIC_COMPLICATION),
        ("O72.0", I.OBSTETRIC_COMPLICATION),
        ("O80", I.OTHER_DIAGNOSIS),  # a delivery, counted as procedure 33
        ("E43", I.SEVERE_ACUTE_MALNUTRITION),
        ("E44.0", I.OTHER_DIAGNOSIS),
        ("K02.9", I.OTHER_DIAGNOSIS),
        ("Z00.0", I.OTHER_DIAGNOSIS),
    ],
)
def test_icd10_maps_to_health_event(code: str, item: MdsItem) -> None:
    assert map_icd10(code) is item


@pytest.mark.parametrize("spelling", ["S06.0", "s06.0", "S060", "s060", " S06.0 ", "S 06.0"])
def test_icd10_spelling_does_not_matter(spelling: str) -> None:
    assert map_icd10(spelling) is I.TRAUMA_MAJOR_HEAD_SPINE


@pytest.mark.parametrize("bad", ["", "S", "hello", "06.0", "SS6"])
def test_malformed_code_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="not an ICD-10 code"):
        map_icd10(bad)


def test_every_real_code_maps_to_a_health_event() -> None:
    codes = icd10.all_codes()
    assert len(codes) > 12_000
    for code in codes:
        assert map_icd10(code) in HEALTH_EVENTS


def _custom() -> tuple[AdditionalItem, ...]:
    return (
        AdditionalItem(code="hepatitis_e", label="Hepatitis E", icd10_prefixes=("B17.2",)),
        AdditionalItem(code="malaria", label="Malaria", icd10_prefixes=("B50", "B51", "B52", "B53", "B54")),
        AdditionalItem(code="kala_azar", label="Visceral leishmaniasis", icd10_prefixes=("B55.0",)),
        AdditionalItem(code="dog_bite", label="Dog bite", icd10_prefixes=("W54",)),
    )


def test_custom_additional_items_are_honoured() -> None:
    custom = _custom()
    assert map_icd10("B17.2", custom) is I.ADDITIONAL_1  # taken before the base jaundice row
    assert map_icd10("B17.1", custom) is I.ACUTE_JAUNDICE
    assert map_icd10("B54", custom) is I.ADDITIONAL_2
    assert map_icd10("B55.0", custom) is I.ADDITIONAL_3
    assert map_icd10("W54", custom) is I.ADDITIONAL_4
    assert map_icd10("A00.9", custom) is I.ACUTE_WATERY_DIARRHOEA  # no cholera slot here
    assert map_icd10("A00.9") is I.ADDITIONAL_3
    assert map_icd10("T63.0", custom) is I.MEDICAL_EMERGENCY
    assert map_icd10("J18.9", list(custom)) is I.ACUTE_RESPIRATORY_INFECTION
    assert label_for(I.ADDITIONAL_3, custom) == "Visceral leishmaniasis"


def test_default_additional_items_are_valid() -> None:
    assert validate_additional(DEFAULT_ADDITIONAL) == DEFAULT_ADDITIONAL
    assert [a.code for a in DEFAULT_ADDITIONAL] == [
        "malaria",
        "snake_animal_bite",
        "suspected_cholera",
        "suspected_typhoid",
    ]


def test_additional_prefixes_are_canonicalised() -> None:
    item = AdditionalItem(code="x", label="X", icd10_prefixes=("b540", " t63.0 "))
    assert item.icd10_prefixes == ("B54.0", "T63.0")
    with pytest.raises(ValueError):
        item.code = "y"  # type: ignore[misc]


@pytest.mark.parametrize(
    "fields",
    [
        {"code": "Malaria", "label": "Malaria", "icd10_prefixes": ("B54",)},
        {"code": "malaria bite", "label": "Malaria", "icd10_prefixes": ("B54",)},
        {"code": "malaria", "label": "  ", "icd10_prefixes": ("B54",)},
        {"code": "malaria", "label": "Malaria", "icd10_prefixes": ()},
        {"code": "malaria", "label": "Malaria", "icd10_prefixes": ("malaria",)},
        {"code": "malaria", "label": "Malaria", "icd10_prefixes": ("B5",)},
        {"code": "malaria", "label": "Malaria", "icd10_prefixes": ("B50-B54",)},
        {"code": "malaria", "label": "Malaria", "icd10_prefixes": ("B54", "b54")},
    ],
)
def test_invalid_additional_item_is_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        AdditionalItem.model_validate(fields)


@pytest.mark.parametrize(
    "items",
    [
        _custom()[:3],
        (*_custom(), AdditionalItem(code="extra", label="Extra", icd10_prefixes=("A90",))),
        (*_custom()[:3], AdditionalItem(code="malaria", label="Again", icd10_prefixes=("A90",))),
        (*_custom()[:3], AdditionalItem(code="shared", label="Shared", icd10_prefixes=("B17.2",))),
        (*_custom()[:3], {"code": "raw", "label": "Raw", "icd10_prefixes": ["A90"]}),
        (*_custom()[:3], "dengue"),
    ],
)
def test_invalid_additional_set_is_refused(items: tuple[object, ...]) -> None:
    with pytest.raises(ValueError):
        validate_additional(items)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        map_icd10("A00", items)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("age", "band", "young"),
    [(0, "<1", True), (1, "1-4", True), (4, "1-4", True), (5, "5-17", False), (17, "5-17", False),
     (18, "18-64", False), (64, "18-64", False), (65, "65+", False), (104, "65+", False)],
)  # fmt: skip
def test_age_band_edges(age: int, band: str, young: bool) -> None:
    assert age_band(age) == band
    assert band in AGE_BANDS
    assert under_five(age) is young


def test_negative_age_is_refused() -> None:
    with pytest.raises(ValueError):
        age_band(-1)
    with pytest.raises(ValueError):
        under_five(-1)


@given(st.integers(min_value=0, max_value=130))
def test_age_bands_are_ordered(age: int) -> None:
    assert AGE_BANDS.index(age_band(age)) <= AGE_BANDS.index(age_band(age + 1))


@pytest.mark.parametrize(
    ("disposition", "number"),
    [
        ("discharged", 36),
        ("discharged_follow_up", 37),
        ("left_against_advice", 38),
        ("evacuated", 39),
        ("admitted", 40),
        ("dead_on_arrival", 41),
        ("died", 42),
    ],
)
def test_disposition_maps_to_outcome(disposition: str, number: int) -> None:
    assert MDS_NUMBER[mds_outcome_for_disposition(disposition)] == number


def test_every_disposition_of_the_vocabulary_has_an_outcome() -> None:
    outcomes = {mds_outcome_for_disposition(d) for d in Disposition}
    assert len(outcomes) == len(Disposition)
    assert outcomes <= set(OUTCOMES)


@pytest.mark.parametrize("bad", ["", "transferred", "DIED", "rehabilitation"])
def test_unknown_disposition_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="unknown disposition"):
        mds_outcome_for_disposition(bad)
