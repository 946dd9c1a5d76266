"""Amendments, totals, references, attachments, schema, emergency launch, alerts and checks."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import peewee
import pytest

from models import agreements as A, alerts, checks
from models.agreements import MODELS, emergency
from models.db import database
from models.errors import DomainError, ValidationError
from support.agreements_fixtures import (TODAY, make_agreement, make_partner, make_pd, pd_data,
                                         sign, unicef_officer)


def test_amendment_is_a_copy_diffed_and_merged_only_when_signed(db):
    pd = make_pd(status="active")
    with pytest.raises(DomainError, match="Say what the amendment changes"):
        A.create_amendment(pd, [])
    with pytest.raises(DomainError, match="Unknown amendment type"):
        A.create_amendment(pd, ["rename"])
    amendment = A.create_amendment(pd, ["budget_change"], "Scale up")
    assert amendment.reference == pd.reference + "-01" and amendment.status == "draft"
    with pytest.raises(DomainError, match="still a draft"):
        A.create_amendment(pd, ["other"])
    lines = [dict(line, unicef_cash=line["unicef_cash"] * 2) for line in pd.budget_lines]
    amendment = A.save_pd({"budget_lines": lines, "title": "Treatment of wasting, scaled"},
                          pd_id=amendment.id)
    diff = A.amendment_diff(amendment)
    assert [row[0] for row in diff] == ["Title", "Budget lines", "UNICEF contribution (total)"]
    assert diff[2][1:] == ("3,100.00", "6,100.00")  # cash and supplies
    assert A.get_pd(pd.id).title == "Treatment of wasting"  # nothing merged before signing
    assert A.pd_by_reference(pd.reference).id == pd.id
    sign(amendment)
    merged = A.get_pd(pd.id)
    assert merged.reference.endswith("-01") and merged.title.endswith("scaled")
    assert A.pd_totals(merged).unicef_cash == Decimal("6000.00")
    assert merged.unicef_cash_total == 6100.0 and merged.status == "active"
    assert A.pd_by_reference(pd.reference).id == pd.id  # the old reference still finds it
    second = A.create_amendment(merged, ["no_cost_extension"])
    assert second.reference == pd.reference + "-02"
    with pytest.raises(DomainError, match="ends after its agreement"):
        A.transition(A.save_pd({"end_date": "2028-06-30"}, pd_id=second.id), "signed",
                     today=TODAY)
    with pytest.raises(DomainError, match="justification"):
        A.transition(second, "cancelled", today=TODAY)
    A.transition(second, "cancelled", reason="Not needed", today=TODAY)
    assert A.create_amendment(merged, ["other"]).reference == pd.reference + "-02"
    assert [a.status for a in A.amendments(merged)] == ["signed", "cancelled", "draft"]


def test_agreement_amendment_and_refusals(db):
    draft = make_agreement(signed=False)
    with pytest.raises(DomainError, match="only a signed record is amended"):
        A.create_amendment(draft, ["other"])
    agreement = make_agreement(make_partner("Other NGO"))
    amendment = A.create_amendment(agreement, ["no_cost_extension"])
    with pytest.raises(DomainError, match="already an amendment"):
        A.create_amendment(amendment, ["other"])
    A.save_agreement({"end_date": "2028-06-30"}, agreement_id=amendment.id)
    assert A.amendment_diff(A.get_agreement(amendment.id)) == [
        ("End date", "2027-12-31", "2028-06-30")]
    sign(A.get_agreement(amendment.id))
    merged = A.agreement_by_reference(agreement.reference + "-01")
    assert merged.id == agreement.id and str(merged.end_date) == "2028-06-30"
    assert A.amendment_by_reference(agreement.reference + "-01").id == amendment.id


def test_totals_as_typed_and_per_agreement(db):
    totals = A.totals([{"unicef_cash": "1,000.50", "partner_contribution": "200",
                        "supplies": 99.5}, {"unicef_cash": 0.1, "partner_contribution": None}],
                      management_costs="100")
    assert (totals.unicef_cash, totals.supplies, totals.management_costs) == (
        Decimal("1000.60"), Decimal("99.50"), Decimal("100.00"))
    assert totals.unicef_total == Decimal("1200.10") and totals.total == Decimal("1400.10")
    assert totals.partner_share == Decimal("14.3")
    with pytest.raises(ValueError, match="not an amount"):
        A.totals([{"unicef_cash": "12abc"}])
    agreement = make_agreement()
    make_pd(agreement, lines=3)
    make_pd(agreement, "cancelled")
    assert A.agreement_totals(agreement).unicef_cash == Decimal("6000.00")
    row = A.list_agreements(filters={"agreement_type": "pca"})[0]
    assert row[1] == agreement.reference and row[7] == pytest.approx(6150.0)


def test_pd_validation_messages(db):
    agreement = make_agreement()
    with pytest.raises(ValidationError) as info:
        A.save_pd(pd_data(agreement, title="", end_date="2029-01-01",
                          budget_lines=[{"activity": "", "unicef_cash": 5}],
                          results=[{"title": "Out", "indicators": [{"name": "x"}]}],
                          currency="dollars", risks=[{"risk": "floods"}]))
    errors = info.value.errors
    assert set(errors) == {"title", "end_date", "budget_lines", "results", "currency", "risks"}
    assert "ends after its agreement" in errors["end_date"]
    ssfa = make_agreement(make_partner("Small NGO"), kind="ssfa")
    with pytest.raises(ValidationError, match="An SSFA funds at most 50,000"):
        A.save_pd(pd_data(ssfa, budget_lines=[{"activity": "a", "unicef_cash": 60000}]))
    mou = make_agreement(make_partner("Ministry", kind="government"), kind="mou", signed=False)
    with pytest.raises(ValidationError, match="An MoU is non-financial"):
        A.save_pd(pd_data(mou))
    with pytest.raises(ValidationError, match="at most six months"):
        A.save_pd(pd_data(agreement, pd_type="humanitarian"))


def test_references_by_country_type_year_and_sequence(db):
    pca = make_agreement()
    assert pca.reference == "KEN/PCA2025001"
    ssfa = make_agreement(make_partner("B"), kind="ssfa", start_date="2026-02-01")
    assert ssfa.reference == "KEN/SSFA2026001"
    assert make_agreement(make_partner("C")).reference == "KEN/PCA2025002"
    pd = make_pd(pca)
    assert pd.reference == "KEN/PCA2025001/PD2025001"
    hpd = A.save_pd(pd_data(pca, pd_type="humanitarian", end_date="2025-06-30"))
    assert hpd.reference == "KEN/PCA2025001/HPD2025001"


def test_attachments_are_stored_once_by_hash(db):
    agreement = make_agreement(signed=False)
    data = b"%PDF-1.4 signed scan"
    first = A.attach(agreement, "signed_document", data=data, filename="scan.pdf")
    again = A.attach(agreement, "other", data=data, filename="copy.pdf")
    digest = hashlib.sha256(data).hexdigest()
    assert first.sha256 == again.sha256 == digest == agreement.signed_document
    stored = db.with_name(db.name + ".files") / digest[:2] / digest
    assert data not in stored.read_bytes()  # encrypted at rest, named by the plain content
    assert len(list(stored.parent.iterdir())) == 1
    assert A.read_attachment(first) == data
    assert [a.filename for a in A.attachments(agreement)] == ["scan.pdf", "copy.pdf"]
    stored.write_bytes(b"tampered")
    with pytest.raises(DomainError, match="damaged"):
        A.read_attachment(first)
    with pytest.raises(DomainError, match="No file at"):
        A.attach(agreement, "other", path=db.parent / "missing.pdf")
    stored.unlink()
    assert A.read_attachment  # a missing file is fetched on demand, not a broken database
    from models.agreements.files import missing_files
    assert missing_files() == [digest]


def test_models_match_migrated_schema_defaults_included(db):
    for model in MODELS:
        table = model._meta.table_name
        migrated = {r[1]: r for r in database.execute_sql(f'PRAGMA table_info("{table}")')}
        assert set(migrated) == {f.column_name for f in model._meta.sorted_fields}, table
        for field in model._meta.sorted_fields:
            row = migrated[field.column_name]
            assert bool(row[3]) == (not field.null and not field.primary_key) or \
                field.primary_key, (table, field.name)
            default = field.default() if callable(field.default) else field.default
            if default is None or field.name in ("id", "updated_at"):
                continue
            sql_default = database.execute_sql(f"SELECT {row[4]}").fetchone()[0]
            assert field.db_value(default) == sql_default, (table, field.name)
    assert isinstance(MODELS[0].reference, peewee.TextField)


def test_migration_captures_changes_for_sync(db):
    make_agreement()
    tables = {r[0] for r in database.execute_sql("SELECT DISTINCT table_name FROM outbox")}
    assert {"agreement", "attachment"} <= tables
    assert A.list_agreements(search="Wajir")  # FTS finds the partner's name


def test_emergency_launch_with_quick_added_partner(db):
    today = dt.date.today()
    with pytest.raises(ValidationError) as info:
        emergency.launch_emergency(office="KEN", template_key="wash", amount="", start_date=today,
                                   locations=[], partner_signatory="", unicef_signatory="")
    assert set(info.value.errors) == {"amount", "locations", "partner_signatory",
                                      "unicef_signatory", "partner", "consent_unicef",
                                      "consent_partner"}  # each signatory consents apart
    unicef_officer("KEN")
    both = emergency.consents("Paul Otieno", "Ali Hassan")
    with pytest.raises(ValidationError, match="at most 50,000"):
        emergency.launch_emergency(office="KEN", template_key="wash", amount=80000,
                                   start_date=today, locations=["Wajir"],
                                   new_partner={"legal_name": "Wajir Relief"},
                                   partner_signatory="Ali", unicef_signatory="Rep",
                                   consents=both)
    with pytest.raises(ValidationError, match="confirmed the electronic signature"):
        emergency.launch_emergency(
            office="KEN", template_key="nutrition", amount="40,000", start_date=today,
            locations=["Wajir"], new_partner={"legal_name": "Wajir Relief"},
            partner_signatory="Ali Hassan", unicef_signatory="Paul Otieno",
            consents={"unicef": both["unicef"]})  # the partner's own consent is missing
    with pytest.raises(DomainError, match="not authorised to sign for UNICEF"):
        emergency.launch_emergency(
            office="KEN", template_key="nutrition", amount="40,000", start_date=today,
            locations=["Wajir"], new_partner={"legal_name": "Wajir Relief"},
            partner_signatory="Ali Hassan", unicef_signatory="Laptop User",
            consents=both)  # whoever uses the laptop is not a signatory
    launch = emergency.launch_emergency(
        office="KEN", template_key="nutrition", amount="40,000", start_date=today,
        locations=["Wajir", "Mandera"], new_partner={"legal_name": "Wajir Relief"},
        partner_signatory="Ali Hassan", partner_signatory_title="Director",
        unicef_signatory="Paul Otieno", consents=both)
    assert launch.partner.risk_rating == "high"
    assert launch.partner.risk_assessment_type == "high_risk_assumed"
    assert launch.agreement.agreement_type == "ssfa" and launch.agreement.status == "signed"
    assert launch.pd.status == "active" and launch.pd.pd_type == "humanitarian"
    assert A.pd_totals(launch.pd).unicef_total == Decimal("40000.00")
    assert launch.pd.results[0]["indicators"][0]["target"] == "8000"
    kinds = sorted(d.kind for d in launch.deferred)
    assert kinds == ["due_diligence", "full_assessment", "signed_original"]
    assert A.attachments(launch.pd)[0].kind == "electronic_signature"
    found = alerts.collect(alerts.AlertQuery(today=today + dt.timedelta(days=31)))
    overdue = [a for a in found if a.kind == "emergency_deferred_overdue"]
    assert len(overdue) == 2 and overdue[0].record_id == launch.pd.id
    evidence = A.evidence.evidence_of(launch.pd)
    assert {e.party for e in evidence} == {"unicef", "partner"}
    assert {e.text_sha256 for e in evidence} == {launch.pd.text_sha256}
    assert A.evidence.matches(A.get_pd(launch.pd.id))
    by_kind = {d.kind: d for d in launch.deferred}
    with pytest.raises(ValidationError, match="scan of the signed original"):
        emergency.complete_deferred(by_kind["signed_original"].id)  # evidence first
    emergency.complete_deferred(by_kind["signed_original"].id,
                                {"data": b"%PDF scan", "filename": "signed.pdf"})
    assert A.get_pd(launch.pd.id).signed_document == hashlib.sha256(b"%PDF scan").hexdigest()
    with pytest.raises(ValidationError) as info:
        emergency.complete_deferred(by_kind["full_assessment"].id, {"risk_rating": "bad"})
    assert set(info.value.errors) == {"assessment_type", "risk_rating", "assessed_on"}
    emergency.complete_deferred(by_kind["full_assessment"].id, {
        "assessment_type": "micro", "risk_rating": "medium",
        "assessed_on": today.isoformat(), "data": b"report", "filename": "micro.pdf"})
    partner = A.get_pd(launch.pd.id).agreement.partner
    assert (partner.risk_rating, partner.risk_assessment_type) == ("medium", "micro")
    assert len(emergency.deferred_items(launch.pd)) == 1


def test_emergency_under_existing_pca(db):
    pca = make_agreement(make_partner(risk_rating="medium", risk_assessment_type="micro",
                                      risk_assessed_on="2024-01-01"))
    launch = emergency.launch_emergency(
        office="KEN", template_key="protection", amount=120000, start_date="2025-05-01",
        agreement_id=pca.id, partner_id=pca.partner_id, locations=["Wajir"],
        partner_signatory="Jane Wanjiru", unicef_signatory="Paul Otieno",
        consents=emergency.consents("Paul Otieno", "Jane Wanjiru"), today=dt.date(2025, 5, 1))
    assert launch.agreement.id == pca.id and launch.pd.reference.startswith(pca.reference)
    assert [d.kind for d in launch.deferred] == ["signed_original"]
    with pytest.raises(DomainError, match="not one of the partner's authorised officers"):
        emergency.launch_emergency(
            office="KEN", template_key="wash", amount=1000, start_date="2025-05-01",
            agreement_id=pca.id, partner_id=pca.partner_id, locations=["Wajir"],
            partner_signatory="Stranger", unicef_signatory="Paul Otieno",
            consents=emergency.consents("Paul Otieno", "Stranger"), today=dt.date(2025, 5, 1))
    assert len(A.programme_documents(pca)) == 1  # the refused launch left nothing behind


def test_alerts_for_ending_agreements_and_late_pds(db):
    agreement = make_agreement()
    late = make_pd(agreement, "signature", start_date="2026-05-01")
    near = alerts.collect(alerts.AlertQuery(today=dt.date(2027, 12, 10)))
    kinds = {(a.kind, a.reference) for a in near}
    assert ("agreement_ending", agreement.reference) in kinds
    assert ("pd_not_active", late.reference) in kinds
    past = alerts.collect(alerts.AlertQuery(today=dt.date(2028, 1, 5), office="KEN"))
    assert any(a.kind == "agreement_past_end" and a.severity == "overdue" for a in past)
    assert alerts.collect(alerts.AlertQuery(today=dt.date(2028, 1, 5), office="NGA")) == [] or \
        all(a.office == "NGA" for a in alerts.collect(alerts.AlertQuery(
            today=dt.date(2028, 1, 5), office="NGA")))


def test_check_finds_broken_invariants(db):
    agreement = make_agreement()
    assert checks.invariants() == []
    database.execute_sql("UPDATE agreement SET signed_document = NULL WHERE id = ?",
                         (agreement.id,))
    assert any("without its signed document" in p for p in checks.invariants())


def test_demo_has_every_status_amendments_emergency_and_arabic(demo_db):
    statuses = {r[0] for r in database.execute_sql(
        "SELECT DISTINCT status FROM agreement WHERE amendment_of IS NULL")}
    assert statuses == {"draft", "signed", "suspended", "ended", "terminated"}
    pd_statuses = {r[0] for r in database.execute_sql(
        "SELECT DISTINCT status FROM programme_document WHERE amendment_of IS NULL")}
    assert pd_statuses == {"draft", "review", "signature", "signed", "active", "ended", "closed",
                           "suspended", "terminated", "cancelled"}
    amendment_states = {r[0] for r in database.execute_sql(
        "SELECT status FROM programme_document WHERE amendment_of IS NOT NULL")}
    assert amendment_states == {"draft", "signed"}
    assert database.execute_sql("SELECT count(*) FROM agreement WHERE is_emergency = 1"
                                ).fetchone()[0] >= 1
    jor = A.list_agreements(filters={"office": "JOR"})
    assert any("جمعية" in row[3] for row in jor)
    assert checks.invariants() == []
    found = A.list_agreements(search="جمعية العون")  # search-as-you-type in Arabic
    assert found and all("جمعية" in row[3] for row in found)
