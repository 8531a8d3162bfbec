"""Community outreach activities and their totals by kind for a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.vocab import OutreachKind
from l2fh_desk.store import rotation_dates
from l2fh_desk.store.base import Repository


@dataclass(frozen=True)
class OutreachTotals:
    kind: OutreachKind
    activities: int
    reached_total: int
    reached_female: int
    reached_male: int
    reached_children: int
    quantities: dict[str, float]  # unit → summed quantity


class Outreach(Repository[OutreachActivity]):
    table = "outreach_activities"
    model = OutreachActivity
    write_action = Action.WRITE_OUTREACH
    json_columns = ("staff_names",)

    def create(self, record: OutreachActivity, *, actor: Actor) -> OutreachActivity:
        """An activity belongs to the rotation of its day (its handover counts it)."""
        with self.db.atomic():
            self._check_rotation(record)
            return super().create(record, actor=actor)

    def update(self, record: OutreachActivity, *, actor: Actor) -> OutreachActivity:
        with self.db.atomic():
            self._check_rotation(record)
            return super().update(record, actor=actor)

    def _check_rotation(self, record: OutreachActivity) -> None:
        rotation_dates.refuse_outside(self.db, rotation_dates.OUTREACH, record_id=record.id,
                                      rotation_id=record.rotation_id, moment=record.activity_date)

    def between(self, start: date, end: date, *, rotation_id: str | None = None) -> list[OutreachActivity]:
        where = "voided_at IS NULL AND activity_date BETWEEN ? AND ?"
        params: list[object] = [start.isoformat(), end.isoformat()]
        if rotation_id:
            where += " AND rotation_id = ?"
            params.append(rotation_id)
        return self.find(where, params, order="activity_date DESC, rowid DESC")

    def totals(self, start: date, end: date, *, rotation_id: str | None = None) -> list[OutreachTotals]:
        where = "voided_at IS NULL AND activity_date BETWEEN ? AND ?"
        params: list[object] = [start.isoformat(), end.isoformat()]
        if rotation_id:
            where += " AND rotation_id = ?"
            params.append(rotation_id)
        rows = self.db.query(
            "SELECT kind, count(*) AS n, sum(reached_total) AS total, sum(reached_female) AS female,"
            " sum(reached_male) AS male, sum(reached_children) AS children"
            f" FROM outreach_activities WHERE {where} GROUP BY kind", params)
        quantity_rows = self.db.query(
            "SELECT kind, unit, sum(quantity) AS quantity FROM outreach_activities"
            f" WHERE {where} AND quantity IS NOT NULL GROUP BY kind, unit", params)
        quantities: dict[str, dict[str, float]] = {}
        for row in quantity_rows:
            quantities.setdefault(row["kind"], {})[row["unit"]] = float(row["quantity"])
        by_kind = {row["kind"]: row for row in rows}
        out = []
        for kind in OutreachKind:
            found = by_kind.get(kind.value)
            if found is None:
                continue
            out.append(OutreachTotals(kind, int(found["n"]), int(found["total"]), int(found["female"]), int(found["male"]),
                                      int(found["children"]), quantities.get(kind.value, {})))
        return out
