"""The demo HQ: three demo hospitals (No. 4, 5 and 6, three rotations each) exported with encryption for this
HQ and imported with their fingerprints confirmed, plus an HQ administrator and an HQ analyst to sign in as."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import REFUSED, ImportResult, import_bundles
from l2fh_desk.exchange.keys import parse_hq_public
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.hq.workspace import set_up_hq
from l2fh_desk.security.accounts import create_account
from l2fh_desk.store.store import Store

# (username, password, role, display name): shown on the sign-in dialog of the demo HQ.
HQ_DEMO_ACCOUNTS = (
    ("hqadmin", "hqadmin-demo", Role.HQ_ADMIN, "HQ administrator, Department of Peacekeeping Operations"),
    ("analyst", "analyst-demo", Role.HQ_ANALYST, "HQ analyst, Department of Peacekeeping Operations"),
)
DEMO_DEPARTMENT = "Department of Peacekeeping Operations, Ministry of National Defence (demo)"


def hospital_bundles(folder: Path, *, hq_public: bytes | None, hospitals: int = 3, encounters: int = 1500,
                     outreach: int = 60, progress: Callable[[str], None] = lambda _m: None) -> list[Path]:
    """One signed bundle per demo hospital (seeds 1..n give hospitals No. 4, 5, ...), written in `folder`."""
    bundles = []
    for seed in range(1, hospitals + 1):
        db = folder / f"hospital-{seed}.db"
        with Store(db) as store:
            generate(store, encounters=encounters, outreach=outreach, seed=seed)
            progress(f"demo hospital {seed} of {hospitals}: exporting")
            bundles.append(export_bundle(store, out=folder / f"hospital-{seed}.l2fh", actor=SYSTEM,
                                         hq_public_key=hq_public).path)
    return bundles


def build_demo_hq(path: Path, *, hospitals: int = 3, encounters: int = 1500, outreach: int = 60,
                  progress: Callable[[str], None] = lambda _m: None) -> list[ImportResult]:
    """Make the demo HQ at `path` (a new file) and import every demo hospital into it."""
    admin_user, admin_password, _role, admin_name = HQ_DEMO_ACCOUNTS[0]
    with Store(path) as hq:
        key = set_up_hq(hq, department_name=DEMO_DEPARTMENT, username=admin_user, display_name=admin_name,
                        password=admin_password, actor=SYSTEM)
        for username, password, role, display in HQ_DEMO_ACCOUNTS[1:]:
            create_account(hq, username=username, display_name=display, role=role, password=password, actor=SYSTEM)
        work = Path(tempfile.mkdtemp(prefix=".l2fh-demo-hq-", dir=path.parent))
        try:
            bundles = hospital_bundles(work, hq_public=parse_hq_public(key.public_text), hospitals=hospitals,
                                       encounters=encounters, outreach=outreach, progress=progress)
            progress("importing the demo hospitals")
            confirmed = {fingerprint_of(bundle) for bundle in bundles}  # the demo's phone call
            results = import_bundles(hq, bundles, trust=confirmed, actor=SYSTEM)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    refused = [r for r in results if r.status == REFUSED]
    if refused:
        raise RuntimeError(f"the demo HQ refused {refused[0].path.name}: {refused[0].reason}")
    return results
