"""Emails are read in a separate process, with a time and a memory limit.

A message is attacker-controlled input: the standard library's parser has had infinite loops,
quadratic headers and part explosions, and the Outlook .msg reader is a large third-party
library. Reading them in a worker process means a message that hangs, exhausts memory or
crashes its reader costs that message only: it is refused in words, the worker is replaced, and
the window, the import and the case file carry on.

Limits: `TIMEOUT_S` of wall time per message, `MEMORY_BYTES` of address space for the worker
(POSIX `RLIMIT_AS`; on Windows only the timeout applies). The worker is started on first use
(spawn, as threads and Qt do not survive fork), reused for every later message, and stopped at
exit. `read_email` (email_intake.py) is what runs inside it.
"""

from __future__ import annotations

import atexit
import importlib
import multiprocessing
import threading
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from ..explained import QT_TRANSLATE_NOOP
from .email_intake import EmailDraft, EmailRefused, check_size

TIMEOUT_S = 10.0
START_TIMEOUT_S = 60.0  # a cold start of the worker (Python, the reader's imports) on a slow machine
MEMORY_BYTES = 2 * 1024**3
READER = "dpo_desk.services.email_intake:read_email"


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: the timeout is the only limit
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _serve(conn: Connection, reader: str, memory: int) -> None:
    """The worker's loop: bytes in, (outcome, ...) out, until the pipe closes."""
    from ..hardening import disable_core_dumps

    disable_core_dumps()  # a crashing reader leaves no image of the message on disk
    _limit_memory(memory)
    module, _, name = reader.partition(":")
    read = getattr(importlib.import_module(module), name)
    conn.send(("ready",))
    while True:
        try:
            raw = conn.recv_bytes()
        except EOFError:
            return
        try:
            draft = read(raw)
            conn.send(("ok", replace(draft, raw=b"")))  # the caller has the bytes already
        except EmailRefused as exc:
            conn.send(("refused", exc.template, exc.values))
        except MemoryError:
            conn.send(("memory",))
        except Exception as exc:  # a reader bug: this message is refused, the worker goes on
            conn.send(("failed", type(exc).__name__))


class EmailWorker:
    """One worker process; `read(raw)` is thread-safe (one message at a time)."""

    def __init__(self, reader: str = READER, timeout: float = TIMEOUT_S, memory: int = MEMORY_BYTES) -> None:
        self.reader, self.timeout, self.memory = reader, timeout, memory
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._process is not None and not self._process.is_alive():
            self._stop()  # it died between messages (the system stopped it): not this message's fault
        if self._conn is None:
            context = multiprocessing.get_context("spawn")
            ours, theirs = context.Pipe()
            self._process = context.Process(
                target=_serve, args=(theirs, self.reader, self.memory), name="dpo-desk-email-reader", daemon=True
            )
            self._process.start()
            theirs.close()
            self._conn = ours
            try:  # the per-message time limit starts once the worker is ready
                ready = ours.poll(START_TIMEOUT_S) and ours.recv() == ("ready",)
            except (EOFError, OSError):
                ready = False
            if not ready:
                self._stop()
                raise EmailRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The email reader could not be started, so the message was not read. Try again; if it "
                        "keeps failing, reinstall DPO Desk.",
                    )
                )
        return self._conn

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
            self._process = None

    def close(self) -> None:
        with self._lock:
            self._stop()

    def read(self, raw: bytes) -> EmailDraft:
        check_size(raw)  # here: a 60 MB message is refused without crossing the pipe
        with self._lock:
            conn = self._start()
            try:
                conn.send_bytes(raw)
                answered = conn.poll(self.timeout)
                reply = conn.recv() if answered else None
            except (EOFError, OSError):  # the worker died (a crash, or killed by the memory limit)
                self._stop()
                raise EmailRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The message could not be read: its reader stopped on it (it may be damaged or built "
                        "to attack). It was not taken in; nothing else was affected.",
                    )
                ) from None
            if reply is None:
                self._stop()
                raise EmailRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The message took longer than {seconds:.0f} seconds to read and was given up (it may be "
                        "damaged or built to attack). It was not taken in.",
                    ),
                    seconds=self.timeout,
                )
        return _answer(reply, raw)


def _answer(reply: tuple[Any, ...], raw: bytes) -> EmailDraft:
    outcome = reply[0]
    if outcome == "ok":
        return replace(reply[1], raw=raw)
    if outcome == "refused":
        raise EmailRefused(reply[1], **reply[2])
    if outcome == "memory":
        raise EmailRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The message needs more memory to read than DPO Desk allows (it may be built to attack). It "
                "was not taken in.",
            )
        )
    raise EmailRefused(
        QT_TRANSLATE_NOOP(
            "Services",
            "The message could not be read ({error}); it was not taken in.",
        ),
        error=reply[1],
    )


_shared: EmailWorker | None = None
_shared_lock = threading.Lock()


def parse_email(raw: bytes) -> EmailDraft:
    """What an email says (see email_intake.read_email), read in the shared worker process."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = EmailWorker()
            atexit.register(_shared.close)
        worker = _shared
    return worker.read(raw)
