"""10,000 characters of mixed scripts, right-to-left text, emoji and control characters, for every text field."""

from __future__ import annotations

import random

PIECES = (
    "Nguyễn Thị Ánh ", "Đặng Minh Khánh ", "محمد عبد الله ", "שָׁלוֹם עֲלֵיכֶם ", "Ελένη Παπαδοπούλου ",
    "Дмитрий Иванов ", "李小龍 ", "さくら ", "김민준 ", "देवनागरी ", "ትግርኛ ", "Zoë Ångström-Øster ",
    "👩🏽‍⚕️", "🏳️‍🌈", "🇸🇸", "🩺💉", "e\u0301\u0302\u0303", "\u202eRLO override\u202c", "\u200f", "\u200e",
    "\u2067isolate\u2069", "\u200b", "\u200d", "\ufeff", "\u00a0", "\t", "\n", "\r\n", "\x00", "\x01", "\x07",
    "\x1b[31m", "\x7f", "\u2028", "\u2029", "\ufffd", "'; DROP TABLE patients; --", '"quoted" ', "%s %d {0} ",
    "<b>html</b>", "\\N{x}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U0010fffd",
)


def hostile_text(seed: int, length: int = 10_000) -> str:
    """Exactly `length` characters; starts and ends with a letter, so stripping whitespace changes nothing."""
    rng = random.Random(seed)
    out: list[str] = []
    size = 2
    while size < length:
        piece = rng.choice(PIECES)
        out.append(piece)
        size += len(piece)
    body = "".join(out)[: length - 2]
    return f"A{body}Z"
