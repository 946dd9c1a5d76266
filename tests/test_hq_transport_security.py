"""HQ hardening, the link (issue 15 item 5): HTTPS served by HQ itself with a certificate made
here (a real TLS handshake and a real sync over it), plain http refused to anything but this
computer unless told, and a revoked device that wipes itself at its next contact and sends
nothing more (a real HQ on loopback)."""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import subprocess
import sys

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from models import backup, files
from models.errors import DomainError
from support.sync_fixtures import ROOT, ServerThread, device, edit, hq_rows, new_db
from sync import token
from sync.client import sync
from sync.server import admin
from sync.transport import Revoked, SyncError, Transport
from test_secrets import MemoryKeyring, memory_keyring  # noqa: F401 (fixture)
from test_sync_protocol import _add_person


def self_signed(folder) -> tuple:
    """A certificate for 127.0.0.1 and localhost signed by its own key (PEM files)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "PartnerDesk test HQ")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_file, key_file = folder / "hq.crt", folder / "hq.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_file, key_file


@pytest.fixture
def tls_hq(tmp_path):
    cert, key = self_signed(tmp_path)
    hq = ServerThread(tmp_path / "hq.db", tls=(cert, key))
    hq.cert = cert
    admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
    yield hq
    hq.stop()


def test_tls_handshake_with_a_self_signed_certificate(tls_hq):
    context = ssl.create_default_context(cafile=str(tls_hq.cert))
    with socket.create_connection(("127.0.0.1", tls_hq.port), timeout=10) as raw:
        with context.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
            subject = dict(item[0] for item in tls.getpeercert()["subject"])
            assert subject["commonName"] == "PartnerDesk test HQ"
    # plain HTTP to the HTTPS port gets no answer from the application
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"http://127.0.0.1:{tls_hq.port}/v1/health", timeout=5).raise_for_status()


def test_a_device_enrolls_and_syncs_over_https(tls_hq, tmp_path, monkeypatch):
    path = new_db(tmp_path, "a")
    # not trusted: refused at once in one clear line, nothing sent, no retries
    with pytest.raises(SyncError, match="does not trust") as refused:
        sync(path, tls_hq.url, enroll_code=admin.new_code(tls_hq.store, ["KEN"]), attempts=8,
             backoff=5.0)
    assert "\n" not in str(refused.value)
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_hq.cert))  # the office trusts HQ's certificate
    sync(path, tls_hq.url, enroll_code=admin.new_code(tls_hq.store, ["KEN"]))
    _add_person(path, name="Amina Yusuf", email="amina@example.org")
    assert sync(path).pushed == 1
    assert "Amina Yusuf" in {r["name"] for r in hq_rows(tls_hq, "person").values()}


def test_serve_checks_its_certificate_and_key_in_one_line(tmp_path):
    cert, key = self_signed(tmp_path)
    for args, says in ((["--cert", str(cert)], "both --cert"),
                       (["--cert", str(cert), "--key", str(cert)], "Cannot use --cert"),
                       (["--cert", str(tmp_path / "none.crt"), "--key", str(key)], "Cannot use")):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "serve", "--hq-db",
                               str(tmp_path / "hq.db"), "--port", "1", *args],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and says in done.stderr, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def _own_address() -> str:
    """This computer's address on its network (not loopback): where no HQ listens here."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(("192.0.2.1", 9))  # UDP: nothing is sent, the route picks the address
        address = probe.getsockname()[0]
    assert not ipaddress.ip_address(address).is_loopback, address
    return address


@pytest.mark.parametrize("url,allowed", [
    ("http://127.0.0.1:8700", True), ("http://localhost:8700", True), ("http://[::1]:8700", True),
    ("http://127.8.9.10", True), ("https://hq.example.org", True),
    ("http://hq.example.org:8700", False), ("http://10.0.0.5:8700", False),
    ("http://[2001:db8::1]:8700", False), ("http://localhost.evil.example", False)])
