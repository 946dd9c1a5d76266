"""The window asks the models' rules (models/agreements/rules.py) instead of keeping its own:
the reason dialog opens for cancelling only, Amend is enabled exactly when the models would
amend, New programme document exactly when the models would take one; a disabled button says
why. Each rule is tested in the models in test_agreements_shared_rules.py."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog

from models import agreements
from support.agreements_ui_fixtures import click, make_partner, make_pca, make_pd

pytest_plugins = ["support.agreements_ui_fixtures"]  # the agreement_db and area fixtures

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TODAY = dt.date.today()
SIGNED_ON = (TODAY - dt.timedelta(days=3)).isoformat()


def active_pd(pca):
    """A PD under `pca` brought to active through the models' own transitions."""
    pd = make_pd(pca, start_date=(TODAY - dt.timedelta(days=1)).isoformat())
    for action in ("review", "signature"):
        agreements.transition(pd, action)
    agreements.attach(pd, "signed_document", data=b"%PDF-1.4 pd", filename="pd.pdf")
    agreements.transition(pd, "signed", partner_signatory="Grace Mwangi",
                          partner_signed_on=SIGNED_ON, unicef_signatory="Amina Otieno",
                          unicef_signed_on=SIGNED_ON)
    return agreements.transition(pd, "active")


def reason_dialogs(panel) -> list[QInputDialog]:
    return [d for d in panel.findChildren(QInputDialog, "reason_dialog") if d.isVisible()]


def test_the_reason_is_asked_for_cancelling_and_not_for_suspending(qtbot, area, agreement_db):
    pd = active_pd(agreement_db["pca"])
    area.show_pd(pd.id)
    panel = area.pd
    click(qtbot, panel.actions.buttons["suspended"])
    assert reason_dialogs(panel) == []  # suspended at once, no sentence asked
    assert agreements.get_pd(pd.id).status == "suspended"

    area.show_pd(agreement_db["pd"].id)  # a draft: its Cancel button asks why
    click(qtbot, panel.actions.buttons["cancelled"])
    qtbot.waitUntil(lambda: len(reason_dialogs(panel)) == 1)
    dialog = reason_dialogs(panel)[0]
    assert agreements.get_pd(agreement_db["pd"].id).status == "draft"  # not before the answer
    dialog.setTextValue("Merged into the WASH programme document")
    dialog.accept()
    cancelled = agreements.get_pd(agreement_db["pd"].id)
    assert cancelled.status == "cancelled"
    assert cancelled.status_reason == "Merged into the WASH programme document"


def test_amend_is_enabled_exactly_when_the_models_would_amend(qtbot, area, agreement_db):
    pca = agreement_db["pca"]
    area.show_agreement(pca.id)
    panel = area.agreement
    assert panel.amend_button.isEnabled() and panel.amend_button.toolTip() == ""
    click(qtbot, panel.actions.buttons["suspended"])  # no reason asked; Amend follows the rule
    assert agreements.get_agreement(pca.id).status == "suspended"
    assert not panel.amend_button.isEnabled()
    assert "resume it before amending it" in panel.amend_button.toolTip()
    click(qtbot, panel.actions.buttons["signed"])  # resumed
    assert panel.amend_button.isEnabled()

    pd = active_pd(pca)
    area.show_pd(pd.id)
    assert area.pd.amend_button.isEnabled()  # an active PD is amended (eTools: Signed, Active)
    click(qtbot, area.pd.actions.buttons["suspended"])
    assert not area.pd.amend_button.isEnabled()
    assert area.pd.amend_button.toolTip() == agreements.amend_refusal(agreements.get_pd(pd.id))
    area.show_pd(agreement_db["pd"].id)  # a draft is edited, not amended
    assert not area.pd.amend_button.isEnabled()
    assert "only a signed record" in area.pd.amend_button.toolTip()


def test_new_pd_is_offered_exactly_where_the_models_take_one(qtbot, area, agreement_db):
    pca = agreement_db["pca"]
    area.show_agreement(pca.id)
    button = area.agreement.body.new_pd
    assert button.isEnabled() and button.toolTip() == ""
    click(qtbot, button)
    assert area.stack.currentWidget() is area.pd and area.pd.record is None

    area.show_agreement(pca.id)
    click(qtbot, area.agreement.actions.buttons["suspended"])
    assert not button.isEnabled() and "resume it before adding" in button.toolTip()

    draft = make_pca(make_partner("Lodwar Water Users"), signed=False)
    area.show_agreement(draft.id)
    assert button.isEnabled()  # PDs are drafted under a draft agreement too

    ministry = make_partner("Ministry of Water", partner_type="government", cso_type="")
    mou = agreements.save_agreement({"agreement_type": "mou", "partner": ministry.id,
                                     "title": "Shared intent", "start_date": SIGNED_ON,
                                     "end_date": (TODAY + dt.timedelta(days=300)).isoformat()},
                                    office="KEN")
    area.show_agreement(mou.id)
    assert not button.isEnabled() and "An MoU is non-financial" in button.toolTip()
