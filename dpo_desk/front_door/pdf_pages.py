"""Documents as pages to look at: how many, each drawn as a picture (for the redaction dialog),
and a text set as a PDF (for the screenshots' sample complaint)."""

from __future__ import annotations

from ..renderers.redacted_pdf import SCREEN_DPI, page_count, render_page, text_as_pdf

__all__ = ["SCREEN_DPI", "page_count", "render_page", "text_as_pdf"]