def test_plain_http_only_to_this_computer(url, allowed):
    if allowed:
        Transport(url).close()
        return
    with pytest.raises(SyncError, match="--allow-http") as refused:
        Transport(url)
    assert "\n" not in str(refused.value) and "unencrypted" in str(refused.value)
    Transport(url, allow_http=True).close()


def test_http_refusal_and_override_on_the_command_line(tmp_path):
    """A real HQ on this computer's network address: refused over http, then allowed with
    --allow-http (remembered with the address for the next syncs, the window's too)."""
    address = _own_address()
    hq = ServerThread(tmp_path / "hq.db", host="0.0.0.0")
    try:
        admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
        url = f"http://{address}:{hq.port}"
        path = new_db(tmp_path, "a")
        code = admin.new_code(hq.store, ["KEN"])
        base = [sys.executable, str(ROOT / "main.py"), "sync", "--db", str(path)]
        done = subprocess.run(base + ["--server", url, "--enroll", code], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and "--allow-http" in done.stderr, done.stderr
        assert admin.devices(hq.store) == []  # nothing reached HQ
        done = subprocess.run(base + ["--server", url, "--enroll", code, "--allow-http"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert len(admin.devices(hq.store)) == 1
        _add_person(path, name="Amina Yusuf", email="amina@example.org")
        assert sync(path).pushed == 1  # the stored address keeps its permission
    finally:
        hq.stop()


def test_a_revoked_device_wipes_itself_at_its_next_sync_and_sends_nothing_more(
        tmp_path, memory_keyring):  # noqa: F811 (fixture)
    hq = ServerThread(tmp_path / "hq.db")
    try:
        admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
        a = device(hq, tmp_path, "a")
        device_id = next(d.id for d in admin.devices(hq.store))
        assert (token.SERVICE, device_id) in memory_keyring.entries
        _add_person(a, name="Amina Yusuf", email="amina@example.org")  # waiting to be sent
        edit(a, lambda: (files.store_bytes(b"bank statement " * 100, a),
                         backup.automatic(a, "daily")))
        companions = [a.with_name(a.name + s) for s in (".key", ".files", ".backups")]
        assert all(p.exists() for p in companions)
        with hq.store.read() as tx:
            before = tx.one("SELECT (SELECT count(*) FROM hq_row), (SELECT count(*) FROM "
                            "hq_applied), (SELECT value FROM hq_counter)")
        admin.revoke(hq.store, device_id)
        sent = []
        client = httpx.Client(timeout=30, event_hooks={"request": [sent.append]})
        with pytest.raises(Revoked, match="data and keys have been removed") as told:
            sync(a, client=client)
        client.close()
        assert "\n" not in str(told.value)
        assert [r.url.path for r in sent] == ["/v1/sync"]  # one contact; nothing after it
        left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("a.db"))
        assert left == [] and not any(p.exists() for p in companions)
        assert (token.SERVICE, device_id) not in memory_keyring.entries
        with hq.store.read() as tx:  # HQ stored nothing of what the device had pending
            assert tx.one("SELECT (SELECT count(*) FROM hq_row), (SELECT count(*) FROM "
                          "hq_applied), (SELECT value FROM hq_counter)") == before
        with pytest.raises(DomainError, match="No database"):
            sync(a)
    finally:
        hq.stop()


def test_the_window_of_a_revoked_computer_lets_go_says_why_and_closes(qtbot, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from models.db import open_database
    from support.dialogs import answer_next_dialog
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.sync_state import sync_runner

    hq = ServerThread(tmp_path / "hq.db")
    try:
        admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
        a = device(hq, tmp_path, "a")
        open_database(a)
        ctx = AppContext(a)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        admin.revoke(hq.store, admin.devices(hq.store)[0].id)
        answer = answer_next_dialog(QMessageBox.StandardButton.Ok, timeout_ms=30_000)
        runner = sync_runner(ctx)
        with qtbot.waitSignal(runner.failed, timeout=30_000):
            assert runner.start(None)
        qtbot.waitUntil(lambda: answer.pressed, timeout=30_000)
        assert "data and keys have been removed" in answer.texts[0]
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("a.db")) == []
    finally:
        hq.stop()
