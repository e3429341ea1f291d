"""The window's door to recording answers (services/answers.py), one transaction per decision."""

from __future__ import annotations

from datetime import date

from ..domain import letter_facts as facts
from ..domain.letter_facts import CaseFacts, FactError, Recipient
from ..services import answers
from ..services.errors import ActionRefused
from .workbench import Workbench


class AnswerDesk:
    def __init__(self, workbench: Workbench) -> None:
        self.case, self.user = workbench.case, workbench.user

    def facts(self, reference: str) -> CaseFacts:
        with self.case.reader(orm=True) as read:
            return answers.case_facts(read.orm, reference)

    def recipients(self, reference: str) -> list[Recipient]:
        with self.case.reader(orm=True) as read:
            return answers.recipients(read.orm, reference)

    def earlier_requests(self, reference: str) -> list[dict[str, str]]:
        with self.case.reader(orm=True) as read:
            return answers.earlier_requests(read.orm, reference)

    def erasure(self, reference: str, erased: str, kept: list[tuple[str, str, str, date]], today: date) -> None:
        decision = _checked(lambda: facts.erasure_decision(erased, kept, today))
        with self.case.unit_of_work() as session:
            answers.record_erasure(session, reference, decision, user=self.user)

    def objection(self, reference: str, kind: str, processing: str, outcome: str, grounds: str, today: date) -> None:
        decision = _checked(lambda: facts.objection_decision(kind, processing, outcome, grounds, today))
        with self.case.unit_of_work() as session:
            answers.record_objection(session, reference, decision, user=self.user, today=today)

    def recipient(
        self, reference: str, name: str, notified_on: date | None, exception: str, reason: str, today: date
    ) -> None:
        notice = _checked(
            lambda: facts.recipient_notice(
                name, notified_on=notified_on, exception=exception, reason=reason, today=today
            )
        )
        with self.case.unit_of_work() as session:
            answers.record_recipient_notice(session, reference, notice, user=self.user)

    def recipients_asked(self, reference: str, asked: bool) -> None:
        with self.case.unit_of_work() as session:
            answers.record_recipients_asked(session, reference, asked, user=self.user)

    def unfounded(self, reference: str, ground: str, reasons: str, fee: str | None, today: date) -> None:
        decision = _checked(lambda: facts.unfounded_decision(ground, reasons, fee, today))
        with self.case.unit_of_work() as session:
            answers.record_unfounded(session, reference, decision, user=self.user)

    def automated(self, reference: str, exists: bool, logic: str, significance: str, consequences: str) -> None:
        decision = _checked(lambda: facts.automated_decision(exists, logic, significance, consequences))
        with self.case.unit_of_work() as session:
            answers.record_automated(session, reference, decision, user=self.user)

    def extract_reason(self, reference: str, activity: str, reason: str, checked_on: date, today: date) -> None:
        with self.case.unit_of_work() as session:
            answers.record_extract_reason(
                session, reference, activity, reason=reason, checked_on=checked_on, user=self.user, today=today
            )

    def restriction_lift(self, reference: str, on: date, reason: str, today: date) -> None:
        lift = _checked(lambda: facts.restriction_lift(on, reason, today))
        with self.case.unit_of_work() as session:
            answers.record_restriction_lift(session, reference, lift, user=self.user)

    def extract_source(self, reference: str, extract: str, activity: str, provided_by_person: bool) -> None:
        with self.case.unit_of_work() as session:
            answers.record_extract_source(
                session, reference, extract, activity, provided_by_person=provided_by_person, user=self.user
            )

    def restrictions_to_lift(self, today: date) -> list[tuple[str, date]]:
        """Restrictions to be lifted whose notice (Art. 18(3)) is not sent: (reference, day)."""
        with self.case.reader(orm=True) as read:
            return answers.restriction_lift_reminders(read.orm, today=today)

    def do_not_contact_csv(self, organisation_code: str | None) -> tuple[str, int]:
        """The do-not-contact list (Art. 21(3)) as CSV text, and how many people are on it."""
        with self.case.reader(orm=True) as read:
            return answers.do_not_contact_csv(read.orm, organisation_code)


def _checked(make):  # type: ignore[no-untyped-def]
    try:
        return make()
    except FactError as exc:
        raise ActionRefused(exc.template, **exc.values) from None
