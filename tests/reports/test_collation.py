"""The roster's collation: Vietnamese alphabetical order (CLDR's "vi" tailoring of the Unicode Collation
Algorithm), reading only the table entries its names can use, and sorting exactly as the whole UCA 10 table
(pyuca) with the same tailoring does."""

from __future__ import annotations

import random
import unicodedata

from pyuca.collator import Collator_10_0_0

from l2fh_desk.reports import collation

NAMES = [
    "Nguyễn Thị Ánh", "Nguyen Van An", "Đinh Thị Hoa", "Dung Trần", "Võ Văn Ba", "Bùi Minh", "Zhang Wei",
    "Łukasz Żółć", "Ørjan Ødegård", "Şükrü Çağlar", "Đorđe Šćepanović", "O'Brien", "van der Berg", "Smith-Jones",
    "محمد علي", "አበበ ቢቂላ", "प्रिया शर्मा", "রবীন্দ্রনাথ", "王小明", "李娜", "김민준", "이서연",
    "Paul·la", "Йордан", "и\u0306ван", "A\u0327\u030a", "\u1e9b\u0323", "Ǆuro", "ﬁona", "Ⅻ", "",
]


def _whole_table() -> Collator_10_0_0:
    whole = Collator_10_0_0()
    collation.tailor(whole.table)
    return whole


def test_keys_and_order_are_those_of_the_whole_table() -> None:
    whole = _whole_table()
    rng = random.Random(14)
    pool = sorted({ch for name in NAMES for ch in unicodedata.normalize("NFD", name)})
    names = [*NAMES, *("".join(rng.choice(pool) for _ in range(rng.randint(1, 9))) for _ in range(300))]
    keys = collation.sort_keys(names)
    assert all(keys[name] == whole.sort_key(name) for name in names)
    assert sorted(names, key=lambda n: (keys[n], n)) == sorted(names, key=lambda n: (whole.sort_key(n), n))


def test_a_roster_loads_only_the_entries_of_its_names_characters() -> None:
    table = collation.table_for(["Nguyễn Thị Ánh", "Đinh Thị Hoa", "Zhang Wei"])
    assert 0 < table.entries < 200  # the whole table holds about 30,000


# The Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), and within a letter the
# tones in dictionary order: none, huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng (dot below).
VIETNAMESE_ORDER = [
    "Anh", "Ăn", "Ân", "Bảo", "Cúc", "Dung", "Duy", "Dzung", "Đinh", "Đoàn", "Em", "Eo", "Ê", "Giang", "Oanh",
    "Ông", "Ơn", "Uyên", "Ưng", "Võ", "Xuân", "Yến",
]
TONES = ["ma", "mà", "mả", "mã", "má", "mạ", "mă", "mằ", "mẳ", "mẵ", "mắ", "mặ", "mâ", "mầ", "mẩ", "mẫ", "mấ", "mậ"]


def test_names_sort_in_vietnamese_alphabetical_order() -> None:
    for expected in (VIETNAMESE_ORDER, TONES):
        shuffled = list(reversed(expected))
        keys = collation.sort_keys(shuffled)
        assert sorted(shuffled, key=lambda n: keys[n]) == expected
    keys = collation.sort_keys(["đinh", "Đinh", "Dung"])
    assert keys["Dung"] < keys["đinh"] < keys["Đinh"]  # a letter after d; lower case before upper case


def test_names_without_vietnamese_letters_or_tones_keep_the_root_order() -> None:
    root = Collator_10_0_0()
    names = ["Zhang Wei", "Smith-Jones", "Łukasz Żak", "Ørjan Ødegård", "محمد علي", "王小明", "김민준", "Paul·la"]
    keys = collation.sort_keys(names)
    assert all(keys[name] == root.sort_key(name) for name in names)
