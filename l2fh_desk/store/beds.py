"""Wards and beds as records: set up by the commander (names, labels, a bed count from the capacity);
the free-bed picker lists the beds no open admission holds."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.ward import Bed, Ward
from l2fh_desk.store.base import Repository, Scope


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

    def __init__(self, store: Scope) -> None:
        super().__init__(store)
        self.beds = Beds(store)  # a ward is set up with its beds, on the same database

    def active(self) -> list[Ward]:
        return self.find("voided_at IS NULL", order="position, name")

    def named(self, name: str) -> Ward | None:
        found = self.find("voided_at IS NULL AND lower(trim(name)) = lower(trim(?))", (name,))
        return found[0] if found else None

    def set_up(self, name: str, *, labels: list[str] | None = None, count: int | None = None,
               actor: Actor) -> tuple[Ward, list[Bed]]:
        """A ward and its beds: the labels given, or `count` beds labelled B-01, B-02 ... (added to an
        existing ward of that name; a label it already has is refused)."""
        actor.require(Action.MANAGE_SETTINGS)
        if labels is None:
            if count is None or count < 1:
                raise DomainError("Give the bed labels or a number of beds (at least 1)", field="count")
            labels = [f"B-{n:02d}" for n in range(1, count + 1)]
        labels = [label.strip() for label in labels if label.strip()]
        seen: set[str] = set()
        for label in labels:
            if label.lower() in seen:
                raise DomainError(f"Bed {label} is listed twice", field="labels")
            seen.add(label.lower())
        with self.db.atomic():
            ward = self.named(name) or self.create(Ward(name=name, position=self.count("voided_at IS NULL")),
                                                   actor=actor)
            have = {b.label.lower() for b in self.beds.in_ward(ward.id)}
            taken = [label for label in labels if label.lower() in have]
            if taken:
                raise DomainError(f"Ward {ward.name} already has bed {taken[0]}", field="labels")
            start = len(have)
            beds = [self.beds.create(Bed(ward_id=ward.id, label=label, position=start + i), actor=actor)
                    for i, label in enumerate(labels)]
        return ward, beds


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
