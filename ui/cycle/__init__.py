"""The dashboard and the partnering-cycle views."""
