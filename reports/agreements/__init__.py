"""Printed agreements, programme documents and amendments (PDF, in the print languages)."""
from .agreement_pdf import render_agreement
from .amendment_pdf import render_amendment
from .pd_pdf import render_pd

__all__ = ["render_agreement", "render_amendment", "render_pd"]
