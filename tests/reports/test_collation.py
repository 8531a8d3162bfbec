"""The roster's collation reads only the table entries its names can use, and sorts exactly as the whole
Unicode Collation Algorithm table (pyuca, UCA 10) does."""

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


def test_keys_and_order_are_those_of_the_whole_table() -> None:
    whole = Collator_10_0_0()
    rng = random.Random(14)
    pool = sorted({ch for name in NAMES for ch in unicodedata.normalize("NFD", name)})
    names = [*NAMES, *("".join(rng.choice(pool) for _ in range(rng.randint(1, 9))) for _ in range(300))]
    keys = collation.sort_keys(names)
    assert all(keys[name] == whole.sort_key(name) for name in names)
    assert sorted(names, key=lambda n: (keys[n], n)) == sorted(names, key=lambda n: (whole.sort_key(n), n))


def test_a_roster_loads_only_the_entries_of_its_names_characters() -> None:
    table = collation.table_for(["Nguyễn Thị Ánh", "Đinh Thị Hoa", "Zhang Wei"])
    assert 0 < table.entries < 200  # the whole table holds about 30,000
