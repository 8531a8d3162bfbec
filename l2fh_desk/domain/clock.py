"""The clock every stamp comes from: injectable, so tests (and a laptop whose clock is wrong) can be tried out."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time: aware, in UTC, whole seconds."""
        ...

    def uptime(self) -> tuple[str, float] | None:
        """(which boot of the computer, seconds since it) -- a count that setting the clock does not move;
        None where the system cannot tell (then only `now` is known)."""
        ...


class SystemClock:
    """The computer's clock (whatever it says: it may be years off)."""

    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)

    def uptime(self) -> tuple[str, float] | None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)  # Linux: counts through suspend, not clock changes
        if boottime is None:
            return None
        try:
            boot = _BOOT_ID.read_text(encoding="ascii").strip()
        except OSError:
            return None
        return boot, time.clock_gettime(boottime)


SYSTEM_CLOCK = SystemClock()


@dataclass
class FixedClock:
    """A clock that reads what it was set to (tests set it to 2000 or 2030); moved on only by `advance`.

    `advance` is the clock being set (a jump: `uptime` stays); `wait` is time really passing (both move).
    Without `since_boot` it tells no uptime, like a system that cannot."""

    at: datetime
    since_boot: float | None = None

    def now(self) -> datetime:
        at = self.at if self.at.tzinfo is not None else self.at.replace(tzinfo=UTC)
        return at.astimezone(UTC).replace(microsecond=0)

    def advance(self, by: timedelta) -> None:
        self.at += by

    def wait(self, by: timedelta) -> None:
        self.at += by
        if self.since_boot is not None:
            self.since_boot += by.total_seconds()

    def uptime(self) -> tuple[str, float] | None:
        return None if self.since_boot is None else ("fixed", self.since_boot)
