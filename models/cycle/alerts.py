"""Alerts about partners and partnerships (DOMAIN.md section 7), each one indexed SQL query.

Review due or overdue, lifespan passed without an evaluation, due diligence missing, risk
assessment expiring (older than 4 years, as models.partners.assessment_expired), phase stalled,
focal point missing. They stay fast at 100,000 partnerships: ranges on indexed dates
(`partnership_cycle.next_review_due`, `.lifespan_end`, `cycle_phase (status, started_on)`,
`partnership.focal_point_id`) and LIMIT; `counts()` gives the true total of each kind, for the
dashboard's groups.
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from ..alerts import SEVERITY_ORDER, Alert, AlertQuery
from .. import tolerant
from ..db import database
from ..directory import partners
from ..messages import msg, term
from .rules import add_months
from .spec import PHASE_BY_CODE

DUE_SOON_DAYS = 30
STALLED_DAYS = 90
EXPIRY_WARNING_DAYS = 60
OPEN = "p.deleted = 0 AND p.status != 'closed'"


def _scope(query: AlertQuery, alias: str = "p") -> tuple[str, list]:
    sql, params = "", []
    if query.office:
        sql += f" AND {alias}.office = ?"
        params.append(query.office)
    if query.person_id:
        sql += f" AND {alias}.focal_point_id = ?"
        params.append(query.person_id)
    return sql, params


def _partner_scope(query: AlertQuery) -> tuple[str, list]:
    """Partners of the office in scope (a partner alert belongs to the partner's office) that
    belong to an open partnership (of the focal point in scope, when one is given)."""
    sql, params = "", []
    if query.office:
        sql, params = " AND pr.office = ?", [query.office]
    if query.person_id:  # few partnerships: list their partners once
        return (f"{sql} AND pr.id IN (SELECT m.partner_id FROM partnership p JOIN "
                "partnership_partner m ON m.partnership_id = p.id AND m.deleted = 0 WHERE "
                f"p.focal_point_id = ? AND {OPEN})", params + [query.person_id])
    return (f"{sql} AND EXISTS (SELECT 1 FROM partnership_partner m JOIN partnership p ON "
            f"p.id = m.partnership_id WHERE m.partner_id = pr.id AND m.deleted = 0 AND {OPEN})",
            params)


def _join(query: AlertQuery, table: str, alias: str) -> str:
    """Which side drives the join: the indexed date range of `table`, or (for one focal
    point, who has few partnerships) partnership's focal-point index."""
    if query.person_id:
        return (f"partnership p CROSS JOIN {table} {alias} INDEXED BY {table}_partnership_id "
                f"ON p.id = {alias}.partnership_id")
    return f"{table} {alias} CROSS JOIN partnership p ON p.id = {alias}.partnership_id"


def _date(value) -> dt.date | None:
    return tolerant.day(value)  # a malformed date: the row is left out (check reports it)


def without_summary() -> bool:
    """Whether some partnership may lack a cycle summary row (then the slower fallback queries
    run). partnership_cycle.partnership_id is unique, so equal counts mean every partnership has
    one; two index-only counts instead of an anti-join over every partnership."""
    partnerships, summaries = database.execute_sql(
        "SELECT (SELECT count(*) FROM partnership), (SELECT count(*) FROM partnership_cycle)"
    ).fetchone()
    return partnerships > summaries


def _review(query: AlertQuery, count: bool, overdue: bool):
    """Reviews past their date (`overdue`) or falling due within DUE_SOON_DAYS."""
    today, soon = query.today.isoformat(), (query.today + dt.timedelta(days=DUE_SOON_DAYS))
    window = "c.next_review_due < ?" if overdue else "c.next_review_due >= ? AND " \
        "c.next_review_due <= ?"
    window_params = [today] if overdue else [today, soon.isoformat()]
    scope, params = _scope(query)
    sql = (f"FROM {_join(query, 'partnership_cycle', 'c')} "
           f"WHERE c.deleted = 0 AND {window} AND p.status = 'active' "
           f"AND p.deleted = 0{scope}")
    # Partnerships without a cycle summary yet: a review falls due a year after the start.
    year_ago = add_months(query.today, -12).isoformat()
    bare_window = "p.start_date < ?" if overdue else "p.start_date >= ? AND p.start_date <= ?"
    bare_params = [year_ago] if overdue else [year_ago, add_months(soon, -12).isoformat()]
    bare = (f"FROM partnership p WHERE p.status = 'active' AND p.deleted = 0 AND {bare_window} "
            "AND NOT EXISTS (SELECT 1 FROM partnership_cycle c WHERE "
            f"c.partnership_id = p.id AND c.deleted = 0){scope}")
    parts = ((sql, window_params), (bare, bare_params)) if without_summary() \
        else ((sql, window_params),)
    if count:
        return sum(database.execute_sql(f"SELECT count(*) {part}", limits + params).fetchone()[0]
                   for part, limits in parts)
    rows = database.execute_sql(
        f"SELECT p.id, p.reference, p.title, p.office, c.next_review_due, c.last_review_on {sql} "
        "ORDER BY c.next_review_due LIMIT ?", window_params + params + [query.limit]).fetchall()
    if len(parts) > 1:
        rows += [(r[0], r[1], r[2], r[3], add_months(_date(r[4]), 12).isoformat(), None)
                 for r in database.execute_sql(
                     f"SELECT p.id, p.reference, p.title, p.office, p.start_date {bare} "
                     "ORDER BY p.start_date LIMIT ?",
                     bare_params + params + [query.limit]).fetchall() if _date(r[4])]
    found = []
    for pid, ref, title, office, due, last in rows:
        due = _date(due)
        if due is None:
            continue
        detail = (msg("{title} (last review {last}). Record the review in cycle phase ix.",
                      title=title, last=_date(last) or str(last)) if last else
                  msg("{title} (never reviewed). Record the review in cycle phase ix.",
                      title=title))
        found.append(Alert(
            kind="review_overdue" if overdue else "review_due",
            severity="overdue" if overdue else "due",
            title=(msg("Review overdue since {due}", due=due) if overdue
                   else msg("Review due by {due}", due=due)),
            detail=detail,
            table="cycle", record_id=pid, reference=ref, office=office, due=due))
    return found


def review_overdue(query: AlertQuery, count: bool = False):
    return _review(query, count, overdue=True)


def review_due(query: AlertQuery, count: bool = False):
    return _review(query, count, overdue=False)


def lifespan_passed(query: AlertQuery, count: bool = False):
    scope, params = _scope(query)
    today = query.today.isoformat()
    sql = (f"FROM {_join(query, 'partnership_cycle', 'c')} "
           f"WHERE c.deleted = 0 AND c.lifespan_end < ? AND c.evaluated_on IS NULL AND {OPEN}"
           f"{scope}")
    bare = (f"FROM partnership p WHERE {OPEN} AND p.planned_end < ? AND NOT EXISTS (SELECT 1 "
            f"FROM partnership_cycle c WHERE c.partnership_id = p.id AND c.deleted = 0){scope}")
    parts = (sql, bare) if without_summary() else (sql,)
    if count:
        return sum(database.execute_sql(f"SELECT count(*) {part}", [today] + params).fetchone()[0]
                   for part in parts)
    rows = database.execute_sql(
        f"SELECT p.id, p.reference, p.title, p.office, c.lifespan_end {sql} "
        "ORDER BY c.lifespan_end LIMIT ?", [today] + params + [query.limit]).fetchall()
    if len(parts) > 1:
        rows += database.execute_sql(
            f"SELECT p.id, p.reference, p.title, p.office, p.planned_end {bare} LIMIT ?",
            [today] + params + [query.limit]).fetchall()
    return [Alert(kind="lifespan_passed", severity="overdue",
                  title=msg("Planned lifespan ended on {end} without an evaluation",
                            end=_date(end)),
                  detail=msg("{title}. Evaluate it and decide in cycle phase xii whether to "
                             "continue, hand over or close.", title=title),
                  table="cycle", record_id=pid, reference=ref, office=office, due=_date(end))
            for pid, ref, title, office, end in rows]


def due_diligence_missing(query: AlertQuery, count: bool = False):
    scope, params = _partner_scope(query)
    where = ("FROM partner pr WHERE pr.deleted = 0 AND pr.due_diligence_status IN "
             f"('not_started', 'in_progress'){scope}")
    if count:
        return database.execute_sql(f"SELECT count(*) {where}", params).fetchone()[0]
    rows = database.execute_sql(
        f"SELECT pr.id, pr.reference, pr.legal_name, pr.office, pr.due_diligence_status {where} "
        "ORDER BY pr.legal_name LIMIT ?", params + [query.limit]).fetchall()
    return [Alert(kind="due_diligence_missing", severity="warning",
                  title=msg("Due diligence not done") if status == "not_started"
                  else msg("Due diligence not finished"),
                  detail=msg("{name} is in an open partnership without a due-diligence "
                             "outcome. Screen it in cycle phase ii before any partnering "
                             "agreement.", name=name),
                  table="partner", record_id=pid, reference=ref, office=office)
            for pid, ref, name, office, status in rows]


def expiry_cutoff(today: dt.date) -> dt.date:
    """Latest assessment date that counts as expired on `today` (models.partners' rule)."""
    day = today.replace(year=today.year - 4, day=min(today.day, 28)) + dt.timedelta(days=3)
    while not partners.assessment_expired(SimpleNamespace(risk_assessed_on=day), today):
        day -= dt.timedelta(days=1)
    return day


def _assessments(query: AlertQuery, count: bool, expired: bool):
    """Risk assessments older than 4 years (`expired`), or turning 4 within the warning days."""
    cutoff = expiry_cutoff(query.today)
    soon = expiry_cutoff(query.today + dt.timedelta(days=EXPIRY_WARNING_DAYS))
    window = "pr.risk_assessed_on <= ?" if expired else \
        "pr.risk_assessed_on > ? AND pr.risk_assessed_on <= ?"
    window_params = [cutoff.isoformat()] if expired else [cutoff.isoformat(), soon.isoformat()]
    scope, params = _partner_scope(query)
    where = f"FROM partner pr WHERE pr.deleted = 0 AND {window}{scope}"
    if count:
        return database.execute_sql(f"SELECT count(*) {where}",
                                    window_params + params).fetchone()[0]
    rows = database.execute_sql(
        f"SELECT pr.id, pr.reference, pr.legal_name, pr.office, pr.risk_assessed_on {where} "
        "ORDER BY pr.risk_assessed_on LIMIT ?",
        window_params + params + [query.limit]).fetchall()
    return [Alert(
        kind="assessment_expired" if expired else "assessment_expiring",
        severity="warning" if expired else "info",
        title=(msg("Risk assessment of {day} is older than 4 years", day=_date(assessed))
               if expired else
               msg("Risk assessment of {day} turns 4 years old soon", day=_date(assessed))),
        detail=msg("{name}: plan a new assessment (micro assessment or checklist).", name=name),
        table="partner", record_id=pid, reference=ref, office=office, due=_date(assessed))
        for pid, ref, name, office, assessed in rows]


def assessment_expired(query: AlertQuery, count: bool = False):
    return _assessments(query, count, expired=True)


def assessment_expiring(query: AlertQuery, count: bool = False):
    return _assessments(query, count, expired=False)


def phase_stalled(query: AlertQuery, count: bool = False):
    before = (query.today - dt.timedelta(days=STALLED_DAYS)).isoformat()
    scope, params = _scope(query)
    sql = (f"FROM {_join(query, 'cycle_phase', 'f')} WHERE "
           f"f.status = 'in_progress' AND f.started_on < ? AND f.deleted = 0 AND {OPEN}{scope}")
    if count:
        return database.execute_sql(f"SELECT count(*) {sql}", [before] + params).fetchone()[0]
    rows = database.execute_sql(
        f"SELECT p.id, p.reference, p.title, p.office, f.phase, f.started_on {sql} "
        "ORDER BY f.started_on LIMIT ?", [before] + params + [query.limit]).fetchall()
    return [Alert(kind="phase_stalled", severity="warning",
                  title=msg("Phase {code} ({phase}) open since {started}", code=code,
                            phase=term(PHASE_BY_CODE[code].title, context="cycle"),
                            started=_date(started)),
                  detail=msg("{title}: no progress for more than {days} days. Finish the phase "
                             "or mark it not applicable with a reason.", title=title,
                             days=STALLED_DAYS),
                  table="cycle", record_id=pid, reference=ref, office=office,
                  due=_date(started))
            for pid, ref, title, office, code, started in rows if code in PHASE_BY_CODE]


def focal_point_missing(query: AlertQuery, count: bool = False):
    if query.person_id:  # nobody is focal point of a partnership without one
        return 0 if count else []
    scope, params = _scope(query)
    sql = f"FROM partnership p WHERE p.focal_point_id IS NULL AND {OPEN}{scope}"
    if count:
        return database.execute_sql(f"SELECT count(*) {sql}", params).fetchone()[0]
    rows = database.execute_sql(
        f"SELECT p.id, p.reference, p.title, p.office, p.status {sql} ORDER BY p.reference "
        "LIMIT ?", params + [query.limit]).fetchall()
    return [Alert(kind="focal_point_missing",
                  severity="due" if status == "active" else "warning",
                  title=msg("No focal point designated"),
                  detail=msg("{title}: designate a focal point (seed para. 59).", title=title),
                  table="partnership", record_id=pid, reference=ref, office=office)
            for pid, ref, title, office, status in rows]


# Every kind of alert of the cycle, by the kind its alerts carry.
KINDS = {kind.__name__: kind for kind in (
    review_overdue, review_due, lifespan_passed, due_diligence_missing, assessment_expired,
    assessment_expiring, phase_stalled, focal_point_missing)}


def alerts(query: AlertQuery) -> list[Alert]:
    """The most urgent `query.limit` alerts (of `query.kind` only, when given)."""
    chosen = [KINDS[query.kind]] if query.kind in KINDS else [] if query.kind else KINDS.values()
    found: list[Alert] = []
    for kind in chosen:
        found.extend(kind(query))
    found.sort(key=lambda a: (SEVERITY_ORDER.get(a.severity, 9), a.due or dt.date.max,
                              a.reference))
    return found[:query.limit]


def counts(query: AlertQuery) -> dict[str, int]:
    """Totals per kind, without the LIMIT (the dashboard's groups)."""
    return {name: kind(query, count=True) for name, kind in KINDS.items()}
