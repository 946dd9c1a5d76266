"""Demo users of the home office, one of each role: the demo's own user ("Demo User", office
administrator, no PIN, as the laptop's user before there were users) and three colleagues who
sign in with the demo PIN (README)."""
from __future__ import annotations

from ..demo import DemoContext, _sync_columns, insert_rows
from ..ids import utc_now
from .accounts import hash_secret
from .entities import UserSecret

DEMO_PIN = "2580"
COLLEAGUES = (("Amina Odhiambo", "approver"), ("Brian Otieno", "editor"),
              ("Grace Wanjiru", "viewer"))


def extend(ctx: DemoContext) -> None:
    people = (("Demo User", "admin"),) + COLLEAGUES
    rows = [{**_sync_columns(ctx.home_office), "name": n, "role": r} for n, r in people]
    insert_rows("office_user", rows)
    from .entities import OfficeUser
    for row in OfficeUser.select().where(OfficeUser.name.in_([n for n, _ in COLLEAGUES])):
        UserSecret.create(user_id=row.id, secret=hash_secret(DEMO_PIN), set_at=utc_now())
