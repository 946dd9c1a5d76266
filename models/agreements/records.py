"""Agreements (PCA, SSFA, MoU) and their programme documents: the public API (DOMAIN.md s. 4-5).

Views and commands use only this module (plus the vocabularies in agreements_vocab). Errors are
models.errors.DomainError (a refused action: `str(exc)` says why, in words) and ValidationError
(`exc.errors` maps a form field to its message).

Records
  save_agreement(data, *, office=None, agreement_id=None) -> Agreement
      data keys: agreement_type (pca|ssfa|mou), partner (id), country_programme (PCA: e.g.
      "2023-2027"), title, start_date, end_date (ISO text or date), authorised_officers
      ([{name, title, email}]; default: the partner's), special_conditions, partner_signatory,
      partner_signatory_title, partner_signed_on, unicef_signatory, unicef_signatory_title,
      unicef_signed_on. The reference is given on creation: {country}/{PCA|SSFA|MOU}{year}{NNN}.
  save_pd(data, *, pd_id=None) -> ProgrammeDocument   (shapes: models/programme_documents.py)
      data keys: agreement (id, on creation), pd_type (standard|humanitarian), title, start_date,
      end_date, currency, locations, results, budget_lines, management_costs,
      cash_transfer_modalities, planned_visits, reporting_requirements, risks, signatory fields
      as above, final_review_on, outstanding_amount.
  agreement_form(a) / pd_form(pd) -> dict of the editable fields (dates as ISO text)
  get_agreement(id), agreement_by_reference(ref), get_pd(id), pd_by_reference(ref)
  programme_documents(agreement) -> [ProgrammeDocument]; LIST (listing spec for the list view)
  list_agreements(search=None, filters=None, order=None, descending=False, limit=200)
      -> rows (id, reference, type, partner, status, start, end, unicef total, office)
  totals(budget_lines, management_costs) / pd_totals(pd) / agreement_totals(a) -> Totals
      (unicef_cash, partner_contribution, supplies, management_costs, unicef_total, total,
      partner_share in percent; Decimals)
  partner_choices(agreement_type=None, office=None) -> [(id, name)]: partners a type allows

Status changes (action = the status it leads to)
  allowed_actions(obj, today=None) -> [(action, enabled, reason_if_not)]
  transition(obj, action, *, today=None, **details) -> obj; details may fill signatory fields,
      `reason` (a justification, kept as status_reason), `termination_document` (sha256).
  apply_automatic_transitions(today=None) -> [message]: signed PDs become active on their start
      date, PDs and agreements end after their end date.
  The rules every layer asks (models/agreements/rules.py, exported by the package):
  reason_required(action) -> bool: the change needs a justification (cancelling does).
  can_amend(record) / amend_refusal(record): whether an amendment may be started, and why not.
  can_add_pd(agreement) / add_pd_refusal(agreement): whether a new PD may go under it.
  status_change_refusal(table, row_before, row_after) -> reason | None: the
      same flows checked on plain rows, for HQ to validate synced status changes.

Amendments (rows of the same table, `amendment_of` = the signed record's id)
  create_amendment(obj, kinds, summary="") -> draft copy; edit it with save_agreement / save_pd
  open_amendment(obj) -> draft amendment or None; amendments(obj) -> all, oldest first
  amendment_diff(amendment) -> [(field label, before, after)] against the signed record
  transition(amendment, "signed", ...) signs it and merges it: the record takes the content and
      the reference suffix -NN. transition(amendment, "cancelled", reason=...) drops it.

Attachments (content-addressed, in `<database>.files/`)
  attach(obj, kind, path=... | data=..., filename=...) -> Attachment; attachments(obj);
  read_attachment(att) -> bytes. kind "signed_document" / "termination_document" also records
  the hash on the record, which the signing / termination guards require.

Emergency fast track: `emergency` (TEMPLATES, launch_emergency(...)).
"""
from __future__ import annotations

import datetime as dt

from .. import listing
from ..base import assign, atomic, get_or_not_found
from ..directory import Partner
from ..errors import DomainError, NotFound, ValidationError
from ..messages import msg, status
from ..validation import date_field
from . import pds, refs
from .amend import amendment_diff, create_amendment
from .entities import MODELS, Agreement, Attachment, DeferredItem, ProgrammeDocument
from .files import attach, attachments, copy_to_open, read as read_attachment
from .forms import EDITABLE, FINANCIAL, agreement_form, editable_fields, validate_agreement
from .rules import amendments, open_amendment
from .transitions import allowed_actions, apply_automatic_transitions, transition
from .vocab import AGREEMENT_STATUSES, PD_STATUSES

__all__ = ["MODELS", "Agreement", "ProgrammeDocument", "Attachment", "DeferredItem",
           "save_agreement", "save_pd", "agreement_form", "pd_form", "get_agreement",
           "agreement_by_reference", "get_pd", "pd_by_reference", "programme_documents",
           "LIST", "list_agreements", "totals", "pd_totals", "agreement_totals",
           "partner_choices", "allowed_actions", "transition", "apply_automatic_transitions",
           "create_amendment", "open_amendment", "amendments", "amendment_diff", "attach",
           "attachments", "read_attachment", "copy_to_open", "record_by_reference",
           "amendment_by_reference", "count_agreements", "delete_draft", "validate_agreement",
           "editable_fields", "EDITABLE"]

totals, pd_totals, Totals = pds.totals, pds.pd_totals, pds.Totals
save_pd, pd_form, get_pd, pd_by_reference = pds.save, pds.as_form, pds.get, pds.by_reference
programme_documents = pds.of_agreement

