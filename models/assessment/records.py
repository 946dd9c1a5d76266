"""Annual benchmark self-assessment of an office (DOMAIN.md section 6): records and rules.

An assessment (office, year) is tied to the benchmark set in force when it was started. It is a
draft while the office rates itself, submitted (locked) when sent to headquarters, and
acknowledged by headquarters. Each benchmark gets a rating, evidence in words, attachments and,
frozen at submission, the figure the office's own data showed. Action-plan items (action, owner,
due date) come back as alerts when due. `models.assessment_overview` assembles what the
interface and the reports show.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee

from ..base import JSONField, SyncModel, atomic, current_user
from ..directory import Office
from ..errors import DomainError, NotFound, ValidationError
from ..files import store_bytes
from ..ids import utc_now
from ..validation import date_field, required
from ..messages import msg
from . import evidence
from .benchmarks import RATINGS, Benchmark, BenchmarkSet, benchmarks_of, set_in_force

STATUSES: dict[str, str] = {
    "draft": "Draft",
    "submitted": "Submitted",
    "acknowledged": "Acknowledged by headquarters",
}
FIRST_YEAR = 2000


class Assessment(SyncModel):
    year = peewee.IntegerField(index=True)
    benchmark_set = peewee.ForeignKeyField(BenchmarkSet, column_name="set_id")
    status = peewee.TextField(default="draft")
    submitted_at = peewee.TextField(null=True)
    submitted_by = peewee.TextField(default="")
    acknowledged_at = peewee.TextField(null=True)
    acknowledged_by = peewee.TextField(default="")
    summary = peewee.TextField(default="")


class AssessmentRating(SyncModel):
    assessment = peewee.ForeignKeyField(Assessment, column_name="assessment_id",
                                        backref="ratings")
    benchmark = peewee.ForeignKeyField(Benchmark, column_name="benchmark_id")
    rating = peewee.TextField(default="")  # '' until rated; else a RATINGS code
    evidence = peewee.TextField(default="")
    attachments = JSONField(default=list)  # [{name, sha256, size}], files in models/files.py
    data_figure = peewee.TextField(default="")  # frozen at submission
    data_share = peewee.FloatField(null=True)
    data_rating = peewee.TextField(default="")


class AssessmentAction(SyncModel):
    assessment = peewee.ForeignKeyField(Assessment, column_name="assessment_id",
                                        backref="actions")
    benchmark = peewee.ForeignKeyField(Benchmark, column_name="benchmark_id", null=True)
    action = peewee.TextField()
    owner = peewee.TextField(default="")
    due_date = peewee.DateField(null=True, index=True)
    done = peewee.BooleanField(default=False)
    done_on = peewee.DateField(null=True)


MODELS = [Assessment, AssessmentRating, AssessmentAction]


def find(office: str, year: int) -> Assessment | None:
    # Two devices may each have started one offline: show the one that was sent, if any.
    return (Assessment.live().where((Assessment.office == office) & (Assessment.year == year))
            .order_by(Assessment.status == "draft", Assessment.submitted_at.desc(),
                      Assessment.id).first())


def get(assessment_id: str) -> Assessment:
    found = Assessment.get_or_none(Assessment.id == assessment_id)
    if found is None or found.deleted:
        raise NotFound(msg("This self-assessment no longer exists; it may have been removed."))
    return found


def check_year(year: int, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if not FIRST_YEAR <= year <= today.year + 1:
        raise DomainError(msg("The year {year} is out of range; choose a year between {first} "
                              "and {last}.", year=year, first=FIRST_YEAR, last=today.year + 1))


def start(office: str, year: int, today: dt.date | None = None) -> Assessment:
    """The office's assessment for `year`, started as a draft on the set in force if missing."""
    check_year(year, today)
    if not Office.select().where((Office.code == office) & (Office.deleted == False)).exists():  # noqa: E712
        raise DomainError(msg("Office {office} is not set up on this computer; choose one of "
                              "the offices in the list.", office=office))
    with atomic():
        existing = find(office, year)
        if existing is not None:
            return existing
        chosen = set_in_force(year)
        record = Assessment.create(office=office, year=year, benchmark_set=chosen)
        for bench in benchmarks_of(chosen.id):
            AssessmentRating.create(office=office, assessment=record, benchmark=bench.id)
    return record


def _editable(assessment: Assessment) -> None:
    if assessment.status != "draft":
        raise DomainError(msg("The {year} self-assessment of {office} was submitted and is "
                              "locked; headquarters can reopen it if it must change.",
                              year=assessment.year, office=assessment.office))


def _rating_row(assessment: Assessment, benchmark_id: str) -> AssessmentRating:
    row = (AssessmentRating.live().where((AssessmentRating.assessment == assessment)
                                         & (AssessmentRating.benchmark == benchmark_id)).first())
    if row is None:
        raise NotFound(msg("This benchmark is not part of the assessment's benchmark set."))
    return row


