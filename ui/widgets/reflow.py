"""Forms that fit a narrow window in a long language: labels beside their fields when both fit,
above them when not.

Qt's own `WrapLongRows` decides row by row from each label's minimum width but places every
field after the widest label, so a field of one row can get less than it needs (a French
label three rows up is long). `reflow(form)` decides for the whole form instead, each time its
widget is resized: beside when the widest label and the widest field fit side by side, above
otherwise. Labels keep one line up to `label_width` pixels and wrap beyond.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

LABEL_WIDTH = 190  # pixels: a longer label wraps onto a second line


def _min_width(item) -> int:
    widget = item.widget()
    if widget is None:
        return item.minimumSize().width()
    if widget.isHidden():
        return 0
    if widget.minimumWidth():
        return widget.minimumWidth()
    if widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
        return 0
    return max(widget.minimumSizeHint().width(), 0)


class _Reflow(QObject):
    def __init__(self, form: QFormLayout, widget: QWidget):
        super().__init__(widget)
        self.form = form
        widget.installEventFilter(self)

    def beside_width(self) -> int:
        """The width the form needs with every label beside its field."""
        labels = fields = 0
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                labels = max(labels, _min_width(label))
                fields = max(fields, _min_width(field))
        spacing = max(self.form.horizontalSpacing(), 0)
        margins = self.form.contentsMargins()
        return labels + spacing + fields + margins.left() + margins.right()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            outer = watched.layout()
            room = event.size().width()
            if outer is not None and outer is not self.form:
                margins = outer.contentsMargins()
                room -= margins.left() + margins.right()
            policy = (QFormLayout.RowWrapPolicy.DontWrapRows if room >= self.beside_width()
                      else QFormLayout.RowWrapPolicy.WrapAllRows)
            if self.form.rowWrapPolicy() != policy:
                self.form.setRowWrapPolicy(policy)
        return False


def reflow(form: QFormLayout, label_width: int = LABEL_WIDTH) -> QFormLayout:
    """Make `form` reflow (call it once its rows are added and it sits in its widget)."""
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # until the first resize
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setWordWrap(True)
            label.setMaximumWidth(label_width)
            # one line while it fits in label_width: a wrapped label's preferred shape is
            # narrow and tall, which would wrap "Legal name" for nothing
            natural = label.fontMetrics().horizontalAdvance(label.text()) + 2 * label.margin()
            label.setMinimumWidth(min(natural + 1, label_width))
    widget = form.parentWidget()
    if widget is None:
        raise ValueError("reflow(form): put the form in its widget first")
    _Reflow(form, widget)
    return form
