"""The activity report as PDF: the figures a DPO shows to account for the handling of requests."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..domain.activity import ActivitySummary
from ..domain.channels import Channel
from ..domain.letters import date_in_words
from ..domain.rights import Right
from .letters_pdf import FONT, FONT_BOLD, register_fonts

WORDS = {
    "fr": {
        "title": "Rapport d’activité du DPO — demandes d’exercice de droits",
        "period": "Demandes reçues du {start} au {end}",
        "scope": "Organisation : {org}",
        "all": "toutes",
        "received": "Demandes reçues",
        "responded": "Réponses apportées",
        "on_time": "Réponses dans le délai",
        "median": "Délai médian de réponse",
        "worst": "Délai de réponse le plus long",
        "extended": "Délais prolongés (art. 12(3))",
        "refused": "Refus, totaux ou partiels",
        "refused_late": "dont envoyés après le délai",
        "withdrawn": "Demandes retirées",
        "open": "Encore en cours",
        "overdue": "En retard aujourd’hui",
        "days": "{n} jours",
        "none": "—",
        "per_month": "Demandes reçues par mois",
        "by_right": "Droits exercés",
        "by_channel": "Canaux de réception",
        "checkpoint": "Point de contrôle de l’historique à la date du rapport : {checkpoint}. Conservez ce "
        "rapport : « dpo-desk verify --expect {checkpoint} » vérifie plus tard que rien de l’historique "
        "antérieur n’a été coupé ni réécrit.",
    },
    "en": {
        "title": "DPO activity report — data-subject rights requests",
        "period": "Requests received from {start} to {end}",
        "scope": "Organisation: {org}",
        "all": "all",
        "received": "Requests received",
        "responded": "Responses given",
        "on_time": "Responses within the deadline",
        "median": "Median time to respond",
        "worst": "Longest time to respond",
        "extended": "Deadlines extended (Art. 12(3))",
        "refused": "Refusals, full or partial",
        "refused_late": "of which sent after the deadline",
        "withdrawn": "Requests withdrawn",
        "open": "Still open",
        "overdue": "Overdue today",
        "days": "{n} days",
        "none": "—",
        "per_month": "Requests received per month",
        "by_right": "Rights exercised",
        "by_channel": "How requests arrived",
        "checkpoint": "History checkpoint when this report was made: {checkpoint}. Keep this report: "
        "“dpo-desk verify --expect {checkpoint}” later checks that none of the history before it was cut or "
        "rewritten.",
    },
}
BAR = colors.HexColor("#1e3a8a")


def key_figures(summary: ActivitySummary, language: str) -> list[tuple[str, str]]:
    w = WORDS[language]
    sign = "\u00a0%" if language == "fr" else "%"  # French puts a no-break space before the sign
    share = f" ({round(summary.on_time_share * 100)}{sign})" if summary.on_time_share is not None else ""

    def days(value: float | None) -> str:
        return w["none"] if value is None else w["days"].format(n=f"{value:g}")

    return [
        (w["received"], str(summary.received)),
        (w["responded"], str(summary.responded)),
        (w["on_time"], f"{summary.on_time}{share}"),
        (w["median"], days(summary.median_days)),
        (w["worst"], days(summary.worst_days)),
        (w["extended"], str(summary.extended)),
        (w["refused"], str(summary.refused)),
        (w["refused_late"], str(summary.refused_late)),
        (w["withdrawn"], str(summary.withdrawn)),
        (w["open"], str(summary.open_now)),
        (w["overdue"], str(summary.overdue_now)),
    ]


def _finished(drawing: Drawing, chart: VerticalBarChart | HorizontalBarChart) -> Drawing:
    """The look both charts share: counts from zero, our font, plain blue bars."""
    chart.categoryAxis.labels.fontName = FONT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _columns(data: dict[str, int], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 40, height - 45
    chart.data = [list(data.values()) or [0]]
    chart.categoryAxis.categoryNames = [f"{k[5:]}/{k[2:4]}" if len(k) == 7 else k for k in data] or [""]
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 45 if len(data) > 12 else 0
    chart.categoryAxis.labels.dy = -6
    return _finished(drawing, chart)


def _rows(data: dict[str, int], width: float) -> Drawing:
    height = 18 * max(1, len(data)) + 20
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 165, 10, width - 185, height - 20
    chart.data = [list(reversed(list(data.values()))) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(list(data))) or [""]
    chart.categoryAxis.labels.fontSize = 8
    return _finished(drawing, chart)


def render_activity(summary: ActivitySummary, *, language: str, organisation: str) -> bytes:
    register_fonts()
    w = WORDS[language]
    labels = {r.value: r.label(language) for r in Right} | {c.value: c.label(language) for c in Channel}
    h1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4)
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13)
    bold = ParagraphStyle("bold", parent=body, fontName=FONT_BOLD)
    width = A4[0] - 40 * mm
    start, end = date_in_words(summary.start, language), date_in_words(summary.end, language)
    story: list[object] = [
        Paragraph(escape(w["title"]), h1),
        Paragraph(escape(w["period"].format(start=start, end=end)), body),
        Paragraph(escape(w["scope"].format(org=organisation or w["all"])), body),
        Spacer(1, 5 * mm),
    ]
    table = Table(
        [[Paragraph(escape(k), bold), Paragraph(escape(v), body)] for k, v in key_figures(summary, language)],
        colWidths=[85 * mm, width - 85 * mm],
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#e2e8f0"))]))
    story += [table, KeepTogether([Paragraph(escape(w["per_month"]), h2), _columns(summary.per_month, width, 60 * mm)])]
    for title, data in ((w["by_right"], summary.by_right), (w["by_channel"], summary.by_channel)):
        named = {labels.get(key, key): count for key, count in data.items()}
        story.append(KeepTogether([Paragraph(escape(title), h2), _rows(named, width)]))
    if summary.checkpoint:
        small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=colors.HexColor("#475569"))
        story += [Spacer(1, 6 * mm), Paragraph(escape(w["checkpoint"].format(checkpoint=summary.checkpoint)), small)]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=w["title"],
        creator="DPO Desk",
        invariant=True,
    ).build(story)
    return buffer.getvalue()
