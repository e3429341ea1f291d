"""The rights a data subject can exercise, with the article that grants each."""

from __future__ import annotations

from enum import StrEnum


class Right(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    CONSENT_WITHDRAWAL = "consent_withdrawal"
    AUTOMATED_DECISION = "automated_decision"
    POST_MORTEM = "post_mortem"

    @property
    def article(self) -> str:
        return _ARTICLES[self]

    def label(self, language: str = "en") -> str:
        return _LABELS[language][self]


_ARTICLES = {
    Right.ACCESS: "GDPR Art. 15",
    Right.RECTIFICATION: "GDPR Art. 16",
    Right.ERASURE: "GDPR Art. 17",
    Right.RESTRICTION: "GDPR Art. 18",
    Right.PORTABILITY: "GDPR Art. 20",
    Right.OBJECTION: "GDPR Art. 21",
    Right.CONSENT_WITHDRAWAL: "GDPR Art. 7(3)",
    Right.AUTOMATED_DECISION: "GDPR Art. 22",
    Right.POST_MORTEM: "Loi Informatique et Libertés Art. 85",
}

_LABELS = {
    "en": {
        Right.ACCESS: "Access",
        Right.RECTIFICATION: "Rectification",
        Right.ERASURE: "Erasure",
        Right.RESTRICTION: "Restriction of processing",
        Right.PORTABILITY: "Data portability",
        Right.OBJECTION: "Objection",
        Right.CONSENT_WITHDRAWAL: "Withdrawal of consent",
        Right.AUTOMATED_DECISION: "Automated decision-making",
        Right.POST_MORTEM: "Post-mortem directives",
    },
    "fr": {
        Right.ACCESS: "Droit d'accès",
        Right.RECTIFICATION: "Droit de rectification",
        Right.ERASURE: "Droit à l'effacement",
        Right.RESTRICTION: "Droit à la limitation du traitement",
        Right.PORTABILITY: "Droit à la portabilité",
        Right.OBJECTION: "Droit d'opposition",
        Right.CONSENT_WITHDRAWAL: "Retrait du consentement",
        Right.AUTOMATED_DECISION: "Décision individuelle automatisée",
        Right.POST_MORTEM: "Directives post mortem",
    },
}


def parse_rights(values: str | list[str]) -> list[Right]:
    """Rights from a comma-separated string or list, in canonical order, without duplicates."""
    items = values.split(",") if isinstance(values, str) else values
    chosen: set[Right] = set()
    for raw in items:
        name = raw.strip().lower().replace("-", "_")
        if not name:
            continue
        try:
            chosen.add(Right(name))
        except ValueError:
            known = ", ".join(r.value for r in Right)
            raise ValueError(f"Unknown right {raw.strip()!r}. Known rights: {known}.") from None
    if not chosen:
        raise ValueError("A request must name at least one right.")
    return [r for r in Right if r in chosen]
