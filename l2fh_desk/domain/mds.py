"""WHO EMT Minimum Data Set items 1-50 as stable codes, their official numbering, and ICD-10 mapping."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from pydantic import BaseModel, field_validator


class MdsItem(StrEnum):
    """What is stored; the official number is looked up only when a report is written."""

    MALE = "male"
    FEMALE_NOT_PREGNANT = "female_not_pregnant"
    FEMALE_PREGNANT = "female_pregnant"
    TRAUMA_MAJOR_HEAD_SPINE = "trauma_major_head_spine"
    TRAUMA_MAJOR_TORSO = "trauma_major_torso"
    TRAUMA_MAJOR_EXTREMITY = "trauma_major_extremity"
    TRAUMA_MODERATE = "trauma_moderate"
    TRAUMA_MINOR = "trauma_minor"
    ACUTE_RESPIRATORY_INFECTION = "acute_respiratory_infection"
    ACUTE_WATERY_DIARRHOEA = "acute_watery_diarrhoea"
    ACUTE_BLOODY_DIARRHOEA = "acute_bloody_diarrhoea"
    ACUTE_JAUNDICE = "acute_jaundice"
    SUSPECTED_MEASLES = "suspected_measles"
    SUSPECTED_MENINGITIS = "suspected_meningitis"
    SUSPECTED_TETANUS = "suspected_tetanus"
    ACUTE_FLACCID_PARALYSIS = "acute_flaccid_paralysis"
    ACUTE_HAEMORRHAGIC_FEVER = "acute_haemorrhagic_fever"
    FEVER_UNKNOWN_ORIGIN = "fever_unknown_origin"
    ADDITIONAL_1 = "additional_1"
    ADDITIONAL_2 = "additional_2"
    ADDITIONAL_3 = "additional_3"
    ADDITIONAL_4 = "additional_4"
    SURGICAL_EMERGENCY = "surgical_emergency"
    MEDICAL_EMERGENCY = "medical_emergency"
    SKIN_DISEASE = "skin_disease"
    MENTAL_HEALTH = "mental_health"
    OBSTETRIC_COMPLICATION = "obstetric_complication"
    SEVERE_ACUTE_MALNUTRITION = "severe_acute_malnutrition"
    OTHER_DIAGNOSIS = "other_diagnosis"
    MAJOR_PROCEDURE = "major_procedure"
    LIMB_AMPUTATION = "limb_amputation"
    MINOR_SURGICAL_PROCEDURE = "minor_surgical_procedure"
    NORMAL_VAGINAL_DELIVERY = "normal_vaginal_delivery"
    CAESAREAN_SECTION = "caesarean_section"
    OBSTETRICS_OTHER = "obstetrics_other"
    DISCHARGE_NO_FOLLOW_UP = "discharge_no_follow_up"
    DISCHARGE_FOLLOW_UP = "discharge_follow_up"
    DISCHARGE_AGAINST_ADVICE = "discharge_against_advice"
    REFERRAL_TRANSFER = "referral_transfer"
    ADMISSION = "admission"
    DEAD_ON_ARRIVAL = "dead_on_arrival"
    DEATH_IN_FACILITY = "death_in_facility"
    LONG_TERM_REHABILITATION = "long_term_rehabilitation"
    RELATED_DIRECT = "related_direct"
    RELATED_INDIRECT = "related_indirect"
    NOT_RELATED = "not_related"
    VULNERABLE_CHILD = "vulnerable_child"
    VULNERABLE_ADULT = "vulnerable_adult"
    SGBV = "sgbv"
    VIOLENCE_NON_SGBV = "violence_non_sgbv"


_I = MdsItem
# Written out number by number (not derived from enum order) so each line can be checked against
# the form; an existing tool wrote outcomes one column off, so 36-43 are pinned by the tests too.
# (number, item, English label)
_ROWS: tuple[tuple[int, MdsItem, str], ...] = (
    (1, _I.MALE, "Male"),
    (2, _I.FEMALE_NOT_PREGNANT, "Female, not pregnant"),
    (3, _I.FEMALE_PREGNANT, "Female, pregnant"),
    (4, _I.TRAUMA_MAJOR_HEAD_SPINE, "Major head/spine injury"),
    (5, _I.TRAUMA_MAJOR_TORSO, "Major torso injury"),
    (6, _I.TRAUMA_MAJOR_EXTREMITY, "Major extremity injury"),
    (7, _I.TRAUMA_MODERATE, "Moderate injury"),
    (8, _I.TRAUMA_MINOR, "Minor injury"),
    (9, _I.ACUTE_RESPIRATORY_INFECTION, "Acute respiratory infection"),
    (10, _I.ACUTE_WATERY_DIARRHOEA, "Acute watery diarrhoea"),
    (11, _I.ACUTE_BLOODY_DIARRHOEA, "Acute bloody diarrhoea"),
    (12, _I.ACUTE_JAUNDICE, "Acute jaundice syndrome"),
    (13, _I.SUSPECTED_MEASLES, "Suspected measles"),
    (14, _I.SUSPECTED_MENINGITIS, "Suspected meningitis"),
    (15, _I.SUSPECTED_TETANUS, "Suspected tetanus"),
    (16, _I.ACUTE_FLACCID_PARALYSIS, "Acute flaccid paralysis"),
    (17, _I.ACUTE_HAEMORRHAGIC_FEVER, "Acute haemorrhagic fever"),
    (18, _I.FEVER_UNKNOWN_ORIGIN, "Fever of unknown origin"),
    (19, _I.ADDITIONAL_1, "Additional item 1"),
    (20, _I.ADDITIONAL_2, "Additional item 2"),
    (21, _I.ADDITIONAL_3, "Additional item 3"),
    (22, _I.ADDITIONAL_4, "Additional item 4"),
    (23, _I.SURGICAL_EMERGENCY, "Surgical emergency (non-trauma)"),
    (24, _I.MEDICAL_EMERGENCY, "Medical emergency (non-infectious)"),
    (25, _I.SKIN_DISEASE, "Skin disease"),
    (26, _I.MENTAL_HEALTH, "Acute mental health problem"),
    (27, _I.OBSTETRIC_COMPLICATION, "Obstetric complication"),
    (28, _I.SEVERE_ACUTE_MALNUTRITION, "Severe acute malnutrition"),
    (29, _I.OTHER_DIAGNOSIS, "Other diagnosis, not specified above"),
    (30, _I.MAJOR_PROCEDURE, "Major procedure (excluding limb amputation)"),
    (31, _I.LIMB_AMPUTATION, "Limb amputation (excluding digits)"),
    (32, _I.MINOR_SURGICAL_PROCEDURE, "Minor surgical procedure"),
    (33, _I.NORMAL_VAGINAL_DELIVERY, "Normal vaginal delivery"),
    (34, _I.CAESAREAN_SECTION, "Caesarean section"),
    (35, _I.OBSTETRICS_OTHER, "Obstetrics, other"),
    (36, _I.DISCHARGE_NO_FOLLOW_UP, "Discharge without medical follow-up"),
    (37, _I.DISCHARGE_FOLLOW_UP, "Discharge with medical follow-up"),
    (38, _I.DISCHARGE_AGAINST_ADVICE, "Discharge against medical advice"),
    (39, _I.REFERRAL_TRANSFER, "Referral / transfer to another facility"),
    (40, _I.ADMISSION, "Admission"),
    (41, _I.DEAD_ON_ARRIVAL, "Dead on arrival"),
    (42, _I.DEATH_IN_FACILITY, "Death within facility"),
    (43, _I.LONG_TERM_REHABILITATION, "Requiring long-term rehabilitation"),
    (44, _I.RELATED_DIRECT, "Directly related to the event"),
    (45, _I.RELATED_INDIRECT, "Indirectly related to the event"),
    (46, _I.NOT_RELATED, "Not related to the event"),
    (47, _I.VULNERABLE_CHILD, "Vulnerable child"),
    (48, _I.VULNERABLE_ADULT, "Vulnerable adult"),
    (49, _I.SGBV, "Sexual and gender-based violence"),
    (50, _I.VIOLENCE_NON_SGBV, "Violence (non-SGBV)"),
)

# Read-only views: these are shared vocabularies, and a report must not be able to alter them.
MDS_NUMBER: Mapping[MdsItem, int] = MappingProxyType({item: n for n, item, _ in _ROWS})
ITEM_BY_NUMBER: Mapping[int, MdsItem] = MappingProxyType({n: item for n, item, _ in _ROWS})
MDS_LABEL: Mapping[MdsItem, str] = MappingProxyType({item: label for _, item, label in _ROWS})
if sorted(ITEM_BY_NUMBER) != list(range(1, 51)) or len(MDS_NUMBER) != len(MdsItem):
    raise RuntimeError("MDS numbering must map 1-50 one-to-one onto MdsItem")


def _numbered(first: int, last: int) -> tuple[MdsItem, ...]:
    return tuple(ITEM_BY_NUMBER[n] for n in range(first, last + 1))


DEMOGRAPHICS = _numbered(1, 3)
HEALTH_EVENTS = _numbered(4, 29)
PROCEDURES = _numbered(30, 35)
OUTCOMES = _numbered(36, 43)
RELATIONS = _numbered(44, 46)
PROTECTION = _numbered(47, 50)
ADDITIONAL_SLOTS = _numbered(19, 22)
ADULT_ONLY_PROCEDURES = frozenset(_numbered(33, 35))  # the form has no under-5 column for these
LINE_LIST_ITEMS = frozenset(ITEM_BY_NUMBER[n] for n in (28, 31, 39, 42, 43, 47, 48, 49, 50))

AGE_BANDS = ("<1", "1-4", "5-17", "18-64", "65+")


def age_band(age_years: int) -> str:
    """The demographic age band (items 1-3) of an age in completed years."""
    if age_years < 0:
        raise ValueError(f"age cannot be negative: {age_years}")
    for upper, band in ((1, "<1"), (5, "1-4"), (18, "5-17"), (65, "18-64")):
        if age_years < upper:
            return band
    return "65+"


def under_five(age_years: int) -> bool:
    """Whether a health event or procedure goes in the <5 column (items 4-35)."""
    if age_years < 0:
        raise ValueError(f"age cannot be negative: {age_years}")
    return age_years < 5


_CODE_SHAPE = re.compile(r"[A-Z][0-9]{2}(\.[0-9]{1,2})?")
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")


def _key(code: str) -> str:
    """Dotless upper-case form used for prefix lookups ("s06.0" and "S060" are the same code)."""
    return "".join(code.split()).upper().replace(".", "").rstrip("*+\u2020")


class AdditionalItem(BaseModel, frozen=True):
    """One of the four context-specific health events 19-22, named by the health authority."""

    code: str
    label: str
    icd10_prefixes: tuple[str, ...]

    @field_validator("code")
    @classmethod
    def _snake_case(cls, value: str) -> str:
        if not _SNAKE.fullmatch(value):
            raise ValueError(f"code must be snake_case, got {value!r}")
        return value

    @field_validator("label")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("label must not be blank")
        return value.strip()

    @field_validator("icd10_prefixes")
    @classmethod
    def _icd10_like(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one ICD-10 prefix is needed")
        canonical: list[str] = []
        for raw in value:
            key = _key(raw)
            code = key if len(key) <= 3 else f"{key[:3]}.{key[3:]}"
            if not _CODE_SHAPE.fullmatch(code):
                raise ValueError(f"{raw!r} does not look like an ICD-10 code (e.g. B54 or T63.0)")
            canonical.append(code)
        if len(set(canonical)) != len(canonical):
            raise ValueError("ICD-10 prefixes must not repeat")
        return tuple(canonical)


def _additional(code: str, label: str, prefixes: str) -> AdditionalItem:
    return AdditionalItem(code=code, label=label, icd10_prefixes=tuple(prefixes.split()))


DEFAULT_ADDITIONAL: tuple[AdditionalItem, AdditionalItem, AdditionalItem, AdditionalItem] = (
    _additional("malaria", "Malaria (confirmed or suspected)", "B50 B51 B52 B53 B54"),
    # Venom (T63), bites by mammals and reptiles (W53-W59) and contact with venomous animals
    # (X20-X29). W57 (non-venomous insect bites) is left out: mosquito bites would swamp the count.
    _additional(
        "snake_animal_bite",
        "Snake or animal bite",
        "T63 W53 W54 W55 W56 W58 W59 X20 X21 X22 X23 X24 X25 X26 X27 X29",
    ),
    _additional("suspected_cholera", "Suspected cholera", "A00"),
    _additional("suspected_typhoid", "Suspected typhoid/enteric fever", "A01"),
)


def validate_additional(
    additional: Sequence[AdditionalItem],
) -> tuple[AdditionalItem, AdditionalItem, AdditionalItem, AdditionalItem]:
    """Check a hospital's additional items 19-22; raise ValueError if the set is unusable."""
    items = tuple(additional)
    if len(items) != 4:
        raise ValueError(f"exactly 4 additional items (MDS 19-22) are needed, got {len(items)}")
    if not all(isinstance(item, AdditionalItem) for item in items):
        raise ValueError("additional items must be AdditionalItem objects")
    codes = [item.code for item in items]
    if len(set(codes)) != 4:
        raise ValueError(f"additional item codes must be unique: {codes}")
    prefixes = [p for item in items for p in item.icd10_prefixes]
    if len(set(prefixes)) != len(prefixes):
        # A prefix in two slots would be counted in whichever happens to come first.
        raise ValueError("an ICD-10 prefix may belong to one additional item only")
    return items[0], items[1], items[2], items[3]


