"""How a mailbox signs in: its password in the system keyring, or an OAuth2 access token.

On its own so that sending (sending.py) and fetching and triage (mailboxes.py, which hands a
department's reply to relays.py, which sends through sending.py) do not import each other.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from ..storage import keystore
from .errors import QT_TRANSLATE_NOOP, ActionRefused

if TYPE_CHECKING:
    from .oauth import OAuthClient


class Auth(StrEnum):
    PASSWORD = "password"
    OAUTH2 = "oauth2"  # XOAUTH2 / OAUTHBEARER with a token from Microsoft, Google or another provider


class SignIn(Protocol):
    """What signing in reads of a mailbox: its row in the case file, or the settings being saved."""

    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...
    @property
    def username(self) -> str: ...
    @property
    def smtp_host(self) -> str: ...
    @property
    def smtp_port(self) -> int: ...
    @property
    def auth(self) -> str: ...
    @property
    def oauth_provider(self) -> str: ...
    @property
    def oauth_client_id(self) -> str: ...
    @property
    def oauth_tenant(self) -> str: ...
    @property
    def oauth_authorize_url(self) -> str: ...
    @property
    def oauth_token_url(self) -> str: ...
    @property
    def oauth_scopes(self) -> str: ...


def password_name(settings: SignIn) -> str:
    """The keyring entry of the mailbox's password (the IMAP server's, else the SMTP server's)."""
    if not settings.host:
        return f"{settings.username}@{settings.smtp_host}:{settings.smtp_port}"
    return f"{settings.username}@{settings.host}:{settings.port}"


def oauth_key(settings: SignIn) -> str:
    """The keyring entry of the mailbox's OAuth2 tokens."""
    return f"oauth:{settings.oauth_provider}:{settings.username}"


def oauth_client(mailbox: SignIn) -> OAuthClient:
    from .oauth import OAuthClient

    return OAuthClient(
        oauth_key(mailbox),
        mailbox.oauth_provider,
        mailbox.oauth_client_id,
        mailbox.username,
        mailbox.oauth_tenant,
        mailbox.oauth_authorize_url,
        mailbox.oauth_token_url,
        mailbox.oauth_scopes,
    )


def credential(mailbox: SignIn, fallback: str | None = None) -> str:
    """The password from the keyring (else `fallback`: the command line's DPO_DESK_MAILBOX_PASSWORD,
    on a computer without a keyring), or an OAuth2 access token (renewed without asking)."""
    if mailbox.auth == Auth.OAUTH2:
        from .oauth import access_token

        return access_token(oauth_client(mailbox))
    secret = keystore.recall_secret(password_name(mailbox)) or fallback
    if not secret:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "No password is known for {username} on {host}: give it once, it is kept in the system keyring "
                "(on a computer without one, the command line reads it from DPO_DESK_MAILBOX_PASSWORD).",
            ),
            username=mailbox.username,
            host=mailbox.host or mailbox.smtp_host,
        )
    return secret
