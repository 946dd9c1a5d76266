"""Benchmark sets as versioned data (DOMAIN.md section 6): models, the set in force, the scale.

Headquarters issues a set (identifier, edition, year it applies from, issuer) with its
benchmarks (code, title, guidance, rating scale, evidence rule and thresholds). The default set
is inserted by migration m004 with fixed ids; new editions arrive through sync like any record.
"""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from ..base import JSONField, SyncModel
from ..errors import DomainError
from ..messages import msg

# Rating scale: code -> English label (translated by the interface with context "vocab").
RATINGS: dict[str, str] = {
    "met": "Met",
    "partly_met": "Partly met",
    "not_met": "Not met",
}
DEFAULT_THRESHOLDS = {"met": 0.9, "partly_met": 0.5}


class BenchmarkSet(SyncModel):
    identifier = peewee.TextField()
    edition = peewee.IntegerField(default=1)
    year = peewee.IntegerField()  # first year the set applies to
    issuer = peewee.TextField(default="")
    title = peewee.TextField(default="")
    issued_on = peewee.DateField(null=True)

    class Meta:
        indexes = ((("identifier", "edition"), True),)


class Benchmark(SyncModel):
    benchmark_set = peewee.ForeignKeyField(BenchmarkSet, column_name="set_id",
                                           backref="benchmarks")
    code = peewee.TextField()
    position = peewee.IntegerField(default=0)
    title = peewee.TextField()
    guidance = peewee.TextField(default="")
    scale = JSONField(default=list)  # rating codes offered; empty means RATINGS
    rule = peewee.TextField(default="")  # evidence rule key (models.benchmarks_evidence.RULES)
    thresholds = JSONField(default=dict)  # {"met": share, "partly_met": share}


@dataclass(frozen=True)
class BenchmarkInfo:
    """A benchmark as the interface and the reports use it."""
    id: str
    code: str
    position: int
    title: str
    guidance: str
    scale: tuple[str, ...]
    rule: str
    thresholds: dict


def set_in_force(year: int) -> BenchmarkSet:
    """The newest set that applies to `year` (latest start year, then latest edition)."""
    found = (BenchmarkSet.live().where(BenchmarkSet.year <= year)
             .order_by(BenchmarkSet.year.desc(), BenchmarkSet.edition.desc()).first())
    if found is None:
        found = BenchmarkSet.live().order_by(BenchmarkSet.year, BenchmarkSet.edition).first()
    if found is None:
        raise DomainError(msg("No benchmark set is recorded in this database. Synchronise with "
                              "headquarters to receive one."))
    return found


def benchmarks_of(set_id: str) -> list[BenchmarkInfo]:
    rows = (Benchmark.live().where(Benchmark.benchmark_set == set_id)
            .order_by(Benchmark.position, Benchmark.code))
    return [BenchmarkInfo(id=b.id, code=b.code, position=b.position, title=b.title,
                          guidance=b.guidance, scale=tuple(b.scale or RATINGS),
                          rule=b.rule, thresholds=dict(b.thresholds or DEFAULT_THRESHOLDS))
            for b in rows]


def rating_from_share(share: float | None, thresholds: dict) -> str:
    """The rating a share suggests: met, partly met or not met ('' when nothing to measure)."""
    if share is None:
        return ""
    if share >= thresholds.get("met", DEFAULT_THRESHOLDS["met"]) - 1e-9:
        return "met"
    if share >= thresholds.get("partly_met", DEFAULT_THRESHOLDS["partly_met"]) - 1e-9:
        return "partly_met"
    return "not_met"


MODELS = [BenchmarkSet, Benchmark]
