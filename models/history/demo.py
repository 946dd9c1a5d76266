"""Demo status history: the way each demo agreement and programme document reached its status,
dated around its signature, by the office's staff, so that timelines and the time-to-sign figures
have something believable to show. The demo builds its records with change capture paused, so the
history triggers do not fire; this builder writes what they would have written over the months.
Offices differ in pace (one reviews in a week, another in six), as real ones do.
"""
from __future__ import annotations

import datetime as dt

from ..db import database
from ..demo import DemoContext, insert_rows
from ..ids import uuid7

PD_PATH = ["draft", "review", "signature", "signed", "active"]
AFTER_ACTIVE = {"suspended", "terminated", "ended"}


def _path(table: str, status: str, emergency: bool, amendment: bool) -> list[str]:
    """The statuses a record went through to reach `status`, in order."""
    if status == "cancelled":
        return ["draft", "cancelled"]
    if table == "agreement" or amendment:
        start = ["draft", "signed"]
        return start if status in start else start + [status]
    path = ["draft", "signed", "active"] if emergency else PD_PATH
    if status in path:
        return path[:path.index(status) + 1]
    return path + (["ended", "closed"] if status == "closed" else [status])


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _dates(ctx: DemoContext, path: list[str], row: dict, pace: float) -> list[dt.date]:
    """A date per step: the signature where the record says it, the steps before it counted
    back, the steps after it at the record's own dates; none after today."""
    rng, today = ctx.rng, ctx.today
    signed = max([d for d in (_day(row["partner_signed_on"]), _day(row["unicef_signed_on"]))
                  if d] or [today - dt.timedelta(days=rng.randint(0, 20))])
    anchor = path.index("signed") if "signed" in path else len(path) - 1
    dates = [signed] * len(path)
    gaps = {"review": (2, 20), "signature": (5, 45), "signed": (3, 30), "cancelled": (5, 60)}
    for i in range(anchor, 0, -1):  # backwards from the signature (or the last step)
        low, high = gaps.get(path[i], (3, 20))
        dates[i - 1] = dates[i] - dt.timedelta(days=max(1, round(rng.randint(low, high) * pace)))
    for i in range(anchor + 1, len(path)):
        step = path[i]
        own = _day(row["start_date"]) if step == "active" else \
            _day(row["end_date"]) if step == "ended" else None
        if own is None or own < dates[i - 1]:
            own = dates[i - 1] + dt.timedelta(days=rng.randint(1, 60))
        dates[i] = own
    return [min(d, today) for d in dates]


def _stamp(rng, day: dt.date, after: dt.datetime | None) -> dt.datetime:
    """A working-hours time of `day` (UTC), later than `after` (two steps on one day)."""
    moment = dt.datetime.combine(day, dt.time(rng.randint(6, 14), rng.randint(0, 59),
                                              rng.randint(0, 59), rng.randint(0, 999) * 1000))
    if after is not None and moment <= after:
        moment = after + dt.timedelta(minutes=rng.randint(5, 90))
    return moment


PARTNERSHIP_PATH = {"proposed": ["proposed"], "active": ["proposed", "active"],
                    "suspended": ["proposed", "active", "suspended"],
                    "closed": ["proposed", "active", "closed"]}
# Partnerships and phases get a history in the home office only, and at most this many: a
# 100,000-partnership demo (the benchmarks') would otherwise carry millions of history rows.
MAX_PARTNERSHIPS = 400


def _row(table: str, record_id: str, office: str, before, after, moment: dt.datetime,
         who: str, reason: str = "") -> dict:
    stamp = moment.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    return {"id": uuid7(), "office": office, "version": 0, "updated_at": stamp,
            "updated_by": "demo", "deleted": 0, "record_table": table, "record_id": record_id,
            "from_status": before, "to_status": after, "reason": reason, "changed_by": who,
            "changed_at": stamp}


def _partnerships(ctx: DemoContext, people: list[str]) -> list[dict]:
    """The home office's partnerships: proposed before they started, active from their start,
    and their phases started and completed on the dates the phase records keep."""
    rng, today, rows = ctx.rng, ctx.today, []
    found = database.execute_sql(
        "SELECT id, status, start_date, planned_end FROM partnership WHERE office = ? AND "
        "deleted = 0 ORDER BY id LIMIT ?", (ctx.home_office, MAX_PARTNERSHIPS)).fetchall()
    for pid, status, start, end in found:
        begun = _day(start) or today
        days = [min(begun - dt.timedelta(days=rng.randint(20, 90)), today), min(begun, today)]
        ending = min(_day(end) or today, today)
        days.append(max(days[1] + dt.timedelta(days=30), ending if status == "closed" else
                        today - dt.timedelta(days=rng.randint(0, 60))))
        before, moment = None, None
        for step, day in zip(PARTNERSHIP_PATH.get(status, [status]), days):
            moment = _stamp(rng, min(day, today), moment)
            if before or step != "proposed":  # created "proposed" is not recorded (migrations)
                rows.append(_row("partnership", pid, ctx.home_office, before, step, moment,
                                 rng.choice(people)))
            before = step
        for phase_id, phase_status, started, completed in database.execute_sql(
                "SELECT id, status, started_on, completed_on FROM cycle_phase WHERE "
                "partnership_id = ? AND deleted = 0 AND status != 'not_started'", (pid,)):
            first = "in_progress" if phase_status == "done" else phase_status
            moment = _stamp(rng, _day(started) or today, None)
            rows.append(_row("cycle_phase", phase_id, ctx.home_office, None, first, moment,
                             rng.choice(people)))
            if phase_status == "done":
                moment = _stamp(rng, _day(completed) or today, moment)
                rows.append(_row("cycle_phase", phase_id, ctx.home_office, first, "done",
                                 moment, rng.choice(people)))
    return rows


def extend(ctx: DemoContext) -> None:
    rng = ctx.rng
    staff: dict[str, list[str]] = {}
    for office, name in database.execute_sql("SELECT office, name FROM person WHERE deleted = 0 "
                                             "ORDER BY office, name"):
        staff.setdefault(office, []).append(name)
    pace = {code: rng.uniform(0.5, 2.0) for code in sorted(staff)}
    rows = []
    for table, emergency in (("agreement", "0"), ("programme_document", "is_emergency")):
        for values in database.execute_sql(
                f'SELECT id, office, status, {emergency}, amendment_of, partner_signed_on, '
                f'unicef_signed_on, start_date, end_date, status_reason FROM "{table}" '
                'WHERE deleted = 0 ORDER BY id').fetchall():
            row = dict(zip(("id", "office", "status", "emergency", "amendment_of",
                            "partner_signed_on", "unicef_signed_on", "start_date", "end_date",
                            "reason"), values))
            path = _path(table, row["status"], bool(row["emergency"]), bool(row["amendment_of"]))
            dates = _dates(ctx, path, row, pace.get(row["office"], 1.0))
            people = staff.get(row["office"]) or ["Demo User"]
            before, moment = None, None
            for status, day in zip(path, dates):
                moment = _stamp(rng, day, moment)
                rows.append(_row(table, row["id"], row["office"], before, status, moment,
                                 rng.choice(people),
                                 row["reason"] if status == "cancelled" else ""))
                before = status
    rows += _partnerships(ctx, staff.get(ctx.home_office) or ["Demo User"])
    insert_rows("status_change", rows)
