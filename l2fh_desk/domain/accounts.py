"""A user account (the password hash is made and checked in `security`)."""

from __future__ import annotations

from pydantic import Field, field_validator

from l2fh_desk.domain.records import Record, RequiredText, Text
from l2fh_desk.domain.roles import Role


class UserAccount(Record):
    username: RequiredText
    display_name: Text = ""
    role: Role
    password_hash: str = Field(repr=False)
    failed_attempts: int = 0
    locked_until: str | None = None
    disabled_at: str | None = None

    @field_validator("username")
    @classmethod
    def _simple_username(cls, value: str) -> str:
        if not value.replace(".", "").replace("_", "").replace("-", "").isalnum() or len(value) > 64:
            raise ValueError("Username may hold letters, digits, '.', '_' and '-' (at most 64)")
        return value.lower()
