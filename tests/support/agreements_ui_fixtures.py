"""Records for the agreement interface tests, made through the models API (no ORM in tests),
the agreements area on them, and a click that insists on an enabled button."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from models import agreements
from models.directory import partners
from ui.agreements.area import AgreementsArea
from ui.context import AppContext

TODAY = dt.date.today()


def make_partner(name: str = "Community Health Alliance", **extra):
    data = {"legal_name": name, "short_name": "CHA", "partner_type": "cso",
            "cso_type": "national", "risk_rating": "medium",
            "risk_assessed_on": (TODAY - dt.timedelta(days=200)).isoformat(),
            "due_diligence_status": "cleared",
            "authorised_officers": [{"name": "Grace Mwangi", "title": "Executive Director",
                                     "email": "grace@cha.org"}],
            "bank_details": {"bank_name": "Equity Bank", "account_name": name,
                             "account_number": "0123456789"}}
    data.update(extra)
    return partners.save(data, office="KEN")


def unicef_officer(name: str = "Amina Otieno", title: str = "Representative"):
    """The KEN officer authorised to sign for UNICEF (made once)."""
    for officer in agreements.signatories.unicef_officers("KEN"):
        if officer.name == name:
            return officer
    return agreements.signatories.save_unicef_officer({"name": name, "title": title},
                                                      office="KEN")


def make_pca(partner, *, signed: bool = True, tmp_path=None):
    unicef_officer()
    pca = agreements.save_agreement({
        "agreement_type": "pca", "partner": partner.id, "country_programme": "2023-2027",
        "title": "Water and sanitation in Turkana",
        "start_date": (TODAY - dt.timedelta(days=30)).isoformat(),
        "end_date": (TODAY + dt.timedelta(days=700)).isoformat(),
        "partner_signatory": "Grace Mwangi", "partner_signatory_title": "Executive Director",
        "partner_signed_on": (TODAY - dt.timedelta(days=31)).isoformat(),
        "unicef_signatory": "Amina Otieno", "unicef_signatory_title": "Representative",
        "unicef_signed_on": (TODAY - dt.timedelta(days=31)).isoformat()}, office="KEN")
    if signed:
        agreements.attach(pca, "signed_document", data=b"%PDF-1.4 scan", filename="pca.pdf")
        agreements.transition(pca, "signed")
    return pca


def make_pd(pca, **extra):
    data = {"agreement": pca.id, "pd_type": "standard", "title": "Safe water for schools",
            "start_date": TODAY.isoformat(),
            "end_date": (TODAY + dt.timedelta(days=300)).isoformat(),
            "locations": ["Turkana"], "cash_transfer_modalities": ["direct_cash_transfer"],
            "results": [{"title": "Schools have safe water", "indicators": [
                {"name": "Schools with a water point", "baseline": "3", "target": "40",
                 "means_of_verification": "Site visits"}]}],
            "budget_lines": [{"activity": "Boreholes", "unicef_cash": 30000,
                              "partner_contribution": 5000, "supplies": 2000}],
            "management_costs": 1500}
    data.update(extra)
    return agreements.save_pd(data)


@pytest.fixture
def agreement_db(db):
    """A KEN database with a CSO partner, a signed PCA and a draft PD under it."""
    partner = make_partner()
    pca = make_pca(partner)
    pd = make_pd(pca)
    return {"path": db, "partner": partner, "pca": pca, "pd": pd}


@pytest.fixture
def area(qtbot, agreement_db):
    """The agreements area on `agreement_db`, shown at a laptop's size."""
    ctx = AppContext(agreement_db["path"])
    widget = AgreementsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    yield widget
    ctx.workers.wait(20_000)


def click(qtbot, widget):
    """Click a button as a user would: only a visible, enabled one."""
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
