"""The HQ review's side-by-side evidence in the window's language: a record's sex and patient category as the
analyst reads them ("Femme", "Civil local"), never the stored codes ("female", "local_civilian")."""

from __future__ import annotations

from l2fh_desk.domain import vocab
from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.hq.review import EVIDENCE_FIELDS
from l2fh_desk.security.sessions import sign_in
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.pages.hq_review import ReviewPage


def test_the_evidence_says_sex_and_category_in_french(qtbot, tmp_path):
    build_demo_hq(tmp_path / "hq.db", encounters=300, outreach=6)
    store = Store(tmp_path / "hq.db")
    session = sign_in(store, "analyst", "analyst-demo")
    assert translations().switch("fr")
    try:
        page = ReviewPage(AppContext(store=store, actor=session.actor))
        qtbot.addWidget(page)
        page.refresh()
        sex = [page.side.item(EVIDENCE_FIELDS.index("sex"), column).text() for column in (0, 1)]
        category = [page.side.item(EVIDENCE_FIELDS.index("category"), column).text() for column in (0, 1)]
        assert set(sex) <= {"Homme", "Femme"}, sex
        assert set(category) <= {vocab_label(c) for c in vocab.PatientCategory}, category
        assert "Civil local" in {vocab_label(c) for c in vocab.PatientCategory}
    finally:
        translations().switch("en")
        store.close()


def test_what_a_link_said_follows_a_language_switch(qtbot, tmp_path):
    build_demo_hq(tmp_path / "hq.db", encounters=300, outreach=6)
    store = Store(tmp_path / "hq.db")
    session = sign_in(store, "analyst", "analyst-demo")
    try:
        page = ReviewPage(AppContext(store=store, actor=session.actor))
        qtbot.addWidget(page)
        page.refresh()
        page.link_selected()
        assert page.status.text().startswith("Linked: HQ figures now count")
        assert translations().switch("fr")
        page.retranslate()
        assert page.status.text().startswith("Liés : les chiffres du QG comptent désormais")
    finally:
        translations().switch("en")
        store.close()
