"""Each table has one owning module in store/, and only its owner writes it: a step that spans tables
(voiding an encounter with its admission, checking a bed, closing an admission at departure, a ward with its
beds, this installation's hospital) is a use case in services/, never a repository reaching a sibling. The
window and the command line run those steps through services (the void dialog too)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import l2fh_desk
from l2fh_desk.store.base import Repository
from l2fh_desk.store.store import Store

PACKAGE = Path(l2fh_desk.__file__).parent
STORE = PACKAGE / "store"

# Who may write each table (INSERT, UPDATE, DELETE, REPLACE). A repository's own table is written through
# store/base.py's generic create/update/void on `{self.table}`, which the map allows to base.py only.
OWNER = {
    "hospitals": "hospitals.py", "rotations": "hospitals.py", "staff": "hospitals.py",
    "patients": "patients.py", "patient_search": "patients.py",
    "encounters": "encounters.py", "diagnoses": "encounters.py",
    "admissions": "ward.py", "evacuations": "ward.py",
    "wards": "beds.py", "beds": "beds.py",
    "outreach_activities": "outreach.py",
    "users": "users.py",
    "settings": "settings.py", "drafts": "settings.py",
    "audit_log": "audit.py",
    "record_seals": "seal.py", "audit_keying": "seal.py", "l2fh_dirty": "seal.py",
    "{self.table}": "base.py",
}
_WRITE = re.compile(r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|DELETE\s+FROM|(?<!DO )UPDATE(?:\s+OR\s+\w+)?)"
                    r"\s+(?!SET\b|OF\b|ON\b)((?:main\.|temp\.)?[\w{}.]+)", re.IGNORECASE)
# Repository writes the window and the command line leave to a use case (services/), by Store attribute.
COMPOSED = {("encounters", "create"): "services.encounters.save_encounter",
            ("encounters", "update"): "services.encounters.save_encounter",
            ("admissions", "create"): "services.ward.admit", ("admissions", "transfer"): "services.ward.move_to_bed",
            ("evacuations", "create"): "services.ward.record_evacuation",
            ("evacuations", "set_stage"): "services.ward.advance_evacuation",
            ("wards", "create"): "services.beds.set_up_ward", ("beds", "create"): "services.beds.set_up_ward",
            ("hospitals", "create"): "services.setup.add_hospital"}


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    """Every string literal, f-strings with their fields as `{expression}`."""
    found = []
    parts = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for part in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in parts:
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else "{" + ast.unparse(part.value) + "}"
                           for part in node.values if isinstance(part, (ast.Constant, ast.FormattedValue)))
            found.append((node.lineno, text))
    return found


def foreign_writes(module: str, source: str) -> list[str]:
    """SQL in `module` (a file name in store/) that writes a table another module owns, or one with no owner."""
    problems = []
    for line, text in _strings(ast.parse(source)):
        for match in _WRITE.finditer(text):
            table = match.group(1).removeprefix("main.").removeprefix("temp.")
            owner = OWNER.get(table)
            if owner != module:
                problems.append(f"{module}:{line} writes {table} (owned by {owner or 'nobody: add it to OWNER'})")
    return problems


def _repository_classes() -> dict[str, str]:
    """Every Repository subclass in store/, by class name: its module's file name."""
    found: dict[str, str] = {}
    for path in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Subscript) and ast.unparse(base.value) == "Repository" for base in node.bases):
                found[node.name] = path.name
    return found


STORE_REPOSITORIES = {"hospitals", "rotations", "staff", "patients", "encounters", "admissions", "evacuations",
                      "wards", "beds", "outreach", "users"}


def sibling_reaches(module: str, source: str, repositories: dict[str, str]) -> list[str]:
    """A repository class in `module` that builds another repository or reaches one through `self.store`."""
    problems = []
    for cls in ast.walk(ast.parse(source)):
        if not (isinstance(cls, ast.ClassDef) and cls.name in repositories):
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in repositories:
                problems.append(f"{module}:{node.lineno} {cls.name} builds a {node.func.id}")
            if (isinstance(node, ast.Attribute) and node.attr in STORE_REPOSITORIES
                    and ast.unparse(node.value) == "self.store"):
                problems.append(f"{module}:{node.lineno} {cls.name} reaches self.store.{node.attr}")
    return problems


