"""A search's first page is read by one of two plans, chosen by how many requests it finds (issue
#19): both give the same rows in the same order, and a search alone is counted by its index."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dpo_desk.demo.bulk import generate
from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.queries import case_list

from .conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def bulk_case(tmp_path_factory: pytest.TempPathFactory) -> CaseFile:
    path = Path(tmp_path_factory.mktemp("plans")) / "bulk.dpodesk"
    generate(path, 3000, PASSPHRASE, today=TODAY, kdf=FAST_KDF)
    return open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)


SEARCHES = ("ma", "mar", "martin", "zoé", "lefèvre", "imv-2026", "dupont jean", "zz")


@pytest.mark.parametrize("text", SEARCHES)
@pytest.mark.parametrize("extra", [{}, {"open_only": True}, {"organisation_code": "IMV"}])
def test_both_plans_give_the_same_page(
    bulk_case: CaseFile, monkeypatch: pytest.MonkeyPatch, text: str, extra: dict[str, object]
) -> None:
    flt = case_list.ListFilter(text=text, limit=256, offset=10, **extra)  # type: ignore[arg-type]
    with bulk_case._raw() as raw:
        organisation = case_list.organisation_id(raw, "IMV")
        pages = {}
        for walking in (False, True):
            monkeypatch.setattr(case_list, "_many_found", lambda _conn, _expression, w=walking: w)
            pages[walking] = case_list.rows(raw, flt, today=TODAY, organisation_id=organisation)
        monkeypatch.undo()
        unfiltered = raw.execute(
            "SELECT count(*) FROM request WHERE id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)",
            (f'"{text.split()[0]}"*',),
        ).fetchone()[0]
    assert pages[True] == pages[False]
    if text in ("ma", "martin", "lefèvre") and not extra:
        assert unfiltered > 0 and pages[True]  # the demo has these names: the comparison is not of two empties


@pytest.mark.parametrize("text", SEARCHES)
def test_a_search_alone_is_counted_by_its_index_as_by_the_requests(bulk_case: CaseFile, text: str) -> None:
    with bulk_case._raw() as raw:
        counted = case_list.count(raw, case_list.ListFilter(text=text), today=TODAY)
        expression = " AND ".join(f'"{word}"*' for word in text.replace("-", " ").split())
        by_requests = raw.execute(
            "SELECT count(*) FROM request WHERE id IN (SELECT rowid FROM request_fts WHERE request_fts MATCH ?)",
            (expression,),
        ).fetchone()[0]
    assert counted == by_requests
