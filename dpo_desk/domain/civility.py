"""The civility a person gave (Madame, Monsieur, or none), on the address and in the salutation.

Letters are written with the neutral "Madame, Monsieur," ("Dear Sir or Madam,"); once a civility is
recorded, every such phrase of the letter (the salutation and the closing formula) is that one.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Civility(StrEnum):
    NONE = ""
    MADAME = "madame"
    MONSIEUR = "monsieur"


_TYPED = {
    "": Civility.NONE,
    "none": Civility.NONE,
    "aucune": Civility.NONE,
    "madame": Civility.MADAME,
    "mme": Civility.MADAME,
    "ms": Civility.MADAME,
    "mrs": Civility.MADAME,
    "monsieur": Civility.MONSIEUR,
    "m": Civility.MONSIEUR,
    "m.": Civility.MONSIEUR,
    "mr": Civility.MONSIEUR,
}


_SIGNED = re.compile(
    r"\b(?i:(madame|mme|mrs|ms)|(monsieur|m\.|mr))\s+(?:[A-ZÀ-Ý][\w'’-]*\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+)"
)
_SOUSSIGNE = re.compile(r"\bje\s+soussign(ée|é)\b", re.IGNORECASE)


def guess_civility(text: str, last_name: str) -> Civility:
    """The civility an email gives of its sender: "Madame Lefèvre", "Mr Smith" with the sender's
    last name, or "je soussignée / soussigné". None when the text does not say (never a guess from
    the first name)."""
    found = set()
    if last_name.strip():
        for match in _SIGNED.finditer(text):
            if match.group("name").lower() == last_name.strip().lower():
                found.add(Civility.MADAME if match.group(1) else Civility.MONSIEUR)
    for match in _SOUSSIGNE.finditer(text):
        found.add(Civility.MADAME if match.group(1).lower() == "ée" else Civility.MONSIEUR)
    return found.pop() if len(found) == 1 else Civility.NONE


def parse_civility(value: str) -> Civility:
    """Madame, Monsieur or none, from what is stored or typed (Mme, M., Mr, Ms…)."""
    key = value.strip().lower()
    found = _TYPED.get(key, _TYPED.get(key.rstrip(".")))
    if found is None:
        raise ValueError(f"The civility is 'madame', 'monsieur' or 'none', not {value!r}.")
    return found


_TITLES = {
    "fr": {Civility.MADAME: "Madame", Civility.MONSIEUR: "Monsieur"},
    "en": {Civility.MADAME: "Ms", Civility.MONSIEUR: "Mr"},
}
NEUTRAL = {"fr": "Madame, Monsieur", "en": "Sir or Madam"}
_ADDRESSED = {
    "fr": {Civility.MADAME: "Madame", Civility.MONSIEUR: "Monsieur"},
    "en": {Civility.MADAME: "Madam", Civility.MONSIEUR: "Sir"},
}


def name_line(civility: Civility, name: str, language: str) -> str:
    """The first line of the address: "Madame Jeanne Exemple", "Mr John Example", or the name alone."""
    title = _TITLES[language].get(civility)
    return f"{title} {name}" if title else name


def salutation(civility: Civility, language: str) -> str:
    """ "Madame," / "Monsieur," / "Madame, Monsieur," (in English "Dear Madam," … "Dear Sir or Madam,")."""
    words = _ADDRESSED[language].get(civility, NEUTRAL[language])
    return f"{words}," if language == "fr" else f"Dear {words},"


def with_civility(paragraphs: list[str], civility: Civility, language: str) -> list[str]:
    """The letter's paragraphs with the neutral address replaced by the person's civility."""
    if civility is Civility.NONE:
        return list(paragraphs)
    pattern = re.compile(r"\b" + re.escape(NEUTRAL[language]) + r"\b")
    return [pattern.sub(_ADDRESSED[language][civility], p) for p in paragraphs]
