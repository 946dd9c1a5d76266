"""Every view, dialog and wizard page fits a 1024x600 netbook in English, French, Spanish and
Arabic: the window stays 1024x600, nothing is squeezed or scrolls sideways, and no label, button,
check box, tab or group title is cut (text that must be shortened carries a tooltip). At
1920x1080 the same views use the room.

The views are the `shot` views of every area (ui/features.py, ui/shot.py), dialogs and wizard
screens included; each is walked through its tabs, the cycle through its twelve phase forms, the
self-assessment through its benchmark pages, the import window through its column mapping.
"""
from __future__ import annotations

import ast
import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QTabWidget, QWidget

from support.fit import problems
from ui.areas import all_areas
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shot import _settle

ROOT = Path(__file__).resolve().parents[1]
SMALL, LARGE = (1024, 600), (1920, 1080)
# the offscreen platform cannot raise windows or grab the keyboard (completer pop-ups)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _views():
    return [(area, view, prepare) for area in all_areas()
            for view, prepare in area.shots.items()]


def _settled() -> None:
    """Layouts answer a change over a few turns of the event loop (a new form, a tab)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _tab_pages(root: QWidget, seen: set):
    """Show every tab of every tab widget in `root` in turn (nested ones too), yielding names."""
    for tabs in root.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisibleTo(root):
            continue
        seen.add(id(tabs))
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            if not tabs.isTabVisible(i):
                continue
            tabs.setCurrentIndex(i)
            _settled()
            yield f"tab {tabs.tabText(i)!r}"
            yield from _tab_pages(tabs.widget(i), seen)
        tabs.setCurrentIndex(current)


def _phases(view):
    from models.cycle import spec
    for phase in spec.PHASES:
        view.select_phase(phase.code)
        yield f"phase {phase.code}"


def _benchmarks(view):
    for row in range(view.nav.count()):
        view.go_to(row)
        yield f"page {row + 1}"


def _import_pages(wizard_parent):
    wizard = wizard_parent.findChild(QDialog, "import_wizard")
    if wizard.pages.currentIndex() == 1:  # the column mapping of --ref: then the preview
        wizard.next_button.click()
        ctx = wizard.ctx
        ctx.workers.wait(20_000)
        _settle(ctx)
        yield "preview"


WALKS = {"cycle": _phases, "assessment": _benchmarks, "import": _import_pages}


def _states(view: str, target: QWidget, widget: QWidget):
    yield "as shown"
    yield from _tab_pages(target, set())
    if view in WALKS:
        for state in WALKS[view](widget):
            yield state
            yield from _tab_pages(target, set())


def _partner_sheet(folder: Path) -> Path:
    """A small partner sheet for the import window's mapping and preview screens."""
    path = folder / "partners.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Vendor Number", "Partner Name", "Short Name", "Partner Type",
                         "Country", "Email", "Phone", "Risk Rating"])
        writer.writerow(["2500012345", "Tujenge Community Trust", "TCT",
                         "Civil Society Organization", "KEN", "info@tujenge.or.ke",
                         "+254 20 555 0101", "Medium"])
    return path


def render(ctx, size, area, view, prepare, options) -> list[str]:
    """Faults of one view in every state it walks through, each prefixed with where."""
    window = MainWindow(ctx)
    window.resize(*size)
    window.show()
    faults: list[str] = []
    try:
        widget = window.show_area(area.key)
        _settle(ctx)
        shown = prepare(widget, options)
        QApplication.processEvents()
        ctx.workers.wait(20_000)
        _settle(ctx)
        target = shown if shown is not None else window
        expected = size
        if shown is not None:  # a dialog: as large as it likes, within the screen
            expected = (min(shown.width(), size[0]), min(shown.height(), size[1]))
            shown.resize(*expected)
            QApplication.processEvents()
        for state in _states(view, target, widget):
            _settled()
            faults += [f"{view} ({state}): {p}" for p in problems(target, expected)]
        if shown is not None:
            shown.close()
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return sorted(set(faults), key=faults.index)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_every_view_and_dialog_fits_a_netbook(qapp, demo_db, language, lang, tmp_path):
    assert language(lang) == lang
    ctx = AppContext(demo_db)
    options = {"ref": None, "office": None, "year": None}
    faults, rendered = [], set()
    for area, view, prepare in _views():
        ref = str(_partner_sheet(tmp_path)) if view == "import" else None
        faults += render(ctx, SMALL, area, view, prepare, {**options, "ref": ref})
        rendered.add(view)
    ctx.workers.wait(20_000)
    assert len(rendered) >= 23
    assert not faults, f"{len(faults)} faults at 1024x600 in {lang}:\n" + "\n".join(faults)