LIST = listing.ListSpec(
    table="agreement", fts="agreement_fts",
    columns=(
        listing.Column("reference", "Reference", "t.reference"),
        listing.Column("agreement_type", "Type", "t.agreement_type"),
        listing.Column("partner", "Partner", "p.legal_name"),
        listing.Column("status", "Status", "t.status"),
        listing.Column("start_date", "Start", "t.start_date"),
        listing.Column("end_date", "End", "t.end_date"),
        listing.Column("unicef_total", "UNICEF total",
                       "(SELECT round(coalesce(sum(d.unicef_cash_total), 0), 2) FROM "
                       "programme_document d WHERE d.agreement_id = t.id AND d.deleted = 0 "
                       "AND d.amendment_of IS NULL AND d.status NOT IN ('cancelled'))"),
        listing.Column("office", "Office", "t.office"),
    ),
    joins="JOIN partner p ON p.id = t.partner_id",
    filters={"agreement_type": "t.agreement_type = ?", "status": "t.status = ?",
             "office": "t.office = ?", "partner": "t.partner_id = ?",
             "emergency": "t.is_emergency = ?",
             "amendments": "(t.amendment_of IS NOT NULL) = ?"},
)


def list_agreements(search: str | None = None, filters: dict | None = None, **page) -> list:
    """Rows of signed records and drafts (amendment drafts hidden unless filtered for)."""
    filters = dict(filters or {})
    filters.setdefault("amendments", 0)
    return listing.fetch(LIST, search=search, filters=filters, **page)


def count_agreements(search: str | None = None, filters: dict | None = None) -> int:
    filters = dict(filters or {})
    filters.setdefault("amendments", 0)
    return listing.count(LIST, search=search, filters=filters)


def save_agreement(data: dict, *, office: str | None = None,
                   agreement_id: str | None = None) -> Agreement:
    """Create (office needed) or update an agreement; ValidationError lists every problem."""
    existing = get_agreement(agreement_id) if agreement_id else None
    merged = agreement_form(existing) if existing else {}
    merged.update(data)
    errors = validate_agreement(merged, agreement_id=agreement_id)
    if existing is not None:
        allowed, current = editable_fields(existing), agreement_form(existing)
        for key in data:
            if key in EDITABLE and key not in allowed and pds._differs(current.get(key),
                                                                       data[key]):
                errors[key] = msg("Agreement {reference} is {status}; this changes only through "
                                  "an amendment.", reference=existing.reference,
                                  status=status(AGREEMENT_STATUSES, existing.status))
    elif not office:
        raise DomainError(msg("Choose the office that makes this agreement."))
    if errors:
        raise ValidationError(errors)
    clean = {k: merged.get(k) for k in EDITABLE if k in data or existing is None}
    for key in ("start_date", "end_date", "partner_signed_on", "unicef_signed_on"):
        if key in clean:
            clean[key] = date_field(clean, key, {})
    with atomic():
        if existing is None:
            if not clean.get("authorised_officers"):
                clean["authorised_officers"] = Partner.get_by_id(clean["partner"]) \
                    .authorised_officers or []
            year = (clean.get("start_date") or dt.date.today()).year
            existing = Agreement(office=office, is_emergency=bool(data.get("is_emergency")),
                                 reference=refs.next_agreement_reference(
                                     office, clean["agreement_type"], year))
        assign(existing, {k: v for k, v in clean.items() if k != "partner"})
        if "partner" in clean:
            existing.partner = clean["partner"]
        existing.save(force_insert=agreement_id is None)
    return existing


def get_agreement(agreement_id: str) -> Agreement:
    return get_or_not_found(Agreement, agreement_id, msg(
        "That agreement no longer exists; it may have been deleted."))


def agreement_by_reference(reference: str) -> Agreement:
    """The agreement with this reference, with or without its amendment suffix."""
    return refs.find_current(Agreement, reference, msg(
        "No agreement with reference {reference}. 'list agreements' shows the references.",
        reference=reference))


def agreement_totals(agreement: Agreement) -> Totals:
    lines, mgmt = [], 0.0
    for pd in programme_documents(agreement):
        if pd.status != "cancelled":
            lines.extend(pd.budget_lines)
            mgmt += pd.management_costs or 0
    return totals(lines, mgmt)


def partner_choices(agreement_type: str | None = None,
                    office: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of partners that may sign this type of agreement, by name."""
    query = Partner.live().where(Partner.due_diligence_status != "rejected")
    if agreement_type in FINANCIAL:
        query = query.where(Partner.partner_type == "cso")
    if office:
        query = query.where(Partner.office == office)
    return [(p.id, f"{p.legal_name} ({p.short_name})" if p.short_name else p.legal_name)
            for p in query.order_by(Partner.legal_name).limit(1000)]


def delete_draft(record) -> None:
    """Drafts may be thrown away (tombstoned); anything signed stays on record."""
    if record.status != "draft":
        statuses = AGREEMENT_STATUSES if isinstance(record, Agreement) else PD_STATUSES
        raise DomainError(msg("{reference} is {status}; only drafts can be deleted. Terminate "
                              "or cancel it instead.", reference=record.reference,
                              status=status(statuses, record.status)))
    record.soft_delete()


def record_by_reference(reference: str):
    """The agreement or programme document with this reference (amendment drafts included)."""
    for finder in (agreement_by_reference, pd_by_reference):
        try:
            return finder(reference)
        except NotFound:
            pass
    amendment = amendment_by_reference(reference)
    if amendment is not None:
        return amendment
    raise NotFound(msg("No agreement or programme document with reference {reference}. "
                       "'list agreements' shows the references.", reference=reference))


def amendment_by_reference(reference: str):
    """The amendment (draft or signed) with this reference, or None."""
    for model in (Agreement, ProgrammeDocument):
        row = model.live().where((model.reference == reference)
                                 & model.amendment_of.is_null(False)).first()
        if row is not None:
            return row
    return None
