"""Partners and partnerships in the window."""
