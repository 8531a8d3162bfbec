"""The clock every stamp comes from: injectable, so tests (and a laptop whose clock is wrong) can be tried out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time: aware, in UTC, whole seconds."""
        ...


class SystemClock:
    """The computer's clock (whatever it says: it may be years off)."""

    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0)


SYSTEM_CLOCK = SystemClock()


@dataclass
class FixedClock:
    """A clock that reads what it was set to (tests set it to 2000 or 2030); moved on only by `advance`."""

    at: datetime

    def now(self) -> datetime:
        at = self.at if self.at.tzinfo is not None else self.at.replace(tzinfo=UTC)
        return at.astimezone(UTC).replace(microsecond=0)

    def advance(self, by: timedelta) -> None:
        self.at += by
