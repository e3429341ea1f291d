"""What letters say, read back from their PDFs: only what was decided and recorded for the case (issue 15)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.cli.main import main
from dpo_desk.domain import letter_facts as facts
from dpo_desk.domain.letters import WRITTEN_BY_DPO_DESK, LetterKind
from dpo_desk.domain.rights import Right
from dpo_desk.services import answers, cases, letters, register
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.reports import access_report, keep_access_report
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log

CRM = {
    "name": "Gestion de la relation client",
    "language": "fr",
    "data_subjects": ["Clients"],
    "purposes": ["Gestion des commandes et du service client"],
    "legal_basis": "Exécution du contrat",
    "data_categories": ["Identité", "Coordonnées", "Historique des commandes"],
    "recipients": ["Transports Colis Express", "Cabinet comptable Dupont"],
    "transfers": "",
    "retention": "Cinq ans après la fin du contrat ; factures dix ans",
    "retention_basis": "Code de commerce, art. L123-22",
    "source": "",
    "automated_decision": "",
    "translations": {
        "en": {
            "name": "Customer relationship management",
            "purposes": ["Handling orders and customer service"],
            "legal_basis": "Performance of the contract",
            "data_categories": ["Identity", "Contact details", "Order history"],
            "recipients": ["Transports Colis Express", "Cabinet comptable Dupont"],
            "retention": "Five years after the contract ends; invoices ten years",
            "retention_basis": "French Commercial Code, art. L123-22",
        }
    },
}
CCTV = {
    "name": "Vidéosurveillance du parking",
    "language": "fr",
    "purposes": ["Sécurité des biens et des personnes"],
    "legal_basis": "Intérêt légitime",
    "data_categories": ["Images"],
    "recipients": ["Service sécurité"],
    "retention": "Trente jours",
}


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())


@pytest.fixture
def customer(case: CaseFile, tmp_path: Path) -> str:
    document = {"format": "dpo-desk-register", "version": 1, "organisation": "IMV", "activities": [CRM, CCTV]}
    path = tmp_path / "register.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with case.unit_of_work() as session:
        register.import_register(session, path, "IMV", user="dpo")
    ref = log(case, received=TODAY - timedelta(days=5), rights=(Right.ACCESS, Right.ERASURE)).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, [CRM["name"]], user="dpo")
    return ref


def _write(case: CaseFile, ref: str, kind: LetterKind, language: str = "fr", details: str = "") -> str:
    with case.unit_of_work() as session:
        _, pdf = letters.create_letter(session, ref, kind, user="dpo", today=TODAY, language=language, details=details)
    return _text(pdf)


def _refused(case: CaseFile, ref: str, kind: LetterKind, language: str = "fr") -> str:
    with pytest.raises(ActionRefused) as refused, case.unit_of_work() as session:
        letters.create_letter(session, ref, kind, user="dpo", today=TODAY, language=language)
    return str(refused.value)


def _attach_extract(case: CaseFile, ref: str, name: str = "crm.csv") -> None:
    with case.unit_of_work() as session:
        cases.add_attachment(
            session, ref, cases.FileInput(name, b"champ;valeur\nemail;jeanne@example.fr\n", "extract"), user="dpo"
        )


# 1. Access (Art. 15(3)): the letter says exactly what is enclosed -------------------------------


def test_an_access_answer_without_extract_or_reason_is_not_written(case: CaseFile, customer: str) -> None:
    why = _refused(case, customer, LetterKind.ACCESS_RESPONSE)
    assert "Gestion de la relation client" in why and "extract-reason" in why
    with pytest.raises(ActionRefused, match="extract-reason"), case.reader(orm=True) as reading:
        access_report(reading.orm, customer, today=TODAY, language="fr")


def test_no_data_found_is_its_own_letter_and_never_says_a_copy_is_enclosed(case: CaseFile, customer: str) -> None:
    with case.unit_of_work() as session:
        answers.record_extract_reason(
            session,
            customer,
            CRM["name"],
            reason="aucune donnée vous concernant dans le CRM",
            checked_on=TODAY - timedelta(days=1),
            user="dpo",
            today=TODAY,
        )
    assert "no_data" in _refused(case, customer, LetterKind.ACCESS_RESPONSE)
    for language in ("fr", "en"):
        text = _write(case, customer, LetterKind.NO_DATA, language)
        assert "copie" not in text and "copy" not in text and "P. J." not in text and "Enclosure" not in text
        assert "aucune donnée vous concernant dans le CRM" in text
    day = TODAY - timedelta(days=1)
    assert f"vérifié le {'1er' if day.day == 1 else day.day}" in _write(case, customer, LetterKind.NO_DATA, "fr")


def test_the_access_letter_names_the_extracts_and_lists_every_enclosure(case: CaseFile, customer: str) -> None:
    _attach_extract(case, customer)
    assert "access report" in _refused(case, customer, LetterKind.ACCESS_RESPONSE)
    with case.unit_of_work() as session:
        keep_access_report(session, customer, user="dpo", today=TODAY, language="fr")
    text = _write(case, customer, LetterKind.ACCESS_RESPONSE, "fr")
    assert "copie de vos données" in text and "crm.csv" in text
    assert "P. J. : rapport d’accès à vos données personnelles (rapport-acces-" in text.replace("\u202f", " ")
    assert "https://www.cnil.fr/fr/plaintes" in text


# 2. The access report shows no internal gap ------------------------------------------------------


def test_a_report_is_refused_while_the_register_lacks_an_item_or_the_language(case: CaseFile, customer: str) -> None:
    _attach_extract(case, customer)
    with case.reader(orm=True) as reading:
        french = _text(access_report(reading.orm, customer, today=TODAY, language="fr"))
        english = _text(access_report(reading.orm, customer, today=TODAY, language="en"))
    for text in (french, english):
        assert "Not stated" not in text and "Non renseigné" not in text and "None" not in text
    assert "Aucun transfert hors de l’Union européenne" in french and "Exécution du contrat" in french
    assert "Performance of the contract" in english and "Exécution" not in english
    ref = log(case, received=TODAY - timedelta(days=2), email="autre@example.fr").reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, [CCTV["name"]], user="dpo")
        answers.record_extract_reason(
            session, ref, CCTV["name"], reason="aucune image conservée", checked_on=TODAY, user="dpo", today=TODAY
        )
    with (
        pytest.raises(ActionRefused, match="Vidéosurveillance du parking: its text in English"),
        case.reader(orm=True) as reading,
    ):
        access_report(reading.orm, ref, today=TODAY, language="en")


def test_a_transfer_without_safeguards_is_not_reported(case: CaseFile, tmp_path: Path) -> None:
    entry = {**CCTV, "transfers": "Hébergement aux États-Unis"}
    path = tmp_path / "r.json"
    path.write_text(json.dumps({"format": "dpo-desk-register", "version": 1, "activities": [entry]}), "utf-8")
    with case.unit_of_work() as session:
        register.import_register(session, path, "IMV", user="dpo")
    ref = log(case, received=TODAY - timedelta(days=2)).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, [CCTV["name"]], user="dpo")
    with pytest.raises(ActionRefused, match="safeguards of the transfers"), case.reader(orm=True) as reading:
        access_report(reading.orm, ref, today=TODAY, language="fr")


# 3. Erasure (Art. 17): built from what was decided ------------------------------------------------


def _notify_all(case: CaseFile, ref: str) -> None:
    with case.unit_of_work() as session:
        for name in CRM["recipients"]:
            notice = facts.recipient_notice(name, notified_on=TODAY, exception="", reason="", today=TODAY)
            answers.record_recipient_notice(session, ref, notice, user="dpo")


def test_erasure_with_nothing_kept_says_nothing_is_kept(case: CaseFile, customer: str) -> None:
    assert "decide-erasure" in _refused(case, customer, LetterKind.ERASURE_DONE)
    with case.unit_of_work() as session:
        answers.record_erasure(session, customer, facts.erasure_decision("votre compte client", [], TODAY), user="dpo")
    _notify_all(case, customer)
    text = _write(case, customer, LetterKind.ERASURE_DONE, "fr")
    assert "Nous ne conservons aucune autre donnée vous concernant" in text
    assert "conserver" not in text and "article 12" not in text and "CNIL" not in text
    english = _write(case, customer, LetterKind.ERASURE_DONE, "en")
    assert "We keep no other data about you" in english and "must keep" not in english


def test_erasure_keeping_invoices_states_the_ground_the_end_and_the_remedies(case: CaseFile, customer: str) -> None:
    until = date(TODAY.year + 10, 12, 31)
    decision = facts.erasure_decision(
        "votre compte client et vos préférences",
        [("vos factures", "b", "Code de commerce, art. L123-22", until)],
        TODAY,
    )
    with case.unit_of_work() as session:
        answers.record_erasure(session, customer, decision, user="dpo")
    _notify_all(case, customer)
    text = _write(case, customer, LetterKind.ERASURE_DONE, "fr")
    assert "vos factures" in text and "point b" in text and "obligation légale" in text and "L123-22" in text
    assert f"31 décembre {until.year}" in text
    assert "3 place de Fontenoy" in text and "https://www.cnil.fr/fr/plaintes" in text
    assert "recours juridictionnel" in text
    with pytest.raises(facts.FactError, match=r"Art\. 17"):
        facts.erasure_decision("x", [("factures", "retention", "contrat", until)], TODAY)


# 4. Objection (Art. 21) -------------------------------------------------------------------------


def test_an_objection_to_cctv_is_not_answered_as_marketing(case: CaseFile, customer: str) -> None:
    assert "decide-objection" in _refused(case, customer, LetterKind.OBJECTION_DONE)
    decision = facts.objection_decision(
        "other", "vidéosurveillance du parking", "continues", "sécurité des personnes après trois vols", TODAY
    )
    with case.unit_of_work() as session:
        answers.record_objection(session, customer, decision, user="dpo", today=TODAY)
        assert answers.do_not_contact_csv(session, "IMV")[1] == 0
    text = _write(case, customer, LetterKind.OBJECTION_DONE, "fr")
    assert "prospection" not in text and "trois vols" in text and "article 21, paragraphe 1" in text
    assert "https://www.cnil.fr/fr/plaintes" in text and "recours juridictionnel" in text
    with pytest.raises(facts.FactError, match="absolute"):
        facts.objection_decision("direct_marketing", "newsletter", "continues", "intérêt commercial", TODAY)


def test_a_marketing_objection_puts_the_person_on_the_do_not_contact_list(case: CaseFile, customer: str) -> None:
    decision = facts.objection_decision("direct_marketing", "la lettre d’information", "stopped", "", TODAY)
    with case.unit_of_work() as session:
        answers.record_objection(session, customer, decision, user="dpo", today=TODAY)
        exported, count = answers.do_not_contact_csv(session, "IMV")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert count == 1 and rows[0]["email"] == "jeanne.lefevre@example.fr" and rows[0]["reference"] == customer
    text = _write(case, customer, LetterKind.OBJECTION_DONE, "fr")
    assert "liste d’opposition" in text and "article 21, paragraphes 2 et 3" in text and "CNIL" not in text


# 5. Art. 19: what each recipient was told ---------------------------------------------------------


def test_letters_state_only_the_recipients_notices_recorded(case: CaseFile, customer: str) -> None:
    why = _refused(case, customer, LetterKind.RECTIFICATION_DONE)
    assert "Transports Colis Express" in why and "Cabinet comptable Dupont" in why
    with case.unit_of_work() as session:
        answers.record_recipient_notice(
            session,
            customer,
            facts.recipient_notice("Transports Colis Express", notified_on=TODAY, exception="", reason="", today=TODAY),
            user="dpo",
        )
        answers.record_recipient_notice(
            session,
            customer,
            facts.recipient_notice(
                "Cabinet comptable Dupont",
                notified_on=None,
                exception="disproportionate",
                reason="le cabinet a cessé son activité",
                today=TODAY,
            ),
            user="dpo",
        )
    text = _write(case, customer, LetterKind.RECTIFICATION_DONE, "fr", details="adresse corrigée")
    assert "nous avons informé de cette rectification 1 destinataire(s)" in text
    assert "a cessé son activité" in text and "Transports Colis Express" not in text
    with case.unit_of_work() as session:
        answers.record_recipients_asked(session, customer, True, user="dpo")
    text = _write(case, customer, LetterKind.RESTRICTION_APPLIED, "en", details="accuracy contested")
    assert "Transports Colis Express: informed on" in text and "Cabinet comptable Dupont: not informed" in text


def test_the_restriction_lift_notice_goes_before_the_lifting(case: CaseFile, customer: str) -> None:
    assert "lift-restriction" in _refused(case, customer, LetterKind.RESTRICTION_LIFT)
    with pytest.raises(facts.FactError, match="before"):
        facts.restriction_lift(TODAY, "exactitude vérifiée", TODAY)
    with case.unit_of_work() as session:
        lift = facts.restriction_lift(TODAY + timedelta(days=15), "l’exactitude des données a été vérifiée", TODAY)
        answers.record_restriction_lift(session, customer, lift, user="dpo")
    text = _write(case, customer, LetterKind.RESTRICTION_LIFT, "fr")
    assert "article 18, paragraphe 3" in text and "exactitude des données a été vérifiée" in text


# 6. Art. 12(5): unfounded or excessive, chosen --------------------------------------------------


def test_the_unfounded_letter_says_which_and_the_fee(case: CaseFile, customer: str) -> None:
    assert "decide-unfounded" in _refused(case, customer, LetterKind.MANIFESTLY_UNFOUNDED)
    earlier = log(case, received=TODAY - timedelta(days=3)).reference
    with case.unit_of_work() as session:
        decision = facts.unfounded_decision("excessive", "quatrième demande identique en un mois", "15", TODAY)
        answers.record_unfounded(session, customer, decision, user="dpo")
        assert [r["reference"] for r in answers.earlier_requests(session, customer)] == [earlier]
    text = _write(case, customer, LetterKind.MANIFESTLY_UNFOUNDED, "fr")
    assert "manifestement excessive" in text and "infondée" not in text and "15,00 €" in text
    assert "https://www.cnil.fr/fr/plaintes" in text
    english = _write(case, customer, LetterKind.MANIFESTLY_UNFOUNDED, "en")
    assert "manifestly excessive" in english and "unfounded or excessive" not in english and "€15.00" in english


# New answers: Art. 22 and Art. 20 -------------------------------------------------------------------


def test_the_automated_decision_letter(case: CaseFile, customer: str) -> None:
    assert "decide-automated" in _refused(case, customer, LetterKind.AUTOMATED_DECISION)
    with case.unit_of_work() as session:
        decision = facts.automated_decision(
            True,
            "un score de risque de fraude",
            "la commande peut être bloquée",
            "une vérification d’identité est demandée",
        )
        answers.record_automated(session, customer, decision, user="dpo")
    text = _write(case, customer, LetterKind.AUTOMATED_DECISION, "fr")
    assert "score de risque" in text and "intervention humaine" in text and "contester" in text
    assert "exprimer votre point de vue" in text


def test_portability_only_for_consent_or_contract_else_partial_refusal(case: CaseFile, customer: str) -> None:
    with case.unit_of_work() as session:
        register.set_concerned(session, customer, [CRM["name"], CCTV["name"]], user="dpo")
    text = _write(case, customer, LetterKind.PORTABILITY_RESPONSE, "fr")
    assert "aucun fichier" in text and "Vidéosurveillance du parking (Intérêt légitime)" in text
    assert "https://www.cnil.fr/fr/plaintes" in text and "P. J." not in text


# Every letter on a case where nothing was done: written true, or refused in words ------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_letter_on_an_empty_case_is_true_or_refused(case: CaseFile, language: str) -> None:
    ref = log(case, received=TODAY - timedelta(days=5)).reference
    claims = (
        "copie de vos données",
        "copy of your data",
        "avons informé",
        "we informed",
        "conservées",
        "must keep",
        "liste d’opposition",
        "do-not-contact",
        "unfounded or excessive",
        "infondée ou excessive",
    )
    for kind in LetterKind:
        if kind in WRITTEN_BY_DPO_DESK:
            continue
        try:
            text = _write(case, ref, kind, language)
        except ActionRefused as refused:
            assert str(refused) and "{" not in str(refused)
            continue
        assert not [c for c in claims if c in text], kind


def test_the_cli_records_decisions_and_refuses_a_letter_with_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(tmp_path / "c.dpodesk"))
    assert main(["init", "--org-code", "IMV", "--org-name", "IMV Technologies"]) == 0
    received = (TODAY - timedelta(days=3)).isoformat()
    assert (
        main(
            [
                "add",
                "--channel",
                "email",
                "--received",
                received,
                "--last-name",
                "Martin",
                "--email",
                "m@example.fr",
                "--rights",
                "erasure,objection",
            ]
        )
        == 0
    )
    ref = f"IMV-{(TODAY - timedelta(days=3)).year}-0001"
    capsys.readouterr()
    assert main(["letter", ref, "erasure_done", "-o", str(tmp_path / "e.pdf")]) == 2
    err = capsys.readouterr().err
    assert "decide-erasure" in err and "Traceback" not in err and not (tmp_path / "e.pdf").exists()
    until = f"{TODAY.year + 10}-12-31"
    assert main(["decide-erasure", ref, "--erased", "le compte", "--kept", f"factures|x|L123-22|{until}"]) == 2
    assert "Art. 17(3)" in capsys.readouterr().err
    assert main(["decide-erasure", ref, "--erased", "le compte", "--kept", f"factures|b|L123-22|{until}"]) == 0
    assert main(["decide-objection", ref, "--kind", "direct_marketing", "--processing", "newsletter"]) == 0
    assert main(["do-not-contact", "export", "-o", str(tmp_path / "dnc.csv")]) == 0
    assert "m@example.fr" in (tmp_path / "dnc.csv").read_text(encoding="utf-8")
    assert main(["letter", ref, "objection_done", "--lang", "en", "-o", str(tmp_path / "o.pdf")]) == 0
    assert "do-not-contact list" in _text((tmp_path / "o.pdf").read_bytes())
    lift_on = (TODAY + timedelta(days=10)).isoformat()
    assert main(["lift-restriction", ref, "--on", lift_on, "--reason", "accuracy verified"]) == 0
    capsys.readouterr()
    assert main(["restrictions-to-lift"]) == 0
    assert f"{ref}: restriction to be lifted on {lift_on}" in capsys.readouterr().out


def test_the_purge_keeps_the_do_not_contact_list_and_forgets_the_decisions(case: CaseFile) -> None:
    from dpo_desk.services import retention
    from dpo_desk.storage.models import AnswerFact

    from .test_retention import _closed_case

    ref = _closed_case(case, closed=TODAY - timedelta(days=6 * 366), marker="Quentinblaise")
    with case.unit_of_work() as session:
        decision = facts.objection_decision("direct_marketing", "la lettre d’information", "stopped", "", TODAY)
        answers.record_objection(session, ref, decision, user="dpo", today=TODAY)
    with case.unit_of_work() as session:
        assert retention.purge(session, [ref], user="dpo", today=TODAY) == 1
    with case.reader(orm=True) as reading:
        exported, count = answers.do_not_contact_csv(reading.orm, "IMV")
        assert reading.orm.query(AnswerFact).count() == 0
    assert count == 1 and "quentinblaise@example.fr" in exported


def test_a_restriction_to_lift_is_a_reminder_until_its_notice_is_sent(case: CaseFile, customer: str) -> None:
    from dpo_desk.domain.channels import Channel

    lift_on = TODAY + timedelta(days=15)
    with case.unit_of_work() as session:
        answers.record_restriction_lift(
            session, customer, facts.restriction_lift(lift_on, "exactitude vérifiée", TODAY), user="dpo"
        )
        assert answers.restriction_lift_reminders(session, today=TODAY) == [(customer, lift_on)]
        letter_id, _ = letters.create_letter(session, customer, LetterKind.RESTRICTION_LIFT, user="dpo", today=TODAY)
        assert answers.restriction_lift_reminders(session, today=TODAY) == [(customer, lift_on)]  # written, not sent
        letters.mark_sent(session, letter_id, on=TODAY, channel=Channel.POST, user="dpo", today=TODAY)
        assert answers.restriction_lift_reminders(session, today=TODAY) == []


def test_the_portability_bundle_holds_only_what_the_person_provided(case: CaseFile, customer: str) -> None:
    import zipfile

    from dpo_desk.services.portability import portability_bundle

    _attach_extract(case, customer, "commandes.csv")
    _attach_extract(case, customer, "scores-internes.csv")
    with case.unit_of_work() as session:
        answers.record_extract_source(
            session, customer, "commandes.csv", CRM["name"], provided_by_person=True, user="dpo"
        )
        bundle = portability_bundle(session, customer, user="dpo", today=TODAY, language="fr")
    names = zipfile.ZipFile(io.BytesIO(bundle.data)).namelist()
    assert any("commandes" in n for n in names) and not any("scores" in n for n in names)
    text = _write(case, customer, LetterKind.PORTABILITY_RESPONSE, "fr")
    assert "commandes.csv" in text and "scores-internes" not in text
    assert "P. J. : vos données dans un fichier ZIP (portabilité)" in text.replace("\u202f", " ")
    assert "CNIL" not in text  # nothing refused: only consent or contract activities are ticked
