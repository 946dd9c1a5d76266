"""Local settings of this installation: the device id, the home office, the user's name (and
acting as that user)."""
from __future__ import annotations

from ..base import atomic, set_current_user
from ..errors import ValidationError
from ..messages import msg
from ..ids import uuid7
from ..messages import msg
from ..validation import required
from . import vocab
from .entities import Office, Person, Setting


def get(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def put(key: str, value: str | None) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def device_id() -> str:
    """This installation's id (made once); the sync client sends it with every batch."""
    value = get("device_id")
    if not value:
        value = uuid7()
        put("device_id", value)
    return value


def home_office() -> str | None:
    return get("home_office")


def act_as_local_user() -> str:
    """Stamp this installation's user (setting `user_name`, or 'local' while none is set) on
    every change made from now on, and return the name.

    Every entry point calls it once the database is open (the window, each command, the test
    fixtures), so a change says who made it whichever way it was made.
    """
    name = (get("user_name") or "").strip() or "local"
    set_current_user(name)
    return name


def offices() -> list[Office]:
    return list(Office.live().order_by(Office.code))


def office_codes() -> list[str]:
    return [o.code for o in offices()]


def validate_office(data: dict) -> dict[str, str]:
    errors = {}
    code = (data.get("code") or "").strip().upper()
    if problem := required(code, msg("The office code")):
        errors["code"] = problem
    elif not (2 <= len(code) <= 8 and code.replace("-", "").isalnum()):
        errors["code"] = msg("The office code is 2 to 8 letters or digits, e.g. KEN or KEN-NBO.")
    if problem := required(data.get("name"), msg("The office name")):
        errors["name"] = problem
    country = (data.get("country") or "").strip().upper()
    if problem := required(country, msg("The country")):
        errors["country"] = problem
    elif not (len(country) == 3 and country.isalpha()):
        errors["country"] = msg("Write the country as its three-letter ISO code, e.g. KEN.")
    region = data.get("region") or ""
    if region and (problem := vocab.check(vocab.REGIONS, region, msg("region"))):
        errors["region"] = problem
    return errors


def setup_office(data: dict, *, user_name: str = "") -> Office:
    """First run: create (or update) this office and make it the home office."""
    errors = validate_office(data)
    if errors:
        raise ValidationError(errors)
    code = data["code"].strip().upper()
    if user_name.strip():  # what the first run writes is signed by the user it names
        set_current_user(user_name.strip())
    with atomic():
        office = Office.get_or_none(Office.code == code) or Office(code=code, office=code)
        office.name = data["name"].strip()
        office.country = data["country"].strip().upper()
        office.region = data.get("region") or ""
        office.save(force_insert=office.version == 0 and not Office.select().where(
            Office.code == code).exists())
        put("home_office", code)
        if user_name.strip():
            put("user_name", user_name.strip())
            if not Person.select().where(Person.name == user_name.strip()).exists():
                Person.create(office=code, name=user_name.strip(), role="focal_point")
        device_id()
    return office


def is_set_up() -> bool:
    return home_office() is not None


LOCK_MINUTES = 10  # the window locks after this long without a key or a click, unless set
LOCK_RANGE = (1, 240)


def lock_minutes() -> int:
    """Minutes without input after which the window locks (the office's choice)."""
    try:
        value = int(get("lock_minutes") or LOCK_MINUTES)
    except ValueError:
        return LOCK_MINUTES
    return min(max(value, LOCK_RANGE[0]), LOCK_RANGE[1])


def set_lock_minutes(minutes: int) -> None:
    low, high = LOCK_RANGE
    if not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationError({"lock_minutes": msg(
            "Lock after {low} to {high} minutes without use.", low=low, high=high)})
    put("lock_minutes", str(minutes))
