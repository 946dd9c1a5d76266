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
AlertCounter = Callable[["AlertQuery"], "dict[str, int]"]
CheckProvider = Callable[[], list[str]]
DemoBuilder = Callable[["DemoContext"], None]
PartnershipGuard = Callable[["Partnership | None", str], "str | None"]
ValueCheck = Callable[[object], "str | None"]
WriteGuard = Callable[[object], None]


@dataclass(frozen=True)
class Feature:
    """One feature and its hooks; every hook but `name` is optional.

    migrations: the schema steps the feature owns, by their number in the one database history
        (`PRAGMA user_version`); each `up(db)` is literal SQL and runs in its own transaction.
    alerts: the feature's alerts for a query (DOMAIN.md section 7), most urgent first or not:
        `models.alerts.collect` sorts them. A provider should honour `query.kind` (only that
        kind) when it has `alert_counts`; `collect` filters for those that do not.
    alert_counts: the true number of the feature's alerts per kind for a query (office, focal
        point), without any limit. A feature whose alerts can be many (one per partnership)
        gives it, so the dashboard can count them all and list each kind's most urgent; without
        it, the dashboard asks the provider for all its alerts and counts them.
    checks: invariants broken in the open database, one line each (`python main.py check`).
    demo: adds the feature's records to a demo database being built (change capture paused);
        it runs after the builders of the features listed before it.
    partnership_guards: refuse a partnership status change: (the stored partnership, or None
        when a new one is created, the new status) -> a refusal for the user, or None.
    models: the feature's peewee models; the fields of the synced ones (SyncModel) are the
        column definitions that HQ, the device and `check` hold values to (models/columns.py).
    shapes: what those columns may hold beyond their type, {table: {column: check}}:
        vocabularies and the shapes of JSON values (models/shapes.py).
    write_guards: run before every save of a synced record (models/base.py); each raises
        DomainError to refuse it (the users' roles).
    """
    name: str
    migrations: Mapping[int, Migration] = field(default_factory=dict)
    alerts: AlertProvider | None = None
    alert_counts: AlertCounter | None = None
    checks: CheckProvider | None = None
    demo: DemoBuilder | None = None
    partnership_guards: tuple[PartnershipGuard, ...] = ()
    models: tuple[type, ...] = ()
    shapes: Mapping[str, Mapping[str, ValueCheck]] = field(default_factory=dict)
    write_guards: tuple[WriteGuard, ...] = ()