def label_for(item: MdsItem, additional: Sequence[AdditionalItem] = DEFAULT_ADDITIONAL) -> str:
    """English label of an item, using the hospital's names for the additional slots."""
    if item in ADDITIONAL_SLOTS:
        return validate_additional(additional)[ADDITIONAL_SLOTS.index(item)].label
    return MDS_LABEL[item]


# ICD-10 prefix -> health event. Ranges ("J00-J22") span three-character categories. The longest
# matching prefix wins, and a prefix may appear only once (checked when the module loads).
# fmt: off
_MAP: tuple[tuple[MdsItem, str], ...] = (
    (_I.TRAUMA_MAJOR_HEAD_SPINE, "S02.0 S02.1 S02.7 S06 S07 S12 S13.0 S13.1 S14 S22.0 S22.1 S23.0 S23.1"
                                 " S24 S32 S33.0 S33.1 S34 T04.0 T06.0 T06.1 T08 T09.3"),
    # Pelvic ring fractures bleed like the abdomen; neck vessels are treated as the trunk's.
    (_I.TRAUMA_MAJOR_TORSO, "S15 S22.5 S25 S26 S27 S28 S32.3 S32.4 S32.5 S33.2 S33.3 S33.4 S35 S36 S37"
                            " S38 S39.6 T04.1 T04.7"),
    # Femur, traumatic amputations (not digits, as in item 31), limb crush and limb vessel injuries.
    (_I.TRAUMA_MAJOR_EXTREMITY, "S45 S47 S48 S55 S57 S58 S68 S72 S75 S77 S78 S85 S87 S88 S98 T04 T05"
                                " T11.6 T13.6 T14.7"),
    # Other fractures, dislocations (not sprains), penetrating eye injuries, burns.
    (_I.TRAUMA_MODERATE, "S02 S03.0 S03.1 S03.2 S03.3 S05.2 S05.3 S05.4 S05.5 S05.6 S05.7 S13.2 S13.3 S22"
                         " S32.2 S42 S43.0 S43.1 S43.2 S43.3 S52 S53.0 S53.1 S62 S63.0 S63.1 S63.2 S65 S67"
                         " S68.0 S68.1 S68.2 S73.0 S82 S83.0 S83.1 S92 S93.0 S93.1 S93.3 S95 S97 S98.1"
                         " S98.2 T02 T03 T06 T07 T10 T12 T14.2 T20-T32"),
    # Everything else in S (superficial, open wounds, sprains), and animal bites when no slot has them.
    (_I.TRAUMA_MINOR, "S T00 T01 T09 T11 T13 T14 T15 T16 T18 T19 T33-T35 W53 W54 W55 W56 W58 W59"),
    (_I.ACUTE_RESPIRATORY_INFECTION, "J00-J22 U07.1 U07.2 A37"),
    # K52.9 is how unspecified acute gastroenteritis is usually coded where no stool test exists.
    (_I.ACUTE_WATERY_DIARRHOEA, "A00 A02 A04 A05 A07 A08 A09 K52.9"),
    (_I.ACUTE_BLOODY_DIARRHOEA, "A03 A04.3 A06.0"),
    # B18 (chronic viral hepatitis) is not an acute jaundice syndrome.
    (_I.ACUTE_JAUNDICE, "B15 B16 B17 B19 R17"),
    (_I.SUSPECTED_MEASLES, "B05"),
    (_I.SUSPECTED_MENINGITIS, "A39 A87 A17.0 G00-G03"),
    (_I.SUSPECTED_TETANUS, "A33-A35"),
    (_I.ACUTE_FLACCID_PARALYSIS, "A80 G61.0"),
    (_I.ACUTE_HAEMORRHAGIC_FEVER, "A90-A99"),
    (_I.FEVER_UNKNOWN_ORIGIN, "R50"),
    # Hernias only with obstruction or gangrene, peptic ulcers only when perforated: uncomplicated
    # ones are elective surgery and would inflate the emergency count.
    (_I.SURGICAL_EMERGENCY, "K35-K38 K40.0 K40.1 K40.3 K40.4 K41.0 K41.1 K41.3 K41.4 K42.0 K42.1 K43.0"
                            " K43.1 K43.3 K43.4 K43.6 K43.7 K44.0 K44.1 K45.0 K45.1 K46.0 K46.1 K25.1 K25.2"
                            " K25.5 K25.6 K26.1 K26.2 K26.5 K26.6 K27.1 K27.2 K27.5 K27.6 K28.1 K28.2 K28.5"
                            " K28.6 K55.0 K56 K61 K63.1 K65 K80.0 K81.0 K85 K91.3 I74 M72.6 N44 R10.0 R33"),
    # Acute coronary syndromes only (stable angina I20.1-I20.9 and chronic I25 are not emergencies);
    # diabetic coma and ketoacidosis; bleeding ulcers; poisonings incl. venom (T63) if no slot has it.
    (_I.MEDICAL_EMERGENCY, "I20.0 I21-I24 I26 I46 I47 I49.0 I50 I60-I64 E10.0 E10.1 E11.0 E11.1 E12.0"
                           " E12.1 E13.0 E13.1 E14.0 E14.1 E16.0 E16.1 E16.2 J45 J46 J81 J96 R57 R40.2 R56"
                           " G40 G41 N17 D57.0 K25.0 K25.4 K26.0 K26.4 K27.0 K27.4 K28.0 K28.4 K72.0 K92.0"
                           " K92.1 K92.2 T17 T36-T65 T67 T68 T71 T75.0 T75.1 T75.4 T78.0 T78.2 X20-X29"),
    (_I.SKIN_DISEASE, "L00-L99 A46 B07 B35 B36 B85 B86"),
    (_I.MENTAL_HEALTH, "F00-F99 X60-X84"),
    # O80-O84 record a delivery, not a complication; deliveries are counted as procedures 33-35.
    (_I.OBSTETRIC_COMPLICATION, "O00-O75 O85-O99"),
    (_I.SEVERE_ACUTE_MALNUTRITION, "E40-E43"),
    (_I.OTHER_DIAGNOSIS, "O80-O84 B18 I25"),
)
# fmt: on


