"""Invariants of agreements for `python main.py check`: each query lists offending references."""
from __future__ import annotations

from ..db import database

INVARIANTS = [
    ("agreement signed without its signed document",
     "SELECT reference FROM agreement WHERE deleted = 0 AND status IN ('signed', 'suspended', "
     "'ended', 'terminated') AND signed_document IS NULL"),
    ("agreement terminated without a termination document",
     "SELECT reference FROM agreement WHERE deleted = 0 AND status = 'terminated' "
     "AND termination_document IS NULL"),
    ("agreement ending before it starts",
     "SELECT reference FROM agreement WHERE deleted = 0 AND end_date < start_date"),
    ("programme document under an MoU",
     "SELECT d.reference FROM programme_document d JOIN agreement a ON a.id = d.agreement_id "
     "WHERE d.deleted = 0 AND a.agreement_type = 'mou'"),
    ("programme document signed while its agreement is a draft",
     "SELECT d.reference FROM programme_document d JOIN agreement a ON a.id = d.agreement_id "
     "WHERE d.deleted = 0 AND d.amendment_of IS NULL AND d.status IN ('signed', 'active') "
     "AND a.status = 'draft'"),
    ("programme document ending after its agreement",
     "SELECT d.reference FROM programme_document d JOIN agreement a ON a.id = d.agreement_id "
     "WHERE d.deleted = 0 AND d.amendment_of IS NULL AND d.status NOT IN ('cancelled') "
     "AND d.end_date > a.end_date"),
    ("programme document closed with an amount outstanding",
     "SELECT reference FROM programme_document WHERE deleted = 0 AND status = 'closed' "
     "AND outstanding_amount <> 0"),
    ("more than one draft amendment of the same record",
     "SELECT min(reference) FROM (SELECT reference, amendment_of FROM agreement WHERE deleted = 0 "
     "AND status = 'draft' AND amendment_of IS NOT NULL UNION ALL SELECT reference, amendment_of "
     "FROM programme_document WHERE deleted = 0 AND status = 'draft' AND amendment_of IS NOT "
     "NULL) GROUP BY amendment_of HAVING count(*) > 1"),
    ("two live records with the same reference",
     "SELECT reference FROM (SELECT reference FROM agreement WHERE deleted = 0 AND amendment_of "
     "IS NULL UNION ALL SELECT reference FROM programme_document WHERE deleted = 0 AND "
     "amendment_of IS NULL) GROUP BY reference HAVING count(*) > 1"),
]


def problems(limit: int = 20) -> list[str]:
    found = []
    for what, sql in INVARIANTS:
        refs = [r[0] for r in database.execute_sql(sql).fetchall()]
        if refs:
            more = f" and {len(refs) - limit} more" if len(refs) > limit else ""
            found.append(f"{what}: {', '.join(refs[:limit])}{more}")
    # Attachment files absent from the store are not a problem: HQ sends them on demand
    # (agreements.files.missing_files lists them for the sync view).
    return found
