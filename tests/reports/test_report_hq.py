"""At HQ a database holds several hospitals: the handover report is for the one the analyst names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from l2fh_desk.exchange.trust import fingerprint_of
from tests.factories import hq_accounts


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_handover_at_hq_names_the_hospital(tmp_path: Path) -> None:
    for seed in (1, 2):
        assert _cli("demo", "--db", tmp_path / f"h{seed}.db", "--encounters", "120", "--outreach", "5",
                    "--seed", seed).returncode == 0
        assert _cli("export", "--db", tmp_path / f"h{seed}.db", "--out", tmp_path / f"h{seed}.l2fh").returncode == 0
    hq = hq_accounts(tmp_path / "hq.db")
    trust = [arg for seed in (1, 2) for arg in ("--trust", fingerprint_of(tmp_path / f"h{seed}.l2fh"))]
    assert _cli("import", "--into", hq, tmp_path / "h1.l2fh", tmp_path / "h2.l2fh", *trust).returncode == 0

    out = tmp_path / "r.pdf"
    refused = _cli("report", "handover", "--db", hq, "--out", out)
    assert refused.returncode == 1
    assert "2 hospitals" in refused.stderr and "--hospital" in refused.stderr
    assert not out.exists()

    written = _cli("report", "handover", "--db", hq, "--out", out, "--hospital", "Viet Nam Level-2 Field Hospital No. 5",
                   "--rotation", "4")
    assert written.returncode == 0, written.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "No. 5" in text and "No. 4" not in text

    unknown = _cli("report", "handover", "--db", hq, "--out", out.with_name("x.pdf"), "--hospital", "Nowhere")
    assert unknown.returncode == 1 and "No hospital matches" in unknown.stderr
