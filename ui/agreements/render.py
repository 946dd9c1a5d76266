"""Which printed document belongs to a record: the PCA/SSFA/MoU, the PD, or an amendment.

Each function returns `render(reference, lang, out_path) -> path` to run on a worker (see
agreements_print.PrintBar), or None when there is nothing to print. The record is loaded again
inside the worker, on the worker's own database connection, by its id. Imports of `reports`
are deferred so that opening the window does not load reportlab.
"""
from __future__ import annotations


def agreement_renderer(record):
    if record is None:
        return None
    return _renderer("agreement", record.id, bool(record.amendment_of))


def pd_renderer(record):
    if record is None:
        return None
    return _renderer("programme_document", record.id, bool(record.amendment_of))


def _renderer(table: str, record_id: str, amendment: bool):
    def render(_reference: str, lang: str, out: str) -> str:
        from models import agreements
        record = (agreements.get_agreement(record_id) if table == "agreement"
                  else agreements.get_pd(record_id))
        if amendment:
            from reports.agreements import render_amendment
            render_amendment(record, lang, out)
        elif table == "agreement":
            from reports.agreements import render_agreement
            render_agreement(record, lang, out)
        else:
            from reports.agreements import render_pd
            render_pd(record, lang, out)
        return out
    return render
