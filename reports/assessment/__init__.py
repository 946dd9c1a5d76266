"""Printed self-assessment of an office and the headquarters benchmark summary (PDF)."""
from .assessment_pdf import print_assessment
from .summary_pdf import render as render_summary

__all__ = ["print_assessment", "render_summary"]
