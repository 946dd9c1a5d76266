"""Peewee models of agreements, programme documents, their attachments and deferred items.

Each table also has a migration (models/migrations/m003_agreements.py); a test checks that the
two agree. Amendments are rows of the same table pointing to the signed record they amend
(`amendment_of`); they replace its content only when signed. Rich parts of a programme document
(results chain, budget lines, visits, reporting, risks) are JSON lists, see
models/programme_documents.py for their shape.
"""
from __future__ import annotations

import peewee

from ..base import JSONField, SyncModel
from ..directory import Partner


class Agreement(SyncModel):
    reference = peewee.TextField(index=True)
    agreement_type = peewee.TextField()  # pca | ssfa | mou
    partner = peewee.ForeignKeyField(Partner, backref="agreements", column_name="partner_id")
    country_programme = peewee.TextField(default="")  # e.g. 2023-2027
    title = peewee.TextField(default="")
    start_date = peewee.DateField(null=True)
    end_date = peewee.DateField(null=True)
    status = peewee.TextField(default="draft", index=True)
    status_reason = peewee.TextField(default="")
    authorised_officers = JSONField(default=list)  # [{name, title, email}]
    special_conditions = peewee.TextField(default="")
    partner_signatory = peewee.TextField(default="")
    partner_signatory_title = peewee.TextField(default="")
    partner_signed_on = peewee.DateField(null=True)
    unicef_signatory = peewee.TextField(default="")
    unicef_signatory_title = peewee.TextField(default="")
    unicef_signed_on = peewee.DateField(null=True)
    signed_document = peewee.TextField(null=True)  # SHA-256 of the attachment
    termination_document = peewee.TextField(null=True)
    is_emergency = peewee.BooleanField(default=False)
    amendment_of = peewee.TextField(null=True, index=True)  # id of the amended agreement
    amendment_number = peewee.IntegerField(default=0)
    amendment_types = JSONField(default=list)
    amendment_summary = peewee.TextField(default="")
    transfers_cash = peewee.BooleanField(default=False)  # an MoU that moves cash (step 7)
    template_editions = JSONField(default=dict)  # {kind: edition} fixed at signature
    signed_lang = peewee.TextField(default="")
    text_sha256 = peewee.TextField(default="")  # of the text signed, in signed_lang
    amendment_difference = JSONField(default=list)  # [[field, before, after]] frozen at signing


class ProgrammeDocument(SyncModel):
    reference = peewee.TextField(index=True)
    agreement = peewee.ForeignKeyField(Agreement, backref="programme_documents",
                                       column_name="agreement_id")
    pd_type = peewee.TextField(default="standard")  # standard | humanitarian
    title = peewee.TextField()
    start_date = peewee.DateField(null=True)
    end_date = peewee.DateField(null=True)
    status = peewee.TextField(default="draft", index=True)
    status_reason = peewee.TextField(default="")
    currency = peewee.TextField(default="USD")
    locations = JSONField(default=list)  # [text]
    results = JSONField(default=list)
    budget_lines = JSONField(default=list)
    management_costs = peewee.FloatField(default=0)
    unicef_cash_total = peewee.FloatField(default=0)  # cached at save, for lists and checks
    cash_transfer_modalities = JSONField(default=list)
    planned_visits = JSONField(default=list)
    reporting_requirements = JSONField(default=list)
    risks = JSONField(default=list)
    partner_signatory = peewee.TextField(default="")
    partner_signatory_title = peewee.TextField(default="")
    partner_signed_on = peewee.DateField(null=True)
    unicef_signatory = peewee.TextField(default="")
    unicef_signatory_title = peewee.TextField(default="")
    unicef_signed_on = peewee.DateField(null=True)
    signed_document = peewee.TextField(null=True)
    termination_document = peewee.TextField(null=True)
    final_review_on = peewee.DateField(null=True)
    outstanding_amount = peewee.FloatField(default=0)  # cash not yet reported or returned
    is_emergency = peewee.BooleanField(default=False)
    template = peewee.TextField(null=True)  # key of the pre-certified emergency template
    amendment_of = peewee.TextField(null=True, index=True)
    amendment_number = peewee.IntegerField(default=0)
    amendment_types = JSONField(default=list)
    amendment_summary = peewee.TextField(default="")
    template_editions = JSONField(default=dict)
    signed_lang = peewee.TextField(default="")
    text_sha256 = peewee.TextField(default="")
    amendment_difference = JSONField(default=list)
    context = peewee.TextField(default="")
    strategy = peewee.TextField(default="")
    cp_outputs = JSONField(default=list)  # [text]: country programme outputs it serves
    ratings = JSONField(default=dict)  # {gender|equity|sustainability: {rating, narrative}}
    focal_points = JSONField(default=dict)  # {unicef: [{name, email}], partner: [...]}


class Attachment(SyncModel):
    """A file kept by content (SHA-256) in `<database>.files/`; rows say what it is for."""
    owner_table = peewee.TextField()  # agreement | programme_document
    owner_id = peewee.TextField(index=True)
    kind = peewee.TextField(default="other")
    filename = peewee.TextField()
    sha256 = peewee.TextField(index=True)
    size = peewee.IntegerField(default=0)


class DeferredItem(SyncModel):
    """Something an emergency launch postponed (assessment, documents), due by a date."""
    owner_table = peewee.TextField()
    owner_id = peewee.TextField(index=True)
    partner = peewee.ForeignKeyField(Partner, null=True, column_name="partner_id")
    kind = peewee.TextField()
    description = peewee.TextField(default="")
    due_date = peewee.DateField()
    done_on = peewee.DateField(null=True)
    evidence = JSONField(default=dict)  # what closed it: {sha256, filename} or the assessment


class AgreementTemplate(SyncModel):
    """One edition of the text of a kind of document in one print language (HQ issues them)."""
    kind = peewee.TextField()
    lang = peewee.TextField()
    edition = peewee.IntegerField(default=1)
    issued_on = peewee.DateField(null=True)
    issuer = peewee.TextField(default="")
    title = peewee.TextField(default="")
    body = JSONField(default=dict)  # template_format.Section.body()
    sha256 = peewee.TextField(default="")

    class Meta:
        indexes = ((("kind", "lang", "edition"), True),)


class UnicefOfficer(SyncModel):
    """A UNICEF officer of an office authorised to sign agreements (delegation of authority)."""
    name = peewee.TextField()
    title = peewee.TextField(default="")
    email = peewee.TextField(default="")
    valid_from = peewee.DateField(null=True)
    valid_until = peewee.DateField(null=True)


class SignatureEvidence(SyncModel):
    """Who signed what, when, on which device: the SHA-256 of the exact text signed."""
    owner_table = peewee.TextField()
    owner_id = peewee.TextField(index=True)
    party = peewee.TextField()  # unicef | partner
    signatory = peewee.TextField()
    title = peewee.TextField(default="")
    signed_at = peewee.TextField()  # UTC, ISO 8601
    device = peewee.TextField(default="")
    recorded_by = peewee.TextField(default="")
    method = peewee.TextField(default="electronic")  # electronic | paper
    lang = peewee.TextField(default="en")
    text_sha256 = peewee.TextField()
    consent = peewee.TextField(default="")


MODELS = [Agreement, ProgrammeDocument, Attachment, DeferredItem, AgreementTemplate,
          UnicefOfficer, SignatureEvidence]
