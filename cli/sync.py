"""Sync commands: `serve` (the HQ server), `hq office add|enroll|devices|revoke|recovery-key|
conflicts|history|restore|import|file-key`, `hq users list|role|remove` (an office's roles,
assigned at HQ) and `sync` (this device with HQ, or by file: cli/syncfile.py)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from models import sync_state, users
from models.errors import DomainError

from . import hq_history, syncfile, users as users_cli
from .common import add_db, add_limit, count, db_path, open_for_command, print_rows, whole

HQ_DB_ENV = "PARTNERDESK_HQ_DB"
HQ_DB_HELP = (f"SQLite file or postgresql:// URL of the HQ store. A URL with a password must not "
              f"stand on the command line (anyone can read it with ps): put it in the {HQ_DB_ENV} "
              "environment variable or in a file named with --hq-db-file (readable only by you), "
              "or keep the password in PGPASSWORD or ~/.pgpass.")


def add_hq_db(parser) -> None:
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--hq-db", metavar="PATH_OR_URL", help=HQ_DB_HELP)
    where.add_argument("--hq-db-file", metavar="FILE",
                       help="a file whose first line is the HQ store's path or URL")


def hq_db(args) -> str:
    """The HQ store from --hq-db, --hq-db-file or PARTNERDESK_HQ_DB; a password is never
    accepted on the command line, where other users of the machine can read it."""
    from sync.server.store import secret_of
    if args.hq_db:
        if secret_of(args.hq_db):
            raise DomainError(f"Do not put the database password on the command line (anyone can "
                              f"read it with ps): put the URL in {HQ_DB_ENV} or in a file given "
                              "with --hq-db-file.")
        return args.hq_db
    if args.hq_db_file:
        try:
            lines = Path(args.hq_db_file).read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise DomainError(f"Cannot read --hq-db-file {args.hq_db_file}: "
                              f"{getattr(exc, 'strerror', None) or exc}.") from None
        found = next((line.strip() for line in lines if line.strip()), "")
        if not found:
            raise DomainError(f"--hq-db-file {args.hq_db_file} is empty; write the store's path "
                              "or URL on its first line.")
        return found
    if os.environ.get(HQ_DB_ENV, "").strip():
        return os.environ[HQ_DB_ENV].strip()
    raise DomainError(f"Say which HQ store to use: --hq-db PATH, --hq-db-file FILE, or the "
                      f"{HQ_DB_ENV} environment variable.")


def _store(args):
    """The HQ store of an `hq` command: authenticated and encrypted when remote."""
    from sync.server.store import Store
    return Store(hq_db(args), admin=True)


def _tls(args) -> dict:
    """uvicorn's TLS arguments from --cert/--key, both given and readable as a certificate and
    its key (checked here: uvicorn would print a traceback)."""
    if not args.cert and not args.key:
        return {}
    if not (args.cert and args.key):
        raise DomainError("Give both --cert FILE and --key FILE to serve HTTPS (or neither, "
                          "behind a reverse proxy that does TLS).")
    import ssl
    try:
        ssl.create_default_context(ssl.Purpose.CLIENT_AUTH).load_cert_chain(args.cert, args.key)
    except (OSError, ssl.SSLError) as exc:
        raise DomainError(f"Cannot use --cert {args.cert} with --key {args.key}: "
                          f"{getattr(exc, 'strerror', None) or exc}. Give a PEM certificate "
                          "(chain) and its unencrypted PEM private key.") from None
    return {"ssl_certfile": args.cert, "ssl_keyfile": args.key}


def run_serve(args) -> int:
    import logging

    import uvicorn

    from sync.server import create_app
    tls = _tls(args)
    app = create_app(hq_db(args), docs=args.api_docs)
    label = app.state.store.label
    logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s")
    scheme = "https" if tls else "http"
    print(f"PartnerDesk HQ on {scheme}://{args.host}:{args.port} (store: {label})", flush=True)
    proxy = {"proxy_headers": True, "forwarded_allow_ips": args.trusted_proxy} \
        if args.trusted_proxy else {"proxy_headers": False}
    # Keep idle connections for 2 minutes: on a 64 kbit/s link a client takes seconds to read a
    # page, and uvicorn's 5 s default closed the connection under it (a retry per page).
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level,
                timeout_keep_alive=120, **tls, **proxy)
    return 0


def run_office_add(args) -> int:
    from sync.server import admin
    code = admin.add_office(_store(args), args.code, args.name, args.country)
    print(f"Office {code} added at HQ.")
    return 0


def run_enroll(args) -> int:
    from sync.server import admin
    code = admin.new_code(_store(args), args.office or [], args.all_offices)
    scope = "all offices" if args.all_offices else ", ".join(sorted(set(args.office)))
    print(code)
    print(f"One-time enrollment code for {scope}; valid {admin.CODE_DAYS} days.", file=sys.stderr)
    return 0


def run_devices(args) -> int:
    from sync.server import admin
    rows = [(d.id, d.name, "all" if d.all_offices else ",".join(d.offices), d.enrolled_at[:19],
             (d.last_seen or "")[:19], d.state)
            for d in admin.devices(_store(args))]
    print_rows(["device", "name", "offices", "enrolled", "last_seen", "state"], rows, args.json)
    return 0


def run_revoke(args) -> int:
    from sync.server import admin
    admin.revoke(_store(args), args.device)
    print(f"Device {args.device} revoked; its token is refused from now on.")
    return 0


def run_recovery_key(args) -> int:
    from sync.server.recovery import recovery_key
    key, when = recovery_key(_store(args), args.device)
    print(key)
    print(f"Recovery key of device {args.device} (received {when[:19]}). Read it to the person "
          "at that computer only, once you know who they are; they type it in 'Forgot the "
          "passphrase?' or 'passphrase recover', and their computer then makes a new one.",
          file=sys.stderr)
    return 0


def run_conflicts(args) -> int:
    from sync.server import admin
    rows = admin.conflicts(_store(args), args.limit)
    print_rows(["when", "table", "row", "field", "kind", "hq_value", "hq_author", "device_value",
                "device_author"], rows, args.json)
    return 0


def run_sync(args) -> int:
    from sync.client import sync
    from models.db import close_database
    if syncfile.file_mode(args):
        return syncfile.run_sync_file(args)
    path = db_path(args)
    fresh = not path.exists()  # anything else there (a pipe, a foreign file) gets its own answer
    if fresh and not args.enroll:
        raise DomainError(f"No database at {path}. To receive your office's data on this "
                          "computer, run sync with --server URL --enroll CODE (a code from HQ).")
    if fresh and not args.server:
        raise DomainError("Say where HQ is with --server URL to join your office.")
    open_for_command(path, create=fresh)  # a new laptop starts from an empty database
    close_database()
    try:
        result = sync(path, args.server, enroll_code=args.enroll,
                      check=True if args.check else None, attempts=args.retries + 1,
                      allow_http=args.allow_http)
    finally:
        if args.enroll:  # enrolled, even if the office's data is not all in yet: its home office
            open_for_command(path)
            home = sync_state.adopt_enrollment()
            close_database()
    if args.json:
        print(json.dumps(dict(result.as_dict(), home_office=home if args.enroll else None),
                         indent=1))
        return 0
    print(f"Sent {count(result.pushed, 'change', 'changes')}, received {result.pulled}, "
          f"conflicts {result.conflicts}, set aside {result.rejected}; "
          f"{count(result.bytes_sent, 'byte', 'bytes')} sent, {result.bytes_received} received "
          f"in {count(result.round_trips, 'round trip', 'round trips')}, "
          f"{result.seconds:.2f} s.")
    if args.enroll and home:
        print(f"This computer now works for office {home}.")
    return 0


def run_hq_list(args) -> int:
    from sync.server import role_admin as roles
    rows = roles.office_users(_store(args), args.office)
    print_rows(["name", "role"], rows, args.json)
    return 0


def run_hq_role(args) -> int:
    from sync.server import role_admin as roles
    roles.assign(_store(args), args.office, args.name, args.role)
    print(f"{args.name} is {args.role} in office {args.office.upper()} (the office's laptops "
          "have it at their next sync).")
    return 0


def run_hq_remove(args) -> int:
    from sync.server import role_admin as roles
    roles.assign(_store(args), args.office, args.name, None)
    print(f"{args.name} is no longer a user of office {args.office.upper()}.")
    return 0


def _register_hq_users(hq_sub) -> None:
    """`hq users list|role|remove --office CODE`: HQ assigns an office's roles."""
    group = hq_sub.add_parser("users", help="the users and roles of an office, assigned at HQ")
    sub = group.add_subparsers(dest="hq_users_command", metavar="ACTION", required=True,
                               parser_class=type(group))
    p = sub.add_parser("list", help="an office's users and roles")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_hq_list)
    p = sub.add_parser("role", help="give a user a role in an office (added if new)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=list(users.rules.ROLES), help=users_cli.ROLE_HELP)
    p.set_defaults(func=run_hq_role)
    p = sub.add_parser("remove", help="remove a user from an office")
    p.add_argument("name", metavar="NAME")
    p.set_defaults(func=run_hq_remove)
    for p in sub.choices.values():
        p.add_argument("--office", required=True, metavar="CODE")
        add_hq_db(p)


def register(commands, printers, listers) -> None:
    p = commands.add_parser("serve", help="run the HQ sync server")
    add_hq_db(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=whole(1, 65535), default=8700)
    p.add_argument("--log-level", default="warning")
    p.add_argument("--cert", metavar="FILE", help="serve HTTPS with this PEM certificate (chain)")
    p.add_argument("--key", metavar="FILE", help="the PEM private key of --cert")
    p.add_argument("--trusted-proxy", metavar="ADDRESS", help="the reverse proxy in front of HQ "
                   "(comma-separated addresses): its X-Forwarded-For names each request's source")
    p.add_argument("--api-docs", action="store_true",
                   help="serve the API documentation pages (/docs, /openapi.json); off by default")
    p.set_defaults(func=run_serve)

    hq = commands.add_parser("hq", help="administer the HQ server: offices, enrollment, devices, "
                             "history")
    sub = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True,
                            parser_class=type(hq))
    office = sub.add_parser("office", help="offices known to HQ")
    office_sub = office.add_subparsers(dest="office_command", required=True, metavar="ACTION",
                                       parser_class=type(hq))
    p = office_sub.add_parser("add", help="add an office")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    p.add_argument("--country", required=True, metavar="ISO3")
    add_hq_db(p)
    p.set_defaults(func=run_office_add)

    p = sub.add_parser("enroll", help="print a one-time enrollment code for a device")
    p.add_argument("--office", action="append", metavar="CODE")
    p.add_argument("--all-offices", action="store_true")
    add_hq_db(p)
    p.set_defaults(func=run_enroll)

    p = sub.add_parser("devices", help="list enrolled devices")
    add_hq_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_devices)

    p = sub.add_parser("revoke", help="revoke a device's token")
    p.add_argument("device")
    add_hq_db(p)
    p.set_defaults(func=run_revoke)

    p = sub.add_parser("recovery-key", help="print a device's recovery key, for a person who "
                       "forgot its passphrase")
    p.add_argument("device")
    add_hq_db(p)
    p.set_defaults(func=run_recovery_key)

    _register_hq_users(sub)

    p = sub.add_parser("conflicts", help="list the conflicts HQ recorded")
    add_hq_db(p)
    add_limit(p, 200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_conflicts)
    syncfile.register_hq(sub, add_hq_db, _store)

    hq_history.register(sub, add_hq_db, _store)

    p = commands.add_parser("sync", help="sync this database with HQ")
    add_db(p)
    p.add_argument("--server", metavar="URL", help="HQ address, e.g. http://hq.example:8700")
    p.add_argument("--enroll", metavar="CODE", help="one-time enrollment code from HQ")
    p.add_argument("--check", action="store_true", help="compare checksums with HQ now")
    p.add_argument("--retries", type=whole(0, 100), default=7, metavar="N",
                   help="retries of a request when the link fails (default 7, with backoff)")
    p.add_argument("--allow-http", action="store_true", help="allow plain http:// to an HQ "
                   "that is not on this computer (unencrypted: only on a network you trust)")
    syncfile.add_sync_options(p)
    p.add_argument("--json", action="store_true", help="print figures as JSON")
    p.set_defaults(func=run_sync)
