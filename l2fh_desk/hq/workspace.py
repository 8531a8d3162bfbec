"""Which kind of database is open (a hospital's own, HQ's, or a new one), and the HQ first run: department
name, HQ key pair and the first HQ administrator."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor, Role
from l2fh_desk.exchange.keys import KeyProblem, fingerprint, hq_key_paths, init_hq_keys, parse_hq_public
from l2fh_desk.exchange.trust import HQ_SETTING, make_hq
from l2fh_desk.security.accounts import create_account
from l2fh_desk.security.passwords import password_problem
from l2fh_desk.store.files import atomic_file, is_database_file
from l2fh_desk.store.store import Store

DEPARTMENT_SETTING = "hq_department"


class Workspace(StrEnum):
    HOSPITAL = "hospital"  # a hospital's own database: data entry, its reports, its exports
    HQ = "hq"  # HQ's database: imports, overview, review, reports across hospitals
    NEW = "new"  # nothing set up yet: the first run asks which


def workspace(store: Store) -> Workspace:
    if store.origin:
        return Workspace.HOSPITAL
    if store.settings.get(HQ_SETTING, False) or hq_key_paths(store.path)[0].exists():
        return Workspace.HQ
    if store.db.scalar("SELECT count(*) FROM imports"):
        return Workspace.HQ
    return Workspace.NEW


def is_hq(store: Store) -> bool:
    return workspace(store) is Workspace.HQ


def department(store: Store) -> str:
    return str(store.settings.get(DEPARTMENT_SETTING, "") or "")


def needs_first_run(store: Store) -> bool:
    """A new database, or an HQ database with no active HQ administrator (e.g. made by `keys --hq-init`)."""
    kind = workspace(store)
    if kind is Workspace.NEW:
        return True
    if kind is Workspace.HQ:
        return not any(u.role == Role.HQ_ADMIN for u in store.users.active())
    return False


@dataclass(frozen=True)
class HqKey:
    public_path: Path
    public_text: str
    fingerprint: str
    made_now: bool


def hq_key(store: Store) -> HqKey | None:
    """HQ's public key (the one hospitals encrypt to), or None before it is made."""
    _private, public = hq_key_paths(store.path)
    try:
        text = public.read_text(encoding="ascii")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyProblem(f"cannot read {public} ({exc.strerror})") from exc
    return HqKey(public, text.strip(), fingerprint(parse_hq_public(text)), False)


def ensure_hq_key(store: Store) -> HqKey:
    """HQ's X25519 key pair beside the database, made once and never replaced."""
    existing = hq_key(store)
    if existing is not None:
        return existing
    public_raw, _private, public_path = init_hq_keys(store.path)
    return HqKey(public_path, public_path.read_text(encoding="ascii").strip(), fingerprint(public_raw), True)


def export_public_key(store: Store, out: Path) -> Path:
    """Write HQ's public key (one line) at `out` for the hospitals (`keys --set-hq-key FILE`); never over the HQ
    database or one of its files (`KeyProblem`, nothing written)."""
    key = hq_key(store)
    if key is None:
        raise KeyProblem("this HQ has no key pair yet")
    out = Path(out)
    if out.is_dir():
        out = out / key.public_path.name
    if out.resolve() != key.public_path.resolve() and is_database_file(out, store.path):  # never over the database
        raise KeyProblem(f"{out} is the database or one of its files; choose another file name")
    with atomic_file(out, text=True, encoding="ascii") as handle:
        handle.write(key.public_text + "\n")
    return out


def hq_set_up_input(department_name: str, password: str) -> str:
    """The department's name as stored, once it and the first administrator's password are acceptable
    (`DomainError` naming the field otherwise): checked before any file is made (`hq init`) and by `set_up_hq`."""
    name = " ".join(department_name.split())
    if not name:
        raise DomainError("Give the department's name", field="department")
    if len(name) > 200:
        raise DomainError("The department's name is longer than 200 characters", field="department")
    problem = password_problem(password)
    if problem:
        raise DomainError(problem, field="password")
    return name


def set_up_hq(store: Store, *, department_name: str, username: str, display_name: str, password: str,
              actor: Actor, research: bool = False) -> HqKey:
    """The HQ first run: the database marked as HQ's, its department named, the first HQ administrator, all in
    one transaction; then HQ's key pair (kept if it already exists). A hospital database is refused."""
    actor.require(Action.MANAGE_SETTINGS)
    name = hq_set_up_input(department_name, password)
    with store.db.atomic():
        make_hq(store, actor=actor, research=research)
        store.settings.set(DEPARTMENT_SETTING, name, actor=actor)
        create_account(store, username=username, display_name=display_name, role=Role.HQ_ADMIN, password=password,
                       actor=actor)
    return ensure_hq_key(store)
