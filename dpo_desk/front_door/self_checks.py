"""What the installed program's self-test checks beyond the use cases: the schema shipped, the
email reader, the encryption of answers sent by email."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..services.email_worker import EmailDraft


def schema_matches_release() -> bool:
    """The schema migrations shipped end at this release's head."""
    from ..storage import migrate

    return bool(migrate.head_revision() == migrate.RELEASE_HEAD)


def read_email(raw: bytes) -> EmailDraft:
    """A message read as the mail import reads it (in the limited worker process)."""
    from ..services.email_worker import parse_email

    return parse_email(raw)


def new_password() -> str:
    from ..services.encryption import new_password as make

    return make()


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The PDF encrypted with AES-256, as an answer sent by email is."""
    from ..services.encryption import encrypt_pdf as encrypt

    return encrypt(pdf, password)


def encrypt_zip(files: list[tuple[str, bytes]], password: str) -> bytes:
    """The files in an AES-256 ZIP, as a bundle sent by email is."""
    from ..services.encryption import encrypt_zip as encrypt

    return encrypt(files, password)
