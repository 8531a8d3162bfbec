"""Translated labels of the domain vocabularies (the English label is the source text, context "vocab")."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from l2fh_desk.domain.vocab import label


def tr_label(value: StrEnum | str | None) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, StrEnum):
        return str(value)
    return QCoreApplication.translate("vocab", label(value))

