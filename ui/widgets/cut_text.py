"""The full text, in a tooltip, of whatever a list, table or column title cuts short.

On a 1024x600 screen a table cannot give every column the room its longest text needs; Qt then
elides the text ("Review overdue since 20…") and says nothing more. `install(app)` adds one
event filter to the application: when the pointer rests on a cell or a column title whose text
does not fit, the tooltip shows all of it (a tooltip the model gives itself wins). `cut_tip`
answers the same question for tests.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHeaderView, QStyleOptionViewItem,
                               QToolTip)

PADDING = 6  # the style's margins around a cell's text (Fusion: 3 + 3)
SORT_ARROW = 14  # room the sort indicator takes in the sorted column's title


def _fits(view: QAbstractItemView, index: QModelIndex) -> bool:
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.decorationSize = view.iconSize() if view.iconSize().isValid() else option.decorationSize
    need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
    return need <= view.visualRect(index).width() + 1


def cut_tip(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip for a cell: the model's own, else the whole text when it is cut."""
    if not index.isValid():
        return ""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text or _fits(view, index):
        return ""
    return text


def header_tip(header: QHeaderView, section: int) -> str:
    """The tooltip for a column title: the model's own, else the whole title when it is cut."""
    model = header.model()
    if model is None or section < 0:
        return ""
    own = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    title = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
    if not isinstance(title, str) or not title:
        return ""
    room = header.sectionSize(section) - 2 * PADDING
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
        room -= SORT_ARROW
    return title if header.fontMetrics().horizontalAdvance(title) > room else ""


class CutTextTips(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.ToolTip:
            return False
        view = watched.parent()
        if isinstance(view, QHeaderView) and watched is view.viewport():
            text = header_tip(view, view.logicalIndexAt(event.pos()))
        elif isinstance(view, QAbstractItemView) and watched is view.viewport():
            text = cut_tip(view, view.indexAt(event.pos()))
        else:
            return False
        if text:
            QToolTip.showText(event.globalPos(), text, watched)
        else:
            QToolTip.hideText()
        return True


def install(app: QApplication) -> None:
    """Once per application (the window and the first-run dialog both ask)."""
    if app.property("cut_text_tips"):
        return
    tips = CutTextTips(app)
    app.installEventFilter(tips)
    app.setProperty("cut_text_tips", True)


def installed(app: QApplication) -> bool:
    return bool(app.property("cut_text_tips"))
