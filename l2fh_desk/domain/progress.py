"""The one progress callback and the one cancellation the core's long operations share."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` steps, with what is being done now."""
        ...


class Cancelled(Exception):  # noqa: N818 (the word the window and the core both use)
    """The user cancelled: nothing was written (reports and exports raise subclasses of this)."""
