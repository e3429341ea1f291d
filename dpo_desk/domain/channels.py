"""How a request reached the controller."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    WEB_FORM = "web_form"
    PHONE = "phone"
    IN_PERSON = "in_person"