def bypassed_services(where: str, source: str) -> list[str]:
    """Calls in the window or the command line that skip the use case a repository write belongs to."""
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, owner = node.func.attr, node.func.value
        if method == "void":
            problems.append(f"{where}:{node.lineno} calls .void() (use services.voids.void_record)")
        elif isinstance(owner, ast.Attribute) and (owner.attr, method) in COMPOSED:
            problems.append(f"{where}:{node.lineno} calls {owner.attr}.{method}() "
                            f"(use {COMPOSED[owner.attr, method]})")
    return problems


def test_every_repository_table_is_owned_by_its_module(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        for attribute in STORE_REPOSITORIES:
            repository = getattr(store, attribute)
            assert isinstance(repository, Repository)
            module = type(repository).__module__.rsplit(".", 1)[-1] + ".py"
            assert OWNER[repository.table] == module, attribute
        assert {a for a, value in vars(store).items() if isinstance(value, Repository)} == STORE_REPOSITORIES


def test_no_store_module_writes_a_table_it_does_not_own() -> None:
    problems = [problem for path in sorted(STORE.glob("*.py"))
                for problem in foreign_writes(path.name, path.read_text(encoding="utf-8"))]
    assert problems == []


def test_no_repository_reaches_a_sibling() -> None:
    repositories = _repository_classes()
    assert {"Encounters", "Admissions", "Evacuations", "Wards", "Beds", "Hospitals"} <= set(repositories)
    problems = [problem for path in sorted(STORE.glob("*.py"))
                for problem in sibling_reaches(path.name, path.read_text(encoding="utf-8"), repositories)]
    assert problems == []


def test_the_window_and_the_command_line_go_through_services() -> None:
    problems = [problem for folder in ("ui", "cli") for path in sorted((PACKAGE / folder).rglob("*.py"))
                for problem in bypassed_services(str(path.relative_to(PACKAGE)), path.read_text(encoding="utf-8"))]
    assert problems == []


@pytest.mark.parametrize(("module", "line", "expected"), [
    ("encounters.py", 'db.write("UPDATE admissions SET voided_at = ? WHERE encounter_id = ?", ())',
     "encounters.py:1 writes admissions (owned by ward.py)"),
    ("hospitals.py", "db.write('INSERT INTO settings (key, value) VALUES (?, ?)', ())",
     "hospitals.py:1 writes settings (owned by settings.py)"),
    ("ward.py", 'db.write(f"DELETE FROM main.{table} WHERE id = ?", ())', "ward.py:1 writes {table} (owned by nobody"),
    ("patients.py", "db.write('INSERT OR IGNORE INTO new_table VALUES (1)')", "patients.py:1 writes new_table"),
])
def test_a_foreign_write_is_caught(module: str, line: str, expected: str) -> None:
    [problem] = foreign_writes(module, line)
    assert problem.startswith(expected)
    assert foreign_writes("settings.py", "db.write('INSERT INTO settings (key) VALUES (?) ON CONFLICT(key)"
                                         " DO UPDATE SET value = excluded.value')") == []


def test_a_sibling_reach_and_a_bypass_are_caught() -> None:
    repositories = _repository_classes()
    source = ("class Admissions(Repository[Admission]):\n"
              "    def __init__(self, store):\n        self.beds = Beds(store)\n"
              "    def name(self, pid):\n        return self.store.patients.get(pid).name\n")
    assert sibling_reaches("ward.py", source, repositories) == [
        "ward.py:3 Admissions builds a Beds", "ward.py:5 Admissions reaches self.store.patients"]
    window = ("self.repo.void(self.record_id, reason=r, actor=a)\n"
              "self.ctx.store.admissions.transfer(i, bed=b, actor=a)\nself.ctx.store.admissions.discharge(i)\n")
    assert bypassed_services("ui/x.py", window) == [
        "ui/x.py:1 calls .void() (use services.voids.void_record)",
        "ui/x.py:2 calls admissions.transfer() (use services.ward.move_to_bed)"]
