"""Partners and partnerships in the window. The areas' modules are imported when the area is
first shown (ui/areas.py)."""
from ..areas import Area


def _partners():
    from . import partners_area
    return partners_area


def _partnerships():
    from . import partnerships_area
    return partnerships_area


PARTNERS = Area(key="partners", title="Partners", load=_partners, opens=("partner",),
                views=("partners",))
PARTNERSHIPS = Area(key="partnerships", title="Partnerships", load=_partnerships,
                    opens=("partnership",), views=("partnerships",))

__all__ = ["PARTNERS", "PARTNERSHIPS"]
