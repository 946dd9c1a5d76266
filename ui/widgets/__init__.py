"""Shared building blocks of the window: forms, the list area and its table model, the record
editor, a table of editable rows, a scroll area for forms, tooltips for cut text, a record's
status timeline and the time-to-sign table."""
from . import cut_text
from .flow import FlowLayout, flow_row
from .forms import Field, FormWidget, MultiChoice, tr, vocab_choices
from .list_area import ListArea, record_table
from .reflow import reflow
from .list_model import ID_ROLE, PAGE, ListTableModel, vocab_formatter
from .record_editor import RecordEditor
from .rows_table import RowsTable
from .scroll import VerticalScroll
from .timeline import Timeline
from .timing import TimingTable

__all__ = ["Field", "FormWidget", "MultiChoice", "reflow", "tr", "vocab_choices", "ListArea",
           "record_table", "ID_ROLE", "PAGE", "ListTableModel", "vocab_formatter",
           "RecordEditor", "RowsTable", "VerticalScroll", "cut_text", "FlowLayout",
           "flow_row", "Timeline", "TimingTable"]
