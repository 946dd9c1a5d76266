"""Merging a signed amendment: the record it changes, the fields it may change, the merge.

An amendment is a row of the record's own table with `amendment_of` = the record's id. This
module serves both `amend` (drafting, comparing) and `transitions` (signing merges), so that
neither imports the other.
"""
from __future__ import annotations

from ..errors import DomainError
from ..messages import msg
from . import pds, refs
from .entities import Agreement, ProgrammeDocument
from .forms import CONTENT as AGREEMENT_FIELDS

PD_FIELDS = pds.CONTENT


def fields_of(record) -> tuple[str, ...]:
    """The content fields an amendment of `record` may change."""
    return AGREEMENT_FIELDS if isinstance(record, Agreement) else PD_FIELDS


def original_of(amendment):
    model = type(amendment)
    original = model.get_or_none(model.id == amendment.amendment_of)
    if original is None:
        raise DomainError(msg("The record this amendment changes no longer exists."))
    return original


def merge(amendment):
    """Give the signed record the amendment's content and its -NN reference; returns it."""
    original = original_of(amendment)
    for name in fields_of(amendment):
        setattr(original, name, getattr(amendment, name))
    original.reference = refs.amended_reference(original.reference, amendment.amendment_number)
    if isinstance(original, ProgrammeDocument):
        original.unicef_cash_total = float(pds.pd_totals(original).unicef_total)
    original.save()
    return original
