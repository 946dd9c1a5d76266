"""Shared building blocks of the window: forms, list area and model, record editor, rows table."""
