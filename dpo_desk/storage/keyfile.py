"""The key file beside a case file: the database key, wrapped by the passphrase.

The case file is encrypted by SQLCipher with a random 256-bit *raw* key: opening it costs well
under a millisecond, instead of ~200 ms of SQLCipher's PBKDF2 on every connection. That key is
kept in a small JSON file named ``<case file>-key`` (like SQLite's ``-wal``), wrapped with
AES-256-GCM under a key derived from the passphrase with Argon2id.

Why Argon2id (from ``cryptography``) rather than SQLCipher's PBKDF2: it is memory-hard, so a
stolen key file costs an attacker far more per guess on GPUs than PBKDF2-SHA512 at the same
unlock time, and wrapping lets the passphrase change without rewriting the database.
The JSON header (format, file id, KDF parameters) is the AEAD's associated data: changing any
of it makes unwrapping fail, like a wrong passphrase.

The key file holds no case data, but without it the case file cannot be opened: the two travel
together (backups copy both).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..explained import QT_TRANSLATE_NOOP
from .errors import NotACaseFile, WrongPassphrase
from .safe_files import fsync_directory, write_private_atomic

FORMAT = "dpo-desk-key"
VERSION = 1
KEY_BYTES = 32
SUFFIX = "-key"
# What a key file may ask of Argon2id, checked before deriving anything: an absurd memory cost
# would fail deep in the library (OverflowError) or exhaust memory, a huge number of passes
# would hang before the passphrase is even refused. DPO Desk writes 256 MiB, 4 passes, 4 lanes.
MEMORY_KIB_RANGE = (8, 4 * 1024 * 1024)  # up to 4 GiB (Argon2 needs at least 8 KiB per lane)
ITERATIONS_RANGE = (1, 64)
LANES_RANGE = (1, 64)


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id cost. The default takes about half a second on a 2-core machine."""

    memory_kib: int = 256 * 1024
    iterations: int = 4
    lanes: int = 4

    def as_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


@dataclass(frozen=True, slots=True)
class KeyFile:
    file_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def header(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "file_id": self.file_id,
            "kdf": {**self.kdf.as_json(), "salt": _b64(self.salt)},
        }

    def to_bytes(self) -> bytes:
        doc = {
            **self.header(),
            "wrap": {"alg": "AES-256-GCM", "nonce": _b64(self.nonce), "ciphertext": _b64(self.wrapped)},
        }
        return json.dumps(doc, indent=2).encode() + b"\n"


def key_file_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + SUFFIX)


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_file_id() -> str:
    return str(uuid.uuid4())


def kdf_problem(kdf: KdfParams) -> str | None:
    """Which Argon2id setting is out of the bounds DPO Desk accepts, in words (None: all are fine)."""
    bounds = (
        ("memory_kib", kdf.memory_kib, MEMORY_KIB_RANGE),
        ("iterations", kdf.iterations, ITERATIONS_RANGE),
        ("lanes", kdf.lanes, LANES_RANGE),
    )
    for name, value, (low, high) in bounds:
        if not low <= value <= high:
            shown = str(value) if len(str(value)) <= 24 else str(value)[:21] + "..."
            return f"{name} = {shown}, accepted: {low} to {high}"
    if kdf.memory_kib < 8 * kdf.lanes:
        return f"memory_kib = {kdf.memory_kib} is less than 8 per lane ({kdf.lanes} lanes)"
    return None


def check_kdf(kdf: KdfParams, where: str) -> None:
    problem = kdf_problem(kdf)
    if problem is not None:
        raise NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "The key file {where} asks for Argon2 settings DPO Desk does not accept ({problem}): it is damaged "
                "or was not written by DPO Desk. Nothing was derived from the passphrase.",
            ),
            where=where,
            problem=problem,
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def wrap(data_key: bytes, passphrase: str, file_id: str, kdf: KdfParams | None = None) -> KeyFile:
    """A key file protecting `data_key` with `passphrase` (fresh salt and nonce every time)."""
    kdf = kdf or KdfParams()
    check_kdf(kdf, "being written")
    unsealed = KeyFile(file_id, kdf, secrets.token_bytes(16), secrets.token_bytes(12), b"")
    kek = _derive(passphrase, unsealed.salt, kdf)
    sealed = AESGCM(kek).encrypt(unsealed.nonce, data_key, _aad(unsealed.header()))
    return replace(unsealed, wrapped=sealed)


def unwrap(key_file: KeyFile, passphrase: str) -> bytes:
    """The data key, or WrongPassphrase when the passphrase (or the key file) is not right."""
    check_kdf(key_file.kdf, "of this case file")
    kek = _derive(passphrase, key_file.salt, key_file.kdf)
    try:
        return AESGCM(kek).decrypt(key_file.nonce, key_file.wrapped, _aad(key_file.header()))
    except InvalidTag:
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "Services",
                "Wrong passphrase: the case file was not opened. Check the passphrase and try again.",
            )
        ) from None


def parse(data: bytes, where: str) -> KeyFile:
    """Read a key file's bytes; anything unexpected is reported as a damaged key file."""
    damaged = NotACaseFile(
        QT_TRANSLATE_NOOP(
            "Services",
            "The key file {where} is damaged or is not a DPO Desk key file.",
        ),
        where=where,
    )
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise damaged
        if doc.get("version") != VERSION:
            raise NotACaseFile(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The key file {where} was written by a different version of DPO Desk (key format "
                    "{version}); update DPO Desk to open it.",
                ),
                where=where,
                version=doc.get("version"),
            )
        kdf_doc = doc["kdf"]
        if kdf_doc["name"] != "argon2id":
            raise damaged
        kdf = KdfParams(int(kdf_doc["memory_kib"]), int(kdf_doc["iterations"]), int(kdf_doc["lanes"]))
        check_kdf(kdf, where)
        return KeyFile(
            file_id=str(uuid.UUID(doc["file_id"])),
            kdf=kdf,
            salt=base64.b64decode(kdf_doc["salt"], validate=True),
            nonce=base64.b64decode(doc["wrap"]["nonce"], validate=True),
            wrapped=base64.b64decode(doc["wrap"]["ciphertext"], validate=True),
        )
    except NotACaseFile:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise damaged from None


def pending_path(case_path: Path) -> Path:
    """Where a key rotation parks the new key before the database is re-encrypted with it."""
    return case_path.with_name(case_path.name + SUFFIX + ".pending")


def read(case_path: Path, *, pending: bool = False) -> KeyFile | None:
    """The key file of `case_path` (or its pending successor), or None when there is none."""
    path = pending_path(case_path) if pending else key_file_path(case_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return parse(data, str(path))


def write(case_path: Path, key_file: KeyFile, *, pending: bool = False) -> None:
    target = pending_path(case_path) if pending else key_file_path(case_path)
    write_private_atomic(target, key_file.to_bytes())


def promote_pending(case_path: Path) -> None:
    """The pending key has been verified against the database: it becomes the key file."""
    os.replace(pending_path(case_path), key_file_path(case_path))
    fsync_directory(case_path.parent)


def remove(case_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(key_file_path(case_path))


def remove_pending(case_path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(pending_path(case_path))
