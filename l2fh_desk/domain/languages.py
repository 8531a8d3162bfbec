"""The languages of the app and its reports, each named in itself (the one list every part uses)."""

from __future__ import annotations

LANGUAGES: dict[str, str] = {"en": "English", "vi": "Tiếng Việt", "fr": "Français"}
CODES: tuple[str, ...] = tuple(LANGUAGES)
