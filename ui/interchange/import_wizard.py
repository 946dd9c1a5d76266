"""The import window: choose a file and what it holds, map its columns (sheets), preview every
row's fate, import in one transaction, and undo the batch. All reading and writing runs on the
workers; the window shows progress, can cancel, and stays responsive."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QProgressBar, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from models.directory import settings, vocab
from models.interchange import (Cancelled, agreement_import, batches, columns, hxl_import,
                                iati_import, partner_import, tabular)

from ..messages import error_text, number_text
from ..widgets import reflow, vocab_choices
from .import_pages import ColumnsPage, PreviewTable

SHEETS = ("partners", "agreements")


class ImportWizard(QDialog):
    imported = Signal(str)  # batch id

    def __init__(self, ctx, kind: str = "partners", parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import data"))
        self.resize(900, 560)
        self.table: tabular.Table | None = None
        self.report = None
        self.batch: str | None = None
        self.stop = threading.Event()
        self.job = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("import_kind")
        for code, label in (("partners", self.tr("Partners (CSV or Excel, e.g. an eTools export)")),
                            ("agreements", self.tr("Agreements and programme documents (CSV or Excel)")),
                            ("iati", self.tr("IATI activity file (XML)")),
                            ("3w", self.tr("HXL 3W table: who does what where (CSV or Excel)"))):
            self.kind.addItem(label, code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        browse = QPushButton(self.tr("Browse..."), self)
        browse.clicked.connect(self._browse)
        self.office = QComboBox(self)
        self.office.setObjectName("import_office")
        for code in settings.office_codes():
            self.office.addItem(code, code)
        self.office.setCurrentIndex(max(0, self.office.findData(settings.home_office())))
        self.default_type = QComboBox(self)
        self.default_type.setObjectName("default_type")
        self.default_type.addItem(self.tr("(the sheet says)"), "")
        for code, label in vocab_choices(vocab.PARTNER_TYPES):
            self.default_type.addItem(label, code)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        choose = QWidget(self)
        form = QFormLayout(choose)
        form.addRow(self.tr("What the file holds"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Partner type when the sheet has none"), self.default_type)
        reflow(form)
        self.columns = ColumnsPage(self)
        self.preview = PreviewTable(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        preview_page = QWidget(self)
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.preview, 1)
        self.pages = QStackedWidget(self)
        for page in (choose, self.columns, preview_page):
            self.pages.addWidget(page)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.back_button = self._button("back", self.tr("< &Back"), self._back)
        self.save_map = self._button("save_mapping", self.tr("Save mapping..."), self._save_map)
        self.load_map = self._button("load_mapping", self.tr("Load mapping..."), self._load_map)
        self.next_button = self._button("next", self.tr("&Next >"), self._next)
        self.import_button = self._button("do_import", self.tr("&Import"), self._import)
        self.cancel_button = self._button("cancel_work", self.tr("Cancel"), self.stop.set)
        self.undo_button = self._button("undo", self.tr("&Undo this import"), self._undo)
        self.close_button = self._button("close", self.tr("Close"), self.reject)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.load_map, self.save_map):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.cancel_button, self.undo_button, self.next_button,
                       self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.kind.currentIndexChanged.connect(self._update)
        self._update()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _update(self) -> None:
        page, busy = self.pages.currentIndex(), self.job is not None
        sheet = self.current_kind() in SHEETS
        self.default_type.setEnabled(self.current_kind() == "partners")
        self.back_button.setVisible(page > 0 and not self.batch)
        self.back_button.setEnabled(not busy)
        self.load_map.setVisible(page == 1)
        self.save_map.setVisible(page == 1)
        self.next_button.setVisible(page < 2 and not busy)
        self.next_button.setText(self.tr("&Preview >") if page == 1 or not sheet
                                 else self.tr("&Next >"))
        self.import_button.setVisible(page == 2 and not self.batch and not busy)
        self.import_button.setEnabled(self.report is not None)
        self.cancel_button.setVisible(busy)
        self.undo_button.setVisible(bool(self.batch) and not busy)
        self.progress.setVisible(busy)

    # work on the workers ----------------------------------------------------------------------
    def _run(self, fn, done, writes: bool = False) -> None:
        self.stop.clear()
        self.progress.setRange(0, 0)
        self.job = self.ctx.workers.start(fn, cancel=self.stop.is_set, on_done=lambda r: self._finished(done, r),
                                          on_error=self._failed, on_progress=self._progress,
                                          writes=writes)
        self._update()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finished(self, done, result) -> None:
        self.job = None
        done(result)
        self._update()

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.job = None
        self._update()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Cancelled; nothing was written."))
            return
        QMessageBox.warning(self, self.tr("Cannot import"), error_text(exc))

    # steps ------------------------------------------------------------------------------------
    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "",
                                               self.tr("Data files (*.csv *.xlsx *.xml);;All files (*)"))
        if path:
            self.path.setText(path)

    def _next(self) -> None:
        path = self.path.text().strip()
        if not path or not Path(path).is_file():
            QMessageBox.warning(self, self.tr("Cannot import"),
                                self.tr("Choose a file that exists."))
            return
        if self.pages.currentIndex() == 0 and self.current_kind() in SHEETS:
            self._run(lambda cancel=None, progress=None: tabular.read_table(path), self._show_columns)
        else:
            self._plan()

    def _show_columns(self, table) -> None:
        self.table = table
        self.columns.load(table, self.current_kind(), None)
        self.pages.setCurrentIndex(1)

    def _values(self) -> dict:
        default = self.default_type.currentData()
        return {"_default": {"partner_type": default, "cso_type": "national"}} if default else {}

    def _plan(self) -> None:
        kind, path, office = self.current_kind(), self.path.text().strip(), self.office.currentData()
        if kind in SHEETS:
            if missing := self.columns.missing():
                QMessageBox.warning(self, self.tr("Cannot import"), self.tr(
                    "Choose the column that holds: %1.").replace("%1", ", ".join(missing)))
                return
            module = partner_import if kind == "partners" else agreement_import
            mapping, table = self.columns.mapping(self._values()), self.table

            def work(cancel=None, progress=None):
                return module.plan(path, office=office, mapping=mapping, table=table,
                                   progress=progress, cancel=cancel)
        else:
            module = iati_import if kind == "iati" else hxl_import

            def work(cancel=None, progress=None):
                return module.run(path, dry_run=True, progress=progress, cancel=cancel)
        self._run(work, self._show_preview)

    def _show_preview(self, report) -> None:
        self.report = report
        self.pages.setCurrentIndex(2)
        if self.current_kind() in SHEETS:
            counts = report.counts()
            self.preview.show_report(report)
            self.summary.setText(self.tr("%1 rows read: %2 new, %3 match existing records, %4 "
                                         "conflict (kept as they are), %5 look like existing "
                                         "partners (choose), %6 invalid (skipped).")
                                 .replace("%1", number_text(report.read))
                                 .replace("%2", number_text(counts.get("new", 0)))
                                 .replace("%3", number_text(counts.get("match", 0)))
                                 .replace("%4", number_text(counts.get("conflict", 0)))
                                 .replace("%5", number_text(counts.get("similar", 0)))
                                 .replace("%6", number_text(counts.get("invalid", 0))))
        else:
            self._show_landscape_summary(report)

    def _show_landscape_summary(self, report) -> None:
        self.preview.setRowCount(0)
        text = self.tr("%1 activities read: %2 to add, %3 already here, %4 skipped.") \
            .replace("%1", number_text(report.read)).replace("%2", number_text(report.created)) \
            .replace("%3", number_text(report.matched)).replace("%4", number_text(report.skipped))
        reasons = report.extra.get("skipped_reasons") or {}
        if reasons:
            text += "\n" + "\n".join(f"  {n} x {why}" for why, n in sorted(
                reasons.items(), key=lambda kv: -kv[1])[:8])
        self.summary.setText(text)

    def _import(self) -> None:
        kind, path, report = self.current_kind(), self.path.text().strip(), self.report
        if kind in SHEETS:
            module = partner_import if kind == "partners" else agreement_import
            decisions = self.preview.decisions()

            def work(cancel=None, progress=None):
                return module.apply(report, filename=Path(path).name, decisions=decisions,
                                    progress=progress, cancel=cancel)
        else:
            module = iati_import if kind == "iati" else hxl_import

            def work(cancel=None, progress=None):
                return module.run(path, progress=progress, cancel=cancel)
        self._run(work, self._imported, writes=True)

    def _imported(self, report) -> None:
        self.batch = report.batch
        self.summary.setText(self.tr("Imported: %1 created, %2 matched, %3 skipped. Batch %4 "
                                     "can be undone as a whole.")
                             .replace("%1", number_text(report.created))
                             .replace("%2", number_text(report.matched))
                             .replace("%3", number_text(report.skipped))
                             .replace("%4", batches.short(report.batch)))
        self.ctx.changed("")
        self.imported.emit(report.batch)

    def _undo(self) -> None:
        batch = self.batch
        self._run(lambda cancel=None, progress=None: batches.undo(batch), self._undone, writes=True)

    def _undone(self, counts: dict) -> None:
        self.summary.setText(self.tr("The import was undone: %1 records removed.")
                             .replace("%1", number_text(sum(counts.values()))))
        self.batch = None
        self.report = None
        self.ctx.changed("")
        self.pages.setCurrentIndex(0)

    def _back(self) -> None:
        self.pages.setCurrentIndex(max(0, self.pages.currentIndex() - (
            1 if self.current_kind() in SHEETS else 2)))
        self.report = None
        self._update()

    def _save_map(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Save the column mapping"),
                                               "mapping.json", "JSON (*.json)")
        if path:
            self.columns.mapping(self._values()).save(path)

    def _load_map(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Load a column mapping"), "",
                                               "JSON (*.json)")
        if path and self.table is not None:
            try:
                mapping = columns.load_mapping(path, self.current_kind())
            except Exception as exc:  # a DomainError: shown as it is
                QMessageBox.warning(self, self.tr("Cannot use this mapping"), error_text(exc))
                return
            self.columns.load(self.table, self.current_kind(), mapping)
