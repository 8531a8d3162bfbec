"""Which hospital signing keys HQ accepts: trust by a confirmed fingerprint, key rotation, revocation; and
which databases are HQ databases (the only ones bundles are imported into).

For the HQ window and the command line (the same core calls):
- `signer_of(path) -> BundleSigner`: who signed a bundle (hospital, fingerprint) and what HQ knows of that
  key (`status`: trusted, unknown, revoked, other key, key of another hospital); read before any import,
  so a confirm step can show the fingerprint to read out by phone.
- `import_bundles(..., trust={fingerprint, ...})`: only the fingerprints named are trusted, each for the
  hospital whose bundle carries it; `normalise_fingerprint` accepts them with or without spaces, any case.
- `rotate_signing_key(db_path)` (hospital side) writes a rotation statement: the new key signed by the old;
  `accept_rotation(hq, text, actor)` (HQ side) checks it and replaces the hospital's key.
- `revoke(hq, fingerprint, reason, actor)`: bundles signed by that key are refused from then on; the
  hospital may then be trusted again with a new key (`--trust NEWFINGERPRINT`).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.exchange.keys import KeyProblem, b64, fingerprint, installation_key, verify_signature
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store import audit
from l2fh_desk.store.store import Store

TRUSTED, UNKNOWN, REVOKED, OTHER_KEY, FOREIGN_KEY = "trusted", "unknown", "revoked", "other key", "another hospital"
ROTATION_TAG = "l2fh-key-rotation"
HQ_SETTING = "hq_database"
_HEX = re.compile(r"^[0-9A-F]{64}$")


def plain(text: object, limit: int = 300) -> str:
    """Text from a bundle made safe to print or show: control and format characters (ANSI escapes, newlines,
    right-to-left overrides, zero-width marks) are written as visible escapes, and the length is bounded."""
    out = []
    for ch in str(text):
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs", "Cn"):
            out.append(f"\\u{ord(ch):04x}" if ord(ch) > 0xFF else f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    joined = "".join(out)
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def normalise_fingerprint(text: str) -> str:
    """'abcd ef01 …' or 'ABCDEF01…' (64 hex digits) in the display form of `keys.fingerprint`."""
    digits = re.sub(r"[\s:-]", "", text).upper()
    if not _HEX.match(digits):
        raise ValueError(f"{plain(text, 80)!r} is not a key fingerprint (64 hex digits, as `l2fh-desk keys` shows)")
    return " ".join(digits[i:i + 4] for i in range(0, 64, 4))


# --- which database is HQ -----------------------------------------------------------------------------
def is_hospital_database(store: Store) -> bool:
    """A hospital's own database has its own hospital (its UUID is the origin of what it records)."""
    return bool(store.origin)


def require_hq(store: Store) -> None:
    """Bundles go only into an HQ database; a hospital's own database is refused with one line."""
    if is_hospital_database(store):
        hospital = store.hospitals.this()
        name = plain(hospital.name if hospital else store.origin, 80)
        raise BundleRefused(f"{store.path.name} is the database of hospital {name!r}, not an HQ database; import"
                            " into the HQ database (made by `l2fh-desk keys --hq-init --db HQ.db`)")


# What an HQ database holds, decided when it is made (`hq init [--research]`, `keys --hq-init [--research]`, the
# HQ first run): real records, or pseudonymised bundles (a research database). An HQ database made before this
# was recorded takes the kind of its first import (exchange/bundle_checks.py `held_kind`).
RECORDS, PSEUDONYMISED = "records", "pseudonymised"
CONTENT_SETTING = "hq_content"


def make_hq(store: Store, *, actor: Actor, research: bool = False) -> None:
    """Mark a database as HQ's (by `keys --hq-init` or the HQ first run), holding real records or, `research`,
    only pseudonymised bundles; a hospital's own is refused. What it already holds is never changed."""
    require_hq(store)
    with store.db.atomic():
        if not store.settings.get(HQ_SETTING, False):
            store.settings.set(HQ_SETTING, True, actor=actor)
        if store.settings.get(CONTENT_SETTING) is None and not store.db.scalar("SELECT count(*) FROM imports"):
            store.settings.set(CONTENT_SETTING, PSEUDONYMISED if research else RECORDS, actor=actor)


# --- signers ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleSigner:
    hospital_id: str
    hospital_name: str  # neutralised (see `plain`)
    fingerprint: str
    status: str  # TRUSTED, UNKNOWN, REVOKED, OTHER_KEY or FOREIGN_KEY (at this HQ)
    known_fingerprint: str = ""  # the key HQ holds for this hospital, when it is another one


