"""Issue 17's smaller items: the day proof of identity arrived, a pause's reason, a registered-mail
number typed without its spaces."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.domain.pauses import PauseReason
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases
from dpo_desk.services.case_list import ListFilter
from dpo_desk.services.errors import ActionRefused
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.proof_dialog import ProofDialog

from .conftest import TODAY
from .test_cases import act, detail, log


def test_a_registered_number_is_found_typed_with_or_without_its_spaces(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=2)).reference
    with case.unit_of_work() as session:
        request = cases.load_request(session, ref)
        request.registered_mail_no = "1A 123 456 7890 1"
        cases.search.index_request(session, request)
    bench = Workbench(case, "dpo", today=lambda: TODAY)
    for typed in ("1A 123 456 7890 1", "1A12345678901", "1a1234567", "7890"):
        assert [r.reference for r in bench.page(ListFilter(text=typed), 0, 10)] == [ref], typed
    assert bench.page(ListFilter(text="1A12345678902"), 0, 10) == []


def test_the_proof_s_day_is_recorded_and_checked(case: CaseFile) -> None:
    received = TODAY - timedelta(days=10)
    ref = log(case, received=received).reference
    act(case, cases.request_identity, ref, "Signature differs", on=received + timedelta(days=2), today=TODAY)
    bench = Workbench(case, "dpo", today=lambda: TODAY)
    with pytest.raises(ActionRefused, match="it was asked for on"):
        bench.identity_received(ref, None, received + timedelta(days=1))
    with pytest.raises(ActionRefused, match="in the future"):
        bench.identity_received(ref, None, TODAY + timedelta(days=1))
    bench.identity_received(ref, None, received + timedelta(days=5))
    [pause] = detail(case, ref).pauses
    assert (pause.started_on, pause.ended_on) == (received + timedelta(days=2), received + timedelta(days=5))
    assert [e.details["on"] for e in detail(case, ref).events if e.kind == "identity_received"] == [
        (received + timedelta(days=5)).isoformat()
    ]


def test_a_pause_keeps_what_was_asked(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=3)).reference
    Workbench(case, "dpo", today=lambda: TODAY).pause(ref, PauseReason.CLARIFICATION, "Which account?")
    shown = detail(case, ref)
    assert shown.status_reason == "Which account?"
    assert [e.details.get("reason") for e in shown.events if e.kind == "status_changed"] == ["Which account?"]


@pytest.mark.gui
def test_proof_received_asks_the_day(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from .test_ui import _select_open_request

    reference = _select_open_request(window)
    received = window.workbench.detail(reference).received_on
    with window.workbench.case.unit_of_work() as session:  # asked for on the day it arrived
        cases.request_identity(session, reference, "Address differs", user="claire.dpo", on=received, today=TODAY)
    window.refresh()
    qtbot.mouseClick(window.detail.id_received_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProofDialog), timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert dialog.day.minimumDate().toPython() == received  # it cannot have come before it was asked for
    assert dialog.day.maximumDate().toPython() == TODAY and dialog.day.date().toPython() == TODAY
    arrived = min(received + timedelta(days=1), TODAY)
    dialog.day.setDate(QDate(arrived.year, arrived.month, arrived.day))
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(dialog.no_copy, Qt.MouseButton.LeftButton)
    shown = window.workbench.detail(reference)
    assert shown.identity_state == "received" and shown.status == "in_progress"
    assert shown.pauses[-1].ended_on == arrived  # the clock ran again from the day chosen
