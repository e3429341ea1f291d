"""Reading a SQLCipher 4 file page by page, free pages included, to look for what should be gone.

SQLite's own reads see live rows only; what a deletion leaves behind sits in free pages. This
decrypts every page with the file's raw key (SQLCipher 4 defaults: AES-256-CBC, the IV in each
page's 80 reserved bytes, the salt in the first 16 bytes of the file). For tests only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16


def decrypted_pages(path: Path, key: bytes) -> Iterator[bytes]:
    data = path.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        yield decryptor.update(page[SALT if offset == 0 else 0 : PAGE_SIZE - RESERVE]) + decryptor.finalize()


def anywhere_in(path: Path, key: bytes, marker: str) -> bool:
    """Whether `marker` (UTF-8) is in any page of the file, live or free."""
    needle = marker.encode()
    return any(needle in page for page in decrypted_pages(path, key))
