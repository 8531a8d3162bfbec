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
