"""A real CUPS scheduler on a private socket, started for the printing tests (Debian's cups-daemon).

It has one queue, "DPO_Desk_Test", whose backend writes each job's document, as the scheduler
received it, into the run's folder: the test reads the printed PDF back. Nothing outside that
folder is touched: the system's CUPS, if any, is neither used nor seen.

libcups finds its server through CUPS_SERVER (read once per thread) and cupsSetServer(): both are
set for as long as the server runs, so the application's print dialog lists this queue only.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PRINTER = "DPO_Desk_Test"
SYSTEM_SERVER_BIN = Path("/usr/lib/cups")

# The backend: CUPS runs it with JOB USER TITLE COPIES OPTIONS [FILE] and the queue's device URI.
BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'file capture "Unknown" "Capture to a folder"'; exit 0; fi
umask 022
out="${DEVICE_URI#capture:}"
if [ -n "$6" ]; then cat "$6" > "$out/.job-$1"; else cat > "$out/.job-$1"; fi
mv "$out/.job-$1" "$out/job-$1.pdf"
"""


def cupsd_binary() -> str | None:
    found = shutil.which("cupsd") or "/usr/sbin/cupsd"
    return found if Path(found).exists() and (SYSTEM_SERVER_BIN / "daemon" / "cups-exec").exists() else None


@dataclass(frozen=True)
class CupsServer:
    socket: Path
    folder: Path
    printed: Path  # where the queue writes each job, as job-N.pdf
    printer: str = PRINTER

    def jobs(self) -> list[Path]:
        return sorted(self.printed.glob("job-*.pdf"), key=lambda p: int(p.stem.split("-")[1]))

    def log(self) -> str:
        path = self.folder / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""


def _set_libcups_server(server: str | None) -> None:
    """For this thread: libcups keeps the server it first found, whatever CUPS_SERVER says later."""
    name = ctypes.util.find_library("cups")
    if name is None:
        return
    library = ctypes.CDLL(name)
    library.cupsSetServer.argtypes = [ctypes.c_char_p]
    library.cupsSetServer(server.encode() if server else None)


def _configure(folder: Path, socket_path: Path, printed: Path, with_printer: bool) -> None:
    for name in ("spool", "cache", "state", "tmp", "log", "ppd", "bin/backend"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    (folder / "bin" / "daemon").symlink_to(SYSTEM_SERVER_BIN / "daemon")  # cups-exec starts the backends
    backend = folder / "bin" / "backend" / "capture"
    backend.write_text(BACKEND)
    backend.chmod(0o755)
    printed.mkdir()
    as_root = os.geteuid() == 0
    if as_root:
        # cupsd will not run backends as root: they run as lp, which must reach the folder.
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        printed.chmod(0o777)
    (folder / "cupsd.conf").write_text(
        f"Listen {socket_path}\n"
        "LogLevel info\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    user = "User lp\nGroup lp\nSystemGroup root\n" if as_root else f"SystemGroup {_group_name()}\n"
    (folder / "cups-files.conf").write_text(
        f"ServerRoot {folder}\nServerBin {folder / 'bin'}\nRequestRoot {folder / 'spool'}\n"
        f"CacheDir {folder / 'cache'}\nStateDir {folder / 'state'}\nTempDir {folder / 'tmp'}\n"
        f"ErrorLog {folder / 'log' / 'error_log'}\nAccessLog {folder / 'log' / 'access_log'}\n"
        f"PageLog {folder / 'log' / 'page_log'}\n{user}"
    )
    if not with_printer:
        return
    # A queue without a PPD: the document reaches the backend as the application sent it.
    (folder / "printers.conf").write_text(
        f"<DefaultPrinter {PRINTER}>\nInfo DPO Desk test printer\nDeviceURI capture:{printed}\n"
        "State Idle\nType 4\nAccepting Yes\nShared No\nJobSheets none none\nQuotaPeriod 0\n"
        "PageLimit 0\nKLimit 0\nOpPolicy default\nErrorPolicy abort-job\n</DefaultPrinter>\n"
    )


def _group_name() -> str:
    import grp

    return grp.getgrgid(pwd.getpwuid(os.geteuid()).pw_gid).gr_name


@contextlib.contextmanager
def running_cups(*, with_printer: bool = True) -> Iterator[CupsServer]:
    """The scheduler with its one queue (or with none: a computer where no printer was set up)."""
    binary = cupsd_binary()
    if binary is None:
        raise RuntimeError("cupsd is not installed (.ci/run installs cups-daemon)")
    # A short path: a Unix socket's name is limited to about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="dpo-cups-", dir="/tmp"))
    socket_path, printed = folder / "cups.sock", folder / "printed"
    _configure(folder, socket_path, printed, with_printer)
    process = subprocess.Popen(
        [binary, "-f", "-c", str(folder / "cupsd.conf"), "-s", str(folder / "cups-files.conf")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    previous = os.environ.get("CUPS_SERVER")
    try:
        deadline = time.monotonic() + 20
        while not socket_path.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                log = (folder / "log" / "error_log").read_text(errors="replace") if (folder / "log").exists() else ""
                raise RuntimeError(f"cupsd did not start (exit {process.poll()}): {log[-2000:]}")
            time.sleep(0.05)
        os.environ["CUPS_SERVER"] = str(socket_path)
        _set_libcups_server(str(socket_path))
        yield CupsServer(socket=socket_path, folder=folder, printed=printed)
    finally:
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
        _set_libcups_server(previous)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)
