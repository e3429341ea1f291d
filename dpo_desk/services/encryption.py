"""Attachments that hold personal data, encrypted before they are emailed: AES-256 only.

A PDF is encrypted with the PDF 2.0 standard security handler, revision 6 (AES-256), by qpdf
through pikepdf; anything else goes in a ZIP whose entries are AES-256 (WinZip AE-2) by pyzipper.
Never RC4 or ZipCrypto, which are broken. The password comes from the operating system's CSPRNG.
"""

from __future__ import annotations

import io
import secrets
import zipfile

from .errors import QT_TRANSLATE_NOOP, ActionRefused

# No 0/O, 1/I/l: a password read out by telephone or copied from a letter is typed without doubt.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LENGTH = 5, 4  # 100 bits


def new_password() -> str:
    """e.g. 'K7QM-X2PD-9HRT-WC4N-B8ZE': 20 characters from 32, about 100 bits."""
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(GROUPS))


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The same PDF, opened only with `password` (AES-256, R6); printing and copying stay allowed."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf)) as document:
            out = io.BytesIO()
            document.save(
                out,
                encryption=pikepdf.Encryption(owner=new_password(), user=password, R=6, aes=True),
                fix_metadata_version=True,
            )
    except pikepdf.PdfError as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "The PDF could not be encrypted ({why}); nothing was sent."), why=exc
        ) from None
    return out.getvalue()


def encrypt_zip(files: list[tuple[str, bytes]], password: str) -> bytes:
    """A ZIP of `files` (name, content), each entry AES-256 encrypted (WinZip AE-2)."""
    import pyzipper

    out = io.BytesIO()
    with pyzipper.AESZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode())
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, content in files:
            archive.writestr(name, content)
    return out.getvalue()


def zip_members(data: bytes) -> list[tuple[str, bytes]]:
    """(name, content) of each file of a plain ZIP (the portability bundle), in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist() if not info.is_dir()]
