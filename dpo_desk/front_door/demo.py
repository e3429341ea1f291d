"""The demo case files (fictitious data): the 40 requests of the demo, or a bulk one for benchmarks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def demo_passphrase() -> str:
    """The demo's passphrase, shown to the user: the demo holds no real data."""
    from ..demo.sample import DEMO_PASSPHRASE

    return DEMO_PASSPHRASE


def write_demo(path: Path, passphrase: str) -> None:
    """Write the demo case file at `path`, closed."""
    from ..demo.sample import open_demo

    open_demo(path, passphrase=passphrase).close()


def write_bulk_demo(
    path: Path, cases: int, passphrase: str, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write a demo case file of `cases` requests (up to 100,000), fast, for benchmarks."""
    from ..demo.bulk import generate

    generate(path, cases, passphrase, progress=progress)
