"""Checksums of the device's synced rows per office, compared with HQ's now and then (repair)."""
from __future__ import annotations

from . import protocol
from .local import Scope, synced_tables


def local_sums(con, scope: Scope) -> dict[str, str]:
    """{office: hex} over (table, id, version) of rows HQ has accepted (version > 0) in the
    offices the device receives (HQ's own records included, as HQ counts them)."""
    where, params = scope.read_sql()
    totals: dict[str, int] = {}
    for table in synced_tables(con):
        for office, row_id, version in con.execute(
                f'SELECT office, id, version FROM "{table}" WHERE version > 0 AND {where}', params):
            totals[office] = protocol.fold(totals.get(office, 0),
                                           protocol.row_hash(table, row_id, version))
    return {office: protocol.hex_sum(total) for office, total in totals.items()}
