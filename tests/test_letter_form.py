"""The form of letters, read back from their PDFs: the address inside the envelope's window for
the letter folded in three (right and left windows), La Poste's six lines of 38 characters, the
registered-letter mention, and the salutation in the civility the person gave."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader, mult
from reportlab.pdfbase import pdfmetrics

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.envelope import Box, WindowSide, window_on_sheet
from dpo_desk.domain.letters import LetterKind
from dpo_desk.renderers.letters_pdf import FONT, register_fonts
from dpo_desk.services import cases, letters
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.organisations import get_organisation
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY

MM = 72 / 25.4
PAGE_HEIGHT = 841.89
ADDRESS = "Résidence Les Tilleuls, bâtiment B\n12 rue de l’Œillet\nBP 42\n61300 L’Aigle"


def _log(case: CaseFile, *, civility: str = "", address: str = ADDRESS, channel: Channel = Channel.POST) -> str:
    with case.unit_of_work() as session:
        return cases.add_request(
            session,
            cases.NewRequest(
                channel=channel,
                received_on=TODAY - timedelta(days=3),
                person=cases.PersonInput(
                    first_name="Éloïse", last_name="Lefèvre", postal_address=address, civility=civility
                ),
                rights=_access(),
            ),
            user="dpo",
            today=TODAY,
        ).reference


def _access():  # type: ignore[no-untyped-def]
    from dpo_desk.domain.rights import Right

    return (Right.ACCESS,)


def _write(case: CaseFile, ref: str, kind: LetterKind = LetterKind.ACKNOWLEDGEMENT, **options: object) -> bytes:
    with case.unit_of_work() as session:
        return letters.create_letter(session, ref, kind, user="dpo", today=TODAY, **options)[1]  # type: ignore[arg-type]


def _set_window(case: CaseFile, side: str) -> None:
    with case.unit_of_work() as session:
        get_organisation(session, None).envelope_window = side


def text_boxes(pdf: bytes) -> list[tuple[str, Box]]:
    """Every piece of text on page 1 with its box in mm from the sheet's top-left corner."""
    register_fonts()
    ascent, descent = (v / 1000 for v in pdfmetrics.getAscentDescent(FONT, 1000))
    page = PdfReader(BytesIO(pdf)).pages[0]
    found: list[tuple[str, Box]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if not text.strip():
            return
        matrix = mult(tm, cm)
        x, y, scale = matrix[4], matrix[5], size * (matrix[0] ** 2 + matrix[1] ** 2) ** 0.5
        name = str(font["/BaseFont"]) if font else ""
        face = "DejaVuSans-Bold" if "Bold" in name else FONT
        width = pdfmetrics.stringWidth(text.rstrip("\n"), face, scale)
        top, bottom = (PAGE_HEIGHT - (y + ascent * scale)) / MM, (PAGE_HEIGHT - (y + descent * scale)) / MM
        found.append((text.strip(), Box(x / MM, top, (x + width) / MM, bottom)))

    page.extract_text(visitor_text=visit)
    return found


SLIDES = [(dx, dy) for dx in (0.0, 5.0, 10.0) for dy in (0.0, 5.5, 11.0)]


@pytest.mark.parametrize("side", ["right", "left"])
def test_every_address_line_shows_in_the_window_however_the_folded_sheet_slides(case: CaseFile, side: str) -> None:
    _set_window(case, side)
    ref = _log(case, civility="madame")
    pdf = _write(case, ref)
    boxes = dict(text_boxes(pdf))
    lines = ["Madame Éloïse Lefèvre", *ADDRESS.splitlines()]
    # The window, measured by hand: 100 mm wide, 20 mm from one side of a 220 mm envelope, 45 mm
    # high, 15 mm from the bottom of a 110 mm one; the sheet in the middle has 5 mm of play around it.
    middle = Box(100 - 5, 50 - 5.5, 200 - 5, 95 - 5.5) if side == "right" else Box(20 - 5, 50 - 5.5, 120 - 5, 95 - 5.5)
    with_play = Box(middle.left + 5, middle.top + 5, middle.right - 5, middle.bottom - 5)
    for line in lines:
        box = boxes[line]
        assert with_play.holds(box), (line, box)
        for dx, dy in SLIDES:
            assert window_on_sheet(WindowSide(side), dx, dy).holds(box), (line, box, dx, dy)
    # Nothing else on the page shows through the window, wherever the sheet slides.
    for text, box in text_boxes(pdf):
        if text in lines:
            continue
        for dx, dy in SLIDES:
            window = window_on_sheet(WindowSide(side), dx, dy)
            overlaps = box.left < window.right and window.left < box.right and box.top < window.bottom
            assert not (overlaps and window.top < box.bottom), (text, box, dx, dy)


def test_a_long_but_allowed_address_fits_the_window(case: CaseFile) -> None:
    widest = "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM"  # 38 of the widest letter
    address = "\n".join(
        [widest, "BATIMENT WWWWWWWWWWWWWWWWWWWWWWWWWWWWW", "12 RUE DE L’ŒILLET", "BP 42", "61300 L’AIGLE"]
    )
    ref = _log(case, address=address)
    boxes = dict(text_boxes(_write(case, ref)))
    for line in address.splitlines():
        for dx, dy in SLIDES:
            assert window_on_sheet(WindowSide.RIGHT, dx, dy).holds(boxes[line]), line


def test_more_than_six_lines_or_38_characters_is_refused_in_words(case: CaseFile) -> None:
    seven = _log(case, address="\n".join(f"ligne {n}" for n in range(1, 7)))
    with pytest.raises(ActionRefused, match="7 lines with the name; La Poste reads at most 6"):
        _write(case, seven)
    long = _log(case, address="123 avenue du Général-de-Gaulle-et-de-la-Libération\n61300 L’Aigle")
    with pytest.raises(ActionRefused, match="has 51 characters; La Poste reads at most 38 per line"):
        _write(case, long)
    with case.reader(orm=True) as reading:
        assert letters.list_letters(reading.orm, long) == []  # nothing half-written


@pytest.mark.parametrize(
    ("civility", "language", "salutation", "name_line"),
    [
        ("madame", "fr", "Madame,", "Madame Éloïse Lefèvre"),
        ("monsieur", "fr", "Monsieur,", "Monsieur Éloïse Lefèvre"),
        ("", "fr", "Madame, Monsieur,", "Éloïse Lefèvre"),
        ("madame", "en", "Dear Madam,", "Ms Éloïse Lefèvre"),
        ("", "en", "Dear Sir or Madam,", "Éloïse Lefèvre"),
    ],
)
def test_the_salutation_and_closing_follow_the_civility(
    case: CaseFile, civility: str, language: str, salutation: str, name_line: str
) -> None:
    ref = _log(case, civility=civility)
    pdf = _write(case, ref, language=language)
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert f"\n{salutation}\n" in text
    assert name_line in text
    if language == "fr" and civility:
        assert "Madame, Monsieur" not in text
        assert f"Nous vous prions d’agréer, {salutation[:-1]}, l’expression" in " ".join(text.split())


def test_an_unknown_civility_is_refused_at_intake(case: CaseFile) -> None:
    with pytest.raises(ActionRefused, match="civility is Madame, Monsieur or none"):
        _log(case, civility="Docteur")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_registered_mention_is_printed_when_sent_registered(case: CaseFile, language: str) -> None:
    mention = {
        "fr": "Lettre recommandée avec accusé de réception",
        "en": "Registered letter with acknowledgement of receipt",
    }[language]
    ref = _log(case)
    plain = _write(case, ref, language=language)
    registered = _write(case, ref, language=language, registered=True)
    assert mention not in PdfReader(BytesIO(plain)).pages[0].extract_text()
    assert mention in PdfReader(BytesIO(registered)).pages[0].extract_text()
    with case.reader(orm=True) as reading:
        assert [v.kind for v in letters.list_letters(reading.orm, ref)] == ["acknowledgement"] * 2
        from dpo_desk.storage.models import Letter

        assert [r.registered for r in reading.orm.query(Letter).order_by(Letter.id)] == [False, True]


def test_the_channel_a_letter_is_sent_by_defaults_to_the_requests(case: CaseFile) -> None:
    ref = _log(case, channel=Channel.EMAIL)
    _write(case, ref)
    with case.unit_of_work() as session:
        letter_id = letters.list_letters(session, ref)[0].id
        letters.mark_sent(session, letter_id, on=TODAY, user="dpo", today=TODAY)
    with case.reader(orm=True) as reading:
        assert letters.list_letters(reading.orm, ref)[0].sent_channel == "email"


def test_an_email_that_says_the_civility_is_logged_with_it(case: CaseFile) -> None:
    from email.message import EmailMessage

    from dpo_desk.services.email_import import import_message
    from dpo_desk.storage.models import Person

    message = EmailMessage()
    message["From"], message["To"] = "Éloïse Lefèvre <eloise@example.fr>", "dpo@imv.example"
    message["Subject"], message["Message-ID"] = "Droit d'accès", "<civility-1@example.fr>"
    message.set_content("Bonjour,\n\nJe souhaite exercer mon droit d'accès.\n\nCordialement,\nMme Éloïse Lefèvre\n")
    with case.unit_of_work() as session:
        outcome = import_message(session, message.as_bytes(), "a.eml", user="dpo", today=TODAY)
    assert outcome.reference
    with case.reader(orm=True) as reading:
        person = reading.orm.query(Person).one()
        assert person.civility == "madame"
    pdf = _write(case, outcome.reference, language="fr")
    assert "\nMadame,\n" in PdfReader(BytesIO(pdf)).pages[0].extract_text()
