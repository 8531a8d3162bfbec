"""Which automatic backups are kept: age tiers measured on the backups' own sequence, never on today's clock.

Every automatic backup carries two numbers in its name (store/backup.py): its sequence number (one more than
the newest before it) and its *elapsed time*, a count of seconds that only moves forward: the elapsed time of
the backup before it plus the time between the two by the clock, counted as nothing when the clock went back
and as at most a day when it jumped ahead (a shelved laptop and a clock set years ahead look the same, so a
long gap is counted short: backups are then kept longer, never deleted early). Ages are measured from the
newest backup by sequence, so a clock reading 2000 or 2030 never deletes the good recent backups, never makes
a backup delete itself and never keeps one for ever.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

DAY = 86_400
MAX_GAP = DAY  # the most that the time between two backups in a row counts for


class Numbered(Protocol):
    @property
    def path(self) -> Path: ...
    @property
    def seq(self) -> int: ...
    @property
    def elapsed(self) -> int: ...
    @property
    def pinned(self) -> bool: ...


@dataclass(frozen=True)
class Tiers:
    """Every backup of the last `every_days`, then one a day for `daily_days`, then one a week up to
    `weekly_until_days`; and the last backup before each export within that time (and always the latest one)."""

    every_days: int = 2
    daily_days: int = 14
    weekly_until_days: int = 91


def next_elapsed(previous_elapsed: int, previous_made: datetime, now: datetime) -> int:
    """The elapsed time of a backup made `now`, after one made at `previous_made` (both by the clock)."""
    gap = (now - previous_made).total_seconds()
    return previous_elapsed + int(min(max(gap, 0.0), MAX_GAP))


def to_keep(backups: Sequence[Numbered], tiers: Tiers) -> set[Path]:
    """The backups to keep: the newest by sequence always; then by age tier, one per day or week bucket."""
    ordered = sorted(backups, key=lambda b: (b.seq, b.elapsed), reverse=True)
    if not ordered:
        return set()
    newest = ordered[0].elapsed
    kept = {ordered[0].path}
    buckets: set[tuple[str, int]] = set()
    latest_pin = next((b for b in ordered if b.pinned), None)
    if latest_pin is not None:
        kept.add(latest_pin.path)
    for backup in ordered:
        age = max(0, newest - backup.elapsed)
        if age < tiers.every_days * DAY:
            kept.add(backup.path)
            buckets.add(("day", backup.elapsed // DAY))  # a day partly in this tier has its newest kept
            continue
        if age >= tiers.weekly_until_days * DAY:
            continue
        if backup.pinned:
            kept.add(backup.path)
        if age < (tiers.every_days + tiers.daily_days) * DAY:
            bucket = ("day", backup.elapsed // DAY)
        else:
            bucket = ("week", backup.elapsed // (7 * DAY))
        if bucket not in buckets:  # the newest backup of each day (or week) stands for it
            buckets.add(bucket)
            kept.add(backup.path)
    return kept
