"""Email intake: real messages, broken ones, HTML that must load nothing, and the intake form."""

from __future__ import annotations

import http.server
import threading
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.domain.right_keywords import suggest_rights
from dpo_desk.domain.rights import Right
from dpo_desk.services.email_intake import EmailRefused, html_to_text, read_email

from .corpora import apply, corpus_path, needs_corpus

CORPUS = corpus_path("email-mikel-mail")  # shared/corpora beside the checkout (tests/corpora.py)
CORPUS_MARKS = needs_corpus("email-mikel-mail")
# What `--json` must give for each message (issue: email intake).
JSON_FIELDS = {
    "from",
    "from_name",
    "to",
    "subject",
    "date",
    "message_id",
    "body_text",
    "attachments",
    "suggested_rights",
    "warnings",
}
MESSAGES = sorted(CORPUS.rglob("*.eml")) or [CORPUS / "MISSING-CORPUS.eml"]


@apply(*CORPUS_MARKS)
@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_message_is_read_without_a_crash(path: Path) -> None:
    assert path.exists(), f"the email corpus is missing at {CORPUS}"
    draft = read_email(path.read_bytes())
    assert draft.raw == path.read_bytes()
    assert isinstance(draft.body_text, str) and all(isinstance(w, str) for w in draft.warnings)


@apply(*CORPUS_MARKS)
def test_corpus_is_all_there() -> None:
    assert len(MESSAGES) >= 100


@apply(*CORPUS_MARKS)
@pytest.mark.parametrize(
    ("name", "sender", "display", "subject", "sent", "received"),
    [
        (
            "plain_emails/basic_email.eml",
            "test@lindsaar.net",
            "Mikel Lindsaar",
            "Testing 123",
            "2008-11-22T15:04:59+11:00",
            date(2008, 11, 22),
        ),
        (
            "rfc2822/example01.eml",
            "jdoe@machine.example",
            "John Doe",
            "Saying Hello",
            "1997-11-21T09:55:06-06:00",
            date(1997, 11, 21),
        ),
        ("plain_emails/raw_email_simple.eml", "mikel@nowhere.com", "Mikel Lindsaar", "Testing outlook", None, None),
    ],
)
def test_well_formed_messages_give_sender_subject_and_date(
    name: str, sender: str, display: str, subject: str, sent: str | None, received: date | None
) -> None:
    draft = read_email((CORPUS / name).read_bytes())
    assert (draft.from_address, draft.from_name, draft.subject) == (sender, display, subject)
    if sent is not None:
        assert draft.date is not None and draft.date.isoformat() == sent
        assert draft.received_on == received
    assert draft.warnings == []


def test_top_received_header_is_the_delivery_date() -> None:
    raw = (
        b"Received: from mx.example by dpo.example; Mon, 31 Mar 2025 23:30:00 +0000\r\n"
        b"Received: from sender.example by mx.example; Mon, 31 Mar 2025 22:00:00 +0000\r\n"
        b"From: Jeanne <jeanne@example.fr>\r\nDate: Mon, 31 Mar 2025 21:59:00 +0000\r\nSubject: x\r\n\r\nbody\r\n"
    )
    # 23:30 UTC on 31 March is 01:30 on 1 April in Paris: the request was received on 1 April.
    assert read_email(raw).received_on == date(2025, 4, 1)


def test_french_headers_and_attachments() -> None:
    raw = (
        b"From: =?iso-8859-1?Q?=C9lo=EFse_Lef=E8vre?= <Eloise@Example.fr>\r\n"
        b"To: dpo@imv-technologies.com\r\n"
        b"Subject: =?utf-8?B?RGVtYW5kZSBk4oCZYWNjw6hzIMKrIFJHUEQgwrs=?=\r\n"
        b"Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <abc@example.fr>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        b"Je souhaite une copie de mes donn=E9es et que vous supprimiez mon compte.\r\n"
        b"--b\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename*=utf-8''pi%C3%A8ce%20d%27identit%C3%A9.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n"
    )
    draft = read_email(raw)
    assert (draft.from_name, draft.from_address) == ("Éloïse Lefèvre", "eloise@example.fr")
    assert draft.subject == "Demande d’accès « RGPD »"
    assert draft.to == ["dpo@imv-technologies.com"] and draft.message_id == "<abc@example.fr>"
    assert draft.body_text.startswith("Je souhaite une copie de mes données")
    assert [(a.filename, a.data) for a in draft.attachments] == [("pièce d'identité.pdf", b"%PDF-1.4\n")]
    assert draft.suggested_rights == [Right.ACCESS, Right.ERASURE]
    json = draft.as_json()
    assert set(json) >= JSON_FIELDS
    assert json["attachments"][0]["sha256"] == draft.attachments[0].sha256


