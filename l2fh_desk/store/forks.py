"""What a restore declares in its audit row: the history it returns to and the history it abandons.

A restored laptop continues from the backup's last audit row, so its history forks from the one the replaced
database had (and HQ may already hold). The `restore` audit row names, by seq and random row id (ids survive the
unkeyed re-chaining of an export; hashes do not):

- `returned_to`: the backup's last row, where the history continues;
- `abandons`: the first row of the replaced database that the restored one does not hold (the start of the
  branch given up), plus every row the given-up branch itself declared abandoned after the fork, so a later
  restore supersedes earlier ones whatever HQ has seen; `abandoned_head` is the replaced database's last row;
- `abandons` is null when the replaced database could not be read (missing or damaged): then every branch
  after `returned_to` other than this one is given up.

HQ accepts a fork only where the newer branch declares it (exchange/branches.py). The row is keyed like every
audit row, and a bundle carrying it is signed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from l2fh_desk.store.connect import connect
from l2fh_desk.store.driver import sqlite3

Row = tuple[int, str, str, str | None]  # seq, id, action, after_json


def _rows(conn: sqlite3.Connection) -> list[Row]:
    return [(int(r[0]), str(r[1]), str(r[2]), r[3]) for r in conn.execute(
        "SELECT seq, id, action, CASE WHEN action = 'restore' THEN after_json END FROM audit_log ORDER BY seq")]


def _mark(row: Row | None) -> dict[str, Any] | None:
    return None if row is None else {"seq": row[0], "id": row[1]}


def declared(after_json: str | None) -> list[dict[str, Any]] | None:
    """The rows a restore row's `after` names as abandoned ([] for none; None: 'every other branch')."""
    try:
        after = json.loads(after_json or "{}")
    except ValueError:
        return []
    if not isinstance(after, dict) or "abandons" not in after:
        return []
    named = after["abandons"]
    if named is None:
        return None
    if not isinstance(named, list):
        return []
    return [{"seq": n["seq"], "id": n["id"]} for n in named
            if isinstance(n, dict) and isinstance(n.get("seq"), int) and isinstance(n.get("id"), str)]


def _replaced_rows(replaced: Path | None) -> list[Row] | None:
    if replaced is None or not replaced.exists():
        return None
    try:
        conn = connect(replaced, mode="ro")
    except sqlite3.Error:
        return None
    try:
        return _rows(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def declaration(restored: sqlite3.Connection, replaced: Path | None) -> dict[str, Any]:
    """The fork part of the `restore` row's `after`, read from the restored database and the replaced file."""
    mine = _rows(restored)
    out: dict[str, Any] = {"returned_to": _mark(mine[-1] if mine else None)}
    theirs = _replaced_rows(replaced)
    if theirs is None:
        out["abandons"], out["abandoned_head"] = None, None
        return out
    common = 0
    while common < min(len(mine), len(theirs)) and mine[common][:2] == theirs[common][:2]:
        common += 1
    named: list[dict[str, Any]] = []
    if common < len(theirs):
        named.append({"seq": theirs[common][0], "id": theirs[common][1]})
        for row in theirs[common:]:
            if row[2] == "restore":
                named.extend(n for n in declared(row[3]) or [] if n not in named)
    out["abandons"], out["abandoned_head"] = named, _mark(theirs[-1]) if named else None
    return out
