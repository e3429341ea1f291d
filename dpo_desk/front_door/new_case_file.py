"""Starting a case file from the window: a new one with its first organisation, the hint on a
passphrase being typed, and another one opened with its passphrase. (Loads the ORM.)"""

from __future__ import annotations

from ..services.setup import new_case_file, open_with_passphrase, passphrase_strength

__all__ = ["new_case_file", "open_with_passphrase", "passphrase_strength"]
