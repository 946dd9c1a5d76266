"""People and roles on the laptop: every rule of models/users tested allowed and refused, through
the functions every screen and command uses (saving, signing, approving reviews and assessments,
managing users), and the PINs kept as slow hashes, never in plain, never synced."""
from __future__ import annotations


import pytest

from models import agreements as A, assessment, users
from models.base import set_current_user
from models.cycle import ops as cycle_ops
from models.db import database
from models.directory import partners, settings
from models.errors import DomainError, ValidationError
from support import cycle_fixtures as cyc
from support.agreements_fixtures import TODAY, make_agreement, make_partner, make_pd, sign
from support.assessment_helpers import known_office
from support.raw import raw_connect

PINS = {"Asha Admin": "4711", "Abel Approver": "5822", "Eve Editor": "6933",
        "Victor Viewer": "7044"}
ROLES = {"Asha Admin": "admin", "Abel Approver": "approver", "Eve Editor": "editor",
         "Victor Viewer": "viewer"}


def act(name: str) -> None:
    users.sign_in(name, PINS.get(name, ""))


@pytest.fixture
def office(db):
    """KEN with one user of each role (the first, Asha, its administrator)."""
    for name, role in ROLES.items():
        users.add_user(name, role, PINS[name])
        act("Asha Admin")
    return db


def refused(match: str):
    return pytest.raises(DomainError, match=match)


def test_an_office_without_users_has_no_rules_and_its_first_user_is_administrator(db):
    partners.save({"legal_name": "Before Users", "partner_type": "government"}, office="KEN")
    first = users.add_user("Asha Admin", "viewer", "4711")  # asked viewer: made admin
    assert first.role == "admin" and settings.get("user_name") == "Asha Admin"
    assert users.acting().name == "Asha Admin"
    second = users.add_user("Victor Viewer", "viewer", "7044")
    assert second.role == "viewer"


def test_pins_are_slow_hashes_kept_on_this_laptop_only(office):
    con = raw_connect(office)
    secrets = [r[0] for r in con.execute("SELECT secret FROM user_secret")]
    outbox = " ".join(r[0] for r in con.execute("SELECT fields FROM outbox"))
    tables = {r[0] for r in con.execute("SELECT table_name FROM outbox")}
    con.close()
    assert len(secrets) == 4 and all(s.startswith("scrypt$16384$8$1$") for s in secrets)
    assert not any(pin in s for pin in PINS.values() for s in secrets)
    assert "office_user" in tables and "user_secret" not in tables  # roles sync, PINs never
    assert "scrypt" not in outbox and not any(pin in outbox for pin in PINS.values())
    assert office.read_bytes().count(b"4711") == 0


def test_sign_in_checks_the_pin(office):
    with refused("Wrong PIN"):
        users.sign_in("Eve Editor", "0000")
    with refused("not a user"):
        users.sign_in("Mallory", "1357")
    assert users.sign_in("Eve Editor", "6933").role == "editor"
    with pytest.raises(ValidationError, match="too easy"):
        users.add_user("Weak Pin", "editor", "1234")
    with pytest.raises(ValidationError, match="at least 4"):
        users.add_user("Short Pin", "editor", "12")


def test_edit_viewer_refused_editor_allowed(office):
    act("Victor Viewer")
    with refused(r"Victor Viewer \(role: Viewer\) may not change the records of office KEN"):
        partners.save({"legal_name": "Viewer's Partner", "partner_type": "government"},
                      office="KEN")
    assert not partners.Partner.select().where(
        partners.Partner.legal_name == "Viewer's Partner").exists()
    assert users.refusal("edit") and not users.may("edit")
    act("Eve Editor")
    saved = partners.save({"legal_name": "Editor's Partner", "partner_type": "government"},
                          office="KEN")
    assert saved.updated_by == "Eve Editor" and users.may("edit")


def test_someone_who_is_not_a_user_of_the_office_may_change_nothing(office):
    set_current_user("local")
    with refused("local is not a user of office KEN"):
        partners.save({"legal_name": "Anonymous", "partner_type": "government"}, office="KEN")


def test_signing_editor_refused_approver_allowed(office):
    act("Eve Editor")
    agreement = make_agreement(make_partner(), signed=False)
    with refused("may not sign or approve"):
        sign(agreement)
    assert A.Agreement.get_by_id(agreement.id).status == "draft"
    act("Abel Approver")
    assert sign(A.Agreement.get_by_id(agreement.id)).status == "signed"
    act("Eve Editor")  # an editor prepares the PD up to signature...
    pd = make_pd(A.Agreement.get_by_id(agreement.id), status="signature")
    with refused("may not sign or approve"):
        sign(pd)
    act("Abel Approver")  # ...an approver signs it
    assert sign(A.ProgrammeDocument.get_by_id(pd.id)).status == "signed"
    act("Eve Editor")  # and the calendar's changes after signature are edits
    assert A.transition(A.ProgrammeDocument.get_by_id(pd.id), "active",
                        today=TODAY).status == "active"


