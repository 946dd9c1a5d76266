"""Data in and out in the window: the Landscape area, the import window, export buttons.

Other areas use `export` (export buttons and runs for their lists) and `ActorPicker` (landscape
organisations for the phase i map). The area's module is imported when it is first shown
(ui/areas.py)."""
from ..areas import Area
from . import export
from .actors import ActorPicker


def _landscape():
    from . import landscape_area
    return landscape_area


LANDSCAPE = Area(key="landscape", title="Landscape", load=_landscape,
                 views=("landscape", "import"))

__all__ = ["LANDSCAPE", "ActorPicker", "export"]
