"""Roles at HQ, over a real HQ server on loopback: HQ assigns an office's roles and they reach its
laptops; a change whose author's role does not allow it is refused at HQ with the reason (a laptop
that did not check, here raw SQL as an older or tampered copy would send) and listed in that
laptop's Sync view; what a role allows goes through. Every rule, allowed and refused, at HQ."""
from __future__ import annotations


import pytest

from models import sync_state, users
from models.directory import partners
from models.errors import DomainError
from support.agreements_fixtures import make_agreement, make_partner, sign
from support.raw import raw_connect
from support.sync_fixtures import device, edit, hq, hq_rows, rows  # noqa: F401
from sync.client import sync
from sync.server import role_admin as roles

TEAM = {"Asha Admin": "admin", "Abel Approver": "approver", "Eve Editor": "editor",
        "Victor Viewer": "viewer"}


@pytest.fixture
def office(hq, tmp_path):
    """HQ gives KEN its four users; laptop A (Asha's) has them after one sync, and a PIN for
    Abel and Eve (Asha is the laptop's own user)."""
    for name, role in TEAM.items():
        roles.assign(hq.store, "KEN", name, role)
    path = device(hq, tmp_path, "a", user="Asha Admin")

    def pins():
        assert {u.name: u.role for u in users.users()} == TEAM  # HQ's roles arrived
        users.add_user("Abel Approver", "approver", "5822")
        users.add_user("Eve Editor", "editor", "6933")
    edit(path, pins)
    sync(path, backoff=0.05)
    return path


def raw(path, sql: str, params=()) -> None:
    """An edit made outside PartnerDesk's models (captured, with the author it names)."""
    con = raw_connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def refused_here(path) -> list[str]:
    return edit(path, lambda: [r.error for r in sync_state.refused()])


def as_user(path, name, pin, fn):
    def run():
        users.sign_in(name, pin)
        return fn()
    return edit(path, run)


def test_hq_assigns_roles_and_they_reach_the_office(hq, office):
    assert roles.office_users(hq.store, "KEN") == sorted(TEAM.items())
    roles.assign(hq.store, "KEN", "Victor Viewer", "editor")
    sync(office, backoff=0.05)
    assert edit(office, lambda: users.find("Victor Viewer").role) == "editor"
    roles.assign(hq.store, "KEN", "Victor Viewer", None)
    sync(office, backoff=0.05)
    assert edit(office, lambda: users.find("Victor Viewer")) is None
    with pytest.raises(DomainError, match="last office administrator"):
        roles.assign(hq.store, "KEN", "Asha Admin", None)
    with pytest.raises(DomainError, match="last office administrator"):
        roles.assign(hq.store, "KEN", "Asha Admin", "viewer")
    with pytest.raises(DomainError, match="not known at HQ"):
        roles.assign(hq.store, "ZZZ", "Someone", "viewer")


def test_edit_at_hq_viewer_refused_editor_allowed(hq, office):
    partner = as_user(office, "Eve Editor", "6933", lambda: make_partner("Turkana Water Trust"))
    sync(office, backoff=0.05)
    assert hq_rows(hq, "partner")[partner.id]["updated_by"] == "Eve Editor"  # allowed
    raw(office, "UPDATE partner SET legal_name = 'Renamed by a viewer', updated_by = "
        "'Victor Viewer' WHERE id = ?", (partner.id,))
    result = sync(office, backoff=0.05)
    assert result.rejected == 1
    assert hq_rows(hq, "partner")[partner.id]["legal_name"] == "Turkana Water Trust"
    assert [e for e in refused_here(office)] == [  # in the Sync view, with the reason, alone
        "Victor Viewer (role: Viewer) may not change the records of office KEN; that needs the "
        "editor, approver or office administrator role."]
    assert rows(office, "partner", "legal_name") == [("Turkana Water Trust",)]  # HQ's value back


def test_someone_who_is_no_user_of_the_office_is_refused_at_hq(hq, office):
    partner = as_user(office, "Eve Editor", "6933", lambda: make_partner("Garissa Schools"))
    raw(office, "UPDATE partner SET short_name = 'GS', updated_by = 'Mallory' WHERE id = ?",
        (partner.id,))
    assert sync(office, backoff=0.05).rejected == 1
    assert any("Mallory is not a user of office KEN" in e for e in refused_here(office))


def test_signing_at_hq_editor_refused_approver_allowed(hq, office):
    draft = as_user(office, "Eve Editor", "6933",
                    lambda: make_agreement(make_partner("Kitui Health"), signed=False))
    raw(office, "UPDATE agreement SET status = 'signed', updated_by = 'Eve Editor' WHERE id = ?",
        (draft.id,))
    assert sync(office, backoff=0.05).rejected == 1
    assert hq_rows(hq, "agreement")[draft.id]["status"] == "draft"
    assert any("Eve Editor (role: Editor) may not sign or approve in office KEN" in e
               for e in refused_here(office))
    assert rows(office, "agreement", "status") == [("draft",)]

    def approve():
        from models import agreements
        return sign(agreements.Agreement.get_by_id(draft.id))
    as_user(office, "Abel Approver", "5822", approve)
    assert sync(office, backoff=0.05).rejected == 0
    assert hq_rows(hq, "agreement")[draft.id]["status"] == "signed"


def test_managing_users_at_hq_approver_refused_administrator_allowed(hq, office):
    raw(office, "INSERT INTO office_user (id, office, name, role, updated_by) VALUES "
        "('0190aaaa-0000-7000-8000-000000000001', 'KEN', 'Self Made', 'admin', 'Abel Approver')")
    assert sync(office, backoff=0.05).rejected == 1
    assert "Self Made" not in dict(roles.office_users(hq.store, "KEN"))
    assert any("Abel Approver (role: Approver) may not manage the users of office KEN" in e
               for e in refused_here(office))
    edit(office, lambda: users.add_user("Nadia New", "editor", "8155"))  # Asha, the admin
    assert sync(office, backoff=0.05).rejected == 0
    assert dict(roles.office_users(hq.store, "KEN"))["Nadia New"] == "editor"


def test_an_office_whose_users_appear_refuses_a_stale_laptops_anonymous_changes(hq, tmp_path):
    """A laptop of NGA that has no users yet edits as its unnamed user; HQ gives NGA users in
    between: the edit is refused and shown there, and the laptop then has the roles."""
    path = device(hq, tmp_path, "n", offices=("NGA",), user="local")
    edit(path, lambda: partners.save({"legal_name": "Kano Trust", "partner_type": "government"},
                                     office="NGA"))
    roles.assign(hq.store, "NGA", "Ngozi Admin", "admin")
    assert sync(path, backoff=0.05).rejected == 1
    assert any("local is not a user of office NGA" in e for e in refused_here(path))
    assert edit(path, lambda: [u.name for u in users.users("NGA")]) == ["Ngozi Admin"]
