"""The hash chain that makes the event log tamper-evident, and lets a purge redact it.

Each event's hash covers its fields, the SHA-256 of its details, and the previous event's hash,
so changing, removing or reordering an event breaks every later link. The details enter the
chain through their digest so that a purge can replace the details of a closed case's events
(which hold notes, reasons, file names: personal data) by a marker, and the chain, and the proof
that the details were once there, still verify.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
REDACTED: dict[str, Any] = {"redacted": True}
REDACTED_JSON = '{"redacted":true}'  # exactly as stored: the database trigger compares this text


# One encoder for every call: json.dumps with these options builds a new one each time, which
# cost as much as the encoding itself when `verify` re-hashes a million events (issue #19).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(payload: dict[str, Any]) -> bytes:
    """The payload as hashed: sorted keys, no spaces, UTF-8 (what json.dumps gives with these options)."""
    return _CANONICAL.encode(payload).encode()


def details_digest(details: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(details)).hexdigest()


def event_payload(
    seq: int, at: str, user: str, kind: str, request_id: int | None, reference: str, details_sha256: str
) -> dict[str, Any]:
    """What an event's hash covers."""
    return {
        "seq": seq,
        "at": at,
        "user": user,
        "kind": kind,
        "request_id": request_id,
        "reference": reference,
        "details_sha256": details_sha256,
    }


def link_hash(prev_hash: str, payload: dict[str, Any]) -> str:
    return hashlib.sha256(prev_hash.encode() + canonical(payload)).hexdigest()


CHECKPOINT_DIGITS = 16  # printed and typed by people: 64 bits of the head is beyond rewriting


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The history's head at one moment, to keep outside the file (a printed report, a note).

    A history cut after it, or rewritten up to it, no longer contains event `seq` with a hash
    starting `head`: `verify --expect` says so. The chain alone cannot tell a cut tail.
    """

    seq: int
    head: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.head[:CHECKPOINT_DIGITS]}"

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        seq, _, head = text.strip().partition(":")
        head = head.strip().lower()
        if not seq.isdigit() or len(head) < CHECKPOINT_DIGITS or any(c not in "0123456789abcdef" for c in head):
            raise ValueError(
                f"“{text}” is not a checkpoint: write it as EVENT:FINGERPRINT, e.g. 1234:3fa2b1c09d8e7f60."
            )
        return cls(int(seq), head)
