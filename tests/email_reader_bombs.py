"""Readers that misbehave the ways a hostile message makes a parser misbehave (run in the worker)."""

from __future__ import annotations

import os
import time

from dpo_desk.services.email_intake import EmailDraft, read_email


def hang(raw: bytes) -> EmailDraft:
    if raw.startswith(b"HANG"):
        while True:
            time.sleep(0.05)  # an infinite loop on a crafted header
    return read_email(raw)


def balloon(raw: bytes) -> EmailDraft:
    if raw.startswith(b"BALLOON"):
        hoard = []
        while True:  # part explosion: memory grows until the limit stops it
            hoard.append(bytearray(64 * 1024 * 1024))
    return read_email(raw)


def crash(raw: bytes) -> EmailDraft:
    if raw.startswith(b"CRASH"):
        os._exit(139)  # as a segfault in a native reader would end it
    return read_email(raw)


def bug(raw: bytes) -> EmailDraft:
    if raw.startswith(b"BUG"):
        raise KeyError("a reader bug")
    return read_email(raw)
