"""Users commands: `users add|list|role|remove` (people and roles of the home office)."""
from __future__ import annotations

from models import users

from .common import add_db, open_existing, print_rows
from .signin import HELP, new_pin

ROLE_HELP = ("viewer (looks), editor (changes records), approver (also signs and approves "
             "reviews and assessments), admin (office administrator: also manages users)")


def run_list(args) -> int:
    open_existing(args)
    rows = [(u.name, u.role, users.rules.ROLES[u.role] if u.role in users.rules.ROLES
             else u.role, "yes" if u.has_pin else "no") for u in users.users(args.office)]
    print_rows(["name", "role", "label", "pin_here"], rows, args.json)
    return 0


def run_add(args) -> int:
    open_existing(args)
    user = users.add_user(args.name, args.role, new_pin(args.name), args.office)
    note = "" if user.role == args.role else " (the first user of an office is its administrator)"
    print(f"{user.name} is a user of office {user.office}: {user.role}{note}.")
    return 0


def run_role(args) -> int:
    open_existing(args)
    users.require("manage_users", args.office)
    user = users.set_role(args.name, args.role, args.office)
    print(f"{user.name} is now {user.role} in office {user.office}.")
    return 0


def run_remove(args) -> int:
    open_existing(args)
    users.require("manage_users", args.office)
    users.remove_user(args.name, args.office)
    print(f"{args.name} is no longer a user of this office.")
    return 0


def register(commands, printers, listers) -> None:
    group = commands.add_parser("users", help="the office's users and their roles",
                                description=HELP, epilog=f"Roles: {ROLE_HELP}.")
    sub = group.add_subparsers(dest="users_command", metavar="ACTION", required=True,
                               parser_class=type(group))
    p = sub.add_parser("list", help="list the users and their roles", description=HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)
    p = sub.add_parser("add", help="add a user (PIN from $PARTNERDESK_NEW_PIN or asked)",
                       description=HELP)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=list(users.rules.ROLES), help=ROLE_HELP)
    p.set_defaults(func=run_add)
    p = sub.add_parser("role", help="give a user another role", description=HELP)
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=list(users.rules.ROLES), help=ROLE_HELP)
    p.set_defaults(func=run_role)
    p = sub.add_parser("remove", help="remove a user from the office", description=HELP)
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_remove)
    for p in sub.choices.values():
        add_db(p)
        p.add_argument("--office", help="office code (default: the home office)")

