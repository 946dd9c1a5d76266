"""What a person cannot read on a small screen: a window larger than asked, widgets squeezed
under their minimum, and text cut short (labels, buttons, check boxes, tabs, group boxes, table
cells without a tooltip).

`problems(root)` walks the widgets a user sees in `root` and describes each fault in one line;
tests assert the list is empty. Text is measured with the widget's own font metrics against the
room the style gives it (Qt elides push-button and tab text, and clips labels, without a word).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QGroupBox, QHeaderView,
                               QLabel, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QStyle,
                               QStyleOptionButton, QStyleOptionComboBox, QTabBar, QTableView, QToolButton, QTreeView,
                               QWidget)

from ui.widgets import cut_text

ELLIPSIS = "\u2026"
SLACK = 1  # pixels of rounding between measuring and drawing
CELL_ROWS = 40  # table rows checked for cut text (the ones on screen at 600 px and a few more)


def problems(root: QWidget, size: tuple[int, int] | None = None) -> list[str]:
    """Faults in what `root` shows; with `size`, also when `root` is not exactly that size
    (a top-level window grows to its layout's minimum when asked to be smaller)."""
    found: list[str] = []
    if size is not None and (root.width(), root.height()) != size:
        found.append(f"{_name(root)} is {root.width()}x{root.height()}, not {size[0]}x{size[1]}"
                     f" (its layout needs {_min_text(root)})")
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        for check in (_squeezed, _sideways, _label, _button, _combo, _tabs, _group, _cells, _headers):
            fault = check(widget)
            if fault:
                found.append(f"{_name(widget)}: {fault}")
    return found


def _name(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _min_text(widget: QWidget) -> str:
    hint = widget.minimumSizeHint()
    return f"{hint.width()}x{hint.height()}"


def _plain(widget: QWidget, text: str) -> str:
    """The text without its mnemonic marks (a button's or tab's "&Save" shows "Save")."""
    if not isinstance(widget, (QAbstractButton, QTabBar, QGroupBox)):
        return text
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _advance(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _elided_without_tooltip(widget: QWidget, text: str) -> str | None:
    if ELLIPSIS in text and not widget.toolTip():
        return f"{text!r} is elided and has no tooltip with the full text"
    return None


def _smart_min(widget: QWidget) -> tuple[int, int]:
    """The size a layout never goes under (Qt's qSmartMinSize): the minimum size when set,
    else the minimum size hint unless the size policy ignores it."""
    hint = widget.minimumSizeHint()
    policy = widget.sizePolicy()
    minimum = widget.minimumSize()
    width = minimum.width() or (0 if policy.horizontalPolicy() == QSizePolicy.Policy.Ignored
                                else max(hint.width(), 0))
    height = minimum.height() or (0 if policy.verticalPolicy() == QSizePolicy.Policy.Ignored
                                  else max(hint.height(), 0))
    return width, height


def _squeezed(widget: QWidget) -> str | None:
    """A layout that cannot fit gives its widgets less than their minimum: they overlap and
    cut what they show."""
    if widget.isWindow() or widget.parentWidget() is None or widget.parentWidget().layout() is None:
        return None
    if isinstance(widget, (QHeaderView, QTabBar)) or not widget.parentWidget().layout().indexOf(
            widget) >= 0:
        return None
    width, height = _smart_min(widget)
    if widget.width() + SLACK < width or widget.height() + SLACK < height:
        return f"squeezed to {widget.width()}x{widget.height()} under its minimum {width}x{height}"
    return None


def _sideways(widget: QWidget) -> str | None:
    """A form in a scroll area scrolls down, never sideways: wider content is cut at the edge
    (or needs a scroll bar a person will not look for)."""
    if not isinstance(widget, QScrollArea) or widget.widget() is None:
        return None
    inner, room = widget.widget(), widget.viewport().width()
    if inner.isVisible() and inner.width() > room + SLACK:
        return f"content is {inner.width()} px wide in a {room} px view (needs {_min_text(inner)})"
    return None


def _label(widget: QWidget) -> str | None:
    if not isinstance(widget, QLabel) or not widget.text() or widget.wordWrap():
        return None
    text = widget.text()
    room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
    if GuiQt.mightBeRichText(text) and widget.textFormat() != Qt.TextFormat.PlainText:
        doc = QTextDocument()
        doc.setDefaultFont(widget.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        need = int(doc.idealWidth() + 0.999)
        shown = doc.toPlainText()
    else:
        need, shown = _advance(widget.fontMetrics(), text), text
    if need > room + SLACK:
        return f"{shown[:60]!r} needs {need} px, has {room}"
    return _elided_without_tooltip(widget, shown)


def _button(widget: QWidget) -> str | None:
    if not isinstance(widget, QAbstractButton) or not widget.text():
        return None
    text = _plain(widget, widget.text())
    fm = widget.fontMetrics()
    need = _advance(fm, text)
    style = widget.style()
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        room = room.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option,
                                                   widget) // 2
        if not widget.icon().isNull():
            need += widget.iconSize().width() + 4
        if widget.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, widget)
    elif isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        room = style.subElementRect(element, option, widget).width()
        if not widget.icon().isNull():
            need += widget.iconSize().width() + 4
    elif isinstance(widget, QToolButton):
        if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly \
                and not widget.icon().isNull():
            return None
        room, need = widget.width(), widget.sizeHint().width()
    else:
        return None
    if need > room + SLACK:
        return f"{text!r} needs {need} px, has {room}"
    return _elided_without_tooltip(widget, text)


def _combo(widget: QWidget) -> str | None:
    """The chosen entry of a drop-down list is read without opening it."""
    if not isinstance(widget, QComboBox) or widget.isEditable() or not widget.currentText():
        return None
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    room = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, widget).width()
    need = _advance(widget.fontMetrics(), widget.currentText())
    if not widget.itemIcon(widget.currentIndex()).isNull():
        need += widget.iconSize().width() + 4
    if need > room + SLACK:
        return f"shows {widget.currentText()!r} cut: needs {need} px, has {room}"
    return None


def _tabs(widget: QWidget) -> str | None:
    if not isinstance(widget, QTabBar):
        return None
    style, fm = widget.style(), widget.fontMetrics()
    space = style.pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, widget)
    for i in range(widget.count()):
        if not widget.isTabVisible(i):
            continue
        text = _plain(widget, widget.tabText(i))
        rect: QRect = widget.tabRect(i)
        need = fm.horizontalAdvance(text) + space
        if not widget.tabIcon(i).isNull():
            need += widget.iconSize().width() + 4
        if rect.width() + SLACK < need:
            return f"tab {text!r} needs {need} px, has {rect.width()}"
        if rect.left() < 0 or rect.right() > widget.width():
            return f"tab {text!r} is outside the tab bar (scrolled away)"
    return None


