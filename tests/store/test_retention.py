"""The age tiers of store/retention.py over months of simulated backups, with the clock right and wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from l2fh_desk.store.retention import Tiers, next_elapsed, to_keep


@dataclass(frozen=True)
class Made:
    path: Path
    seq: int
    elapsed: int
    made_at: datetime
    pinned: bool = False


def simulate(clock_readings: list[datetime], *, pinned_at: frozenset[int] = frozenset()) -> tuple[list[Made], set[Path]]:
    """Backups made at these clock readings, pruned after each one as make_backup does; (all made, kept)."""
    made: list[Made] = []
    kept: set[Path] = set()
    for seq, now in enumerate(clock_readings, start=1):
        elapsed = int(now.timestamp()) if not made else next_elapsed(made[-1].elapsed, made[-1].made_at, now)
        made.append(Made(Path(f"b{seq}"), seq, elapsed, now, seq in pinned_at))
        kept = to_keep([m for m in made if m.path in kept or m.seq == seq], Tiers())
    return made, kept


def days(start: datetime, count: int, per_day: int = 3) -> list[datetime]:
    return [start + timedelta(days=d, hours=8 + 4 * k) for d in range(count) for k in range(per_day)]


START = datetime(2026, 6, 1, tzinfo=UTC)


def test_half_a_year_of_backups_keeps_a_bounded_tiered_history() -> None:
    made, kept = simulate(days(START, 180))
    by_path = {m.path: m for m in made}
    ages = sorted((made[-1].made_at - by_path[p].made_at).days for p in kept)
    assert all(m.path in kept for m in made[-6:])  # every backup of the last two days
    assert len({a for a in ages if 2 <= a < 16}) >= 13  # about one a day for two weeks
    assert max(ages) <= 91 and len({a // 7 for a in ages if a >= 16}) >= 10  # one a week up to three months
    assert len(kept) <= 6 + 15 + 14


def test_a_backup_dated_2030_ages_out_like_any_other() -> None:
    readings = days(START, 5) + [datetime(2030, 1, 1, tzinfo=UTC)] + days(START + timedelta(days=5), 120)
    made, kept = simulate(readings)
    spike = made[15]
    assert spike.made_at.year == 2030 and spike.path not in kept
    assert all(m.path in kept for m in made[-6:])


def test_a_clock_at_2000_for_weeks_keeps_the_newest_and_a_bounded_number() -> None:
    readings = days(START, 30) + days(datetime(2000, 1, 1, tzinfo=UTC), 60)
    made, kept = simulate(readings)
    assert all(m.path in kept for m in made[-6:])
    assert len(kept) <= 6 + 15 + 14
    # Backups from before the reset still stand for their weeks (the reset counts as no time, not as years).
    assert any(m.path in kept for m in made[:90])


def test_a_clock_reset_at_every_start_never_deletes_the_newest() -> None:
    reset = datetime(2000, 1, 1, tzinfo=UTC)
    readings = [reset + timedelta(hours=h) for _session in range(40) for h in (0, 8)]  # each boot back to 2000
    made, kept = simulate(readings)
    assert made[-1].path in kept and made[-2].path in kept
    assert len(kept) < len(made)


def test_the_last_backup_before_an_export_is_kept_within_three_months() -> None:
    made, kept = simulate(days(START, 60), pinned_at=frozenset({40, 41}))
    assert Path("b41") in kept  # the last one before the latest export
    made, kept = simulate(days(START, 200, per_day=1), pinned_at=frozenset({3}))
    assert Path("b3") in kept  # the latest one is kept however old
    made, kept = simulate(days(START, 60, per_day=1), pinned_at=frozenset({3, 30}))
    assert Path("b30") in kept and Path("b3") in kept  # both within three months
    made, kept = simulate(days(START, 200, per_day=1), pinned_at=frozenset({3, 30}))
    assert Path("b30") in kept and Path("b3") not in kept and len(kept) < 40
