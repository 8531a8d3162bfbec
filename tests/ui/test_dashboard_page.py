"""The dashboard page shows the same figures as SQL over the demo database, and follows the chosen rotation."""

from __future__ import annotations

from datetime import date

import pytest
from pages_support import close_page, ctx_for

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import Role
from l2fh_desk.store.store import Store
from l2fh_desk.ui.models.dashboard import DiagnosisColumn
from l2fh_desk.ui.pages.dashboard import DashboardPage


@pytest.fixture
def page(qtbot, tmp_path):
    store = Store(tmp_path / "demo.db")
    generate(store, encounters=400, outreach=30, seed=3)
    widget = DashboardPage(ctx_for(store, Role.MEDIC))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.board is None  # nothing is queried until the page is shown in the window
    widget.refresh()
    qtbot.waitUntil(lambda: widget.board is not None, timeout=10_000)
    yield widget
    close_page(widget, store)


def _sql(store, sql, *params):
    return store.db.scalar(sql, params)


def test_current_rotation_figures_equal_sql(page):
    store = page.ctx.store
    rotation = store.rotations.on(date.today())
    assert page.rotation.currentText() == f"Rotation {rotation.number}"
    encounters = _sql(store, "SELECT count(*) FROM encounters WHERE rotation_id = ? AND voided_at IS NULL", rotation.id)
    patients = _sql(store, "SELECT count(DISTINCT patient_id) FROM encounters WHERE rotation_id = ?"
                    " AND voided_at IS NULL", rotation.id)
    ward = _sql(store, "SELECT count(*) FROM admissions WHERE discharged_at IS NULL AND voided_at IS NULL")
    reached = _sql(store, "SELECT coalesce(sum(reached_total), 0) FROM outreach_activities WHERE rotation_id = ?"
                   " AND voided_at IS NULL", rotation.id)
    shown = {name: int(figure.value.text().replace(",", "")) for name, figure in page.figures.items()}
    assert shown["encounters"] == encounters
    assert shown["patients"] == patients
    assert shown["open_admissions"] == ward
    assert shown["reached"] == reached


def test_charts_and_tables_follow_the_chosen_rotation(page, qtbot):
    store = page.ctx.store
    page.rotation.setCurrentIndex(page.rotation.findText("Rotation 4"))
    qtbot.waitUntil(lambda: page.board.rotation.number == 4, timeout=10_000)
    rotation = store.rotations.by_number(4)
    encounters = _sql(store, "SELECT count(*) FROM encounters WHERE rotation_id = ? AND voided_at IS NULL", rotation.id)
    assert page.figures["encounters"].value.text() == f"{encounters:,}"
    [series] = page.weekly.view.chart().series()
    weekly = series.barSets()[0]
    assert sum(weekly.at(i) for i in range(weekly.count())) == encounters
    [categories] = page.categories.view.chart().series()
    assert sum(categories.barSets()[0].at(i) for i in range(categories.barSets()[0].count())) == encounters
    top_code = store.db.one(
        "SELECT d.icd10_code, count(DISTINCT d.encounter_id) AS n FROM diagnoses d JOIN encounters e"
        " ON e.id = d.encounter_id WHERE e.rotation_id = ? AND e.voided_at IS NULL AND d.voided_at IS NULL"
        " GROUP BY d.icd10_code ORDER BY n DESC, d.icd10_code LIMIT 1", (rotation.id,))
    proxy = page.diagnoses.proxy
    assert proxy.index(0, DiagnosisColumn.ENCOUNTERS).data() == str(top_code["n"])
