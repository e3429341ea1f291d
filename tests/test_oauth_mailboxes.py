"""OAuth2 mailboxes, for real: the authorization-code flow with PKCE through a loopback redirect, then
XOAUTH2 over IMAP and over SMTP to Dovecot, whose oauth2 passdb checks each token against the
tests' own provider (tests/oauth_server.py); the answer is relayed to an aiosmtpd server and read back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpo_desk.domain.delivery import Purpose
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.mailboxes import (
    Auth,
    MailboxSettings,
    Security,
    add_mailbox,
    authorise_mailbox,
    fetch_new,
    list_mailboxes,
    oauth_key,
    remove_mailbox,
    triage_list,
)
from dpo_desk.services.sending import send_answer
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile

from .conftest import TEST_MORNING, TODAY
from .imap_server import USER, ImapServer, running_dovecot
from .oauth_server import CLIENT_ID, Provider, running_provider
from .smtp_server import SmtpServers, running_smtp
from .test_mailboxes import _message, _put
from .test_sending import acknowledgement, email_request

pytestmark = pytest.mark.skipif(
    not Path("/usr/lib/dovecot/submission").exists() and shutil.which("dovecot") is None,
    reason="Dovecot (dovecot-imapd, dovecot-submissiond) is not installed (.ci/run installs them)",
)


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with running_provider(USER) as running:
        yield running


@pytest.fixture(scope="module")
def relay() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


@pytest.fixture(scope="module")
def dovecot(provider: Provider, relay: SmtpServers) -> Iterator[ImapServer]:
    userinfo = f"{provider.base}/userinfo"
    with running_dovecot(userinfo_url=userinfo, relay_port=relay.relay_port, clock=TEST_MORNING) as server:
        yield server


def _oauth_mailbox(case: CaseFile, dovecot: ImapServer, provider: Provider, name: str = "m365") -> str:
    settings = MailboxSettings(
        name=name,
        host=dovecot.host,
        username=USER,
        port=dovecot.starttls_port,
        security=Security.STARTTLS,
        folder="INBOX",
        organisation_code="IMV",
        ca_file=str(dovecot.ca_file),
        smtp_host=dovecot.host,
        smtp_port=dovecot.submission_port,
        smtp_security=Security.STARTTLS,
        from_address=USER,
        auth=Auth.OAUTH2,
        oauth_provider="custom",
        oauth_client_id=CLIENT_ID,
        oauth_authorize_url=f"{provider.base}/authorize",
        oauth_token_url=f"{provider.base}/token",
        oauth_scopes="offline_access mail",
    )
    with case.unit_of_work() as session:
        add_mailbox(session, settings, user="dpo")
    return name


def test_sign_in_then_fetch_and_send_over_xoauth2(
    case: CaseFile, case_path: Path, dovecot: ImapServer, provider: Provider, relay: SmtpServers
) -> None:
    name = _oauth_mailbox(case, dovecot, provider)
    with pytest.raises(ActionRefused, match="not authorised yet"):
        fetch_new(case, name, user="dpo")
    with case.reader(orm=True) as reading:
        assert not list_mailboxes(reading.orm)[0].authorised
    opened: list[str] = []

    def browser(url: str) -> None:
        opened.append(url)
        provider.browser(url)

    authorise_mailbox(case, name, browser, user="dpo")
    assert "code_challenge_method=S256" in opened[0] and provider.grants[-1] == "authorization_code"
    token = json.loads(keystore.recall_secret(oauth_key(MailboxSettings(name, "", USER, oauth_provider="custom"))))
    assert token["refresh_token"] in provider.refresh
    with case._raw() as raw:  # the tokens are in the keyring, never in the case file
        stored = repr(raw.execute("SELECT * FROM mailbox").fetchall() + raw.execute("SELECT * FROM event").fetchall())
    assert token["refresh_token"] not in stored and token["access_token"] not in stored

    _put(dovecot, "INBOX", _message(71))
    before = provider.introspections
    assert fetch_new(case, name, user="dpo").fetched == 1  # IMAP AUTHENTICATE XOAUTH2, checked by Dovecot
    assert provider.introspections > before
    with case.reader(orm=True) as reading:
        assert [i.subject for i in triage_list(reading.orm)] == ["Demande RGPD n° 71"]

    reference = email_request(case)
    letter_id = acknowledgement(case, reference)
    relay.handler.messages.clear()
    sent = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
    (received,) = relay.messages  # SMTP AUTH XOAUTH2 to Dovecot's submission service, relayed
    assert received.message["Message-ID"] == sent.message_id and received.recipients == ["zoe.loewy@example.fr"]
    assert "xoauth2" in dovecot.log().lower() or provider.introspections > before + 1

    provider.revoke_access()  # the access token is refused: renewed without asking, and it goes on
    grants = len(provider.grants)
    _put(dovecot, "INBOX", _message(72))
    assert fetch_new(case, name, user="dpo").fetched == 1
    assert provider.grants[grants:] == ["refresh_token"]

    provider.revoke_all()  # the authorisation itself was withdrawn: said in words
    with pytest.raises(ActionRefused, match="re-authorise"):
        fetch_new(case, name, user="dpo")
    with pytest.raises(ActionRefused, match="re-authorise"):
        send_answer(
            case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=acknowledgement(case, reference)
        )

    authorise_mailbox(case, name, provider.browser, user="dpo")  # re-authorising brings it back
    _put(dovecot, "INBOX", _message(73))
    assert fetch_new(case, name, user="dpo").fetched == 1

    with case.unit_of_work() as session:
        for item in triage_list(session):
            from dpo_desk.services.mailboxes import set_aside

            set_aside(session, item.id, "test", user="dpo")
        remove_mailbox(session, name, user="dpo")
    assert keystore.recall_secret(oauth_key(MailboxSettings(name, "", USER, oauth_provider="custom"))) is None


def test_a_refused_sign_in_is_said_in_words(case: CaseFile, dovecot: ImapServer, provider: Provider) -> None:
    name = _oauth_mailbox(case, dovecot, provider, name="refused")
    provider.deny = True
    try:
        with pytest.raises(ActionRefused, match="The sign-in was refused \\(access_denied: The user declined\\)"):
            authorise_mailbox(case, name, provider.browser, user="dpo")
    finally:
        provider.deny = False
    with pytest.raises(ActionRefused, match="did not come back within 1 minutes"):
        authorise_mailbox(case, name, lambda url: None, user="dpo", timeout=0.5)
