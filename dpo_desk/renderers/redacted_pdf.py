"""Documents as pages, for redaction: drawn, their words located, and flattened with boxes burned in.

Every document is first made a PDF (an image is placed on an A4 page; an email is set as text), so
that one path draws, searches and flattens them all. PDFium (through pypdfium2, BSD/Apache) draws
and reads pages; ReportLab writes the flattened copy: each page an image at print resolution with the
boxes painted in black, and no text at all, so that nothing under a box can be extracted.

PDFium is not thread-safe: every call into it holds PDFIUM.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

PDFIUM = threading.Lock()
PRINT_DPI = 300
SCREEN_DPI = 110
Box = tuple[float, float, float, float]  # left, top, right, bottom, fractions of the page


class DocumentUnreadable(ValueError):
    """A document that cannot be drawn as pages; str() says why."""


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's text and, for each character, its box as fractions of the page (None: no box)."""

    text: str
    boxes: list[Box | None]


def image_as_pdf(data: bytes) -> bytes:
    """An image on an A4 page (portrait or landscape as the image), fitted with a small margin."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    try:
        image = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise DocumentUnreadable(f"the image cannot be read ({exc})") from None
    page = landscape(A4) if image.width > image.height else A4
    margin = 28.0
    scale = min((page[0] - 2 * margin) / image.width, (page[1] - 2 * margin) / image.height)
    width, height = image.width * scale, image.height * scale
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=page, invariant=True)
    canvas.drawImage(ImageReader(image.convert("RGB")), (page[0] - width) / 2, (page[1] - height) / 2, width, height)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def text_as_pdf(title_lines: Sequence[tuple[str, str]], body: str) -> bytes:
    """An email (or any text) set on A4 pages: its headers, then its body, with a text layer to search."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from .letters_pdf import FONT, FONT_BOLD, register_fonts

    register_fonts()
    style = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    head = ParagraphStyle("head", parent=style, fontName=FONT)
    story: list[object] = []
    for label, value in title_lines:
        story.append(Paragraph(f"<font name='{FONT_BOLD}'>{escape(label)}</font> {escape(value)}", head))
    story.append(Spacer(1, 6 * mm))
    for paragraph in body.replace("\r\n", "\n").split("\n"):
        story.append(Paragraph(escape(paragraph) or "&nbsp;", style))
    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        initialFontName=FONT,
        invariant=True,
    ).build(story)
    return out.getvalue()


def _open(pdf: bytes):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise DocumentUnreadable(f"the PDF cannot be read ({exc}): it may be damaged or protected") from None


def page_count(pdf: bytes) -> int:
    with PDFIUM:
        document = _open(pdf)
        try:
            return len(document)
        finally:
            document.close()


def render_page(pdf: bytes, index: int, dpi: int = SCREEN_DPI) -> bytes:
    """Page `index` as a PNG, white behind, at `dpi`."""
    with PDFIUM:
        document = _open(pdf)
        try:
            image = _render(document, index, dpi)
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _render(document, index: int, dpi: int):  # type: ignore[no-untyped-def]
    page = document[index]
    try:
        return page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), may_draw_forms=True).to_pil().convert("RGB")
    finally:
        page.close()


def page_texts(pdf: bytes) -> list[PageText]:
    """Each page's text with its characters' boxes (fractions, top-left origin; unrotated pages only)."""
    pages = []
    with PDFIUM:
        document = _open(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                try:
                    count = textpage.count_chars()
                    text = textpage.get_text_range(0, count) if count else ""
                    boxes: list[Box | None] = [None] * len(text)
                    if page.get_rotation() == 0 and len(text) == count:
                        left, bottom, right, top = page.get_cropbox()
                        width, height = right - left, top - bottom
                        for i in range(count):
                            x0, y0, x1, y1 = textpage.get_charbox(i)
                            if x1 > x0 and y1 > y0:
                                boxes[i] = (
                                    (x0 - left) / width,
                                    (top - y1) / height,
                                    (x1 - left) / width,
                                    (top - y0) / height,
                                )
                    pages.append(PageText(text, boxes))
                finally:
                    textpage.close()
                    page.close()
        finally:
            document.close()
    return pages


def span_boxes(page: PageText, start: int, end: int, pad: float = 0.002) -> list[Box]:
    """The boxes covering characters [start, end) of a page: one per line of text they run over."""
    lines: list[list[float]] = []
    for box in page.boxes[start:end]:
        if box is None:
            continue
        left, top, right, bottom = box
        current = lines[-1] if lines else None
        if current is not None and top < current[3] and bottom > current[1] and left >= current[0] - 0.01:
            current[0], current[1] = min(current[0], left), min(current[1], top)
            current[2], current[3] = max(current[2], right), max(current[3], bottom)
        else:
            lines.append([left, top, right, bottom])
    return [(max(0.0, a - pad), max(0.0, b - pad), min(1.0, c + pad), min(1.0, d + pad)) for a, b, c, d in lines]


def flatten(
    pdf: bytes,
    boxes: dict[int, list[Box]],
    *,
    dpi: int = PRINT_DPI,
    progress: Callable[[int, int], None] | None = None,
    title: str = "",
) -> bytes:
    """A new PDF of images: every page drawn at `dpi`, the boxes painted black, no text, no metadata."""
    from PIL import ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, invariant=True, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("DPO Desk")
    canvas.setAuthor("")
    with PDFIUM:
        document = _open(pdf)
        try:
            total = len(document)
            for index in range(total):
                if progress is not None:
                    progress(index, total)
                image = _render(document, index, dpi)
                draw = ImageDraw.Draw(image)
                for left, top, right, bottom in boxes.get(index, []):
                    draw.rectangle(
                        (
                            int(left * image.width) - 1,
                            int(top * image.height) - 1,
                            int(right * image.width + 0.999) + 1,
                            int(bottom * image.height + 0.999) + 1,
                        ),
                        fill=(0, 0, 0),
                    )
                encoded = io.BytesIO()
                image.save(encoded, format="JPEG", quality=88, optimize=True)
                width, height = image.width * 72 / dpi, image.height * 72 / dpi
                canvas.setPageSize((width, height))
                canvas.drawImage(ImageReader(io.BytesIO(encoded.getvalue())), 0, 0, width, height)
                canvas.showPage()
        finally:
            document.close()
    if progress is not None:
        progress(total, total)
    canvas.save()
    return out.getvalue()
