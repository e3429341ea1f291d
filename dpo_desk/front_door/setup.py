"""The case file as a whole: creating it with its first organisation, restoring a backup, its key
and its users, the retention purge. For the command line; the window reaches the same services."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..services.setup import new_case_file
from .workbench import Workbench

if TYPE_CHECKING:
    from ..services.backups import Restored

__all__ = ["new_case_file"]  # and the functions below


def restore(backup: Path, target: Path, passphrase: str) -> Restored:
    """Put the backup in place of `target` (the file it replaces kept aside)."""
    from ..services.backups import restore as restore_backup

    return restore_backup(backup, target, passphrase)


def check_may_change_passphrase(bench: Workbench) -> None:
    """Refused (before anything is asked) when this user may not change the passphrase."""
    from ..services import keys

    keys.check_allowed(bench.case_file("change-passphrase"), bench.user, keys.CHANGE_PASSPHRASE)


def check_may_rotate_key(bench: Workbench) -> None:
    from ..services import keys

    keys.check_allowed(bench.case_file("rotate-key"), bench.user, keys.ROTATE_KEY)


def add_member(bench: Workbench, login: str, name: str, role: str) -> None:
    from ..services.members import Role

    bench.add_member(login, name, Role(role))


def change_member(
    bench: Workbench, login: str, *, role: str | None, active: bool | None, digest: str | None, change: bool
) -> None:
    """Change a member's role or activity (`change`), and their digest address, in one transaction."""
    from ..services.digest import set_digest
    from ..services.members import Role, change_member

    with bench.case.unit_of_work() as session:
        if change:
            change_member(session, login, user=bench.user, role=Role(role) if role else None, active=active)
        if digest is not None:
            set_digest(session, login, digest, user=bench.user)


def backup(bench: Workbench, target: Path | None) -> Path:
    """An encrypted, verified copy of the case file and its key file, at `target` or beside it."""
    return bench.case.backup(target)
