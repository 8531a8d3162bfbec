"""The bundle manifest (manifest.json): what the bundle holds, who signed it, and the errors the reader raises."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.ids import iso, utc_now

FORMAT = "l2fh-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA_PLAIN = "data.sqlite"
DATA_ENCRYPTED = "data.sqlite.enc"
MEMBERS_PLAIN = frozenset({MANIFEST, SIGNATURE, DATA_PLAIN})
MEMBERS_ENCRYPTED = frozenset({MANIFEST, SIGNATURE, DATA_ENCRYPTED})

Uuid = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
# A hospital's clock may run ahead of HQ's by this much (the same slack as the row rules, exchange/rows.py).
FUTURE_SLACK = timedelta(days=1)


def _real_time(value: str) -> str:
    """`YYYY-MM-DDTHH:MM:SSZ` naming a time that exists (no month 13, no hour 99, no year 0)."""
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise ValueError("not a real UTC time") from exc
    return value


Stamp = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"),
                  AfterValidator(_real_time)]
Count = Annotated[int, Field(ge=0)]
Short = Annotated[str, StringConstraints(max_length=500)]


class BundleRefused(KnownError):
    """The one refusal the reader raises: the bundle is not imported, and the reason is one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class HospitalInfo(_Strict):
    id: Uuid
    name: Short
    mission: Short
    location: Short


class RotationInfo(_Strict):
    id: Uuid
    number: int
    start_date: Short
    end_date: Short


class DataInfo(_Strict):
    member: str
    sha256: Hex64
    size: int = Field(ge=0)
    encrypted: bool
    scheme: Short | None = None
    recipient_fingerprint: Short | None = None


class ColumnChange(_Strict):
    action: Short
    values: int = Field(ge=0)


class KAnonymity(_Strict):
    """How the patients' quasi-identifiers were generalised: every combination covers at least `achieved_k`."""

    k: int = Field(ge=1)
    achieved_k: int = Field(ge=0)
    quasi_identifiers: list[Short]
    generalised: list[Short]
    suppressed: int = Field(ge=0)


class Pseudonymisation(_Strict):
    """What a pseudonymised export removed or replaced (per table and column), and under which key."""

    scheme: Short
    key_fingerprint: Short  # names the installation's pseudonym key; the key itself never leaves it
    source_audit_head: Hex64  # the real chain head at export; `audit_head` is that of the re-chained trail
    changes: dict[str, dict[str, ColumnChange]]
    time_grain: Short | None = None  # every timestamp cut to the "day" or "week"
    k_anonymity: KAnonymity | None = None


class SignedHead(_Strict):
    """The newest row of the bundle's audit trail (as the bundle carries it, re-hashed without the audit key),
    signed by the hospital's key at export (store/heads.py `bundle_payload`): HQ keeps the history it extends."""

    seq: int = Field(ge=0)
    hash: Hex64
    signed_at: Stamp
    signature: Short


class Manifest(_Strict):
    format: str
    format_version: int
    bundle_id: Uuid
    schema_version: int
    app_version: Short
    created_at: Stamp
    hospital: HospitalInfo
    rotations: list[RotationInfo]
    counts: dict[str, Count]
    data: DataInfo
    signer_public_key: Short
    audit_head: Hex64
    pseudonymised: Pseudonymisation | None = None
    signed_head: SignedHead | None = None  # absent from bundles made before signed heads existed

    @field_validator("created_at")
    @classmethod
    def _not_ahead(cls, value: str) -> str:
        """HQ shows each hospital's newest bundle by this time: one stamped years ahead would stay "newest"."""
        made = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        if made > utc_now() + FUTURE_SLACK:
            raise ValueError(f"is in the future by HQ's clock (more than a day ahead of {iso(utc_now())}); is the"
                             " hospital's clock right?")
        return value

    def to_bytes(self) -> bytes:
        # A plain bundle's manifest has no "pseudonymised" key at all, exactly as before it existed.
        absent = {name for name in ("pseudonymised", "signed_head") if getattr(self, name) is None}
        data = self.model_dump(mode="json", exclude=absent or None)
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def parse_manifest(raw: bytes) -> Manifest:
    """Parse (after the signature was checked); every field typed, nothing extra."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRefused("manifest.json is not valid JSON") from exc
    if not isinstance(data, dict):
        raise BundleRefused("manifest.json is not a JSON object")
    if data.get("format") != FORMAT:
        raise BundleRefused(f"unknown bundle format {str(data.get('format'))[:40]!r}")
    if data.get("format_version") != FORMAT_VERSION:
        raise BundleRefused(f"unknown bundle format version {str(data.get('format_version'))[:20]}"
                            f" (this version of L2FH Desk reads version {FORMAT_VERSION})")
    try:
        manifest = Manifest.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BundleRefused(f"manifest.json field {where}: {first['msg']}") from exc
    expected = DATA_ENCRYPTED if manifest.data.encrypted else DATA_PLAIN
    if manifest.data.member != expected:
        raise BundleRefused(f"manifest names data member {manifest.data.member[:40]!r}, expected {expected}")
    return manifest