def test_every_dialog_and_wizard_screen_is_a_shot_view(qapp, demo_db):
    """A new dialog or wizard page in ui/ must be rendered by some shot view (and so by the
    test above): the shot views' prepares name every QDialog, QWizard and QWizardPage
    subclass."""
    classes = set()
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in ("QDialog", "QWizard", "QWizardPage")
                    for b in node.bases):
                classes.add(node.name)
    assert len(classes) >= 10
    ctx = AppContext(demo_db)
    seen = set()
    for area, view, prepare in _views():
        window = MainWindow(ctx)
        window.resize(*SMALL)
        widget = window.show_area(area.key)
        _settle(ctx)
        shown = prepare(widget, {"ref": None, "office": None, "year": None})
        QApplication.processEvents()
        for w in [shown or window] + (shown or window).findChildren(QWidget):
            if w.isVisibleTo(shown or window):
                seen |= {cls.__name__ for cls in type(w).__mro__}
        if shown is not None:
            shown.close()
        ctx.workers.wait(20_000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    assert classes <= seen, f"never rendered by a shot view: {sorted(classes - seen)}"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_large_screen_is_used(qapp, demo_db, language, lang):
    """At 1920x1080 the views fit as well, and their forms and lists grow with the window:
    no form keeps a narrow column in a wide window."""
    assert language(lang) == lang
    ctx = AppContext(demo_db)
    faults = []
    for area, view, prepare in _views():
        window = MainWindow(ctx)
        window.resize(*LARGE)
        window.show()
        widget = window.show_area(area.key)
        _settle(ctx)
        if prepare(widget, {"ref": None, "office": None, "year": None}) is None:
            QApplication.processEvents()
            faults += [f"{view}: {p}" for p in problems(window, LARGE)]
            for scroll in widget.findChildren(QScrollArea):
                inner = scroll.widget()
                if scroll.isVisibleTo(window) and inner is not None and \
                        inner.width() + 30 < scroll.viewport().width():
                    faults.append(f"{view}: a form keeps {inner.width()} px of "
                                  f"{scroll.viewport().width()}")
            used = max((w.width() for w in widget.findChildren(QWidget)
                        if w.isVisibleTo(window) and w.width() < widget.width()), default=0)
            if widget.width() < 0.8 * (LARGE[0] - 190) or used < 0.3 * widget.width():
                faults.append(f"{view}: the area is {widget.width()} px wide, its largest part "
                              f"{used} px")
        else:
            for child in window.findChildren(QDialog):
                child.close()
        ctx.workers.wait(20_000)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("view, lang", [("partners", "fr"), ("assessment", "es"),
                                        ("agreement", "ar")])
def test_shot_renders_exactly_the_size_asked(demo_db, tmp_path, view, lang):
    """`shot --size 1024x600` gives a 1024x600 picture: the views that grew before do not."""
    import subprocess
    import sys

    from PySide6.QtGui import QImage
    out = tmp_path / f"{view}.png"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "shot", "--db", str(demo_db),
                           "--view", view, "--lang", lang, "--size", "1024x600", "--out",
                           str(out)], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == SMALL


def test_a_cut_cell_or_title_shows_its_whole_text_on_hover(qtbot):
    """Tables elide what does not fit; the pointer resting on it shows the rest."""
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QToolTip

    from ui.widgets import cut_text
    cut_text.install(QApplication.instance())
    table = QTableWidget(2, 2)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["A column title far too long for its column", "B"])
    long = "Review overdue since 2025-09-03: plan the annual review with the partner"
    table.setItem(0, 0, QTableWidgetItem(long))
    table.setItem(1, 0, QTableWidgetItem("Short"))
    table.setColumnWidth(0, 90)
    table.resize(300, 200)
    table.show()
    qtbot.waitExposed(table)

    def hover(widget, pos: QPoint) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
        event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert hover(table.viewport(), table.visualRect(table.model().index(0, 0)).center()) == long
    assert hover(table.viewport(), table.visualRect(table.model().index(1, 0)).center()) == ""
    header = table.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2)
    assert hover(header.viewport(), middle) == "A column title far too long for its column"
    table.setColumnWidth(0, 600)
    assert hover(table.viewport(), table.visualRect(table.model().index(0, 0)).center()) == ""
    QToolTip.hideText()
