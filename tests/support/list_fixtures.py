"""Partners written straight into the table (triggers fire: search and change capture) with the
shapes that break paging: long runs of one value (ties), NULLs, empty text, several offices.
And the order a list must show, worked out in Python, apart from the SQL under test."""
from __future__ import annotations

import random

from models import listing
from models.db import database
from models.ids import uuid7

WORDS = ("water", "health", "youth", "women", "education", "relief", "rural", "nutrition",
         "Ébène", "Zebra", "alpha", "ALPHA", "Äkta", "mercy")


def add_partners(count: int, seed: int = 5) -> list[str]:
    """`count` partners: names from a few words (many ties), a third with no risk rating (NULL),
    four partner types, an empty acronym now and then, offices KEN and NGA. Their ids."""
    rng = random.Random(seed)
    ids = []
    with database.atomic():
        for i in range(count):
            record = uuid7()
            name = f"{rng.choice(WORDS)} {rng.choice(WORDS)}" if i % 3 else rng.choice(WORDS)
            database.execute_sql(
                "INSERT INTO partner (id, office, reference, legal_name, short_name, partner_type, "
                "country, risk_rating, due_diligence_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [record, rng.choice(("KEN", "NGA")), f"T{seed}/PT/{i:06d}", name,
                 rng.choice(("", "WA", "HE", "YO")),
                 rng.choice(("cso", "government", "multilateral", "private_sector")),
                 rng.choice(("KEN", "NGA", "")),
                 None if rng.random() < 0.33 else rng.choice(("low", "medium", "high")),
                 rng.choice(("not_started", "in_progress", "complete"))])
            ids.append(record)
    return ids


def expected_ids(query: listing.Query) -> list[str]:
    """The ids `query` must show, in order: filtered and searched by plain SQL lookups, sorted
    here: (value, rowid) with NULLs first, reversed when descending."""
    column = query.column.key
    rows = database.execute_sql(f"SELECT id, rowid, {column}, office FROM partner "
                                "WHERE deleted = 0").fetchall()
    text = listing.fts_query(query.search or "")
    if text:
        found = {r[0] for r in database.execute_sql(
            "SELECT rowid FROM partner_fts WHERE partner_fts MATCH ?", [text])}
        rows = [r for r in rows if r[1] in found]
    office = (query.filters or {}).get("office")
    if office:
        rows = [r for r in rows if r[3] == office]
    rows.sort(key=lambda r: (r[2] is not None, r[2] if r[2] is not None else "", r[1]),
              reverse=query.descending)
    return [r[0] for r in rows]


def walk_forward(query: listing.Query, size: int, walk: bool | None = None) -> list[str]:
    found = listing.page(query, limit=size, walk=walk)
    ids = [r[0] for r in found.rows]
    while len(found.rows) == size:
        found = listing.page(query, after=found.keys[-1], limit=size, walk=walk)
        ids += [r[0] for r in found.rows]
    return ids


def walk_backward(query: listing.Query, size: int, walk: bool | None = None) -> list[str]:
    found = listing.page(query, last=True, limit=size, walk=walk)
    ids = [r[0] for r in found.rows]
    while len(found.rows) == size:
        found = listing.page(query, before=found.keys[0], limit=size, walk=walk)
        ids = [r[0] for r in found.rows] + ids
    return ids