def signer_status(hq: Store, hospital_id: str, public_raw: bytes) -> tuple[str, str]:
    key = b64(public_raw)
    revoked = hq.db.one("SELECT 1 FROM revoked_signers WHERE public_key = ?", (key,))
    if revoked is not None:
        return REVOKED, ""
    known = hq.db.one("SELECT public_key, fingerprint FROM trusted_signers WHERE hospital_id = ?", (hospital_id,))
    if known is not None:
        return (TRUSTED, "") if known["public_key"] == key else (OTHER_KEY, str(known["fingerprint"]))
    if hq.db.one("SELECT 1 FROM trusted_signers WHERE public_key = ?", (key,)) is not None:
        return FOREIGN_KEY, ""
    return UNKNOWN, ""


def signer_of(hq: Store, path: Path) -> BundleSigner:
    """Who signed the bundle at `path` and what this HQ knows of the key (signature checked, nothing merged)."""
    from l2fh_desk.exchange.bundle_read import open_bundle

    bundle = open_bundle(path)
    try:
        m = bundle.manifest
        status, known = signer_status(hq, m.hospital.id, bundle.signer)
        return BundleSigner(m.hospital.id, plain(m.hospital.name, 120), fingerprint(bundle.signer), status, known)
    finally:
        bundle.close()


def fingerprint_of(path: Path) -> str:
    """The fingerprint of the key that signed the bundle at `path` (signature checked), to confirm by phone."""
    from l2fh_desk.exchange.bundle_read import open_bundle

    bundle = open_bundle(path)
    try:
        return fingerprint(bundle.signer)
    finally:
        bundle.close()


def check_signer(hq: Store, *, hospital_id: str, hospital_name: str, public_raw: bytes,
                 trust: Collection[str]) -> bool:
    """Refuses a bundle whose signer HQ does not accept; True when the signer is new and confirmed by `trust`
    (then recorded in the same transaction as the merge)."""
    name = plain(hospital_name, 80)
    status, known = signer_status(hq, hospital_id, public_raw)
    shown = fingerprint(public_raw)
    if status == TRUSTED:
        return False
    if status == REVOKED:
        raise BundleRefused(f"the signing key {shown} was revoked at HQ; hospital {name!r} must sign with its"
                            " new key")
    if status == OTHER_KEY:
        raise BundleRefused(f"hospital {name!r} is known to HQ with key {known}, but this bundle is signed by"
                            f" {shown}; if the hospital changed its key, accept its key rotation or revoke the old"
                            " key first")
    if status == FOREIGN_KEY:
        other = hq.db.one("SELECT hospital_id, hospital_name FROM trusted_signers WHERE public_key = ?",
                          (b64(public_raw),))
        assert other is not None
        raise BundleRefused(f"this signing key belongs to hospital {plain(other['hospital_name'], 80)!r}"
                            f" ({other['hospital_id']}), not to {hospital_id}")
    if shown not in {normalise_fingerprint(f) for f in trust}:
        raise BundleRefused(f"unknown signer: hospital {name!r} ({hospital_id}) with key {shown}; confirm this"
                            " fingerprint with the hospital, then import again with --trust FINGERPRINT")
    return True


def record_trusted(hq: Store, *, hospital_id: str, hospital_name: str, public_raw: bytes, actor: Actor) -> None:
    """Inside the caller's transaction."""
    hq.db.write("INSERT INTO trusted_signers (hospital_id, hospital_name, public_key, fingerprint, trusted_at,"
                " trusted_by) VALUES (?,?,?,?,?,?)", (hospital_id, hospital_name, b64(public_raw),
                                                      fingerprint(public_raw), iso(utc_now()), actor.username))


def revoke(hq: Store, fingerprint_text: str, *, reason: str, actor: Actor) -> str:
    """Revoke a trusted key (stolen laptop, reinstalled hospital); returns the hospital's name."""
    actor.require(Action.MANAGE_TRUST)  # the HQ administrator's (trusted hospitals, their keys, revocation)
    require_hq(hq)
    wanted = normalise_fingerprint(fingerprint_text)
    row = hq.db.one("SELECT * FROM trusted_signers WHERE fingerprint = ?", (wanted,))
    if row is None:
        raise KeyProblem(f"HQ trusts no key with fingerprint {wanted}")
    with hq.db.atomic():
        _revoke_row(hq, row, reason=reason or "revoked", actor=actor)
    return str(row["hospital_name"])


