"""How a request reached the controller."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    WEB_FORM = "web_form"
    PHONE = "phone"
    IN_PERSON = "in_person"

    def label(self, language: str = "en") -> str:
        return _LABELS[language][self]


_LABELS = {
    "en": {
        Channel.POST: "Post",
        Channel.EMAIL: "Email",
        Channel.WEB_FORM: "Web form",
        Channel.PHONE: "Telephone",
        Channel.IN_PERSON: "In person",
    },
    "fr": {
        Channel.POST: "Courrier",
        Channel.EMAIL: "Courriel",
        Channel.WEB_FORM: "Formulaire en ligne",
        Channel.PHONE: "Téléphone",
        Channel.IN_PERSON: "En personne",
    },
}
