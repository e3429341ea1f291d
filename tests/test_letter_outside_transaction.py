"""Writing a letter from the window renders its PDF with no transaction open, then keeps it in a
short write transaction; a change recorded while it rendered makes it read and render again, and
the history's chain holds (issue #18)."""

from __future__ import annotations

import hashlib

import pytest

from dpo_desk.domain.letters import LetterKind
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.renderers import letters_pdf
from dpo_desk.services import events
from dpo_desk.services.case_list import ListFilter
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY


def _open_reference(bench: Workbench) -> str:
    return next(r.reference for r in bench.page(ListFilter(open_only=True), 0, 50) if r.organisation == "IMV")


def test_the_pdf_is_rendered_with_no_connection_in_use(demo_case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = Workbench(demo_case, "claire.dpo", today=lambda: TODAY)
    reference = _open_reference(bench)
    real = letters_pdf.render_letter
    in_use: list[int] = []

    def render(layout):  # type: ignore[no-untyped-def]
        in_use.append(demo_case._engine.pool.checkedout())  # a transaction needs a connection checked out
        return real(layout)

    monkeypatch.setattr(letters_pdf, "render_letter", render)
    letter_id, pdf = bench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)

    assert in_use == [0]
    assert pdf.startswith(b"%PDF") and bench.letter_pdf(letter_id) == pdf
    with demo_case.reader(orm=True) as reading:
        assert not events.verify_chain(reading.orm)
    kept = [e for e in bench.detail(reference).events if e.kind == "letter_created"]
    assert kept and kept[-1].details["sha256"] == hashlib.sha256(pdf).hexdigest()


def test_a_change_while_rendering_is_read_again(demo_case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    bench = Workbench(demo_case, "claire.dpo", today=lambda: TODAY)
    other = Workbench(demo_case, "lucas.accueil", today=lambda: TODAY)  # another window on the same file
    reference = _open_reference(bench)
    real = letters_pdf.render_letter
    rendered: list[int] = []

    def render(layout):  # type: ignore[no-untyped-def]
        if not rendered:  # someone records something meanwhile: this draft may be stale
            other.add_note(reference, "Appel de la personne : elle a déménagé.")
        rendered.append(demo_case._engine.pool.checkedout())
        return real(layout)

    monkeypatch.setattr(letters_pdf, "render_letter", render)
    letter_id, pdf = bench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)

    assert rendered == [0, 0]  # read and rendered again, once, still outside any transaction
    with demo_case.reader(orm=True) as reading:
        assert not events.verify_chain(reading.orm)
    kinds = [e.kind for e in bench.detail(reference).events]
    assert kinds[-2:] == ["note", "letter_created"]
    assert bench.letters(reference)[-1].id == letter_id and bench.letter_pdf(letter_id) == pdf
