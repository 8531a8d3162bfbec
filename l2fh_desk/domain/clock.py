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
        """Linux: the kernel's boot id and CLOCK_BOOTTIME (counts through suspend, not clock changes). Elsewhere
        (Windows, macOS) no boot id ("") and the monotonic count, which starts at boot and is not moved by setting
        the clock: a restart shows as the count starting again below what it was (security/sessions.py)."""
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        try:
            boot = _BOOT_ID.read_text(encoding="ascii").strip()
        except OSError:
            boot = ""
        if boottime is None:
            return "", time.monotonic()
        return boot, time.clock_gettime(boottime)


SYSTEM_CLOCK = SystemClock()


@dataclass
class FixedClock:
    """A clock that reads what it was set to (tests set it to 2000 or 2030); moved on only by `advance`.

    `advance` is the clock being set (a jump: `uptime` stays); `wait` is time really passing (both move);
    `restart` is the computer restarted (a new `boot` id, the count since boot from 0). Without `since_boot` it
    tells no uptime, like a system that cannot; with `boot=""` a count since boot but no boot id (Windows)."""

    at: datetime
    since_boot: float | None = None
    boot: str = "fixed"

    def now(self) -> datetime:
        at = self.at if self.at.tzinfo is not None else self.at.replace(tzinfo=UTC)
        return at.astimezone(UTC).replace(microsecond=0)

    def advance(self, by: timedelta) -> None:
        self.at += by

    def wait(self, by: timedelta) -> None:
        self.at += by
        if self.since_boot is not None:
            self.since_boot += by.total_seconds()

    def restart(self, *, off_for: timedelta = timedelta(0), boot: str | None = None) -> None:
        """The computer switched off for `off_for` and started again: a new boot id (`boot`, by default a new
        one; "" stays without), uptime counted from 0."""
        self.at += off_for
        self.since_boot = 0.0
        self.boot = boot if boot is not None else (self.boot + "'" if self.boot else "")

    def uptime(self) -> tuple[str, float] | None:
        return None if self.since_boot is None else (self.boot, self.since_boot)
