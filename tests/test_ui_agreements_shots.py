"""The `shot` views of agreements render headless from the command line, and a bad --ref gets one
clear line instead of a traceback."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                               "HOME": str(ROOT)})


def test_agreement_shots(tmp_path):
    db = tmp_path / "d.db"
    assert run("demo", "--db", db, "--partnerships", 40).returncode == 0
    listed = json.loads(run("list", "agreements", "--db", db, "--json").stdout)
    pca = next(row["reference"] for row in listed
               if row["agreement_type"] == "pca" and row["status"] == "signed")
    for view, extra in (("agreements", []), ("agreement", ["--ref", pca]),
                        ("emergency", [])):
        out = tmp_path / f"{view}.png"
        done = run("shot", "--db", db, "--view", view, "--out", out, "--size", "1100x700",
                   *extra)
        assert done.returncode == 0, done.stderr
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1100, 700)
        # not a blank grab: many distinct colours across a row through the content
        row = {image.pixel(x, 120) for x in range(0, 1100, 3)}
        assert len(row) > 8, view
    bad = run("shot", "--db", db, "--view", "agreement", "--ref", "KEN/PCA1999999",
              "--out", tmp_path / "x.png")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "No programme document with reference KEN/PCA1999999" in bad.stderr.strip() \
        .splitlines()[-1]
