"""Requests made through someone else, and post-mortem directives (LIL art. 85).

- A representative acts with a mandate (EDPB 01/2022 §§80-81: keep the proof of authority).
- The parent or guardian of a minor or of a protected adult acts with the proof of that authority.
- An heir (LIL art. 85-II) may, without directives, ask what the settlement of the estate needs,
  have the accounts closed, or oppose further processing: on proof of the death and of being heir.
- Post-mortem directives (LIL art. 85-I) are general (registered with a certified digital trusted
  third party) or particular (registered with the controller, with the person's specific consent).

The letters go to whoever asked, and say on whose behalf; both identities are checked.
"""

from __future__ import annotations

from enum import StrEnum


class OnBehalf(StrEnum):
    SELF = ""
    REPRESENTATIVE = "representative"
    GUARDIAN = "guardian"
    HEIR = "heir"

    @property
    def needs_death_proof(self) -> bool:
        return self is OnBehalf.HEIR


class DirectivesKind(StrEnum):
    NONE = ""
    GENERAL = "general"
    PARTICULAR = "particular"


def parse_on_behalf(value: str) -> OnBehalf:
    key = value.strip().lower()
    if key in ("", "self", "none"):
        return OnBehalf.SELF
    try:
        return OnBehalf(key)
    except ValueError:
        raise ValueError(
            f"A request is made by the person, a 'representative', a 'guardian' or an 'heir', not {value!r}."
        ) from None


def parse_directives(value: str) -> DirectivesKind:
    key = value.strip().lower()
    if key in ("", "none"):
        return DirectivesKind.NONE
    try:
        return DirectivesKind(key)
    except ValueError:
        raise ValueError(f"Post-mortem directives are 'general' or 'particular', not {value!r}.") from None


ON_BEHALF_LABEL = {
    "fr": "Pour le compte de\u00a0:",
    "en": "On behalf of:",
}

CAPACITY = {
    "fr": {
        OnBehalf.REPRESENTATIVE: "mandataire",
        OnBehalf.GUARDIAN: "représentant légal",
        OnBehalf.HEIR: "ayant droit",
    },
    "en": {
        OnBehalf.REPRESENTATIVE: "representative",
        OnBehalf.GUARDIAN: "parent or guardian",
        OnBehalf.HEIR: "heir",
    },
}


def on_behalf_reference(kind: OnBehalf, person_name: str, language: str, *, deceased: bool) -> str:
    """E.g. "Jeanne Exemple (personne décédée), vous agissant en qualité d’ayant droit"."""
    capacity = CAPACITY[language][kind]
    if language == "fr":
        late = " (personne décédée)" if deceased else ""
        of = "d’" if capacity[0] in "aeiouyéè" else "de "
        return f"{person_name}{late}, vous agissant en qualité {of}{capacity}"
    late = " (deceased)" if deceased else ""
    return f"{person_name}{late}, you acting as {capacity}"
