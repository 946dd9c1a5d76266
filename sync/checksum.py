"""Checksums of the device's synced rows per office, compared with HQ's now and then (repair).

Each row counts by its content hash (sync/rowhash.py, the same function HQ keeps per row), so a
value that drifted apart under one version is found and repaired, not only a missing version.
What this device set aside from HQ (sync/held.py) counts as HQ has it: a row set aside is not
"repaired" at every check while its values stay unstorable here.
"""
from __future__ import annotations

from . import held, protocol
from .local import Scope, synced_tables
from .rowhash import row_hash


def local_sums(con, scope: Scope) -> dict[str, str]:
    """{office: hex} over the rows HQ has accepted (version > 0) in the offices the device
    receives (HQ's own records included, as HQ counts them)."""
    where, params = scope.read_sql()
    aside = held.overlay(con)
    totals: dict[str, int] = {}

    def add(office, table, row_id, version, values):
        totals[office] = protocol.fold(totals.get(office, 0),
                                       row_hash(table, row_id, version, values))

    for table in synced_tables(con):
        cursor = con.execute(f'SELECT * FROM "{table}" WHERE version > 0 AND {where}', params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            values = dict(zip(names, row))
            found = aside.pop((table, values["id"]), None)
            if found is not None:
                values.update(found.fields)
                values["version"] = max(values["version"], found.version)
            add(values["office"], table, values["id"], values["version"], values)
    for (table, row_id), found in aside.items():  # rows not stored here at all
        office = found.fields.get("office")
        if found.whole and found.version > 0 and (scope.all or scope.reads(office)):
            add(office, table, row_id, found.version, found.fields)
    return {office: protocol.hex_sum(total) for office, total in totals.items()}
