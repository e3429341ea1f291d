"""Letters read back from their PDFs: words, placeholders, fonts, page size, envelope window."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader, mult

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.letters import WRITTEN_BY_DPO_DESK, LetterKind, dateline, french_typography
from dpo_desk.domain.pauses import PauseReason
from dpo_desk.domain.statuses import Status
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases, letters
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.organisations import update_organisation
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .test_cases import act, log

MM = 72 / 25.4
A4 = (595.28, 841.89)


def _case_for(case: CaseFile, kind: LetterKind) -> str:
    """A request in the state the letter needs, received 10 days ago (so every deadline is ahead)."""
    received = TODAY - timedelta(days=10)
    ref = log(case, received=received, first="Éloïse", last="Lefèvre", email=f"{kind.value}@example.fr").reference
    with case.unit_of_work() as session:
        person = (
            session.execute(
                cases.select(cases.Person).where(cases.Person.last_name == "Lefèvre").order_by(cases.Person.id.desc())
            )
            .scalars()
            .first()
        )
        person.postal_address = "12 rue de l’Œillet\n61300 L’Aigle"
    if kind is LetterKind.IDENTITY_REQUEST:
        act(case, cases.request_identity, ref, "la signature diffère de celle du dossier client", on=TODAY, today=TODAY)
    elif kind is LetterKind.EXTENSION_NOTICE:
        act(case, cases.extend, ref, "données réparties dans cinq systèmes", on=TODAY, today=TODAY)
    elif kind in (LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.MANIFESTLY_UNFOUNDED):
        status = Status.PARTIALLY_REFUSED if kind is LetterKind.PARTIAL_REFUSAL else Status.REFUSED
        act(case, cases.change_status, ref, Status.IN_PROGRESS, on=TODAY, today=TODAY)
        act(
            case,
            cases.change_status,
            ref,
            status,
            on=TODAY,
            today=TODAY,
            reason="factures conservées dix ans (article L123-22 du Code de commerce)",
        )
    elif kind is LetterKind.CLARIFICATION_REQUEST:
        act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=TODAY, today=TODAY)
    _record_answer(case, ref, kind)
    return ref


def _record_answer(case: CaseFile, ref: str, kind: LetterKind) -> None:
    """What the letters built from the case's facts state (issue 15): the activity, and the decision."""
    from dpo_desk.domain import letter_facts as facts
    from dpo_desk.services import answers, register
    from dpo_desk.services.reports import keep_access_report

    activity = register.Activity("Newsletter", ["Sending news"], "Consent", "Three years", data_categories=["Email"])
    with case.unit_of_work() as session:
        if not register.activities(session, "IMV"):
            register.replace_register(session, "IMV", [activity], user="claire.dpo")
        register.set_concerned(session, ref, ["Newsletter"], user="claire.dpo")
        if kind is LetterKind.ACCESS_RESPONSE:
            cases.add_attachment(
                session,
                ref,
                cases.FileInput("crm.csv", b"champ;valeur\nemail;e@example.fr\n", "extract"),
                user="claire.dpo",
            )
            keep_access_report(session, ref, user="claire.dpo", today=TODAY)
        elif kind is LetterKind.NO_DATA:
            answers.record_extract_reason(
                session,
                ref,
                "Newsletter",
                reason="aucune inscription",
                checked_on=TODAY,
                user="claire.dpo",
                today=TODAY,
            )
        elif kind is LetterKind.ERASURE_DONE:
            until = TODAY.replace(year=TODAY.year + 10, day=1)
            decision = facts.erasure_decision("le compte", [("factures", "b", "L123-22", until)], TODAY)
            answers.record_erasure(session, ref, decision, user="claire.dpo")
        elif kind is LetterKind.OBJECTION_DONE:
            decision = facts.objection_decision("other", "la vidéosurveillance", "stopped", "", TODAY)
            answers.record_objection(session, ref, decision, user="claire.dpo", today=TODAY)
        elif kind is LetterKind.MANIFESTLY_UNFOUNDED:
            reasons = "factures conservées dix ans (article L123-22 du Code de commerce)"
            answers.record_unfounded(
                session, ref, facts.unfounded_decision("excessive", reasons, None, TODAY), user="claire.dpo"
            )
        elif kind is LetterKind.AUTOMATED_DECISION:
            answers.record_automated(session, ref, facts.automated_decision(False, "", "", ""), user="claire.dpo")
        elif kind is LetterKind.RESTRICTION_LIFT:
            lift = facts.restriction_lift(TODAY + timedelta(days=10), "exactitude vérifiée", TODAY)
            answers.record_restriction_lift(session, ref, lift, user="claire.dpo")


