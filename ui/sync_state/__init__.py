"""The Sync view."""
