"""Regenerate the Qt translations: vocabulary strings → lupdate → fill from the JSON catalogues → lrelease.

    python -m tools.translations           # update .ts and .qm; print what is still untranslated
    python -m tools.translations --check   # the same, exit 1 if anything is untranslated

Translations live in resources/translations/<lang>/*.json as {context: {English source: translation}}
(one file per part of the app, so two people add strings without touching each other's files; a
plural string's translation is a list of forms). The .ts and .qm files are generated: re-run this
script after a merge instead of resolving conflicts in them. Idempotent: a second run changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
VOCAB_MODULE = ROOT / "l2fh_desk" / "ui" / "vocab_strings.py"
LANGUAGES = ("vi", "fr")
CATALOGUE = "l2fh"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the venv running this script (the PySide6 wheel has them)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) in this environment")
    return found


# Qt's own words on standard buttons and in line-edit menus (contexts as Qt looks them up). The PySide6 wheel
# ships qtbase_fr but no qtbase_vi, so our catalogue carries them; French repeats qtbase_fr's words.
QT_OWN = {
    "QPlatformTheme": ("OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "Restore Defaults"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue", "Commit", "Done", "Help"),
}
# Where the core's refusals a form can show come from (context "CoreErrors"; ui/core_messages.py).
CORE_DIRS = ("domain", "services", "store", "security")
CORE_SKIP = {"mds.py", "app_settings.py", "backup.py", "seal.py", "check.py", "connect.py", "migrate.py", "db.py",
             "files.py", "presence.py", "errors.py"}
CORE_RAISES = {"DomainError", "ValueError", "NoRotation"}


def _template(node: ast.expr) -> str | None:
    """A raised message as lupdate's source: a constant, or an f-string with %1, %2 ... for its values."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, n = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                n += 1
                parts.append(f"%{n}")
        return "".join(parts)
    return None


def core_messages() -> list[str]:
    """The messages (and message templates) the core raises for a user to read beside a field."""
    found: list[str] = []
    for folder in CORE_DIRS:
        for path in sorted((ROOT / "l2fh_desk" / folder).rglob("*.py")):
            if path.name in CORE_SKIP:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Call) and node.args):  # raised, or made and returned to raise
                    continue
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                text = _template(node.args[0]) if name in CORE_RAISES else None
                # lower-case messages are for programmers (a wrong call), not for a form
                if text and not text[0].islower() and text not in found:
                    found.append(text)
    # the starts of the rotation-date refusal ("An encounter on" %2 "does not belong to rotation" ...)
    from l2fh_desk.store.rotation_dates import DATED

    found += [dated.what for dated in DATED if dated.what not in found]
    found += [text for text in storage_messages() if text not in found]
    return found


# Where the core's storage and disk words come from: what a StorageError, a backup, an import or a demo that
# stopped says (the window shows them in a message box, or in an import's outcome).
STORAGE_DIRS = ("store", "exchange", "security", "demo")
SAID_ATTRIBUTES = {"message", "remedy"}
SAID_CALLS = {"StorageError": 1, "SlotProblem": 0}  # the argument that is said: a storage error's detail


def _said(node: ast.expr) -> list[str]:
    """The sentences an expression can be: a constant, an f-string, or either branch of `a if c else b`."""
    if isinstance(node, ast.IfExp):
        return _said(node.body) + _said(node.orelse)
    text = _template(node)
    return [text] if text and text.strip("%0123456789") else []


def _numbered(text: str) -> str:
    """"{name} is ... ({reason})" as "%1 is ... (%2)": each named field a number, in the order they come."""
    names: list[str] = []

    def number(match: re.Match[str]) -> str:
        if match.group(1) not in names:
            names.append(match.group(1))
        return f"%{names.index(match.group(1)) + 1}"

    return re.sub(r"\{(\w+)\}", number, text)


