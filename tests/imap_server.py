"""A real Dovecot IMAP server on loopback, started for the tests that fetch mail (Debian's dovecot-imapd).

It listens for STARTTLS (and IMAPS) with a certificate made for the run, requires TLS before any
login, and keeps its mail in a temporary Maildir: nothing outside the run's folder is touched.

Its clock is the tests' (libfaketime, Debian's `faketime` package): the suite pretends to run on a
fixed day, and a mail server whose clock disagreed would turn every INTERNALDATE after its own "now"
into now (Dovecot does), so the messages would arrive on the real day instead of the test's.
"""

from __future__ import annotations

import contextlib
import datetime
import grp
import ipaddress
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "dpo@imv.example", "correct horse battery staple"


@dataclass(frozen=True)
class ImapServer:
    host: str
    starttls_port: int
    tls_port: int
    ca_file: Path
    folder: Path
    submission_port: int = 0  # Dovecot's SMTP submission service, when started

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def client(self):  # type: ignore[no-untyped-def]
        """A test's own connection, to put messages in and to look at what the app left."""
        import imaplib
        import ssl

        client = imaplib.IMAP4(self.host, self.starttls_port)
        client.starttls(ssl_context=ssl.create_default_context(cafile=str(self.ca_file)))
        client.login(USER, PASSWORD)
        return client


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _certificate(folder: Path) -> Path:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    # Valid on every day the suite may pretend to run (tests move Python's clock; OpenSSL's is real).
    start, end = (
        datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC),
        datetime.datetime(2099, 12, 31, tzinfo=datetime.UTC),
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return folder / "cert.pem"


def _accounts() -> tuple[str, str, int, int]:
    """Who Dovecot runs as: its own system users under root, else the current user."""
    if os.geteuid() == 0:
        mail = pwd.getpwnam("dovecot")
        return "dovecot", "dovenull", mail.pw_uid, mail.pw_gid
    me = pwd.getpwuid(os.geteuid())
    return me.pw_name, me.pw_name, me.pw_uid, me.pw_gid


def _oauth2(folder: Path, userinfo_url: str | None) -> tuple[str, str]:
    """(auth mechanisms, the OAuth2 passdb block): tokens are checked against the test's provider."""
    if not userinfo_url:
        return "plain", ""
    (folder / "oauth2.conf").write_text(
        f"introspection_mode = auth\nintrospection_url = {userinfo_url}\nusername_attribute = email\n"
        "active_attribute = active\nactive_value = true\nforce_introspection = yes\n"
    )
    block = f"""passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {folder}/oauth2.conf
}}
"""
    return "plain xoauth2 oauthbearer", block


def _submission(port: int, relay_port: int) -> tuple[str, str]:
    """(protocol, settings) of Dovecot's SMTP submission service, relaying to the tests' SMTP server."""
    if not port:
        return "", ""
    return (
        " submission",
        f"""hostname = localhost
submission_relay_host = 127.0.0.1
submission_relay_port = {relay_port}
submission_relay_trusted = yes
service submission-login {{
  chroot =
  inet_listener submission {{
    address = 127.0.0.1
    port = {port}
  }}
}}
""",
    )


FAKETIME_LIBRARIES = (
    Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1"),
    Path("/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1"),
    Path("/usr/lib/faketime/libfaketimeMT.so.1"),
)


def _clock_settings(clock: datetime.datetime | None) -> tuple[dict[str, str], str]:
    """The environment and the Dovecot setting that start its clock at `clock` (it ticks from there)."""
    if clock is None:
        return dict(os.environ), ""
    library = next((path for path in FAKETIME_LIBRARIES if path.exists()), None)
    if library is None:
        if os.environ.get("DPO_DESK_CI"):
            raise RuntimeError("libfaketime is missing: install Debian's faketime package (.ci/run does).")
        return dict(os.environ), ""  # the real clock: right for the default test day, which is past
    started = clock.astimezone(datetime.UTC).strftime("@%Y-%m-%d %H:%M:%S")
    # NO_FAKE_STAT: files keep their real times, so the INTERNALDATE Dovecot stores as a Maildir
    # file's time reads back as written. TZ=UTC: `started` is in UTC.
    fake = {"LD_PRELOAD": str(library), "FAKETIME": started, "FAKETIME_DONT_RESET": "1", "NO_FAKE_STAT": "1"}
    return {**os.environ, **fake, "TZ": "UTC"}, f"import_environment = $import_environment {' '.join(fake)}\n"


@contextlib.contextmanager
def running_dovecot(
    userinfo_url: str | None = None, relay_port: int = 0, clock: datetime.datetime | None = None
) -> Iterator[ImapServer]:
    """Dovecot on loopback; with `userinfo_url`, OAuth2 tokens (XOAUTH2, OAUTHBEARER) are accepted,
    checked there; with `relay_port`, its submission service (SMTP) relays to that port; with `clock`,
    its clock starts there (the tests' day)."""
    binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
    environment, import_environment = _clock_settings(clock)
    folder = Path(tempfile.mkdtemp(prefix="dpo-desk-imap-"))
    folder.chmod(0o755)  # the mail process (another user under root) walks into it
    process: subprocess.Popen[bytes] | None = None
    try:
        internal, login, uid, gid = _accounts()
        for sub in ("run", "state", "home"):
            (folder / sub).mkdir()
        if os.geteuid() == 0:
            os.chown(folder / "home", uid, gid)
        ca_file = _certificate(folder)
        (folder / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        starttls, tls = _free_port(), _free_port()
        submission = _free_port() if relay_port else 0
        mechanisms, oauth_passdb = _oauth2(folder, userinfo_url)
        protocol, submission_settings = _submission(submission, relay_port)
        group = grp.getgrgid(gid).gr_name
        (folder / "dovecot.conf").write_text(
            f"""{import_environment}protocols = imap{protocol}
listen = 127.0.0.1
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
ssl = yes
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
disable_plaintext_auth = yes
auth_failure_delay = 0
auth_mechanisms = {mechanisms}
{oauth_passdb}passdb {{
  driver = passwd-file
  mechanisms = plain
  args = scheme=PLAIN username_format=%u {folder}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/home/%u
}}
mail_location = maildir:~/Maildir
default_internal_user = {internal}
default_internal_group = {group}
default_login_user = {login}
first_valid_uid = 1
first_valid_gid = 1
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {starttls}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
{submission_settings}"""
        )
        with open(folder / "output.log", "wb") as output:
            process = subprocess.Popen(
                [binary, "-F", "-c", str(folder / "dovecot.conf")],
                stdout=output,
                stderr=subprocess.STDOUT,
                env=environment,
            )
        deadline = time.monotonic() + 15
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", starttls), timeout=0.5):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                log = (folder / "dovecot.log").read_text() if (folder / "dovecot.log").exists() else ""
                output = (folder / "output.log").read_text()
                raise RuntimeError(f"Dovecot did not start:\n{output}\n{log}")
            time.sleep(0.05)
        if submission:
            deadline = time.monotonic() + 15
            while True:
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", submission), timeout=0.5):
                    break
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"Dovecot's submission service did not start:\n{(folder / 'dovecot.log').read_text()}"
                    )
                time.sleep(0.05)
        yield ImapServer("127.0.0.1", starttls, tls, ca_file, folder, submission)
    finally:
        if process is not None:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            if process.poll() is None:
                process.kill()
        shutil.rmtree(folder, ignore_errors=True)
