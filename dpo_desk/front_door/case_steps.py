"""A case's steps on a day the user gives (the command line's --on): one transaction each.

The Workbench's methods of the same names are these, dated today (the window has no --on).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.identity import VerificationMethod
from ..domain.pauses import PauseReason
from ..domain.statuses import Status
from ..services import cases, corrections, register, sending_proof
from ..services.corrections import Correction
from ..services.views import FileInput, Outcome

if TYPE_CHECKING:  # the Workbench calls these: no import at run time
    from .workbench import Workbench

ID_DOCUMENT = cases.ID_DOCUMENT

__all__ = ["ID_DOCUMENT", "Correction"]  # and the functions below


def file_from_path(path: Path, kind: str = "document") -> FileInput:
    """A document on disk, to attach: refused by its size (ActionRefused) before it is read, read a
    chunk at a time when it is stored (OSError when it cannot be opened)."""
    return cases.file_from_path(path, kind)


def change_status(bench: Workbench, reference: str, status: Status, *, on: date, reason: str = "") -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.change_status(
            session, reference, status, user=bench.user, on=on, today=bench.today(), reason=reason
        )


def extend(bench: Workbench, reference: str, reason: str, *, on: date) -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.extend(session, reference, reason, user=bench.user, on=on, today=bench.today())


def pause(bench: Workbench, reference: str, why: PauseReason, *, on: date, reason: str = "") -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.pause(session, reference, why, user=bench.user, on=on, today=bench.today(), reason=reason)


def resume(bench: Workbench, reference: str, *, on: date) -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.resume(session, reference, user=bench.user, on=on, today=bench.today())


def request_identity(bench: Workbench, reference: str, doubt: str, *, on: date) -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.request_identity(session, reference, doubt, user=bench.user, on=on, today=bench.today())


def verify_identity(bench: Workbench, reference: str, method: VerificationMethod, *, on: date) -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.verify_identity(session, reference, method, user=bench.user, on=on, today=bench.today())


def check_authority(
    bench: Workbench, reference: str, authority_proof: str, death_proof: str = "", *, on: date
) -> Outcome:
    with bench.case.unit_of_work() as session:
        return cases.check_authority(
            session,
            reference,
            authority_proof=authority_proof,
            death_proof=death_proof,
            user=bench.user,
            on=on,
            today=bench.today(),
        )


def tick_activities(bench: Workbench, reference: str, names: list[str]) -> tuple[list[str], set[str]]:
    """Tick `names` (if any) as concerned; returns the organisation's activities and those ticked."""
    with bench.case.unit_of_work() as session:
        if names:
            register.set_concerned(session, reference, names, user=bench.user)
        ticked = {a.name for a in register.concerned(session, reference)}
        request = cases.load_request(session, reference)
        return [a.name for a in register.activities(session, request.organisation.code)], ticked


def correct(bench: Workbench, reference: str, correction: corrections.Correction) -> corrections.Corrected:
    """Corrected, with what changed from what to what (the command line prints each)."""
    with bench.case.unit_of_work() as session:
        return corrections.correct_request(session, reference, correction, user=bench.user, today=bench.today())


def withdraw_in_error(bench: Workbench, reference: str, reason: str) -> Outcome:
    with bench.case.unit_of_work() as session:
        done = corrections.withdraw_logged_in_error(session, reference, reason, user=bench.user, today=bench.today())
        return done.outcome


def record_receipt(bench: Workbench, letter_id: int, signed_on: date, scan: FileInput | None) -> None:
    """A registered letter's acknowledgement of receipt, its scan already read."""
    with bench.case.unit_of_work() as session:
        sending_proof.record_receipt(
            session, letter_id, signed_on=signed_on, scan=scan, user=bench.user, today=bench.today()
        )


def organisation_rows(bench: Workbench) -> list[dict[str, str]]:
    """Each organisation as the command line lists it."""
    from ..services.organisations import list_organisations

    with bench.case.reader(orm=True) as read:
        return [
            {
                "code": o.code,
                "legal_name": o.legal_name,
                "holiday_region": o.holiday_region,
                "letter_language": o.letter_language,
                "dpo_email": o.dpo_email,
            }
            for o in list_organisations(read.orm)
        ]