def _write(case: CaseFile, ref: str, kind: LetterKind, language: str, details: str = "") -> tuple[int, bytes]:
    with case.unit_of_work() as session:
        return letters.create_letter(
            session, ref, kind, user="claire.dpo", today=TODAY, language=language, details=details
        )


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize(
    "kind", [k for k in LetterKind if k not in WRITTEN_BY_DPO_DESK]
)  # the password letter: test_sending
def test_every_letter_reads_back_whole(case: CaseFile, kind: LetterKind, language: str) -> None:
    ref = _case_for(case, kind)
    details = "Précision demandée : « commandes de 2025 » ?" if kind.details_prompt else ""
    _, pdf = _write(case, ref, kind, language, details)
    reader = PdfReader(BytesIO(pdf))
    lines = "\n".join(page.extract_text() for page in reader.pages)
    text = " ".join(lines.split())  # lines wrap anywhere: compare on words
    assert "{" not in text and "}" not in text
    if language == "fr":  # French spacing: no line may start with ; : ! ? or »
        assert not [line for line in lines.splitlines() if line.strip()[:1] in ";:!?»"]
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)
    assert ref in text and "Éloïse Lefèvre" in text and "rue de l’Œillet" in text
    assert ("Objet" in text) if language == "fr" else ("Subject:" in text)
    assert "IMV Technologies" in text
    if kind is LetterKind.IDENTITY_REQUEST:
        assert "la signature diffère" in text and ("détruite" in text if language == "fr" else "destroyed" in text)
    if kind is LetterKind.EXTENSION_NOTICE:
        assert "cinq systèmes" in text
    if kind.details_prompt:
        assert "commandes de 2025" in text
    if kind in (LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.MANIFESTLY_UNFOUNDED):
        assert "L123-22" in text and "3 place de Fontenoy" in text and "https://www.cnil.fr/fr/plaintes" in text
        assert ("recours juridictionnel" in text) if language == "fr" else ("judicial remedy" in text)
    fonts = {str(font["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts


def test_the_address_sits_in_the_envelope_window(case: CaseFile) -> None:
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    _, pdf = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "fr")
    page = PdfReader(BytesIO(pdf)).pages[0]
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if text.strip():
            found.setdefault(text.strip(), (tm[4], tm[5]))

    page.extract_text(visitor_text=visit)
    for line in ("Éloïse Lefèvre", "12 rue de l’Œillet", "61300 L’Aigle"):
        x, y = found[line]
        from_top = (A4[1] - y) / MM
        # What the DL window shows however the folded sheet slides (test_letter_form.py measures boxes).
        assert 100 <= x / MM <= 190 - 10, (line, x / MM)
        assert 50 < from_top < 84, (line, from_top)


def test_unresolved_placeholders_are_refused_in_words(case: CaseFile) -> None:
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    with pytest.raises(ActionRefused, match="needs the details this letter is about"):
        _write(case, ref, LetterKind.CLARIFICATION_REQUEST, "fr")
    with pytest.raises(ActionRefused, match="reasons of the refusal"):
        _write(case, ref, LetterKind.REFUSAL, "en")
    with pytest.raises(ActionRefused, match="extend the request first"):
        _write(case, ref, LetterKind.EXTENSION_NOTICE, "fr")
    with case.reader(orm=True) as reading:
        assert letters.list_letters(reading.orm, ref) == []


def test_no_extension_notice_after_the_first_deadline(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=80)).reference
    with case.unit_of_work() as session:
        request = cases.load_request(session, ref)
        request.extended, request.extension_reason = True, "complex"
    with pytest.raises(ActionRefused, match="too late"):
        _write(case, ref, LetterKind.EXTENSION_NOTICE, "fr")


def test_letters_are_kept_listed_and_marked_sent(case: CaseFile) -> None:
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    letter_id, pdf = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "fr")
    with case.unit_of_work() as session:
        assert letters.letter_pdf(session, letter_id) == pdf
        letters.mark_sent(
            session,
            letter_id,
            on=TODAY,
            channel=Channel.POST,
            user="lucas.accueil",
            today=TODAY,
            registered_mail_no="1A 987 654 3210 9",
        )
    with pytest.raises(ActionRefused, match="already marked sent"), case.unit_of_work() as session:
        letters.mark_sent(session, letter_id, on=TODAY, channel=Channel.POST, user="x", today=TODAY)
    with case.reader(orm=True) as reading:
        (view,) = letters.list_letters(reading.orm, ref)
        history = cases.get_request(reading.orm, ref, today=TODAY).events
    assert (view.kind, view.sent_on, view.registered_mail_no) == ("acknowledgement", TODAY, "1A 987 654 3210 9")
    assert [e.kind for e in history][-2:] == ["letter_created", "letter_sent"]


