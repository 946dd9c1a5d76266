"""Printed self-assessment and HQ benchmark summary."""
