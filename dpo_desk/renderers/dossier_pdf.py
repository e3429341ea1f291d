"""The dossier of one case, for an inspection or a complaint: what was done and when (Art. 5(2)).

The facts of the request, the chronology of every event of its history (each with its fingerprint in
the hash chain), the letters (listed with their SHA-256, then each joined as its own pages), the
documents with their fingerprints, and the history's checkpoint, to check later with
`dpo-desk verify --expect`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from .letters_pdf import FONT, FONT_BOLD, register_fonts


@dataclass(frozen=True)
class DossierEvent:
    seq: int
    at: str  # local date and time, as shown
    user: str
    what: str
    details: str
    fingerprint: str


@dataclass(frozen=True)
class DossierLetter:
    subject: str
    written: str
    sent: str
    sha256: str
    pdf: bytes | None  # None when its content was destroyed by a purge


@dataclass(frozen=True)
class DossierDocument:
    filename: str
    kind: str
    added: str
    size: int
    sha256: str
    state: str


@dataclass(frozen=True)
class DossierContent:
    language: str
    reference: str
    made_on: str
    facts: list[tuple[str, str]]
    events: list[DossierEvent]
    letters: list[DossierLetter]
    documents: list[DossierDocument]
    checkpoint: str
    case_head: str
    notes: list[str] = field(default_factory=list)


WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "title": "Dossier de la demande {reference}",
        "made": "Établi le {date} par DPO Desk, à partir du fichier de dossiers chiffré.",
        "facts": "La demande",
        "chronology": "Chronologie",
        "chronology_intro": "Chaque évènement de l’historique de la demande, dans l’ordre. L’empreinte est le "
        "début de son maillon dans la chaîne de hachage de l’historique.",
        "columns": ("N°", "Date et heure", "Par", "Évènement", "Détails", "Empreinte"),
        "letters": "Courriers",
        "letters_intro": "Chaque courrier tel qu’il a été conservé ; son empreinte SHA-256 est celle du fichier "
        "PDF conservé. Les courriers suivent, dans cet ordre, à partir de la page {page}.",
        "letter_columns": ("Objet", "Rédigé", "Envoi", "SHA-256", "Pages"),
        "no_letters": "Aucun courrier n’a été rédigé pour cette demande.",
        "destroyed_letter": "contenu détruit lors de la purge",
        "documents": "Documents",
        "document_columns": ("Fichier", "Nature", "Ajouté", "Taille (octets)", "SHA-256", "État"),
        "no_documents": "Aucun document n’est joint à cette demande.",
        "checkpoint": "Point de contrôle de l’historique",
        "checkpoint_text": "Au moment où ce dossier a été établi, l’historique du fichier de dossiers se "
        "terminait par le point de contrôle suivant :",
        "checkpoint_check": "Pour vérifier plus tard que l’historique n’a été ni coupé ni réécrit jusqu’à ce "
        "point (et donc que la chronologie ci-dessus y figure toujours telle quelle) :",
        "case_head": "Dernier évènement de cette demande : {head}.",
        "page": "Page {n}",
    },
    "en": {
        "title": "Dossier of request {reference}",
        "made": "Made on {date} by DPO Desk, from the encrypted case file.",
        "facts": "The request",
        "chronology": "Chronology",
        "chronology_intro": "Every event of the request's history, in order. The fingerprint is the start of "
        "its link in the history's hash chain.",
        "columns": ("No.", "Date and time", "By", "Event", "Details", "Fingerprint"),
        "letters": "Letters",
        "letters_intro": "Each letter as it was kept; its SHA-256 is that of the PDF file kept. The letters "
        "follow, in this order, from page {page}.",
        "letter_columns": ("Subject", "Written", "Sending", "SHA-256", "Pages"),
        "no_letters": "No letter was written for this request.",
        "destroyed_letter": "content destroyed by the purge",
        "documents": "Documents",
        "document_columns": ("File", "Kind", "Added", "Size (bytes)", "SHA-256", "State"),
        "no_documents": "No document is attached to this request.",
        "checkpoint": "Checkpoint of the history",
        "checkpoint_text": "When this dossier was made, the case file's history ended at this checkpoint:",
        "checkpoint_check": "To check later that the history was neither cut nor rewritten up to this point "
        "(and so that the chronology above is still in it as it is):",
        "case_head": "Last event of this request: {head}.",
        "page": "Page {n}",
    },
}


def render_dossier(content: DossierContent, letter_pages: list[int]) -> bytes:
    """The dossier's own pages (the letters are joined after them: see join_letters)."""
    register_fonts()
    words = WORDS[content.language]
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=body, fontSize=7, leading=8.6)
    mono = ParagraphStyle("mono", parent=small, fontName="Courier", fontSize=6.6, leading=8)
    bold = ParagraphStyle("bold", parent=body, fontName=FONT_BOLD)
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=12, spaceAfter=6)
    code = ParagraphStyle("code", parent=body, fontName="Courier-Bold", fontSize=11, leading=15, leftIndent=8 * mm)
    width = A4[0] - 36 * mm

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph("<br/>".join(escape(line) for line in str(text).split("\n")), style)

    def table(header: tuple[str, ...], rows: list[list[Paragraph]], widths: list[float]) -> LongTable:
        grid = LongTable([[p(h, bold) for h in header], *rows], colWidths=widths, repeatRows=1)
        grid.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e5e7eb")),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cbd5e1")),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return grid

    story: list[object] = [
        p(words["title"].format(reference=content.reference), h1),
        p(words["made"].format(date=content.made_on)),
        p(words["facts"], h2),
    ]
    facts = [[p(label, bold), p(value)] for label, value in content.facts]
    facts_table = LongTable(facts, colWidths=[48 * mm, width - 48 * mm])
    facts_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    story += [facts_table, *[p(note, small) for note in content.notes]]
    story += [p(words["chronology"], h2), p(words["chronology_intro"], small), Spacer(1, 2 * mm)]
    rows = [
        [
            p(str(e.seq), small),
            p(e.at, small),
            p(e.user, small),
            p(e.what, small),
            p(e.details, small),
            p(e.fingerprint, mono),
        ]
        for e in content.events
    ]
    story.append(table(words["columns"], rows, [10 * mm, 22 * mm, 25 * mm, 30 * mm, width - 115 * mm, 28 * mm]))
    story.append(p(words["letters"], h2))
    if content.letters:
        first = letter_pages[0] if letter_pages else 0
        story.append(p(words["letters_intro"].format(page=first), small))
        rows = []
        for letter, start in zip(content.letters, letter_pages or [0] * len(content.letters), strict=False):
            pages = "—" if letter.pdf is None else str(start)
            sha = letter.sha256 + ("" if letter.pdf is not None else f"\n({words['destroyed_letter']})")
            rows.append(
                [
                    p(letter.subject, small),
                    p(letter.written, small),
                    p(letter.sent, small),
                    p(sha, mono),
                    p(pages, small),
                ]
            )
        story.append(table(words["letter_columns"], rows, [width - 136 * mm, 22 * mm, 30 * mm, 66 * mm, 18 * mm]))
    else:
        story.append(p(words["no_letters"]))
    story.append(p(words["documents"], h2))
    if content.documents:
        rows = [
            [
                p(d.filename, small),
                p(d.kind, small),
                p(d.added, small),
                p(f"{d.size:,}".replace(",", " "), small),
                p(d.sha256, mono),
                p(d.state, small),
            ]
            for d in content.documents
        ]
        story.append(
            table(words["document_columns"], rows, [width - 153 * mm, 23 * mm, 26 * mm, 17 * mm, 66 * mm, 21 * mm])
        )
    else:
        story.append(p(words["no_documents"]))
    story += [
        p(words["checkpoint"], h2),
        p(words["checkpoint_text"]),
        Spacer(1, 2 * mm),
        p(content.checkpoint, code),
        Spacer(1, 2 * mm),
        p(words["checkpoint_check"]),
        Spacer(1, 1 * mm),
        p(f"dpo-desk verify --expect {content.checkpoint}", code),
        Spacer(1, 2 * mm),
        p(words["case_head"].format(head=content.case_head)),
    ]

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillGray(0.35)
        canvas.drawString(
            18 * mm, 10 * mm, f"{words['title'].format(reference=content.reference)} — {content.checkpoint}"
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, words["page"].format(n=doc.page))
        canvas.restoreState()

    out = io.BytesIO()
    SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=words["title"].format(reference=content.reference),
        creator="DPO Desk",
        initialFontName=FONT,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def join_letters(dossier: bytes, letters: list[bytes]) -> bytes:
    """The dossier's pages, then each letter's pages as they were kept (PDFium imports them unchanged)."""
    import pypdfium2 as pdfium

    from .redacted_pdf import PDFIUM

    with PDFIUM:
        document = pdfium.PdfDocument(dossier)
        try:
            for data in letters:
                letter = pdfium.PdfDocument(data)
                try:
                    document.import_pages(letter)
                finally:
                    letter.close()
            out = io.BytesIO()
            document.save(out)
            return out.getvalue()
        finally:
            document.close()


def pages_of(pdf: bytes) -> int:
    from .redacted_pdf import page_count

    return page_count(pdf)
