"""Lay out the rotation handover report (figures already assembled) as an A4 PDF in one language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from l2fh_desk.domain import mds
from l2fh_desk.domain.vocab import Disposition, Sex
from l2fh_desk.reports import charts
from l2fh_desk.reports.figures_handover import UNKNOWN_AGE_BAND, HandoverFigures
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.pdf_frame import BODY_WIDTH, MAX_DATA_TEXT, PageFrame, Story, build, noted, para, table

WIDTH = BODY_WIDTH


class _Story(Story):
    def __init__(self, f: HandoverFigures, tr: Translator) -> None:
        super().__init__(tr)
        self.f = f


def _cover(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.add(Spacer(1, 18 * mm), Paragraph(tr.t("handover_title"), st.s.title))
    rot = f.rotation
    incoming = tr.person(f.incoming_commander) if f.incoming_commander else "_" * 34 + "  " + tr.t("not_named")
    rows = [
        (tr.t("hospital"), f.hospital.name), (tr.t("mission"), f.hospital.mission),
        (tr.t("location"), f.hospital.location), (tr.t("country"), f.hospital.country),
        (tr.t("contingent"), tr.vocab(f.hospital.contingent_type)),
        (tr.t("rotation"), tr.t("rotation_n", number=rot.number)),
        (tr.t("dates"), tr.t("period", start=tr.date(rot.start_date), end=tr.date(rot.end_date))),
        (tr.t("outgoing"), tr.person(rot.commander_name)), (tr.t("incoming"), incoming),
        ("", tr.t("cutoff", when=tr.datetime(f.cutoff))),
    ]
    body = [[Paragraph(k, st.s.head_cell), st.cell(v)] for k, v in rows]
    t = table(body, (150, WIDTH - 150), repeat=0)
    st.add(t, PageBreak())


def _summary(st: _Story) -> None:
    s, tr = st.f.summary, st.tr
    st.h1("s_summary")
    rows = [
        (tr.t("patients_seen"), s.patients), (tr.t("encounters"), s.encounters), (tr.t("admissions"), s.admissions),
        (tr.t("bed_days"), s.bed_days), (tr.t("surgery_major"), s.surgeries_major),
        (tr.t("surgery_minor"), s.surgeries_minor), (tr.t("evacuations"), s.evacuations), (tr.t("deaths"), s.deaths),
        (tr.t("doa"), s.dead_on_arrival), (tr.t("outreach_activities"), s.outreach_activities),
        (tr.t("people_reached"), s.people_reached),
    ]
    at = rows.index((tr.t("evacuations"), s.evacuations)) + 1
    rows[at:at] = [(f"    {tr.vocab(state)}", n) for state, n in s.evacuations_by_state]
    st.add(table([(tr.t("figure"), tr.t("value")), *((k, tr.num(v)) for k, v in rows)], (300, 90), numeric=(1,)))
    st.add(Spacer(1, 1.5 * mm), para(tr.t("bed_days_note"), st.s.small))


def _caseload(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.h1("s_caseload")
    total = f.summary.encounters
    st.h2(tr.t("by_category"))
    rows: list[tuple[Any, ...]] = [(tr.t("category"), tr.t("encounters"), tr.t("share"))]
    rows += [(tr.vocab(c), tr.num(n), tr.pct(n / total if total else 0)) for c, n in f.by_category]
    rows.append((tr.t("total"), tr.num(total), tr.pct(1 if total else 0)))
    st.add(table(rows, (240, 80, 70), numeric=(1, 2), total_row=True))
    st.h2(tr.t("by_sex_band"))
    rows = [(tr.t("age_band"), tr.vocab(Sex.MALE), tr.vocab(Sex.FEMALE), tr.t("total"))]
    rows += [(tr.t("age_unknown") if band == UNKNOWN_AGE_BAND else band, tr.num(m), tr.num(w), tr.num(m + w))
             for band, m, w in f.by_sex_band]
    men, women = sum(r[1] for r in f.by_sex_band), sum(r[2] for r in f.by_sex_band)
    rows.append((tr.t("total"), tr.num(men), tr.num(women), tr.num(men + women)))
    st.add(table(rows, (120, 80, 80, 80), numeric=(1, 2, 3), total_row=True))
    unknown = sum(m + w for band, m, w in f.by_sex_band if band == UNKNOWN_AGE_BAND)
    if unknown:
        st.add(Spacer(1, 1.5 * mm), para("⚠ " + tr.count("age_unknown_note", unknown), st.s.small))
    labels = [tr.month(y, m) for y, m, _ in f.by_month]
    chart = charts.column_chart(labels, [n for *_, n in f.by_month], width=WIDTH, height=170, fmt=lambda v: tr.num(v))
    st.add(KeepTogether([Paragraph(tr.t("by_month"), st.s.h2), chart]))
    st.h2(tr.t("top_diagnoses"))
    rows = [(tr.t("icd10"), tr.t("diagnosis"), tr.t("count"))]
    rows += [(code, st.cell(text), tr.num(n)) for code, text, n in f.top_diagnoses]
    st.add(table(rows, (55, 365, 60), numeric=(2,)))
    st.h2(tr.t("mds_events"))
    rows = [(tr.t("number"), tr.t("mds_item"), tr.t("under_5"), tr.t("over_5"), tr.t("total"))]
    for item, young, old in f.mds_events:
        # 33-35 have no under-5 cell on the form: "–" as in the MDS report, not a 0 that reads as counted
        under_5 = "–" if item in mds.ADULT_ONLY_PROCEDURES else tr.num(young)
        rows.append((str(mds.MDS_NUMBER[item]), st.cell(tr.mds_item(item, f.additional)), under_5,
                     tr.num(old), tr.num(young + old)))
    st.add(table(rows, (30, 270, 65, 65, 60), numeric=(2, 3, 4)))


def _events(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.h1("s_events")
    if not f.line_list:
        st.text(tr.t("no_events"))
        return
    rows: list[tuple[Any, ...]] = [(tr.t("date"), tr.t("event"), tr.t("category"), tr.t("diagnosis"),
                                    tr.t("destination"), tr.t("priority"))]
    for r in f.line_list:
        event = tr.vocab(r.mode) if r.mode else tr.vocab(Disposition(r.event))
        if r.status is not None:
            event = f"{event} · {tr.vocab(r.status)}"
        rows.append((tr.date(r.day), st.cell(event), st.cell(tr.vocab(r.category)), st.cell(r.diagnosis),
                     st.cell(r.destination), tr.vocab(r.priority) if r.priority else ""))
    st.add(table(rows, (58, 78, 78, 130, 100, 60)))


def _inpatients(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.h1("s_inpatients")
    st.text(tr.t("inpatients_lead", when=tr.datetime(f.cutoff)))
    if not f.inpatients:
        st.text(tr.t("no_inpatients"))
        return
    rows: list[tuple[Any, ...]] = [(tr.t("bed"), tr.t("patient"), tr.t("admitted"), tr.t("days_in"),
                                    tr.t("diagnosis"), tr.t("plan"))]
    for r in f.inpatients:
        bed = f"{tr.free(r.ward)} {r.bed}".strip()
        rows.append((st.cell(bed), st.cell(r.patient), tr.date(r.admitted), tr.num(r.days_in), st.cell(r.diagnosis),
                     st.cell(r.plan)))
    st.add(table(rows, (62, 100, 60, 36, 118, 128), numeric=(3,)))


def _outreach(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.h1("s_outreach")
    if not f.outreach:
        st.text(tr.t("no_outreach"))
        return
    st.h2(tr.t("by_kind"))
    rows: list[tuple[Any, ...]] = [tuple(tr.t(k) for k in ("kind", "activities", "women_girls", "men_boys",
                                                            "children", "people_reached", "quantities"))]
    for r in f.outreach:
        qty = "; ".join(f"{tr.qty(q)} {tr.free(unit)}" for unit, q in r.quantities)
        rows.append((st.cell(tr.vocab(r.kind)), tr.num(r.activities), tr.num(r.female), tr.num(r.male),
                     tr.num(r.children), tr.num(r.total), st.cell(qty)))
    sums = [sum(getattr(r, name) for r in f.outreach) for name in ("activities", "female", "male", "children", "total")]
    rows.append((tr.t("total"), *(tr.num(v) for v in sums), ""))
    st.add(table(rows, (128, 52, 56, 56, 50, 58, 104), numeric=(1, 2, 3, 4, 5), total_row=True))
    chart = charts.bar_chart([tr.vocab(r.kind) for r in f.outreach], [r.total for r in f.outreach], width=WIDTH,
                             fmt=lambda v: tr.num(v), label_width=180)
    st.add(KeepTogether([Paragraph(tr.t("reached_chart"), st.s.h2), chart]))
    if f.notable:
        st.h2(tr.t("notable"))
        rows = [(tr.t("date"), tr.t("kind"), tr.t("place"), tr.t("people_reached"), tr.t("description"))]
        for a in f.notable:
            # the quantity is kept whole: the description is what gets cut, if anything
            qty = f" ({tr.qty(a.quantity)} {tr.free(a.unit)})" if a.quantity is not None else ""
            what = noted(a.description, tr, MAX_DATA_TEXT - len(qty)) + qty
            rows.append((tr.date(a.day), st.cell(tr.vocab(a.kind)), st.cell(a.place), tr.num(a.reached),
                         st.cell(what)))
        st.add(table(rows, (58, 100, 96, 50, 200), numeric=(3,)))


def _staff(st: _Story) -> None:
    f, tr = st.f, st.tr
    staff = f.staff
    st.h1("s_staff")
    st.text(tr.t("roster_size", n=tr.num(staff.total), women=tr.num(staff.women)))
    sentence = tr.t("women_share_text", share=tr.pct(staff.share), target=tr.pct(staff.target),
                    contingent=tr.vocab(f.hospital.contingent_type).lower())
    verdict = tr.t("meets_target" if staff.total and staff.share >= staff.target else "below_target")
    st.add(KeepTogether([
        Paragraph(tr.t("women_share"), st.s.h2), para(f"{sentence} {verdict}", st.s.body), Spacer(1, 2 * mm),
        charts.share_bar(staff.share, staff.target, width=300,
                         target_label=f"{tr.t('un_target')} {tr.pct(staff.target)}",
                         fmt=lambda share: tr.pct(share, 0)),
        Spacer(1, 3 * mm)]))
    st.h2(tr.t("by_specialty"))
    rows: list[tuple[Any, ...]] = [(tr.t("specialty"), tr.t("members"), tr.t("women"))]
    rows += [(st.cell(tr.free(spec)), tr.num(n), tr.num(w)) for spec, n, w in staff.by_specialty]
    rows.append((tr.t("total"), tr.num(staff.total), tr.num(staff.women)))
    st.add(table(rows, (240, 70, 70), numeric=(1, 2), total_row=True))
    st.h2(tr.t("roster"))
    rows = [(tr.t("number"), tr.t("name"), tr.t("rank"), tr.t("specialty"), tr.t("sex"))]
    rows += [(str(n), st.cell(r.name), st.cell(tr.person(r.rank)),
              st.cell(tr.free(r.specialty)), tr.vocab(r.sex)) for n, r in enumerate(staff.roster, start=1)]
    st.add(table(rows, (30, 160, 110, 144, 50)))


def _signatures(st: _Story) -> None:
    f, tr = st.f, st.tr
    st.h1("s_signatures")
    line = "_" * 30
    incoming = tr.person(f.incoming_commander) if f.incoming_commander else line
    rows = [
        (tr.t("outgoing"), tr.t("incoming")),
        (tr.person(f.rotation.commander_name) or line, incoming),
        (f"{tr.colon(tr.t('signature'))} {line}",) * 2,
        (f"{tr.colon(tr.t('date'))} {line}",) * 2,
    ]
    t = table([rows[0], *([st.cell(c) for c in row] for row in rows[1:])], (WIDTH / 2, WIDTH / 2))
    t.setStyle([("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)])
    st.add(KeepTogether([Paragraph(tr.t("sign_lead"), st.s.body), Spacer(1, 4 * mm), t]))


def story(f: HandoverFigures, tr: Translator) -> list[Flowable]:
    st = _Story(f, tr)
    for part in (_cover, _summary, _caseload, _events, _inpatients, _outreach, _staff, _signatures):
        part(st)
    return st.items


def render_handover(f: HandoverFigures, out: Any, *, tr: Translator, generated_at: datetime, generated_by: str,
                    chain_head: str, on_page: Callable[[int], None] | None = None) -> None:
    """Write the PDF to `out` (a path or a binary file object)."""
    rot = f.rotation
    frame = PageFrame(
        header_left=f"{f.hospital.name} · {f.hospital.mission}",
        header_right=f"{tr.t('rotation_n', number=rot.number)} · "
                     f"{tr.t('period', start=tr.date(rot.start_date), end=tr.date(rot.end_date))}",
        footer_lines=(f"{tr.t('cutoff', when=tr.datetime(f.cutoff))} · "
                      f"{tr.t('generated', when=tr.datetime(generated_at), who=generated_by)}",
                      tr.t("chain_head", head=chain_head)),
    )
    build(out, story(f, tr), frame=frame, tr=tr, title=f"{tr.t('handover_title')} · {tr.t('rotation_n', number=rot.number)}",
          author=generated_by, progress=on_page)
