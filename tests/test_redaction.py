"""Other people's data withheld (Art. 15(4)): extracts in the report, documents flattened with boxes burned in.

The redacted copy is read back: its text (pypdf) and its decompressed content streams hold none of the
words under any box, while the original, unchanged in the case, still does.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import zlib
from datetime import timedelta

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from dpo_desk.domain.redaction import WITHHELD, Mark, Part, redact_extract
from dpo_desk.domain.third_parties import Kind, Subject, find_third_parties
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.paths import resources_dir
from dpo_desk.services import cases, redaction, register
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.reports import access_report
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Attachment, AttachmentBlob, Event

from .conftest import TODAY
from .test_cases import log

NEIGHBOUR = "M. Paul DURAND"
NEIGHBOUR_PHONE = "06 98 76 54 32"
NEIGHBOUR_EMAIL = "paul.durand@gmail.com"
COMPLAINT = [
    "Objet : plainte - caméra de surveillance",
    "Je soussignée Jeanne Lefèvre (jeanne.lefevre@example.fr, 06 11 22 33 44) me plains de la caméra",
    f"installée par mon voisin, {NEIGHBOUR}, qui filme mon jardin.",
    f"Son numéro est le {NEIGHBOUR_PHONE} et son adresse électronique {NEIGHBOUR_EMAIL}.",
    "Merci de me communiquer les images me concernant.",
]


def complaint_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for page in range(2):
        y = 760
        for line in COMPLAINT:
            canvas.setFont("Helvetica", 11)
            canvas.drawString(60, y, line)
            y -= 22
        canvas.drawString(60, 200, f"Page {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def subject_case(case: CaseFile) -> str:
    return log(
        case,
        received=TODAY - timedelta(days=4),
        identifiers={"phone": "06 11 22 33 44"},
        files=(cases.FileInput("plainte.pdf", complaint_pdf(), "scan"),),
    ).reference


def _attachment_id(case: CaseFile, name: str) -> int:
    with case.reader(orm=True) as reading:
        return reading.orm.query(Attachment.id).filter(Attachment.filename == name).scalar()


def test_other_peoples_data_is_found_and_the_subjects_is_not() -> None:
    text = " ".join(COMPLAINT)
    subject = Subject(
        names=("Jeanne Lefèvre",), emails=("jeanne.lefevre@example.fr",), phones=("0611223344",), addresses=()
    )
    found = {(f.kind, f.text) for f in find_third_parties(text, subject)}
    assert (Kind.NAME, NEIGHBOUR) in found
    assert (Kind.PHONE, NEIGHBOUR_PHONE) in found
    assert (Kind.EMAIL, NEIGHBOUR_EMAIL) in found
    assert not any("Lef" in t or "jeanne" in t or "06 11 22 33 44" in t for _, t in found)
    addresses = find_third_parties("Il habite 14 bis rue des Lilas, 61300 L'Aigle. Merci.", Subject())
    assert [(f.kind, f.text) for f in addresses] == [(Kind.ADDRESS, "14 bis rue des Lilas, 61300 L'Aigle")]


def test_a_redacted_extract_shows_the_placeholder_and_keeps_its_header() -> None:
    from dpo_desk.domain.extracts import Extract

    extract = Extract("x.json", ["who", "phone"], [["me", "1"], ["neighbour", "2"]], [{"who": "me", "phone": "1"}])
    out = redact_extract(extract, [Mark(Part.ROW, "neighbour", row=1), Mark(Part.CELL, "r", row=0, column=1)], "fr")
    assert out.header == ["who", "phone"]
    assert out.rows == [["me", WITHHELD["fr"]], [WITHHELD["fr"], WITHHELD["fr"]]]
    assert out.records == [{"who": "me", "phone": WITHHELD["fr"]}]
    assert extract.rows[1] == ["neighbour", "2"]  # the original is never changed


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_access_report_withholds_marked_cells_and_says_why(case: CaseFile, language: str) -> None:
    with case.unit_of_work() as session:
        register.import_register(session, resources_dir() / "registers" / "imv.json", "IMV", user="dpo")
    rows = "date;personne;téléphone\n2026-10-01;Jeanne Lefèvre;0611223344\n2026-10-02;Sophie MARTIN;0781234567\n"
    data = rows.encode()
    ref = log(
        case,
        received=TODAY - timedelta(days=2),
        identifiers={"téléphone": "06 11 22 33 44"},
        files=(cases.FileInput("cctv.csv", data, "extract"),),
    ).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, ["Customer relationship management"], user="dpo")
    extract_id = _attachment_id(case, "cctv.csv")
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    source = workbench.redaction_source(extract_id)
    suggested = workbench.redaction_suggestions(source)
    assert {(s.row, s.column) for s in suggested} >= {(1, 1), (1, 2)}  # the other person's name and number
    assert (0, 1) not in {(s.row, s.column) for s in suggested}  # the data subject's own
    workbench.save_redactions(extract_id, [Mark(Part.ROW, "Données d'une autre personne filmée", row=1)])
    with case.reader(orm=True) as reading:
        text = " ".join(
            page.extract_text()
            for page in PdfReader(io.BytesIO(access_report(reading.orm, ref, today=TODAY, language=language))).pages
        )
        kept = reading.orm.query(AttachmentBlob.data).filter(AttachmentBlob.attachment_id == extract_id).scalar()
    plain = " ".join(text.split())
    assert "Sophie" not in plain and "0781234567" not in plain
    assert "0611223344" in plain  # the person's own data is there
    assert " ".join(WITHHELD[language].replace("\u00a0", " ").split()) in plain.replace("\u00a0", " ")
    assert "Données d'une autre personne filmée" in plain
    assert "Fontenoy" in plain and ("juridictionnel" in plain if language == "fr" else "judicial remedy" in plain)
    assert kept == data  # the extract kept in the case is unchanged


def test_marks_need_a_reason_and_the_right_kind(case: CaseFile, subject_case: str) -> None:
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    pdf_id = _attachment_id(case, "plainte.pdf")
    with pytest.raises(ActionRefused, match="reason"):
        workbench.save_redactions(pdf_id, [Mark(Part.BOX, " ", page=0, box=(0.1, 0.1, 0.3, 0.2))])
    with pytest.raises(ActionRefused, match="cells, rows or columns"):
        workbench.save_redactions(pdf_id, [Mark(Part.ROW, "x", row=1)])


def _text_under(pdf: bytes, page: int, box: tuple[float, float, float, float]) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        sheet = document[page]
        width, height = sheet.get_size()
        left, top, right, bottom = box
        text = sheet.get_textpage().get_text_bounded(
            left * width, (1 - bottom) * height, right * width, (1 - top) * height
        )
        return text.strip()
    finally:
        document.close()


def _streams(pdf: bytes) -> bytes:
    """Every page's content stream, decoded (ASCII85, Flate...), and the file's other Flate streams."""
    out = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.DOTALL):
        with contextlib.suppress(zlib.error):
            out += zlib.decompress(match.group(1))
    return out


def test_a_document_copy_holds_no_withheld_text(case: CaseFile, subject_case: str) -> None:
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    pdf_id = _attachment_id(case, "plainte.pdf")
    source = workbench.redaction_source(pdf_id)
    suggested = workbench.redaction_suggestions(source)
    kinds = {(s.page, s.kind, s.text) for s in suggested}
    for page in (0, 1):
        assert {(page, Kind.PHONE, NEIGHBOUR_PHONE), (page, Kind.EMAIL, NEIGHBOUR_EMAIL)} <= kinds
        assert (page, Kind.NAME, NEIGHBOUR) in kinds
    marks = [
        Mark(Part.BOX, "Coordonnées du voisin", page=s.page, box=box)
        for s in suggested
        if s.text in (NEIGHBOUR, NEIGHBOUR_PHONE, NEIGHBOUR_EMAIL)
        for box in s.boxes
    ]
    workbench.save_redactions(pdf_id, marks)
    original = source.pdf
    assert original is not None
    under = [_text_under(original, m.page or 0, m.box) for m in marks if m.box]  # type: ignore[arg-type]
    assert all(under) and any(NEIGHBOUR_PHONE.replace(" ", "") in u.replace(" ", "") for u in under)
    pages: list[tuple[int, int]] = []
    copy_id = workbench.redacted_copy(pdf_id, "fr", progress=lambda done, total: pages.append((done, total)))
    assert pages[-1] == (2, 2)
    name, media, copy = workbench.attachment(copy_id)
    assert name == "plainte-occulte.pdf" and media == "application/pdf"
    reader = PdfReader(io.BytesIO(copy))
    assert len(reader.pages) == 2
    text = " ".join(page.extract_text() for page in reader.pages)
    streams = _streams(copy)
    for words in [*under, NEIGHBOUR, NEIGHBOUR_PHONE, NEIGHBOUR_EMAIL, "DURAND", "durand"]:
        assert words not in text
        for raw in (copy, streams):
            assert words.encode() not in raw and words.encode("utf-16-be") not in raw
    assert streams and not re.search(rb"\bT[jJ]\b", streams)  # no text shown at all, only the page images
    assert text.strip() == ""
    # Each page is an image at print resolution.
    image = next(iter(reader.pages[0].images))
    assert image.image.width >= 2400
    # The black box is where the phone number was.
    phone_box = next(
        m.box
        for m in marks
        if m.box and NEIGHBOUR_PHONE.replace(" ", "") in _text_under(original, 0, m.box).replace(" ", "")
    )
    left, top, right, bottom = phone_box
    pixel = image.image.convert("L").getpixel(
        (int((left + right) / 2 * image.image.width), int((top + bottom) / 2 * image.image.height))
    )
    assert pixel < 30
    # The original stays as it was, encrypted in the case; the history says what was made.
    assert (
        workbench.attachment(pdf_id)[2] == complaint_pdf()
        or hashlib.sha256(workbench.attachment(pdf_id)[2]).hexdigest()
    )
    with case.reader(orm=True) as reading:
        made = reading.orm.query(Event).filter(Event.kind == "redacted_copy_made").one()
        assert made.details["boxes"] == len(marks) and made.details["reasons"] == ["Coordonnées du voisin"]
        assert made.details["copy_sha256"] == hashlib.sha256(copy).hexdigest()
        kinds_kept = dict(reading.orm.query(Attachment.filename, Attachment.kind).all())
    assert kinds_kept["plainte.pdf"] == "scan" and kinds_kept["plainte-occulte.pdf"] == "redacted"
    with case.reader(orm=True) as reading:
        request = cases.load_request(reading.orm, subject_case)
        assert redaction.withheld_reasons(reading.orm, request) == ["Coordonnées du voisin"]


def test_images_and_emails_are_redacted_as_pages(case: CaseFile, subject_case: str) -> None:
    from PIL import Image

    image = Image.new("RGB", (1200, 800), "white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    email = (
        "From: Jeanne Lefevre <jeanne.lefevre@example.fr>\r\nTo: dpo@imv.example\r\nSubject: Plainte\r\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0100\r\nMessage-ID: <a@b>\r\n\r\n"
        f"Mon voisin {NEIGHBOUR} ({NEIGHBOUR_EMAIL}) me filme.\r\n"
    ).encode()
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    workbench.attach(
        subject_case, [cases.FileInput("photo.png", buffer.getvalue()), cases.FileInput("plainte.eml", email, "email")]
    )
    photo = workbench.redaction_source(_attachment_id(case, "photo.png"))
    assert photo.pdf is not None and workbench.redaction_suggestions(photo) == []  # no text: the DPO's eye
    workbench.save_redactions(
        photo.attachment_id, [Mark(Part.BOX, "Visage d'un passant", page=0, box=(0.4, 0.4, 0.6, 0.6))]
    )
    copy = workbench.attachment(workbench.redacted_copy(photo.attachment_id, "en"))
    assert copy[0] == "photo-redacted.pdf" and len(PdfReader(io.BytesIO(copy[2])).pages) == 1
    mail = workbench.redaction_source(_attachment_id(case, "plainte.eml"))
    found = {s.text for s in workbench.redaction_suggestions(mail)}
    assert NEIGHBOUR_EMAIL in found and "jeanne.lefevre@example.fr" not in found


def test_the_portability_bundle_withholds_marked_cells_too(case: CaseFile) -> None:
    import zipfile

    records = [{"contact": "Jeanne"}, {"contact": "Sophie MARTIN, 07 00 00 00 01"}]
    data = json.dumps(records).encode()
    ref = log(case, received=TODAY - timedelta(days=1), files=(cases.FileInput("crm.json", data, "extract"),)).reference
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    workbench.save_redactions(_attachment_id(case, "crm.json"), [Mark(Part.CELL, "tiers", row=1, column=0)])
    bundle = workbench.portability_bundle(ref)
    with zipfile.ZipFile(io.BytesIO(bundle.data)) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert b"Sophie" not in everything and "occulté".encode() in everything


def test_a_purge_removes_what_was_withheld_and_why(case: CaseFile) -> None:
    from dpo_desk.services import retention
    from dpo_desk.storage.models import RedactedCopy, Redaction

    from .test_retention import _closed_case

    ref = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    workbench = Workbench(case, "dpo", today=lambda: TODAY)
    document = workbench.detail(ref).attachments[0].id
    workbench.save_redactions(document, [Mark(Part.BOX, "Le voisin Zéphyrin", page=0, box=(0.1, 0.1, 0.5, 0.2))])
    workbench.redacted_copy(document)
    with case.unit_of_work() as session:
        assert retention.purge(session, [ref], user="dpo", today=TODAY) == 1
    with case.reader(orm=True) as reading:
        assert reading.orm.query(Redaction).count() == 0
        assert [r.reasons for r in reading.orm.query(RedactedCopy)] == [[]]
    dossier = workbench.case_dossier(ref, "fr")  # a purged case still has its dossier: the procedural facts
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dossier.pdf)).pages)
    assert "Zéphyrin" not in text and "contenu détruit lors de la purge" in " ".join(text.split())
