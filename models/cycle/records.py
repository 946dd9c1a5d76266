"""Records of the partnering cycle: phase records, the exit strategy, reviews, due diligence.

Schema lives in migration m002_cycle as well; a test checks both agree. `partnership_cycle` is
the one-row-per-partnership summary (current phase, exit strategy, last review, decision) that
alerts and the dashboard read with indexed queries, so they stay fast at 100,000 partnerships.
"""
from __future__ import annotations

import peewee

from ..base import JSONField, SyncModel
from ..directory import Partner, Partnership


class CyclePhase(SyncModel):
    """One phase of one partnership: its status, the form answers, who completed it and when."""
    partnership = peewee.ForeignKeyField(Partnership, column_name="partnership_id")
    phase = peewee.TextField()  # i .. xii
    spec_version = peewee.TextField(default="")
    status = peewee.TextField(default="not_started")
    na_reason = peewee.TextField(default="")
    answers = JSONField(default=dict)
    notes = peewee.TextField(default="")
    evidence = JSONField(default=list)  # [{name, sha256, added_on}]
    started_on = peewee.DateField(null=True)
    completed_on = peewee.DateField(null=True)
    completed_by = peewee.TextField(default="")

    class Meta:
        table_name = "cycle_phase"
        indexes = ((("partnership", "phase"), True), (("status", "started_on"), False))


class PartnershipCycle(SyncModel):
    """Per partnership: where it is in the cycle, its exit strategy, review and decision dates."""
    partnership = peewee.ForeignKeyField(Partnership, column_name="partnership_id", unique=True)
    current_phase = peewee.TextField(default="i")
    lifespan_months = peewee.IntegerField(null=True)
    lifespan_end = peewee.DateField(null=True, index=True)
    evaluation_due = peewee.DateField(null=True)
    exit_conditions = peewee.TextField(default="")
    evaluated_on = peewee.DateField(null=True)
    last_review_on = peewee.DateField(null=True)
    next_review_due = peewee.DateField(null=True, index=True)
    decision = peewee.TextField(null=True)
    decided_on = peewee.DateField(null=True)

    class Meta:
        table_name = "partnership_cycle"


class PartnershipReview(SyncModel):
    """A partnership review (phase ix): the four dimensions of seed para. 53 and a health check."""
    partnership = peewee.ForeignKeyField(Partnership, column_name="partnership_id")
    reviewed_on = peewee.DateField()
    reviewer = peewee.TextField(default="")
    rating_contribution = peewee.TextField(default="")
    rating_partners = peewee.TextField(default="")
    rating_value_added = peewee.TextField(default="")
    rating_quality = peewee.TextField(default="")
    partner_feedback = peewee.TextField(default="")
    health = peewee.TextField(default="")

    class Meta:
        table_name = "partnership_review"
        indexes = ((("partnership", "reviewed_on"), False),)


class DueDiligence(SyncModel):
    """A due-diligence screening of a partner (DOMAIN.md section 1), with its outcome."""
    partner = peewee.ForeignKeyField(Partner, column_name="partner_id")
    partnership = peewee.ForeignKeyField(Partnership, null=True, column_name="partnership_id",
                                         on_delete="SET NULL")
    checked_on = peewee.DateField()
    reviewer = peewee.TextField(default="")
    checklist = JSONField(default=dict)  # dd_* and corp_* keys -> bool
    other_risks = peewee.TextField(default="")
    outcome = peewee.TextField()
    conditions = peewee.TextField(default="")

    class Meta:
        table_name = "due_diligence"
        indexes = ((("partner", "checked_on"), False),)


MODELS = [CyclePhase, PartnershipCycle, PartnershipReview, DueDiligence]
