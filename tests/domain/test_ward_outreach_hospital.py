"""Ward, outreach and rotation rules: discharge after admission, counts that add up, dates in order."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.errors import field_errors
from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority, OutreachKind
from l2fh_desk.domain.ward import Admission, Evacuation

NOW = datetime.now(UTC).replace(microsecond=0)


def admission(**changes: Any) -> Admission:
    data: dict[str, Any] = {"patient_id": "p", "rotation_id": "r", "bed": "B-01", "admitted_at": NOW - timedelta(days=3)}
    data.update(changes)
    return Admission.model_validate(data)


def activity(**changes: Any) -> OutreachActivity:
    data: dict[str, Any] = {"rotation_id": "r", "kind": OutreachKind.MASK_SEWING, "activity_date": date.today(),
                            "place": "Bentiu IDP camp", "reached_total": 120, "reached_female": 70,
                            "reached_male": 50, "reached_children": 30, "quantity": 1200, "unit": "masks"}
    data.update(changes)
    return OutreachActivity.model_validate(data)


def test_discharge_before_admission_is_refused_beside_discharge_time() -> None:
    with pytest.raises(ValidationError) as caught:
        admission(discharged_at=NOW - timedelta(days=4), outcome=AdmissionOutcome.DISCHARGED)
    assert field_errors(caught.value) == {"discharged_at": "Discharge must be after admission"}


def test_discharge_after_admission_with_outcome_is_accepted() -> None:
    closed = admission(discharged_at=NOW - timedelta(days=1), outcome=AdmissionOutcome.DISCHARGED)
    assert not closed.is_open
    assert closed.days_in(NOW) == 2


def test_discharge_needs_an_outcome_and_an_outcome_needs_a_discharge() -> None:
    with pytest.raises(ValidationError) as caught:
        admission(discharged_at=NOW - timedelta(days=1))
    assert field_errors(caught.value) == {"outcome": "A discharge needs an outcome"}
    with pytest.raises(ValidationError) as caught:
        admission(outcome=AdmissionOutcome.DIED)
    assert field_errors(caught.value) == {"discharged_at": "An outcome needs a discharge time"}


def test_admission_in_the_future_and_without_bed_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        admission(admitted_at=NOW + timedelta(hours=3), bed="")
    assert field_errors(caught.value) == {"bed": "This field is required", "admitted_at": "Cannot be in the future"}


def test_evacuation_departure_before_request_is_refused() -> None:
    data: dict[str, Any] = {"patient_id": "p", "rotation_id": "r", "mode": EvacuationMode.MEDEVAC,
                            "priority": EvacuationPriority.URGENT, "destination": "Level 3 hospital, Juba",
                            "requested_at": NOW - timedelta(hours=2)}
    assert Evacuation.model_validate({**data, "departed_at": NOW - timedelta(hours=1)}).departed_at is not None
    with pytest.raises(ValidationError) as caught:
        Evacuation.model_validate({**data, "departed_at": NOW - timedelta(hours=3)})
    assert field_errors(caught.value) == {"departed_at": "Departure must be after the request"}
    with pytest.raises(ValidationError) as caught:
        Evacuation.model_validate({**data, "priority": "whenever"})
    assert "priority" in field_errors(caught.value)


def test_outreach_counts_that_add_up_are_accepted() -> None:
    saved = activity()
    assert saved.reached_female + saved.reached_male == saved.reached_total


def test_women_plus_men_must_equal_people_reached() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(reached_female=80)
    assert field_errors(caught.value) == {
        "reached_total": "Women and girls (80) plus men and boys (50) must equal the people reached (120)"}


def test_children_cannot_exceed_people_reached() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(reached_children=121)
    assert field_errors(caught.value) == {"reached_children": "Children reached cannot exceed the people reached"}


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(reached_male=-5, reached_total=65)
    assert "reached_male" in field_errors(caught.value)


def test_quantity_needs_a_unit() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(unit="")
    assert field_errors(caught.value) == {"unit": "A quantity needs a unit (e.g. masks, ha)"}


def test_staff_count_cannot_be_below_names_listed() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(staff_names=["Trần Thị Ánh", "Lê Văn Nam"], staff_count=1)
    assert field_errors(caught.value) == {"staff_count": "Staff taking part cannot be fewer than the names listed"}


def test_outreach_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        activity(activity_date=date.today() + timedelta(days=3))
    assert field_errors(caught.value) == {"activity_date": "Cannot be in the future"}


def test_rotation_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError) as caught:
        Rotation(hospital_id="h", number=4, start_date=date(2026, 1, 10), end_date=date(2025, 1, 9))
    assert field_errors(caught.value) == {"end_date": "The rotation must end after it starts"}
    rotation = Rotation(hospital_id="h", number=4, start_date=date(2026, 1, 10), end_date=date(2027, 1, 9))
    assert rotation.title == "Rotation 4" and rotation.covers(date(2026, 6, 1))
