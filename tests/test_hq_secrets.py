"""The HQ store's password (issue 10, finding 12): never on the command line, never printed.

It comes from PARTNERDESK_HQ_DB or a file named with --hq-db-file; the `serve` banner and
connection errors show the URL with the password masked. Runs against a real PostgreSQL server.
"""
from __future__ import annotations

import subprocess
import sys

from support.pg_support import free_port, pg_server, pg_url  # noqa: F401 (fixtures)
from support.sync_fixtures import ROOT
from sync.server.store import masked

SECRET = "Zq7-s3cret!"


def cli(*args, env_url: str | None = None):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    if env_url:
        env["PARTNERDESK_HQ_DB"] = env_url
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60, env=env)


def with_password(url: str) -> str:
    """The test server trusts local connections, so any password is accepted: what is tested
    is where the password travels, not PostgreSQL's authentication."""
    return url.replace("pdtest@", f"pdtest:{SECRET}@")


def test_masked_urls():
    assert masked(f"postgresql://hq:{SECRET}@db.example:5432/partnerdesk") == \
        "postgresql://hq:***@db.example:5432/partnerdesk"
    assert masked(f"postgresql://db.example/pd?sslmode=require&password={SECRET}") == \
        "postgresql://db.example/pd?sslmode=require&password=***"
    assert masked("/srv/hq/hq.db") == "/srv/hq/hq.db"
    assert masked("postgresql://hq@db.example/pd") == "postgresql://hq@db.example/pd"


def test_password_on_the_command_line_is_refused(pg_url):  # noqa: F811
    out = cli("hq", "devices", "--hq-db", with_password(pg_url))
    assert out.returncode == 2 and SECRET not in out.stderr and "Traceback" not in out.stderr
    assert "PARTNERDESK_HQ_DB" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_help_names_the_environment_variable_and_the_file():
    text = " ".join(cli("serve", "--help").stdout.split())
    assert "PARTNERDESK_HQ_DB" in text and "--hq-db-file" in text


def test_url_from_environment_or_file_works(pg_url, tmp_path):  # noqa: F811
    url = with_password(pg_url)
    assert cli("hq", "office", "add", "KEN", "--name", "Kenya", "--country", "KEN",
               env_url=url).returncode == 0
    secret_file = tmp_path / "hq-url"
    secret_file.write_text(url + "\n")
    secret_file.chmod(0o600)
    out = cli("hq", "devices", "--hq-db-file", secret_file, "--json")
    assert out.returncode == 0, out.stderr
    assert "Say which HQ store" in cli("hq", "devices").stderr


def test_connection_error_masks_the_password():
    url = f"postgresql://hq:{SECRET}@127.0.0.1:{free_port()}/partnerdesk"
    out = cli("hq", "devices", env_url=url)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert SECRET not in out.stderr and "hq:***@127.0.0.1" in out.stderr


def test_serve_banner_and_process_list_hide_the_password(pg_url, tmp_path):  # noqa: F811
    url = with_password(pg_url)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(ROOT), "PARTNERDESK_HQ_DB": url}
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "serve", "--port",
                             str(free_port())], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        banner = proc.stdout.readline()
        with open(f"/proc/{proc.pid}/cmdline", "rb") as fh:
            command_line = fh.read().decode()
    finally:
        proc.terminate()
        proc.wait(10)
    logged = banner + proc.stdout.read() + proc.stderr.read()
    assert banner.startswith("PartnerDesk HQ on http://127.0.0.1:"), logged
    assert "pdtest:***@127.0.0.1" in banner
    assert SECRET not in logged and SECRET not in command_line
