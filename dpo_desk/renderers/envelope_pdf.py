"""An envelope (DL, 220 x 110 mm) or an address label (99.1 x 38.1 mm), then the registered-mail slip's details.

ReportLab, with the letters' embedded font (letters_pdf.register_fonts).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..domain.envelopes import SLIP_WORDS, Envelope, slip_rows
from .letters_pdf import FONT, FONT_BOLD, register_fonts

DL = (220 * mm, 110 * mm)
LABEL = (99.1 * mm, 38.1 * mm)


def _envelope_page(canvas: Canvas, envelope: Envelope) -> None:
    width, height = DL
    canvas.setPageSize(DL)
    canvas.setFont(FONT, 8)
    y = height - 10 * mm
    for line in envelope.sender:  # the sender, top left
        canvas.drawString(10 * mm, y, line)
        y -= 3.6 * mm
    canvas.setFont(FONT, 11)
    y = 52 * mm  # the recipient in the lower right, where La Poste's machines read it
    for line in envelope.recipient:
        canvas.drawString(width - 110 * mm, y, line)
        y -= 5 * mm
    canvas.showPage()


def _label_page(canvas: Canvas, envelope: Envelope) -> None:
    canvas.setPageSize(LABEL)
    canvas.setFont(FONT, 9)
    y = LABEL[1] - 7 * mm
    for line in envelope.recipient:
        canvas.drawString(5 * mm, y, line)
        y -= 4.2 * mm
    canvas.showPage()


def _slip_page(canvas: Canvas, envelope: Envelope, language: str) -> None:
    words = SLIP_WORDS["fr" if language == "fr" else "en"]
    canvas.setPageSize(A4)
    width, height = A4
    canvas.setFont(FONT_BOLD, 13)
    canvas.drawString(20 * mm, height - 25 * mm, words["title"])
    y = height - 40 * mm
    for label, value in slip_rows(envelope, language):
        canvas.setFont(FONT_BOLD, 10)
        canvas.drawString(20 * mm, y, label)
        canvas.setFont(FONT, 10)
        for line in value.splitlines() or [""]:
            canvas.drawString(70 * mm, y, line)
            y -= 5 * mm
        y -= 4 * mm
    canvas.setFont(FONT, 9)
    text = canvas.beginText(20 * mm, y - 4 * mm)
    text.setFont(FONT, 9)
    words_line, lines = "", []
    for word in words["note"].split():
        if canvas.stringWidth(f"{words_line} {word}", FONT, 9) > width - 40 * mm:
            lines.append(words_line)
            words_line = word
        else:
            words_line = f"{words_line} {word}".strip()
    for line in [*lines, words_line]:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()


def envelope_pdf(envelope: Envelope, *, language: str, label: bool = False) -> bytes:
    """Page 1 the envelope (or the label), page 2 the details to copy onto the registered-mail slip."""
    return envelopes_pdf([(envelope, language)], label=label)


def envelopes_pdf(envelopes: list[tuple[Envelope, str]], *, label: bool = False) -> bytes:
    """For each (envelope, language): its envelope (or label) page, then its slip page; one PDF to print."""
    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=LABEL if label else DL, invariant=True)
    references = ", ".join(envelope.reference for envelope, _ in envelopes)
    canvas.setTitle(f"{references} — {'labels' if label else 'envelopes'}")
    for envelope, language in envelopes:
        (_label_page if label else _envelope_page)(canvas, envelope)
        _slip_page(canvas, envelope, language)
    canvas.save()
    return buffer.getvalue()
