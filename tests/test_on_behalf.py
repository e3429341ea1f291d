"""Requests made through someone else (representative, guardian, heir under LIL art. 85-II), post-mortem
directives (LIL art. 85-I), and the proof of a registered letter's receipt, through the command line
and the letters read back."""

from __future__ import annotations

import json
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from .conftest import TODAY
from .test_cli import cli_env, run  # noqa: F401  (the fixture)

RECEIVED = (TODAY - timedelta(days=4)).isoformat()


@pytest.fixture
def initialised(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> Path:  # noqa: F811
    code, out, _ = run(
        capsys,
        "init",
        "--org-code",
        "IMV",
        "--org-name",
        "IMV Technologies",
        "--dpo-email",
        "dpo@imv.example",
        "--remember",
    )
    assert code == 0 and "Created" in out
    return cli_env


def _log_heir(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, out, err = run(
        capsys,
        "add",
        "--channel",
        "post",
        "--received",
        RECEIVED,
        "--first-name",
        "Jean",
        "--last-name",
        "Martin",
        "--rights",
        "erasure",
        "--on-behalf",
        "heir",
        "--requester-name",
        "Claire Martin",
        "--requester-civility",
        "madame",
        "--requester-address",
        "4 place du Marché\\n61300 L’Aigle",
        "--authority-proof",
        "acte de notoriété du 2 novembre 2026",
        "--json",
        *extra,
    )
    assert code == 0, err
    return str(json.loads(out)["reference"])


def test_an_heirs_request_is_answered_to_the_heir_on_the_deceaseds_behalf(
    initialised: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    ref = _log_heir(capsys)
    shown = json.loads(run(capsys, "show", ref, "--json")[1])
    assert (shown["on_behalf"], shown["requester_name"], shown["authority_checked_on"]) == (
        "heir",
        "Claire Martin",
        None,
    )
    # The identity check covers both people: the heir's authority first, with the proof of death.
    code, _, err = run(capsys, "identity", ref, "verified", "--method", "customer_number")
    assert code != 0 and "check their identity and authority first" in err and "Traceback" not in err
    code, _, err = run(capsys, "authority", ref)
    assert code == 2 and "proof of the death too" in err
    code, out, _ = run(capsys, "authority", ref, "--death-proof", "acte de décès du 28 octobre 2026")
    assert code == 0 and "checked" in out
    code, _, err = run(capsys, "identity", ref, "verified", "--method", "customer_number")
    assert code == 0, err
    pdf_path = tmp_path / "ar.pdf"
    code, _, err = run(capsys, "letter", ref, "acknowledgement", "--lang", "fr", "-o", str(pdf_path))
    assert code == 0, err
    text = PdfReader(BytesIO(pdf_path.read_bytes())).pages[0].extract_text()
    flat = " ".join(text.split())
    assert "Madame Claire Martin" in text and "4 place du Marché" in text
    assert "Pour le compte de : Jean Martin (personne décédée), vous agissant en qualité d’ayant droit" in flat
    assert "\nMadame,\n" in text  # the heir's civility


def test_a_representative_needs_an_address_to_answer(
    initialised: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(
        capsys,
        "add",
        "--channel",
        "post",
        "--received",
        RECEIVED,
        "--last-name",
        "Durand",
        "--rights",
        "access",
        "--on-behalf",
        "representative",
        "--requester-name",
        "Maître Paul Lenoir",
    )
    assert code != 0 and "a postal or email address" in err and "Traceback" not in err
    assert json.loads(run(capsys, "list", "--json")[1]) == []  # nothing half-written


def test_post_mortem_directives_are_told_apart(
    initialised: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["add", "--channel", "post", "--received", RECEIVED, "--last-name", "Petit", "--rights", "post_mortem"]
    code, _, err = run(capsys, *base, "--directives", "general")
    assert code != 0 and "certified digital trusted third party" in err
    code, _, err = run(capsys, *base, "--directives", "particular")
    assert code != 0 and "specific consent" in err
    code, out, _ = run(
        capsys, *base, "--directives", "general", "--directives-holder", "Tiers de confiance X", "--json"
    )
    ref = json.loads(out)["reference"]
    assert json.loads(run(capsys, "show", ref, "--json")[1])["directives_kind"] == "general"


def test_the_acknowledgement_of_receipt_is_kept_with_the_letter(
    initialised: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    code, out, _ = run(
        capsys,
        "add",
        "--channel",
        "post",
        "--received",
        RECEIVED,
        "--last-name",
        "Roux",
        "--address",
        "1 rue Haute\\n61300 L’Aigle",
        "--civility",
        "monsieur",
        "--rights",
        "access",
        "--json",
    )
    ref = json.loads(out)["reference"]
    letter = tmp_path / "letter.pdf"
    code, out, _ = run(capsys, "letter", ref, "acknowledgement", "--registered", "-o", str(letter))
    letter_id = out.split()[1]
    assert "Lettre recommandée avec accusé de réception" in PdfReader(letter).pages[0].extract_text()
    code, _, err = run(capsys, "receipt", letter_id, "--signed", TODAY.isoformat())
    assert code == 2 and "Mark the letter sent first" in err
    sent = (TODAY - timedelta(days=2)).isoformat()
    assert run(capsys, "letter-sent", letter_id, "--on", sent, "--registered-mail", "1A 111 222 3333 4")[0] == 0
    scan = tmp_path / "ar-signe.pdf"
    scan.write_bytes(b"%PDF-1.4 signed acknowledgement")
    code, _, err = run(capsys, "receipt", letter_id, "--signed", (TODAY - timedelta(days=3)).isoformat())
    assert code == 2 and "between the day the letter was sent" in err
    code, out, _ = run(capsys, "receipt", letter_id, "--signed", TODAY.isoformat(), "--scan", str(scan))
    assert code == 0
    shown = json.loads(run(capsys, "show", ref, "--json")[1])
    assert any(a["filename"] == "ar-signe.pdf" and a["kind"] == "acknowledgement" for a in shown["attachments"])
    receipt = next(e for e in shown["events"] if e["kind"] == "receipt_signed")
    assert receipt["details"]["signed_on"] == TODAY.isoformat()
    assert receipt["details"]["registered_mail_no"] == "1A 111 222 3333 4"


def test_a_purge_forgets_whoever_acted_for_the_person_and_their_proofs(case) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.domain.channels import Channel
    from dpo_desk.domain.rights import Right
    from dpo_desk.domain.statuses import Status
    from dpo_desk.services import cases, retention
    from dpo_desk.services.views import DirectivesInput, NewRequest, PersonInput, ProxyInput

    from .sqlcipher_pages import anywhere_in
    from .test_cases import act, detail
    from .test_retention import _key

    marker = "Wqxheirbrunhild"
    closed = TODAY - timedelta(days=6 * 366)
    with case.unit_of_work() as session:
        ref = cases.add_request(
            session,
            NewRequest(
                channel=Channel.POST,
                received_on=closed - timedelta(days=20),
                person=PersonInput(last_name="Petit"),
                rights=(Right.ERASURE,),
                proxy=ProxyInput(
                    "heir",
                    f"Claire {marker}",
                    address=f"1 rue {marker}\n61300 L’Aigle",
                    authority_proof=f"acte {marker}",
                    death_proof=f"décès {marker}",
                ),
                directives=DirectivesInput("general", holder=f"Tiers {marker}"),
            ),
            user="dpo",
            today=TODAY,
        ).reference
    act(case, cases.check_authority, ref, on=closed - timedelta(days=19), today=TODAY)
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=closed - timedelta(days=19), today=TODAY)
    act(case, cases.change_status, ref, Status.ANSWERED, on=closed, today=TODAY)
    act(case, cases.change_status, ref, Status.CLOSED, on=closed, today=TODAY)
    case.checkpoint()
    assert anywhere_in(case.path, _key(case), marker)
    with case.unit_of_work() as session:
        assert retention.purge(session, [ref], user="dpo", today=TODAY) == 1
    after = detail(case, ref)
    assert (after.on_behalf, after.requester_name, after.directives_kind) == ("heir", "", "general")
    assert after.authority_checked_on == closed - timedelta(days=19)  # the procedural fact stays
    case.close()
    assert not anywhere_in(case.path, _key(case), marker)
