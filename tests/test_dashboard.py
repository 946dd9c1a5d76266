"""The dashboard as someone who must act on it sees it: the home office by default, every alert
counted and grouped by kind (emergency and overdue first), every group reachable in full, a click
opening the record; the Emergency view lists the home office's deferred items only."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

from PySide6.QtCore import Qt

from models import alerts
from models.agreements import emergency
from models.cycle import dashboard as cycle_dashboard
from models.db import close_database, database
from models.directory import settings
from support.cycle_fixtures import ROOT, TODAY, partner, partnership, person
from ui.agreements.emergency_area import EmergencyArea
from ui.context import AppContext
from ui.cycle.dashboard import DashboardView


def every_alert(office: str | None) -> dict[str, list[alerts.Alert]]:
    """All alerts by kind, asked of every provider without a limit (the truth to compare with)."""
    found: dict[str, list[alerts.Alert]] = {}
    for alert in alerts.collect(alerts.AlertQuery(today=dt.date.today(), office=office,
                                                  limit=alerts.EVERYTHING)):
        found.setdefault(alert.kind, []).append(alert)
    return found


def test_groups_count_every_alert_and_list_the_most_urgent(demo_db):
    for office in (None, "KEN"):
        truth = every_alert(office)
        groups = alerts.grouped(alerts.AlertQuery(today=dt.date.today(), office=office),
                                per_kind=5)
        assert {g.kind: g.total for g in groups} == {k: len(v) for k, v in truth.items()}
        for group in groups:
            assert len(group.alerts) == min(5, group.total)
            # the most urgent (ties on a date may be broken either way)
            most_urgent = sorted(truth[group.kind], key=alerts.urgency)[:5]
            assert [alerts.urgency(a)[:2] for a in group.alerts] == \
                [alerts.urgency(a)[:2] for a in most_urgent]
            assert set(group.alerts) <= set(truth[group.kind])
            assert group.complete == (group.total <= 5)
        assert sum(g.total for g in groups) >= 20 and len(groups) >= 5


def test_groups_put_emergency_first_then_by_severity(demo_db):
    groups = alerts.grouped(alerts.AlertQuery(today=dt.date.today()))
    keys = [(not g.emergency, alerts.SEVERITY_ORDER[g.severity]) for g in groups]
    assert keys == sorted(keys)
    assert groups[0].emergency and groups[0].severity == "overdue"
    kinds = {g.kind for g in groups}
    assert {"review_due", "phase_stalled", "review_overdue"} <= kinds


def test_reviews_due_soon_show_however_many_are_overdue(db):
    """600 overdue reviews once hid the few due soon behind a cut at 300."""
    focal = person()
    lead = partner("Kisumu Youth Network")
    made = [partnership([lead], focal=focal, title=f"Overdue {n}",
                        start=TODAY - dt.timedelta(days=500)) for n in range(6)]
    soon = partnership([lead], focal=focal, title="Due soon",
                       start=TODAY - dt.timedelta(days=350))
    for pid in made + [soon]:  # active, never reviewed: due a year after the start
        database.execute_sql("UPDATE partnership SET status = 'active' WHERE id = ?", (pid,))
    groups = {g.kind: g for g in alerts.grouped(alerts.AlertQuery(today=TODAY), per_kind=2)}
    assert groups["review_overdue"].total == 6 and len(groups["review_overdue"].alerts) == 2
    assert [a.record_id for a in groups["review_due"].alerts] == [soon]
    whole = cycle_dashboard.alerts_of_kind("review_overdue", today=TODAY)
    assert len(whole) == 6 and all(a.kind == "review_overdue" for a in whole)


def test_only_mine_counts_the_users_partnerships(demo_db):
    data = cycle_dashboard.load(office="KEN", only_mine=True)
    mine = {p.id for p in data.mine}
    for group in data.groups:
        for alert in group.alerts:
            if alert.table == "cycle":
                assert alert.record_id in mine
    assert all(g.kind != "focal_point_missing" for g in data.groups)


def shown(qtbot, ctx, per_kind: int = 200) -> DashboardView:
    dash = DashboardView(ctx)
    qtbot.addWidget(dash)
    dash.per_kind = per_kind
    dash.resize(834, 560)  # the area of a 1024x600 window
    dash.show()
    with qtbot.waitSignal(dash.loaded, timeout=20_000):
        dash.refresh()
    return dash


def test_dashboard_opens_on_the_home_office_with_every_group(qtbot, demo_db):
    ctx = AppContext(demo_db)
    dash = shown(qtbot, ctx, per_kind=3)
    assert settings.home_office() == "KEN" and dash.office.currentData() == "KEN"
    data = dash.data
    assert data.office == "KEN"
    assert all(a.office in ("KEN", "") for g in data.groups for a in g.alerts)
    truth = every_alert("KEN")
    assert dash.groups.rowCount() == len(truth) == len(data.groups)
    total = sum(len(v) for v in truth.values())
    assert str(total) in dash.panel.total.text()
    for row, group in enumerate(data.groups):
        assert dash.groups.item(row, 1).text() == str(group.total)
    # a long group: the most urgent are listed, the caption says how many, Show all lists all
    row = next(i for i, g in enumerate(data.groups) if g.total > 3)
    group = data.groups[row]
    dash.groups.setCurrentCell(row, 0)
    assert dash.alerts.rowCount() == 3
    assert dash.panel.show_all.isVisible() and str(group.total) in dash.panel.caption.text()
    with qtbot.waitSignal(dash.loaded, timeout=20_000):
        qtbot.mouseClick(dash.panel.show_all, Qt.MouseButton.LeftButton)
    assert dash.alerts.rowCount() == group.total
    assert not dash.panel.show_all.isVisible()
    # a click on an alert opens its record
    row = next(i for i, a in enumerate(dash.panel.shown) if a.table)
    rect = dash.alerts.visualRect(dash.alerts.model().index(row, 1))
    with qtbot.waitSignal(ctx.open_record_requested, timeout=5000) as opened:
        qtbot.mouseClick(dash.alerts.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [dash.panel.shown[row].table, dash.panel.shown[row].record_id]
    # every office: more alerts, the office column shows
    with qtbot.waitSignal(dash.loaded, timeout=20_000):
        dash.office.setCurrentIndex(dash.office.findData(None))
    assert dash.data.total == sum(len(v) for v in every_alert(None).values()) > total
    assert not dash.alerts.isColumnHidden(2)
    open_total = database.execute_sql("SELECT count(*) FROM partnership WHERE deleted = 0 AND "
                                      "status != 'closed'").fetchone()[0]
    assert sum(n for _s, n in dash.data.stages) == open_total
    assert dash.mine.rowCount() == len(dash.data.mine) > 0
    ctx.workers.wait(10_000)


def test_dashboard_export_writes_every_alert_of_every_group(qtbot, demo_db, tmp_path):
    ctx = AppContext(demo_db)
    dash = shown(qtbot, ctx, per_kind=2)
    out = tmp_path / "alerts.csv"
    run = dash.export_alerts(str(out))
    qtbot.waitUntil(lambda: run.result is not None, timeout=20_000)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) - 1 == dash.data.total == run.result
    ctx.workers.wait(10_000)


def test_emergency_view_lists_the_home_offices_items(qtbot, demo_db):
    everywhere = emergency.deferred_items()
    assert {i.office for i in everywhere} >= {"KEN", "JOR"}
    ctx = AppContext(demo_db)
    area = EmergencyArea(ctx)
    qtbot.addWidget(area)
    ids = {area.deferred.item(n).data(Qt.ItemDataRole.UserRole)
           for n in range(area.deferred.count())}
    assert ids == {i.id for i in everywhere if i.office == "KEN"}
    assert "KEN" in area.heading.text()
    ctx.workers.wait(10_000)


def test_shot_of_the_dashboard_at_1024x600(demo_db, tmp_path):
    close_database()
    out = tmp_path / "dashboard.png"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "shot", "--db", str(demo_db),
                             "--view", "dashboard", "--out", str(out), "--size", "1024x600"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 20_000

