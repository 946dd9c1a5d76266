"""Partners and partnerships in the window."""
from .partners_area import AREA as PARTNERS
from .partnerships_area import AREA as PARTNERSHIPS

__all__ = ["PARTNERS", "PARTNERSHIPS"]
