"""Agreements, programme documents, amendments and the emergency wizard."""
