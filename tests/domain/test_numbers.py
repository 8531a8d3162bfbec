"""Numbers typed in the user's language: thousands marks, decimal marks, and a clear refusal."""

from __future__ import annotations

import pytest

from l2fh_desk.domain.numbers import UnreadableNumber, example, parse_number


@pytest.mark.parametrize(("language", "text"), [
    ("en", "1,200"), ("en", "1 200"), ("en", "1\u00a0200"), ("en", "1200"),
    ("vi", "1.200"), ("vi", "1 200"), ("vi", "1\u00a0200"),
    ("fr", "1 200"), ("fr", "1\u00a0200"), ("fr", "1\u202f200"),
])
def test_twelve_hundred_in_each_language(language, text):
    assert parse_number(text, language) == 1200


@pytest.mark.parametrize(("language", "text", "value"), [
    ("en", "0.5", 0.5), ("en", "37,5", 37.5), ("en", "1,200.5", 1200.5), ("en", "1,200,000", 1_200_000),
    ("vi", "0,5", 0.5), ("vi", "1.200,5", 1200.5), ("vi", "1.200.000", 1_200_000),
    ("fr", "0,5", 0.5), ("fr", "0.5", 0.5), ("fr", "1 200,5", 1200.5),
])
def test_decimals(language, text, value):
    assert parse_number(text, language) == value


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1 20", "12a", "1..2", ",", "1.200,5.3"])
def test_unreadable_is_refused_with_the_field(text):
    with pytest.raises(UnreadableNumber) as caught:
        parse_number(text, "en", field="quantity")
    assert caught.value.field == "quantity"


def test_a_french_thousands_point_is_ambiguous_and_a_fraction_is_not_whole():
    with pytest.raises(UnreadableNumber) as caught:
        parse_number("1.200", "fr")
    assert caught.value.ambiguous
    with pytest.raises(UnreadableNumber) as caught:
        parse_number("72,5", "en", integer=True)
    assert caught.value.fraction
    assert parse_number("  ", "fr") is None
    assert [example(lang) for lang in ("en", "vi", "fr")] == ["1,200.5", "1.200,5", "1 200,5"]
