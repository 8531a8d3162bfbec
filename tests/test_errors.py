"""One vocabulary of errors: every refusal of the core is a KnownError, described the same way everywhere."""

from __future__ import annotations

import errno

import pytest

from l2fh_desk.domain.errors import DomainError, KnownError, PermissionDenied
from l2fh_desk.domain.progress import Cancelled
from l2fh_desk.errors import describe
from l2fh_desk.exchange.bundle_write import ExportCancelled, ExportError
from l2fh_desk.exchange.crypto import DecryptionFailed
from l2fh_desk.exchange.keys import KeyProblem
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.reports.document import ReportCancelled
from l2fh_desk.reports.i18n import UnknownLanguage
from l2fh_desk.security.sessions import SignInFailed, SignInProblem
from l2fh_desk.store.base import NotFound
from l2fh_desk.store.errors import StorageError, StorageProblem


@pytest.mark.parametrize("exc", [
    ExportError("out.txt is a folder; give a file name ending in .l2fh"), KeyProblem("not valid base64"),
    BundleRefused("unknown signer"), DecryptionFailed("not for this key"), NotFound("No patient with id x"),
    UnknownLanguage("de"), SignInFailed(SignInProblem.WRONG), PermissionDenied("medic may not export"),
    DomainError("Bed B1 is occupied", field="bed"), StorageError(StorageProblem.DISK_FULL),
])
def test_every_core_refusal_is_known_and_said_in_its_own_words(exc: KnownError) -> None:
    described = describe(exc)
    assert isinstance(exc, KnownError)
    assert not described.is_bug
    assert described.line == (str(exc) if not isinstance(exc, DomainError) else exc.message)
    assert type(exc).__name__ not in described.text


def test_the_old_bases_still_match() -> None:
    assert isinstance(DomainError("x"), ValueError) and isinstance(NotFound("x"), LookupError)
    assert isinstance(PermissionDenied("x"), PermissionError) and isinstance(UnknownLanguage("x"), ValueError)
    assert isinstance(ExportCancelled("x"), ExportError) and isinstance(ExportCancelled("x"), Cancelled)
    assert isinstance(ReportCancelled("x"), Cancelled)


def test_a_storage_error_keeps_its_remedy_apart_and_a_bug_is_named_by_its_type() -> None:
    full = describe(StorageError(StorageProblem.DISK_FULL))
    assert (full.text, full.remedy) == ("The disk is full; nothing was saved.",
                                        "Free some space (delete old exports or backups) and save again; your form is kept.")
    assert describe(DomainError("Bed B1 is occupied", field="bed")).field == "bed"
    gone = describe(FileNotFoundError(errno.ENOENT, "No such file or directory", "x.db"))
    assert (gone.text, gone.is_bug) == ("No such file or directory (x.db)", False)
    bug = describe(ZeroDivisionError("division by zero"))
    assert bug.is_bug and bug.text == "ZeroDivisionError: division by zero"
