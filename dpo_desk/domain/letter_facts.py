"""What was decided and done to answer a request, as plain data: what a letter may state.

A letter states only what is recorded here for its case (legal-rules.md §4). Each fact is checked
when it is recorded, so a letter built from it never says something half-known: an item kept has
its Art. 17(3) ground and its end date; a recipient was notified on a date, or the Art. 19
exception was recorded with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # marks a template for Qt's lupdate
    return text


class FactError(ValueError):
    """A decision that cannot be recorded as given; str() says why, in English. `template` and `values`
    let the window say it in its own language (the services turn it into ActionRefused)."""

    def __init__(self, template: str, **values: Any) -> None:
        self.template, self.values = template, values
        super().__init__(template.format(**values) if values else template)


class FactKind(StrEnum):
    EXTRACT_REASON = "extract_reason"  # subject: the activity; why it has no extract (e.g. no data in the CRM)
    EXTRACT_SOURCE = "extract_source"  # subject: the extract's file name; its activity, provided by the person
    ERASURE = "erasure"  # what was erased, and each thing kept with its Art. 17(3) ground
    OBJECTION = "objection"  # which objection (Art. 21(1) or (2)) and what was decided
    RECIPIENT = "recipient"  # subject: the recipient; notified on a date, or the Art. 19 exception
    RECIPIENTS_ASKED = "recipients_asked"  # the person asked who the recipients are (Art. 19, last sentence)
    UNFOUNDED = "unfounded"  # Art. 12(5): which ground, the reasons, refusal or a fee
    AUTOMATED = "automated"  # Art. 22 / 15(1)(h): whether there is an automated decision, its logic…
    RESTRICTION_LIFT = "restriction_lift"  # Art. 18(3): the restriction is to be lifted, when and why


# Art. 17(3): the grounds on which data may be kept despite an erasure request.
ERASURE_GROUNDS = {
    "a": (
        "exercising the right of freedom of expression and information",
        "l’exercice du droit à la liberté d’expression et d’information",
    ),
    "b": ("compliance with a legal obligation", "le respect d’une obligation légale"),
    "c": (
        "reasons of public interest in the area of public health",
        "des motifs d’intérêt public dans le domaine de la santé publique",
    ),
    "d": (
        "archiving in the public interest, scientific or historical research or statistics",
        "l’archivage dans l’intérêt public, la recherche scientifique ou historique ou la statistique",
    ),
    "e": (
        "the establishment, exercise or defence of legal claims",
        "la constatation, l’exercice ou la défense de droits en justice",
    ),
}


@dataclass(frozen=True)
class KeptItem:
    what: str  # e.g. "invoices"
    ground: str  # a letter of Art. 17(3): "b"
    basis: str  # e.g. "Code de commerce, art. L123-22"
    until: date  # when it is deleted

    def as_json(self) -> dict[str, str]:
        return {"what": self.what, "ground": self.ground, "basis": self.basis, "until": self.until.isoformat()}


@dataclass(frozen=True)
class ErasureDecision:
    erased: str  # what was erased, in words
    kept: tuple[KeptItem, ...] = ()
    on: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"erased": self.erased, "kept": [k.as_json() for k in self.kept], "on": _iso(self.on)}


def erasure_decision(erased: str, kept: list[tuple[str, str, str, date]], on: date) -> ErasureDecision:
    if not erased.strip():
        raise FactError(
            QT_TRANSLATE_NOOP("Services", "Say what was erased (e.g. the customer account and its order history).")
        )
    items = []
    for what, ground, basis, until in kept:
        ground = ground.strip().lower().strip("()")
        if ground not in ERASURE_GROUNDS:
            raise FactError(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{what}: the ground must be a letter of Art. 17(3), a to e (e.g. b, a legal obligation; e, legal "
                    "claims).",
                ),
                what=what or "?",
            )
        if not what.strip() or not basis.strip():
            raise FactError(
                QT_TRANSLATE_NOOP("Services", "Each item kept needs what it is and the text or reason that keeps it.")
            )
        if until <= on:
            raise FactError(
                QT_TRANSLATE_NOOP(
                    "Services", "{what}: the end of the period it is kept must be after the decision ({on})."
                ),
                what=what,
                on=on.isoformat(),
            )
        items.append(KeptItem(what.strip(), ground, basis.strip(), until))
    return ErasureDecision(erased.strip(), tuple(items), on)


def erasure_from_json(data: dict[str, Any]) -> ErasureDecision:
    return ErasureDecision(
        data["erased"],
        tuple(KeptItem(k["what"], k["ground"], k["basis"], date.fromisoformat(k["until"])) for k in data["kept"]),
        _date(data.get("on")),
    )


class ObjectionKind(StrEnum):
    DIRECT_MARKETING = "direct_marketing"  # Art. 21(2)-(3): absolute
    OTHER = "other"  # Art. 21(1): legitimate interest or public task


class ObjectionOutcome(StrEnum):
    STOPPED = "stopped"
    CONTINUES = "continues"  # compelling legitimate grounds, or legal claims, demonstrated


@dataclass(frozen=True)
class ObjectionDecision:
    kind: ObjectionKind
    processing: str  # e.g. "CCTV of the car park"
    outcome: ObjectionOutcome
    grounds: str = ""  # why processing continues (Art. 21(1)): the compelling grounds demonstrated
    on: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "processing": self.processing,
            "outcome": self.outcome.value,
            "grounds": self.grounds,
            "on": _iso(self.on),
        }


def objection_decision(kind: str, processing: str, outcome: str, grounds: str, on: date) -> ObjectionDecision:
    try:
        objection = ObjectionKind(kind.replace("-", "_"))
        result = ObjectionOutcome(outcome)
    except ValueError:
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services", "The objection is direct_marketing or other; the outcome is stopped or continues."
            )
        ) from None
    if not processing.strip():
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services", "Say which processing the person objects to (e.g. the newsletter, CCTV of the car park)."
            )
        )
    if objection is ObjectionKind.DIRECT_MARKETING and result is ObjectionOutcome.CONTINUES:
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services",
                "An objection to direct marketing is absolute (Art. 21(3)): the processing stops; it cannot continue.",
            )
        )
    if result is ObjectionOutcome.CONTINUES and not grounds.strip():
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services",
                "Processing continues only on compelling legitimate grounds which override the person's interests, "
                "or for legal claims (Art. 21(1)): state them.",
            )
        )
    if result is ObjectionOutcome.STOPPED:
        grounds = ""
    return ObjectionDecision(objection, processing.strip(), result, grounds.strip(), on)


def objection_from_json(data: dict[str, Any]) -> ObjectionDecision:
    return ObjectionDecision(
        ObjectionKind(data["kind"]),
        data["processing"],
        ObjectionOutcome(data["outcome"]),
        data["grounds"],
        _date(data.get("on")),
    )


class NoticeException(StrEnum):
    IMPOSSIBLE = "impossible"
    DISPROPORTIONATE = "disproportionate"


@dataclass(frozen=True)
class RecipientNotice:
    recipient: str
    notified_on: date | None = None
    exception: NoticeException | None = None
    reason: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "notified_on": _iso(self.notified_on),
            "exception": self.exception.value if self.exception else "",
            "reason": self.reason,
        }


def recipient_notice(
    recipient: str, *, notified_on: date | None, exception: str, reason: str, today: date
) -> RecipientNotice:
    if (notified_on is None) == (not exception):
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services",
                "Record either the day the recipient was notified, or why it could not be (impossible or "
                "disproportionate effort, Art. 19), not both.",
            )
        )
    if notified_on is not None:
        if notified_on > today:
            raise FactError(
                QT_TRANSLATE_NOOP("Services", "A recipient cannot have been notified on a day still to come.")
            )
        return RecipientNotice(recipient, notified_on=notified_on)
    try:
        why = NoticeException(exception)
    except ValueError:
        raise FactError(
            QT_TRANSLATE_NOOP("Services", "The Art. 19 exception is impossible or disproportionate.")
        ) from None
    if not reason.strip():
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services", "Say why notifying this recipient is impossible or would take disproportionate effort."
            )
        )
    return RecipientNotice(recipient, exception=why, reason=reason.strip())


def recipient_from_json(recipient: str, data: dict[str, Any]) -> RecipientNotice:
    return RecipientNotice(
        recipient,
        _date(data.get("notified_on")),
        NoticeException(data["exception"]) if data.get("exception") else None,
        data.get("reason", ""),
    )


class UnfoundedGround(StrEnum):
    UNFOUNDED = "unfounded"
    EXCESSIVE = "excessive"


@dataclass(frozen=True)
class UnfoundedDecision:
    ground: UnfoundedGround
    reasons: str
    fee_cents: int | None = None  # None: refused; else the reasonable fee asked (Art. 12(5)(a))
    on: date | None = None

    def as_json(self) -> dict[str, Any]:
        return {"ground": self.ground.value, "reasons": self.reasons, "fee_cents": self.fee_cents, "on": _iso(self.on)}


def unfounded_decision(ground: str, reasons: str, fee: str | None, on: date) -> UnfoundedDecision:
    try:
        chosen = UnfoundedGround(ground)
    except ValueError:
        raise FactError(
            QT_TRANSLATE_NOOP("Services", "Choose one: the request is manifestly unfounded, or manifestly excessive.")
        ) from None
    if len(reasons.strip()) < 10:
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services",
                "Give the reasons: the controller bears the burden of demonstrating that the request is manifestly "
                "unfounded or excessive (Art. 12(5)).",
            )
        )
    cents = None
    if fee is not None:
        try:
            amount = float(fee.replace(",", ".").replace("€", "").strip())
        except ValueError:
            raise FactError(
                QT_TRANSLATE_NOOP("Services", "The fee {fee} is not an amount in euros (e.g. 15 or 12,50)."), fee=fee
            ) from None
        if not 0 < amount < 1000:
            raise FactError(
                QT_TRANSLATE_NOOP(
                    "Services", "The fee must be a reasonable amount based on the administrative costs, above zero."
                )
            )
        cents = round(amount * 100)
    return UnfoundedDecision(chosen, reasons.strip(), cents, on)


def unfounded_from_json(data: dict[str, Any]) -> UnfoundedDecision:
    return UnfoundedDecision(
        UnfoundedGround(data["ground"]), data["reasons"], data.get("fee_cents"), _date(data.get("on"))
    )


@dataclass(frozen=True)
class AutomatedDecision:
    exists: bool
    logic: str = ""
    significance: str = ""
    consequences: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "exists": self.exists,
            "logic": self.logic,
            "significance": self.significance,
            "consequences": self.consequences,
        }


def automated_decision(exists: bool, logic: str, significance: str, consequences: str) -> AutomatedDecision:
    if not exists:
        if logic.strip() or significance.strip() or consequences.strip():
            raise FactError(
                QT_TRANSLATE_NOOP(
                    "Services", "There is no automated decision: its logic, significance and consequences stay empty."
                )
            )
        return AutomatedDecision(False)
    if not (logic.strip() and significance.strip() and consequences.strip()):
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services",
                "An automated decision is explained by its logic, its significance and its envisaged consequences "
                "for the person (Art. 15(1)(h)): give all three.",
            )
        )
    return AutomatedDecision(True, logic.strip(), significance.strip(), consequences.strip())


def automated_from_json(data: dict[str, Any]) -> AutomatedDecision:
    return AutomatedDecision(bool(data["exists"]), data["logic"], data["significance"], data["consequences"])


@dataclass(frozen=True)
class RestrictionLift:
    on: date  # the day the restriction will be lifted
    reason: str


def restriction_lift(on: date, reason: str, today: date) -> RestrictionLift:
    if on <= today:
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services", "The person must be told before the restriction is lifted (Art. 18(3)): choose a later day."
            )
        )
    if not reason.strip():
        raise FactError(
            QT_TRANSLATE_NOOP(
                "Services", "Say why the restriction is lifted (e.g. the accuracy of the data was verified)."
            )
        )
    return RestrictionLift(on, reason.strip())


@dataclass(frozen=True)
class ExtractReason:
    activity: str
    reason: str  # e.g. "no data about this person in the CRM"
    checked_on: date


@dataclass(frozen=True)
class ExtractSource:
    name: str  # the extract's file name
    activity: str
    provided_by_person: bool = False  # Art. 20: data the person provided


@dataclass(frozen=True)
class Recipient:
    name: str
    activities: tuple[str, ...]


@dataclass
class CaseFacts:
    """Everything recorded for a case that its letters may state."""

    activities: list[str] = field(default_factory=list)  # ticked, in register order
    extracts: list[str] = field(default_factory=list)  # file names of the extracts attached
    extract_sources: dict[str, ExtractSource] = field(default_factory=dict)
    extract_reasons: dict[str, ExtractReason] = field(default_factory=dict)
    reports: list[str] = field(default_factory=list)  # access reports kept with the case
    copies: list[str] = field(default_factory=list)  # redacted copies of documents, as they go out
    bundles: list[str] = field(default_factory=list)  # portability bundles made
    erasure: ErasureDecision | None = None
    objection: ObjectionDecision | None = None
    recipients: list[Recipient] = field(default_factory=list)  # of the ticked activities (register)
    notices: dict[str, RecipientNotice] = field(default_factory=dict)
    recipients_asked: bool = False
    unfounded: UnfoundedDecision | None = None
    automated: AutomatedDecision | None = None
    restriction_lift: RestrictionLift | None = None
    portable: list[str] = field(default_factory=list)  # ticked activities on consent or contract
    not_portable: list[tuple[str, str]] = field(default_factory=list)  # (activity, its legal basis)


def is_portable_basis(legal_basis: str) -> bool:
    """Art. 20(1)(a): consent (6(1)(a), 9(2)(a)) or a contract (6(1)(b)), in the register's words."""
    words = legal_basis.lower()
    return any(w in words for w in ("consent", "contract", "contrat", "6(1)(a)", "6(1)(b)", "6.1.a", "6.1.b"))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
