"""The yearly benchmark self-assessment and the HQ summary (DOMAIN.md section 6)."""
