"""Emails are read in a separate, limited process: a hostile message costs that message only."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.services.email_intake import EmailRefused, read_email
from dpo_desk.services.email_worker import EmailWorker, parse_email

from .corpora import apply, corpus_path, needs_corpus

CORPUS = corpus_path("email-mikel-mail").parent
GOOD = b"From: Jeanne <jeanne@example.fr>\r\nSubject: Droit d'acces\r\n\r\nJe demande une copie de mes donnees.\r\n"


@apply(*needs_corpus())
def test_the_worker_reads_what_the_reader_reads() -> None:
    samples = sorted(CORPUS.rglob("*.eml"))[:20] if CORPUS.is_dir() else []
    for raw in [GOOD, *(p.read_bytes() for p in samples)]:
        try:
            expected = read_email(raw).as_json()
        except EmailRefused as exc:
            with pytest.raises(EmailRefused) as refused:
                parse_email(raw)
            assert str(refused.value) == str(exc)
            continue
        got = parse_email(raw)
        assert got.as_json() == expected and got.raw == raw  # warnings (Words) included


@pytest.mark.parametrize(
    ("bomb", "reader", "timeout", "words"),
    [
        (b"HANG", "tests.email_reader_bombs:hang", 1.0, "longer than 1 seconds to read"),
        (b"BALLOON", "tests.email_reader_bombs:balloon", 30.0, "more memory"),
        (b"CRASH", "tests.email_reader_bombs:crash", 30.0, "its reader stopped"),
        (b"BUG", "tests.email_reader_bombs:bug", 30.0, r"could not be read \(KeyError\)"),
    ],
)
def test_a_hostile_message_is_refused_and_the_next_one_is_read(
    bomb: bytes, reader: str, timeout: float, words: str
) -> None:
    worker = EmailWorker(reader=reader, timeout=timeout, memory=256 * 1024 * 1024)
    try:
        with pytest.raises(EmailRefused, match=words):
            worker.read(bomb + b"\r\n\r\nbody")
        assert worker.read(GOOD).from_address == "jeanne@example.fr"  # a new worker, or the same one
    finally:
        worker.close()


def test_an_oversized_message_is_refused_before_the_pipe() -> None:
    worker = EmailWorker()
    try:
        with pytest.raises(EmailRefused, match="MB"):
            worker.read(b"From: a@b.c\r\n\r\n" + b"x" * (51 * 1024 * 1024))
        assert worker._process is None  # no worker was even started
    finally:
        worker.close()


def test_an_outlook_message_is_read_in_the_worker_too(tmp_path: Path) -> None:
    """The .msg reader (a large third-party library) runs inside the worker's memory limit."""
    from .test_outlook_msg import outlook_message

    draft = parse_email(outlook_message(tmp_path / "m.msg", body="Merci de supprimer mes données."))
    assert "supprimer mes données" in draft.body_text and draft.raw.startswith(b"\xd0\xcf\x11\xe0")


def test_a_worker_that_died_between_messages_is_replaced_quietly() -> None:
    worker = EmailWorker()
    try:
        assert worker.read(GOOD).subject == "Droit d'acces"
        worker._process.kill()
        worker._process.join(5)
        assert worker.read(GOOD).subject == "Droit d'acces"  # not refused: nothing was wrong with it
    finally:
        worker.close()