def test_review_approval_editor_refused_approver_allowed(office):
    act("Eve Editor")
    partner_id = cyc.partner("Lake Basin Trust")
    pid = cyc.partnership([partner_id])
    cyc.complete(pid, "i")
    cyc.clear(pid, partner_id)
    cyc.complete(pid, "ii", "iii", "iv", "v", "vi", "vii", "viii")
    with refused("may not sign or approve"):
        cycle_ops.save_phase(pid, "ix", status="done", answers=cyc.answers("ix"))
    assert cycle_ops.state(pid).reviews == []
    cycle_ops.save_phase(pid, "ix", status="in_progress", answers=cyc.answers("ix"))  # drafting
    act("Abel Approver")
    cycle_ops.save_phase(pid, "ix", status="done", answers=cyc.answers("ix"))
    assert len(cycle_ops.state(pid).reviews) == 1


def test_assessment_approval_editor_refused_approver_allowed(office):
    act("Eve Editor")
    known_office()
    a = assessment.start("KEN", 2026, TODAY)
    for item in assessment.overview_by_id(a.id, TODAY).items:
        assessment.save_rating(a.id, item.benchmark.id, "met", "Checked in the files.")
    with refused("may not sign or approve"):
        assessment.submit(a.id, TODAY)
    assert assessment.get(a.id).status == "draft"
    act("Abel Approver")
    assert assessment.submit(a.id, TODAY).status == "submitted"
    act("Eve Editor")
    with refused("may not sign or approve"):
        assessment.acknowledge(a.id)
    act("Abel Approver")
    assert assessment.acknowledge(a.id).status == "acknowledged"


def test_managing_users_approver_refused_administrator_allowed(office):
    act("Abel Approver")
    with refused("may not manage the users of office KEN"):
        users.add_user("New Person", "viewer", "8155")
    with refused("may not manage the users"):
        users.set_role("Victor Viewer", "editor")
    with refused("may not manage the users"):
        users.remove_user("Victor Viewer")
    assert users.find("Victor Viewer").role == "viewer"
    act("Asha Admin")
    assert users.add_user("New Person", "viewer", "8155").role == "viewer"
    assert users.set_role("Victor Viewer", "editor").role == "editor"
    users.remove_user("New Person")
    assert [u.name for u in users.users()] == sorted(ROLES)
    with refused("last office administrator"):
        users.set_role("Asha Admin", "viewer")
    with refused("last office administrator"):
        users.remove_user("Asha Admin")
    users.set_role("Abel Approver", "admin")
    users.remove_user("Asha Admin")  # another administrator remains
    with refused("not a user"):
        users.sign_in("Asha Admin", "4711")


def test_a_user_without_a_pin_here_signs_in_only_as_the_laptops_own_user(office):
    row = users.OfficeUser.create(office="KEN", name="From HQ", role="editor")  # as if pulled
    with refused("no PIN on this laptop"):
        users.sign_in("From HQ", "")
    users.add_user("From HQ", "editor", "9266")  # the administrator gives the PIN
    assert users.sign_in("From HQ", "9266").id == row.id


def test_a_role_in_the_hq_pseudo_office_counts_in_every_office(office):
    users.OfficeUser.create(office="HQ", name="Helen HQ", role="approver")
    assert users.role_of("Helen HQ", "KEN") == "approver"
    assert users.may("approve", "KEN", user="Helen HQ")
    assert not users.may("manage_users", "KEN", user="Helen HQ")


def test_a_refused_save_leaves_nothing_to_sync(office):
    before = database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0]
    act("Victor Viewer")
    with refused("may not change"):
        partners.save({"legal_name": "Nope", "partner_type": "government"}, office="KEN")
    assert database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0] == before


def test_a_bulk_import_asks_the_rule_too_viewer_refused_editor_allowed(office, tmp_path):
    import csv

    from models.interchange import partner_import
    from tests.support.interchange_fixtures import ETOOLS_PARTNER_HEADERS, partner_row
    path = tmp_path / "partners.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([ETOOLS_PARTNER_HEADERS,
                                  partner_row("2500000009", "Imported Trust")])
    act("Victor Viewer")
    with refused("Victor Viewer .* may not change the records"):
        partner_import.apply(partner_import.plan(path, office="KEN"), filename=path.name)
    assert not partners.Partner.select().where(
        partners.Partner.legal_name == "Imported Trust").exists()
    act("Eve Editor")
    partner_import.apply(partner_import.plan(path, office="KEN"), filename=path.name)
    assert partners.Partner.get(partners.Partner.legal_name == "Imported Trust").updated_by == \
        "Eve Editor"
