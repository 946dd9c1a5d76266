"""The areas of the main window, listed once, in navigation order; each comes from its feature
package (`ui/<feature>/__init__.py`), as the domain features are listed in models/features.py.
"""
from __future__ import annotations

from . import agreements, assessment, cycle, directory, interchange, sync_state, users
from .areas import Area

AREAS: tuple[Area, ...] = (
    cycle.DASHBOARD,
    directory.PARTNERS,
    directory.PARTNERSHIPS,
    interchange.LANDSCAPE,
    cycle.CYCLE,
    agreements.AGREEMENTS,
    agreements.EMERGENCY,
    assessment.ASSESSMENT,
    sync_state.SYNC,
    users.USERS,
)
