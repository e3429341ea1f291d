"""Creating a new case file with its first organisation, in one step."""

from __future__ import annotations

from pathlib import Path

from ..storage.casefile import CaseFile, create_case_file, delete_case_file, open_case_file
from ..storage.keyfile import KdfParams
from .organisations import OrganisationInput, add_organisation


def new_case_file(
    path: Path,
    passphrase: str,
    organisation: OrganisationInput,
    *,
    user: str,
    remember: bool,
    kdf: KdfParams | None = None,
) -> CaseFile:
    """Create the file and its first organisation; on any refusal nothing is left on disk."""
    case = create_case_file(path, passphrase, remember=remember, kdf=kdf)
    try:
        with case.unit_of_work() as session:
            add_organisation(session, organisation, user=user)
    except BaseException:
        case.close()
        delete_case_file(path)
        raise
    return case


def passphrase_strength(passphrase: str) -> tuple[int, str]:
    """A rough 0-3 score and its word, for the hint shown while typing (not a policy)."""
    if len(passphrase) < 10:
        return 0, "too short"
    kinds = sum(
        any(test(c) for c in passphrase) for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 16 or words >= 4) + (kinds >= 3 or words >= 5)
    return min(score, 3), {1: "fair", 2: "good", 3: "strong"}[min(score, 3)]


def open_with_passphrase(path: Path, passphrase: str) -> CaseFile:
    """Another case file opened from the window (File → Open case file…), with its passphrase."""
    return open_case_file(path, passphrase=passphrase, use_keyring=False)
