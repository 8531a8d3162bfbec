"""The hospital record of this installation (the first one added becomes it: services/setup.py:add_hospital),
its rotations and staff rosters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital, Rotation, StaffMember
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.vocab import Sex
from l2fh_desk.store.base import Repository


class Hospitals(Repository[Hospital]):
    table = "hospitals"
    model = Hospital
    write_action = Action.MANAGE_SETTINGS

    def this(self) -> Hospital | None:
        if not self.store.origin:
            return None
        return self.get(self.store.origin)

    def all(self) -> list[Hospital]:
        return self.find(order="name, id")

    def choose(self, choice: str | None = None) -> Hospital:
        """The hospital a report is about: this installation's, the only one, or the one `choice` names
        (its UUID or the start of it, its name or the start of it) in an HQ database that holds several."""
        if not choice:
            if self.store.origin:
                return self.get(self.store.origin)
            known = self.all()
            if len(known) == 1:
                return known[0]
            if not known:
                raise DomainError("This database holds no hospital yet", field="hospital")
            names = "; ".join(f"{h.name} ({h.id})" for h in known)
            raise DomainError(f"This database holds {len(known)} hospitals; name one (--hospital): {names}", field="hospital")
        typed = choice.strip()
        wanted = typed.casefold()
        known = self.all()
        exact = [h for h in known if h.id == typed or h.name.casefold() == wanted]
        # else the start of the UUID (as `--version` or the import log prints it) or of the name
        matches = exact or [h for h in known if (len(typed) >= 4 and h.id.startswith(typed.lower()))
                            or h.name.casefold().startswith(wanted)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise DomainError(f"No hospital matches '{choice}'", field="hospital")
        names = "; ".join(f"{h.name} ({h.id[:8]})" for h in matches)
        raise DomainError(f"'{choice}' matches {len(matches)} hospitals ({names}); give more of the name or UUID",
                          field="hospital")


class Rotations(Repository[Rotation]):
    table = "rotations"
    model = Rotation
    write_action = Action.MANAGE_ROTATIONS

    def all(self) -> list[Rotation]:
        return self.find("voided_at IS NULL", order="number")

    def by_number(self, number: int, hospital_id: str | None = None) -> Rotation | None:
        hospital_id = hospital_id or self.store.origin
        found = self.find("voided_at IS NULL AND number = ? AND hospital_id = ?", (number, hospital_id))
        return found[0] if found else None

    def latest(self, hospital_id: str | None = None) -> Rotation | None:
        found = self.find("voided_at IS NULL AND hospital_id = ?", (hospital_id or self.store.origin,),
                          order="number DESC", limit=1)
        return found[0] if found else None

    def on(self, day: date) -> Rotation | None:
        """The rotation during which a record made on `day` belongs (else the latest)."""
        found = self.find(
            "voided_at IS NULL AND hospital_id = ? AND start_date <= ? AND end_date >= ?",
            (self.store.origin, day.isoformat(), day.isoformat()),
            order="number DESC",
            limit=1,
        )
        return found[0] if found else self.latest()

    def create(self, record: Rotation, *, actor: Actor) -> Rotation:
        if self.by_number(record.number, record.hospital_id):
            raise DomainError(f"Rotation {record.number} already exists", field="number")
        return super().create(record, actor=actor)


@dataclass(frozen=True)
class WomenShare:
    women: int
    total: int
    target: float

    @property
    def share(self) -> float:
        return self.women / self.total if self.total else 0.0

    @property
    def meets_target(self) -> bool:
        return self.total > 0 and self.share >= self.target


class Staff(Repository[StaffMember]):
    table = "staff"
    model = StaffMember
    write_action = Action.MANAGE_STAFF

    def roster(self, rotation_id: str) -> list[StaffMember]:
        return self.find("voided_at IS NULL AND rotation_id = ?", (rotation_id,), order="name")

    def women_share(self, rotation_id: str, *, target: float) -> WomenShare:
        """Women on the rotation's roster against `target` (the `un_gender_target` setting)."""
        row = self.db.one(
            "SELECT count(*) AS total, coalesce(sum(sex = ?), 0) AS women FROM staff"
            " WHERE voided_at IS NULL AND rotation_id = ?",
            (Sex.FEMALE.value, rotation_id),
        )
        assert row is not None
        return WomenShare(int(row["women"]), int(row["total"]), target)