def storage_messages() -> list[str]:
    """Every sentence of the core's storage words: store/errors.py's (a detail "(%1)" after those that take one),
    l2fh_desk/errors.py's disk words, what a KnownError sets as its `message`/`remedy`, each StorageError's
    detail, an exception's own words (`super().__init__(f"...")`) and the refusal of another application's file."""
    sys.path.insert(0, str(ROOT))
    from l2fh_desk import errors
    from l2fh_desk.store import errors as storage
    from l2fh_desk.store import ours

    found = [_numbered(text) for text in (*storage.sentences(), *errors.disk_sentences(), ours.REFUSAL)]
    for folder in STORAGE_DIRS:
        for path in sorted((ROOT / "l2fh_desk" / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Attribute) and t.attr in SAID_ATTRIBUTES
                                                        for t in node.targets):
                    found += _said(node.value)
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in SAID_CALLS:
                    at = SAID_CALLS[node.func.id]
                    found += _said(node.args[at]) if len(node.args) > at else []
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "__init__"
                      and isinstance(node.func.value, ast.Call) and node.args):
                    found += _said(node.args[0])
    return list(dict.fromkeys(found))


def write_vocab_module() -> None:
    """Every vocabulary label as a QT_TRANSLATE_NOOP, so lupdate finds strings the code looks up by value."""
    sys.path.insert(0, str(ROOT))
    from l2fh_desk.domain import mds, vocab
    from l2fh_desk.ui.labels import ROLE_LABELS

    lines = ['"""Generated by tools/translations.py: vocabulary labels for lupdate (never edit by hand)."""', "",
             "from __future__ import annotations", "", "from PySide6.QtCore import QT_TRANSLATE_NOOP", "",
             "VOCAB = ("]
    seen: set[tuple[str, str]] = set()

    def add(context: str, text: str) -> None:
        if (context, text) not in seen:
            seen.add((context, text))
            lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {text!r}),")

    for text in [*vocab.LABELS.values(), *ROLE_LABELS.values()]:
        add("vocab", text)
    for text in mds.MDS_LABEL.values():
        add("mds", text)
    for item in mds.DEFAULT_ADDITIONAL:
        add("mds", item.label)
    for context, texts in QT_OWN.items():
        for text in texts:
            add(context, text)
    lines.append(")")
    lines += ["", "# The core's messages shown beside a field; %1, %2 ... stand for the values in them.",
              "CORE_MESSAGES = ("]
    lines += [f"    QT_TRANSLATE_NOOP('CoreErrors', {text!r})," for text in core_messages()]
    lines.append(")")
    VOCAB_MODULE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "l2fh_desk" / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path) -> None:
    listing = ts.with_suffix(".lst")
    listing.write_text("\n".join(str(p) for p in sources()) + "\n", encoding="utf-8")
    try:
        subprocess.run([_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        f"@{listing}", "-ts", str(ts)], check=True)
    finally:
        listing.unlink()


def catalogue(language: str) -> dict[str, dict[str, object]]:
    merged: dict[str, dict[str, object]] = {}
    for path in sorted((TRANSLATIONS / language).glob("*.json")):
        for context, entries in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(entries)
    return merged


def fill(ts: Path, language: str) -> list[str]:
    """Put the catalogue's translations into the .ts; return 'context: source' of what is missing."""
    tree = ET.parse(ts)
    known = catalogue(language)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            value = known.get(name, {}).get(source)
            if value is None:
                missing.append(f"{name}: {source}")
                translation.set("type", "unfinished")
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in value if isinstance(value, list) else [value]:
                    ET.SubElement(translation, "numerusform").text = str(form)
            else:
                translation.text = str(value)
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if any string is untranslated")
    args = parser.parse_args(argv)
    write_vocab_module()
    all_missing = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"{CATALOGUE}_{language}.ts"
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
        lupdate(ts)
        missing = fill(ts, language)
        lrelease(ts)
        all_missing += len(missing)
        print(f"{language}: {len(missing)} untranslated", file=sys.stderr)
        for line in missing:
            print(f"  {line}", file=sys.stderr)
    return 1 if args.check and all_missing else 0


if __name__ == "__main__":
    sys.exit(main())
