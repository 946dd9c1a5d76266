"""The benchmark self-assessment and the HQ summary views."""
