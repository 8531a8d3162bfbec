"""Argon2id password hashing (cryptography), at or above the OWASP minimum (19 MiB, 2 iterations)."""

from __future__ import annotations

import base64
import hmac
import os

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from l2fh_desk.domain.errors import DomainError

MEMORY_KIB = 19 * 1024
ITERATIONS = 2
LANES = 1
LENGTH = 32
MIN_PASSWORD = 8


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    """PHC string: $argon2id$v=19$m=19456,t=2,p=1$salt$hash."""
    salt = os.urandom(16)
    digest = Argon2id(salt=salt, length=LENGTH, iterations=ITERATIONS, lanes=LANES, memory_cost=MEMORY_KIB).derive(
        password.encode("utf-8")
    )
    return f"$argon2id$v=19$m={MEMORY_KIB},t={ITERATIONS},p={LANES}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        _, kind, _version, params, salt, digest = encoded.split("$")
        if kind != "argon2id":
            return False
        settings = dict(part.split("=") for part in params.split(","))
        expected = _unb64(digest)
        actual = Argon2id(
            salt=_unb64(salt),
            length=len(expected),
            iterations=int(settings["t"]),
            lanes=int(settings["p"]),
            memory_cost=int(settings["m"]),
        ).derive(password.encode("utf-8"))
    except (ValueError, KeyError):
        return False
    return hmac.compare_digest(actual, expected)


def check_password(password: str) -> None:
    """The one rule for a new password (the window's, the first run's and the command line's)."""
    if len(password) < MIN_PASSWORD:
        raise DomainError(f"Password must be at least {MIN_PASSWORD} characters", field="password")


def password_problem(password: str) -> str | None:
    try:
        check_password(password)
    except DomainError as exc:
        return exc.message
    return None
