"""Files the user exports (PDFs, spreadsheets, reports): written privately and atomically."""

from __future__ import annotations

from ..storage.safe_files import write_private_atomic

__all__ = ["write_private_atomic"]
