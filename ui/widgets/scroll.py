"""A scroll area for forms: it scrolls down, never sideways, and asks its layout for the width
its form needs, so a narrow window is refused room rather than cutting the form's right edge."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget


class VerticalScroll(QScrollArea):
    def __init__(self, widget: QWidget | None = None, parent=None, frame: bool = True):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not frame:
            self.setFrameShape(QScrollArea.Shape.NoFrame)
        if widget is not None:
            self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The form's minimum width, its scroll bar and frame; any height (it scrolls)."""
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())
