"""The colours of PartnerDesk, on screen and on paper: the one place a colour is written.

Plain '#rrggbb' strings, so that the window (QColor, style sheets) and the printed documents
(reportlab's HexColor, <font color>) use the same values; this module imports nothing. Names say
what a colour is for, not what it looks like, where a role exists.
"""
from __future__ import annotations

# The brand: UNICEF cyan, the navy of headings, and a light tint for table heads and hints.
BRAND = "#1CABE2"
BRAND_DARK = "#0b3d5c"
BRAND_TINT = "#e3f4fb"

# Text and lines.
TEXT = "#1b1b1b"
TEXT_SOFT = "#37474f"  # labels drawn on charts
TEXT_MUTED = "#4a5a66"  # guidance under a heading, captions
RULE = "#90a4ae"  # axes and dividers of charts
GRID = "#b7c9d3"  # table grids of printed documents

# Messages: what is wrong, what went well, why something is not possible.
ERROR = "#b00020"  # a field's message, a refused value, a warning in a document
ERROR_DARK = "#8c1d18"  # text on ERROR_TINT
ERROR_TINT = "#fdecea"  # background of a warning
ERROR_BORDER = "#e3a19c"
SUCCESS = "#1b6e20"  # saved, added
NOTICE = "#6b4e00"  # dark amber: why an action is refused, a read-only notice

# Signal colours, and the light tints of chart areas.
GREEN = "#2e7d32"
AMBER = "#ef6c00"
RED = "#c62828"
YELLOW = "#f9a825"
GREY = "#9e9e9e"
GREY_DARK = "#757575"  # a grey that stays readable on paper
INDIGO = "#5c6bc0"
BLUE = "#1565c0"
PURPLE = "#8e24aa"
BROWN = "#8d6e63"
TEAL = "#80cbc4"
GOLD = "#f5a623"
OLIVE = "#7a9a01"
AMBER_TINT = "#fff8e1"
GREEN_TINT = "#e8f5e9"
GREY_TINT = "#f5f5f5"

# Colours of vocabularies (the codes are the domain's).
HEALTH = {"green": GREEN, "amber": AMBER, "red": RED}  # a partnership review's health
PHASE_STATUS = {"done": GREEN, "in_progress": AMBER, "not_started": GREY,
                "not_applicable": INDIGO}  # a partnering-cycle phase, on screen
PHASE_STATUS_PRINT = {**PHASE_STATUS, "not_started": GREY_DARK}  # the same, on paper
SEVERITY = {"overdue": RED, "due": AMBER, "warning": YELLOW, "info": BRAND}  # alerts
RELATION = {"partner": GREEN, "informal": BRAND, "former": BROWN, "none": GREY,
            "opposed": RED}  # a stakeholder's relation on the landscape map
CHART_SERIES = (BRAND, BRAND_DARK, GOLD, OLIVE)  # series of printed charts, in order
IMPORT_FATE = {"new": GREEN, "match": BLUE, "conflict": AMBER, "similar": PURPLE,
               "invalid": RED}  # what an import will do with a row
