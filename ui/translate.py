"""Translation lookup that follows inheritance.

Qt's `self.tr()` uses the class of the object at run time as the context, while lupdate files
each string under the class whose code contains it. For a base class's strings shown by a
subclass the two differ and the text stays English. `InheritedTr.tr` tries each class of the
object's MRO in turn.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class InheritedTr:
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        for cls in type(self).__mro__:
            if cls.__module__.startswith("PySide6"):
                break
            found = QCoreApplication.translate(cls.__name__, text, disambiguation, n)
            if found != text:
                return found
        return QCoreApplication.translate(type(self).__name__, text, disambiguation, n)
