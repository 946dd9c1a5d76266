"""The benchmark self-assessment and the HQ summary views. The area's module is imported when it
is first shown (ui/areas.py)."""
from ..areas import Area


def _assessment():
    from . import area
    return area


ASSESSMENT = Area(key="assessment", title="Self-assessment", load=_assessment,
                  opens=("assessment", "assessment_action"),
                  views=("assessment", "assessment_hq", "assessment_hq_timing"))

__all__ = ["ASSESSMENT"]
