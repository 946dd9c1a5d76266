"""The Sync view. The area's module is imported when it is first shown (ui/areas.py)."""
from ..areas import Area


def _sync():
    from . import area
    return area


SYNC = Area(key="sync", title="Sync", load=_sync, opens=("sync",), views=("sync",))

__all__ = ["SYNC"]
