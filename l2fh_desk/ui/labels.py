"""Translated labels of the core's vocabularies (the core keeps English labels; Qt translates them here)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from l2fh_desk.domain import mds, vocab
from l2fh_desk.domain.roles import Role

ROLE_LABELS = {
    Role.MEDIC: "Medic",
    Role.COMMANDER: "Commander",
    Role.HQ_ANALYST: "HQ analyst",
    Role.HQ_ADMIN: "HQ administrator",
    Role.SYSTEM: "System",
}


def vocab_label(value: StrEnum) -> str:
    """The translated label of a vocabulary value (context "vocab"; see ui/vocab_strings.py)."""
    return QCoreApplication.translate("vocab", vocab.label(value))


def role_label(role: str) -> str:
    return QCoreApplication.translate("vocab", ROLE_LABELS.get(Role(role), str(role)))


def mds_label(item: mds.MdsItem, additional: tuple[mds.AdditionalItem, ...] = mds.DEFAULT_ADDITIONAL) -> str:
    """An MDS item's label; a hospital's own additional items keep the name the hospital gave them."""
    if item in mds.ADDITIONAL_SLOTS:
        # the default additional items (malaria, ...) are in the catalogue; a hospital's own names come back as given
        return QCoreApplication.translate("mds", mds.label_for(item, additional))
    return QCoreApplication.translate("mds", mds.MDS_LABEL[item])


def mds_event_label(event: str, additional: tuple[mds.AdditionalItem, ...] = mds.DEFAULT_ADDITIONAL) -> str:
    """Label of a stored `mds_event` (an MdsItem value, or an additional item's code)."""
    for item in additional:
        if item.code == event:
            return QCoreApplication.translate("mds", item.label)
    try:
        return mds_label(mds.MdsItem(event), additional)
    except ValueError:
        return event