def _group(widget: QWidget) -> str | None:
    if not isinstance(widget, QGroupBox) or not widget.title():
        return None
    need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
    if widget.isCheckable():
        need += 20
    if widget.width() + SLACK < need:
        return f"title {widget.title()!r} needs {need} px, has {widget.width()}"
    return None


def _cells(widget: QWidget) -> str | None:
    """A cell whose text does not fit must say it in full in a tooltip (the model's, or the
    window's for cut text: ui/widgets/cut_text.py)."""
    if not isinstance(widget, (QTableView, QTreeView)) or widget.model() is None:
        return None
    model = widget.model()
    top = widget.indexAt(widget.viewport().rect().topLeft()).row() if model.rowCount() else 0
    for row in range(max(top, 0), min(model.rowCount(), max(top, 0) + CELL_ROWS)):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if widget.visualRect(index).width() <= 0 or not isinstance(text, str) or not text:
                continue
            if cut_text.cut_tip(widget, index) != text and not index.data(
                    Qt.ItemDataRole.ToolTipRole):
                continue  # fits
            if not (index.data(Qt.ItemDataRole.ToolTipRole) or cut_text.installed(
                    QApplication.instance())):
                return f"cell ({row}, {column}) {text[:40]!r} is cut and has no tooltip"
    return None


def _headers(widget: QWidget) -> str | None:
    """Column titles: readable, or in full in a tooltip."""
    if not isinstance(widget, QHeaderView) or widget.orientation() != Qt.Orientation.Horizontal \
            or widget.model() is None:
        return None
    for section in range(widget.count()):
        if widget.isSectionHidden(section):
            continue
        if cut_text.header_tip(widget, section) and not cut_text.installed(
                QApplication.instance()):
            title = widget.model().headerData(section, Qt.Orientation.Horizontal)
            return f"column title {title!r} is cut and has no tooltip"
    return None
