"""The demo's outreach register: activities of each kind in proportion, with their people reached."""

from __future__ import annotations

from datetime import date, timedelta

from l2fh_desk.demo import names
from l2fh_desk.demo.builder import Builder
from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.vocab import OutreachKind, Sex

OUTREACH_PLAN: dict[OutreachKind, tuple[int, str, tuple[int, int], str]] = {
    # kind: (weight, unit, quantity range, description template)
    OutreachKind.MASK_SEWING: (14, "masks", (150, 2000), "Cloth face masks sewn by the unit's women staff and handed out"),
    OutreachKind.AGRICULTURE: (12, "ha", (1, 20), "Showed farmers how to plant maize, sorghum and vegetables"),
    OutreachKind.TEACHING: (14, "lessons", (2, 12), "English and hygiene lessons for primary school children"),
    OutreachKind.HEALTH_EDUCATION: (18, "sessions", (1, 4), "Malaria prevention and safe water talk"),
    OutreachKind.OUTREACH_CLINIC: (14, "consultations", (40, 250), "Free clinic with medicines for the community"),
    OutreachKind.DONATION: (10, "kg", (50, 1500), "Donated rice, soap and school supplies"),
    OutreachKind.ENGINEERING: (6, "m of road", (50, 600), "Repaired the access road and drainage with the engineers"),
    OutreachKind.OTHER: (4, "", (0, 0), "Sports day and cultural exchange with the community"),
}


def activities(b: Builder, rotations: list[Rotation], count: int, first_day: date) -> list[OutreachActivity]:
    r = b.rng
    kinds = list(OUTREACH_PLAN)
    span = max(1, (b.cutoff - first_day).days)
    out = []
    for _ in range(count):
        kind = r.choices(kinds, weights=[OUTREACH_PLAN[k][0] for k in kinds])[0]
        _, unit, (low, high), description = OUTREACH_PLAN[kind]
        day = first_day + timedelta(days=r.randrange(span + 1))
        rotation = next((rot for rot in reversed(rotations) if rot.start_date <= day), rotations[0])
        total = r.randint(15, 400)
        children = r.randint(0, total) if kind in (OutreachKind.TEACHING, OutreachKind.DONATION) else r.randint(0, total // 3)
        female = r.randint(total // 3, total * 2 // 3)
        quantity = None
        if unit:
            quantity = round(r.uniform(low / 10, high / 10), 1) if unit == "ha" else float(r.randint(low, high))
        staff = sorted({b.vn_name(Sex.FEMALE if r.random() < 0.4 else Sex.MALE) for _ in range(r.randint(2, 6))})
        out.append(OutreachActivity(
            id=b.uid(), rotation_id=rotation.id, kind=kind, activity_date=day, place=r.choice(names.BENTIU_PLACES),
            partner=r.choice(names.PARTNERS), staff_names=tuple(staff), staff_count=len(staff) + r.randint(0, 4),
            reached_total=total, reached_female=female, reached_male=total - female, reached_children=children,
            quantity=quantity, unit=unit if quantity is not None else "", description=description,
            notable=r.random() < 0.12,
        ))
    return out
