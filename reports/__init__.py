"""Printed documents (reportlab): agreements, programme documents, cycle summaries, assessments."""
