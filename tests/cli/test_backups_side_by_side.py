"""Two backups of one database at the same moment (a commander's `backup` while the window makes its daily or
close backup, two HQ imports each making its pre-import copy): both are made and verified. They once shared one
`.partial` file, so each deleted the other's and both said the disk had an input/output error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.store.backup import list_backups, verify_backup
from l2fh_desk.store.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_two_backups_at_the_same_moment_are_both_made(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with Store(db) as store:
        generate(store, encounters=6000, outreach=5, seed=2)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for _round in range(4):
        procs = [subprocess.Popen([sys.executable, "-m", "l2fh_desk", "backup", "--db", str(db)], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [proc.communicate(timeout=120) + (proc.returncode,) for proc in procs]
        for out, err, code in results:
            assert code == 0, err
            assert "backed up to" in out
    backups = list_backups(db)
    assert backups
    for backup in backups:
        assert verify_backup(backup.path) is None, backup.path.name
    assert not list((tmp_path / "backups").glob("*.partial"))
