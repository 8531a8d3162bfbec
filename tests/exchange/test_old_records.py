"""Records an older version saved, which today's forms refuse, still reach HQ: the hospital's `check` warns
about them and its reports count them in a stated way; HQ must not refuse the hospital's every bundle for them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from exchange_helpers import Hospital, copy_hospital, export, trust_of

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.importer import IMPORTED, import_bundles
from l2fh_desk.store.base import Repository
from l2fh_desk.store.check import check_database
from l2fh_desk.store.store import Store


def test_a_visit_before_a_stored_date_of_birth_reaches_hq(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    a, _b = two
    db = copy_hospital(a, tmp_path / "a")
    with Store(db) as store:
        visit = store.db.query("SELECT id, patient_id, started_at FROM encounters WHERE voided_at IS NULL"
                               " ORDER BY started_at LIMIT 1")[0]
        patient = store.patients.get(visit[1])
        later = store.encounters.get(visit[0]).started_at.date() + timedelta(days=3)
        # As an older version saved it (its update had no such check): a date of birth moved after the visit.
        Repository.update(store.patients, patient.model_copy(update={"date_of_birth": later}), actor=SYSTEM)
    report = check_database(db)
    assert report.ok, report.problems
    assert any("before the date of birth" in w for w in report.warnings)
    bundle = export(db, tmp_path / "a.l2fh")
    with Store(tmp_path / "hq.db") as hq:
        [result] = import_bundles(hq, [bundle], trust=trust_of(bundle), actor=SYSTEM)
        assert result.status == IMPORTED, result.reason
        assert hq.db.scalar("SELECT date_of_birth FROM patients WHERE id = ?", (patient.id,)) == later.isoformat()
