"""What a refused bundle means in plain words: the importer's one-line reason sorted into a few kinds, each with
what the hospital should do (the window and the command line show the texts; see ui/hq_advice.py)."""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    UNCONFIRMED = "unconfirmed"  # an unknown signer whose fingerprint the analyst did not confirm
    REVOKED = "revoked"
    OTHER_KEY = "other_key"  # the hospital is known with another key
    FOREIGN_KEY = "foreign_key"  # the key belongs to another hospital
    ALTERED = "altered"  # bad signature or checksum: changed after signing
    DIFFERENT_CONTENT = "different_content"  # the same bundle id seen with other content
    NEWER = "newer"  # made by a newer app
    NO_HQ_KEY = "no_hq_key"  # encrypted for HQ, but this HQ's key is missing or another one
    NOT_HQ = "not_hq"  # this is a hospital database
    INVALID = "invalid"  # rows that fail validation or break the rules
    DAMAGED = "damaged"  # anything else: not a complete bundle


_MARKS: tuple[tuple[Refusal, tuple[str, ...]], ...] = (
    (Refusal.UNCONFIRMED, ("unknown signer",)),
    (Refusal.REVOKED, ("was revoked",)),
    (Refusal.OTHER_KEY, ("is known to hq with key",)),
    (Refusal.FOREIGN_KEY, ("this signing key belongs to hospital",)),
    (Refusal.NOT_HQ, ("not an hq database",)),
    (Refusal.DIFFERENT_CONTENT, ("imported before with different content",)),
    (Refusal.NEWER, ("newer than this app", "install the newer", "this version of l2fh desk reads",
                     "this app reads")),
    (Refusal.NO_HQ_KEY, ("encrypted for hq", "cannot decrypt")),
    (Refusal.ALTERED, ("bad signature", "checksum mismatch", "audit trail's head does not match")),
    (Refusal.INVALID, ("fails validation", "do not fit the hq database", "the manifest says", "does not hold the record",
                       "audit trail is broken")),
)


def classify(reason: str) -> Refusal:
    text = reason.lower()
    for kind, marks in _MARKS:
        if any(mark in text for mark in marks):
            return kind
    return Refusal.DAMAGED
