"""Refused bundles in plain words for the HQ window: what happened and what the hospital should do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from l2fh_desk.hq.advice import Refusal, classify


def advice(reason: str) -> tuple[str, str]:
    """(what happened, what to do) for an importer's refusal reason."""
    kind = classify(reason)
    texts = {
        Refusal.UNCONFIRMED: (QCoreApplication.translate("HqAdvice", "The hospital's key was not confirmed."),
                              QCoreApplication.translate("HqAdvice", "Phone the hospital: they read the fingerprint from Help > About in their app. "
                                 "Import again and confirm it only if every group matches.")),
        Refusal.REVOKED: (QCoreApplication.translate("HqAdvice", "The bundle is signed with a key HQ has revoked."),
                          QCoreApplication.translate("HqAdvice", "The hospital must export again with its new key; the HQ administrator trusts the "
                             "new key once its fingerprint is confirmed by phone.")),
        Refusal.OTHER_KEY: (QCoreApplication.translate("HqAdvice", "HQ knows this hospital with another key."),
                            QCoreApplication.translate("HqAdvice", "If the hospital changed its key, it sends its key rotation statement "
                               "(`l2fh-desk keys --rotate`) and the HQ administrator accepts it on the Trusted "
                               "keys page; otherwise treat the bundle as suspect.")),
        Refusal.FOREIGN_KEY: (QCoreApplication.translate("HqAdvice", "The bundle is signed with the key of another hospital."),
                              QCoreApplication.translate("HqAdvice", "Do not import it. Ask both hospitals how this file was made.")),
        Refusal.ALTERED: (QCoreApplication.translate("HqAdvice", "The file was changed after the hospital signed it, or was damaged on the way."),
                          QCoreApplication.translate("HqAdvice", "Ask the hospital to export again and send the new file (a fresh USB copy).")),
        Refusal.DIFFERENT_CONTENT: (QCoreApplication.translate("HqAdvice", "HQ already holds a different file with the same bundle number."),
                                    QCoreApplication.translate("HqAdvice", "Ask the hospital for a new export; do not edit bundles by hand.")),
        Refusal.NEWER: (QCoreApplication.translate("HqAdvice", "The bundle was made by a newer version of L2FH Desk."),
                        QCoreApplication.translate("HqAdvice", "Install the newer L2FH Desk at HQ, then import again.")),
        Refusal.NO_HQ_KEY: (QCoreApplication.translate("HqAdvice", "The bundle is encrypted for an HQ key this HQ does not have."),
                            QCoreApplication.translate("HqAdvice", "Check that the hospital stored this HQ's public key (its fingerprint is on the "
                               "Trusted keys page), then ask it to export again.")),
        Refusal.NOT_HQ: (QCoreApplication.translate("HqAdvice", "This database is a hospital's, not HQ's."),
                         QCoreApplication.translate("HqAdvice", "Open the HQ database to import bundles.")),
        Refusal.INVALID: (QCoreApplication.translate("HqAdvice", "The bundle holds records that break the rules HQ checks."),
                          QCoreApplication.translate("HqAdvice", "Ask the hospital to run `l2fh-desk check`, correct what it reports and export "
                             "again.")),
        Refusal.DAMAGED: (QCoreApplication.translate("HqAdvice", "The file is not a complete L2FH bundle."),
                          QCoreApplication.translate("HqAdvice", "Ask the hospital to export again and send the new file.")),
    }
    return texts[kind]
