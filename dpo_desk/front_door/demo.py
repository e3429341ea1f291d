"""The demo case file: fictitious requests of two organisations, to try DPO Desk without real data.
(Loads the ORM: it makes the file on first use.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..demo.sample import DEMO_PASSPHRASE, demo_path, open_demo

__all__ = ["DEMO_PASSPHRASE", "demo_path", "open_demo", "write_bulk_demo"]


def write_bulk_demo(
    path: Path, cases: int, passphrase: str, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write a demo case file of `cases` requests (up to 100,000), fast, for benchmarks."""
    from ..demo.bulk import generate

    generate(path, cases, passphrase, progress=progress)
