"""The dashboard and the partnering-cycle views. The areas' modules are imported when the area is
first shown (ui/areas.py)."""
from ..areas import Area


def _cycle():
    from . import area
    return area


def _dashboard():
    from . import dashboard_area
    return dashboard_area


CYCLE = Area(key="cycle", title="Partnering cycle", load=_cycle, opens=("cycle",),
             views=("cycle", "cycle_history", "actors"))
DASHBOARD = Area(key="dashboard", title="Dashboard", load=_dashboard,
                 views=("dashboard", "first_run"))

__all__ = ["CYCLE", "DASHBOARD"]