def _revoke_row(hq: Store, row: object, *, reason: str, actor: Actor) -> None:
    values = dict(row)  # type: ignore[call-overload]
    hq.db.write("INSERT OR IGNORE INTO revoked_signers (public_key, fingerprint, hospital_id, hospital_name,"
                " revoked_at, revoked_by, reason) VALUES (?,?,?,?,?,?,?)",
                (values["public_key"], values["fingerprint"], values["hospital_id"], values["hospital_name"],
                 iso(utc_now()), actor.username, reason))
    hq.db.write("DELETE FROM trusted_signers WHERE hospital_id = ?", (values["hospital_id"],))
    audit.append(hq.db, actor=actor, origin=hq.origin, action="revoke_key", table="trusted_signers",
                 record_id=str(values["hospital_id"]), before={"fingerprint": values["fingerprint"]},
                 after={"reason": reason})


# --- key rotation -------------------------------------------------------------------------------------
def _statement(hospital_id: str, old_raw: bytes, new_raw: bytes) -> bytes:
    return json.dumps({"format": ROTATION_TAG, "hospital_id": hospital_id, "old_key": b64(old_raw),
                       "new_key": b64(new_raw)}, sort_keys=True, separators=(",", ":")).encode()


def rotate_signing_key(db_path: Path, hospital_id: str) -> tuple[str, Path]:
    """Hospital side: make a new signing key, keep the old one as `<db>.key.old-<stamp>`, and return the rotation
    statement (one line: the new key signed by the old) for HQ, and where the old key was kept."""
    old, _made = installation_key(db_path)
    kept = old.path.with_name(f"{old.path.name}.old-{utc_now().strftime('%Y%m%dT%H%M%SZ')}")
    old.path.rename(kept)
    new, _made = installation_key(db_path)
    body = _statement(hospital_id, old.public_raw, new.public_raw)
    return f"{ROTATION_TAG} {b64(body)} {b64(old.sign(body))}\n", kept


def accept_rotation(hq: Store, text: str, *, actor: Actor) -> tuple[str, str]:
    """HQ side: the statement must be signed by the key HQ trusts for that hospital; the old key is revoked
    (as rotated) and the new one trusted. Returns (hospital name, new fingerprint)."""
    actor.require(Action.MANAGE_TRUST)  # the HQ administrator's (trusted hospitals, their keys, revocation)
    require_hq(hq)
    words = text.split()
    try:
        if len(words) != 3 or words[0] != ROTATION_TAG:
            raise ValueError
        body = base64.b64decode(words[1], validate=True)
        signature = base64.b64decode(words[2], validate=True)
        data = json.loads(body)
        old_raw = base64.b64decode(data["old_key"], validate=True)
        new_raw = base64.b64decode(data["new_key"], validate=True)
        hospital_id = str(data["hospital_id"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise KeyProblem(f"not a key rotation statement (one line: '{ROTATION_TAG} …' from"
                         " `l2fh-desk keys --rotate`)") from exc
    if body != _statement(hospital_id, old_raw, new_raw) or len(new_raw) != 32:
        raise KeyProblem("the key rotation statement is malformed")
    if not verify_signature(old_raw, signature, body):
        raise KeyProblem("the key rotation statement is not signed by the old key it names")
    row = hq.db.one("SELECT * FROM trusted_signers WHERE hospital_id = ?", (hospital_id,))
    if row is None or row["public_key"] != b64(old_raw):
        raise KeyProblem(f"HQ does not trust the old key {fingerprint(old_raw)} for hospital {hospital_id}")
    if hq.db.one("SELECT 1 FROM trusted_signers WHERE public_key = ? UNION SELECT 1 FROM revoked_signers"
                 " WHERE public_key = ?", (b64(new_raw), b64(new_raw))) is not None:
        raise KeyProblem("the new key of the rotation is already known to HQ")
    name = str(row["hospital_name"])
    with hq.db.atomic():
        _revoke_row(hq, row, reason=f"rotated to {fingerprint(new_raw)}", actor=actor)
        record_trusted(hq, hospital_id=hospital_id, hospital_name=name, public_raw=new_raw, actor=actor)
        audit.append(hq.db, actor=actor, origin=hq.origin, action="rotate_key", table="trusted_signers",
                     record_id=hospital_id, after={"fingerprint": fingerprint(new_raw)})
    return name, fingerprint(new_raw)


__all__ = ["FOREIGN_KEY", "OTHER_KEY", "REVOKED", "TRUSTED", "UNKNOWN", "BundleSigner", "accept_rotation",
           "check_signer", "fingerprint_of", "is_hospital_database", "make_hq", "normalise_fingerprint", "plain", "record_trusted",
           "require_hq", "revoke", "rotate_signing_key", "signer_of", "signer_status"]
