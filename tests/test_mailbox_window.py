"""File → Mailboxes…, clicked through: a sending-only mailbox added, edited and used, removed after the
question; a Gmail mailbox with its client secret (kept in the keyring, never in the case file) and a
Microsoft 365 one, each authorised again through Authorise… and the system browser, which the tests
play (the Microsoft one an IPv6-first browser) against their own OAuth2 provider on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.domain.delivery import Purpose
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services.mailboxes import oauth_key, password_name
from dpo_desk.services.oauth import client_secret_name
from dpo_desk.services.sending import send_answer
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .imap_server import PASSWORD, USER
from .oauth_server import CLIENT_ID, Provider, running_provider
from .smtp_server import SmtpServers, running_smtp
from .test_sending import acknowledgement, email_request

pytestmark = pytest.mark.gui

GMAIL_SECRET = "GOCSPX-window-typed-secret"


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with running_provider("dpo@imv.example") as running:
        yield running


class Browser(QObject):
    """The system browser, as QDesktopServices.openUrl reaches it: here, a test's sign-in in a thread."""

    def __init__(self, sign_in: Callable[[str], None]) -> None:
        super().__init__()
        self.sign_in = sign_in
        self.opened: list[str] = []
        self.errors: list[BaseException] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())

        def run() -> None:
            try:
                self.sign_in(url.toString())
            except BaseException as exc:  # shown by the test, not lost in the thread
                self.errors.append(exc)

        threading.Thread(target=run, daemon=True).start()


@pytest.fixture
def browser() -> Iterator[Callable[[Callable[[str], None]], Browser]]:
    made: list[Browser] = []

    def install(sign_in: Callable[[str], None]) -> Browser:
        handler = Browser(sign_in)
        made.append(handler)
        QDesktopServices.setUrlHandler("http", handler, "open")
        return handler

    yield install
    QDesktopServices.unsetUrlHandler("http")


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    qtbot.keyClicks(field, text)


def _open(qtbot, case: CaseFile):  # type: ignore[no-untyped-def]
    from dpo_desk.ui.mailbox_dialog import MailboxDialog
    from dpo_desk.ui.main_window import MainWindow

    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    action = window.findChild(QAction, "mailboxesAction")
    assert action is not None and action.isEnabled()
    action.trigger()
    return window, _modal(qtbot, MailboxDialog)


def _select(dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    dialog.existing.setCurrentRow(dialog._names.index(name))


def test_a_sending_only_mailbox_is_added_edited_used_and_removed(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    smtp.handler.messages.clear()
    _window, dialog = _open(qtbot, case)
    _type(qtbot, dialog.name, "envoi")
    _type(qtbot, dialog.username, USER)
    _type(qtbot, dialog.smtp_host, smtp.host)
    dialog.smtp_port.setValue(smtp.starttls_port)
    _type(qtbot, dialog.from_address, "rgpd@imv.example")
    _type(qtbot, dialog.ca_file, str(smtp.ca_file))
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("IMV"))
    _click(qtbot, dialog.add_button)
    assert "Type the mailbox password" in dialog.message.text()  # nothing added without it
    assert dialog.existing.count() == 0
    _type(qtbot, dialog.password, PASSWORD)
    _click(qtbot, dialog.add_button)
    assert dialog.message.text() == "Mailbox envoi added." and dialog.password.text() == ""
    assert "sends from rgpd@imv.example" in dialog.existing.item(0).text()
    settings = dialog.workbench.mailbox_settings("envoi")
    assert settings.host == "" and keystore.recall_secret(password_name(settings)) == PASSWORD
    dialog.grab().save(str(tmp_path / "mailboxes.png"))

    _select(dialog, "envoi")  # edit: the fields show its settings
    assert dialog.smtp_host.text() == smtp.host and dialog.from_address.text() == "rgpd@imv.example"
    _type(qtbot, dialog.from_address, "dpo@imv.example")
    _click(qtbot, dialog.save_button)
    assert dialog.message.text() == "Mailbox envoi saved."
    assert dialog.workbench.mailbox_settings("envoi").from_address == "dpo@imv.example"
    reference = email_request(case)
    sent = send_answer(
        case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=acknowledgement(case, reference)
    )
    (received,) = smtp.messages  # the edited mailbox sends, its password still found in the keyring
    assert received.mail_from == "dpo@imv.example" and received.message["Message-ID"] == sent.message_id

    _select(dialog, "envoi")
    _click(qtbot, dialog.remove_button)
    box = _modal(qtbot, QMessageBox)
    assert box.objectName() == "removeMailboxBox" and "Remove envoi?" in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=3000)
    assert dialog.existing.count() == 1  # kept
    _select(dialog, "envoi")
    _click(qtbot, dialog.remove_button)
    box = _modal(qtbot, QMessageBox)
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: dialog.existing.count() == 0, timeout=3000)
    assert dialog.message.text() == "Mailbox envoi removed." and dialog.workbench.mailboxes() == []
    assert keystore.recall_secret(password_name(settings)) is None  # forgotten on this computer


def _authorise_in_window(qtbot, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    _select(dialog, name)
    _click(qtbot, dialog.authorise_button)
    assert "Sign in in your browser" in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.message.text() == f"{name} is authorised.", timeout=20000)


