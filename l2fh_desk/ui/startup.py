"""Before and after the database is opened: start-up check with a restore offer, daily backup, signing key;
and the backup made when the app closes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from l2fh_desk.domain.roles import Action
from l2fh_desk.security.sessions import Session
from l2fh_desk.store.backup import backup_dir, backup_if_due, last_failure, make_backup
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.leftovers import remove_stale_working_copies
from l2fh_desk.store.restore import RestoreResult, StartupStatus, restore, startup_check
from l2fh_desk.store.store import Store
from l2fh_desk.ui.core_messages import translate_message
from l2fh_desk.ui.labels import role_label
from l2fh_desk.ui.messages import Notice

log = logging.getLogger(__name__)


class RecoveryPrompt:
    """Asks whether to restore the newest good backup; tests replace `ask`."""

    @classmethod
    def ask(cls, status: StartupStatus) -> bool:
        backup = status.newest_good_backup
        assert backup is not None
        text = QCoreApplication.translate("Startup", "The database %1 failed its start-up check:\n%2\n\nRestore the newest good backup, made %3? "
                   "The damaged file is kept aside, not deleted.")
        text = (text.replace("%1", status.db_path.name).replace("%2", status.problems[0])
                .replace("%3", backup.made_at.strftime("%Y-%m-%d %H:%M UTC")))
        answer = QMessageBox.question(None, QCoreApplication.translate("Startup", "L2FH Desk — damaged database"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class MissingDatabasePrompt:
    """The database is missing but backups of it are beside it: restore the newest, or quit; tests replace `ask`."""

    @classmethod
    def ask(cls, status: StartupStatus) -> bool:
        backup = status.newest_good_backup
        assert backup is not None
        text = QCoreApplication.translate("Startup", "The database %1 is missing, but backups of it are in %2.\n\n"
                   "Restore the newest good backup, made %3? Choose No to quit without creating a new hospital.")
        text = (text.replace("%1", str(status.db_path)).replace("%2", str(backup.path.parent))
                .replace("%3", backup.made_at.strftime("%Y-%m-%d %H:%M UTC")))
        answer = QMessageBox.question(None, QCoreApplication.translate("Startup", "L2FH Desk — missing database"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class RestoreSignIn:
    """Who restores at start: someone signs in against the backup that is to replace the database (only read:
    the damaged or missing database cannot be signed in to), with the same password check and lock as the
    window's sign-in (security/sessions.py check_read_only); tests replace `ask`."""

    @classmethod
    def ask(cls, backup_path: Path) -> Session | None:
        from l2fh_desk.ui.sign_in import SignInDialog

        with Store(backup_path, create=False, readonly=True) as store:
            dialog = SignInDialog(store, hospital_name=backup_path.name, read_only=True)
            dialog.exec()
            return dialog.session


def _restore_as_signed_in(backup_path: Path, path: Path) -> RestoreResult | None:
    """The restore, run and audited as the person who signed in; None (said, nothing changed) when they quit or
    may not restore."""
    session = RestoreSignIn.ask(backup_path)
    if session is None:
        return None
    actor = session.actor
    if not actor.can(Action.BACKUP_RESTORE):
        Notice.error(None, QCoreApplication.translate("Startup", "L2FH Desk — damaged database"),
                     QCoreApplication.translate("Startup", "Only a commander may restore a backup (%1 is signed in"
                                                " as: %2). Nothing was changed.")
                     .replace("%1", actor.username).replace("%2", role_label(actor.role)))
        return None
    return restore(backup_path, path, actor=actor)


def check_and_recover(path: Path) -> bool:
    """quick_check the database before opening it; if damaged, offer the newest good backup.
    True when the app may open the file (healthy, new, or restored)."""
    status = startup_check(path)
    if status.ok:
        return True
    log.error("start-up check failed for %s: %s", path, "; ".join(status.problems))
    if not status.exists and status.newest_good_backup is not None:
        if not MissingDatabasePrompt.ask(status):
            return False
        result = _restore_as_signed_in(status.newest_good_backup.path, path)
        if result is None:
            return False
        log.warning("restored the missing %s from %s", path, result.restored_from)
        return True
    if status.newest_good_backup is None:
        Notice.error(None, QCoreApplication.translate("Startup", "L2FH Desk — damaged database"),
                     QCoreApplication.translate("Startup", "The database %1 failed its start-up check:\n%2\n\nNo good backup was found. Copy the file "
                         "for the support team and do not write to it.")
                     .replace("%1", path.name).replace("%2", status.problems[0]))
        return False
    if not RecoveryPrompt.ask(status):
        return False
    result = _restore_as_signed_in(status.newest_good_backup.path, path)
    if result is None:
        return False
    log.warning("restored %s from %s; damaged file kept as %s", path, result.restored_from, result.replaced)
    Notice.info(None, QCoreApplication.translate("Startup", "L2FH Desk"), restored_text(result))
    return True


def restored_text(result: RestoreResult) -> str:
    """What the window says after a restore at start: where the damaged file went, and whether the passwords of
    the backup's time came back with it (its key slots differ from the ones replaced)."""
    text = QCoreApplication.translate("Startup", "The backup was restored. The damaged file was kept as %1.").replace(
        "%1", str(result.replaced))
    if result.old_passwords:
        text += " " + QCoreApplication.translate(
            "Startup", "The passwords in force when this backup was made come back with it: a password set since"
                       " no longer opens the file.")
    return text


def after_open(store: Store) -> None:
    """The daily backup and this installation's signing key (made on first run, shown in About). A failed
    backup (today's, or the one made when the app last closed) is said in a message, never only logged."""
    try:
        made = backup_if_due(store.db)
        if made is not None:
            log.info("daily backup %s", made)
    except StorageError as exc:  # a full disk must not stop the medic from working: said, then go on
        log.warning("daily backup failed: %s", exc)
    failed = last_failure(store.path)
    if failed is not None:
        show_backup_failure(store, *failed)
    ensure_signing_key(store)
    remove_stale_working_copies(store.path)


def show_backup_failure(store: Store, reason: str, message: str) -> None:
    which = (QCoreApplication.translate("Startup", "The backup made when L2FH Desk last closed failed")
             if reason == "close" else QCoreApplication.translate("Startup", "Today's backup failed"))
    text = QCoreApplication.translate("Startup", "%1: %2\n\nYour records are saved in the database, but there is no"
                                      " recent backup of it. Free some space on the disk or check the folder %3;"
                                      " the next backup is made when L2FH Desk closes.")
    Notice.error(None, QCoreApplication.translate("Startup", "L2FH Desk — backup failed"),
                 text.replace("%1", which).replace("%2", translate_message(message)).replace("%3", str(backup_dir(store.path))))


def ensure_signing_key(store: Store) -> None:
    """A hospital database gets its Ed25519 key pair on first run (HQ databases have no hospital of their own)."""
    if not store.origin:
        return
    from l2fh_desk.exchange.keys import installation_key

    try:
        installation_key(store.path)
    except OSError as exc:
        log.warning("could not make the signing key: %s", exc)


def before_close(store: Store) -> None:
    try:
        log.info("backup on close %s", make_backup(store.db, reason="close"))
    except StorageError as exc:
        log.warning("backup on close failed: %s", exc)
