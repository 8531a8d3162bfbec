"""HQ reports over all hospitals: import log, conflicts, totals per hospital and rotation, likely duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from exchange_helpers import Hospital, export, trust_of

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import hq
from l2fh_desk.exchange.importer import import_bundles
from l2fh_desk.store.store import Store


def test_reports_over_two_hospitals(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    # Hospital 2 registers a patient that hospital 1 also has (same UN index number): both records stay.
    folder = tmp_path / "b"
    folder.mkdir()
    db = folder / "h2.db"
    shutil.copy(two[1].db, db)
    shutil.copy(two[1].db.with_name("h2.db.key"), folder / "h2.db.key")
    with Store(two[0].db) as store:
        known = store.patients.find("un_index_number != '' AND voided_at IS NULL", limit=1)[0]
    with Store(db) as store:
        twin = store.patients.create(Patient.model_validate({**known.model_dump(), "id": "4" * 8 + "-1111-4111-8111-"
                                                              + "1" * 12, "origin": ""}), actor=SYSTEM)
    bundle = export(db, tmp_path / "h2.l2fh")
    with Store(tmp_path / "hq.db") as store:
        import_bundles(store, [two[0].bundle, bundle], trust=trust_of(two[0].bundle, bundle), actor=SYSTEM)
        log = hq.imports(store)
        assert {e.hospital_id for e in log} == {two[0].hospital_id, two[1].hospital_id}
        assert all(e.counts["encounters"]["new"] == 200 for e in log)
        totals = hq.encounter_totals(store)
        assert sum(t.encounters for t in totals) == store.encounters.count("voided_at IS NULL")
        assert {t.hospital_id for t in totals} == {two[0].hospital_id, two[1].hospital_id}
        one = hq.encounter_totals(store, hospital_id=two[0].hospital_id, rotation_number=4)
        assert len(one) == 1 and one[0].rotation_number == 4
        assert len(hq.hospitals(store)) == 2
        pairs = [d for d in hq.likely_duplicates(store) if twin.id in (d.patient_a, d.patient_b)]
        assert pairs and pairs[0].reason == "same UN index number"
        assert {pairs[0].patient_a, pairs[0].patient_b} == {known.id, twin.id} and not pairs[0].linked
        hq.link_patients(store, known.id, twin.id, reason="confirmed by phone", actor=SYSTEM)
        assert hq.linked_with(store, twin.id) == [known.id]
        assert [d for d in hq.likely_duplicates(store) if twin.id in (d.patient_a, d.patient_b)][0].linked
        assert store.patients.get(known.id).id == known.id and store.patients.get(twin.id).id == twin.id
        with pytest.raises(DomainError):
            hq.link_patients(store, known.id, known.id, reason="", actor=SYSTEM)
        assert hq.conflicts(store) == []
