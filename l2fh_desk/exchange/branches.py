"""A hospital's history at HQ as a tree: where it may fork (a declared restore) and which branch is live.

HQ holds every audit row it received from a hospital, whatever branch it came on. Rows link by hash
(`prev_hash` -> `hash`), so they form a tree rooted at the genesis hash. A bundle's history is one path from
the root:

- it ends inside the tree: a shortened history, refused (unless it ends exactly at a branch's end: nothing new);
- it leaves the tree at a row with no held children: it extends that branch;
- it leaves the tree at a row that already has children (a fork): accepted only when a restore declares the
  fork (store/forks.py), either in the bundle (it abandons every held branch there) or in what HQ holds (the
  bundle is a late arrival from a branch HQ knows was abandoned). Anything else, a rewritten row or two laptops
  restored by hand, is refused with one line naming the first row that differs; HQ is unchanged.

The live history is then a function of the rows alone, never of arrival order: from the root, at each fork,
the one child no restore abandons (between restores that abandon each other, the one holding the latest
restore). Records received on an abandoned branch are kept aside (exchange/abandoned.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store import forks
from l2fh_desk.store.audit import GENESIS

# seq, id, prev_hash, hash, at, action, after_json (restore rows only): the columns both sides read.
SNAPSHOT_SQL = ("SELECT seq, id, prev_hash, hash, at, CASE WHEN action = 'restore' THEN after_json END"
                " FROM audit_log ORDER BY seq")
HELD_SQL = ("SELECT source_seq, id, prev_hash, hash, at, CASE WHEN action = 'restore' THEN after_json END, abandoned"
            " FROM imported_audit WHERE hospital_id = ? ORDER BY source_seq")


@dataclass(frozen=True)
class Node:
    seq: int
    id: str
    prev: str
    hash: str
    at: str
    abandons: frozenset[tuple[int, str]] = frozenset()  # rows a restore here names as the start of a given-up branch
    abandons_all: bool = False  # a restore that could not read the replaced history: every other branch at its fork

    @property
    def mark(self) -> tuple[int, str]:
        return (self.seq, self.id)


def node(row: Sequence[Any]) -> Node:
    seq, row_id, prev, digest, at, restore = row[:6]
    base = Node(int(seq), str(row_id), str(prev), str(digest), str(at))
    if restore is None:
        return base
    try:
        named = forks.declared(restore)
    except RecursionError:  # nested too deep to read: like any after_json that is not JSON, it declares nothing
        named = []
    if named is None:
        return Node(base.seq, base.id, base.prev, base.hash, base.at, abandons_all=True)
    return Node(base.seq, base.id, base.prev, base.hash, base.at, frozenset((n["seq"], n["id"]) for n in named))


@dataclass
class Placement:
    """Where a bundle's history sits in the tree HQ holds for its hospital, decided before anything is written."""

    live: bool = True  # the bundle's last row is on the live history once it is added
    switched: bool = False  # rows that were live before are abandoned now: the bundle's branch took over
    forked: bool = False  # the tree has a fork (some branch is abandoned)
    abandoned: set[str] = field(default_factory=set)  # ids of the hospital's audit rows on abandoned branches


class Tree:
    def __init__(self, nodes: Iterable[Node]) -> None:
        self.by_hash: dict[str, Node] = {}
        self.children: dict[str, list[Node]] = defaultdict(list)
        for n in nodes:
            self.add(n)

    def add(self, n: Node) -> None:
        if n.hash not in self.by_hash:
            self.by_hash[n.hash] = n
            self.children[n.prev].append(n)

    def restores(self) -> list[Node]:
        return [n for n in self.by_hash.values() if n.abandons or n.abandons_all]

    def path(self, n: Node) -> set[str]:
        """The hashes from this row back to the root."""
        out = set()
        current: Node | None = n
        while current is not None and current.hash not in out:
            out.add(current.hash)
            current = self.by_hash.get(current.prev)
        return out

    def abandoned_at(self, parent: str, child: Node) -> bool:
        """Does any restore this tree holds give up the branch that starts with `child` (a child of `parent`)?"""
        for r in self.restores():
            if child.mark in r.abandons:
                return True
            if r.abandons_all and r.prev == parent and r.hash != child.hash:
                return True
        return False

    def live_path(self) -> set[str]:
        live: set[str] = set()
        current = GENESIS
        while kids := self.children.get(current):
            if len(kids) == 1:
                pick = kids[0]
            else:
                kept = [k for k in kids if not self.abandoned_at(current, k)]
                pick = kept[0] if len(kept) == 1 else max(kept or kids, key=self._latest_restore)
            live.add(pick.hash)
            current = pick.hash
        return live

    def _latest_restore(self, child: Node) -> tuple[str, str]:
        """Between branches that abandon each other: the one holding the latest restore, then the higher hash."""
        inside = [r.at for r in self.restores() if child.hash in self.path(r)]
        return (max(inside, default=""), child.hash)


def differs(seq: int) -> BundleRefused:
    return BundleRefused(f"the bundle's audit history differs from the one HQ holds for this hospital from row {seq}"
                         " on (rewritten or forked)")


def shorter(last: int, top: int) -> BundleRefused:
    return BundleRefused(f"the bundle's audit history is shorter than the one HQ holds for this hospital"
                         f" (it ends at row {last}, HQ holds rows up to {top})")


def place(held: Sequence[Sequence[Any]], incoming: Sequence[Sequence[Any]]) -> Placement:
    """Raises BundleRefused (shortened, or an undeclared fork) or says where the bundle's history goes.

    `held`: HQ's rows for the hospital (HELD_SQL); `incoming`: the snapshot's (SNAPSHOT_SQL)."""
    if not held:
        return Placement()
    tree = Tree(node(r) for r in held)
    was_abandoned = {str(r[1]) for r in held if r[6]}
    mine = [node(r) for r in incoming]
    k = 0
    while k < len(mine) and mine[k].hash in tree.by_hash and tree.by_hash[mine[k].hash].seq == mine[k].seq:
        k += 1
    if k == len(mine):
        end = mine[-1].hash if mine else GENESIS
        if tree.children.get(end):
            raise shorter(mine[-1].seq if mine else 0, max(int(r[0]) for r in held))
    else:
        parent = mine[k - 1].hash if k else GENESIS
        siblings = tree.children.get(parent, [])
        if siblings:
            ours = Tree(mine)
            newcomer = mine[k]
            if not tree.abandoned_at(parent, newcomer) and not all(ours.abandoned_at(parent, s) for s in siblings):
                raise differs(newcomer.seq)
    for n in mine[k:]:
        tree.add(n)
    if not tree.restores() and not was_abandoned:
        return Placement()
    live = tree.live_path()
    abandoned = {n.id for n in tree.by_hash.values() if n.hash not in live}
    head = mine[-1].hash if mine else GENESIS
    held_live = {str(r[1]) for r in held if not r[6]}
    return Placement(live=head == GENESIS or head in live, switched=bool(held_live & abandoned),
                     forked=bool(abandoned), abandoned=abandoned)
