"""Emergency fast track (DOMAIN.md section 5): launch a humanitarian PD in minutes.

`launch_emergency` takes what the wizard asks (partner known or quick-added with "high risk
assumed", a pre-certified template, amount, dates, places, signatories), builds the simplified
humanitarian PD under the partner's signed PCA or under a new SSFA, signs both electronically,
and records what was postponed as deferred items with due dates (they come back as alerts).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from ..base import atomic, current_user
from ..directory import Partner, partners
from ..errors import DomainError, ValidationError
from ..messages import Message, message_of, msg, status
from ..validation import to_date
from . import evidence, pds, records as A, signatories
from .deferred import complete_deferred, deferred_description, describe
from .emergency_templates import TEMPLATES, Template, template
from .entities import Agreement, DeferredItem, ProgrammeDocument
from .vocab import AGREEMENT_STATUSES, SSFA_CEILING

__all__ = ["TEMPLATES", "Template", "template", "templates", "launch_emergency",
           "EmergencyLaunch", "known_partners", "signed_pcas", "template_results",
           "deferred_items", "complete_deferred", "consents", "CONSENT", "unicef_choices",
           "template_texts", "deferred_description"]


@dataclass
class EmergencyLaunch:
    partner: Partner
    agreement: Agreement
    pd: ProgrammeDocument
    deferred: list[DeferredItem] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)


def templates() -> list[tuple[str, str]]:
    """(key, English title) of the templates; the window translates the titles (context
    "emergency templates", as every text of a template)."""
    return [(t.key, t.title) for t in TEMPLATES]


def _same(text: str) -> str:
    return text


def template_texts() -> list[str]:
    """Every text of every template that a person reads (for the translators)."""
    found = []
    for t in TEMPLATES:
        found += [t.title, t.sector]
        for output in t.outputs:
            found.append(output.title)
            for name, _baseline, _per, source in output.indicators:
                found += [name, source]
        found += [activity for activity, _cash, _supplies in t.budget]
        found += [text for pair in t.risks for text in pair]
    return found


def unicef_choices(office: str, on: dt.date | None = None) -> list[tuple[str, str]]:
    """(name, title) of the office's officers authorised to sign for UNICEF today."""
    return [(o.name, o.title) for o in
            signatories.unicef_officers(office, on or dt.date.today())]


def known_partners(office: str | None = None) -> list[tuple[str, str]]:
    """Civil society partners that may receive an emergency PD (not rejected), by name."""
    return A.partner_choices("ssfa", office)


def signed_pcas(partner_id: str) -> list[tuple[str, str]]:
    """(id, reference) of the partner's signed PCAs, newest first."""
    query = (Agreement.live().where((Agreement.partner == partner_id)
                                    & (Agreement.agreement_type == "pca")
                                    & (Agreement.status == "signed")
                                    & Agreement.amendment_of.is_null())
             .order_by(Agreement.start_date.desc()))
    return [(a.id, a.reference) for a in query]


def template_results(key: str, amount, texts=_same) -> list[dict]:
    """The template's results chain with targets scaled to `amount` of UNICEF cash; `texts`
    gives each English text in the language of the person (the window's translation)."""
    scale = float(pds.amount(amount)) / 10_000
    return [{"title": texts(o.title), "indicators": [
        {"name": texts(n), "baseline": b, "target": str(max(1, round(per * scale))),
         "means_of_verification": texts(mov)} for n, b, per, mov in o.indicators]}
            for o in template(key).outputs]


def _budget(tpl: Template, total, texts=_same) -> list[dict]:
    total = pds.amount(total)
    weights = sum(c + s for _, c, s in tpl.budget)
    lines, used = [], pds.amount(0)
    for i, (activity, cash, supplies) in enumerate(tpl.budget):
        share_cash = pds.amount(total * pds.amount(cash) / pds.amount(weights))
        share_sup = pds.amount(total * pds.amount(supplies) / pds.amount(weights))
        if i == len(tpl.budget) - 1:  # the last line takes the rounding
            rest = total - used - share_cash - share_sup
            share_cash += rest if cash else 0
            share_sup += rest if not cash else 0
        used += share_cash + share_sup
        lines.append({"activity": texts(activity), "unicef_cash": float(share_cash),
                      "partner_contribution": 0.0, "supplies": float(share_sup)})
    return lines


