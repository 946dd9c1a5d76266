"""Peewee models of the landscape (synced) and of import batches (local); migration 6 is the
literal schema, a test checks that both agree."""
from __future__ import annotations

import peewee

from ..base import JSONField, SyncModel
from ..db import BaseModel
from ..directory import Partner


class ExternalActivity(SyncModel):
    """Someone else's activity in an office's country, read from IATI or a 3W table."""
    source = peewee.TextField()  # iati | 3w
    identifier = peewee.TextField(index=True)  # IATI identifier, or a digest of the 3W row
    title = peewee.TextField(default="", index=True)
    description = peewee.TextField(default="")
    country = peewee.TextField(default="")  # ISO 3166-1 alpha-3, as offices have it
    status = peewee.TextField(default="")  # IATI ActivityStatus code
    start_date = peewee.DateField(null=True)
    end_date = peewee.DateField(null=True)
    reporting_org = peewee.TextField(default="")
    reporting_org_ref = peewee.TextField(default="")
    reporting_org_type = peewee.TextField(default="")
    organisations = JSONField(default=list)  # [{name, ref, type, role}] (IATI role codes)
    org_types = JSONField(default=list)  # IATI OrganisationType codes present, for filtering
    sectors = JSONField(default=list)  # sector names
    areas = JSONField(default=list)  # place names (admin 1 / admin 2 / locations)
    humanitarian = peewee.BooleanField(default=False)
    currency = peewee.TextField(default="")
    budget = peewee.FloatField(default=0)
    commitments = peewee.FloatField(default=0)
    disbursements = peewee.FloatField(default=0)
    expenditures = peewee.FloatField(default=0)
    targeted = peewee.IntegerField(null=True)  # people targeted (3W)


class ExternalOrg(SyncModel):
    """An organisation met in the landscape: a candidate partner until promoted or matched."""
    name = peewee.TextField(index=True)
    name_key = peewee.TextField(index=True)  # the name without case and spacing differences
    ref = peewee.TextField(default="")  # IATI organisation identifier when known
    org_type = peewee.TextField(default="")  # IATI OrganisationType code
    country = peewee.TextField(default="")
    partner = peewee.ForeignKeyField(Partner, null=True, column_name="partner_id",
                                     on_delete="SET NULL")
    status = peewee.TextField(default="candidate")  # candidate | promoted | matched | dismissed


class ImportBatch(BaseModel):
    id = peewee.TextField(primary_key=True)
    kind = peewee.TextField()  # partners | agreements | iati | 3w
    filename = peewee.TextField()
    office = peewee.TextField(default="")
    created_at = peewee.TextField()
    created_by = peewee.TextField(default="")
    summary = JSONField(default=dict)
    undone_at = peewee.TextField(null=True)


class ImportItem(BaseModel):
    batch = peewee.ForeignKeyField(ImportBatch, column_name="batch_id", backref="items")
    table_name = peewee.TextField()
    row_id = peewee.TextField(index=True)
    line = peewee.TextField(default="")
    source = JSONField(default=dict)


MODELS = [ExternalActivity, ExternalOrg, ImportBatch, ImportItem]
