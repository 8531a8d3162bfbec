"""The rotation picker of the dashboard and the reports page: newest first, the choice kept on a refill."""

from __future__ import annotations

from datetime import date

import pytest

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.widgets.rotation_picker import RotationPicker, by_number


@pytest.fixture
def english():
    yield
    translations().switch("en")


def rotation(number: int, hospital: str = "h1") -> Rotation:
    return Rotation(hospital_id=hospital, number=number, start_date=date(2020 + number, 1, 1),
                    end_date=date(2020 + number, 12, 31))


def shown(picker: RotationPicker) -> list[str]:
    return [picker.itemText(i) for i in range(picker.count())]


def test_newest_first_and_the_choice_survives_a_refill(qtbot):
    picker = RotationPicker()
    qtbot.addWidget(picker)
    first = [rotation(3), rotation(4), rotation(5)]
    picker.fill(first)
    assert shown(picker) == ["Rotation 5", "Rotation 4", "Rotation 3"]
    assert picker.currentData() == first[2].id  # nothing chosen yet: the newest
    picker.setCurrentIndex(1)
    changes: list[int] = []
    picker.currentIndexChanged.connect(changes.append)
    picker.fill([*first, rotation(6)])
    assert shown(picker)[0] == "Rotation 6"
    assert picker.currentText() == "Rotation 4" and picker.currentData() == first[1].id
    assert changes == []  # the page shows the choice itself


def test_default_when_nothing_chosen_and_numbers_as_keys(qtbot):
    picker = RotationPicker()
    qtbot.addWidget(picker)
    rotations = [rotation(3), rotation(4), rotation(5)]
    picker.fill(rotations, default=rotations[1].id)
    assert picker.currentText() == "Rotation 4"
    by_num = RotationPicker(key=by_number)
    qtbot.addWidget(by_num)
    by_num.fill(rotations)
    by_num.setCurrentIndex(2)
    by_num.fill([rotation(3, "h2")])  # another hospital's rotation 3: the same number stays chosen
    assert by_num.currentData() == 3 and shown(by_num) == ["Rotation 3"]


def test_the_names_follow_the_language(qtbot, english):
    picker = RotationPicker()
    qtbot.addWidget(picker)
    picker.fill([rotation(4), rotation(5)])
    assert translations().switch("vi")
    picker.retranslate()
    assert shown(picker) == ["Đợt luân phiên 5", "Đợt luân phiên 4"]
