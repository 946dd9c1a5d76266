"""Dependencies point one way: models, reports and sync import nothing from PySide6 or ui;
models imports neither reports nor sync; no import cycles; outside a feature package only its
API (`__all__`) is used."""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from support import import_graph

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


# The import graph (tests/support/import_graph.py) -------------------------------------------

REGISTRIES = frozenset({"models.features", "models.migrations", "ui.features"})
LAYERS = ("models", "reports", "ui")  # where feature packages live: ui/<feature>, ...


@pytest.fixture(scope="module")
def graph() -> import_graph.Graph:
    return import_graph.build(ROOT)


def test_no_import_cycles(graph):
    """Not even through a function-level import; the registries, which import every feature on
    purpose, and `if TYPE_CHECKING:` blocks aside."""
    edges = graph.edges(ignore=REGISTRIES)
    assert sum(map(len, edges.values())) > 500  # the graph was really read
    assert [" -> ".join(cycle) for cycle in import_graph.cycles(edges)] == []


def test_models_import_neither_reports_nor_sync(graph):
    offenders = [f"{imp.importer}:{imp.line} imports {imp.target}" for imp in graph.imports
                 if imp.importer.split(".")[0] == "models"
                 and imp.target.split(".")[0] in ("reports", "sync")]
    assert offenders == []


def feature_packages(graph) -> dict[str, set[str]]:
    """Each feature package (a package of a layer that declares `__all__`) and its API."""
    found = {}
    for name in sorted(graph.packages):
        layer, _, rest = name.partition(".")
        if layer in LAYERS and rest and "." not in rest and any(
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", None) == "__all__" for t in node.targets)
                for node in graph.trees[name].body):
            found[name] = set(importlib.import_module(name).__all__)
    return found


def api_offences(graph, features: dict[str, set[str]]) -> list[str]:
    """Imports from outside a feature package of its inner modules or of names not in its
    `__all__`, and attributes of an imported feature package that are not in `__all__`."""
    def feature_of(module: str) -> str | None:
        return next((f for f in features if module == f or module.startswith(f + ".")), None)

    found, aliases = [], {}
    for imp in graph.imports:
        feature = feature_of(imp.target)
        if feature is None or feature_of(imp.importer) == feature:
            continue
        written, names = imp.taken_from()
        where = f"{imp.importer}:{imp.line}"
        if imp.target != feature and written != feature:
            found.append(f"{where} imports {imp.target}, inside {feature}")
            continue
        if written == feature:  # `from feature import names`
            found += [f"{where} takes {feature}.{n}, not in its __all__" for n in names
                      if n not in features[feature]]
        if imp.alias and imp.target == feature:
            aliases.setdefault(imp.importer, {})[imp.alias] = feature
    for module, bound in aliases.items():
        for node in ast.walk(graph.trees[module]):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in bound and node.attr not in features[bound[node.value.id]]):
                found.append(f"{module}:{node.lineno} uses {bound[node.value.id]}.{node.attr}, "
                             "not in its __all__")
    return sorted(set(found))


def test_outside_a_feature_only_its_api_is_used(graph):
    """models/*, reports, sync, ui and cli use a feature through its package and `__all__`."""
    features = feature_packages(graph)
    assert {"models.agreements", "models.directory", "ui.agreements"} <= set(features)
    assert api_offences(graph, features) == []


def test_the_checks_catch_what_they_look_for(tmp_path):
    """A cycle through a function-level import is found; one only under TYPE_CHECKING or
    through a registry is not; an inner module taken from outside its feature is named."""
    def write(name: str, text: str) -> None:
        path = tmp_path / Path(*name.split(".")).with_suffix(".py")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    write("models.__init__", "")
    write("models.a", "def later():\n    from models import b\n")
    write("models.b", "from . import a\n")
    write("models.c", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from . import d\n")
    write("models.d", "import models.c\n")
    write("models.features", "from .shop import FEATURE\n")
    write("models.shop.__init__", "from . import inner\nfrom ..features import FEATURE\n"
          "__all__ = ['FEATURE']\n")
    write("models.shop.inner", "")
    write("models.e", "from models.shop import inner\nfrom models.shop.inner import x\n")
    small = import_graph.build(tmp_path, ("models",))
    found = import_graph.cycles(small.edges(ignore=REGISTRIES))
    assert found == [["models.a", "models.b", "models.a"]]
    assert import_graph.cycles(small.edges()) != found  # the registry's cycle, when counted
    offences = api_offences(small, {"models.shop": {"FEATURE"}})
    assert offences == ["models.e:1 takes models.shop.inner, not in its __all__",
                        "models.e:2 imports models.shop.inner, inside models.shop"]