def _expand(token: str) -> list[str]:
    if "-" not in token:
        return [_key(token)]
    first, last = token.split("-")
    if first[0] != last[0]:
        raise ValueError(f"range {token} crosses letters")
    return [f"{first[0]}{n:02d}" for n in range(int(first[1:]), int(last[1:]) + 1)]


def _build_map() -> dict[str, MdsItem]:
    table: dict[str, MdsItem] = {}
    for item, prefixes in _MAP:
        for token in prefixes.split():
            for key in _expand(token):
                if key in table:
                    raise RuntimeError(f"ICD-10 prefix {key} mapped twice ({table[key]}, {item})")
                table[key] = item
    return table


_BASE_MAP = MappingProxyType(_build_map())


@lru_cache(maxsize=16)
def _additional_map(additional: tuple[AdditionalItem, ...]) -> Mapping[str, MdsItem]:
    items = validate_additional(additional)
    return MappingProxyType(
        {_key(p): ADDITIONAL_SLOTS[i] for i, item in enumerate(items) for p in item.icd10_prefixes}
    )


def _longest(table: Mapping[str, MdsItem], key: str) -> MdsItem | None:
    for end in range(len(key), 0, -1):
        found = table.get(key[:end])
        if found is not None:
            return found
    return None


def map_icd10(code: str, additional: Sequence[AdditionalItem] = DEFAULT_ADDITIONAL) -> MdsItem:
    """The health event (items 4-29) an ICD-10 code is tallied under; unknown codes are 'other'."""
    key = _key(code)
    if not re.fullmatch(r"[A-Z][0-9]{2}[0-9A-Z]{0,3}", key):
        raise ValueError(f"{code!r} is not an ICD-10 code")
    # The hospital's own slots come first: A00 is cholera there, not just watery diarrhoea.
    try:
        slots = _additional_map(tuple(additional))
    except TypeError:  # unhashable, so not AdditionalItem objects; the cache needs hashable keys
        raise ValueError("additional items must be AdditionalItem objects") from None
    found = _longest(slots, key)
    if found is None:
        found = _longest(_BASE_MAP, key)
    return found if found is not None else MdsItem.OTHER_DIAGNOSIS


DISPOSITION_OUTCOME: Mapping[str, MdsItem] = MappingProxyType(
    {
        "discharged": MdsItem.DISCHARGE_NO_FOLLOW_UP,
        "discharged_follow_up": MdsItem.DISCHARGE_FOLLOW_UP,
        "left_against_advice": MdsItem.DISCHARGE_AGAINST_ADVICE,
        "evacuated": MdsItem.REFERRAL_TRANSFER,
        "admitted": MdsItem.ADMISSION,
        "dead_on_arrival": MdsItem.DEAD_ON_ARRIVAL,
        "died": MdsItem.DEATH_IN_FACILITY,
    }
)


def mds_outcome_for_disposition(disposition: str) -> MdsItem:
    """The outcome item (36-42) of an encounter disposition code."""
    try:
        return DISPOSITION_OUTCOME[disposition]
    except KeyError:
        raise ValueError(f"unknown disposition {disposition!r}") from None
