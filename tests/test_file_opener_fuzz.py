"""The file opener fuzzed: damaged case files and key files give a CaseFileError in words, never a crash.

A real encrypted case file and its key file are copied, then bytes are flipped, cut or zeroed at
random places; opening must either work (the damage fell where nothing is read on open) or raise
one of the case file's own errors, and must never leave the original changed.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.errors import CaseFileError
from dpo_desk.storage.keyfile import key_file_path

from .conftest import PASSPHRASE, TODAY
from .test_cases import log


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dpo_desk.services.organisations import OrganisationInput, add_organisation
    from dpo_desk.storage.casefile import create_case_file

    from .conftest import FAST_KDF

    path = tmp_path_factory.mktemp("original") / "cases.dpodesk"
    case = create_case_file(path, PASSPHRASE, kdf=FAST_KDF)
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV"), user="dpo")
    for n in range(20):
        log(case, received=TODAY, email=f"p{n}@example.fr")
    case.close()
    return path


def _damage(data: bytearray, draw, how: str) -> bytes:  # type: ignore[no-untyped-def]
    if how == "cut":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if how == "zero":
        start = draw(st.integers(0, len(data) - 1))
        length = draw(st.integers(1, 4096))
        data[start : start + length] = bytes(min(length, len(data) - start))
        return bytes(data)
    for _ in range(draw(st.integers(1, 16))):
        data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
    return bytes(data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), target=st.sampled_from(["case file", "key file"]), how=st.sampled_from(["flip", "cut", "zero"]))
def test_a_damaged_file_is_refused_in_words(original: Path, data, target: str, how: str) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / original.name
        shutil.copyfile(original, copy)
        shutil.copyfile(key_file_path(original), key_file_path(copy))
        victim = copy if target == "case file" else key_file_path(copy)
        victim.write_bytes(_damage(bytearray(victim.read_bytes()), data.draw, how))
        before = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in Path(scratch).iterdir()}
        try:
            opened: CaseFile = open_case_file(copy, passphrase=PASSPHRASE, use_keyring=False, read_only=True)
        except CaseFileError as exc:
            assert str(exc) and "Traceback" not in str(exc)
        else:
            opened.close()  # the damage fell where opening does not read: `verify` is what finds it
        after = {name: hashlib.sha256((Path(scratch) / name).read_bytes()).hexdigest() for name in before}
        assert after == before  # opening read-only changes neither file (SQLite may add its empty -wal/-shm)