def save_rating(assessment_id: str, benchmark_id: str, rating: str, evidence_text: str) -> None:
    assessment = get(assessment_id)
    _editable(assessment)
    if rating and rating not in RATINGS:
        raise ValidationError({"rating": msg("Choose met, partly met or not met.")})
    row = _rating_row(assessment, benchmark_id)
    if (row.rating, row.evidence) != (rating or "", evidence_text or ""):
        row.rating, row.evidence = rating or "", evidence_text or ""
        row.save()


def attach(assessment_id: str, benchmark_id: str, source: str | Path) -> dict:
    """Keep a file in the file store (models/files.py) and list it as evidence."""
    assessment = get(assessment_id)
    _editable(assessment)
    source = Path(source)
    if not source.is_file():
        raise DomainError(msg("{path} is not a file; choose the document to attach.",
                              path=str(source)))
    data = source.read_bytes()
    digest = store_bytes(data)
    row = _rating_row(assessment, benchmark_id)
    item = {"name": source.name, "sha256": digest, "size": len(data)}
    if item not in (row.attachments or []):
        row.attachments = list(row.attachments or []) + [item]
        row.save()
    return item


def validate_action(data: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    if problem := required(data.get("action"), msg("The action")):
        errors["action"] = problem
    if problem := required(data.get("owner"), msg("The owner of the action")):
        errors["owner"] = problem
    due = date_field(data, "due_date", errors)
    if due is None and "due_date" not in errors:
        errors["due_date"] = msg("Give the action a due date (YYYY-MM-DD), so it comes back as "
                                 "an alert.")
    return errors


def save_action(assessment_id: str, data: dict, action_id: str | None = None) -> AssessmentAction:
    """Create or update an action-plan item from form values (action, owner, due_date, benchmark)."""
    assessment = get(assessment_id)
    errors = validate_action(data)
    bench = data.get("benchmark")
    if bench and bench not in {b.id for b in benchmarks_of(assessment.set_id)}:
        errors["benchmark"] = msg("Choose a benchmark of this assessment's set for the action.")
    if errors:
        raise ValidationError(errors)
    if action_id:
        row = AssessmentAction.get_or_none(AssessmentAction.id == action_id)
        if row is None or row.deleted or row.assessment_id != assessment.id:
            raise NotFound(msg("This action no longer exists."))
    else:
        _editable(assessment)
        row = AssessmentAction(office=assessment.office, assessment=assessment)
    if action_id and assessment.status != "draft":
        # After submission only progress is recorded: done or not.
        row.done = bool(data.get("done", row.done))
    else:
        row.action, row.owner = data["action"].strip(), data["owner"].strip()
        row.due_date = date_field(data, "due_date", {})
        if "benchmark" in data or not action_id:
            row.benchmark = data.get("benchmark") or None
        row.done = bool(data.get("done", False))
    row.done_on = (row.done_on or dt.date.today()) if row.done else None
    row.save(force_insert=action_id is None)
    return row


def remove_action(action_id: str) -> None:
    row = AssessmentAction.get_or_none(AssessmentAction.id == action_id)
    if row is None or row.deleted:
        return
    _editable(row.assessment)
    row.soft_delete()


def submit(assessment_id: str, today: dt.date | None = None) -> Assessment:
    """Lock the assessment and freeze the evidence figures; refuse while something is missing."""
    assessment = get(assessment_id)
    _editable(assessment)
    today = today or dt.date.today()
    benches = {b.id: b for b in benchmarks_of(assessment.set_id)}
    found = evidence.compute(assessment.office, list(benches.values()), today)
    rows = list(AssessmentRating.live().where(AssessmentRating.assessment == assessment))
    errors = {}
    for row in sorted(rows, key=lambda r: benches[r.benchmark_id].position):
        bench, ev = benches[row.benchmark_id], found[row.benchmark_id]
        if not row.rating:
            errors[bench.code] = msg("Rate benchmark {code} before submitting.", code=bench.code)
        elif ev.suggested and ev.suggested != row.rating and not row.evidence.strip():
            errors[bench.code] = msg("Benchmark {code}: your rating differs from what the data "
                                     "shows; explain why in the evidence before submitting.",
                                     code=bench.code)
    if errors:
        raise ValidationError(errors)
    with atomic():
        for row in rows:
            ev = found[row.benchmark_id]
            row.data_figure, row.data_share, row.data_rating = ev.text, ev.share, ev.suggested
            row.save()
        assessment.status, assessment.submitted_at = "submitted", utc_now()
        assessment.submitted_by = current_user()
        assessment.save()
    return assessment


def acknowledge(assessment_id: str) -> Assessment:
    """Headquarters confirms it received a submitted assessment."""
    assessment = get(assessment_id)
    if assessment.status != "submitted":
        raise DomainError(msg("Only a submitted self-assessment can be acknowledged."))
    assessment.status, assessment.acknowledged_at = "acknowledged", utc_now()
    assessment.acknowledged_by = current_user()
    assessment.save()
    return assessment


def reopen(assessment_id: str) -> Assessment:
    """Headquarters sends a submitted assessment back to the office as a draft."""
    assessment = get(assessment_id)
    if assessment.status == "draft":
        return assessment
    assessment.status, assessment.submitted_at, assessment.acknowledged_at = "draft", None, None
    assessment.save()
    return assessment
