"""What the ministry summary prints in Vietnamese and French, as the PDF's text: the South Sudan MDS events in the
language (not in English), and table headers whose words are whole ("Hospitalisations", never "Hospital" over
"isations")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.hq.summary import Scope
from l2fh_desk.hq.summary_doc import ALL_TIME, generate_summary
from l2fh_desk.store.store import Store

ANALYST = Actor(username="analyst", role=Role.HQ_ANALYST)


@pytest.fixture(scope="module")
def demo_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    build_demo_hq(path, encounters=300, outreach=6)
    return path


def _text(demo_hq: Path, out: Path, lang: str) -> str:
    pypdf = pytest.importorskip("pypdf")
    with Store(demo_hq) as hq:
        written, _figures = generate_summary(hq, scope=Scope(*ALL_TIME), out=out, actor=ANALYST, lang=lang,
                                             generated_at=datetime(2026, 11, 20, 8, tzinfo=UTC))
    return "".join(page.extract_text() for page in pypdf.PdfReader(written).pages)


def test_the_mds_events_of_the_summary_are_in_vietnamese(demo_hq: Path, tmp_path: Path) -> None:
    text = _text(demo_hq, tmp_path / "vi.pdf", "vi")
    assert "Sốt rét (xác định hoặc nghi ngờ)" in text
    assert "Malaria (confirmed or suspected)" not in text


def test_the_summarys_french_headers_keep_their_words_whole(demo_hq: Path, tmp_path: Path) -> None:
    words = " ".join(_text(demo_hq, tmp_path / "fr.pdf", "fr").split())
    for whole in ("(personnes)", "Consultations", "Hospitalisations", "Journées", "Chirurgies", "Évacuations",
                  "Paludisme (confirmé ou suspecté)"):
        assert whole in words, whole
    assert "Hospital isations" not in words and "Consult ations" not in words


def test_an_all_time_summary_says_so_instead_of_1990_to_2100(demo_hq: Path, tmp_path: Path) -> None:
    text = _text(demo_hq, tmp_path / "all.pdf", "fr")
    assert "Toute la période" in text
    assert "1990" not in text and "2100" not in text
