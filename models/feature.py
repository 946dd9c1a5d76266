"""What a feature of the domain layer contributes to the shared machinery (models/features.py).

Each feature package (`models/<feature>/__init__.py`) exposes `FEATURE = Feature(...)`; the
collectors (schema migrations, alerts, `check`, the demo builder, partnership status guards) loop
over `models.features.FEATURES`, so nothing is found by file name and a frozen build sees every
import.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping

if TYPE_CHECKING:
    import peewee

    from .alerts import Alert, AlertQuery
    from .demo import DemoContext
    from .directory import Partnership

Migration = Callable[["peewee.Database"], None]
AlertProvider = Callable[["AlertQuery"], "list[Alert]"]
CheckProvider = Callable[[], list[str]]
DemoBuilder = Callable[["DemoContext"], None]
PartnershipGuard = Callable[["Partnership | None", str], "str | None"]
ValueCheck = Callable[[object], "str | None"]


@dataclass(frozen=True)
class Feature:
    """One feature and its hooks; every hook but `name` is optional.

    migrations: the schema steps the feature owns, by their number in the one database history
        (`PRAGMA user_version`); each `up(db)` is literal SQL and runs in its own transaction.
    alerts: the feature's alerts for a query (DOMAIN.md section 7), most urgent first or not:
        `models.alerts.collect` sorts them.
    checks: invariants broken in the open database, one line each (`python main.py check`).
    demo: adds the feature's records to a demo database being built (change capture paused);
        it runs after the builders of the features listed before it.
    partnership_guards: refuse a partnership status change: (the stored partnership, or None
        when a new one is created, the new status) -> a refusal for the user, or None.
    models: the feature's peewee models; the fields of the synced ones (SyncModel) are the
        column definitions that HQ, the device and `check` hold values to (models/columns.py).
    shapes: what those columns may hold beyond their type, {table: {column: check}}:
        vocabularies and the shapes of JSON values (models/shapes.py).
    """
    name: str
    migrations: Mapping[int, Migration] = field(default_factory=dict)
    alerts: AlertProvider | None = None
    checks: CheckProvider | None = None
    demo: DemoBuilder | None = None
    partnership_guards: tuple[PartnershipGuard, ...] = ()
    models: tuple[type, ...] = ()
    shapes: Mapping[str, Mapping[str, ValueCheck]] = field(default_factory=dict)
