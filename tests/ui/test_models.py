"""Every item model of the pages passes Qt's model tester, empty and filled, and sorts on raw values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pages_support import TODAY, add_patient, admit, new_store

from l2fh_desk.domain.hospital import StaffMember
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import OutreachKind, Sex
from l2fh_desk.exchange.hq import ConflictEntry, EncounterTotal, ImportEntry
from l2fh_desk.reports.dashboard import DiagnosisCount
from l2fh_desk.store import audit
from l2fh_desk.ui.models.dashboard import TopDiagnosesModel
from l2fh_desk.ui.models.history import HistoryModel
from l2fh_desk.ui.models.hq import ConflictModel, EncounterTotalsModel, ImportLogModel
from l2fh_desk.ui.models.outreach import OutreachColumn, OutreachModel, OutreachTotalsModel
from l2fh_desk.ui.models.rotations import RotationsModel, StaffModel
from l2fh_desk.ui.models.table import SORT_ROLE, sorting_proxy
from l2fh_desk.ui.models.ward import BedBoardModel, BedColumn


@pytest.fixture
def store(tmp_path):
    s = new_store(tmp_path)
    for bed, days in (("B10", 1), ("B2", 12), ("B1", 3)):
        admit(s, add_patient(s, f"Patient {bed}"), bed=bed, days_ago=days)
    rotation = s.rotations.latest()
    for total in (1500, 20):
        s.outreach.create(OutreachActivity(rotation_id=rotation.id, kind=OutreachKind.MASK_SEWING, activity_date=TODAY,
                                           place="Bentiu", reached_total=total, reached_female=total,
                                           quantity=total * 2.5, unit="masks"), actor=SYSTEM)
    for name, sex in (("Lt. Hoa", Sex.FEMALE), ("Capt. Minh", Sex.MALE)):
        s.staff.create(StaffMember(rotation_id=rotation.id, name=name, sex=sex), actor=SYSTEM)
    yield s
    s.close()


def _models(store, holder):
    board = BedBoardModel(holder)
    board.set_board(store.admissions.board(), now=datetime.now(UTC))
    outreach = OutreachModel(holder)
    outreach.set_rows(store.outreach.find())
    totals = OutreachTotalsModel(holder)
    totals.set_rows(store.outreach.totals(TODAY - timedelta(days=1), TODAY))
    rotations = RotationsModel(holder)
    rotations.set_rotations(store.rotations.all(), {store.rotations.latest().id: 2})
    staff = StaffModel(holder)
    staff.set_rows(store.staff.roster(store.rotations.latest().id))
    history = HistoryModel(holder)
    history.set_rows(audit.history(store.db, store.admissions.find()[0].id))
    diagnoses = TopDiagnosesModel(holder)
    diagnoses.set_rows([DiagnosisCount("B54", "Unspecified malaria", 29), DiagnosisCount("A09", "Gastroenteritis", 10)])
    imports = ImportLogModel(holder)
    imports.set_rows([ImportEntry("b1", "h1", "L2FH 4", "f00d", "ab12", "2026-11-19T08:00:00Z", "2026-11-20T10:00:00Z",
                                  "analyst", {"patients": {"new": 5, "updated": 1}, "encounters": {"new": 9}})])
    conflicts = ConflictModel(holder)
    conflicts.set_rows([ConflictEntry("b1", "L2FH 4", "patients", "p1", "conflict_kept", "name", "An", "Anh", 2, 2),
                        ConflictEntry("b1", "L2FH 4", "encounters", "e1", "update", "treatment", None, "ORS", 1, 2)])
    hq_totals = EncounterTotalsModel(holder)
    hq_totals.set_rows([EncounterTotal("h1", "L2FH 4", 5, "r5", 112, 107), EncounterTotal("h2", "L2FH 2", 1, "r1", 9, 9)])
    return [board, outreach, totals, rotations, staff, history, diagnoses, imports, conflicts, hq_totals]


@pytest.fixture
def holder(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()  # owns every model, so Qt deletes them in order
    qtbot.addWidget(widget)
    return widget


def test_models_empty(qtmodeltester, store, holder):
    for model in _models(store, holder):
        model.set_rows([])
        qtmodeltester.check(model, force_py=True)


def test_models_filled(qtmodeltester, store, holder):
    for model in _models(store, holder):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(sorting_proxy(model), force_py=True)


def test_sorting_uses_raw_values_not_text(store, holder):
    board, outreach, *_ = _models(store, holder)
    proxy = sorting_proxy(board)
    proxy.sort(BedColumn.BED)
    assert [proxy.index(r, BedColumn.BED).data() for r in range(3)] == ["General · B1", "General · B2", "General · B10"]
    proxy.sort(BedColumn.DAYS_IN)
    assert [proxy.index(r, BedColumn.DAYS_IN).data(SORT_ROLE) for r in range(3)] == [1, 3, 12]
    proxy = sorting_proxy(outreach)
    proxy.sort(OutreachColumn.REACHED)
    # "1,500" sorts after "20" as a number, though not as text
    assert [proxy.index(r, OutreachColumn.REACHED).data() for r in range(2)] == ["20", "1,500"]