def _quick_partner(data: dict, office: str, today: dt.date, signatory: str, title: str):
    values = {"legal_name": (data.get("legal_name") or "").strip(),
              "short_name": (data.get("short_name") or "").strip(),
              "partner_type": "cso", "cso_type": data.get("cso_type") or "national",
              "country": data.get("country") or "", "email": data.get("email") or "",
              "phone": data.get("phone") or "",
              "risk_rating": "high", "risk_assessment_type": "high_risk_assumed",
              "risk_assessed_on": today.isoformat(), "due_diligence_status": "in_progress",
              "authorised_officers": [{"name": signatory, "title": title or "Director",
                                       "email": ""}] if signatory else [],
              "notes": "Added in an emergency with high risk assumed; full assessment deferred."}
    try:
        return partners.save(values, office=office)
    except ValidationError as exc:
        raise ValidationError({f"new_partner.{k}": v for k, v in exc.errors.items()}) from None


CONSENT = ("I, {name}, sign this document electronically for {party}; this signature binds "
           "{party} as a handwritten one would.")


def consents(unicef_name: str, partner_name: str) -> dict[str, str]:
    """The consent statements each signatory confirms, one per party (English record)."""
    return {"unicef": CONSENT.format(name=unicef_name, party="UNICEF"),
            "partner": CONSENT.format(name=partner_name, party="the partner")}


def _sign_electronically(record, signatories: dict, given: dict, today: dt.date,
                         lang: str) -> None:
    """Each party's electronic signature of the text as it reads (who, when, device, SHA-256),
    the evidence kept as an attachment too, then the record signed and sealed."""
    details = {**signatories, "partner_signed_on": today, "unicef_signed_on": today}
    for key, value in details.items():  # the signature block reads as it will be signed
        setattr(record, key, value)
    for party in evidence.PARTIES:
        evidence.record_electronic(record, party, signatories[f"{party}_signatory"],
                                   signatories[f"{party}_signatory_title"],
                                   given.get(party, ""), lang)
    A.attach(record, "electronic_signature", filename=f"e-signature-{record.id}.json",
             data=json.dumps({**evidence.manifest(record), "recorded_by": current_user(),
                              "method": "electronic signature (emergency procedure)"},
                             indent=1, ensure_ascii=False).encode())
    A.transition(record, "signed", today=today, lang=lang, **details)


