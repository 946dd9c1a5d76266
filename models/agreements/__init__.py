"""Agreements, programme documents, amendments and the emergency fast track (DOMAIN.md sections 4-5)."""
