"""The plain data the front door takes and returns (inputs, views), for the command line and the window.

Only what is cheap to import is here; what loads the ORM is exported by the module of its topic.
"""

from __future__ import annotations

from ..services.case_list import ListFilter
from ..services.views import (
    DirectivesInput,
    FileInput,
    NewRequest,
    OrganisationInput,
    Outcome,
    PersonInput,
    ProxyInput,
    RequestDetail,
    RequestRow,
)

__all__ = [
    "DirectivesInput",
    "FileInput",
    "ListFilter",
    "NewRequest",
    "OrganisationInput",
    "Outcome",
    "PersonInput",
    "ProxyInput",
    "RequestDetail",
    "RequestRow",
]
