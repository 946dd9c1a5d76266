"""Small known databases for the self-assessment tests: partnerships built field by field, so
each evidence rule has an exact expected figure."""
from __future__ import annotations

import datetime as dt

from models.db import database
from models.directory import Office, Partner, Partnership, PartnershipPartner, Person
from models.ids import uuid7

TODAY = dt.date(2026, 6, 30)


def days(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def office(code: str, region: str) -> None:
    Office.create(office=code, code=code, name=f"{code} Country Office", country=code,
                  region=region)


def partner(office_code: str, dd: str = "cleared", dd_on: str | None = None) -> Partner:
    return Partner.create(office=office_code, reference=f"{office_code}/PT/{uuid7()[-8:]}",
                          legal_name="Partner " + uuid7()[-6:], partner_type="cso",
                          cso_type="national", due_diligence_status=dd, due_diligence_on=dd_on)


def partnership(office_code: str, *, status: str = "active", focal: bool = True,
                formality: str = "legal", results: str = "1000 children reached",
                start: str | None = None, members=()) -> Partnership:
    person = Person.create(office=office_code, name="Focal " + uuid7()[-4:]) if focal else None
    found = Partnership.create(office=office_code, reference=f"{office_code}/PS/{uuid7()[-10:]}",
                               title="Known partnership", status=status, focal_point=person,
                               formality=formality, results=results, start_date=start)
    for n, (member, advantage) in enumerate(members):
        PartnershipPartner.create(office=office_code, partnership=found, partner=member,
                                  role="lead" if n == 0 else "technical",
                                  comparative_advantage=advantage)
    return found


def review(p: Partnership, on: str, feedback: str) -> None:
    database.execute_sql(
        "INSERT INTO partnership_review (id, office, partnership_id, reviewed_on, "
        "partner_feedback) VALUES (?, ?, ?, ?, ?)", (uuid7(), p.office, p.id, on, feedback))


def phase(p: Partnership, code: str, status: str, completed_on: str | None) -> None:
    database.execute_sql(
        "INSERT INTO cycle_phase (id, office, partnership_id, phase, status, completed_on) "
        "VALUES (?, ?, ?, ?, ?, ?)", (uuid7(), p.office, p.id, code, status, completed_on))


def exit_plan(p: Partnership, conditions: str) -> None:
    database.execute_sql(
        "INSERT INTO partnership_cycle (id, office, partnership_id, exit_conditions) "
        "VALUES (?, ?, ?, ?)", (uuid7(), p.office, p.id, conditions))


def known_office() -> dict:
    """KEN with four active partnerships whose evidence is known (see test_assessment_evidence)."""
    cleared_early = partner("KEN", "cleared", days(200))
    cleared_late = partner("KEN", "cleared", days(10))
    pending = partner("KEN", "in_progress")
    p1 = partnership("KEN", start=days(100), members=[(cleared_early, "Reach in Turkana")])
    p2 = partnership("KEN", formality="informal", start=days(30),
                     members=[(cleared_late, ""), (cleared_early, "Co-financing")])
    p3 = partnership("KEN", focal=False, formality="mou", start=days(800),
                     members=[(cleared_early, "Technical expertise")])
    p4 = partnership("KEN", formality="mou", results="", start=days(200),
                     members=[(pending, "Convening power")])
    partnership("KEN", status="proposed", start=days(5), members=[(pending, "")])
    gone = partnership("KEN", start=days(5), members=[(pending, "")])
    gone.soft_delete()
    office("NGA", "WCARO")
    partnership("NGA", start=days(5), members=[(partner("NGA"), "")])
    review(p1, days(100), "Partners asked for quarterly meetings")
    review(p2, days(400), "Old review")
    review(p3, days(20), "")
    phase(p1, "viii", "done", days(50))
    phase(p2, "viii", "done", days(300))
    phase(p3, "viii", "in_progress", None)
    phase(p4, "viii", "done", days(500))
    for p, text in ((p1, "Hand over to the county"), (p2, "Close after evaluation"),
                    (p3, "Government takes over"), (p4, "")):
        exit_plan(p, text)
    return {"p1": p1, "p2": p2, "p3": p3, "p4": p4}


def rows(sql: str, params=()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()
