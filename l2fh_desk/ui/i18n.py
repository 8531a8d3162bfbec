"""Languages: install Qt translators at start and switch them at runtime (English, Vietnamese, French)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from l2fh_desk.domain.languages import LANGUAGES
from l2fh_desk.paths import data_dir, resource

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
CATALOGUE = "l2fh"  # resources/translations/l2fh_<lang>.qm


def translations_dir() -> Path:
    return resource("translations")


class Preferences:
    """Per-computer preferences that need no role (the language): an INI file beside the data."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "preferences.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = str(self._settings.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)
        self._settings.sync()


class Translations:
    """Owns the installed translators; `switch(lang)` replaces them (widgets get a LanguageChange event)."""

    def __init__(self) -> None:
        self.language = DEFAULT_LANGUAGE
        self._installed: list[QTranslator] = []
        # numbers are grouped as the window's language writes them, never by the machine's LANG
        QLocale.setDefault(QLocale(DEFAULT_LANGUAGE))

    def switch(self, language: str) -> bool:
        """Install `language`; False (and English) if its catalogue is missing."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ok = True
        if language != DEFAULT_LANGUAGE:
            ours = QTranslator()
            if ours.load(f"{CATALOGUE}_{language}", str(translations_dir())):
                app.installTranslator(ours)
                self._installed.append(ours)
            else:
                log.warning("translation catalogue for %s is missing in %s", language, translations_dir())
                ok = False
            # Qt's own strings (standard buttons, calendar) from the Qt installation, when shipped.
            qt = QTranslator()
            if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._installed.append(qt)
        QLocale.setDefault(QLocale(language))
        self.language = language if ok else DEFAULT_LANGUAGE
        return ok


_translations = Translations()


def translations() -> Translations:
    """The application's one set of translators."""
    return _translations


def switch_language(ctx: object, language: str) -> bool:
    """Install a language and tell every page (through ctx.signals.language_changed) to retranslate."""
    ok = _translations.switch(language)
    ctx.signals.language_changed.emit(_translations.language)  # type: ignore[attr-defined]
    return ok
