"""The pages of the import window: the column mapping of a sheet and the preview of every row's
fate (with a choice for rows that look like an existing partner)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from models.interchange import columns, tabular
from reports import palette

from ..messages import number_text, text

FIELD_LABELS = {  # field -> English label (context "ImportFields")
    "legal_name": "Legal name", "short_name": "Short name / acronym",
    "vendor_number": "Vendor number", "partner_type": "Partner type", "cso_type": "CSO type",
    "risk_rating": "Risk rating", "sea_risk_rating": "SEA risk rating",
    "psea_assessed_on": "PSEA assessment date", "risk_assessment_type": "Assessment type",
    "risk_assessed_on": "Assessment date", "core_values_assessed_on": "Core values date",
    "assessments": "Assessments (type and date)", "address": "Address", "email": "E-mail",
    "phone": "Phone", "country": "Country", "due_diligence_status": "Due diligence",
    "notes": "Notes", "reference": "PD reference", "partner_name": "Partner name",
    "status": "Status", "agreement_reference": "Agreement reference",
    "agreement_type": "Agreement type", "country_programme": "Country programme",
    "document_type": "Document type", "title": "Title", "start_date": "Start date",
    "end_date": "End date", "offices": "Offices", "sections": "Sections",
    "locations": "Locations", "humanitarian": "Humanitarian", "currency": "Currency",
    "partner_contribution": "Partner contribution", "unicef_cash": "UNICEF cash",
    "supplies": "UNICEF supplies", "total_budget": "Total budget", "fr_numbers": "FR numbers",
    "fr_amount": "FR amount", "partner_signatory": "Partner signatory",
    "partner_signed_on": "Partner signed on", "unicef_signatory": "UNICEF signatory",
    "unicef_signed_on": "UNICEF signed on"}


def field_label(key: str) -> str:
    return QCoreApplication.translate("ImportFields", FIELD_LABELS.get(key, key))


def fate_label(fate: str) -> str:
    labels = {"new": QCoreApplication.translate("ImportFate", "New"),
              "match": QCoreApplication.translate("ImportFate", "Matches existing"),
              "conflict": QCoreApplication.translate("ImportFate", "Conflicts"),
              "similar": QCoreApplication.translate("ImportFate", "Looks like existing"),
              "invalid": QCoreApplication.translate("ImportFate", "Invalid")}
    return labels.get(fate, fate)


class ColumnsPage(QWidget):
    """One row per column of the sheet: its header, a sample value, the field it fills."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = "partners"
        self.headers: list[str] = []
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("columns_table")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Example"),
                                              self.tr("Goes into")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(2, 220)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    def load(self, table: tabular.Table, kind: str, mapping: columns.Mapping | None) -> None:
        self.kind, self.headers = kind, table.headers
        chosen = columns.recognise(table.headers, kind, mapping)
        self.hint.setText(self.tr("%1: %2 rows. Check which column holds what; columns left on "
                                  "'(not imported)' are kept only in the import record.")
                          .replace("%1", table.name).replace("%2", number_text(len(table.rows))))
        sample = table.rows[0][1] if table.rows else []
        self.table.setRowCount(len(table.headers))
        for n, header in enumerate(table.headers):
            self.table.setItem(n, 0, QTableWidgetItem(header))
            example = tabular.text(sample[n]) if n < len(sample) else ""
            self.table.setItem(n, 1, QTableWidgetItem(example[:80]))
            combo = QComboBox(self.table)
            combo.setObjectName(f"map_{n}")
            combo.addItem(self.tr("(not imported)"), "")
            for key in columns.KINDS[kind]:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(n, ""))))
            self.table.setCellWidget(n, 2, combo)

    def mapping(self, values: dict | None = None) -> columns.Mapping:
        chosen = {header: self.table.cellWidget(n, 2).currentData() or ""
                  for n, header in enumerate(self.headers)}
        return columns.Mapping(self.kind, chosen, dict(values or {}))

    def missing(self) -> list[str]:
        picked = {self.table.cellWidget(n, 2).currentData() for n in range(len(self.headers))}
        return [field_label(f) for f in columns.REQUIRED[self.kind] if f not in picked]


class PreviewTable(QTableWidget):
    """Every row's fate; for a row that looks like an existing partner, a choice of what to do."""

    def __init__(self, parent=None):
        super().__init__(0, 4, parent)
        self.setObjectName("preview_table")
        self.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Fate"), self.tr("Record"),
                                        self.tr("What happens")])
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 50)
        self.setColumnWidth(1, 150)
        self.setColumnWidth(2, 200)
        self.verticalHeader().hide()
        self.choices: dict[int, QComboBox] = {}

    def show_report(self, report, limit: int = 5000) -> None:
        rows = report.rows[:limit]
        self.setRowCount(len(rows))
        self.choices = {}
        for n, fate in enumerate(rows):
            line = QTableWidgetItem(str(fate.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            what = QTableWidgetItem(fate_label(fate.fate))
            what.setForeground(QColor(palette.IMPORT_FATE.get(fate.fate, palette.TEXT)))
            self.setItem(n, 0, line)
            self.setItem(n, 1, what)
            self.setItem(n, 2, QTableWidgetItem(fate.label))
            if fate.fate == "similar":
                combo = QComboBox(self)
                combo.addItem(self.tr("Create a new partner"), "")
                for partner_id, name, score in fate.candidates:
                    combo.addItem(self.tr("Same as %1 (%2%)").replace("%1", name)
                                  .replace("%2", f"{score:.0f}"), partner_id)
                combo.addItem(self.tr("Skip this row"), "skip")
                self.setCellWidget(n, 3, combo)
                self.choices[fate.line] = combo
            else:
                message = QTableWidgetItem(text(fate.message) or (
                    self.tr("Matches %1; nothing changes.").replace("%1", fate.existing_label)
                    if fate.fate == "match" else ""))
                message.setToolTip(text(fate.message))
                self.setItem(n, 3, message)

    def decisions(self) -> dict[int, str]:
        return {line: combo.currentData() for line, combo in self.choices.items()
                if combo.currentData()}
