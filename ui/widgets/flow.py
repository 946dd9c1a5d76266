"""A layout that places its widgets in a row and wraps them onto the next line when the row is
full: a row of buttons or check boxes that fits 1024 px in French as well as 1920 px in English.
Right to left (Arabic), rows start at the right edge.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        if parent is not None:
            self.setContentsMargins(0, 0, 0, 0)

    # QLayout's interface ---------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one line."""
        width = sum(i.sizeHint().width() for i in self._visible()) + self._gap * max(
            0, len(self._visible()) - 1)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """One widget a line: as narrow as the widest of them (whole: a button is never cut)."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # placing ---------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        parent = self.parentWidget()
        direction = (parent.layoutDirection() if parent is not None
                     else Qt.LayoutDirection.LeftToRight)
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x + width > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                placed = QRect(QPoint(x, y), QSize(width, hint.height()))
                item.setGeometry(QStyle.visualRect(direction, area, placed))
            x += width + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def flow_row(parent: QWidget, widgets: list[QWidget]) -> QWidget:
    """A widget holding `widgets` in a FlowLayout, ready to add to another layout."""
    box = QWidget(parent)
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    layout = FlowLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box
