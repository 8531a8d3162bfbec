"""Roles, the actions they may perform, and the signed-in actor every core write is checked against."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from l2fh_desk.domain.errors import PermissionDenied


class Role(StrEnum):
    MEDIC = "medic"
    COMMANDER = "commander"
    HQ_ANALYST = "hq_analyst"
    HQ_ADMIN = "hq_admin"
    SYSTEM = "system"  # demo builder, migrations, command-line maintenance


class Action(StrEnum):
    READ_CLINICAL = "read_clinical"
    WRITE_PATIENT = "write_patient"
    WRITE_ENCOUNTER = "write_encounter"
    WRITE_WARD = "write_ward"
    WRITE_OUTREACH = "write_outreach"
    VOID_RECORD = "void_record"
    MANAGE_ROTATIONS = "manage_rotations"
    MANAGE_STAFF = "manage_staff"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    GENERATE_REPORTS = "generate_reports"
    EXPORT_DATA = "export_data"
    IMPORT_BUNDLES = "import_bundles"
    MANAGE_TRUST = "manage_trust"  # HQ: trusted hospitals and their keys, revocation
    READ_AUDIT = "read_audit"
    BACKUP_RESTORE = "backup_restore"


_MEDIC = frozenset(
    {
        Action.READ_CLINICAL,
        Action.WRITE_PATIENT,
        Action.WRITE_ENCOUNTER,
        Action.WRITE_WARD,
        Action.WRITE_OUTREACH,
        Action.VOID_RECORD,
    }
)
_COMMANDER = _MEDIC | {
    Action.MANAGE_ROTATIONS,
    Action.MANAGE_STAFF,
    Action.MANAGE_ACCOUNTS,
    Action.MANAGE_SETTINGS,
    Action.GENERATE_REPORTS,
    Action.EXPORT_DATA,
    Action.READ_AUDIT,
    Action.BACKUP_RESTORE,
}
# Both HQ roles read clinical content and never write it (HQ holds copies of what hospitals recorded).
# The analyst also exports line lists (CSV, FHIR) of what HQ holds; HQ has no hospital of its own to bundle.
_HQ = frozenset({Action.READ_CLINICAL, Action.GENERATE_REPORTS, Action.IMPORT_BUNDLES, Action.READ_AUDIT,
                 Action.EXPORT_DATA})
_HQ_ADMIN = frozenset({Action.READ_CLINICAL, Action.MANAGE_ACCOUNTS, Action.MANAGE_TRUST, Action.MANAGE_SETTINGS,
                       Action.READ_AUDIT, Action.BACKUP_RESTORE})

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.MEDIC: _MEDIC,
    Role.COMMANDER: frozenset(_COMMANDER),
    Role.HQ_ANALYST: _HQ,
    Role.HQ_ADMIN: _HQ_ADMIN,
    Role.SYSTEM: frozenset(Action),
}


# How a refusal names the role and the action ("An HQ analyst may not manage accounts.").
_WHO = {Role.MEDIC: "A medic", Role.COMMANDER: "A commander", Role.HQ_ANALYST: "An HQ analyst",
        Role.HQ_ADMIN: "An HQ administrator", Role.SYSTEM: "The system"}
_DOING = {Action.READ_CLINICAL: "read clinical records", Action.WRITE_PATIENT: "write patient records",
          Action.WRITE_ENCOUNTER: "write encounters", Action.WRITE_WARD: "change the ward",
          Action.WRITE_OUTREACH: "write outreach activities", Action.VOID_RECORD: "void records",
          Action.MANAGE_TRUST: "manage trusted hospital keys", Action.READ_AUDIT: "read the audit trail",
          Action.BACKUP_RESTORE: "make or restore backups"}


class Actor(BaseModel):
    """Who is acting: written into every audit row."""

    model_config = ConfigDict(frozen=True)
    username: str
    role: Role
    user_id: str | None = None

    def can(self, action: Action) -> bool:
        return action in PERMISSIONS[self.role]

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise PermissionDenied(f"{_WHO[self.role]} may not {_DOING.get(action, action.value.replace('_', ' '))}.")


SYSTEM = Actor(username="system", role=Role.SYSTEM)
