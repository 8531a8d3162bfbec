"""The offline ICD-10 list: normalising, checking, describing and searching codes; the text fold."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from l2fh_desk.domain.icd10 import UnknownCodeError, all_codes, describe, exists, fold, normalise, search


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("s060", "S06.0"),
        ("S06.0", "S06.0"),
        (" s06.0 ", "S06.0"),
        ("S 06 0", "S06.0"),
        ("s06", "S06"),
        ("S06.", "S06"),
        ("b1800", "B18.00"),
        ("G01*", "G01"),
        ("a00-a09", "A00-A09"),
        ("i", "I"),
        ("zz99", "ZZ99"),  # not a code shape: left alone, not validated
    ],
)
def test_normalise(raw: str, canonical: str) -> None:
    assert normalise(raw) == canonical


@pytest.mark.parametrize("code", ["A00", "A00.0", "a000", " a00.0 ", "S06.0", "U07.1", "B18.00", "Z99.9"])
def test_real_codes_exist(code: str) -> None:
    assert exists(code)


@pytest.mark.parametrize(
    "code", ["I", "XXII", "A00-A09", "S00-S09", "A00.7", "Q99.9.9", "ABC", "", "malaria"]
)
def test_chapters_blocks_and_bogus_codes_do_not_exist(code: str) -> None:
    assert not exists(code)


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("A00", "Cholera"),
        ("s060", "Concussion"),
        ("B54", "Unspecified malaria"),
        ("H81.0", "Ménière disease"),
    ],
)
def test_describe(code: str, title: str) -> None:
    assert describe(code) == title


@pytest.mark.parametrize("code", ["I", "A00-A09"])
def test_describe_refuses_chapters_and_blocks(code: str) -> None:
    with pytest.raises(UnknownCodeError, match="chapter or block"):
        describe(code)


@pytest.mark.parametrize("code", ["A00.7", "XYZ", ""])
def test_describe_refuses_unknown_codes(code: str) -> None:
    with pytest.raises(KeyError):
        describe(code)
    with pytest.raises(ValueError, match="not an ICD-10"):
        describe(code)


def test_all_codes_are_categories_and_subcategories_in_order() -> None:
    codes = all_codes()
    assert 12_000 < len(codes) < 13_000
    assert "A00" in codes and "A00.0" in codes
    assert not any("-" in c or c in {"I", "XXII"} for c in codes)
    assert list(codes) == sorted(codes, key=lambda c: c.replace(".", ""))
    assert codes.index("A00") < codes.index("A00.0") < codes.index("A01")


def _codes(hits: list[tuple[str, str]]) -> list[str]:
    return [code for code, _ in hits]


@pytest.mark.parametrize("query", ["s06", "S06", "S06.", " s 06 "])
def test_search_by_code_prefix(query: str) -> None:
    hits = search(query)
    assert _codes(hits)[:3] == ["S06", "S06.0", "S06.1"]
    assert all(code.startswith("S06") for code in _codes(hits))
    assert ("S06.0", "Concussion") in hits


def test_search_by_short_code_prefix_respects_limit() -> None:
    hits = _codes(search("B5", limit=100))
    assert hits[0] == "B50" and "B54" in hits and hits[-1] == "B58.9"
    assert all(code.startswith("B5") for code in hits)
    assert _codes(search("B5", limit=3)) == hits[:3]


def test_search_by_dotless_subcategory() -> None:
    assert _codes(search("a001")) == ["A00.1"]


@pytest.mark.parametrize(
    "query", ["malaria falciparum", "falciparum malaria", "MALARIA FALCIP", "plasm falc"]
)
def test_search_by_words_in_any_order(query: str) -> None:
    hits = _codes(search(query))
    assert set(hits[:4]) == {"B50", "B50.0", "B50.8", "B50.9"}
    assert "B51" not in hits  # vivax: "falciparum" must match too


def test_search_fracture_femur() -> None:
    hits = search("fracture femur")
    assert ("S72.3", "Fracture of shaft of femur") in hits
    for _code, title in hits:
        words = fold(title).replace(",", " ").split()
        assert any(w.startswith("fractur") for w in words)
        assert any(w.startswith("femur") for w in words)


def test_search_matches_word_starts_only() -> None:
    # "emur" is inside "femur" but starts no word.
    assert search("emur") == []


@pytest.mark.parametrize("query", ["ménière", "MENIERE", "Meniere"])
def test_search_ignores_case_and_diacritics(query: str) -> None:
    assert _codes(search(query)) == ["H81.0"]


def test_search_folds_the_titles() -> None:
    assert "G61.0" in _codes(search("guillain barre"))
    assert "G61.0" in _codes(search("Guillain-Barré"))


@pytest.mark.parametrize("query", ["", "   ", "zzzz", "qq99", "fracture zzzz"])
def test_search_without_matches(query: str) -> None:
    assert search(query) == []


def test_search_returns_only_real_codes_within_limit() -> None:
    for query in ["a", "of", "unspecified", "s", "T1"]:
        hits = search(query, limit=25)
        assert 0 < len(hits) <= 25
        assert len(set(hits)) == len(hits)
        assert all(exists(code) for code, _ in hits)
    assert search("malaria", limit=0) == []


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("Đặng Văn Đức", "dang van duc"),
        ("đặng", "dang"),
        ("Trần Thị Thu Hương", "tran thi thu huong"),
        ("Phạm Ngọc Thạch", "pham ngoc thach"),
        ("Lê Quý Đôn", "le quy don"),
        ("Ménière", "meniere"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("plain ascii 42", "plain ascii 42"),
    ],
)
def test_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


# Latin letters, Vietnamese letters with all their diacritics, and combining marks.
_LATIN = st.characters(max_codepoint=0x24F) | st.sampled_from(
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ\u0300\u0301\u0303\u0309\u0323"
)


@given(st.text(alphabet=_LATIN, max_size=30))
def test_fold_is_idempotent_and_leaves_no_marks(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert folded == folded.casefold()


# --- ranking, lay terms, translations (issue 13) -----------------------------------------------------
def test_malaria_finds_the_common_code_first_and_every_malaria_code() -> None:
    hits = _codes(search("malaria", limit=None))
    assert hits[0] == "B54"
    assert {"B50.9", "B51.9", "B52.9", "B53.1"} <= set(hits)  # nothing hidden behind a cap
    assert len(hits) > 12


def test_pneumonia_offers_pneumonia_before_pneumococcal_sepsis() -> None:
    hits = _codes(search("pneumonia", limit=None))
    assert hits[0] == "J18.9"
    assert hits.index("A40.3") > hits.index("J18.9") and hits.index("A40.3") > hits.index("J15.9")


@pytest.mark.parametrize(("query", "code"), [
    ("diarrhea", "A09"), ("diarrhoea", "A09"), ("snake bite", "T63.0"), ("RTA", "V89"), ("fever", "R50.9"),
    ("sốt rét", "B54"), ("sot ret", "B54"), ("tiêu chảy", "A09"), ("paludisme", "B54"), ("diarrhée", "A09"),
    ("anemia", "D64.9"), ("viêm phổi", "J18.9"), ("pneumonie", "J18.9"), ("rắn cắn", "T63.0"),
    ("morsure de serpent", "T63.0"), ("UTI", "N39.0"), ("B54", "B54"),
])
def test_lay_terms_spellings_and_translations_find_the_code_first(query: str, code: str) -> None:
    assert _codes(search(query))[0] == code


def test_us_spelling_also_matches_titles() -> None:
    assert "K92.2" not in _codes(search("hemorrhage zzz"))
    assert "R58" in _codes(search("hemorrhage", limit=None))  # "Haemorrhage, not elsewhere classified"


def test_hospital_usage_lifts_the_codes_it_uses_most() -> None:
    plain = _codes(search("mala"))
    used = _codes(search("mala", usage={"B54": 900, "B50.9": 300}))
    assert plain[0] != "B54" and used[0] == "B54"
    assert used.index("B50.9") < used.index("B50.8") and plain.index("B50.9") > plain.index("B50.8")
    assert set(plain) == set(used)


def test_exact_code_comes_before_longer_codes_whatever_the_usage() -> None:
    assert _codes(search("B50", usage={"B50.9": 100}))[:2] == ["B50", "B50.0"]


def test_terms_cover_two_hundred_field_diagnoses_with_real_codes() -> None:
    from l2fh_desk.domain.icd10_search import terms

    table = terms()
    assert len(table) >= 200
    assert all(exists(code) for code in table)
    assert all(len(names) >= 3 for names in table.values())  # English, Vietnamese and French


def test_no_match_for_a_code_that_does_not_exist() -> None:
    assert search("X999", limit=None) == []
