"""Is this partner already known? The same vendor number is the same partner; a similar name
(fuzzy, rapidfuzz) is offered as a possible match. Used when a partner is saved and at import."""
from __future__ import annotations

import re
import unicodedata

from ..db import database

SIMILAR = 88  # token-sort ratio (0-100) from which two names are offered as the same partner
# Words that do not tell organisations apart
NOISE = {"the", "of", "for", "and", "de", "la", "le", "du", "des", "et", "y", "del", "el"}


def name_key(name: str | None) -> str:
    """A name as compared: no case, accents, punctuation or spacing differences."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text.casefold()))


def _fuzzy_key(name: str | None) -> str:
    return " ".join(w for w in name_key(name).split() if w not in NOISE)


def same_vendor(vendor_number: str | None, exclude_id: str | None = None) -> tuple[str, str] | None:
    """(id, legal name) of the live partner with this vendor number, or None."""
    vendor = (vendor_number or "").strip()
    if not vendor:
        return None
    row = database.execute_sql(
        "SELECT id, legal_name FROM partner WHERE deleted = 0 AND vendor_number = ? AND id != ? "
        "LIMIT 1", (vendor, exclude_id or "")).fetchone()
    return (row[0], row[1]) if row else None


class NameIndex:
    """Live partners' names, ready for many fuzzy look-ups (an import of thousands of rows)."""

    def __init__(self, rows: list[tuple[str, str]] | None = None):
        if rows is None:
            rows = database.execute_sql(
                "SELECT id, legal_name FROM partner WHERE deleted = 0").fetchall()
        self.ids = [r[0] for r in rows]
        self.names = [r[1] for r in rows]
        self.keys = [_fuzzy_key(r[1]) for r in rows]
        self.exact: dict[str, int] = {}
        for i, row in enumerate(rows):
            self.exact.setdefault(name_key(row[1]), i)

    def exact_match(self, name: str) -> tuple[str, str] | None:
        i = self.exact.get(name_key(name))
        return (self.ids[i], self.names[i]) if i is not None else None

    def similar(self, name: str, limit: int = 5, exclude_id: str | None = None,
                cutoff: float = SIMILAR) -> list[tuple[str, str, float]]:
        """(id, legal name, score) of partners whose name looks like `name`, best first."""
        from rapidfuzz import fuzz, process
        key = _fuzzy_key(name)
        if not key or not self.keys:
            return []
        found = process.extract(key, self.keys, scorer=fuzz.token_sort_ratio,
                                score_cutoff=cutoff, limit=limit + 1)
        return [(self.ids[i], self.names[i], round(score, 1)) for _k, score, i in found
                if self.ids[i] != exclude_id][:limit]


def similar_partners(name: str, exclude_id: str | None = None,
                     limit: int = 5) -> list[tuple[str, str, float]]:
    """Live partners whose legal name looks like `name` (the same name included)."""
    return NameIndex().similar(name, limit=limit, exclude_id=exclude_id)
