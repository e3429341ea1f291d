"""Which rights a request's wording suggests (French and English). Suggestions only: staff confirm."""

from __future__ import annotations

import re
import unicodedata

from .rights import Right

# Without accents, in lower case, matched at the start of a word: "supprim" finds "supprimez".
KEYWORDS: dict[Right, tuple[str, ...]] = {
    Right.ACCESS: (
        "droit d'acces",
        "acces a mes donnees",
        "acceder a mes donnees",
        "copie de mes donnees",
        "copie des donnees",
        "quelles donnees",
        "right of access",
        "subject access",
        "access request",
        "access to my data",
        "access to my personal data",
        "copy of my data",
        "copy of my personal data",
        "what data you hold",
        "article 15",
    ),
    Right.ERASURE: (
        "supprim",
        "suppression",
        "effac",
        "droit a l'oubli",
        "delete",
        "deletion",
        "erase",
        "erasure",
        "right to be forgotten",
        "remove my data",
        "article 17",
    ),
    Right.RECTIFICATION: (
        "rectif",  # rectifier, rectification, rectify
        "corrig",
        "changement d'adresse",
        "nouvelle adresse",
        "new address",
        "change my address",
        "correction de mes",
        "donnees erronees",
        "inexact",
        "correct my",
        "inaccurate",
        "update my",
        "article 16",
    ),
    Right.OBJECTION: (
        "opposition",
        "m'oppose",
        "ne plus recevoir",
        "desinscri",
        "desabonn",
        "object to",
        "unsubscribe",
        "stop sending",
        "opt out",
        "opt-out",
        "article 21",
    ),
    Right.PORTABILITY: ("portabilite", "portability", "machine-readable", "machine readable", "article 20"),
    Right.RESTRICTION: ("limitation du traitement", "limiter le traitement", "restrict", "article 18"),
    Right.CONSENT_WITHDRAWAL: (
        "retire mon consentement",
        "retirer mon consentement",
        "retrait de mon consentement",
        "retrait du consentement",
        "withdraw my consent",
        "withdraw consent",
        "withdrawal of consent",
    ),
    Right.POST_MORTEM: (
        "deces",
        "decede",
        "post mortem",
        "post-mortem",
        "apres ma mort",
        "after my death",
        "deceased",
        "article 85",
    ),
    Right.AUTOMATED_DECISION: (
        "decision automatisee",
        "decision entierement automatisee",
        "profilage",
        "automated decision",
        "profiling",
        "article 22",
    ),
}


def normalise(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes made plain, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", text)


def suggest_rights(text: str) -> list[Right]:
    """Rights whose wording appears in `text`, in canonical order."""
    plain = normalise(text)
    return [right for right in Right if any(_contains(plain, word) for word in KEYWORDS[right])]


def _contains(text: str, phrase: str) -> bool:
    return re.search(r"(?<![a-z0-9])" + re.escape(phrase), text) is not None
