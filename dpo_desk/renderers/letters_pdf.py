"""Laying a letter out on A4 with ReportLab, for a French DL window envelope.

The address is set inside the zone every position of the folded sheet shows through the window
of the organisation's envelopes, on the right or on the left (domain/envelope.py: 100-190 mm from
the left edge, or 20-110 mm, and 50-84 mm from the top). The references sit beside it, on the other
side; the place and date below the window, where no slide of the sheet shows them. Folds for a DL
envelope at 99 and 198 mm. The font is DejaVu Sans, embedded: French letters need œ, €, « » and the
narrow no-break space, which Helvetica lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, Image, KeepTogether, PageTemplate, Paragraph, Spacer

from ..domain.envelope import Box, WindowSide, address_zone
from ..paths import resources_dir

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 20 * mm
ADDRESS_INSET = 3 * mm  # the text starts this far inside the address zone
ADDRESS_SIZE, ADDRESS_MIN_SIZE = 10.5, 7.0  # points; a long line makes the whole block smaller
ADDRESS_LEADING = 1.2  # times the size
REFERENCES_WIDTH = 64 * mm
DATELINE_TOP = 100 * mm  # baseline, below what the window shows when the sheet sits high
BODY_TOP_FIRST = 108 * mm
BODY_TOP_NEXT = 22 * mm
BODY_BOTTOM = 24 * mm
FOLDS = (99 * mm, 198 * mm)
FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"


@dataclass(frozen=True)
class LetterLayout:
    """Everything printed on a letter, already in its final words."""

    language: str
    sender: list[str]
    recipient: list[str]
    dateline: str
    references: list[tuple[str, str]]
    subject: str
    paragraphs: list[str]
    signatory_name: str
    signatory_title: str
    footer: str
    signature_image: bytes | None = None
    title: str = ""
    author: str = ""
    extra_space_to_sign: bool = field(default=False)
    window: WindowSide = WindowSide.RIGHT  # where the window of the organisation's envelopes is
    mention: str = ""  # e.g. "Lettre recommandée avec accusé de réception", above the subject
    # "P. J. : …": every document sent with the letter, printed under the signature ("" for none).
    enclosures: str = ""


@lru_cache(maxsize=1)
def register_fonts() -> None:
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.2, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=7)
    return {
        "body": body,
        "subject": ParagraphStyle("subject", parent=body, fontName=FONT_BOLD, alignment=0, spaceAfter=12),
        "mention": ParagraphStyle("mention", parent=body, fontName=FONT_BOLD, alignment=0, spaceAfter=4),
        "signature": ParagraphStyle("signature", parent=body, alignment=0, leftIndent=88 * mm, spaceAfter=0),
    }


def _paragraph_markup(text: str) -> str:
    # ReportLab's Paragraph breaks lines at U+202F (it is in its whitespace table) but not at
    # U+00A0: the French narrow no-break spaces become no-break spaces, so that a line never
    # starts with ";" or ":".
    text = text.replace("\u202f", "\u00a0")
    return "<br/>".join(escape(line) for line in text.split("\n"))


class _NumberedCanvas(Canvas):
    """Writes "page/pages" on every page once the number of pages is known."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 8)
            self.setFillGray(0.35)
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 12 * mm, f"{self._pageNumber}/{total}")
            super().showPage()
        super().save()


@dataclass(frozen=True, slots=True)
class AddressBlock:
    """The address lines as drawn: font size, left edge and baselines, in points from the bottom."""

    size: float
    left: float
    baselines: tuple[float, ...]


def address_block(lines: list[str], window: WindowSide) -> AddressBlock:
    """The address set inside the zone the window always shows, centred in its height."""
    zone = address_zone(window)
    width = (zone.right - zone.left) * mm - 2 * ADDRESS_INSET
    widest = max((pdfmetrics.stringWidth(line, FONT, ADDRESS_SIZE) for line in lines), default=0.0)
    size = ADDRESS_SIZE if widest <= width else max(ADDRESS_MIN_SIZE, ADDRESS_SIZE * width / widest)
    ascent, descent = (v * size / 1000 for v in pdfmetrics.getAscentDescent(FONT, 1000))
    leading = size * ADDRESS_LEADING
    height = ascent - descent + leading * (len(lines) - 1)
    top = PAGE_HEIGHT - (zone.top + zone.bottom) / 2 * mm + height / 2  # the block's top, from the bottom
    first = top - ascent
    return AddressBlock(size, zone.left * mm + ADDRESS_INSET, tuple(first - leading * i for i in range(len(lines))))


def _beside_window(window: WindowSide) -> float:
    """Left edge of the column beside the window, where the references go."""
    zone: Box = address_zone(window)
    return MARGIN_LEFT if window is WindowSide.RIGHT else (zone.right + 12) * mm


