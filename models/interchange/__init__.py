"""Data in and out (issue 14): partners and agreements from CSV/Excel (eTools shapes or a saved
column mapping), IATI activity files and HXL 3W tables into the landscape, every import a batch
that can be undone; lists to CSV/Excel, IATI 2.03 activity and organisation files, HXL 3W out.

The public API (modules used as namespaces):
  partner_import.plan(path, office=, mapping=) -> ImportReport (the preview; writes nothing)
  partner_import.apply(report, filename=, decisions=) -> ImportReport (one transaction, a batch)
  agreement_import.plan / agreement_import.apply: the same for agreements and PDs
  iati_import.run(path, country=, dry_run=) and hxl_import.run(path, country=, dry_run=)
  batches.undo(batch) / batches.recent(); landscape: list specs, filters, promote / match
  columns.load_mapping(path, kind) / columns.recognise(headers, kind, mapping)
  export_lists.write(out, headers, rows), iati_write.activities / organisation,
  hxl_write.export(office, out)
Errors: UnreadableFile (the file cannot be read; nothing written), Cancelled, DomainError.
"""
from __future__ import annotations

from ..feature import Feature
from . import (agreement_import, batches, codelists, columns, export_lists, hxl_import,
               hxl_write, iati_import, iati_write, landscape, migrations, partner_import, shapes,
               tabular)
from .entities import MODELS, ExternalActivity, ExternalOrg, ImportBatch, ImportItem
from .report import Cancelled, ImportReport, Problem, RowFate, UnreadableFile

__all__ = ["MODELS", "ExternalActivity", "ExternalOrg", "ImportBatch", "ImportItem",
           "Cancelled", "ImportReport", "Problem", "RowFate", "UnreadableFile",
           "agreement_import", "batches", "codelists", "columns", "export_lists", "hxl_import",
           "hxl_write", "iati_import", "iati_write", "landscape", "partner_import", "tabular",
           "FEATURE"]

FEATURE = Feature("interchange", migrations={6: migrations.up, 9: migrations.up_list_indexes},
                  models=tuple(MODELS), shapes=shapes.SHAPES)
