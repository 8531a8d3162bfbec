"""Encryption to HQ's key: round trip for any size, refusal with the wrong key or altered data."""

from __future__ import annotations

import io

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from l2fh_desk.exchange import crypto
from l2fh_desk.exchange.keys import KeyProblem, hq_public_text, parse_hq_public

PRIVATE = X25519PrivateKey.generate()
PUBLIC = PRIVATE.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _encrypt(data: bytes) -> bytes:
    out = io.BytesIO()
    crypto.encrypt_stream(io.BytesIO(data), out.write, PUBLIC)
    return out.getvalue()


def _decrypt(sealed: bytes, key: X25519PrivateKey = PRIVATE) -> bytes:
    out = io.BytesIO()
    crypto.decrypt_stream(io.BytesIO(sealed), out.write, key)
    return out.getvalue()


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=3000))
def test_round_trip_small(data: bytes) -> None:
    assert _decrypt(_encrypt(data)) == data


@pytest.mark.parametrize("size", [0, crypto.CHUNK - 1, crypto.CHUNK, crypto.CHUNK + 1, 2 * crypto.CHUNK])
def test_round_trip_chunk_edges(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sealed = _encrypt(data)
    assert data[:64] not in sealed or size < 64
    assert _decrypt(sealed) == data


def test_wrong_key_and_tampering_are_refused() -> None:
    sealed = _encrypt(b"patient register" * 1000)
    with pytest.raises(crypto.DecryptionFailed, match="different HQ key"):
        _decrypt(sealed, X25519PrivateKey.generate())
    flipped = bytearray(sealed)
    flipped[-5] ^= 1
    with pytest.raises(crypto.DecryptionFailed):
        _decrypt(bytes(flipped))
    long = _encrypt(b"z" * (crypto.CHUNK * 2 + 10))
    with pytest.raises(crypto.DecryptionFailed, match="altered"):
        _decrypt(long[: crypto.HEADER + crypto.CHUNK + crypto.TAG])  # the following chunks dropped
    with pytest.raises(crypto.DecryptionFailed, match="truncated"):
        _decrypt(long[: crypto.HEADER + 2 * (crypto.CHUNK + crypto.TAG)])  # the final chunk dropped
    with pytest.raises(crypto.DecryptionFailed, match="header"):
        _decrypt(b"nonsense")


def test_hq_public_key_text() -> None:
    assert parse_hq_public(hq_public_text(PUBLIC)) == PUBLIC
    for bad in ("", "l2fh-hq-x25519", "l2fh-hq-x25519 !!!", "l2fh-hq-x25519 AAAA", "a b c"):
        with pytest.raises(KeyProblem):
            parse_hq_public(bad)
