"""The Landscape area: other organisations' activities (from IATI and HXL 3W files) and the
organisations behind them, next to the office's own partners, filtered by office, sector, area
and organisation type; an organisation can become a partner or be matched with one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from models.directory import settings
from models.errors import DomainError
from models.interchange import codelists, landscape

from ..messages import error_text, interface_locale
from ..widgets import ListTableModel, record_table
from .export import export_button, export_model
from .import_wizard import ImportWizard


def org_type_label(code) -> str:
    name = codelists.name_of("OrganisationType", code) if code else ""
    return QCoreApplication.translate("IatiCodes", name) if name else ""


def status_label(code) -> str:
    name = codelists.name_of("ActivityStatus", code) if code else ""
    return QCoreApplication.translate("IatiCodes", name) if name else ""


ORG_STATUSES = {"candidate": "Candidate", "promoted": "Made a partner",
                "matched": "Is a partner", "dismissed": "Dismissed"}


class LandscapeArea(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.activities = ListTableModel(landscape.ACTIVITIES, {
            "status": status_label, "budget": lambda v: interface_locale().toString(float(v or 0), "f", 0),
            "source": lambda s: "IATI" if s == "iati" else "3W"}, self, reader=ctx.reader)
        self.organisations = ListTableModel(landscape.ORGANISATIONS, {
            "org_type": org_type_label,
            "status": lambda s: QCoreApplication.translate("LandscapeArea",
                                                           ORG_STATUSES.get(s, s or ""))},
            self, reader=ctx.reader)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, organisations, sectors, places..."))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.filters = {name: self._combo(name) for name in ("office", "sector", "area",
                                                             "org_type")}
        import_button = QPushButton(self.tr("&Import data..."), self)
        import_button.setObjectName("import")
        import_button.clicked.connect(self.open_import)
        export = export_button(self, self.export_current)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(import_button)
        top.addWidget(export)
        bar = QHBoxLayout()
        for box in self.filters.values():
            bar.addWidget(box, 1)
        self.activity_table = record_table(self.activities, self)
        self.activity_table.setObjectName("activities_table")
        self.org_table = record_table(self.organisations, self)
        self.org_table.setObjectName("organisations_table")
        self.promote_button = QPushButton(self.tr("Make a &partner"), self)
        self.promote_button.setObjectName("promote")
        self.promote_button.clicked.connect(self.promote)
        self.match_button = QPushButton(self.tr("&Same as a partner..."), self)
        self.match_button.setObjectName("match")
        self.match_button.clicked.connect(self.match)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.setObjectName("dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        orgs = QWidget(self)
        org_layout = QVBoxLayout(orgs)
        org_layout.setContentsMargins(0, 0, 0, 0)
        org_layout.addWidget(self.org_table, 1)
        actions = QHBoxLayout()
        for button in (self.promote_button, self.match_button, self.dismiss_button):
            actions.addWidget(button)
        actions.addStretch(1)
        org_layout.addLayout(actions)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("landscape_tabs")
        self.tabs.addTab(self.activity_table, self.tr("Activities"))
        self.tabs.addTab(orgs, self.tr("Organisations"))
        self.tabs.currentChanged.connect(lambda _i: self._update_count())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.count_label)
        ctx.data_changed.connect(self._data_changed)
        for model in (self.activities, self.organisations):
            model.loaded.connect(self._update_count)
            model.counted.connect(self._update_count)
        self.activities.loaded.connect(self._size_columns)
        self.refresh()

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"filter_{name}")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(10)
        box.currentIndexChanged.connect(lambda _i, n=name, b=box: self._set_filter(n, b.currentData()))
        return box

    def _fill(self, name: str, everything: str, choices: list[tuple[str, str]]) -> None:
        box = self.filters[name]
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for code, text in choices:
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def refresh(self) -> None:
        office = self.filters["office"].currentData()
        self._fill("office", self.tr("All offices"), [(c, c) for c in settings.office_codes()])
        self._fill("sector", self.tr("Any sector"),
                   [(s, s) for s in landscape.sector_choices(office)])
        self._fill("area", self.tr("Any area"), [(a, a) for a in landscape.area_choices(office)])
        self._fill("org_type", self.tr("Any organisation type"),
                   [(c, org_type_label(c)) for c in landscape.org_type_choices(office)])
        for model in (self.activities, self.organisations):
            model.refresh()
        self._update_count()

    def _size_columns(self) -> None:
        """Fit the columns to the first rows read (they arrive after the query ran)."""
        self.activity_table.resizeColumnsToContents()
        for col in range(self.activities.columnCount()):
            self.activity_table.setColumnWidth(col, min(self.activity_table.columnWidth(col), 260))
        self.org_table.setColumnWidth(0, 300)
        self.org_table.setColumnWidth(1, 190)

    def _set_filter(self, name: str, value) -> None:
        self.activities.set_filter(name, value)
        if name in ("office", "org_type", "sector"):
            self.organisations.set_filter(name, value)
        if name == "office":
            self.refresh()
        self._update_count()

    def _apply_search(self) -> None:
        self.activities.set_search(self.search.text())
        self.organisations.set_search(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        model = self.activities if self.tabs.currentIndex() == 0 else self.organisations
        self.count_label.setText(model.total_text())

    def _data_changed(self, table: str) -> None:
        if table in ("", "external_activity", "external_org", "partner"):
            self.refresh()

    # actions ----------------------------------------------------------------------------------
    def open_import(self, kind: str = "iati") -> ImportWizard:
        wizard = ImportWizard(self.ctx, kind if isinstance(kind, str) else "iati", self)
        wizard.setModal(True)
        wizard.show()
        return wizard

    def export_current(self, path: str | None = None):
        model = self.activities if self.tabs.currentIndex() == 0 else self.organisations
        return export_model(self, self.ctx, model, "landscape", path)

    def selected_org(self) -> str | None:
        index = self.org_table.currentIndex()
        return self.organisations.id_at(index.row()) if index.isValid() else None

    def _act(self, fn) -> None:
        org_id = self.selected_org()
        if not org_id:
            QMessageBox.information(self, self.tr("Landscape"),
                                    self.tr("Choose an organisation in the list first."))
            return
        try:
            fn(org_id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not done"), error_text(exc))
            return
        self.ctx.changed("external_org")
        self.ctx.changed("partner")

    def promote(self) -> None:
        self._act(lambda org_id: landscape.promote(org_id))

    def dismiss(self) -> None:
        self._act(landscape.dismiss)

    def match(self) -> None:
        def choose(org_id):
            found = landscape.suggestions(org_id)
            if not found:
                raise DomainError(self.tr("No partner has a name like this organisation's."))
            labels = [f"{name} ({score:.0f}%)" for _i, name, score in found]
            label, ok = QInputDialog.getItem(self, self.tr("Same as a partner"),
                                             self.tr("This organisation is:"), labels, 0, False)
            if ok:
                landscape.match(org_id, found[labels.index(label)][0])
        self._act(choose)


def build(ctx) -> LandscapeArea:
    return LandscapeArea(ctx)


def _shot(widget: LandscapeArea, options: dict) -> None:
    if options.get("office"):
        box = widget.filters["office"]
        box.setCurrentIndex(max(0, box.findData(options["office"])))
    if options.get("ref") == "organisations":
        widget.tabs.setCurrentIndex(1)


def _shot_wizard(widget: LandscapeArea, options: dict) -> None:
    """The import window over the area (a child, so the window's picture holds it); with
    --ref FILE it reads that sheet and shows its column mapping."""
    from PySide6.QtCore import Qt
    wizard = ImportWizard(widget.ctx, "partners", widget)
    wizard.setWindowFlags(Qt.WindowType.Widget)
    wizard.setAutoFillBackground(True)
    wizard.setGeometry(widget.rect())
    wizard.show()
    if options.get("ref"):
        wizard.path.setText(options["ref"])
        wizard.next_button.click()


SHOTS = {"landscape": _shot, "import": _shot_wizard}  # shot views (ui/areas.py)
