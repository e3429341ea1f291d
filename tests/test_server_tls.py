"""TLS to a team server, on a real PostgreSQL that accepts TCP only over TLS (issue 20): the
certificate is verified against the company's CA, a server whose certificate another authority
signed is refused, and a connection without TLS is refused by the server itself.

The certificates are made here with `cryptography` (a CA, and the server's certificate it signs for
127.0.0.1 and localhost), as a company's own authority would issue them.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.server.engine import Tls
from dpo_desk.storage.server.errors import ServerError

from .pg_server import ADMIN, PgServer, ServerTls, running_postgres, why_no_server

pytestmark = pytest.mark.needs_postgres

# TCP only with TLS, and passwords checked; the Unix socket (the tests' administration) as before.
HBA = """\
local   all all                  scram-sha-256
hostssl all all 127.0.0.1/32     scram-sha-256
hostnossl all all 127.0.0.1/32   reject
"""
LOGIN, PASSWORD = "tls_member", "a long test password"
NOW = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)  # the certificates' validity does not follow the test's day


@dataclass(frozen=True)
class Authority:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def _authority(name: str) -> Authority:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Authority(key, certificate)


def _server_certificate(authority: Authority) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@dataclass(frozen=True)
class TlsServer:
    server: PgServer
    company_ca: Path  # the authority that signed the server's certificate
    other_ca: Path  # an authority that did not

    def url(self, host: str = "127.0.0.1") -> str:
        return f"postgresql://{LOGIN}@{host}:{self.server.port}/postgres"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    reason = why_no_server()
    if reason is not None:
        pytest.skip(f"no private PostgreSQL server: {reason}")
    company, other = _authority("Example Company CA"), _authority("Someone Else CA")
    certificate, key = _server_certificate(company)
    folder = tmp_path_factory.mktemp("tls")
    (folder / "company-ca.pem").write_bytes(company.pem())
    (folder / "other-ca.pem").write_bytes(other.pem())
    with running_postgres(ServerTls(certificate, key, HBA)) as server:
        server.admin(f"CREATE ROLE {LOGIN} LOGIN PASSWORD '{PASSWORD}'")
        yield TlsServer(server, folder / "company-ca.pem", folder / "other-ca.pem")


def _encrypted(db: ServerDatabase) -> tuple[bool, str]:
    """Whether this connection is TLS, and its protocol version, as the server reports it."""
    with db.reader() as read:
        ssl, version = read.execute("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    return bool(ssl), str(version)


def test_the_company_ca_verifies_the_server_and_the_connection_is_encrypted(tls_server: TlsServer) -> None:
    for host in ("127.0.0.1", "localhost"):  # the certificate's names are checked (verify-full), both are in it
        db = ServerDatabase(tls_server.url(host), Tls("", str(tls_server.company_ca)), password=PASSWORD)
        try:
            ssl, version = _encrypted(db)
        finally:
            db.close()
        assert ssl and version.startswith("TLSv1.")


def test_a_certificate_another_authority_signed_is_refused_in_words(tls_server: TlsServer) -> None:
    """verify-full is the default over the network: a server the company's CA did not certify (a
    machine in the middle) is never sent the password."""
    db = ServerDatabase(tls_server.url(), Tls("", str(tls_server.other_ca)), password=PASSWORD)
    with pytest.raises(ServerError) as refused:
        _encrypted(db)
    db.close()
    message = str(refused.value)
    assert "could not be reached" in message and "certificate verify failed" in message
    assert "Traceback" not in message and PASSWORD not in message


def test_without_tls_the_server_refuses_the_connection(tls_server: TlsServer) -> None:
    db = ServerDatabase(tls_server.url(), Tls("disable", ""), password=PASSWORD)
    with pytest.raises(ServerError) as refused:
        _encrypted(db)
    db.close()
    assert "no encryption" in str(refused.value)  # pg_hba.conf: hostnossl … reject


def test_the_command_line_takes_the_company_ca(tls_server: TlsServer, tmp_path: Path) -> None:
    """`--server URL --ca-file CA`: the CLI verifies the server with it; with another CA, exit 1 in words."""
    environment = {"PGPASSWORD": PASSWORD, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    command = [sys.executable, "-m", "dpo_desk.cli.main", "--server", tls_server.url(), "list"]
    refused = subprocess.run(
        [*command[:5], "--ca-file", str(tls_server.other_ca), *command[5:]],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert refused.returncode == 1 and "certificate verify failed" in refused.stderr
    assert "Traceback" not in refused.stderr
    reached = subprocess.run(
        [*command[:5], "--ca-file", str(tls_server.company_ca), *command[5:]],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    # Reached and verified: this database was never set up by `server init`, which the CLI says.
    assert "certificate" not in reached.stderr and "could not be reached" not in reached.stderr, reached.stderr
    assert reached.returncode != 0 and "is not set up for DPO Desk" in reached.stderr, reached.stderr  # said so
    assert ADMIN not in reached.stderr