def _point_at(dialog, name: str, provider: Provider) -> None:  # type: ignore[no-untyped-def]
    """The provider's real endpoints replaced by the tests' own (Google's and Microsoft's are not reachable)."""
    settings = dialog.workbench.mailbox_settings(name)
    dialog.workbench.edit_mailbox(
        name,
        replace(settings, oauth_authorize_url=f"{provider.base}/authorize", oauth_token_url=f"{provider.base}/token"),
    )


def test_a_gmail_mailbox_is_added_with_its_client_secret_and_authorised_from_the_window(
    qtbot, case: CaseFile, provider: Provider, browser, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _window, dialog = _open(qtbot, case)
    dialog.auth.setCurrentIndex(dialog.auth.findData("google"))
    assert not dialog.password.isEnabled() and dialog.client_secret.isEnabled() and not dialog.tenant.isEnabled()
    assert (dialog.host.text(), dialog.port.value()) == ("imap.gmail.com", 993)  # Gmail's servers, filled in
    assert (dialog.smtp_host.text(), dialog.smtp_port.value()) == ("smtp.gmail.com", 465)
    _type(qtbot, dialog.name, "gmail")
    _type(qtbot, dialog.username, "dpo@imv.example")
    _type(qtbot, dialog.client_id, CLIENT_ID)
    _click(qtbot, dialog.add_button)
    assert "Gmail needs the client secret" in dialog.message.text() and dialog.existing.count() == 0
    _type(qtbot, dialog.client_secret, GMAIL_SECRET)
    dialog.grab().save(str(tmp_path / "mailbox-gmail.png"))
    _click(qtbot, dialog.add_button)
    assert "Now click Authorise" in dialog.message.text() and dialog.client_secret.text() == ""
    assert "not authorised yet" in dialog.existing.item(0).text() and dialog.authorise_button.isEnabled()
    settings = dialog.workbench.mailbox_settings("gmail")
    assert keystore.recall_secret(client_secret_name(oauth_key(settings))) == GMAIL_SECRET
    with case._raw() as raw:  # the secret is in the keyring, never in the case file
        stored = repr([raw.execute(f"SELECT * FROM {t}").fetchall() for t in ("mailbox", "event")])
    assert GMAIL_SECRET not in stored

    _point_at(dialog, "gmail", provider)
    signed_in = browser(provider.browser)
    _authorise_in_window(qtbot, dialog, "gmail")
    assert signed_in.errors == [] and "code_challenge_method=S256" in signed_in.opened[0]
    assert provider.client_secrets[-1] == GMAIL_SECRET  # the token request carried the secret typed
    token = json.loads(keystore.recall_secret(oauth_key(settings)))
    assert token["refresh_token"] in provider.refresh and "not authorised yet" not in dialog.existing.item(0).text()

    _authorise_in_window(qtbot, dialog, "gmail")  # re-authorised: a new refresh token replaces the old
    assert json.loads(keystore.recall_secret(oauth_key(settings)))["refresh_token"] != token["refresh_token"]

    _select(dialog, "gmail")  # editing leaves the secret as it was unless a new one is typed
    _click(qtbot, dialog.save_button)
    assert keystore.recall_secret(client_secret_name(oauth_key(settings))) == GMAIL_SECRET


def test_a_microsoft_mailbox_is_authorised_through_an_ipv6_first_browser(
    qtbot, case: CaseFile, provider: Provider, browser
) -> None:  # type: ignore[no-untyped-def]
    _window, dialog = _open(qtbot, case)
    dialog.auth.setCurrentIndex(dialog.auth.findData("microsoft"))
    assert dialog.tenant.isEnabled()
    assert (dialog.smtp_host.text(), dialog.smtp_port.value()) == ("smtp.office365.com", 587)
    _type(qtbot, dialog.name, "m365")
    _type(qtbot, dialog.username, "dpo@imv.example")
    _type(qtbot, dialog.client_id, CLIENT_ID)
    _type(qtbot, dialog.tenant, "imv.example")
    _click(qtbot, dialog.add_button)
    _point_at(dialog, "m365", provider)
    signed_in = browser(provider.ipv6_first_browser)
    _authorise_in_window(qtbot, dialog, "m365")
    assert signed_in.errors == [] and provider.redirects[-1].startswith("http://localhost:")
    assert provider.client_secrets[-1] == ""  # a public client: no secret
    settings = dialog.workbench.mailbox_settings("m365")
    assert json.loads(keystore.recall_secret(oauth_key(settings)))["refresh_token"] in provider.refresh


def test_a_refused_sign_in_is_said_in_the_window(qtbot, case: CaseFile, provider: Provider, browser) -> None:  # type: ignore[no-untyped-def]
    _window, dialog = _open(qtbot, case)
    dialog.auth.setCurrentIndex(dialog.auth.findData("microsoft"))
    _type(qtbot, dialog.name, "refused")
    _type(qtbot, dialog.username, "dpo@imv.example")
    _type(qtbot, dialog.client_id, CLIENT_ID)
    _click(qtbot, dialog.add_button)
    _point_at(dialog, "refused", provider)
    browser(provider.browser)
    provider.deny = True
    try:
        _select(dialog, "refused")
        _click(qtbot, dialog.authorise_button)
        qtbot.waitUntil(lambda: "The sign-in was refused" in dialog.message.text(), timeout=20000)
    finally:
        provider.deny = False
    assert "not authorised yet" in dialog.existing.item(0).text()
