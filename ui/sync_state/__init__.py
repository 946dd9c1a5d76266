"""The Sync view, and the window's one sync runner (shared by the view, the status bar and
joining an office from the first-run dialog). The area's module is imported when it is first
shown (ui/areas.py); the runner is light (Qt core only; sync itself is imported when it runs)."""
from ..areas import Area
from .runner import SyncRunner, shared as sync_runner


def _sync():
    from . import area
    return area


SYNC = Area(key="sync", title="Sync", load=_sync, opens=("sync",),
            views=("sync", "unlock", "recover_passphrase", "choose_passphrase",
                   "change_passphrase", "lock_screen"))

def leave_revoked(window, exc) -> None:
    """HQ revoked this computer: the window lets go of the wiped database and closes
    (revoked.py, imported only then)."""
    from .revoked import leave
    leave(window, exc)


__all__ = ["SYNC", "SyncRunner", "leave_revoked", "sync_runner"]
