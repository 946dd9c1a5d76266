"""What an import did or would do: the fate of every row and the counts the CLI prints as JSON."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import DomainError
from ..messages import msg

# The fate of one row in the preview
NEW, MATCH, CONFLICT, INVALID, SIMILAR = "new", "match", "conflict", "invalid", "similar"


class UnreadableFile(DomainError):
    """The file cannot be read at all (not CSV, not Excel, not XML, empty, binary, wrong
    encoding, refused XML entities); nothing was written."""


class Cancelled(DomainError):
    """The user stopped the import; nothing was written."""

    def __init__(self):
        super().__init__(msg("The import was cancelled; nothing was written."))


@dataclass
class Problem:
    where: str  # "line 12", or an element path in an XML file
    message: str

    def as_json(self) -> dict:
        return {"where": self.where, "message": self.message}


@dataclass
class RowFate:
    """One row of the preview: where it came from, what will happen to it, and why."""
    line: int
    fate: str  # new | match | conflict | invalid | similar
    label: str  # what the row is, for people (a name, a reference)
    message: str = ""
    existing_id: str | None = None  # the record it matches
    existing_label: str = ""
    candidates: list[tuple[str, str, float]] = field(default_factory=list)  # similar records
    data: dict = field(default_factory=dict)  # the clean values to write
    source: dict = field(default_factory=dict)  # the row as read


@dataclass
class ImportReport:
    kind: str
    batch: str | None = None
    read: int = 0
    created: int = 0
    matched: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    rows: list[RowFate] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # activities, organisations (IATI), ...
    context: dict = field(default_factory=dict)  # office, columns used: not part of the JSON
    dry_run: bool = False

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def as_json(self) -> dict:
        out = {"batch": self.batch, "read": self.read, "created": self.created,
               "matched": self.matched, "skipped": self.skipped,
               "problems": [p.as_json() for p in self.problems]}
        out.update(self.extra)
        if self.dry_run:
            out["dry_run"] = True
        return out

    def counts(self) -> dict[str, int]:
        """How many rows of each fate the preview holds."""
        found: dict[str, int] = {}
        for row in self.rows:
            found[row.fate] = found.get(row.fate, 0) + 1
        return found
