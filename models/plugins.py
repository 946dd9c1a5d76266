"""Discovery of feature modules by file-name prefix, so features plug in without editing a list."""
from __future__ import annotations

import importlib
import pkgutil


def modules(package: str, prefix: str) -> list:
    """Import and return the modules `package.<prefix>*`, sorted by name."""
    pkg = importlib.import_module(package)
    names = sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith(prefix))
    return [importlib.import_module(f"{package}.{name}") for name in names]
