"""The Sync view, and the window's one sync runner (shared by the view, the status bar and
joining an office from the first-run dialog)."""
from .area import AREA as SYNC
from .runner import SyncRunner, shared as sync_runner

__all__ = ["SYNC", "SyncRunner", "sync_runner"]
