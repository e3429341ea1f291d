"""An answer by email to a request made for someone else goes to whoever made it (a real SMTP
server on loopback), and the letter it carries says on whose behalf."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from dpo_desk.domain.delivery import Purpose
from dpo_desk.services import proxies
from dpo_desk.services.cases import load_request
from dpo_desk.services.sending import send_answer
from dpo_desk.services.views import ProxyInput
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .smtp_server import SmtpServers
from .test_sending import _fresh_inbox, acknowledgement, email_request, sending_mailbox, smtp  # noqa: F401


def test_the_representative_gets_the_answer(case: CaseFile, smtp: SmtpServers) -> None:  # noqa: F811
    sending_mailbox(case, smtp)
    reference = email_request(case, email="paul.durand@example.fr")
    with case.unit_of_work() as session:
        proxies.record_proxy(
            session,
            load_request(session, reference),
            ProxyInput("representative", "Maître Anne Lenoir", civility="madame", email="a.lenoir@avocats.example"),
            user="dpo",
        )
    letter_id = acknowledgement(case, reference)
    send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
    (received,) = smtp.messages
    assert received.recipients == ["a.lenoir@avocats.example"]
    assert "Anne Lenoir" in str(received.message["To"])
    (pdf,) = list(received.message.iter_attachments())
    text = " ".join(PdfReader(BytesIO(pdf.get_content())).pages[0].extract_text().split())
    assert "Madame Maître Anne Lenoir" in text and "a.lenoir@avocats.example" in text
    assert "Pour le compte de : Zoé Lœwy, vous agissant en qualité de mandataire" in text