def _sign_with_an_image(case: CaseFile) -> None:
    """IMV's letters signed by Claire Vasseur, with a signature image."""
    from PIL import Image

    image = BytesIO()
    Image.new("RGB", (300, 90), "white").save(image, "PNG")
    settings, _ = Workbench(case, "dpo").organisation("IMV")
    with case.unit_of_work() as session:
        update_organisation(
            session,
            "IMV",
            replace(settings, signatory_name="Claire Vasseur"),
            user="dpo",
            today=TODAY,
            signature_image=image.getvalue(),
        )


def test_signature_image_is_printed(case: CaseFile) -> None:
    _sign_with_an_image(case)
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    _, pdf = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "en")
    page = PdfReader(BytesIO(pdf)).pages[0]
    assert len(page.images) == 1 and "Claire Vasseur" in page.extract_text()


def test_cli_writes_the_letter(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dpo_desk.cli.main import main

    from .conftest import PASSPHRASE

    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "ack.pdf"
    assert main(["--case-file", str(case_path), "letter", ref, "acknowledgement", "--lang", "en", "-o", str(out)]) == 0
    assert "Acknowledgement of your request" in PdfReader(out).pages[0].extract_text()
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert main(["--case-file", str(case_path), "letter-sent", "1", "--registered-mail", "1A 1"]) == 0
    assert main(["--case-file", str(case_path), "show", ref, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 2)[-1])
    assert shown["events"][-1]["kind"] == "letter_sent"


def test_free_text_ends_as_a_sentence() -> None:
    assert letters.as_sentence(" données dans cinq systèmes ") == "données dans cinq systèmes."
    assert letters.as_sentence("quelles commandes ?") == "quelles commandes ?"
    assert letters.as_sentence("") == ""
    assert letters.as_sentence("factures (art. L123-22)") == "factures (art. L123-22)."


def test_a_long_letter_runs_on_numbered_pages(case: CaseFile) -> None:
    ref = _case_for(case, LetterKind.RECTIFICATION_DONE)
    kept = " ".join(f"Donnée rectifiée n° {n} : adresse de livraison de l’année {2015 + n}." for n in range(60))
    _, pdf = _write(case, ref, LetterKind.RECTIFICATION_DONE, "fr", kept)
    pages = PdfReader(BytesIO(pdf)).pages
    assert len(pages) >= 2
    texts = [page.extract_text() for page in pages]
    assert [t.strip().endswith(f"{n}/{len(pages)}") for n, t in enumerate(texts, 1)] == [True] * len(pages)
    assert texts[1].startswith(f"{ref} — Rectification de vos données personnelles")
    assert "salutations distinguées" in texts[-1] and "salutations distinguées" not in texts[0]
    assert "Donnée rectifiée n° 59" in " ".join(" ".join(texts).split())


def test_dates_and_typography() -> None:
    assert dateline("L'Aigle", date(2026, 11, 22), "fr") == "L'Aigle, le 22 novembre 2026"
    assert dateline("L'Aigle", date(2026, 3, 1), "fr") == "L'Aigle, le 1er mars 2026"
    assert dateline("Paris", date(2026, 8, 15), "en") == "Paris, 15 August 2026"
    assert french_typography("Objet : « RGPD » ; oui !") == "Objet\u202f: «\u202fRGPD\u202f»\u202f; oui\u202f!"


def test_letters_due_until_the_extension_or_refusal_letter_is_sent(case: CaseFile) -> None:
    from dpo_desk.services.dashboard import Bucket, dashboard_counts

    def due() -> int:
        with case.reader() as reading:
            return dashboard_counts(reading, today=TODAY)[Bucket.LETTERS_DUE]

    extended = _case_for(case, LetterKind.EXTENSION_NOTICE)
    refused = _case_for(case, LetterKind.REFUSAL)
    _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    assert due() == 2
    notice_id, _ = _write(case, extended, LetterKind.EXTENSION_NOTICE, "fr")
    assert due() == 2  # written is not sent
    with case.unit_of_work() as session:
        letters.mark_sent(session, notice_id, on=TODAY, channel=Channel.POST, user="x", today=TODAY)
    assert due() == 1
    refusal_id, _ = _write(case, refused, LetterKind.REFUSAL, "fr")
    with case.unit_of_work() as session:
        letters.mark_sent(session, refusal_id, on=TODAY, channel=Channel.EMAIL, user="x", today=TODAY)
    assert due() == 0


@pytest.mark.gui
def test_printing_renders_every_page(qtbot, case: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from dpo_desk.ui.preview_dialog import PreviewDialog

    ref = _case_for(case, LetterKind.RECTIFICATION_DONE)
    kept = " ".join(f"Donnée n° {n}, rectifiée." for n in range(120))
    _, pdf = _write(case, ref, LetterKind.RECTIFICATION_DONE, "fr", kept)
    dialog = PreviewDialog("lettre.pdf", "application/pdf", pdf)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer here: print into a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = dialog.print_to(printer)
    assert pages == len(PdfReader(BytesIO(pdf)).pages) >= 2
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages and len(printed.pages[0].images) == 1  # a page image at printer resolution
    assert 2400 < printed.pages[0].images[0].image.width < 2600  # A4 at 300 dpi: 2480 pixels wide


def test_an_organisation_uses_its_own_wording(case: CaseFile) -> None:
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    own = (
        "Votre demande {reference}\n---\nBonjour {person_name},\n\nC’est noté ; réponse le {due_date}.\n\nCordialement,"
    )
    with case.unit_of_work() as session:
        letters.save_template(session, "IMV", LetterKind.ACKNOWLEDGEMENT, "fr", own, user="dpo")
    _, pdf = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "fr")
    text = " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())
    assert f"Objet : Votre demande {ref}" in text and "Bonjour Éloïse Lefèvre" in text
    _, english = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "en")  # other language: still the standard
    assert "Acknowledgement of your request" in PdfReader(BytesIO(english)).pages[0].extract_text()
    with case.unit_of_work() as session:
        letters.reset_template(session, "IMV", LetterKind.ACKNOWLEDGEMENT, "fr", user="dpo")
    _, pdf = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "fr")
    assert "Accusé de réception" in PdfReader(BytesIO(pdf)).pages[0].extract_text()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No separator at all {reference}", "must start with its subject"),
        ("Subject\n---\nDear {nom_du_client},", r"uses \{nom_du_client\}, which DPO Desk cannot fill"),
        ("Subject\n---\nA stray { brace", "stray brace"),
    ],
)
def test_unfillable_templates_are_refused(case: CaseFile, text: str, message: str) -> None:
    with pytest.raises(ActionRefused, match=message), case.unit_of_work() as session:
        letters.save_template(session, "IMV", LetterKind.REFUSAL, "en", text, user="dpo")


