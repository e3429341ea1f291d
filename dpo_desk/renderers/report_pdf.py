"""The access report (Art. 15 GDPR): what is processed about the person, why, and the data itself.

Cover page; for each processing activity of the register that concerns the person, every item of
Art. 15(1)(a)-(h) and 15(2); then the data, from the extracts attached to the case (CSV or JSON),
as tables whose header repeats on every page; then the rights and how to complain.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.extracts import Extract
from ..domain.register import Activity
from .extract_table import ExtractTable
from .extract_table import TableStyle as ExtractStyle
from .letters_pdf import FONT, FONT_BOLD, register_fonts

TABLE = ExtractStyle(font=FONT, bold=FONT_BOLD)

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Rapport d’accès à vos données personnelles",
        "person": "Personne concernée",
        "reference": "Référence",
        "controller": "Responsable du traitement",
        "date": "Date",
        "dpo": "Délégué à la protection des données",
        "activities": "Les traitements qui vous concernent",
        "purposes": "Finalités",
        "legal_basis": "Base légale",
        "data_categories": "Catégories de données",
        "recipients": "Destinataires",
        "retention": "Durée de conservation",
        "source": "Source des données",
        "transfers": "Transferts hors de l’Union européenne et garanties",
        "automated_decision": "Décision automatisée, logique et conséquences",
        "no_transfer": "Aucun transfert hors de l’Union européenne.",
        "no_recipient": "Aucun destinataire en dehors de nos services.",
        "no_automated": "Aucune décision fondée exclusivement sur un traitement automatisé (article 22 du RGPD).",
        "safeguards": "Garanties\u00a0:",
        "collected_from_you": "Auprès de vous",
        "data": "Vos données",
        "no_data": "Aucun extrait de données n’est joint à ce dossier.",
        "rights_title": "Vos droits",
        "rows": "{n} ligne(s)",
    },
    "en": {
        "title": "Report on access to your personal data",
        "person": "Data subject",
        "reference": "Reference",
        "controller": "Controller",
        "date": "Date",
        "dpo": "Data Protection Officer",
        "activities": "The processing that concerns you",
        "purposes": "Purposes",
        "legal_basis": "Legal basis",
        "data_categories": "Categories of data",
        "recipients": "Recipients",
        "retention": "Retention period",
        "source": "Source of the data",
        "transfers": "Transfers outside the European Union and safeguards",
        "automated_decision": "Automated decision-making, its logic and consequences",
        "no_transfer": "No transfer outside the European Union.",
        "no_recipient": "No recipient outside our own services.",
        "no_automated": "No decision based solely on automated processing (Article 22 GDPR).",
        "safeguards": "Safeguards:",
        "collected_from_you": "From you",
        "data": "Your data",
        "no_data": "No data extract is attached to this case.",
        "rights_title": "Your rights",
        "rows": "{n} row(s)",
    },
}
# What the report says of the person's other rights, one paragraph each.
RIGHTS: dict[str, tuple[str, ...]] = {
    "fr": (
        "Vous pouvez demander la rectification de vos données inexactes (article 16 du RGPD), leur effacement "
        "(article 17), la limitation de leur traitement (article 18), vous opposer à leur traitement "
        "(article 21) et recevoir les données que vous avez fournies dans un format lisible par machine "
        "(article 20).",
        "Vous pouvez introduire une réclamation auprès de {authority}.",
        "Pour exercer vos droits : {dpo}.",
    ),
    "en": (
        "You may ask for the rectification of inaccurate data (Article 16 GDPR), its erasure (Article 17), "
        "the restriction of its processing (Article 18), object to its processing (Article 21), and receive "
        "the data you provided in a machine-readable format (Article 20).",
        "You may lodge a complaint with {authority}.",
        "To exercise your rights: {dpo}.",
    ),
}
ITEMS = (
    "purposes",
    "legal_basis",
    "data_categories",
    "recipients",
    "retention",
    "source",
    "transfers",
    "automated_decision",
)


@dataclass(frozen=True)
class ReportContent:
    language: str
    person: str
    reference: str
    controller: list[str]
    date: str
    dpo: str
    authority: str
    activities: list[Activity]
    extracts: list[Extract]
    withheld: list[str] = field(default_factory=list)  # why other people's data was withheld (Art. 15(4))
    withheld_in: tuple[str, ...] = ()  # "extracts" (placeholders in the tables), "copies" (blacked out)


def render_report(report: ReportContent) -> bytes:
    register_fonts()
    words = LABELS[report.language]
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=17, leading=22, spaceAfter=14)
    h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6)
    h3 = ParagraphStyle("h3", fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4)
    width = A4[0] - 40 * mm

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)

    story: list[object] = [Spacer(1, 30 * mm), p(words["title"], h1)]
    cover = [
        (words["person"], report.person),
        (words["reference"], report.reference),
        (words["controller"], "\n".join(report.controller)),
        (words["date"], report.date),
        (words["dpo"], report.dpo),
    ]
    story.append(_facts(cover, width, p, body))
    story += [PageBreak(), p(words["activities"], h2)]
    for activity in report.activities:
        story.append(p(activity.name, h3))
        facts = []
        for item in ITEMS:
            value = getattr(activity, item)
            if isinstance(value, list):
                value = "\n".join(f"– {v}" for v in value)
            if item == "retention" and activity.retention_basis:
                value = f"{value} ({activity.retention_basis})"
            if item == "transfers" and value and activity.transfer_safeguards:
                value = f"{value}\n{words['safeguards']} {activity.transfer_safeguards}"
            if not value:  # the register says "" for none; a required item is never empty (services/reports)
                value = {
                    "source": words["collected_from_you"],
                    "transfers": words["no_transfer"],
                    "recipients": words["no_recipient"],
                    "automated_decision": words["no_automated"],
                }[item]
            facts.append((words[item], value))
        story.append(_facts(facts, width, p, body))
    story += [PageBreak(), p(words["data"], h2)]
    if not report.extracts:
        story.append(p(words["no_data"]))
    for extract in report.extracts:
        story.append(p(f"{extract.name} — {words['rows'].format(n=len(extract.rows))}", h3))
        if extract.header:
            story.append(ExtractTable(extract.header, extract.rows, width, TABLE))
    if report.withheld:
        story += _withheld(report.language, report.withheld, report.withheld_in, report.authority, p, h2)
    story.append(p(words["rights_title"], h2))
    for line in RIGHTS[report.language]:
        story.append(p(line.format(authority=report.authority, dpo=report.dpo)))
        story.append(Spacer(1, 3 * mm))

    def number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(20 * mm, 12 * mm, f"{report.reference} — {words['title']}")
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{report.reference} — {words['title']}",
        initialFontName=FONT,
        creator="DPO Desk",
        invariant=True,  # the same report twice is the same file: it is kept once
    )
    doc.build(story, onFirstPage=number, onLaterPages=number)
    return buffer.getvalue()


def _facts(rows: list[tuple[str, str]], width: float, p, body: ParagraphStyle) -> Table:  # type: ignore[no-untyped-def]
    bold = ParagraphStyle("label", parent=body, fontName=FONT_BOLD)
    table = Table([[p(label, bold), p(value)] for label, value in rows], colWidths=[55 * mm, width - 55 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e2e8f0")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


# Information withheld to protect others (Art. 15(4)) -------------------------------------------

WITHHELD_WORDS = {
    "fr": {
        "title": "Informations non communiquées",
        "intro": "Certaines informations ne vous sont pas communiquées afin de protéger les droits et libertés "
        "d’autres personnes (article 15, paragraphe 4, du RGPD).",
        "extracts": "Dans les tableaux de vos données, elles sont remplacées par la mention "
        "« [occulté\u00a0: données d’un tiers] ».",
        "copies": "Dans les copies de documents jointes, elles sont masquées en noir.",
        "reasons": "Motifs\u00a0:",
        "remedies": "Si vous contestez cette décision, vous pouvez introduire une réclamation auprès de la "
        "Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 "
        "Paris Cedex 07, ou en ligne sur cnil.fr/fr/plaintes{authority}, et former un recours juridictionnel "
        "(article 12, paragraphe 4, et article 79 du RGPD).",
    },
    "en": {
        "title": "Information withheld",
        "intro": "Some information is not disclosed to you, to protect the rights and freedoms of other people "
        "(Article 15(4) GDPR).",
        "extracts": "In the tables of your data, it is replaced by “[withheld: another person's data]”.",
        "copies": "In the copies of documents enclosed, it is blacked out.",
        "reasons": "Reasons:",
        "remedies": "If you disagree with this decision, you may lodge a complaint with the Commission nationale "
        "de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France, "
        "or online at cnil.fr/fr/plaintes{authority}, and seek a judicial remedy (Articles 12(4) and 79 GDPR).",
    },
}


def _withheld(language: str, reasons: list[str], where: tuple[str, ...], authority: str, p, h2) -> list[object]:  # type: ignore[no-untyped-def]
    words = WITHHELD_WORDS[language]
    other = "" if not authority or "CNIL" in authority else (" ; " if language == "fr" else "; ") + authority
    intro = " ".join([words["intro"], *(words[w] for w in where), words["reasons"]])
    story: list[object] = [p(words["title"], h2), p(intro)]
    story += [p(f"– {reason}") for reason in reasons]
    story += [Spacer(1, 2 * mm), p(words["remedies"].format(authority=other)), Spacer(1, 3 * mm)]
    return story
