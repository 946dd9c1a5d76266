"""The demo reads like an office's own data: places, phone numbers and names of the office's
country, partners with distinct names, dates that follow the status and the partnering cycle,
programme documents located in their own country with real activities and indicators."""
from __future__ import annotations

import datetime as dt
import json
import re

from models import checks
from models.db import database
from models.demo_places import COUNTRIES

TODAY = dt.date.today().isoformat()


def rows(sql: str, *params) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def test_partners_belong_to_their_office_country(demo_db):
    found = rows("SELECT office, legal_name, phone, address, email, authorised_officers, notes "
                 "FROM partner WHERE deleted = 0")
    assert len(found) > 80
    others = {code: [c.name for c in COUNTRIES.values() if c.office != code]
              for code in COUNTRIES}
    for office, name, phone, address, email, officers, notes in found:
        land = COUNTRIES[office]
        code = land.phone.split()[0]
        assert phone.startswith(code + " "), (office, name, phone)
        towns = {p.town for p in land.places} | {land.capital}
        if not notes.startswith("Added in an emergency"):  # no time for an address then
            assert any(town in address for town in towns) or "عمّان" in address, address
        assert not any(country in name for country in others[office]), (office, name)
        assert not re.search(r"\s\d+$", name), name  # no "Jollibee Foods Mombasa 42"
        assert email.startswith("info@") and "@" in email
        for officer in json.loads(officers or "[]"):
            assert officer["name"] and "(" not in officer["name"]


def test_partner_names_are_distinct_in_each_office(demo_db):
    assert rows("SELECT office, legal_name, count(*) FROM partner WHERE deleted = 0 "
                "GROUP BY office, legal_name HAVING count(*) > 1") == []
    kinds = {r[0] for r in rows("SELECT DISTINCT partner_type FROM partner")}
    assert len(kinds) == 9
    for office, csos in rows("SELECT office, count(*) FROM partner WHERE partner_type = 'cso' "
                             "GROUP BY office"):
        assert csos >= 4, office


def test_staff_have_names_of_their_country(demo_db):
    for office, name in rows("SELECT office, name FROM person WHERE deleted = 0 AND "
                             "name != 'Demo User'"):
        land = COUNTRIES[office]
        assert any(name.startswith(first + " ") for first in land.first_names), (office, name)
        assert any(name.endswith(" " + last) for last in land.last_names), (office, name)


def test_dates_follow_the_status(demo_db):
    assert rows("SELECT reference FROM partnership WHERE status != 'proposed' AND "
                "start_date > ?", TODAY) == []
    assert rows("SELECT reference FROM partnership WHERE status = 'closed' AND "
                "planned_end > ?", TODAY) == []
    assert rows("SELECT reference FROM partnership WHERE planned_end <= start_date") == []
    places = {code: {p.area for p in land.places} | {"national"}
              for code, land in COUNTRIES.items()}
    for office, reach in rows("SELECT office, geographic_reach FROM partnership"):
        assert reach in places[office], (office, reach)


def test_phases_and_reviews_follow_the_cycle(demo_db):
    assert rows("SELECT p.reference, f.phase FROM cycle_phase f JOIN partnership p ON "
                "p.id = f.partnership_id WHERE f.started_on < p.start_date OR "
                "f.completed_on < p.start_date") == [], "a phase before the partnership began"
    assert rows("SELECT phase FROM cycle_phase WHERE completed_on > ? OR started_on > ?",
                TODAY, TODAY) == [], "a phase done in the future"
    assert rows("SELECT p.reference FROM cycle_phase f JOIN partnership p ON p.id = "
                "f.partnership_id WHERE f.status = 'done' AND f.completed_on < f.started_on") == []
    assert rows("SELECT r.id FROM partnership_review r JOIN cycle_phase f ON f.partnership_id "
                "= r.partnership_id AND f.phase = 'ix' WHERE r.reviewed_on < f.started_on OR "
                "(f.status = 'done' AND r.reviewed_on > f.completed_on)") == [], \
        "a review outside its phase"
    # proposals that start later have done nothing yet; active ones have their agreement
    assert rows("SELECT p.reference FROM partnership p JOIN cycle_phase f ON f.partnership_id "
                "= p.id WHERE p.start_date > ? AND f.status = 'done'", TODAY) == []
    stages = dict(rows("SELECT p.status, max(c.current_phase = 'done') FROM partnership p JOIN "
                       "partnership_cycle c ON c.partnership_id = p.id GROUP BY p.status"))
    assert stages == {"proposed": 0, "active": 0, "suspended": 0, "closed": 1}
    # phases follow each other: each starts when the one before it ended
    ordered = rows("SELECT f.partnership_id, f.phase, f.started_on, f.completed_on FROM "
                   "cycle_phase f ORDER BY f.partnership_id, f.started_on")
    previous: dict[str, str] = {}
    for pid, _phase, started, completed in ordered:
        if pid in previous:
            assert started >= previous[pid]
        previous[pid] = completed or started


def test_programme_documents_read_like_real_ones(demo_db):
    found = rows("SELECT office, reference, locations, results, budget_lines FROM "
                 "programme_document WHERE deleted = 0")
    assert found
    for office, ref, locations, results, lines in found:
        areas = {p.area for p in COUNTRIES[office].places}
        assert set(json.loads(locations)) <= areas, (ref, locations)
        for line in json.loads(lines):
            assert not re.fullmatch(r"Activity \d+", line["activity"]), (ref, line)
        for output in json.loads(results):
            assert not output["title"].startswith("Output ")
            for indicator in output["indicators"]:
                assert len(indicator["name"]) > 25 and indicator["means_of_verification"]


def test_the_demo_passes_every_check_and_needs_no_status_change_on_opening(demo_db):
    from models import agreements
    assert checks.run() == []
    assert agreements.apply_automatic_transitions() == []
