"""Core records: offices, people, partners, partnerships and the partners in each partnership.

Schema changes go through a numbered migration as well (models/migrations); a test checks that
these models and the migrated schema agree, defaults included.
"""
from __future__ import annotations

import peewee

from ..base import JSONField, SyncModel
from ..db import BaseModel


class Office(SyncModel):
    code = peewee.TextField(unique=True)  # e.g. KEN; the sync scope of its records
    name = peewee.TextField()
    country = peewee.TextField()  # ISO 3166-1 alpha-3
    region = peewee.TextField(default="")


class Person(SyncModel):
    name = peewee.TextField()
    email = peewee.TextField(default="")
    role = peewee.TextField(default="focal_point")
    title = peewee.TextField(default="")


class Partner(SyncModel):
    reference = peewee.TextField(unique=True)
    legal_name = peewee.TextField()
    short_name = peewee.TextField(default="")
    partner_type = peewee.TextField()
    cso_type = peewee.TextField(null=True)
    tags = JSONField(default=list)  # extra categories (DOMAIN.md: categories overlap)
    vendor_number = peewee.TextField(default="")
    country = peewee.TextField(default="")
    address = peewee.TextField(default="")
    email = peewee.TextField(default="")
    phone = peewee.TextField(default="")
    contacts = JSONField(default=list)  # [{name, title, email, phone}]
    authorised_officers = JSONField(default=list)  # [{name, title, email}]
    bank_details = JSONField(default=dict)  # {bank_name, account_name, account_number, ...}
    risk_rating = peewee.TextField(null=True)
    risk_assessment_type = peewee.TextField(null=True)
    risk_assessed_on = peewee.DateField(null=True)
    core_values_assessed_on = peewee.DateField(null=True)
    psea_assessed_on = peewee.DateField(null=True)
    due_diligence_status = peewee.TextField(default="not_started")
    due_diligence_on = peewee.DateField(null=True)
    notes = peewee.TextField(default="")


class Partnership(SyncModel):
    reference = peewee.TextField(unique=True)
    title = peewee.TextField()
    level = peewee.TextField(default="country")
    contribution_types = JSONField(default=list)
    engagement_type = peewee.TextField(default="collaboration")
    formality = peewee.TextField(default="informal")
    geographic_reach = peewee.TextField(default="")
    objectives = peewee.TextField(default="")
    results = peewee.TextField(default="")
    focal_point = peewee.ForeignKeyField(Person, null=True, column_name="focal_point_id",
                                         on_delete="SET NULL")
    start_date = peewee.DateField(null=True)
    planned_end = peewee.DateField(null=True)
    status = peewee.TextField(default="proposed", index=True)


class PartnershipPartner(SyncModel):
    partnership = peewee.ForeignKeyField(Partnership, backref="members",
                                         column_name="partnership_id")
    partner = peewee.ForeignKeyField(Partner, backref="memberships", column_name="partner_id")
    role = peewee.TextField(default="implementing")
    comparative_advantage = peewee.TextField(default="")


# Local-only tables (never synced) ------------------------------------------------------------

class Setting(BaseModel):
    key = peewee.TextField(primary_key=True)
    value = peewee.TextField(null=True)


MODELS = [Office, Person, Partner, Partnership, PartnershipPartner, Setting]
