"""The demo case file: fictitious requests of two organisations, to try DPO Desk without real data.
(Loads the ORM: it makes the file on first use.)"""

from __future__ import annotations

from ..demo.sample import DEMO_PASSPHRASE, demo_path, open_demo

__all__ = ["DEMO_PASSPHRASE", "demo_path", "open_demo"]
