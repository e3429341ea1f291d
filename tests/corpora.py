"""The shared corpora of real emails (../shared/corpora beside the checkout, as CI lays it out).

A test that needs them carries `needs_corpus(name)`: without the corpus it is skipped, saying
where the corpus is looked for; in CI (DPO_DESK_CI=1, set by .ci/run) such a skip is a failure
(tests/conftest.py), so a CI run without the corpora cannot pass silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path("shared") / "corpora"


def corpus_path(name: str) -> Path:
    """Where the corpus `name` is (the first `shared/corpora/NAME` above this file), or would be."""
    relative = SHARED / name
    for parent in Path(__file__).resolve().parents:
        if (parent / relative).is_dir():
            return parent / relative
    return Path(__file__).resolve().parents[2] / relative


def needs_corpus(name: str = "") -> list[pytest.MarkDecorator]:
    """Marks for a test that reads the corpus `name` (every corpus when "")."""
    path = corpus_path(name)
    present = path.is_dir() and any(path.rglob("*.eml"))
    reason = (
        f"needs the shared email corpus at {path} (../shared/corpora beside the checkout, as CI has it); "
        "it is not there"
    )
    return [pytest.mark.needs_corpus, pytest.mark.skipif(not present, reason=reason)]


def apply(*marks: pytest.MarkDecorator):  # type: ignore[no-untyped-def]
    """Put several marks on one test: @apply(*needs_corpus("email-mikel-mail"))."""

    def decorate(test):  # type: ignore[no-untyped-def]
        for mark in marks:
            test = mark(test)
        return test

    return decorate
