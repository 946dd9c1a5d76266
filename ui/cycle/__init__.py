"""The dashboard and the partnering-cycle views."""
from .area import AREA as CYCLE
from .dashboard_area import AREA as DASHBOARD

__all__ = ["CYCLE", "DASHBOARD"]
