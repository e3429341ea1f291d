"""Real SMTP submission servers on loopback (aiosmtpd), started by the tests that send mail.

One fixture starts, on free ports, with one certificate made for the run:
- `starttls`: STARTTLS required before AUTH (PLAIN/LOGIN, one user), as on port 587;
- `tls`: implicit TLS, as on port 465;
- `cleartext`: a server that does not offer STARTTLS (a misconfigured or hostile relay);
- `small`: STARTTLS and AUTH, but it takes messages of 20 kB at most (its EHLO says SIZE);
- `relay`: plain, no AUTH, for Dovecot's submission service to relay to (the OAuth2 tests).
Every message a server takes is kept, bytes as received, for the test to parse back. A recipient
listed in `refused` gets a 550.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import shutil
import socket
import ssl
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from .imap_server import PASSWORD, USER, _certificate

SMALL_LIMIT = 20_000


@dataclass
class Received:
    mail_from: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    messages: list[Received] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        data = envelope.original_content or envelope.content
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(data)))
        return "250 2.0.0 Ok: queued"


def _authenticator(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class ImplicitTls(Controller):
    """Implicit TLS (port 465): aiosmtpd does not see the TLS it runs under, so it is told AUTH is safe."""

    def factory(self):  # type: ignore[no-untyped-def]
        server = super().factory()
        server._auth_require_tls = False
        return server


@dataclass
class SmtpServers:
    host: str
    starttls_port: int
    tls_port: int
    cleartext_port: int
    small_port: int
    relay_port: int
    ca_file: Path
    handler: Handler

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running_smtp(same_certificate_as: Path | None = None) -> Iterator[SmtpServers]:
    """`same_certificate_as`: a folder holding cert.pem and key.pem (e.g. the IMAP server's), so one
    certificate file is trusted for both, as a company's own authority would be."""
    folder = Path(tempfile.mkdtemp(prefix="dpo-desk-smtp-"))
    controllers: list[Controller] = []
    try:
        if same_certificate_as is not None:
            for name in ("cert.pem", "key.pem"):
                shutil.copy(same_certificate_as / name, folder / name)
            ca_file = folder / "cert.pem"
        else:
            ca_file = _certificate(folder)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        handler = Handler()
        common = {"hostname": "127.0.0.1", "authenticator": _authenticator, "auth_required": True}
        ports = {name: free_port() for name in ("starttls", "tls", "cleartext", "small", "relay")}
        controllers = [
            Controller(handler, port=ports["starttls"], tls_context=context, require_starttls=True, **common),
            ImplicitTls(handler, port=ports["tls"], ssl_context=context, **common),
            Controller(handler, port=ports["cleartext"], hostname="127.0.0.1"),
            Controller(
                handler,
                port=ports["small"],
                tls_context=context,
                require_starttls=True,
                data_size_limit=SMALL_LIMIT,
                **common,
            ),
            Controller(handler, port=ports["relay"], hostname="127.0.0.1"),
        ]
        for controller in controllers:
            controller.start()
        yield SmtpServers(
            "127.0.0.1",
            ports["starttls"],
            ports["tls"],
            ports["cleartext"],
            ports["small"],
            ports["relay"],
            ca_file,
            handler,
        )
    finally:
        for controller in controllers:
            with contextlib.suppress(Exception):
                controller.stop()
        shutil.rmtree(folder, ignore_errors=True)
