"""Dependencies point one way: models, reports and sync import nothing from PySide6 or ui."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORM_CALL = re.compile(r"\b[A-Z]\w*\.(select|update|insert|delete|get_or_none|get_by_id|create)\(")


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_lower_layers_never_import_qt_or_ui():
    offenders = []
    files = 0
    for package in ("models", "reports", "sync"):
        for path in (ROOT / package).rglob("*.py"):
            files += 1
            bad = imported_roots(path) & {"PySide6", "ui", "shiboken6", "cli"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert files > 20
    assert offenders == []


def test_widgets_do_not_query_the_orm():
    """ui/ calls functions of models/; it never builds peewee queries itself."""
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        roots = imported_roots(path)
        if "peewee" in roots or ORM_CALL.search(text) or "execute_sql(" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