def launch_emergency(*, office: str, template_key: str, amount, start_date,
                     locations: list[str], partner_id: str | None = None,
                     new_partner: dict | None = None, agreement_id: str | None = None,
                     partner_signatory: str, partner_signatory_title: str = "",
                     unicef_signatory: str, unicef_signatory_title: str = "",
                     end_date=None, results: list[dict] | None = None,
                     consents: dict[str, str] | None = None, lang: str = "en",
                     today: dt.date | None = None, texts=_same) -> EmergencyLaunch:
    """Build, sign and (when it starts today) activate an emergency humanitarian PD; `texts`
    puts the template's English texts (title, activities, risks) in the person's language."""
    today = today or dt.date.today()
    errors = {}
    try:
        tpl = template(template_key)
    except KeyError:
        raise ValidationError({"template": msg("Choose one of the pre-certified templates.")}
                              ) from None
    try:
        total = pds.amount(amount)
        if total <= 0:
            errors["amount"] = msg("Enter the UNICEF amount for the response, e.g. 40000.")
    except ValueError as exc:
        errors["amount"] = message_of(exc)
    try:
        start = to_date(start_date) or today
        end = to_date(end_date) or start + dt.timedelta(days=tpl.duration_days)
    except ValueError as exc:
        raise ValidationError({"start_date": message_of(exc)}) from None
    if not [p for p in locations or [] if p.strip()]:
        errors["locations"] = msg("Name at least one place the response covers.")
    if not partner_signatory.strip():
        errors["partner_signatory"] = msg("Name the partner's signatory (an authorised "
                                          "officer).")
    if not unicef_signatory.strip():
        errors["unicef_signatory"] = msg("Choose UNICEF's signatory among the office's "
                                         "authorised officers.")
    if not (consents or {}).get("unicef", "").strip():
        errors["consent_unicef"] = msg("UNICEF's signatory has not confirmed the electronic "
                                       "signature; each signatory confirms it separately.")
    if not (consents or {}).get("partner", "").strip():
        errors["consent_partner"] = msg("The partner's signatory has not confirmed the "
                                        "electronic signature; each signatory confirms it "
                                        "separately.")
    if not partner_id and not (new_partner or {}).get("legal_name", "").strip():
        errors["partner"] = msg("Pick a known partner or type the new partner's name.")
    if errors:
        raise ValidationError(errors)
    signatories = {"partner_signatory": partner_signatory.strip(),
                   "partner_signatory_title": partner_signatory_title.strip(),
                   "unicef_signatory": unicef_signatory.strip(),
                   "unicef_signatory_title": unicef_signatory_title.strip()}
    messages = []
    with atomic():
        partner = Partner.get_by_id(partner_id) if partner_id else _quick_partner(
            new_partner, office, today, partner_signatory, partner_signatory_title)
        quick = not partner_id
        if agreement_id:
            agreement = A.get_agreement(agreement_id)
            if agreement.partner_id != partner.id or agreement.agreement_type != "pca":
                raise DomainError(msg("Choose a PCA of this partner, or make an SSFA."))
            if agreement.status != "signed":
                raise DomainError(msg("PCA {reference} is {status}; an emergency PD needs a "
                                      "signed PCA, or make an SSFA.",
                                      reference=agreement.reference,
                                      status=status(AGREEMENT_STATUSES, agreement.status)))
        else:
            if total > SSFA_CEILING:
                raise ValidationError({"amount": msg(
                    "An SSFA funds at most {ceiling} USD; for {amount} choose the partner's PCA, "
                    "or lower the amount.", ceiling=SSFA_CEILING, amount=total)})
            agreement = A.save_agreement(
                {"agreement_type": "ssfa", "partner": partner.id, "title": texts(tpl.title),
                 "start_date": start, "end_date": end, "is_emergency": True}, office=office)
            _sign_electronically(agreement, signatories, consents, today, lang)
            messages.append(msg("SSFA {reference} signed electronically.",
                                reference=agreement.reference))
        pd = A.save_pd({
            "agreement": agreement.id, "pd_type": "humanitarian", "title": texts(tpl.title),
            "start_date": start, "end_date": end, "locations": [p.strip() for p in locations
                                                                if p.strip()],
            "results": results or template_results(tpl.key, total, texts),
            "budget_lines": _budget(tpl, total, texts),
            "cash_transfer_modalities": [tpl.modality],
            "reporting_requirements": [
                {"kind": "humanitarian", "due": (start + dt.timedelta(days=d)).isoformat()}
                for d in range(tpl.report_every_days, (end - start).days + 1,
                               tpl.report_every_days)] + [
                {"kind": "final", "due": (end + dt.timedelta(days=30)).isoformat()}],
            "planned_visits": [{"kind": "programmatic", "when": (start + dt.timedelta(
                days=min(45, (end - start).days))).isoformat(), "location": locations[0]}],
            "risks": [{"risk": texts(r), "mitigation": texts(m)} for r, m in tpl.risks],
            "is_emergency": True, "template": tpl.key})
        _sign_electronically(pd, signatories, consents, today, lang)
        messages.append(msg("{reference} signed electronically.", reference=pd.reference))
        if start <= today:
            A.transition(pd, "active", today=today)
            messages.append(msg("{reference} is active.", reference=pd.reference))
        deferred = _defer(pd, partner, quick, today)
    return EmergencyLaunch(partner, agreement, pd, deferred, messages)


def _defer(pd: ProgrammeDocument, partner: Partner, quick: bool,
           today: dt.date) -> list[DeferredItem]:
    due = {"signed_original": 30, "full_assessment": 90, "due_diligence": 30}
    kinds = ["signed_original"] + (["full_assessment", "due_diligence"] if quick or
                                   partners.assessment_expired(partner, today) or
                                   not partner.risk_assessed_on else [])
    return [DeferredItem.create(office=pd.office, owner_table="programme_document",
                                owner_id=pd.id, partner=partner, kind=kind,
                                description=str(describe(kind, pd.reference)),
                                due_date=today + dt.timedelta(days=due[kind]))
            for kind in kinds]


def deferred_items(record=None, *, open_only: bool = True,
                   office: str | None = None) -> list[DeferredItem]:
    """Deferred items of one record, or of one office (None: every office here), soonest first."""
    query = DeferredItem.live()
    if record is not None:
        query = query.where(DeferredItem.owner_id == record.id)
    if office:
        query = query.where(DeferredItem.office == office)
    if open_only:
        query = query.where(DeferredItem.done_on.is_null())
    return list(query.order_by(DeferredItem.due_date))
