"""The HQ sync server: `create_app(store_url)` builds the FastAPI app (SQLite or PostgreSQL)."""
from .app import create_app

__all__ = ["create_app"]
