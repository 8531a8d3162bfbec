"""Diagnosis search over the full WHO ICD-10 list (about 12,000 codes): the time per keystroke as a medic
types common diagnoses in English, Vietnamese and French, with the demo's usage counts; in the core and
through the picker widget (offscreen Qt), beside the first search that builds the index.

    python -m bench.bench_icd10 [--quick]
"""

from __future__ import annotations

import os
import sys
import time

# What the triage desk types, one keystroke at a time (each prefix is one search).
TYPED = ("malaria", "sốt rét", "paludisme", "pneumonia", "diarrhea", "tiêu chảy", "snake bite", "fracture femur",
         "B54", "S72.0", "urinary tract", "fever", "rta", "viêm phổi", "gastro-entérite", "abdominal pain")


def _keystrokes() -> list[str]:
    return [text[:n] for text in TYPED for n in range(1, len(text) + 1)]


def _usage() -> dict[str, int]:
    from l2fh_desk.demo.casemix import CASES

    return {case.icd10: case.weight * 10 for case in CASES}


def _timings(search, repeats: int) -> list[float]:
    per_key: list[float] = []
    for _ in range(repeats):
        for text in _keystrokes():
            started = time.perf_counter()
            search(text)
            per_key.append(time.perf_counter() - started)
    return per_key


def _row(figure: str, values: list[float], goal: str) -> dict[str, object]:
    ordered = sorted(values)
    worst = ordered[-1]
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"figure": f"{figure}: median / p99 {ordered[len(ordered) // 2] * 1000:.2f} / {p99 * 1000:.2f} ms",
            "value": round(worst * 1000, 2), "unit": "ms (worst)", "baseline": None, "goal": goal}


def run(quick: bool = False) -> list[dict[str, object]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from l2fh_desk.domain import icd10

    usage = _usage()
    started = time.perf_counter()
    icd10.search("m", limit=None, usage=usage)
    build = time.perf_counter() - started
    repeats = 1 if quick else 5
    core = _timings(lambda text: icd10.search(text, limit=None, usage=usage), repeats)

    from PySide6.QtWidgets import QApplication

    from l2fh_desk.ui.widgets.icd_picker import IcdPicker

    app = QApplication.instance() or QApplication(sys.argv[:1])
    picker = IcdPicker()
    picker.usage = usage
    picker.show()

    def through_widget(text: str) -> None:
        picker.search.setText(text)
        app.processEvents()  # the list is drawn too

    widget = _timings(through_widget, repeats)
    picker.close()
    return [
        {"figure": f"first search (builds the index of {len(icd10.all_codes()):,} codes and the terms)",
         "value": round(build * 1000, 1), "unit": "ms", "baseline": None, "goal": "once per start, < 1 s"},
        _row(f"search per keystroke, core ({len(core):,} keystrokes)", core, "< 30 ms"),
        _row("search per keystroke, picker widget drawn", widget, "< 30 ms"),
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row['figure']}: {row['value']} {row['unit']} (goal {row['goal']})")
