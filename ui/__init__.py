"""PartnerDesk desktop interface (PySide6): main window, areas, item models, dialogs, workers."""
