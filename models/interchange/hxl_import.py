"""HXL-tagged 3W/4W tables (CSV or Excel) into the landscape: who does what where, read by
their hashtags with libhxl. Tags from before HXL 1.0 (#activity_id, #period_date, #lat_deg,
#adm1_id ...) are rewritten to their 1.x form first, so old cluster files still count."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ..db import database
from ..directory import settings
from ..errors import DomainError
from ..messages import msg
from . import batches, landscape, values
from .iati_import import IMPLEMENTING, MAX_PROBLEMS, LandscapeSink, targets
from .report import Cancelled, ImportReport, UnreadableFile
from .tabular import read_table, text

# Whole pre-1.0 tags with a 1.x meaning of their own
OLD_TAGS = {"#period_date": "#date", "#start_date": "#date+start", "#end_date": "#date+end",
            "#lat_deg": "#geo+lat", "#lon_deg": "#geo+lon", "#targeted_num": "#targeted",
            "#reached_num": "#reached", "#sector_name": "#sector+name",
            "#subsector": "#subsector"}
SUFFIX_ATTRIBUTES = {"id": "code", "code": "code", "t": "name", "name": "name", "num": "num"}


def modern(spec: str) -> str:
    """A hashtag spec in HXL 1.x form: '#adm1_id' -> '#adm1+code', '#org+impl' unchanged."""
    spec = (spec or "").strip()
    if not spec.startswith("#"):
        return ""
    tag, _, attributes = spec.partition("+")
    tag = tag.lower()
    if tag in OLD_TAGS:
        tag = OLD_TAGS[tag]
    elif "_" in tag:
        base, suffix = tag.split("_", 1)
        tag = f"{base}+{SUFFIX_ATTRIBUTES.get(suffix, suffix)}"
    return tag + (f"+{attributes}" if attributes else "")


def _first(row, *patterns: str) -> str:
    for pattern in patterns:
        value = row.get(pattern)
        if value not in (None, ""):
            return text(value)
    return ""


def _country(raw: str, fallback: str) -> str:
    """ISO alpha-2 of a #country cell (alpha-3, alpha-2 or an English name)."""
    import iso3166
    value = (raw or "").strip()
    if not value:
        return fallback
    if len(value) == 3 and landscape.alpha2(value):
        return landscape.alpha2(value)
    if len(value) == 2 and landscape.alpha3(value):
        return value.upper()
    found = iso3166.countries_by_name.get(value.upper()) or iso3166.countries_by_apolitical_name.get(
        value.upper())
    return found.alpha2 if found else value


def rows(path: str | Path):
    """(line, activity dict or None, problem) for every data row of a 3W table."""
    import hxl
    table = read_table(path)
    if not any(table.hashtags):
        raise UnreadableFile(msg("{file} has no HXL hashtag row (#org, #sector, #adm1 ...) under "
                                 "its headers; add one, or import it as a sheet with a column "
                                 "mapping.", file=table.name))
    tags = [modern(t) for t in table.hashtags]
    try:
        source = hxl.data([tags] + [cells for _line, cells in table.rows])
        parsed = list(source)
    except hxl.HXLException as exc:
        raise UnreadableFile(msg("{file}: its HXL hashtags cannot be read ({reason}).",
                                 file=table.name, reason=str(exc))) from None
    for (line, _cells), row in zip(table.rows, parsed):
        org = _first(row, "#org+impl", "#org-funder-donor-prog", "#org")
        if not org:
            yield line, None, msg("no organisation in the #org column")
            continue
        sector = _first(row, "#sector-code", "#sector", "#subsector")
        activity = _first(row, "#activity-code", "#activity")
        places = [p for p in (_first(row, "#adm1-code", "#adm1"), _first(row, "#adm2-code", "#adm2"),
                              _first(row, "#adm3-code", "#adm3"), _first(row, "#loc-code", "#loc"))
                  if p]
        start = end = None
        try:
            start = values.parse_date(_first(row, "#date+start", "#date-end"))
            end = values.parse_date(_first(row, "#date+end"))
        except ValueError:
            pass  # 3W dates are often a month name ('June'); the row stays, undated
        try:
            targeted = int(values.parse_amount(_first(row, "#targeted+total", "#targeted"))) or None
        except ValueError:
            targeted = None
        key = "|".join([org, sector, activity, *places, _first(row, "#activity+code")])
        yield line, {
            "identifier": "3W-" + hashlib.sha1(key.casefold().encode()).hexdigest()[:20],
            "title": activity or (f"{sector} ({org})" if sector else org),
            "organisations": [{"name": org, "ref": "", "role": IMPLEMENTING,
                               "type": _first(row, "#org+type+code")}],
            "country_raw": _first(row, "#country+code", "#country"),
            "sectors": [sector] if sector else [], "areas": places,
            "start_date": start.isoformat() if start else None,
            "end_date": end.isoformat() if end else None, "targeted": targeted,
            "reporting_org": "", "reporting_org_type": "", "status": "",
        }, ""


def run(path: str | Path, *, country: str | None = None, dry_run: bool = False,
        progress=None, cancel=None) -> ImportReport:
    path = Path(path)
    offices = landscape.offices_by_country()
    only = (country or "").strip().upper() or None
    if only and only not in offices:
        raise DomainError(msg("No office on this computer is in country {country}; set up that "
                              "office first, or leave out --country.", country=only))
    home = settings.home_office()
    home_country = landscape.alpha2(database.execute_sql(
        "SELECT country FROM office WHERE code = ?", (home or "",)).fetchone()[0]) if home else ""
    fallback = only or home_country
    report = ImportReport("3w", dry_run=dry_run)
    all_rows = list(rows(path))
    reasons: dict[str, int] = {}
    with database.atomic() as tx:
        batch_id = None if dry_run else batches.start("3w", path.name)
        sink = LandscapeSink(batch_id, "3w")
        for n, (line, act, problem) in enumerate(all_rows, start=1):
            if cancel and n % 200 == 1 and cancel():
                tx.rollback()
                raise Cancelled()
            if progress and (n % 200 == 0 or n == len(all_rows)):
                progress(n, len(all_rows), "")
            report.read += 1
            where = f"line {line}"
            if act is None:
                report.skipped += 1
                report.problem(where, f"Skipped: {problem}.")
                continue
            code = _country(act.pop("country_raw"), fallback)
            found, reason = targets([code] if code else [], offices, only)
            if not found:
                report.skipped += 1
                reasons[reason] = reasons.get(reason, 0) + 1
                if len(report.problems) < MAX_PROBLEMS:
                    report.problem(where, f"Skipped: {reason}.")
                continue
            for office, iso2 in found:
                act["country"] = landscape.alpha3(iso2)
                if sink.activity(office, act, where):
                    report.created += 1
                    sink.organisation(office, act["organisations"][0], act["country"])
                else:
                    report.matched += 1
        report.extra["organisations"] = len({" ".join(a["organisations"][0]["name"].split()).casefold()
                                             for _l, a, _p in all_rows if a})
        report.extra["skipped_reasons"] = reasons
        if batch_id:
            batches.record(batch_id, sink.items)
            report.batch = batch_id
            batches.finish(batch_id, report.as_json())
    return report
