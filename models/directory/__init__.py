"""Offices, people, partners and partnerships (DOMAIN.md sections 1-2)."""
