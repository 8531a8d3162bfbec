"""Handover report time for large rotations, beside reportlab laying out as many pages of plain text."""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.reports import fonts
from l2fh_desk.reports.generate import generate_handover
from l2fh_desk.store.store import Store

# (encounters in the rotation, outreach activities, goal in seconds)
SIZES = ((20_000, 500, 3.0), (100_000, 500, 8.0))
QUICK_SIZES = ((2_000, 60, 3.0), (6_000, 120, 8.0))
# The demo spreads records over rotations 3, 4 and 5 (about 750 days); rotation 4 holds about this share.
ROTATION_4_SHARE = 365 / 750
WHEN = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


def _database(folder: Path, encounters: int, outreach: int) -> Path:
    """A demo database whose rotation 4 holds about `encounters` encounters (cached within the run)."""
    path = folder / f"demo-{encounters}.db"
    if not path.exists():
        with Store(path) as store:
            generate(store, encounters=round(encounters / ROTATION_4_SHARE), outreach=round(outreach / ROTATION_4_SHARE),
                     seed=7)
    return path


def _plain_text_pages(pages: int) -> float:
    """Seconds for reportlab to lay out `pages` A4 pages of plain paragraphs in the same font."""
    family = fonts.register()
    style = ParagraphStyle("plain", fontName=family, fontSize=9, leading=11.5)
    line = "Plain text of a baseline page, laid out by reportlab with the same font as the report. " * 3
    story = []
    for _ in range(pages):
        story += [Paragraph(line, style) for _ in range(18)]
        story.append(PageBreak())
    started = time.perf_counter()
    SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1).build(story)
    return time.perf_counter() - started


def run(quick: bool = False) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="l2fh-bench-reports-") as tmp:
        folder = Path(tmp)
        for encounters, outreach, goal in QUICK_SIZES if quick else SIZES:
            db = _database(folder, encounters, outreach)
            with Store(db) as store:
                rotation = store.rotations.by_number(4)
                assert rotation is not None
                actual = store.encounters.count("voided_at IS NULL AND rotation_id = ?", (rotation.id,))
                started = time.perf_counter()
                out = generate_handover(store, rotation_number=4, out=folder / f"handover-{encounters}.pdf",
                                        actor=SYSTEM, generated_at=WHEN)
                elapsed = time.perf_counter() - started
                assert out.exists()
                printed = store.db.scalar("SELECT after_json FROM audit_log WHERE action = 'print' ORDER BY seq DESC LIMIT 1")
                pages = int(json.loads(printed)["pages"])
            baseline = _plain_text_pages(max(pages, 1))
            results.append({"figure": f"handover report, rotation of {actual:,} encounters ({pages} pages)",
                            "value": round(elapsed, 3), "unit": "s", "baseline": round(baseline, 3),
                            "goal": f"< {goal:g} s"})
    return results


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    for row in run(quick=quick):
        print(f"{row['figure']}: {row['value']} {row['unit']} (plain-text baseline {row['baseline']} s, goal {row['goal']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
