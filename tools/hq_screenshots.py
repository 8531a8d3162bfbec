"""Screenshots of the HQ workspace, step by step as a new user goes (docs/screenshots/hq-*.png):

    python -m tools.hq_screenshots [--out docs/screenshots]

HQ first run (kind, department, first administrator, key pair), HQ sign-in, the administrator's accounts page,
the fingerprint confirmation and the result of importing three hospitals, the overview, the import log, a
duplicate linked in the review, and the ministry summary written in Vietnamese (page and first PDF page).
Runs offscreen in a temporary folder; needs pdftoppm for the PDF page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "hq-demo-password"


def settle(app, seconds: float = 0.2) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def wait(app, predicate, timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 (one linear walk through the steps)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from l2fh_desk.domain.roles import Role
    from l2fh_desk.exchange.keys import parse_hq_public
    from l2fh_desk.hq.demo import hospital_bundles
    from l2fh_desk.hq.review import duplicates
    from l2fh_desk.hq.workspace import hq_key
    from l2fh_desk.security.accounts import create_account
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.first_run import FirstRunWizard
    from l2fh_desk.ui.i18n import switch_language, translations
    from l2fh_desk.ui.main_window import MainWindow
    from l2fh_desk.ui.pages.hq import ConfirmSigner
    from l2fh_desk.ui.sign_in import SignInDialog

    app = make_app()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="l2fh-hq-shots-"))
    saved: list[Path] = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app)
        path = args.out / f"hq-{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    try:
        store = Store(work / "hq.db")
        # 1. first run
        wizard = FirstRunWizard(store)
        wizard.resize(760, 520)
        wizard.show()
        wizard.kind_page.hq.setChecked(True)
        shot(wizard, "1-first-run-kind-en")
        wizard.next()
        wizard.department_page.name.setText("Department of Peacekeeping Operations, Ministry of National Defence")
        shot(wizard, "2-first-run-department-en")
        wizard.next()
        page = wizard.hq_account_page
        page.username.setText("hqadmin")
        page.display_name.setText("Đại tá Trần Quốc Bảo")
        page.password.setText(PASSWORD)
        page.confirm.setText(PASSWORD)
        shot(wizard, "3-first-run-administrator-en")
        wizard.next()
        wizard.hq_key_page.export_to(work / "hq.pub")
        shot(wizard, "4-first-run-key-en")
        wizard.accept()
        # 2. sign in as the administrator, create an analyst
        dialog = SignInDialog(store, hospital_name="HQ workspace: " + "Department of Peacekeeping Operations")
        dialog.username.setText("hqadmin")
        dialog.show()
        shot(dialog, "5-sign-in-en")
        dialog.close()
        session = sign_in(store, "hqadmin", PASSWORD)
        ctx = AppContext(store=store, actor=session.actor)
        create_account(store, username="lan", display_name="Nguyễn Thị Lan", role=Role.HQ_ANALYST,
                       password=PASSWORD, actor=session.actor)
        window = MainWindow(ctx, session)
        window.idle_lock.set_minutes(0)
        window.resize(1440, 820)
        window.show()
        window.show_page(window.page("AccountsPage"))
        ctx.signals.changed.emit("users")
        shot(window, "6-administrator-accounts-en")
        window.show_page(window.page("TrustPage"))
        window.close()
        # 3. the analyst imports three hospitals, confirming each fingerprint
        key = hq_key(store)
        assert key is not None
        usb = work / "usb"
        usb.mkdir()
        hospital_bundles(usb, hq_public=parse_hq_public(key.public_text), hospitals=3, encounters=1200, outreach=40)
        session = sign_in(store, "lan", PASSWORD)
        ctx = AppContext(store=store, actor=session.actor)
        window = MainWindow(ctx, session)
        window.idle_lock.set_minutes(0)
        window.resize(1440, 820)
        window.show()
        importer = window.page("HqPage")
        window.show_page(importer)
        asked: list[int] = []

        def confirm(cls, signer, files, parent=None):  # type: ignore[no-untyped-def]
            box = ConfirmSigner(signer, files, parent)
            box.show()
            if not asked:
                shot(box, "7-import-confirm-fingerprint-en")
            asked.append(1)
            box.close()
            return True

        ConfirmSigner.ask = classmethod(confirm)  # type: ignore[method-assign, assignment]
        from l2fh_desk.ui.pages.hq import bundles_in

        importer.import_files(bundles_in(usb))
        wait(app, lambda: bool(importer.results))
        shot(window, "8-import-result-en")
        for name, module in (("9-overview", "HqOverviewPage"), ("10-import-log", "ImportLogPage")):
            window.show_page(window.page(module))
            shot(window, f"{name}-en")
        review = window.page("ReviewPage")
        window.show_page(review)
        pair = duplicates(store)[0]
        review.pairs.select_where(lambda p: p.patient_a == pair.patient_a and p.patient_b == pair.patient_b)
        review.link_selected()
        settle(app)
        shot(window, "11-review-linked-en")
        switch_language(ctx, "vi")
        window.show_page(window.page("HqOverviewPage"))
        shot(window, "9-overview-vi")
        summary = window.page("SummaryPage")
        window.show_page(summary)
        summary.lang.setCurrentIndex(summary.lang.findData("vi"))
        pdf = work / "bao-cao-tong-hop.pdf"
        summary.out.set_value(pdf)
        task = summary.write()
        assert task is not None
        wait(app, lambda: task.done)
        shot(window, "12-ministry-summary-vi")
        switch_language(ctx, "fr")  # the HQ pages in French as well
        for name, module in (("9-overview", "HqOverviewPage"), ("10-import-log", "ImportLogPage"),
                             ("11-review-linked", "ReviewPage")):
            window.show_page(window.page(module))
            shot(window, f"{name}-fr")
        switch_language(ctx, "en")
        window.close()
        store.close()
        if shutil.which("pdftoppm"):
            for number in (1, 3):
                subprocess.run(["pdftoppm", "-r", "70", "-png", "-f", str(number), "-l", str(number), "-singlefile",
                                str(pdf), str(args.out / f"hq-13-ministry-summary-pdf-page{number}-vi")], check=True)
                saved.append(args.out / f"hq-13-ministry-summary-pdf-page{number}-vi.png")
    finally:
        translations().switch("en")
        shutil.rmtree(work, ignore_errors=True)
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
