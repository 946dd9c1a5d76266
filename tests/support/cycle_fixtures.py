"""Helpers for the partnering-cycle tests: partners and partnerships made through the real
domain functions, and complete answers for every phase."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.cycle import ops as cycle_ops, spec
from models.directory import Person, partners, partnerships

TODAY = dt.date.today()
ROOT = Path(__file__).resolve().parents[2]


def person(name: str = "Grace Mwangi", office: str = "KEN") -> str:
    return Person.create(office=office, name=name, role="focal_point").id


def partner(name: str, kind: str = "cso", office: str = "KEN") -> str:
    data = {"legal_name": name, "partner_type": kind}
    if kind == "cso":
        data["cso_type"] = "national"
    return partners.save(data, office=office).id


def partnership(partner_ids: list[str], *, focal: str | None = None, office: str = "KEN",
                start: dt.date | None = None, end: dt.date | None = None,
                title: str = "Water for schools") -> str:
    members = [{"partner": pid, "role": "lead" if i == 0 else "implementing"}
               for i, pid in enumerate(partner_ids)]
    data = {"title": title, "contribution_types": ["programme"], "focal_point": focal,
            "start_date": (start or TODAY - dt.timedelta(days=100)).isoformat(),
            "planned_end": (end or TODAY + dt.timedelta(days=600)).isoformat()}
    return partnerships.save(data, office=office, members=members).id


def answers(code: str, **overrides) -> dict:
    """Answers that satisfy every required field of a phase."""
    out = {}
    for f in spec.phase(code).fields:
        if not f.required:
            continue
        if f.kind == "choice":
            out[f.key] = next(iter(f.choices))
        elif f.kind == "multi":
            out[f.key] = [next(iter(f.choices))]
        elif f.kind == "date":
            out[f.key] = TODAY.isoformat()
        elif f.kind == "landscape":
            out[f.key] = [{"who": "Ministry of Water", "interest": 5, "influence": 4,
                           "relation": "partner"}]
        else:
            out[f.key] = "12000" if f.key == "budget" else f"Text for {f.key}"
    out.update(overrides)
    return out


def clear(pid: str, partner_id: str, outcome: str = "cleared", **extra) -> None:
    """Record due diligence for one partner through phase ii (kept in progress)."""
    dd = {"dd_partner": partner_id, "dd_outcome": outcome, "dd_on": TODAY.isoformat(),
          "dd_reviewer": "Ahmed Haddad", **{k: True for k in spec.DD_CHECKS}}
    dd.update(extra)
    cycle_ops.save_phase(pid, "ii", status="in_progress", answers={**answers("ii"), **dd})


def clear_company(pid: str, partner_id: str, outcome: str = "cleared") -> None:
    clear(pid, partner_id, outcome, **{k: True for k in spec.CORPORATE_CRITERIA})


def complete(pid: str, *codes: str, **overrides) -> None:
    for code in codes:
        cycle_ops.save_phase(pid, code, status="done", answers=answers(code, **overrides))
