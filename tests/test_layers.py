"""The layer contracts in pyproject.toml hold, and they do fail when a core module imports Qt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"


def lint(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run([sys.executable, "-c", LINT], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_contracts_are_kept() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line"), [
    ("store/db.py", "import PySide6.QtCore  # noqa: F401"),
    ("domain/patient.py", "from l2fh_desk.ui import context  # noqa: F401"),
    ("domain/vocab.py", "from l2fh_desk.store import db  # noqa: F401"),
])
def test_a_core_module_importing_qt_or_upwards_breaks_a_contract(tmp_path: Path, module: str, line: str) -> None:
    shutil.copytree(ROOT / "l2fh_desk", tmp_path / "l2fh_desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "l2fh_desk" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = lint(tmp_path)
    assert result.returncode != 0
    assert "BROKEN" in result.stdout
    assert f"l2fh_desk.{module[:-3].replace('/', '.')}" in result.stdout
