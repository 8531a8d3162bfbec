"""Persons at HQ: patient records an analyst linked as the same person are one person in every HQ figure."""

from __future__ import annotations

from l2fh_desk.store.store import Store


def person_of(store: Store) -> dict[str, str]:
    """patient id -> the id that stands for its person (the smallest id of its linked group), for linked
    records only; an unlinked record is its own person."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in store.db.query("SELECT patient_a, patient_b FROM patient_links"):
        ra, rb = root(a), root(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            parent[high] = low
            parent.setdefault(low, low)
    return {x: root(x) for x in parent}
