"""Pure domain rules: statuses, rights, references, filesystems; and the layering."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dpo_desk.domain.references import format_reference, normalise_code
from dpo_desk.domain.rights import Right, parse_rights
from dpo_desk.domain.statuses import NEEDS_REASON, TRANSITIONS, Status, TransitionError, check_transition
from dpo_desk.storage.filesystems import is_network_path

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//fileserver/dpo /mnt/dpo cifs rw,vers=3.0 0 0
nas:/export /srv/nfs nfs4 rw 0 0
/dev/vdb /srv/nfs/local ext4 rw 0 0
me@host:/x /home/me/remote fuse.sshfs rw 0 0
/dev/vdc /mnt/My\\040Disk ext4 rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/me/cases.dpodesk", False),
        ("/mnt/dpo/cases.dpodesk", True),
        ("/mnt/dponot/cases.dpodesk", False),
        ("/srv/nfs/cases.dpodesk", True),
        ("/srv/nfs/local/cases.dpodesk", False),
        ("/home/me/remote/cases.dpodesk", True),
        ("/mnt/My Disk/cases.dpodesk", False),
        ("//server/share/cases.dpodesk", True),
    ],
)
def test_network_paths_are_recognised(path: str, network: bool) -> None:
    from pathlib import Path

    assert is_network_path(Path(path), mounts_text=MOUNTS, platform="linux") is network


def test_unc_path_on_windows() -> None:
    from pathlib import PureWindowsPath

    assert is_network_path(PureWindowsPath(r"\\srv\dpo\cases.dpodesk"), platform="win32")  # type: ignore[arg-type]


@pytest.mark.parametrize("current", list(Status))
@pytest.mark.parametrize("new", list(Status))
def test_every_status_pair_is_allowed_or_refused_in_words(current: Status, new: Status) -> None:
    if new in TRANSITIONS[current]:
        check_transition(current, new, "a reason")
        if new in NEEDS_REASON:
            with pytest.raises(TransitionError, match="needs a reason"):
                check_transition(current, new, "")
    else:
        with pytest.raises(TransitionError) as refused:
            check_transition(current, new, "a reason")
        assert current.value.replace("_", " ") in str(refused.value)


def test_the_lifecycle_reaches_closed_from_received_only_through_an_outcome() -> None:
    assert Status.CLOSED not in TRANSITIONS[Status.RECEIVED]
    assert all(Status.CLOSED in TRANSITIONS[s] for s in (Status.ANSWERED, Status.REFUSED, Status.WITHDRAWN))
    assert TRANSITIONS[Status.CLOSED] == frozenset()


def test_rights_parsing() -> None:
    assert parse_rights("erasure, access,access") == [Right.ACCESS, Right.ERASURE]
    assert parse_rights(["consent-withdrawal"]) == [Right.CONSENT_WITHDRAWAL]
    with pytest.raises(ValueError, match="at least one right"):
        parse_rights(" , ")
    assert Right.POST_MORTEM.article == "Loi Informatique et Libertés Art. 85"
    assert Right.ERASURE.label("fr") == "Droit à l'effacement"


def test_references() -> None:
    assert format_reference(normalise_code(" imv "), 2026, 7) == "IMV-2026-0007"
    with pytest.raises(ValueError, match="2 to 10 letters"):
        normalise_code("I-M-V")


def test_domain_services_and_storage_never_import_qt() -> None:
    code = (
        "import importlib, pkgutil, sys, dpo_desk\n"
        "for m in pkgutil.walk_packages(dpo_desk.__path__, 'dpo_desk.'):\n"
        "    if not m.name.startswith(('dpo_desk.ui', 'dpo_desk.__main__')) and 'migrations.' not in m.name + '.':\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
