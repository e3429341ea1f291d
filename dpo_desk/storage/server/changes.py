"""Changes made elsewhere on a team server, as they happen (PostgreSQL LISTEN/NOTIFY).

Every change appends to the history through history.APPEND, which NOTIFYs CHANGES_CHANNEL with the
request's id ('' for an event of no request). PostgreSQL delivers it when that transaction commits,
to every connection listening, and never for a change rolled back.

A `ChangeListener` holds one connection of its own (autocommit, LISTEN) on a thread of its own and
calls back from that thread:
- `on_change(ids)`: the requests someone else changed (None among them: something of no request,
  an organisation, a member, a setting; or "anything", after the server was away);
- `on_state(problem)`: the server was lost (a ServerError saying so in words) or is back (None).
It tries again every RETRY_S while the server is away. A change made through the door's own
connections (`own(pid)`: PostgreSQL names the backend that notified) is not reported: the window
that made it has already read it again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...explained import QT_TRANSLATE_NOOP
from ..door import Changed, StateChanged
from .engine import Tls, connect_arguments, explained, shown
from .errors import ServerError, ServerUnreachable
from .history import CHANGES_CHANNEL

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

POLL_S = 0.2  # how often the thread looks whether it was asked to stop
RETRY_S = 2.0  # while the server is away
# A server that vanished without closing the connection (a cable, a sleeping laptop) is noticed too.
KEEPALIVES = {"keepalives": "1", "keepalives_idle": "5", "keepalives_interval": "2", "keepalives_count": "2"}


def track_own_backends(engine: Engine, pids: set[int]) -> None:
    """Keep in `pids` the server processes of the engine's open connections (the door's own)."""
    from sqlalchemy import event

    def connected(dbapi: Any, record: Any) -> None:
        pid = int(dbapi.info.backend_pid)
        record.info["backend_pid"] = pid
        pids.add(pid)

    def gone(_dbapi: Any, record: Any, *_: Any) -> None:
        pids.discard(record.info.get("backend_pid", -1))

    event.listen(engine, "connect", connected)
    event.listen(engine, "close", gone)
    event.listen(engine, "invalidate", gone)


class ChangeListener:
    """LISTEN on its own connection and thread (see the module's docstring); `stop()` ends it."""

    def __init__(
        self,
        url: URL,
        tls: Tls,
        password: str | None,
        on_change: Changed,
        on_state: StateChanged,
        own: Callable[[int], bool] = lambda _pid: False,
    ) -> None:
        self._url, self._tls, self._password = url, tls, password
        self._on_change, self._on_state, self._own = on_change, on_state, own
        self._stop = threading.Event()
        self.listening = threading.Event()  # set while connected and listening (the tests wait on it)
        self._thread = threading.Thread(target=self._run, name="dpo-desk-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5 * POLL_S + 10)

    def _connect(self) -> Any:
        import psycopg

        arguments = {**connect_arguments(self._url, self._tls), **KEEPALIVES}
        if self._password is not None:
            arguments["password"] = self._password
        from psycopg.conninfo import make_conninfo

        url = self._url.set(drivername="postgresql").render_as_string(hide_password=False)
        try:
            with explained(self._url):
                conn = psycopg.connect(make_conninfo(url, **arguments), autocommit=True)
        except psycopg.Error as exc:  # whatever explained() does not name: the server is not usable yet
            raise self._unreachable(exc) from None
        try:
            conn.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg.Error as exc:
            conn.close()
            raise self._unreachable(exc) from None
        return conn

    def _unreachable(self, exc: Exception) -> ServerUnreachable:
        text = str(exc).strip()
        return ServerUnreachable(
            QT_TRANSLATE_NOOP(
                "Services",
                "The team server {server} could not be reached, or refused the login ({why}). Nothing was changed.",
            ),
            server=shown(self._url),
            why=text.splitlines()[0] if text else type(exc).__name__,
        )

    def _run(self) -> None:
        try:
            self._watch()
        except RuntimeError:  # whoever listened is gone (a window deleted meanwhile): nothing to tell
            self._stop.set()

    def _watch(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except ServerError as exc:
                if not lost:
                    lost = True
                    self._on_state(exc)
                self._stop.wait(RETRY_S)
                continue
            try:
                if lost:  # back: what changed meanwhile was not heard, so everything is read again
                    lost = False
                    self._on_state(None)
                    self._on_change({None})
                self.listening.set()
                self._listen(conn)
            except ServerError as exc:
                lost = True
                self._on_state(exc)
            finally:
                self.listening.clear()
                conn.close()

    def _listen(self, conn: Any) -> None:
        import psycopg

        try:
            while not self._stop.is_set():
                changed: set[int | None] = set()
                for notice in conn.notifies(timeout=POLL_S):
                    if not self._own(notice.pid):
                        changed.add(int(notice.payload) if notice.payload else None)
                if changed:
                    self._on_change(changed)
        except psycopg.Error as exc:  # the server shut down, restarted, or the network went
            raise self._unreachable(exc) from None
