"""Wards and beds as records (set up by the commander: services/beds.py); the free-bed picker lists the beds
no open admission holds."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.roles import Action
from l2fh_desk.domain.ward import Bed, Ward
from l2fh_desk.store.base import Repository


@dataclass(frozen=True)
class BedChoice:
    ward: str
    bed: str
    occupant: str  # the patient in it, "" when free

    @property
    def is_free(self) -> bool:
        return not self.occupant


class Wards(Repository[Ward]):
    table = "wards"
    model = Ward
    write_action = Action.MANAGE_SETTINGS

    def active(self) -> list[Ward]:
        return self.find("voided_at IS NULL", order="position, name")

    def named(self, name: str) -> Ward | None:
        found = self.find("voided_at IS NULL AND lower(trim(name)) = lower(trim(?))", (name,))
        return found[0] if found else None


class Beds(Repository[Bed]):
    table = "beds"
    model = Bed
    write_action = Action.MANAGE_SETTINGS

    def in_ward(self, ward_id: str) -> list[Bed]:
        return self.find("ward_id = ? AND voided_at IS NULL", (ward_id,), order="position, label")

    def exists(self, ward: str, bed: str) -> bool:
        return bool(self.db.scalar(
            "SELECT count(*) FROM beds b JOIN wards w ON w.id = b.ward_id WHERE b.voided_at IS NULL"
            " AND w.voided_at IS NULL AND lower(trim(w.name)) = lower(trim(?)) AND lower(trim(b.label)) = lower(trim(?))",
            (ward, bed)))

    def choices(self) -> list[BedChoice]:
        """Every bed set up, in ward and bed order, with the patient holding it (if any)."""
        rows = self.db.query(
            "SELECT w.name, b.label, coalesce((SELECT p.name FROM admissions a JOIN patients p ON p.id = a.patient_id"
            "  WHERE a.discharged_at IS NULL AND a.voided_at IS NULL AND lower(trim(a.ward)) = lower(trim(w.name))"
            "  AND lower(trim(a.bed)) = lower(trim(b.label)) LIMIT 1), '')"
            " FROM beds b JOIN wards w ON w.id = b.ward_id WHERE b.voided_at IS NULL AND w.voided_at IS NULL"
            " ORDER BY w.position, w.name, b.position, b.label")
        return [BedChoice(str(r[0]), str(r[1]), str(r[2])) for r in rows]

    def free(self) -> list[BedChoice]:
        return [choice for choice in self.choices() if choice.is_free]
