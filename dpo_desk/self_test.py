"""`dpo-desk --self-test`: proves an installation (a bundle above all) has every part it needs.

Offscreen, in a temporary folder that is removed afterwards: the shipped resources are found, a
case file is created (SQLCipher, Argon2id, Alembic migrations), a request is written and read
back, a letter PDF is rendered (ReportLab with the embedded fonts) and drawn by QtPdf, an email is
read in the limited worker process (multiprocessing in a frozen bundle), the letter is encrypted
(AES-256 PDF by pikepdf, AES-256 ZIP by pyzipper) and opened again in memory, an OAuth2 sign-in
address is made (Authlib, PKCE), and the workbench window is built. Each step prints one line;
the first failure ends the test with 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .paths import resources_dir

REQUIRED = (
    "letters/fr/acknowledgement.txt",
    "letters/en/acknowledgement.txt",
    "letters/fr/password_notice.txt",
    "emails/fr/letter.txt",
    "emails/en/access_report.txt",
    "fonts/DejaVuSans.ttf",
    "registers/imv.json",
    "icons/dpo-desk.svg",
)
PASSPHRASE = "self-test passphrase, not a secret"


def run_self_test(say: Callable[[str], None] = print) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, whatever the session has
    with tempfile.TemporaryDirectory(prefix="dpo-desk-self-test-") as scratch:
        state: dict[str, object] = {"folder": Path(scratch)}
        for name, step in STEPS:
            try:
                detail = step(state)
            except Exception as exc:  # a self-test reports, it never raises
                say(f"FAILED  {name}: {exc or type(exc).__name__}")
                _close(state)
                return 1
            say(f"ok      {name}{': ' + detail if detail else ''}")
        _close(state)
    say("Self-test passed.")
    return 0


def _resources(state: dict[str, object]) -> str:
    folder = resources_dir()
    missing = [item for item in REQUIRED if not (folder / item).is_file()]
    if missing:
        raise FileNotFoundError(f"missing from {folder}: {', '.join(missing)}")
    from .front_door.self_checks import schema_matches_release

    if not schema_matches_release():
        raise RuntimeError("the schema migrations shipped do not match this release")
    return str(folder)


def _case_file(state: dict[str, object]) -> str:
    from .front_door.case_files import create_case_file
    from .front_door.views import OrganisationInput
    from .front_door.workbench import Workbench

    path = Path(state["folder"]) / "self-test.dpodesk"  # type: ignore[arg-type]
    case = create_case_file(path, PASSPHRASE)
    state["case"] = case
    bench = state["bench"] = Workbench(case, "self-test")
    bench.add_organisation(
        OrganisationInput(code="TEST", legal_name="Self-test SARL", city="L'Aigle", dpo_email="dpo@test.example")
    )
    return "encrypted, schema up to date"


def _request(state: dict[str, object]) -> str:
    from .domain.channels import Channel
    from .domain.rights import Right
    from .front_door.views import NewRequest, PersonInput

    bench = state["bench"]
    outcome = bench.log_request(  # type: ignore[attr-defined]
        NewRequest(
            channel=Channel.POST,
            received_on=date.today(),
            person=PersonInput(first_name="Zoé", last_name="Lœwy", postal_address="1 rue de l'Église"),
            rights=(Right.ACCESS,),
        )
    )
    detail = bench.detail(outcome.reference)  # type: ignore[attr-defined]
    if detail.person_name != "Zoé Lœwy" or detail.rights != ["access"]:
        raise RuntimeError("the request read back differs from the one written")
    state["reference"] = outcome.reference
    return f"{outcome.reference}, due {detail.deadline_on.isoformat()}"


def _letter(state: dict[str, object]) -> str:
    from .domain.letters import LetterKind

    _, pdf = state["bench"].write_letter(str(state["reference"]), LetterKind.ACKNOWLEDGEMENT)  # type: ignore[attr-defined]
    if not pdf.startswith(b"%PDF-") or b"DejaVu" not in pdf:
        raise RuntimeError("the letter is not a PDF with the embedded fonts")
    state["pdf"] = pdf
    return f"{len(pdf):,} bytes"


def _qt(state: dict[str, object]) -> str:
    from .ui.self_check import check_window  # Qt stays inside dpo_desk/ui

    return check_window(state["case"], state["pdf"], state["folder"])  # type: ignore[arg-type]


def _email(state: dict[str, object]) -> str:
    from .front_door.self_checks import read_email

    draft = read_email(b"From: Jeanne <jeanne@example.fr>\r\nSubject: Acces\r\n\r\nUne copie de mes donnees.\r\n")
    if draft.from_address != "jeanne@example.fr":
        raise RuntimeError("the email worker read the message wrong")
    return "read in the limited worker process"


def _encryption(state: dict[str, object]) -> str:
    """What an answer sent by email needs: AES-256 made and opened again, all in memory."""
    import io

    import pikepdf
    import pyzipper

    from .front_door.self_checks import encrypt_pdf, encrypt_zip, new_password

    password = new_password()
    pdf = encrypt_pdf(state["pdf"], password)  # type: ignore[arg-type]
    try:
        pikepdf.open(io.BytesIO(pdf)).close()
        raise RuntimeError("the encrypted PDF opened without its password")
    except pikepdf.PasswordError:
        pass
    with pikepdf.open(io.BytesIO(pdf), password=password) as document:
        if not (document.is_encrypted and document.encryption.R == 6 and document.encryption.bits == 256):
            raise RuntimeError("the PDF is not encrypted with AES-256")
        if len(document.pages) < 1:
            raise RuntimeError("the encrypted PDF lost its pages")
    archive = encrypt_zip([("lettre.pdf", state["pdf"])], password)  # type: ignore[list-item]
    with pyzipper.AESZipFile(io.BytesIO(archive)) as opened:
        opened.setpassword(password.encode())
        if opened.read("lettre.pdf") != state["pdf"]:
            raise RuntimeError("the AES-256 ZIP does not give the file back")
    return "AES-256 PDF (pikepdf) and ZIP (pyzipper) made and opened"


def _oauth(state: dict[str, object]) -> str:
    """The OAuth2 library the mailboxes sign in with (no network: only the sign-in address is made)."""
    import smtplib  # noqa: F401  (sending: in the standard library, but a bundle may leave it out)

    from authlib.common.security import generate_token
    from authlib.integrations.requests_client import OAuth2Session

    session = OAuth2Session("self-test", redirect_uri="http://127.0.0.1:1/", code_challenge_method="S256")
    url, _state = session.create_authorization_url("https://login.example/authorize", code_verifier=generate_token(64))
    if "code_challenge_method=S256" not in url:
        raise RuntimeError("the sign-in address has no PKCE challenge")
    return "Authlib sign-in address with PKCE"


def _close(state: dict[str, object]) -> None:
    state.pop("bench", None)
    case = state.pop("case", None)
    if case is not None:
        case.close()  # type: ignore[attr-defined]


STEPS: tuple[tuple[str, Callable[[dict[str, object]], str]], ...] = (
    ("resources", _resources),
    ("case file", _case_file),
    ("request written and read", _request),
    ("letter PDF", _letter),
    ("email reader", _email),
    ("encrypted attachments", _encryption),
    ("OAuth2", _oauth),
    ("Qt window and PDF view", _qt),
)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_self_test())
