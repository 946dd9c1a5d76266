"""Pre-certified emergency templates (DOMAIN.md section 5), as data: results, budget, reporting.

A template was cleared in advance, so a humanitarian PD built from it needs no review: the office
fills in partner, amount, dates and places. Indicator targets are given per 10,000 USD of UNICEF
cash and scaled to the amount; budget shares split the amount between activities.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Output:
    title: str
    indicators: tuple[tuple[str, str, int, str], ...]  # name, baseline, target per 10k, evidence


@dataclass(frozen=True)
class Template:
    key: str
    title: str
    sector: str
    outputs: tuple[Output, ...]
    budget: tuple[tuple[str, float, float], ...]  # activity, share as UNICEF cash, as supplies
    risks: tuple[tuple[str, str], ...]
    duration_days: int = 90
    modality: str = "direct_cash_transfer"
    report_every_days: int = 30
    certified: str = "2026-01-15"
    notes: str = field(default="")


TEMPLATES: tuple[Template, ...] = (
    Template(
        "wash", "Emergency water, sanitation and hygiene response", "WASH",
        (Output("Safe water supplied to affected households",
                (("People with access to 15 litres of safe water a day", "0", 1500,
                  "Distribution records and water trucking logs"),)),
         Output("Hygiene kits distributed and hygiene promotion done",
                (("Households receiving a hygiene kit", "0", 250, "Signed distribution lists"),
                 ("People reached by hygiene promotion", "0", 1200, "Attendance sheets")))),
        (("Water trucking and treatment", 0.45, 0.0), ("Hygiene kits", 0.15, 0.25),
         ("Hygiene promotion", 0.10, 0.0), ("Monitoring and coordination", 0.05, 0.0)),
        (("Access to affected areas is cut by insecurity or floods",
          "Pre-position stocks; agree access with local authorities"),
         ("Diversion of supplies", "Third-party monitoring and spot checks"))),
    Template(
        "nutrition", "Emergency nutrition: screening and treatment of wasting", "Nutrition",
        (Output("Children under five screened and treated for severe wasting",
                (("Children under five screened for wasting", "0", 2000, "Screening registers"),
                 ("Children with severe wasting admitted for treatment", "0", 120,
                  "Treatment cards and monthly reports"))),),
        (("Mobile screening teams", 0.35, 0.0), ("Therapeutic food (RUTF)", 0.0, 0.45),
         ("Training of health workers", 0.10, 0.0), ("Monitoring and reporting", 0.10, 0.0)),
        (("Stock-outs of therapeutic food", "Monthly stock reports; buffer stock of 20%"),)),
    Template(
        "protection", "Child protection and psychosocial support in emergencies",
        "Child protection",
        (Output("Children access psychosocial support in child-friendly spaces",
                (("Children attending child-friendly spaces", "0", 600, "Attendance records"),
                 ("Unaccompanied and separated children identified and referred", "0", 25,
                  "Case management database"))),),
        (("Child-friendly spaces: staff and running costs", 0.55, 0.0),
         ("Recreational and learning kits", 0.0, 0.20), ("Case management", 0.20, 0.0)),
        (("Staff turnover in volunteers", "Train a reserve of volunteers"),
         ("Safeguarding incidents", "Code of conduct signed by all staff; PSEA focal point"))),
)


def template(key: str) -> Template:
    for item in TEMPLATES:
        if item.key == key:
            return item
    raise KeyError(key)
