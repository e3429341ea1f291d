"""The mailboxes requests arrive in and answers leave from: their settings, what a fetch found,
the messages waiting to be triaged. (Loads the ORM: for the mailbox and triage dialogs.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..services.mailboxes import Auth, FetchReport, MailboxSettings, MailboxView, Security, TriageItem

if TYPE_CHECKING:
    from ..services.oauth import Provider

__all__ = ["Auth", "FetchReport", "MailboxSettings", "MailboxView", "Security", "TriageItem", "oauth_provider"]


def oauth_provider(name: str) -> Provider | None:
    """A known OAuth2 provider (its servers and ports), or None for one DPO Desk does not know."""
    from ..services.oauth import PROVIDERS  # the sign-in machinery loads only when asked

    return PROVIDERS.get(name)
