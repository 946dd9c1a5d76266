"""The partnering cycle: phases, their forms and rules (DOMAIN.md section 3)."""
