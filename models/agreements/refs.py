"""Reference numbers: `{country}/{type}{year}{sequence}` and `-NN` per signed amendment.

An agreement is e.g. `KEN/PCA2026003`; a programme document under it is
`KEN/PCA2026003/PD2026001` (HPD for a humanitarian one); after its second signed amendment a
record reads `KEN/PCA2026003-02`. An amendment draft carries the reference it will give.
"""
from __future__ import annotations

import re

from ..db import database
from ..directory import Office
from .vocab import REFERENCE_CODES

AMENDMENT_SUFFIX = re.compile(r"-(\d{2})$")


def country_of(office: str) -> str:
    row = Office.get_or_none(Office.code == office)
    return row.country if row is not None else office


def _next_sequence(table: str, prefix: str) -> int:
    rows = database.execute_sql(
        f'SELECT reference FROM "{table}" WHERE reference LIKE ? AND amendment_of IS NULL',
        (prefix + "%",)).fetchall()
    best = 0
    for (reference,) in rows:
        tail = base_reference(reference)[len(prefix):]
        if tail.isdigit():
            best = max(best, int(tail))
    return best + 1


def next_agreement_reference(office: str, agreement_type: str, year: int) -> str:
    prefix = f"{country_of(office)}/{REFERENCE_CODES[agreement_type]}{year}"
    return f"{prefix}{_next_sequence('agreement', prefix):03d}"


def next_pd_reference(agreement_reference: str, pd_type: str, year: int) -> str:
    prefix = f"{base_reference(agreement_reference)}/{REFERENCE_CODES[pd_type]}{year}"
    return f"{prefix}{_next_sequence('programme_document', prefix):03d}"


def base_reference(reference: str) -> str:
    """The reference without its amendment suffix."""
    return AMENDMENT_SUFFIX.sub("", reference)


def amended_reference(reference: str, number: int) -> str:
    return f"{base_reference(reference)}-{number:02d}"


def find_current(model, reference: str, not_found: str):
    """The live, non-amendment record with this reference, with or without its `-NN` suffix;
    NotFound with `not_found` otherwise."""
    from ..errors import NotFound
    query = model.live().where(model.amendment_of.is_null())
    row = query.where(model.reference == reference).first()
    if row is None:
        base = base_reference(reference)
        row = query.where((model.reference == base)
                          | model.reference.startswith(base + "-")).first()
    if row is None:
        raise NotFound(not_found)
    return row
