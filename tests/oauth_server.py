"""A small OAuth2 provider on loopback for the tests: authorization code with PKCE, refresh, userinfo.

It plays the part of Microsoft's or Google's endpoints: /authorize answers at once with a redirect
to the app's loopback address (the person "signs in"), /token exchanges the code (checking the
PKCE verifier against the S256 challenge) or a refresh token, and /userinfo tells Dovecot's
oauth2 passdb whose token it is (introspection_mode = auth). Tokens can be revoked to try renewal.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import http.server
import json
import secrets
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "dpo-desk-tests"


@dataclass
class Provider:
    user: str
    port: int = 0
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (challenge, redirect_uri)
    access: set[str] = field(default_factory=set)
    refresh: set[str] = field(default_factory=set)
    grants: list[str] = field(default_factory=list)  # grant types asked, in order
    introspections: int = 0
    deny: bool = False

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def revoke_access(self) -> None:
        self.access.clear()

    def revoke_all(self) -> None:
        self.access.clear()
        self.refresh.clear()

    def browser(self, url: str) -> None:
        """What the system browser does: open the sign-in page, follow the redirect to the app."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(url, timeout=10)
        except urllib.error.HTTPError as exc:  # the 302, not followed
            location = exc.headers["Location"]
        with urllib.request.urlopen(location, timeout=10) as answer:
            assert answer.status == 200


def _tokens(provider: Provider) -> dict[str, object]:
    access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    provider.access.add(access)
    provider.refresh.add(refresh)
    return {"access_token": access, "token_type": "Bearer", "expires_in": 3600, "refresh_token": refresh}


def _handler(provider: Provider) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def _json(self, status: int, body: dict[str, object]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            if url.path == "/authorize":
                redirect = query["redirect_uri"]
                assert urlsplit(redirect).hostname in ("127.0.0.1", "localhost")  # loopback only
                assert query["client_id"] == CLIENT_ID and query["response_type"] == "code"
                assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) >= 43
                if provider.deny:
                    answer = {
                        "error": "access_denied",
                        "error_description": "The user declined",
                        "state": query["state"],
                    }
                else:
                    code = secrets.token_urlsafe(16)
                    provider.codes[code] = (query["code_challenge"], redirect)
                    answer = {"code": code, "state": query["state"]}
                self.send_response(302)
                self.send_header("Location", f"{redirect}?{urlencode(answer)}")
                self.end_headers()
                return
            if url.path == "/userinfo":
                provider.introspections += 1
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                if token in provider.access:
                    self._json(200, {"email": provider.user, "active": "true"})
                else:
                    self._json(401, {"error": "invalid_token"})
                return
            self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
            grant = form.get("grant_type", "")
            provider.grants.append(grant)
            if grant == "authorization_code":
                challenge, redirect = provider.codes.pop(form.get("code", ""), ("", ""))
                verifier = form.get("code_verifier", "")
                computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
                if not challenge or computed != challenge or form.get("redirect_uri") != redirect:
                    self._json(400, {"error": "invalid_grant", "error_description": "PKCE or code mismatch"})
                    return
                self._json(200, _tokens(provider))
            elif grant == "refresh_token":
                if form.get("refresh_token") not in provider.refresh:
                    self._json(400, {"error": "invalid_grant", "error_description": "The refresh token was revoked"})
                    return
                provider.refresh.discard(form["refresh_token"])  # rotated, as Microsoft does
                self._json(200, _tokens(provider))
            else:
                self._json(400, {"error": "unsupported_grant_type"})

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextlib.contextmanager
def running_provider(user: str) -> Iterator[Provider]:
    provider = Provider(user)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    provider.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    try:
        yield provider
    finally:
        server.shutdown()
        server.server_close()
