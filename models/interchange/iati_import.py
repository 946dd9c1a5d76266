"""IATI activity files into the landscape: each activity goes to the office whose country it
targets; its implementing organisations become candidate partners. Streamed and written in one
transaction (rolled back if the file turns out cut off, or the user cancels)."""
from __future__ import annotations

from pathlib import Path

from ..db import database
from ..directory import duplicates
from ..errors import DomainError
from ..messages import msg
from . import batches, landscape
from .entities import ExternalActivity, ExternalOrg
from .iati_read import activities
from .report import Cancelled, ImportReport

MAX_PROBLEMS = 500
IMPLEMENTING = "4"


class LandscapeSink:
    """What the import writes (or, for a dry run, only counts)."""

    def __init__(self, batch_id: str | None, source: str):
        self.batch_id, self.source = batch_id, source
        self.known = {(o, i) for o, i in database.execute_sql(
            "SELECT office, identifier FROM external_activity WHERE deleted = 0")}
        self.orgs = {(o, k) for o, k in database.execute_sql(
            "SELECT office, name_key FROM external_org WHERE deleted = 0")}
        self.names = duplicates.NameIndex()
        self.items: list[tuple[str, str, str, dict]] = []

    def activity(self, office: str, act: dict, where: str) -> bool:
        """Store one activity for an office; False when the office already has it."""
        if (office, act["identifier"]) in self.known:
            return False
        self.known.add((office, act["identifier"]))
        if self.batch_id is None:
            return True
        types = sorted({o["type"] for o in act["organisations"] if o.get("type")}
                       | ({act["reporting_org_type"]} if act.get("reporting_org_type") else set()))
        row = ExternalActivity(
            office=office, source=self.source, identifier=act["identifier"], title=act["title"],
            description=act.get("description", ""), country=act.get("country", ""),
            status=act.get("status", ""), start_date=act.get("start_date"),
            end_date=act.get("end_date"), reporting_org=act.get("reporting_org", ""),
            reporting_org_ref=act.get("reporting_org_ref", ""),
            reporting_org_type=act.get("reporting_org_type", ""),
            organisations=act["organisations"], org_types=types, sectors=act.get("sectors", []),
            areas=act.get("areas", []), humanitarian=act.get("humanitarian", False),
            currency=act.get("currency", ""), budget=act.get("budget", 0),
            commitments=act.get("commitments", 0), disbursements=act.get("disbursements", 0),
            expenditures=act.get("expenditures", 0), targeted=act.get("targeted"))
        row.save(force_insert=True)
        self.items.append(("external_activity", row.id, where, {"identifier": act["identifier"]}))
        return True

    def organisation(self, office: str, org: dict, country: str) -> None:
        key = duplicates.name_key(org["name"])
        if not key or (office, key) in self.orgs:
            return
        self.orgs.add((office, key))
        if self.batch_id is None:
            return
        hit = self.names.exact_match(org["name"])
        row = ExternalOrg(office=office, name=org["name"], name_key=key, ref=org.get("ref", ""),
                          org_type=org.get("type", ""), country=country,
                          partner=hit[0] if hit else None,
                          status="matched" if hit else "candidate")
        row.save(force_insert=True)
        self.items.append(("external_org", row.id, "", {"name": org["name"]}))


def targets(countries: list[str], offices: dict[str, list[str]],
            only: str | None) -> tuple[list[tuple[str, str]], str]:
    """(office, alpha-2) pairs an activity goes to, or a reason why none."""
    if not countries:
        return [], msg("it names no recipient country (a region only, or nothing)")
    wanted = [c for c in countries if not only or c == only]
    if not wanted:
        return [], msg("it targets {countries}, not {country}", countries=list(countries),
                       country=only)
    found = [(office, c) for c in wanted for office in offices.get(c, [])]
    if not found:
        return [], msg("no office on this computer is in {countries} (the country it targets)",
                       countries=wanted)
    return found, ""


def run(path: str | Path, *, country: str | None = None, dry_run: bool = False,
        progress=None, cancel=None) -> ImportReport:
    """Import (or with dry_run only count) the activities of an IATI file."""
    path = Path(path)
    offices = landscape.offices_by_country()
    only = (country or "").strip().upper() or None
    if only and only not in offices:
        raise DomainError(msg("No office on this computer is in country {country}; set up that "
                              "office first, or leave out --country.", country=only))
    report = ImportReport("iati", dry_run=dry_run)
    reasons: dict[str, int] = {}
    implementers: set[str] = set()
    with database.atomic() as tx:
        batch_id = None if dry_run else batches.start("iati", path.name)
        sink = LandscapeSink(batch_id, "iati")
        for n, act in enumerate(activities(path, progress), start=1):
            if cancel and n % 200 == 1 and cancel():
                tx.rollback()
                raise Cancelled()
            report.read += 1
            for org in act["organisations"]:
                if org["role"] == IMPLEMENTING and org["name"]:
                    implementers.add(" ".join(org["name"].split()).casefold())
            where = f"iati-activity[{n}] {act['identifier'] or '(no identifier)'} (line {act['line']})"
            if not act["identifier"]:
                found, reason = [], msg("it has no iati-identifier")
            else:
                found, reason = targets(act["countries"], offices, only)
            if not found:
                report.skipped += 1
                key = reason.split(" (")[0] if reason.startswith("no office") else reason
                reasons[key] = reasons.get(key, 0) + 1
                if len(report.problems) < MAX_PROBLEMS:
                    report.problem(where, msg("Skipped: {reason}.", reason=reason))
                continue
            if act["mixed_currencies"] and len(report.problems) < MAX_PROBLEMS:
                report.problem(where, msg("Amounts in other currencies than {currency} were "
                                          "left out of the totals.",
                                          currency=act["currency"] or msg("the default")))
            for office, code in found:
                act["country"] = landscape.alpha3(code)
                if sink.activity(office, act, where):
                    report.created += 1
                    for org in act["organisations"]:
                        if org["role"] == IMPLEMENTING and org["name"]:
                            sink.organisation(office, org, act["country"])
                else:
                    report.matched += 1
        report.extra["activities"] = report.read
        report.extra["organisations"] = len(implementers)
        report.extra["skipped_reasons"] = reasons
        if batch_id:
            batches.record(batch_id, sink.items)
            report.batch = batch_id
            batches.finish(batch_id, report.as_json())
    return report