@pytest.mark.parametrize(
    ("text", "rights"),
    [
        ("Je souhaite exercer mon droit d’accès et obtenir une copie de mes données.", [Right.ACCESS]),
        ("Merci de supprimer toutes mes informations", [Right.ERASURE]),
        ("Je veux me désinscrire de la newsletter", [Right.OBJECTION]),
        ("Please unsubscribe me and delete my account", [Right.ERASURE, Right.OBJECTION]),
        ("Mon adresse est erronée, merci de rectifier", [Right.RECTIFICATION]),
        ("Could you rectify my postal address?", [Right.RECTIFICATION]),
        ("Voici ma nouvelle adresse depuis mon déménagement", [Right.RECTIFICATION]),
        ("Je demande la portabilité de mes données", [Right.PORTABILITY]),
        ("Je retire mon consentement", [Right.CONSENT_WITHDRAWAL]),
        ("Suite au décès de mon père", [Right.POST_MORTEM]),
        ("What is the weather like?", []),
        ("I deleted nothing; the undeleted file", [Right.ERASURE]),  # prefix match, word start only
    ],
)
def test_rights_suggested_from_french_and_english_wording(text: str, rights: list[Right]) -> None:
    assert suggest_rights(text) == rights


class _Counter(http.server.BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self) -> None:
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_html_body_becomes_text_and_loads_nothing() -> None:
    server = http.server.HTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        markup = (
            f'<html><head><style>p{{color:red}}</style><script>fetch("http://127.0.0.1:{port}/js")</script></head>'
            f"<body><p>Bonjour,</p><p>Je demande l&#8217;acc&egrave;s &agrave; mes donn&eacute;es.</p>"
            f'<img src="http://127.0.0.1:{port}/pixel.png"><a href="file:///etc/passwd">lien</a>'
            f'<div style="background:url(http://127.0.0.1:{port}/bg)">Merci</div></body></html>'
        )
        raw = (
            "From: a@example.fr\r\nSubject: acces\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/html; charset=utf-8\r\n\r\n" + markup
        ).encode()
        draft = read_email(raw)
    finally:
        server.shutdown()
        server.server_close()
    assert draft.body_text == "Bonjour,\n\nJe demande l’accès à mes données.\nlien\nMerci"
    assert "fetch" not in draft.body_text and "color" not in draft.body_text
    assert _Counter.hits == 0


def test_html_to_text_survives_garbage() -> None:
    assert html_to_text("<p>a<b>b</p></div></div><<<>>>").startswith("a")


def test_empty_and_huge_messages_are_refused_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EmailRefused, match="empty"):
        read_email(b"  \r\n ")
    from dpo_desk.services import email_intake

    monkeypatch.setattr(email_intake, "MAX_MESSAGE_BYTES", 100)
    with pytest.raises(EmailRefused, match="MB"):
        read_email(b"From: a@b.c\r\n\r\n" + b"x" * 200)


SAMPLES = [p.read_bytes() for p in MESSAGES if p.exists()][:40]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_broken_mime_never_crashes(data: st.DataObject) -> None:
    if SAMPLES and data.draw(st.booleans()):
        base = bytearray(data.draw(st.sampled_from(SAMPLES)))
        for _ in range(data.draw(st.integers(1, 20))):
            position = data.draw(st.integers(0, max(0, len(base) - 1)))
            choice = data.draw(st.integers(0, 2))
            if choice == 0 and base:
                del base[position : position + data.draw(st.integers(1, 40))]
            elif choice == 1:
                base[position:position] = data.draw(st.binary(min_size=1, max_size=20))
            elif base:
                base[position] = data.draw(st.integers(0, 255))
        raw = bytes(base)
    else:
        raw = data.draw(st.binary(max_size=2000))
    try:
        draft = read_email(raw)
    except EmailRefused:
        return
    assert isinstance(draft.subject, str) and isinstance(draft.body_text, str)
    draft.as_json()


def test_raw_8bit_headers_are_decoded_not_left_as_surrogates() -> None:
    utf8 = "From: Jeanne Lefèvre <j@example.fr>\r\nSubject: Données\r\n\r\nbody".encode()
    latin1 = "From: Éloïse <e@example.fr>\r\nSubject: Accès\r\n\r\nbody".encode("latin-1")
    assert (read_email(utf8).from_name, read_email(utf8).subject) == ("Jeanne Lefèvre", "Données")
    assert (read_email(latin1).from_name, read_email(latin1).subject) == ("Éloïse", "Accès")
    for draft in (read_email(utf8), read_email(latin1)):
        "".join(str(v) for v in draft.as_json().values()).encode("utf-8")  # no surrogate left anywhere


def test_an_undeclared_8bit_body_is_read_as_utf8_or_latin1() -> None:
    head = b"From: a@example.fr\r\nSubject: x\r\n\r\n"
    assert read_email(head + "Copie de mes données".encode()).body_text == "Copie de mes données"
    assert read_email(head + "Copie de mes données".encode("latin-1")).body_text == "Copie de mes données"
    assert read_email(head + "Copie de mes données".encode()).suggested_rights == [Right.ACCESS]
