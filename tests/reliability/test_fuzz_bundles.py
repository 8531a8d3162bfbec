"""Hostile bundles given to the HQ importer: no uncaught exception, every refusal exit 1 with a message, HQ unchanged."""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts
from tests.reliability.harness import long_or, small_hospital
from tests.reliability.mutate import mutate


def run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(list(argv))
    return code, err.getvalue()


def content(db: Path) -> str:
    """A digest of every row of every table: equal digests mean nothing changed (but for what the import's own
    sign-in writes: its audit row, and the chain head signed when the database closes)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                     " ORDER BY name"):
            if table == "audit_heads":
                continue
            where = " WHERE action NOT IN ('sign_in', 'sign_in_failed')" if table == "audit_log" else ""
            for row in sorted(conn.execute(f'SELECT * FROM "{table}"{where}').fetchall(), key=repr):
                digest.update(repr(row).encode())
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, Path]:
    """Two real bundles (bytes) and an HQ database that has imported the first."""
    folder = tmp_path_factory.mktemp("fuzz-bundles")
    made = []
    for name in ("a", "b"):
        with Store(small_hospital(folder / f"{name}.db", encounters=30)) as store:
            made.append(export_bundle(store, out=folder / f"{name}.l2fh", actor=SYSTEM, hq_public_key=None).path)
    hq = hq_accounts(folder / "hq.db")
    with pytest.MonkeyPatch.context() as env:  # a module fixture: the suite's per-test sign-in is not set yet
        env.setenv("L2FH_USER", "commander")
        env.setenv("L2FH_PASSWORD", "commander-demo")
        code, err = run("import", "--into", str(hq), "--trust", fingerprint_of(made[0]), str(made[0]))
    assert code == 0, err
    return made[0].read_bytes(), made[1].read_bytes(), hq


def check_refusal(hq_template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hq = Path(folder) / "hq.db"
        hq.write_bytes(hq_template.read_bytes())
        hq.with_name("hq.db.key").write_bytes(hq_template.with_name(hq_template.name + ".key").read_bytes())
        before = content(hq)
        bundle = Path(folder) / "hostile.l2fh"
        bundle.write_bytes(data)
        code, err = run("import", "--into", str(hq), str(bundle))
        assert "unexpected error" not in err and "Traceback" not in err, err
        assert code in (0, 1)
        if code == 1:
            assert "refused" in err, err
        assert content(hq) == before, f"HQ changed (exit {code}): {err}"


def test_mutated_real_bundles(bundles: tuple[bytes, bytes, Path]) -> None:
    first, second, hq = bundles
    rng = random.Random(11)
    for _ in range(long_or(40, 2000)):
        check_refusal(hq, mutate(first, second, rng))


@settings(max_examples=long_or(25, 500), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=5_000))
def test_random_bytes_as_a_bundle(bundles: tuple[bytes, bytes, Path], data: bytes) -> None:
    check_refusal(bundles[2], data)
