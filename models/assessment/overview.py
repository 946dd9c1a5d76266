"""What a self-assessment shows: each benchmark with its guidance, rating, evidence, the figure
from the office's own data, the rating/data disagreement, last year's rating and the actions.

Plain dataclasses for the interface and the reports (no ORM objects leave this module). A draft
shows live figures; a submitted assessment shows the figures frozen when it was submitted.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..directory import Office
from ..errors import DomainError
from ..messages import msg
from . import evidence, records
from .benchmarks import RATINGS, BenchmarkInfo, BenchmarkSet, benchmarks_of
from .records import Assessment, AssessmentAction, AssessmentRating


@dataclass(frozen=True)
class ActionInfo:
    id: str
    benchmark_id: str
    action: str
    owner: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class Item:
    benchmark: BenchmarkInfo
    rating: str
    evidence: str
    attachments: tuple
    data_text: str  # English sentence with the figure ("31 of 40 ... (78 %)")
    data_template: str  # the sentence's template, for translation
    data_numbers: dict  # num, den, pct
    data_share: float | None
    data_rating: str  # rating the data suggests ('' when nothing to measure)
    recorded: bool
    last_year_rating: str
    actions: tuple[ActionInfo, ...] = ()

    @property
    def disagrees(self) -> bool:
        """The office's rating and the data's suggestion are both given and differ."""
        return bool(self.rating and self.data_rating and self.rating != self.data_rating)


@dataclass(frozen=True)
class Overview:
    id: str
    office: str
    year: int
    status: str
    set_identifier: str
    set_edition: int
    set_title: str
    submitted_at: str | None
    submitted_by: str
    items: tuple[Item, ...]
    actions: tuple[ActionInfo, ...]
    last_year_status: str = ""
    summary: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def locked(self) -> bool:
        return self.status != "draft"

    def counts(self) -> dict[str, int]:
        found = {code: 0 for code in RATINGS}
        for item in self.items:
            if item.rating in found:
                found[item.rating] += 1
        found["unrated"] = sum(1 for i in self.items if not i.rating)
        found["disagreements"] = sum(1 for i in self.items if i.disagrees)
        return found


def actions(assessment_id: str) -> list[ActionInfo]:
    """The action plan of an assessment, soonest due first."""
    rows = (AssessmentAction.live().where(AssessmentAction.assessment == assessment_id)
            .order_by(AssessmentAction.due_date, AssessmentAction.action))
    return [ActionInfo(id=a.id, benchmark_id=a.benchmark_id or "", action=a.action, owner=a.owner,
                       due_date=a.due_date, done=a.done) for a in rows]


def _last_year(office: str, year: int) -> tuple[str, dict[str, str]]:
    """Status and ratings by benchmark code of the office's previous assessment."""
    previous = records.find(office, year - 1)
    if previous is None:
        return "", {}
    rows = (AssessmentRating.live().where(AssessmentRating.assessment == previous))
    codes = {b.id: b.code for b in benchmarks_of(previous.set_id)}
    return previous.status, {codes[r.benchmark_id]: r.rating for r in rows
                             if r.benchmark_id in codes}


def build(assessment: Assessment, today: dt.date | None = None) -> Overview:
    benches = benchmarks_of(assessment.set_id)
    rows = {r.benchmark_id: r for r in AssessmentRating.live().where(
        AssessmentRating.assessment == assessment)}
    live = assessment.status == "draft"
    found = evidence.compute(assessment.office, benches, today) if live else {}
    last_status, last = _last_year(assessment.office, assessment.year)
    plan = actions(assessment.id)
    items = []
    for bench in benches:
        row = rows.get(bench.id)
        if live:
            ev = found[bench.id]
            data = dict(text=ev.text, template=ev.template, share=ev.share,
                        numbers={"num": ev.numerator, "den": ev.denominator,
                                 "pct": ev.percent}, suggested=ev.suggested, recorded=ev.recorded)
        else:
            figure = row.data_figure if row else ""
            template, numbers = evidence.parts(figure)
            data = dict(text=figure, template=template, share=row.data_share if row else None,
                        numbers=numbers, suggested=row.data_rating if row else "",
                        recorded=bool(figure) and not figure.startswith("Not "))
        items.append(Item(
            benchmark=bench, rating=row.rating if row else "", evidence=row.evidence if row else "",
            attachments=tuple(row.attachments or []) if row else (), data_text=data["text"],
            data_template=data["template"], data_numbers=data["numbers"],
            data_share=data["share"], data_rating=data["suggested"], recorded=data["recorded"],
            last_year_rating=last.get(bench.code, ""),
            actions=tuple(a for a in plan if a.benchmark_id == bench.id)))
    chosen = BenchmarkSet.get_by_id(assessment.set_id)
    return Overview(id=assessment.id, office=assessment.office, year=assessment.year,
                    status=assessment.status, set_identifier=chosen.identifier,
                    set_edition=chosen.edition, set_title=chosen.title,
                    submitted_at=assessment.submitted_at, submitted_by=assessment.submitted_by,
                    items=tuple(items), actions=tuple(plan), last_year_status=last_status,
                    summary=assessment.summary)


def overview(office: str, year: int, *, create: bool = True,
             today: dt.date | None = None) -> Overview | None:
    """The office's assessment for `year` (started as a draft when `create`), or None."""
    found = records.start(office, year, today) if create else records.find(office, year)
    return build(found, today) if found is not None else None


def overview_by_id(assessment_id: str, today: dt.date | None = None) -> Overview:
    return build(records.get(assessment_id), today)


def offices() -> list[tuple[str, str]]:
    """(code, name) of the offices on this computer, for choosing whose assessment to open."""
    return [(o.code, o.name) for o in Office.live().order_by(Office.code)]


def office_name(code: str) -> str:
    found = Office.get_or_none((Office.code == code) & (Office.deleted == False))  # noqa: E712
    if found is None:
        raise DomainError(msg("There is no office {code} in this database; check the office "
                              "code.", code=code))
    return found.name


def attachments_of(assessment_id: str, benchmark_id: str) -> list[dict]:
    row = (AssessmentRating.live().where((AssessmentRating.assessment == assessment_id)
                                         & (AssessmentRating.benchmark == benchmark_id)).first())
    return list(row.attachments or []) if row else []


def locate(table: str, record_id: str) -> tuple[str, int, str]:
    """(office, year, benchmark id or '') of a record an alert points at.

    `assessment` records are given by id or as "OFFICE/YEAR" (no assessment yet);
    `assessment_action` records by id."""
    if table == "assessment" and "/" in record_id:
        office, _, year = record_id.partition("/")
        if year.isdigit():
            return office, int(year), ""
    if table == "assessment":
        found = records.get(record_id)
        return found.office, found.year, ""
    if table == "assessment_action":
        row = AssessmentAction.get_or_none(AssessmentAction.id == record_id)
        if row is not None and not row.deleted:
            return row.office, row.assessment.year, row.benchmark_id or ""
    raise DomainError(msg("This self-assessment record no longer exists."))
