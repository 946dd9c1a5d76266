"""The colours are written once, in reports/palette.py: no colour literal elsewhere in the window
or the printed documents, and every code of a coloured vocabulary has its colour."""
from __future__ import annotations

import re
from pathlib import Path

from models.alerts import SEVERITY_ORDER
from models.cycle import spec
from models.interchange import report
from reports import palette

ROOT = Path(__file__).resolve().parents[1]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|HexColor\(\s*0x")


def test_no_colour_is_written_outside_the_palette():
    found = []
    for package in ("ui", "reports"):
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "reports" / "palette.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if HEX.search(line.split("  # ")[0]):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_the_palette_is_plain_colours_and_covers_its_vocabularies():
    colours = {name: value for name, value in vars(palette).items()
               if name.isupper() and isinstance(value, str)}
    assert len(colours) > 20 and all(re.fullmatch(r"#[0-9a-fA-F]{6}", v)
                                     for v in colours.values()), colours
    assert set(palette.HEALTH) == set(spec.HEALTH)
    assert set(palette.PHASE_STATUS) == set(palette.PHASE_STATUS_PRINT) == set(spec.PHASE_STATUSES)
    assert set(palette.RELATION) == set(spec.RELATIONS)
    assert set(palette.SEVERITY) == set(SEVERITY_ORDER)
    assert set(palette.IMPORT_FATE) == {report.NEW, report.MATCH, report.CONFLICT,
                                        report.INVALID, report.SIMILAR}
