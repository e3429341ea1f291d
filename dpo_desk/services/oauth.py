"""OAuth2 mailboxes (Microsoft 365, Gmail): the authorization-code flow with PKCE, and tokens.

The flow and the tokens are Authlib's (create_authorization_url with an S256 code challenge,
fetch_token checking the state, refresh_token): nothing of OAuth2 is written here. What is ours:
the loopback redirect (RFC 8252 §7.3: a one-shot HTTP listener on 127.0.0.1 that the system
browser is sent back to), where the tokens are kept (the system keyring, never the case file),
and the SASL strings that carry an access token to IMAP and SMTP (XOAUTH2, OAUTHBEARER RFC 7628).

The refresh token stays in the keyring; an access token is renewed without asking when it is about
to expire, or when the server refuses it.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from ..storage import keystore
from ..storage.errors import KeyringUnavailable
from .errors import QT_TRANSLATE_NOOP, ActionRefused, Cancelled

AUTHORISE_SECONDS = 300  # how long the browser has to come back
HTTP_SECONDS = 30


@dataclass(frozen=True, slots=True)
class Provider:
    name: str
    authorize_url: str
    token_url: str
    scopes: str
    imap_host: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    redirect_host: str = "127.0.0.1"
    extra: tuple[tuple[str, str], ...] = ()


MICROSOFT = Provider(
    "microsoft",
    "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
    "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
    "offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send",
    "outlook.office365.com",
    "smtp.office365.com",
    587,
    "starttls",
    redirect_host="localhost",  # what the Azure portal accepts for "Mobile and desktop applications"
)
GOOGLE = Provider(
    "google",
    "https://accounts.google.com/o/oauth2/v2/auth",
    "https://oauth2.googleapis.com/token",
    "https://mail.google.com/",
    "imap.gmail.com",
    "smtp.gmail.com",
    465,
    "tls",
    # A refresh token is given only with offline access; consent is asked so that it is given again.
    extra=(("access_type", "offline"), ("prompt", "consent")),
)
PROVIDERS = {p.name: p for p in (MICROSOFT, GOOGLE)}


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """What a mailbox needs to sign in with OAuth2 (from the case file; secrets from the keyring)."""

    key: str  # the keyring entry of its tokens, e.g. "oauth:dpo@imv.example@outlook.office365.com"
    provider: str  # microsoft, google, custom
    client_id: str
    username: str
    tenant: str = ""
    authorize_url: str = ""
    token_url: str = ""
    scopes: str = ""

    def endpoints(self) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
        """(authorize URL, token URL, scopes, extra parameters)."""
        known = PROVIDERS.get(self.provider)
        if known is None:
            if not (self.authorize_url and self.token_url):
                raise ActionRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "A custom OAuth2 provider needs its authorization and token addresses.",
                    )
                )
            return self.authorize_url, self.token_url, self.scopes, ()
        tenant = self.tenant or "organizations"
        return (
            self.authorize_url or known.authorize_url.format(tenant=tenant),
            self.token_url or known.token_url.format(tenant=tenant),
            self.scopes or known.scopes,
            known.extra,
        )

    @property
    def redirect_host(self) -> str:
        known = PROVIDERS.get(self.provider)
        return known.redirect_host if known else "127.0.0.1"


def _session(client: OAuthClient, **kwargs):  # type: ignore[no-untyped-def]
    from authlib.integrations.requests_client import OAuth2Session

    secret = keystore.recall_secret(client_secret_name(client.key)) or None
    return OAuth2Session(
        client.client_id,
        secret,
        token_endpoint_auth_method="client_secret_post" if secret else "none",
        code_challenge_method="S256",
        default_timeout=HTTP_SECONDS,
        **kwargs,
    )


def client_secret_name(key: str) -> str:
    return f"{key}:client-secret"


# The loopback redirect ------------------------------------------------------------------------

PAGE = {
    True: (
        "<!doctype html><meta charset=utf-8><title>DPO Desk</title><p>DPO Desk a reçu l’autorisation : "
        "vous pouvez fermer cette fenêtre.<p>DPO Desk got the authorisation: you may close this window."
    ),
    False: (
        "<!doctype html><meta charset=utf-8><title>DPO Desk</title><p>L’autorisation n’a pas été donnée : "
        "revenez à DPO Desk.<p>The authorisation was not given: go back to DPO Desk."
    ),
}


class _Redirect(http.server.BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        if "code" not in query and "error" not in query:  # a favicon, a probe: not the redirect
            self.send_response(404)
            self.end_headers()
            return
        ok = "code" in query
        body = PAGE[ok].encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.arrived(f"http://{self.headers.get('Host', '127.0.0.1')}{self.path}")

    def log_message(self, format: str, *args: object) -> None:  # the query holds the code: never logged
        pass


class _LoopbackServer(http.server.HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Redirect)
        self.url: str | None = None
        self.done = threading.Event()

    def arrived(self, url: str) -> None:
        self.url = url
        self.done.set()


def authorise(
    client: OAuthClient,
    open_browser: Callable[[str], object],
    *,
    timeout: float = AUTHORISE_SECONDS,
    cancelled: Callable[[], bool] = lambda: False,
) -> None:
    """Send the person to the provider's sign-in page, wait for the browser to come back, and keep
    the tokens in the keyring. Raises ActionRefused in words, or Cancelled."""
    from authlib.common.security import generate_token

    authorize_url, token_url, scopes, extra = client.endpoints()
    server = _LoopbackServer()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        redirect_uri = f"http://{client.redirect_host}:{server.server_address[1]}/"
        session = _session(client, scope=scopes, redirect_uri=redirect_uri)
        verifier = generate_token(64)
        url, _state = session.create_authorization_url(
            authorize_url, code_verifier=verifier, login_hint=client.username, **dict(extra)
        )
        open_browser(url)
        deadline = time.monotonic() + timeout
        while not server.done.wait(0.2):
            if cancelled():
                raise Cancelled()
            if time.monotonic() > deadline:
                raise ActionRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The browser did not come back within {minutes} minutes: nothing was authorised. Try again.",
                    ),
                    minutes=int(timeout // 60) or 1,
                )
        assert server.url is not None
        answer = parse_qs(urlsplit(server.url).query)
        if "error" in answer:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The sign-in was refused ({error}: {description}); nothing was authorised.",
                ),
                error=answer["error"][0],
                description=answer.get("error_description", [""])[0] or "no reason given",
            )
        token = _call(lambda: session.fetch_token(token_url, authorization_response=server.url, code_verifier=verifier))
    finally:
        server.shutdown()
        server.server_close()
    if not token.get("refresh_token"):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The provider gave no refresh token, so DPO Desk would have to ask you again within the hour. "
                "Check that the scopes allow offline access.",
            )
        )
    _keep(client.key, dict(token))


def _call(action):  # type: ignore[no-untyped-def]
    """An Authlib call, its failures said in words."""
    import requests
    from authlib.common.errors import AuthlibBaseError

    try:
        return action()
    except AuthlibBaseError as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The OAuth2 provider refused: {error} ({description})."),
            error=getattr(exc, "error", "") or type(exc).__name__,
            description=getattr(exc, "description", "") or "no reason given",
        ) from None
    except requests.RequestException as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The OAuth2 provider could not be reached: {why}."),
            why=type(exc).__name__,
        ) from None


def _keep(key: str, token: dict[str, object]) -> None:
    try:
        keystore.remember_secret(key, json.dumps(token))
    except KeyringUnavailable as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The sign-in worked, but its token could not be kept in the system keyring: {exc}",
            ),
            exc=exc,
        ) from None


def is_authorised(key: str) -> bool:
    return _stored(key) is not None


def _stored(key: str) -> dict[str, object] | None:
    text = keystore.recall_secret(key)
    if not text:
        return None
    with contextlib.suppress(ValueError):
        token = json.loads(text)
        if isinstance(token, dict) and token.get("refresh_token"):
            return token
    return None


def forget(key: str) -> None:
    keystore.forget_secret(key)
    keystore.forget_secret(client_secret_name(key))


def access_token(client: OAuthClient, *, renew: bool = False) -> str:
    """A valid access token: the one kept, or a new one from the refresh token (without asking).

    `renew` forces a new one (the server refused the one kept)."""
    from authlib.oauth2.rfc6749 import OAuth2Token

    stored = _stored(client.key)
    if stored is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The mailbox {username} is not authorised yet (or its authorisation was removed): "
                "re-authorise it in File → Mailboxes, or with dpo-desk mailbox authorise.",
            ),
            username=client.username,
        )
    token = OAuth2Token(stored)
    if not renew and token.get("access_token") and not token.is_expired(leeway=60):
        return str(token["access_token"])
    _, token_url, _, _ = client.endpoints()
    session = _session(client, token=stored)
    try:
        fresh = _call(lambda: session.refresh_token(token_url, refresh_token=stored["refresh_token"]))
    except ActionRefused as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The authorisation of {username} could not be renewed ({why}): re-authorise the mailbox.",
            ),
            username=client.username,
            why=exc,
        ) from None
    renewed = dict(fresh)
    renewed.setdefault("refresh_token", stored["refresh_token"])  # providers may keep the same one
    _keep(client.key, renewed)
    return str(renewed["access_token"])


# SASL -----------------------------------------------------------------------------------------


def xoauth2(username: str, token: str) -> bytes:
    """The XOAUTH2 initial response (Google's and Microsoft's mechanism)."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01".encode()


def oauthbearer(username: str, token: str) -> bytes:
    """The OAUTHBEARER initial response (RFC 7628 §3.1), the GS2 header naming the user."""
    escaped = username.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={escaped},\x01auth=Bearer {token}\x01\x01".encode()


def sasl_responder(initial: bytes) -> Callable[[bytes], bytes]:
    """For imaplib/smtplib: the initial response first; then an empty line, which ends the exchange
    when the server answers with its error (RFC 7628 §3.2.3)."""
    calls = {"n": 0}

    def respond(challenge: bytes | None = None) -> bytes:
        calls["n"] += 1
        return initial if calls["n"] == 1 else b""

    return respond
