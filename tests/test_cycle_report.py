"""`print cycle REF`: a real PDF read back with pdftotext and rendered with pdftoppm; errors are
one line and exit 2; the demo's alerts list from the command line."""
from __future__ import annotations

import subprocess

from cli import main
from models.cycle import exit as cycle_exit, ops as cycle_ops
from models.db import close_database
from models.directory import partnerships
from support.cycle_fixtures import answers, clear, complete, partner, partnership, person


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_print_cycle_summary_has_phases_answers_reviews_and_exit(db, tmp_path, capsys):
    a = partner("Mothers Union")
    pid = partnership([a], focal=person("Leila Khalil"), title="Birth registration in Garissa")
    complete(pid, "i")
    clear(pid, a)
    complete(pid, "ii", "iii", "iv", "v", "vi", "vii", "viii")
    cycle_ops.save_phase(pid, "ix", status="done", answers=answers(
        "ix", partner_feedback="Faster cash transfers, please", health="amber"))
    cycle_ops.save_phase(pid, "x", status="not_applicable", answers={},
                         na_reason="Review asked for no change")
    start = partnerships.get(pid).start_date
    cycle_exit.save(pid, {"lifespan_months": "24", "evaluation_due": start.replace(
        year=start.year + 1).isoformat(), "exit_conditions": "County takes over registration"})
    ref = partnerships.get(pid).reference
    out = tmp_path / "cycle.pdf"
    close_database()
    assert main(["print", "cycle", ref, "--db", str(db), "--out", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().out
    text = _pdf_text(out)
    for expected in (f"Partnering cycle: {ref}", "Birth registration in Garissa", "Leila Khalil",
                     "10 of 12 phases complete", "Phase xi (Institutionalising)",
                     "County takes over registration", "24 months", "Ministry of Water",
                     "Faster cash transfers, please", "Amber", "Review asked for no change",
                     "Mothers Union (lead, due diligence: cleared)", "Sustaining outcomes"):
        assert expected in text, expected
    pages = subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")],
                           check=True)
    assert pages.returncode == 0
    assert sorted(p.name for p in tmp_path.glob("page*.png"))


def test_print_cycle_of_unknown_reference_is_one_line_and_exit_2(db, tmp_path, capsys):
    close_database()
    code = main(["print", "cycle", "KEN/PS/1999/0001", "--db", str(db),
                 "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 2 and err.strip() == ("partnerdesk: No partnership with reference "
                                         "KEN/PS/1999/0001.")
    assert not (tmp_path / "x.pdf").exists()
    code = main(["print", "cycle", "KEN/PS/1999/0001", "--db", str(db),
                 "--out", str(tmp_path / "missing" / "x.pdf")])
    assert code == 2 and "does not exist" in capsys.readouterr().err


def test_list_alerts_from_the_command_line(demo_db, capsys):
    close_database()
    assert main(["list", "alerts", "--db", str(demo_db), "--limit", "5", "--json"]) == 0
    import json
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5 and rows[0]["severity"] == "overdue"
    assert main(["list", "alerts", "--db", str(demo_db), "--today", "soon"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
