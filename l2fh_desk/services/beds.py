"""Setting up the ward: a ward and its beds, written together (the commander's step, and the first run's)."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.ward import Bed, Ward
from l2fh_desk.store.store import Store


def set_up_ward(store: Store, name: str, *, labels: list[str] | None = None, count: int | None = None,
                actor: Actor) -> tuple[Ward, list[Bed]]:
    """A ward and its beds: the labels given, or `count` beds labelled B-01, B-02 ... (added to an existing
    ward of that name; a label it already has is refused). One transaction: all the beds or none."""
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
    with store.db.atomic():
        ward = store.wards.named(name) or store.wards.create(
            Ward(name=name, position=store.wards.count("voided_at IS NULL")), actor=actor)
        have = {b.label.lower() for b in store.beds.in_ward(ward.id)}
        taken = [label for label in labels if label.lower() in have]
        if taken:
            raise DomainError(f"Ward {ward.name} already has bed {taken[0]}", field="labels")
        start = len(have)
        beds = [store.beds.create(Bed(ward_id=ward.id, label=label, position=start + i), actor=actor)
                for i, label in enumerate(labels)]
    return ward, beds


@dataclass(frozen=True)
class WardBeds:
    name: str
    beds: list[str]  # labels, in bed order
    in_use: int  # beds an open admission holds


def wards_set_up(store: Store) -> list[WardBeds]:
    """Each ward with its beds and how many are in use: what the commander's window and `wards` list."""
    choices = store.beds.choices()
    return [WardBeds(ward.name, [c.bed for c in choices if c.ward == ward.name],
                     sum(1 for c in choices if c.ward == ward.name and not c.is_free))
            for ward in store.wards.active()]
