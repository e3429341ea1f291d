"""Moving a case file onto a team server and back (issue 20), for `dpo-desk migrate`."""

from __future__ import annotations

from ..services.transfer import (
    Moved,
    copy_to_file,
    members_to_grant,
    move_to_server,
    moved_notices,
    written_notice,
)
from ..storage.transfer import TransferRefused

__all__ = [
    "Moved",
    "TransferRefused",
    "copy_to_file",
    "members_to_grant",
    "move_to_server",
    "moved_notices",
    "written_notice",
]
