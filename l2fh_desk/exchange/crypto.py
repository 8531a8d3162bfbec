"""Encryption of a bundle's snapshot to HQ's public key: X25519 + HKDF-SHA256 + AES-256-GCM, in chunks.

File layout: MAGIC (8) | ephemeral X25519 public key (32) | salt (16) | chunks. Each chunk is up to
CHUNK plaintext bytes sealed with AES-256-GCM (16-byte tag); the nonce is the chunk counter (11 bytes)
followed by a final-chunk flag (1 byte), so reordered, dropped or truncated chunks fail authentication
(the STREAM construction). Chunking keeps memory flat for a database of any size.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from l2fh_desk.domain.errors import KnownError

MAGIC = b"L2FHENC1"
CHUNK = 1 << 20
TAG = 16
HEADER = len(MAGIC) + 32 + 16
INFO = b"l2fh-desk bundle data.sqlite.enc v1"
SCHEME = "X25519-HKDF-SHA256-AES256GCM-STREAM-1MiB"


class DecryptionFailed(KnownError):
    """The data was not encrypted to this key, or it was altered."""


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, salt: bytes, ephemeral: bytes, recipient: bytes) -> AESGCM:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=INFO + ephemeral + recipient).derive(shared)
    return AESGCM(key)


def _nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _chunks(source: BinaryIO, size: int) -> Iterator[tuple[bytes, bool]]:
    """Each chunk with a flag saying whether it is the last (an empty file is one empty final chunk)."""
    current = source.read(size)
    while True:
        following = source.read(size) if len(current) == size else b""
        yield current, not following
        if not following:
            return
        current = following


def encrypt_stream(source: BinaryIO, write: Callable[[bytes], object], recipient_public: bytes) -> None:
    """Encrypt everything `source` yields to `recipient_public`, passing the output to `write` piecewise.

    Any failure raises: a caller must never fall back to writing the plain data.
    """
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    salt = os.urandom(16)
    aead = _derive(ephemeral.exchange(recipient), salt, ephemeral_raw, recipient_public)
    write(MAGIC + ephemeral_raw + salt)
    for counter, (chunk, final) in enumerate(_chunks(source, CHUNK)):
        write(aead.encrypt(_nonce(counter, final), chunk, None))


def decrypt_stream(source: BinaryIO, write: Callable[[bytes], object], private: X25519PrivateKey) -> None:
    header = source.read(HEADER)
    if len(header) != HEADER or not header.startswith(MAGIC):
        raise DecryptionFailed("the encrypted data has no valid header")
    ephemeral_raw, salt = header[8:40], header[40:56]
    recipient_raw = _raw(private.public_key())
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
    except ValueError as exc:
        raise DecryptionFailed("the encrypted data has an invalid key exchange") from exc
    aead = _derive(shared, salt, ephemeral_raw, recipient_raw)
    for counter, (sealed, final) in enumerate(_chunks(source, CHUNK + TAG)):
        try:
            write(aead.decrypt(_nonce(counter, final), sealed, None))
        except (InvalidTag, ValueError) as exc:
            if counter == 0:
                raise DecryptionFailed("it was encrypted to a different HQ key (or altered)") from exc
            raise DecryptionFailed(f"chunk {counter} was altered or the data is truncated") from exc
