"""What every command shares: its database option and how the store is opened (the one place for options that
every command takes, such as a sign-in)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a command runs, so that `--help` stays fast
    from l2fh_desk.store.store import Store


def add_db(parser: argparse.ArgumentParser, *, help: str | None = None, required: bool = True,
           option: str = "--db") -> None:
    """The command's database option (`--db`, or `--into` for import)."""
    settings: dict[str, Any] = {"required": required, "type": Path}
    if not required:
        settings["default"] = None
    if help is not None:
        settings["help"] = help
    parser.add_argument(option, **settings)


def open_store(path: Path, *, create: bool = False, readonly: bool = False) -> Store:
    """The store of a command's database; never created unless the command makes one (`demo`, `import`)."""
    from l2fh_desk.store.store import Store

    return Store(path, create=create, readonly=readonly)


def bounded(low: int, high: int) -> Any:
    """An argparse type: a whole number from `low` to `high`, else one clear line (never OverflowError or a
    run that grows memory without bound)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low:,}-{high:,}")
        return value

    return parse
