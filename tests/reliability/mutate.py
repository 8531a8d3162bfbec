"""Mutations of real files for the fuzzers: byte flips, truncation and splices."""

from __future__ import annotations

import random


def mutate(data: bytes, other: bytes, rng: random.Random) -> bytes:
    """One of: flip a few bytes, truncate, splice with another file, or overwrite a page-sized block."""
    kind = rng.choice(("flip", "truncate", "splice", "block"))
    out = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randint(1, 16)):
            index = rng.randrange(len(out))
            out[index] ^= 1 << rng.randrange(8)
    elif kind == "truncate":
        del out[rng.randrange(len(out)):]
    elif kind == "splice":
        cut = rng.randrange(len(out))
        out = out[:cut] + bytearray(other[rng.randrange(len(other)):])
    else:
        start = rng.randrange(len(out))
        size = rng.choice((16, 512, 4096))
        out[start:start + size] = rng.randbytes(min(size, len(out) - start))
    return bytes(out)
