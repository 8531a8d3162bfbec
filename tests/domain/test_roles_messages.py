"""A refusal for a role names the role and the action in plain words (it is printed by the command line and shown
in the window)."""

from __future__ import annotations

import pytest

from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.roles import Action, Actor, Role


@pytest.mark.parametrize(("role", "action", "text"), [
    (Role.MEDIC, Action.BACKUP_RESTORE, "A medic may not make or restore backups."),
    (Role.MEDIC, Action.MANAGE_ACCOUNTS, "A medic may not manage accounts."),
    (Role.HQ_ANALYST, Action.MANAGE_ACCOUNTS, "An HQ analyst may not manage accounts."),
    (Role.HQ_ADMIN, Action.IMPORT_BUNDLES, "An HQ administrator may not import bundles."),
    (Role.HQ_ANALYST, Action.WRITE_PATIENT, "An HQ analyst may not write patient records."),
])
def test_a_refusal_reads_as_a_sentence(role: Role, action: Action, text: str) -> None:
    with pytest.raises(PermissionDenied) as refused:
        Actor(username="x", role=role).require(action)
    assert str(refused.value) == text
