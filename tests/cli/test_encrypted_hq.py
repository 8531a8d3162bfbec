"""An HQ database encrypted at rest (`l2fh-desk encrypt` on it) still imports bundles and answers every `hq`
command with its accounts' credentials; without them nothing opens. Real processes: a fresh process holds no
data key, as the analyst's next command does not."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from l2fh_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]
ADMIN, ANALYST = ("admin", "hq-admin-password-1"), ("ana", "hq-analyst-password-1")


def _run(*argv: str, password: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("L2FH_")}
    environ.update(PYTHONPATH=str(ROOT), **env)
    if password is not None:
        environ["L2FH_PASSWORD"] = password
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *argv], capture_output=True, text=True, env=environ,
                          stdin=subprocess.DEVNULL, timeout=300, check=False)


def _fingerprint(text: str) -> str:
    found = re.search(r"(?:fingerprint|key)\s+([0-9A-F]{4}(?: [0-9A-F]{4}){15})", text)
    assert found is not None, text
    return found[1].replace(" ", "")


def test_an_encrypted_hq_imports_and_reports_with_its_accounts(tmp_path: Path) -> None:
    hospital, hq = tmp_path / "h.db", tmp_path / "hq.db"
    assert main(["demo", "--db", str(hospital), "--encounters", "40", "--outreach", "2"]) == 0
    exported = _run("export", "--db", str(hospital), "--user", "commander", "--out", str(tmp_path / "b.l2fh"),
                    password="commander-demo")
    assert exported.returncode == 0, exported.stderr
    fingerprint = _fingerprint(exported.stdout)
    made = _run("hq", "init", "--db", str(hq), "--department", "Peacekeeping", "--admin", ADMIN[0],
                password=ADMIN[1])
    assert made.returncode == 0, made.stderr
    encrypted = _run("encrypt", "--db", str(hq), "--user", ADMIN[0], password=ADMIN[1])
    assert encrypted.returncode == 0, encrypted.stderr
    assert not hq.read_bytes()[:16].startswith(b"SQLite format 3")

    added = _run("hq", "accounts", "--db", str(hq), "--user", ADMIN[0], "--add", ANALYST[0], "--role", "hq_analyst",
                 password=ADMIN[1], L2FH_NEW_PASSWORD=ANALYST[1])
    assert added.returncode == 0, added.stderr
    imported = _run("import", "--into", str(hq), "--user", ANALYST[0], "--trust", fingerprint,
                    str(tmp_path / "b.l2fh"), password=ANALYST[1])
    assert imported.returncode == 0, imported.stderr
    assert "imported" in imported.stdout
    overview = _run("hq", "overview", "--db", str(hq), "--user", ANALYST[0], password=ANALYST[1])
    assert overview.returncode == 0, overview.stderr
    assert "Viet Nam Level-2 Field Hospital No. 4" in overview.stdout
    checked = _run("check", "--db", str(hq), "--user", ANALYST[0], password=ANALYST[1])
    assert checked.returncode == 0 and checked.stdout.strip().endswith("ok"), checked.stderr

    wrong = _run("import", "--into", str(hq), "--user", ANALYST[0], str(tmp_path / "b.l2fh"), password="not-it-at-all")
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1, wrong.stderr
