"""Normal vital-sign ranges by age band (children are not small adults), and the absent pulse and breathing
of a patient dead on arrival.

Paediatric bands and ranges are the PALS (American Heart Association, 2020) tables of normal heart rate
(awake), respiratory rate and blood pressure; the respiratory-rate upper limits agree with the WHO ETAT
"fast breathing" thresholds (60/min under 2 months, 50 to 11 months, 40 from 1 to 5 years). From 16 the
app's adult warning ranges apply. Outside a normal range the form warns and still saves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Adult normal ranges: outside them the form warns but still saves.
ADULT: dict[str, tuple[float, float]] = {
    "temperature_c": (35.5, 38.0),
    "pulse_bpm": (50, 110),
    "resp_rate": (10, 24),
    "systolic_bp": (90, 160),
    "diastolic_bp": (50, 100),
    "spo2": (94, 100),
    "gcs": (15, 15),
}

# Vitals that may be 0 (absent) for a patient dead on arrival or who died, and only then.
ABSENT_WHEN_DEAD = frozenset({"pulse_bpm", "resp_rate"})


@dataclass(frozen=True)
class AgeBand:
    code: str  # neonate, infant, toddler, preschool, school, adolescent, adult
    label: str  # English, for the core's own messages (the window translates the code)
    under_days: int  # the band holds ages below this many days (and at or above the previous band's)
    ranges: dict[str, tuple[float, float]]


def _child(pulse: tuple[float, float], resp: tuple[float, float], sbp: tuple[float, float],
           dbp: tuple[float, float]) -> dict[str, tuple[float, float]]:
    return {**ADULT, "pulse_bpm": pulse, "resp_rate": resp, "systolic_bp": sbp, "diastolic_bp": dbp}


def _years(n: int) -> int:
    return round(n * 365.25)


BANDS: tuple[AgeBand, ...] = (
    AgeBand("neonate", "newborn (under 4 weeks)", 28, _child((100, 205), (30, 60), (67, 84), (35, 53))),
    AgeBand("infant", "infant (under 1 year)", _years(1), _child((100, 180), (30, 53), (72, 104), (37, 56))),
    AgeBand("toddler", "child of 1-2 years", _years(3), _child((98, 140), (22, 37), (86, 106), (42, 63))),
    AgeBand("preschool", "child of 3-5 years", _years(6), _child((80, 120), (20, 28), (89, 112), (46, 72))),
    AgeBand("school", "child of 6-11 years", _years(12), _child((75, 118), (18, 25), (97, 115), (57, 76))),
    AgeBand("adolescent", "adolescent (12-15 years)", _years(16), _child((60, 100), (12, 20), (110, 131), (64, 83))),
    AgeBand("adult", "adult", 1 << 30, ADULT),
)
ADULT_BAND = BANDS[-1]


def band_for(born: date | None, on: date) -> AgeBand:
    """The age band of a patient born on `born` at the day `on`; the adult band when the age is unknown."""
    if born is None:
        return ADULT_BAND
    days = (on - born).days
    return next(band for band in BANDS if days < band.under_days)


def normal_range(name: str, band: AgeBand = ADULT_BAND) -> tuple[float, float] | None:
    return band.ranges.get(name)
