"""Working requests through the services, on a real encrypted case file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.identity import VerificationMethod
from dpo_desk.domain.pauses import PauseReason
from dpo_desk.domain.rights import Right
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases
from dpo_desk.services.errors import ActionRefused, NotFound
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import AttachmentBlob

from .conftest import TODAY


def log(
    case: CaseFile,
    *,
    received: date,
    first: str = "Jeanne",
    last: str = "Lefèvre",
    email: str = "jeanne.lefevre@example.fr",
    rights: tuple[Right, ...] = (Right.ACCESS,),
    org: str | None = None,
    summary: str = "",
    files: tuple[cases.FileInput, ...] = (),
    identifiers: dict[str, str] | None = None,
    user: str = "staff",
) -> cases.Outcome:
    with case.unit_of_work() as session:
        return cases.add_request(
            session,
            cases.NewRequest(
                channel=Channel.POST,
                received_on=received,
                person=cases.PersonInput(
                    first_name=first, last_name=last, emails=(email,) if email else (), identifiers=identifiers or {}
                ),
                rights=rights,
                summary=summary,
                organisation_code=org,
                files=files,
                registered_mail_no="1A 123 456 7890 1",
            ),
            user=user,
            today=TODAY,
        )


def detail(case: CaseFile, ref: str) -> cases.RequestDetail:
    with case.reader(orm=True) as reading:
        return cases.get_request(reading.orm, ref, today=TODAY)


def act(case: CaseFile, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    with case.unit_of_work() as session:
        return fn(session, *args, user=kwargs.pop("user", "dpo"), **kwargs)


def test_reference_numbers_per_organisation_and_year(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMERA", legal_name="iméra"), user="dpo")
    refs = [
        log(case, received=date(2025, 12, 30), org="IMV").reference,
        log(case, received=date(2026, 1, 2), org="IMV", email="b@example.fr").reference,
        log(case, received=date(2026, 1, 3), org="IMV", email="c@example.fr").reference,
        log(case, received=date(2026, 1, 3), org="IMERA").reference,
    ]
    assert refs == ["IMV-2025-0001", "IMV-2026-0001", "IMV-2026-0002", "IMERA-2026-0001"]


def test_several_organisations_require_a_choice(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMERA", legal_name="iméra"), user="dpo")
    with pytest.raises(ActionRefused, match=r"several organisations \(IMERA, IMV\)"):
        log(case, received=TODAY)


def test_logged_request_carries_its_legal_deadlines(case: CaseFile) -> None:
    ref = log(case, received=date(2025, 1, 31)).reference
    d = detail(case, ref)
    assert (d.due_on, d.extension_notice_by, d.extended_due_on) == (date(2025, 2, 28),) * 2 + (date(2025, 4, 30),)
    assert d.status == "received" and d.identity_state == "not_needed"
    assert [e.kind for e in d.events] == ["request_logged"]
    assert d.events[0].user == "staff"


def test_future_receipt_and_empty_sender_are_refused(case: CaseFile) -> None:
    with pytest.raises(ActionRefused, match="in the future"):
        log(case, received=TODAY + timedelta(days=1))
    with pytest.raises(ActionRefused, match="a name or an email"):
        log(case, received=TODAY, first="", last="", email="")
    with pytest.raises(ActionRefused, match="does not look like an email"):
        log(case, received=TODAY, email="jeanne at example")
    with case.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one() == 0
        assert reading.orm.execute(text("SELECT count(*) FROM person")).scalar_one() == 0


def test_same_email_links_the_existing_person(case: CaseFile) -> None:
    first = log(case, received=TODAY - timedelta(days=40))
    again = log(case, received=TODAY, first="J.", last="LEFEVRE", email="Jeanne.Lefevre@example.fr")
    assert not first.matched_person and again.matched_person
    with case.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT count(*) FROM person")).scalar_one() == 1


def test_status_machine_refuses_illegal_moves_with_reasons(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=3)).reference
    with pytest.raises(ActionRefused, match=r"cannot become closed\. Allowed next:"):
        act(case, cases.change_status, ref, Status.CLOSED, on=TODAY, today=TODAY)
    with pytest.raises(ActionRefused, match="needs a reason"):
        act(case, cases.change_status, ref, Status.REFUSED, on=TODAY, today=TODAY)
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=TODAY, today=TODAY)
    act(case, cases.change_status, ref, Status.ANSWERED, on=TODAY, today=TODAY)
    act(case, cases.change_status, ref, Status.CLOSED, on=TODAY, today=TODAY)
    with pytest.raises(ActionRefused, match="closed request cannot change"):
        act(case, cases.change_status, ref, Status.IN_PROGRESS, on=TODAY, today=TODAY)
    d = detail(case, ref)
    assert d.status == "closed" and d.next_statuses == []
    assert [e.details.get("to") for e in d.events if e.kind == "status_changed"] == [
        "in_progress",
        "answered",
        "closed",
    ]


def test_pause_in_time_moves_the_deadline(case: CaseFile) -> None:
    received = date(2025, 3, 5)  # due Mon 7 Apr 2025
    ref = log(case, received=received).reference
    act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=date(2025, 3, 6), today=TODAY)
    paused = detail(case, ref)
    assert paused.status == "awaiting_clarification" and paused.paused_since == date(2025, 3, 6)
    assert paused.deadline_in_words.startswith("Paused since Thursday 6 March 2025")
    act(case, cases.resume, ref, on=date(2025, 3, 16), today=TODAY)
    resumed = detail(case, ref)
    # 5 Apr + 10 paused days = Tue 15 Apr 2025.
    assert resumed.due_on == date(2025, 4, 15) and resumed.paused_since is None
    assert resumed.status == "in_progress"
    assert [(p.started_on, p.ended_on, p.late) for p in resumed.pauses] == [
        (date(2025, 3, 6), date(2025, 3, 16), False)
    ]


def test_late_request_for_information_does_not_pause(case: CaseFile) -> None:
    ref = log(case, received=date(2025, 3, 5)).reference
    outcome = act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=date(2025, 3, 20), today=TODAY)
    assert outcome.warnings and "the clock keeps running" in outcome.warnings[0]
    d = detail(case, ref)
    assert d.paused_since is None and d.pauses[0].late
    act(case, cases.resume, ref, on=date(2025, 3, 30), today=TODAY)
    assert detail(case, ref).due_on == date(2025, 4, 7)


def test_resume_when_not_paused_and_pause_dates(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=2)).reference
    with pytest.raises(ActionRefused, match="is not paused"):
        act(case, cases.resume, ref, on=TODAY, today=TODAY)
    with pytest.raises(ActionRefused, match="before the request was received"):
        act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=TODAY - timedelta(days=5), today=TODAY)
    with pytest.raises(ActionRefused, match="in the future"):
        act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=TODAY + timedelta(days=1), today=TODAY)


def test_extension_only_with_reasons_and_within_the_first_month(case: CaseFile) -> None:
    ref = log(case, received=date(2025, 3, 5)).reference
    with pytest.raises(ActionRefused, match="needs its reasons"):
        act(case, cases.extend, ref, "  ", on=date(2025, 3, 20), today=date(2025, 3, 20))
    with pytest.raises(ActionRefused, match=r"dated the day it is recorded"):
        act(case, cases.extend, ref, "Data in five systems", on=date(2025, 4, 7), today=date(2025, 4, 8))
    with pytest.raises(ActionRefused, match=r"Too late to extend.*Monday 7 April 2025"):
        act(case, cases.extend, ref, "Data in five systems", on=date(2025, 4, 8), today=date(2025, 4, 8))
    act(case, cases.extend, ref, "Data in five systems", on=date(2025, 4, 7), today=date(2025, 4, 7))
    d = detail(case, ref)
    assert d.extended and d.extended_due_on == date(2025, 6, 5) and d.extension_reason == "Data in five systems"
    assert d.deadline_on == date(2025, 4, 7) and not d.extension_counts  # until the notice is sent (test_clock.py)
    with pytest.raises(ActionRefused, match="already extended"):
        act(case, cases.extend, ref, "again", on=date(2025, 4, 7), today=date(2025, 4, 7))


def test_identity_check_destroys_the_id_copy_and_keeps_a_note(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=2)).reference
    with pytest.raises(ActionRefused, match="reasonable doubt"):
        act(case, cases.request_identity, ref, "", on=TODAY, today=TODAY)
    act(
        case,
        cases.request_identity,
        ref,
        "Signature differs from the customer file",
        on=TODAY - timedelta(days=1),
        today=TODAY,
    )
    assert detail(case, ref).status == "awaiting_identity"
    act(
        case,
        cases.identity_received,
        ref,
        on=TODAY,
        today=TODAY,
        document=cases.FileInput("carte d'identité.jpg", b"\xff\xd8 fake jpeg of an ID card"),
    )
    d = detail(case, ref)
    assert d.status == "in_progress" and d.identity_state == "received"
    assert [a.kind for a in d.attachments] == ["id_document"]
    act(case, cases.verify_identity, ref, VerificationMethod.DOCUMENT_CHECKED, on=TODAY, today=TODAY, user="marie")
    d = detail(case, ref)
    assert d.identity_state == "verified"
    assert d.identity_note == f"Identity document checked on {TODAY.isoformat()} by marie; the copy was destroyed."
    assert d.attachments[0].destroyed
    with case.reader(orm=True) as reading:
        assert reading.orm.scalars(select(AttachmentBlob)).all() == []
        with pytest.raises(NotFound, match="destroyed"):
            cases.attachment_bytes(reading.orm, d.attachments[0].id)
    assert "id_document_destroyed" in [e.kind for e in d.events]
    assert verify_case_file(case).ok


def test_awaiting_identity_needs_an_identity_request(case: CaseFile) -> None:
    ref = log(case, received=TODAY).reference
    with pytest.raises(ActionRefused, match="Ask for proof of identity first"):
        act(case, cases.pause, ref, PauseReason.IDENTITY, on=TODAY, today=TODAY)


def test_search_finds_names_without_accents_prefixes_emails_and_references(case: CaseFile) -> None:
    a = log(
        case,
        received=TODAY - timedelta(days=1),
        summary="Copie de mes données de fidélité",
        identifiers={"customer": "C-88412"},
    ).reference
    b = log(case, received=TODAY, first="Paul", last="Martin", email="paul.martin@example.com").reference

    def found(words: str) -> list[str]:
        with case.reader(orm=True) as reading:
            return [r.reference for r in cases.list_requests(reading.orm, cases.ListFilter(text=words), today=TODAY)]

    assert found("lefe") == [a]
    assert found("LEFÈVRE jeanne") == [a]
    assert found("donnees fidel") == [a]
    assert found("88412") == [a]
    assert found("paul.martin") == [b]
    assert found(b) == [b]
    assert found("nobody") == []
    assert found('"; DROP TABLE request; --') == []


def test_list_filters_and_order(case: CaseFile) -> None:
    overdue = log(case, received=TODAY - timedelta(days=70), email="a@x.fr").reference
    soon = log(case, received=TODAY - timedelta(days=27), email="b@x.fr").reference
    later = log(case, received=TODAY, email="c@x.fr").reference
    done = log(case, received=TODAY - timedelta(days=3), email="d@x.fr").reference
    act(case, cases.change_status, done, Status.WITHDRAWN, on=TODAY, today=TODAY, reason="Person withdrew")

    def refs(**kw: object) -> list[str]:
        with case.reader(orm=True) as reading:
            return [r.reference for r in cases.list_requests(reading.orm, cases.ListFilter(**kw), today=TODAY)]

    # Open requests first, next deadline first; finished ones after them.
    assert refs() == [overdue, soon, later, done]
    assert refs(overdue=True) == [overdue]
    assert soon in refs(due_within_days=7) and later not in refs(due_within_days=7)
    assert refs(statuses=(Status.WITHDRAWN,)) == [done]
    assert done not in refs(open_only=True)
    assert refs(limit=2) == [overdue, soon]


def test_attachment_limits_and_names(case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cases, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(ActionRefused, match="limited to"):
        log(case, received=TODAY, files=(cases.FileInput("big.pdf", b"x" * 11),))
    with case.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one() == 0


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\scan.pdf", "scan.pdf"),
        ("\\\\srv\\share\\id.png", "id.png"),
        ("evil\u202egnp.exe", "evil_gnp.exe"),
        ("nul\x00byte.txt", "nul_byte.txt"),
        ("...", "attachment"),
        ("a" * 300 + ".pdf", "a" * 146 + ".pdf"),
    ],
)
def test_safe_filename(given: str, expected: str) -> None:
    assert cases.safe_filename(given) == expected


def test_unknown_reference(case: CaseFile) -> None:
    with pytest.raises(NotFound, match="no request with the reference IMV-1999-0001"), case.reader(orm=True) as reading:
        cases.get_request(reading.orm, "imv-1999-0001", today=TODAY)


def test_a_failed_action_saves_nothing(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=2)).reference
    with pytest.raises(ActionRefused), case.unit_of_work() as session:
        cases.add_note(session, ref, "first half of the work", user="dpo")
        cases.change_status(session, ref, Status.CLOSED, user="dpo", on=TODAY, today=TODAY)
    assert [e.kind for e in detail(case, ref).events] == ["request_logged"]
