"""The base of every shared record: UUID, origin hospital, timestamps and a version counter for merging."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo

from l2fh_desk.domain.ids import new_id

# Length limits shared by the forms (maximum lengths of their fields), the store (every record is validated by
# these models before it is written) and the HQ importer (every incoming row is validated by them too).
# Free text must take 10,000 characters of any script; longer is refused with a message.
MAX_TEXT = 20_000
MAX_REASON = MAX_TEXT  # a void reason: free text like any other (records already hold such reasons)
MAX_CODE = 40  # a code from a vocabulary (MDS event, configured additional item)
MAX_ITEMS = 50  # entries of one list field (procedures, protection concerns, staff names, diagnoses)
MAX_AUDIT_JSON = 1 << 20  # one before/after of an audit row, in characters
CLOCK_SKEW = timedelta(minutes=10)
# No record of a field hospital is dated outside these days: HQ's row rules refuse a record dated outside them
# (the reports count days and weeks from a record's dates; year 1 overflowed them) and the period options of
# the commands take nothing outside them.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2199, 12, 31)

Text = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_TEXT)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_REASON)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MAX_CODE)]


def _required(value: str) -> str:
    if not value:
        raise ValueError("This field is required")
    return value


RequiredText = Annotated[Text, AfterValidator(_required)]


# Records read back from our own database were checked when saved: re-checking "not in the future"
# on read would make a file unreadable on a laptop whose clock runs behind the one that wrote it.
STORED: dict[str, bool] = {"stored": True}


def _is_stored(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("stored"))


def not_future_datetime(value: datetime, info: ValidationInfo) -> datetime:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    if not _is_stored(info) and value > datetime.now(UTC) + CLOCK_SKEW:
        raise ValueError("Cannot be in the future")
    return value.astimezone(UTC)


def not_future_date(value: date, info: ValidationInfo) -> date:
    if not _is_stored(info) and value > (datetime.now(UTC) + CLOCK_SKEW).date():
        raise ValueError("Cannot be in the future")
    return value


PastDateTime = Annotated[datetime, AfterValidator(not_future_datetime)]
PastDate = Annotated[date, AfterValidator(not_future_date)]


class Record(BaseModel):
    """Fields the store fills in; forms leave them at their defaults."""

    model_config = ConfigDict(frozen=True, str_strip_whitespace=True, validate_default=False)

    id: str = Field(default_factory=new_id)
    origin: str = ""
    created_at: str = ""
    updated_at: str = ""
    version: int = 0


class Voidable(Record):
    """Clinical and outreach records are voided with a reason, never deleted."""

    voided_at: str | None = None
    void_reason: Reason | None = None

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None
