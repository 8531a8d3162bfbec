"""Every row of a bundle validated in a second thread, on its own connection to the snapshot, while the import's
other checks and its merge go on (SQLite copies rows with Python's lock released, so the two overlap).

Nothing of the bundle is committed before the validation has passed: the merge asks `outcome()` just before
COMMIT, which waits for it. A refusal found by the validation wins over anything the other steps raised meanwhile
(`refusal()`), so the one line a refused bundle gets is the same as when the steps ran one after the other.
The merge first assumes every table arrived in canonical form (the rows stored as sent); when the validation
finds a table that did not, `outcome()` raises `Respell` and the merge is rolled back and run again with it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.snapshot import Snapshot

Check = Callable[[Snapshot], set[str]]


class Respell(Exception):  # noqa: N818 (a control-flow signal inside the importer, never shown)
    """Some tables' rows must be stored in the canonical form the domain model produces, not as sent."""

    def __init__(self, tables: set[str]) -> None:
        super().__init__(", ".join(sorted(tables)))
        self.tables = tables


class BackgroundValidation:
    def __init__(self, path: Path, check: Check, *, cancelled: Callable[[], bool] | None = None) -> None:
        self._path, self._check = path, check
        self._stop = threading.Event()
        self._cancelled = lambda: self._stop.is_set() or (cancelled is not None and cancelled())
        self._spelled: set[str] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="l2fh-validate", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            snap = Snapshot(self._path, cancelled=self._cancelled)
            try:
                self._spelled = self._check(snap)
            finally:
                snap.close()
        except BaseException as exc:  # handed to the importer's thread by outcome() / refusal()
            self._error = exc

    def _wait(self) -> None:
        self._thread.join()

    def outcome(self, assumed: set[str]) -> set[str]:
        """Wait for the validation: raise what it raised, `Respell` when it found tables not in canonical form
        that the merge assumed were (`assumed`: the tables the merge already canonicalises)."""
        self._wait()
        if self._error is not None:
            raise self._error
        spelled = self._spelled or set()
        if spelled - assumed:
            raise Respell(spelled)
        return spelled

    def stop(self) -> None:
        """The import is being abandoned (Ctrl-C): the validation stops at its next bounded step."""
        self._stop.set()
        self._wait()

    def refusal(self) -> BundleRefused | None:
        """After another step failed: the validation's own refusal, if it found one (it is waited for)."""
        self._wait()
        return self._error if isinstance(self._error, BundleRefused) else None
