"""A private PostgreSQL server for the tests: initdb into a temporary folder, served on a Unix socket
in that folder and on a loopback port (127.0.0.1, without TLS), never the system's cluster.

initdb refuses to run as root: as root (CI), the server's programs run as Debian's `postgres`
system user, which owns the folder. Passwords are checked (scram-sha-256), as on a real server.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

DEBIAN_BINDIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
ADMIN = "dpo_admin"  # the cluster's superuser


def postgres_bindir() -> Path | None:
    """Where initdb, pg_ctl and psql are: pg_config --bindir, else Debian's folders."""
    candidates: list[str] = []
    if pg_config := shutil.which("pg_config"):
        with suppress(OSError):
            candidates.append(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True).stdout.strip())
    candidates.extend(DEBIAN_BINDIRS)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def why_no_server() -> str | None:
    """None when a private server can be started here, else why not (the skip's reason)."""
    if postgres_bindir() is None:
        return "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install postgresql"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` system user to run initdb as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


@dataclass(frozen=True)
class PgServer:
    bindir: Path
    socket_dir: Path
    port: int
    admin_password: str

    def url(self, database: str, login: str) -> str:
        """A SQLAlchemy/libpq URL on the socket, without a password (libpq finds it: PGPASSWORD)."""
        return f"postgresql://{login}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str, login: str) -> str:
        """The same over TCP on loopback, where the server offers no TLS."""
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def psql(
        self, sql: str, *, database: str, login: str, password: str, check: bool = False
    ) -> subprocess.CompletedProcess[str]:
        """The real psql, as `login`: ON_ERROR_STOP, unaligned tuples only; its output is returned."""
        psql = self.bindir / "psql" if (self.bindir / "psql").is_file() else Path(shutil.which("psql") or "psql")
        command = [str(psql), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"]
        command += ["-h", str(self.socket_dir), "-p", str(self.port), "-U", login, "-d", database, "-c", sql]
        environment = {**os.environ, "PGPASSWORD": password, "PGCONNECT_TIMEOUT": "10"}
        environment.pop("PGPASSFILE", None)
        return subprocess.run(command, capture_output=True, text=True, env=environment, check=check, timeout=60)

    def admin(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the cluster's superuser; its output."""
        return self.psql(sql, database=database, login=ADMIN, password=self.admin_password, check=True).stdout


def _as_server_user(command: Sequence[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@dataclass(frozen=True)
class ServerTls:
    """TLS for a private cluster: its certificate and key (PEM), and the pg_hba.conf to use instead of
    initdb's (e.g. TCP only with `hostssl`)."""

    certificate: bytes
    key: bytes
    hba: str


@contextmanager
def running_postgres(tls: ServerTls | None = None) -> Iterator[PgServer]:
    """Start a private cluster (with TLS on its loopback port when `tls` is given); stopped
    (immediately) and removed afterwards."""
    bindir = postgres_bindir()
    assert bindir is not None, why_no_server()
    # Not under pytest's tmp folder: /tmp/pytest-of-root is root's only, and postgres must reach it.
    folder = Path(tempfile.mkdtemp(prefix="dpo-pg-"))
    data, sockets = folder / "data", folder / "run"
    sockets.mkdir()
    password = secrets.token_urlsafe(18)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (folder, sockets, folder / "pw"):
            os.chown(path, user.pw_uid, user.pw_gid)
    log = folder / "server.log"
    options = ""
    if tls is not None:
        for name, pem in (("server.crt", tls.certificate), ("server.key", tls.key)):
            (folder / name).write_bytes(pem)
            (folder / name).chmod(0o600)  # the server refuses a key others may read
            if os.geteuid() == 0:
                os.chown(folder / name, user.pw_uid, user.pw_gid)
        options = f"-c ssl=on -c ssl_cert_file={folder / 'server.crt'} -c ssl_key_file={folder / 'server.key'}"
    try:
        port = _start(bindir, data, sockets, folder / "pw", log, options, tls.hba if tls else None)
        try:
            yield PgServer(bindir, sockets, port, password)
        finally:
            subprocess.run(
                _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
                capture_output=True,
                timeout=120,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _start(
    bindir: Path, data: Path, sockets: Path, password_file: Path, log: Path, extra: str = "", hba: str | None = None
) -> int:
    """initdb (then `hba` as its pg_hba.conf, if given), then pg_ctl start on a free loopback port
    (tried three times) with the `extra` server options; the port."""
    initdb = [str(bindir / "initdb"), "-D", str(data), "-U", ADMIN, f"--pwfile={password_file}"]
    initdb += ["--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"]
    done = subprocess.run(_as_server_user(initdb), capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"initdb failed: {done.stderr}")
    if hba is not None:
        (data / "pg_hba.conf").write_text(hba, encoding="utf-8")  # owned by the server's user already
    for _ in range(3):  # a loopback port another program holds: another port
        port = 20_000 + secrets.randbelow(20_000)
        options = f"-c listen_addresses=127.0.0.1 -k {sockets} -p {port} -c fsync=off -c max_connections=40 {extra}"
        pg_ctl = [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "120", "start"]
        done = subprocess.run(_as_server_user(pg_ctl), capture_output=True, text=True, timeout=180)
        if done.returncode == 0:
            return port
    server_log = log.read_text(errors="replace") if log.is_file() else ""
    raise RuntimeError(f"the private PostgreSQL server did not start: {done.stderr}{server_log}")


def stop_postgres(server: PgServer) -> None:
    """Stop a private server started by running_postgres (fast: the clients' connections are cut),
    its data kept: start_postgres starts it again on the same port."""
    data = server.socket_dir.parent / "data"
    stop = [str(server.bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "120", "stop"]
    done = subprocess.run(_as_server_user(stop), capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(f"the private PostgreSQL server did not stop: {done.stderr}")


def start_postgres(server: PgServer) -> None:
    """Start again a private server stopped by stop_postgres, on its port and socket."""
    folder = server.socket_dir.parent
    options = f"-c listen_addresses=127.0.0.1 -k {server.socket_dir} -p {server.port}"
    options += " -c fsync=off -c max_connections=40"
    pg_ctl = [str(server.bindir / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log")]
    pg_ctl += ["-o", options, "-w", "-t", "120", "start"]
    done = subprocess.run(_as_server_user(pg_ctl), capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        raise RuntimeError(f"the private PostgreSQL server did not start again: {done.stderr}")
