"""Letters as the command line writes and saves them, beside the Workbench's (the window renders
off its GUI thread; the command line writes and keeps a letter in one transaction)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.letters import LetterKind
from .workbench import Workbench

if TYPE_CHECKING:
    from ..services.letters import DayLetter


def write_letter(
    bench: Workbench,
    reference: str,
    kind: LetterKind,
    *,
    language: str | None,
    details: str,
    sign_by_hand: bool,
    registered: bool,
) -> tuple[int, bytes]:
    """Write the letter and keep it in the case file (sent by registered post if `registered`)."""
    from ..services.letters import create_letter

    with bench.case.unit_of_work() as session:
        return create_letter(
            session,
            reference,
            kind,
            user=bench.user,
            today=bench.today(),
            language=language,
            details=details,
            sign_by_hand=sign_by_hand,
            registered=registered,
        )


def save_letters_written_on(bench: Workbench, day: date, folder: Path) -> list[DayLetter]:
    """Save the letters written on `day` in `folder` (made, private, if there is any); returns them."""
    from ..services.letters import letter_pdf, letters_written_on
    from ..storage.safe_files import write_private_atomic

    with bench.case.reader(orm=True) as read:
        batch = letters_written_on(read.orm, day)
        if batch:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for item in batch:
            write_private_atomic(folder / item.filename, letter_pdf(read.orm, item.id))
    return list(batch)
