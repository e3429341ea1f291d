"""The plain data the window shows and fills in: rows, details, forms, outcomes, filters, roles.

Nothing imported at the top of this module loads SQLAlchemy: the window builds its first page with
these before the ORM is imported. The few views defined beside ORM code (a correction, a purge
candidate, a document of the day, a department asked) load when first named (`__getattr__`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..services.case_list import ListFilter
from ..services.dashboard import Bucket
from ..services.roles import Role
from ..services.views import (
    CNIL,
    KEEP,
    AttachmentView,
    DirectivesInput,
    EventView,
    FileInput,
    Keep,
    LetterView,
    NewRequest,
    OrganisationInput,
    Outcome,
    PauseView,
    PersonInput,
    PersonSuggestion,
    ProxyInput,
    RequestDetail,
    RequestRow,
)

if TYPE_CHECKING:
    from ..services.corrections import Correction
    from ..services.day_batch import DayDocument
    from ..services.relays import RelayView
    from ..services.retention import PurgeCandidate

__all__ = [
    "CNIL",
    "KEEP",
    "AttachmentView",
    "Bucket",
    "Correction",
    "DayDocument",
    "DirectivesInput",
    "EventView",
    "FileInput",
    "Keep",
    "LetterView",
    "ListFilter",
    "NewRequest",
    "OrganisationInput",
    "Outcome",
    "PauseView",
    "PersonInput",
    "PersonSuggestion",
    "ProxyInput",
    "PurgeCandidate",
    "RelayView",
    "RequestDetail",
    "RequestRow",
    "Role",
]


def __getattr__(name: str) -> type:
    """The views that live beside ORM code, imported on first use (after the first paint)."""
    if name == "Correction":
        from ..services.corrections import Correction

        return Correction
    if name == "DayDocument":
        from ..services.day_batch import DayDocument

        return DayDocument
    if name == "RelayView":
        from ..services.relays import RelayView

        return RelayView
    if name == "PurgeCandidate":
        from ..services.retention import PurgeCandidate

        return PurgeCandidate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