def _first_page(letter: LetterLayout):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT
        # Letterhead and sender block, top left (top right when the window is on the left).
        y = top - 18 * mm
        for index, line in enumerate(letter.sender):
            size = 12 if index == 0 else 8.6
            canvas.setFont(FONT_BOLD if index == 0 else FONT, size)
            canvas.setFillGray(0 if index == 0 else 0.25)
            if letter.window is WindowSide.LEFT:
                canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, line)
            else:
                canvas.drawString(MARGIN_LEFT, y, line)
            y -= 6 * mm if index == 0 else 3.9 * mm
        # Recipient, inside what the envelope's window shows.
        canvas.setFillGray(0)
        block = address_block(letter.recipient, letter.window)
        canvas.setFont(FONT, block.size)
        for line, baseline in zip(letter.recipient, block.baselines, strict=True):
            canvas.drawString(block.left, baseline, line)
        # Fold marks for a DL envelope.
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.6)
        for fold in FOLDS:
            canvas.line(4 * mm, top - fold, 8 * mm, top - fold)
        # References beside the window; place and date below it.
        canvas.setFont(FONT, 8.6)
        canvas.setFillGray(0.25)
        y = top - 56 * mm
        for label, value in letter.references:
            whole = f"{label} {value}"
            parts = [whole] if pdfmetrics.stringWidth(whole, FONT, 8.6) <= REFERENCES_WIDTH else []
            parts = parts or [label, *simpleSplit(value, FONT, 8.6, REFERENCES_WIDTH)]  # the value kept whole
            for part in parts:
                canvas.drawString(_beside_window(letter.window), y, part)
                y -= 4.2 * mm
        canvas.setFont(FONT, 10)
        canvas.setFillGray(0)
        if letter.window is WindowSide.LEFT:  # the date stays on the right, as French letters have it
            canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top - DATELINE_TOP, letter.dateline)
        else:
            canvas.drawString(
                address_zone(letter.window).left * mm + ADDRESS_INSET, top - DATELINE_TOP, letter.dateline
            )
        _footer(canvas, letter)
        canvas.restoreState()

    return draw


def _later_page(letter: LetterLayout):  # type: ignore[no-untyped-def]
    def draw(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillGray(0.35)
        canvas.drawString(MARGIN_LEFT, PAGE_HEIGHT - 12 * mm, letter.title)
        _footer(canvas, letter)
        canvas.restoreState()

    return draw


def _footer(canvas: Canvas, letter: LetterLayout) -> None:
    canvas.setFont(FONT, 7.2)
    canvas.setFillGray(0.35)
    canvas.drawCentredString(PAGE_WIDTH / 2, 12 * mm, letter.footer)


def _signature(letter: LetterLayout, styles: dict[str, ParagraphStyle]) -> KeepTogether:
    parts: list[object] = [Spacer(1, 6 * mm)]
    if letter.signature_image:
        reader = ImageReader(BytesIO(letter.signature_image))
        width, height = reader.getSize()
        scale = min(50 * mm / width, 20 * mm / height)
        image = Image(BytesIO(letter.signature_image), width=width * scale, height=height * scale)
        image.hAlign = "LEFT"
        parts.append(_Indented(image, 88 * mm))
    else:
        parts.append(Spacer(1, (30 if letter.extra_space_to_sign else 22) * mm))
    parts.append(Paragraph(escape(letter.signatory_name), styles["signature"]))
    parts.append(Paragraph(escape(letter.signatory_title), styles["signature"]))
    return KeepTogether(parts)


class _Indented(Spacer):
    """A flowable drawn `indent` points from the frame's left edge."""

    def __init__(self, flowable: Image, indent: float) -> None:
        super().__init__(flowable.drawWidth, flowable.drawHeight)
        self.flowable, self.indent = flowable, indent

    def draw(self) -> None:
        self.flowable.drawOn(self.canv, self.indent, 0)


def _body_frame(name: str, top: float) -> Frame:
    """Where the text flows: between `top` (from the top edge) and the footer."""
    return Frame(
        MARGIN_LEFT,
        BODY_BOTTOM,
        PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT,
        PAGE_HEIGHT - top - BODY_BOTTOM,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def render_letter(letter: LetterLayout) -> bytes:
    """The letter as PDF bytes (never written to disk here)."""
    register_fonts()
    styles = _styles()
    buffer = BytesIO()
    first = _body_frame("first", BODY_TOP_FIRST)
    later = _body_frame("later", BODY_TOP_NEXT)
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=letter.title or letter.subject,
        author=letter.author,
        creator="DPO Desk",
        initialFontName=FONT,
        initialFontSize=10,
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=_first_page(letter), autoNextPageTemplate="later"),
            PageTemplate("later", [later], onPage=_later_page(letter)),
        ]
    )
    label = "Objet : " if letter.language == "fr" else "Subject: "
    story: list[object] = []
    if letter.mention:
        story.append(Paragraph(_paragraph_markup(letter.mention), styles["mention"]))
    story.append(Paragraph(_paragraph_markup(label.replace(" :", "\u202f:") + letter.subject), styles["subject"]))
    story += [Paragraph(_paragraph_markup(p), styles["body"]) for p in letter.paragraphs]
    story.append(_signature(letter, styles))
    if letter.enclosures:
        left = ParagraphStyle("enclosures", parent=styles["body"], alignment=0)
        story += [Spacer(1, 8 * mm), Paragraph(_paragraph_markup(letter.enclosures), left)]
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()
