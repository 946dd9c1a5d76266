"""Domain rules of partners and partnerships: each refusal says what is wrong."""
from __future__ import annotations

import datetime as dt

import pytest

from models.directory import Person, partners, partnerships, settings
from models.errors import ValidationError


def _partner(**extra):
    data = {"legal_name": "Girls Education Network", "partner_type": "cso",
            "cso_type": "national"}
    data.update(extra)
    return partners.save(data, office="KEN")


def _partnership(**extra):
    data = {"title": "Safe water in schools", "contribution_types": ["programme"]}
    data.update(extra)
    return data


def test_partner_needs_name_type_and_cso_type():
    errors = partners.validate({"legal_name": " ", "partner_type": "cso"})
    assert errors["legal_name"] == "The legal name is required."
    assert "CSO type" in errors["cso_type"]
    assert "Unknown partner type" in partners.validate(
        {"legal_name": "X", "partner_type": "alien"})["partner_type"]


def test_partner_dates_email_and_officers_are_checked():
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    errors = partners.validate({"legal_name": "X", "partner_type": "government",
                                "email": "nobody", "risk_assessed_on": future,
                                "due_diligence_on": "31/12/2025",
                                "authorised_officers": [{"name": "A", "title": ""}]})
    assert "e-mail address" in errors["email"]
    assert "future" in errors["risk_assessed_on"]
    assert "YYYY-MM-DD" in errors["due_diligence_on"]
    assert "needs a name and a title" in errors["authorised_officers"]


def test_risk_rating_needs_its_assessment_date(db):
    with pytest.raises(ValidationError) as err:
        _partner(risk_rating="high")
    assert "date of the assessment" in err.value.errors["risk_assessed_on"]
    p = _partner(risk_rating="high", risk_assessed_on="2020-01-10")
    assert partners.assessment_expired(p, dt.date(2024, 1, 10))
    assert not partners.assessment_expired(p, dt.date(2024, 1, 9))


def test_partner_references_count_up_per_office(db):
    assert _partner().reference == "KEN/PT/00001"
    assert _partner(legal_name="Second").reference == "KEN/PT/00002"


def test_partnership_needs_title_contribution_and_end_after_start(db):
    errors = partnerships.validate({"title": "", "contribution_types": [],
                                    "start_date": "2026-05-01", "planned_end": "2026-04-01"})
    assert errors["title"] == "The title is required."
    assert "at least one contribution" in errors["contribution_types"]
    assert "before the start date" in errors["planned_end"]


def test_active_partnership_needs_focal_point_lead_partner_and_start(db):
    lead = _partner()
    with pytest.raises(ValidationError) as err:
        partnerships.save(_partnership(status="active"), office="KEN",
                          members=[{"partner": lead.id, "role": "implementing"}])
    errors = err.value.errors
    assert "focal point" in errors["focal_point"]
    assert "lead partner" in errors["status"]
    assert "start date" in errors["start_date"]


def test_partnership_gets_reference_members_and_allowed_transitions_only(db):
    lead, other = _partner(), _partner(legal_name="Ministry of Water", partner_type="government")
    person = Person.get()
    ps = partnerships.save(_partnership(focal_point=person.id, start_date="2026-01-01"),
                           office="KEN", members=[{"partner": lead.id, "role": "lead"},
                                                  {"partner": other.id, "role": "funding",
                                                   "comparative_advantage": "Co-financing"}])
    assert ps.reference.startswith(f"KEN/PS/{dt.date.today().year}/")
    assert [m["role"] for m in partnerships.members_as_form(ps)] == ["lead", "funding"]
    data = partnerships.as_form(ps)
    data["status"] = "closed"
    partnerships.save(data, office="KEN", partnership_id=ps.id)
    data["status"] = "active"
    with pytest.raises(ValidationError, match="closed partnership cannot become active"):
        partnerships.save(data, office="KEN", partnership_id=ps.id)


def test_partner_listed_twice_or_rejected_is_refused(db):
    p = _partner()
    with pytest.raises(ValidationError, match="listed twice"):
        partnerships.save(_partnership(), office="KEN", members=[
            {"partner": p.id, "role": "lead"}, {"partner": p.id, "role": "funding"}])
    bad = _partner(legal_name="Shady Ltd", partner_type="private_sector",
                   due_diligence_status="rejected", due_diligence_on="2025-01-01")
    with pytest.raises(ValidationError, match="failed due diligence"):
        partnerships.save(_partnership(), office="KEN", members=[{"partner": bad.id,
                                                                  "role": "lead"}])


def test_office_setup_validates_code_and_country(db):
    errors = settings.validate_office({"code": "K", "name": "", "country": "Kenya"})
    assert set(errors) == {"code", "name", "country"}
    office = settings.setup_office({"code": "som", "name": "Somalia", "country": "som",
                                    "region": "ESARO"})
    assert office.code == "SOM" and settings.home_office() == "SOM"
