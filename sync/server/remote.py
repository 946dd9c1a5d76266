"""Admin commands against a remote HQ: the store's own authentication is what keeps a stranger
out of `hq enroll`, `hq revoke` and the rest (they work on the store directly), so an `hq`
command refuses a PostgreSQL store on another machine that let it in without a password or a
client certificate, or over a connection that is not encrypted. A store on this machine (a file,
a unix socket, loopback) is guarded by the machine's own accounts and is not asked more.
"""
from __future__ import annotations

import ipaddress

from models.messages import msg


def _local(host: str | None) -> bool:
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def problem(con, label: str) -> str | None:
    """Why an admin command must not use the psycopg2 connection `con` to `label`, or None."""
    info = con.info
    if _local(info.host):
        return None
    if not info.used_password and not info.dsn_parameters.get("sslcert"):
        return msg("The HQ database {store} let this command in without a password or "
                   "certificate: a store reachable over the network must require one for admin "
                   "commands (pg_hba.conf: scram-sha-256 or cert).", store=label)
    if not info.ssl_in_use:
        return msg("The connection to the HQ database {store} is not encrypted, so the password "
                   "and the office's data would cross the network readable: add "
                   "sslmode=verify-full (or require) to the URL and turn on ssl at the server.",
                   store=label)
    return None