@pytest.mark.gui
def test_template_editor_previews_and_saves(qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.preview_dialog import PreviewDialog
    from dpo_desk.ui.template_dialog import TemplateDialog

    dialog = TemplateDialog(Workbench(case, "dpo"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("refusal"))
    assert dialog.state.text() == "Standard wording" and "{remedies}" in dialog.editor.toPlainText()
    dialog.editor.setPlainText("Subject {oops}\n---\nBody\n\n{remedies}")
    assert dialog.preview() is None and "cannot fill" in dialog.error.text()
    dialog.editor.setPlainText(dialog.editor.toPlainText().replace("{oops}", "{reference}"))
    preview = dialog.preview()
    assert isinstance(preview, PreviewDialog) and "-0000" in preview.document.getAllText(0).text()
    preview.close()
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.save_button.click()
    assert dialog.state.text() == "This organisation's own wording" and dialog.reset_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        dialog.reset_button.click()
    assert dialog.state.text() == "Standard wording"


def test_space_to_sign_by_hand_replaces_the_signature_image(case: CaseFile) -> None:
    _sign_with_an_image(case)
    ref = _case_for(case, LetterKind.ACKNOWLEDGEMENT)
    with case.unit_of_work() as session:
        _, by_hand = letters.create_letter(
            session, ref, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=TODAY, language="en", sign_by_hand=True
        )
    _, with_image = _write(case, ref, LetterKind.ACKNOWLEDGEMENT, "en")

    def name_height(pdf: bytes) -> float:
        found: list[float] = []
        page = PdfReader(BytesIO(pdf)).pages[-1]
        page.extract_text(
            visitor_text=lambda text, cm, tm, *_: "Claire Vasseur" in text and found.append(mult(tm, cm)[5])
        )
        return found[0]

    assert len(PdfReader(BytesIO(by_hand)).pages[-1].images) == 0
    assert len(PdfReader(BytesIO(with_image)).pages[-1].images) == 1
    assert name_height(with_image) - name_height(by_hand) > 5 * MM  # more room above the name to sign


def test_the_letters_of_a_day_across_cases(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from dpo_desk.cli.main import main

    from .conftest import PASSPHRASE

    first, second = _case_for(case, LetterKind.ACKNOWLEDGEMENT), _case_for(case, LetterKind.ACCESS_RESPONSE)
    _write(case, first, LetterKind.ACKNOWLEDGEMENT, "fr")
    _write(case, second, LetterKind.ACCESS_RESPONSE, "en")
    with case.unit_of_work() as session:  # a letter written yesterday is not in today's batch
        session.info["clock"] = lambda: datetime.now(UTC) - timedelta(days=1)
        letters.create_letter(session, first, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=TODAY)
    today = date.today()
    with case.reader(orm=True) as reading:
        batch = letters.letters_written_on(reading.orm, today)
        yesterday = letters.letters_written_on(reading.orm, today - timedelta(days=1))
    assert [(b.reference, b.kind) for b in batch] == [(first, "acknowledgement"), (second, "access_response")]
    assert batch[0].person == "Éloïse Lefèvre" and [b.reference for b in yesterday] == [first]
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--case-file", str(case_path), "letters", "-o", str(tmp_path)]) == 0
    assert "2 letter(s) written on" in capsys.readouterr().out
    saved = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert saved == sorted(b.filename for b in batch)
    assert "Accusé de réception" in PdfReader(tmp_path / batch[0].filename).pages[0].extract_text()
    assert main(["--case-file", str(case_path), "letters", "--on", "2001-01-01", "-o", str(tmp_path)]) == 0
    assert "No letter was written on 2001-01-01" in capsys.readouterr().out
