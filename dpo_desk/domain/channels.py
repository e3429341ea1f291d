"""How a request reached the controller."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    WEB_FORM = "web_form"
    PHONE = "phone"
    IN_PERSON = "in_person"


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise ValueError(f"Unknown channel {value!r}. Known channels: {known}.") from None
