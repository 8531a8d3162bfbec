"""Typed installation settings: defaults, validation that names the field, audit, and what other code reads."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from l2fh_desk.domain import mds
from l2fh_desk.domain.errors import DomainError, PermissionDenied
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import UN_GENDER_TARGET, ContingentType
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.app_settings import HQ_PUBLIC_TAG, AppSettings
from l2fh_desk.store.store import Store

COMMANDER = Actor(username="cdr", role=Role.COMMANDER)
MEDIC = Actor(username="medic", role=Role.MEDIC)


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "h.db") as store:
        add_hospital(store, Hospital(name="VN L2FH 4", mission="UNMISS", location="Bentiu",
                                        contingent_type=ContingentType.FORMED_POLICE_UNIT), actor=SYSTEM)
        yield store


def test_defaults(store: Store) -> None:
    values = AppSettings(store).values()
    assert values == {
        "language": "en",
        "idle_lock_minutes": 10,
        "hq_public_key": None,
        "mds_additional": mds.DEFAULT_ADDITIONAL,
        "un_gender_target": UN_GENDER_TARGET[ContingentType.FORMED_POLICE_UNIT],
        "backups_keep": 14,
        "lockout_minutes": 15,
        "mds_header": {},
    }


def test_set_survives_reopening_and_is_audited(store: Store, tmp_path: Path) -> None:
    settings = AppSettings(store)
    settings.set("language", "VI", actor=COMMANDER)
    settings.set("idle_lock_minutes", "5", actor=COMMANDER)
    settings.set("un_gender_target", "18%", actor=COMMANDER)
    store.close()
    with Store(tmp_path / "h.db") as again:
        reread = AppSettings(again)
        assert reread.get("language") == "vi"
        assert reread.get("idle_lock_minutes") == 5
        assert reread.get("un_gender_target") == pytest.approx(0.18)
        # the staff report and the ministry summary read this one typed value
        assert again.app_settings.get("un_gender_target") == pytest.approx(0.18)
        audited = again.db.query("SELECT record_id, username FROM audit_log WHERE table_name = 'settings'")
        assert {(r["record_id"], r["username"]) for r in audited} >= {("language", "cdr"), ("idle_lock_minutes", "cdr")}


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("language", "de", "Language must be one of en, vi, fr"),
        ("idle_lock_minutes", 0, "between 1 and 240"),
        ("idle_lock_minutes", "ten", "whole number"),
        ("idle_lock_minutes", 2.5, "whole number"),
        ("backups_keep", -1, "between 1 and 1000"),
        ("un_gender_target", 1.5, "at most 1"),
        ("un_gender_target", "lots", "must be a number"),
        ("hq_public_key", "not-base64!!", "not valid base64"),
        ("hq_public_key", base64.b64encode(b"short").decode(), "32 bytes, not 5"),
        ("mds_additional", list(mds.DEFAULT_ADDITIONAL[:3]), "exactly 4 additional items"),
        ("lockout_minutes", 0, "between 1 and 1440"),
        ("mds_header", ["organisation"], "set of named fields"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(store: Store, key: str, value: object, words: str) -> None:
    settings = AppSettings(store)
    before = settings.get(key)
    with pytest.raises(DomainError, match=words) as caught:
        settings.set(key, value, actor=COMMANDER)
    assert caught.value.field == key
    assert settings.get(key) == before
    assert not settings.is_set(key)


def test_hq_key_is_stored_in_the_tagged_form(store: Store) -> None:
    raw = bytes(range(32))
    settings = AppSettings(store)
    assert settings.set("hq_public_key", base64.b64encode(raw).decode(), actor=COMMANDER) \
        == f"{HQ_PUBLIC_TAG} {base64.b64encode(raw).decode()}"
    tagged = f"{HQ_PUBLIC_TAG} {base64.b64encode(raw).decode()}\n"
    assert settings.set("hq_public_key", tagged, actor=COMMANDER) == tagged.strip()
    settings.set("hq_public_key", "", actor=COMMANDER)
    assert settings.get("hq_public_key") is None


def test_mds_additional_round_trip_in_the_form_reports_read(store: Store) -> None:
    items = list(mds.DEFAULT_ADDITIONAL)
    items[3] = mds.AdditionalItem(code="measles", label="Measles", icd10_prefixes=("B05",))
    settings = AppSettings(store)
    settings.set("mds_additional", [item.model_dump() for item in items], actor=COMMANDER)
    assert settings.get("mds_additional")[3].label == "Measles"
    stored = store.settings.get("mds_additional")
    assert stored[3] == {"code": "measles", "label": "Measles", "icd10_prefixes": ["B05"]}


def test_update_is_all_or_nothing(store: Store) -> None:
    settings = AppSettings(store)
    with pytest.raises(DomainError):
        settings.update({"language": "fr", "idle_lock_minutes": 0}, actor=COMMANDER)
    assert settings.get("language") == "en"
    settings.update({"language": "fr", "backups_keep": 30}, actor=COMMANDER)
    assert (settings.get("language"), settings.get("backups_keep")) == ("fr", 30)


def test_reset_brings_the_default_back(store: Store) -> None:
    settings = AppSettings(store)
    settings.set("backups_keep", 3, actor=COMMANDER)
    assert settings.reset("backups_keep", actor=COMMANDER) == 14
    assert settings.get("backups_keep") == 14 and not settings.is_set("backups_keep")


def test_a_medic_may_not_change_settings(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        AppSettings(store).set("idle_lock_minutes", 30, actor=MEDIC)
    assert AppSettings(store).get("idle_lock_minutes") == 10


def test_a_stored_value_that_no_longer_validates_falls_back_to_the_default(store: Store) -> None:
    store.settings.set("idle_lock_minutes", 100000, actor=COMMANDER)  # written around the checks
    assert AppSettings(store).get("idle_lock_minutes") == 10


def test_unknown_setting_names_the_known_ones(store: Store) -> None:
    with pytest.raises(KeyError, match="known: language"):
        AppSettings(store).get("colour")


def test_what_other_code_reads_follows_the_typed_settings(store: Store) -> None:
    from datetime import date

    from l2fh_desk.reports.figures_mds import mds_figures
    from l2fh_desk.security.sessions import lockout_minutes

    settings = store.app_settings
    settings.set("lockout_minutes", "30", actor=COMMANDER)
    settings.set("mds_header", {"contact_person": "Major Lê Thu Hà", "unknown_field": "x"}, actor=COMMANDER)
    assert lockout_minutes(store) == 30
    header = mds_figures(store, date(2026, 1, 1), date(2026, 1, 31)).header
    assert header["contact_person"] == "Major Lê Thu Hà" and "unknown_field" not in header


def test_raw_settings_reads_are_only_the_installations_markers() -> None:
    """Every setting a person changes is read through store.app_settings (declared once, with its default);
    store.settings is read directly only for the markers the app writes itself."""
    import re

    import l2fh_desk

    markers = {"HOSPITAL_ID", "HQ_SETTING", "DEPARTMENT_SETTING", "CONTENT_SETTING", "HQ_DATABASE_SETTING", "DEMO_MARKER"}
    root = Path(l2fh_desk.__file__).parent
    found: list[str] = []
    for path in root.rglob("*.py"):
        if path.relative_to(root).as_posix() in ("store/app_settings.py", "store/settings.py"):
            continue
        for key in re.findall(r"(?:store|hq)\.settings\.get\(\s*([^,)]*)", path.read_text(encoding="utf-8")):
            if key.strip() not in markers:
                found.append(f"{path.relative_to(root)}: settings.get({key})")
    assert found == []
