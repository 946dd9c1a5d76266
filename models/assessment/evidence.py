"""Evidence for each benchmark computed in SQL from the office's own data (DOMAIN.md section 6).

A rule turns the office's records into "N of D ... (P %)", over the directory's tables and, for
reviews, measured results and exit strategies, the partnering cycle's (models/features.py lists
the cycle before the assessment, so its tables are always there).
Sentences are English source text with named fields, so the interface can translate the template.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..db import database
from . import evidence_cycle_sql as cycle_sql
from .benchmarks import BenchmarkInfo, rating_from_share

ACTIVE = "p.office = :office AND p.deleted = 0 AND +p.status = 'active'"  # office index


@dataclass(frozen=True)
class Evidence:
    rule: str
    recorded: bool  # False: the data this rule needs is not kept in this database
    numerator: int = 0
    denominator: int = 0
    template: str = ""  # English, with {num} {den} {pct}
    suggested: str = ""  # rating the data suggests: met | partly_met | not_met | ""
    extra: dict = field(default_factory=dict)

    @property
    def share(self) -> float | None:
        if not self.recorded or not self.denominator:
            return None
        return self.numerator / self.denominator

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else int(round(share * 100))

    @property
    def text(self) -> str:
        return self.template.format(num=self.numerator, den=self.denominator,
                                    pct=self.percent if self.percent is not None else "-")


@dataclass(frozen=True)
class Rule:
    key: str
    template: str  # sentence when there is something to measure
    empty: str  # sentence when the denominator is 0
    # SQL with :office and :today. For rules over the office's active partnerships (alias p) it
    # is the condition counted; the others give a whole query returning (denominator, numerator).
    sql: str
    over_active: bool = True

    def query(self) -> str:
        return active_query([self.sql]) if self.over_active else self.sql


def active_query(conditions: list[str]) -> str:
    """One pass over the office's active partnerships counting each condition."""
    sums = ", ".join(f"coalesce(sum({c}), 0)" for c in conditions)
    return f"SELECT count(*), {sums} FROM partnership p WHERE {ACTIVE}"


LANDSCAPE = """(EXISTS (SELECT 1 FROM partnership_partner m
                 WHERE m.partnership_id = p.id AND m.deleted = 0) AND NOT EXISTS (SELECT 1
                 FROM partnership_partner m WHERE m.partnership_id = p.id AND m.deleted = 0
                 AND trim(m.comparative_advantage) = ''))"""


DUE_DILIGENCE = """SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM partnership_partner m
                 WHERE m.partnership_id = p.id AND m.deleted = 0) AND NOT EXISTS (SELECT 1
                 FROM partnership_partner m JOIN partner r ON r.id = m.partner_id
                 WHERE m.partnership_id = p.id AND m.deleted = 0 AND NOT (
                   r.due_diligence_status IN ('cleared', 'cleared_with_conditions')
                   AND (r.due_diligence_on IS NULL OR r.due_diligence_on <= p.start_date)))), 0)
               FROM partnership p WHERE p.office = :office AND p.deleted = 0
                 AND p.status IN ('active', 'suspended', 'closed')
                 AND p.start_date > date(:today, '-1 year') AND p.start_date <= :today"""


FOCAL_AGREEMENT = """(p.focal_point_id IS NOT NULL AND p.formality IN ('mou', 'legal')
                 AND trim(p.results) != '')"""


RULES: dict[str, Rule] = {r.key: r for r in (
    Rule("landscape_mapped",
         "{num} of {den} active partnerships record the comparative advantage of every partner "
         "({pct} %).", "No active partnerships to measure.", LANDSCAPE),
    Rule("due_diligence_before_start",
         "{num} of {den} partnerships started in the last 12 months had every partner cleared "
         "by due diligence before the start ({pct} %).",
         "No partnership started in the last 12 months.", DUE_DILIGENCE, over_active=False),
    Rule("focal_point_agreement",
         "{num} of {den} active partnerships have a focal point and a written agreement with "
         "defined results ({pct} %).", "No active partnerships to measure.", FOCAL_AGREEMENT),
    Rule("reviewed_last_year",
         "{num} of {den} active partnerships were reviewed with partner feedback in the last 12 "
         "months ({pct} %).",
         "No active partnerships to measure.", cycle_sql.REVIEWED),
    Rule("contribution_measured",
         "{num} of {den} active partnerships had their results measured in the last 12 months "
         "({pct} %).", "No active partnerships to measure.", cycle_sql.MEASURED),
    Rule("exit_strategy",
         "{num} of {den} active partnerships have an exit or sustainability strategy ({pct} %).",
         "No active partnerships to measure.", cycle_sql.EXIT_STRATEGY),
)}

UNKNOWN_RULE = "Not computed: this version of PartnerDesk does not know the evidence rule '{rule}'."


def _evidence(rule: Rule, den: int, num: int, thresholds: dict) -> Evidence:
    if not den:
        return Evidence(rule=rule.key, recorded=True, template=rule.empty)
    return Evidence(rule=rule.key, recorded=True, numerator=num, denominator=den,
                    template=rule.template, suggested=rating_from_share(num / den, thresholds))


def _unknown(rule_key: str) -> Evidence:
    return Evidence(rule=rule_key, recorded=False,
                    template=UNKNOWN_RULE.replace("{rule}", rule_key.replace("{", "")))


def compute_rule(rule_key: str, office: str, today: dt.date, thresholds: dict) -> Evidence:
    rule = RULES.get(rule_key)
    if rule is None:
        return _unknown(rule_key)
    den, num = database.execute_sql(rule.query(), {"office": office,
                                            "today": today.isoformat()}).fetchone()
    return _evidence(rule, den, num, thresholds)


def compute(office: str, benchmarks: list[BenchmarkInfo], today: dt.date | None = None
            ) -> dict[str, Evidence]:
    """Evidence for every benchmark of a set, keyed by benchmark id. The rules over active
    partnerships share one pass over them (one row lookup per partnership, not one per rule)."""
    today = today or dt.date.today()
    params = {"office": office, "today": today.isoformat()}
    found: dict[str, Evidence] = {}
    shared: list[tuple[BenchmarkInfo, Rule, str]] = []
    for bench in benchmarks:
        rule = RULES.get(bench.rule)
        if rule is not None and rule.over_active:
            shared.append((bench, rule, rule.sql))
        else:
            found[bench.id] = compute_rule(bench.rule, office, today, bench.thresholds)
    if shared:
        row = database.execute_sql(active_query([c for _b, _r, c in shared]), params).fetchone()
        for n, (bench, rule, _c) in enumerate(shared, start=1):
            found[bench.id] = _evidence(rule, row[0], row[n], bench.thresholds)
    return {b.id: found[b.id] for b in benchmarks}


def parts(figure: str) -> tuple[str, dict]:
    """(template, numbers) of a sentence a rule wrote (a submitted assessment keeps only the
    English sentence), so that the window can show it in its language; a sentence no rule
    wrote comes back whole, without numbers."""
    for rule in RULES.values():
        pattern = re.escape(rule.template)
        for name in ("num", "den", "pct"):
            pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>\\d+|-)")
        found = re.fullmatch(pattern, figure or "")
        if found:
            return rule.template, {k: int(v) if v.isdigit() else None
                                   for k, v in found.groupdict().items()}
    return figure or "", {}
