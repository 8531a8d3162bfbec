"""Prints and exports are audited, and the chain head they carry (report footer, export manifest) is the
audit head at that moment: a later rewrite of the history can be compared against the paper or HQ's copy."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.reports.generate import generate_handover, generate_mds
from l2fh_desk.store import audit
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital

COMMANDER = Actor(username="cdr.audit", role=Role.COMMANDER)
MEDIC = Actor(username="medic.audit", role=Role.MEDIC)


def last_row(store: Store) -> dict[str, object]:
    row = store.db.one("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1")
    assert row is not None
    return {**dict(row), "after": json.loads(row["after_json"] or "null")}


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(path.read_bytes())).pages))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return small_hospital(tmp_path / "h.db", encounters=40)


def test_a_handover_print_is_audited_with_the_head_printed_in_its_footer(db: Path, tmp_path: Path) -> None:
    with Store(db, create=False) as store:
        for round_ in range(2):  # the second print carries the head that includes the first print's row
            head = audit.head(store.db)
            out = generate_handover(store, rotation_number=None, out=tmp_path / f"handover{round_}.pdf",
                                    actor=COMMANDER)
            row = last_row(store)
            assert (row["action"], row["table_name"], row["username"]) == ("print", "reports", COMMANDER.username)
            after = row["after"]
            assert isinstance(after, dict)
            assert after["report"] == "handover" and after["file"] == out.name
            assert after["chain_head_printed"] == head == row["prev_hash"]
            assert head in pdf_text(out)
            assert audit.head(store.db) != head
        assert audit.verify(store.db) is None


@pytest.mark.parametrize("suffix", [".pdf", ".csv", ".json"])
def test_an_mds_report_is_audited_in_every_format(db: Path, tmp_path: Path, suffix: str) -> None:
    with Store(db, create=False) as store:
        head = audit.head(store.db)
        rows = store.db.scalar("SELECT count(*) FROM audit_log")
        result = generate_mds(store, start=date.today() - timedelta(days=30), end=date.today(), out=tmp_path / f"mds{suffix}",
                              actor=COMMANDER)
        assert store.db.scalar("SELECT count(*) FROM audit_log") == rows + 1
        row = last_row(store)
        after = row["after"]
        assert isinstance(after, dict)
        assert (row["action"], after["report"], after["format"]) == ("print", "mds", suffix[1:])
        assert after["chain_head_printed"] == head
        if suffix == ".pdf":
            assert head in pdf_text(result.path)


def test_an_export_is_audited_and_its_manifest_carries_the_head_of_that_moment(db: Path, tmp_path: Path) -> None:
    with Store(db, create=False) as store:
        for pseudonymise in (False, True):
            head = audit.head(store.db)
            result = export_bundle(store, out=tmp_path / f"e{pseudonymise}.l2fh", actor=COMMANDER,
                                   hq_public_key=None, pseudonymise=pseudonymise)
            manifest = json.loads(zipfile.ZipFile(result.path).read("manifest.json"))
            row = last_row(store)
            after = row["after"]
            assert isinstance(after, dict)
            assert (row["action"], row["record_id"], row["username"]) == ("export", result.bundle_id,
                                                                          COMMANDER.username)
            assert after["sha256"] == result.sha256 and after["pseudonymised"] is pseudonymise
            if pseudonymise:  # the bundle's own trail is re-chained; the real head is kept beside it
                assert manifest["pseudonymised"]["source_audit_head"] == head == row["prev_hash"]
                assert after["audit_head"] == manifest["audit_head"] != head
            else:  # re-hashed without the installation's audit key, which HQ does not hold (exchange/history.py)
                assert head == row["prev_hash"] and manifest["audit_head"] == after["audit_head"] != head


def test_a_refused_print_or_export_writes_nothing_and_audits_nothing(db: Path, tmp_path: Path) -> None:
    with Store(db, create=False) as store:
        rows = store.db.scalar("SELECT count(*) FROM audit_log")
        with pytest.raises(PermissionDenied):
            generate_handover(store, rotation_number=None, out=tmp_path / "h.pdf", actor=MEDIC)
        with pytest.raises(PermissionDenied):
            export_bundle(store, out=tmp_path / "e.l2fh", actor=MEDIC, hq_public_key=None)
        assert store.db.scalar("SELECT count(*) FROM audit_log") == rows
    assert list(tmp_path.glob("*.pdf")) + list(tmp_path.glob("*.l2fh")) + list(tmp_path.glob(".*")) == []
