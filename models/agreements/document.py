"""A printed document as plain blocks: what reports/ lays out and what a signature seals.

The composer (compose.py) fills a template with a record into blocks in one language; the PDF
renderer draws them, and `Document.text()` joins the blocks that are part of the text signed
(not the print date, the status, the signatures or the schedule of programme documents) into
the canonical text whose SHA-256 an electronic signature records. Same record, same editions,
same language: same text, on any device, at any time.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str  # title subtitle para heading clause item table signatures note pagebreak
    text: str = ""
    number: str = ""  # "3", "3.2", "(b)" as printed
    level: int = 1  # heading level: 1 article or annex, 2 a part inside it
    header: list[str] | None = None  # table
    rows: list[list[str]] = field(default_factory=list)
    widths: tuple[float, ...] = ()
    numeric: frozenset[int] = frozenset()
    total_rows: int = 0
    tall: bool = False  # rows high enough to sign in (sample signatures)
    parties: list["Party"] = field(default_factory=list)  # signatures
    signed: bool = True  # part of the text a signature seals

    def canonical(self) -> str:
        if self.kind == "table":
            lines = [" | ".join(self.header)] if self.header else []
            return "\n".join(lines + [" | ".join(r) for r in self.rows])
        if self.kind in ("pagebreak", "signatures"):
            return ""
        return f"{self.number} {self.text}".strip()


@dataclass
class Party:
    """One signature block: who signs for a party, and the evidence once signed."""
    heading: str
    lines: list[tuple[str, str]]  # (label, value): name, title, date
    evidence: list[str] = field(default_factory=list)
    blank_signature: bool = True  # a line to sign on paper


@dataclass
class Document:
    lang: str
    title: str
    reference: str
    draft: bool
    blocks: list[Block] = field(default_factory=list)
    footer_note: str = ""  # the template editions, printed small on every page

    def add(self, kind: str, text: str = "", **extra) -> Block:
        block = Block(kind, text, **extra)
        self.blocks.append(block)
        return block

    def text(self) -> str:
        """The canonical text signed: signed blocks, one per line, as printed."""
        return "\n".join(t for b in self.blocks if b.signed and (t := b.canonical()))

    def fingerprint(self) -> str:
        return hashlib.sha256(self.text().encode("utf-8")).hexdigest()
