"""The import graph of our packages, read from the source (nothing is imported), for the layering
tests: which module imports which, with the names it takes.

Every import counts, at module level or inside a function, except under `if TYPE_CHECKING:`
(never run). Importing `a.b.c` also runs the `__init__` of `a` and `a.b`, so those are edges
too, unless the importer lives inside that package (then its `__init__` is already running).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

PACKAGES = ("models", "reports", "sync", "ui", "cli")


@dataclass(frozen=True)
class Import:
    """One import statement's effect: the module it reaches and the names it binds from it."""
    importer: str
    target: str  # a module of ours
    names: tuple[str, ...] = ()  # `from target import names` (attributes, not submodules)
    alias: str | None = None  # the local name bound to `target` itself, if any
    line: int = 0
    written: str = ""  # the module as the statement names it: `from written import ...`

    def taken_from(self) -> tuple[str, tuple[str, ...]]:
        """(module written in the statement, names taken from it): `from a import b` where b
        is a module of ours gives ('a', ('b',)), not the module b itself."""
        if self.written and self.written != self.target and self.target.startswith(
                self.written + ".") and "." not in self.target[len(self.written) + 1:]:
            return self.written, (self.target.rpartition(".")[2],)
        return self.target, self.names


@dataclass
class Graph:
    modules: dict[str, Path]  # dotted name -> file
    packages: set[str]  # dotted names that are packages (their file is __init__.py)
    imports: list[Import] = field(default_factory=list)
    trees: dict[str, ast.Module] = field(default_factory=dict)

    def edges(self, ignore: frozenset[str] = frozenset()) -> dict[str, set[str]]:
        """importer -> modules it runs, package `__init__`s included, `ignore`d ones left out."""
        out: dict[str, set[str]] = {m: set() for m in self.modules}
        for imp in self.imports:
            parts = imp.target.split(".")
            reached = [imp.target] + [".".join(parts[:i]) for i in range(1, len(parts))]
            for target in reached:
                if target in ignore or target == imp.importer or target not in self.modules:
                    continue
                if target != imp.target and imp.importer.startswith(target + "."):
                    continue  # our own enclosing package: already being imported
                out[imp.importer].add(target)
        return out


def module_name(root: Path, path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        return ".".join(parts[:-1]), True
    return ".".join(parts), False


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


class _Collector(ast.NodeVisitor):
    def __init__(self, graph: Graph, name: str, is_package: bool):
        self.graph, self.name, self.is_package = graph, name, is_package

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            for child in node.orelse:  # only the else branch ever runs
                self.visit(child)
            return
        self.generic_visit(node)

    def _known(self, dotted: str) -> str | None:
        """The longest prefix of `dotted` that is a module of ours."""
        while dotted and dotted not in self.graph.modules:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            target = self._known(alias.name)
            if target:
                bound = alias.asname if alias.asname else None
                self.graph.imports.append(Import(self.name, target, (), bound, node.lineno,
                                                 alias.name))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.name.split(".") if self.is_package else self.name.split(".")[:-1]
            base = base[:len(base) - (node.level - 1)]
            source = ".".join(base + ([node.module] if node.module else []))
        else:
            source = node.module or ""
        target = self._known(source)
        if target is None:
            return
        names = []
        for alias in node.names:
            sub = f"{source}.{alias.name}"
            if sub in self.graph.modules:  # `from package import module`
                self.graph.imports.append(Import(self.name, sub, (), alias.asname or alias.name,
                                                 node.lineno, source))
            else:
                names.append(alias.name)
        if names:
            self.graph.imports.append(Import(self.name, target, tuple(names), None,
                                             node.lineno, source))


def build(root: Path, packages: tuple[str, ...] = PACKAGES) -> Graph:
    files: dict[str, tuple[Path, bool]] = {}
    graph = Graph({}, set())
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            name, is_package = module_name(root, path)
            graph.modules[name] = path
            files[name] = (path, is_package)
            if is_package:
                graph.packages.add(name)
    for name, (path, is_package) in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph.trees[name] = tree
        _Collector(graph, name, is_package).visit(tree)
    return graph


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each import cycle once, as a path a -> b -> ... -> a (strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def strong(start: str) -> None:  # iterative Tarjan: deep graphs need no recursion limit
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(_path_through(sorted(component), edges))

    for node in sorted(edges):
        if node not in index:
            strong(node)
    return found


def _path_through(component: list[str], edges: dict[str, set[str]]) -> list[str]:
    """A readable cycle inside a strongly connected component: first member back to itself."""
    members, start = set(component), component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(edges[node] & members):
            if child == start:
                return paths[node] + [start]
            if child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    return component
