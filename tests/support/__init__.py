"""Fixtures and rigs shared by the tests (servers, links, sample records)."""
