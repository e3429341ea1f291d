"""The workbench window, driven with qtbot over a real encrypted case file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services.dashboard import Bucket
from dpo_desk.storage.casefile import CaseFile, create_case_file, open_case_file
from dpo_desk.ui.case_table_model import ROW_ROLE, CaseTableModel
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.preview_dialog import PreviewDialog
from dpo_desk.ui.text_dialog import TextDialog
from dpo_desk.ui.unlock_dialog import UnlockDialog

from .conftest import FAST_KDF, PASSPHRASE, TODAY

pytestmark = pytest.mark.gui


def shown_references(win: MainWindow) -> list[str]:
    return [win.model.index(r, 0).data(ROW_ROLE).reference for r in range(win.model.rowCount())]


def test_models_pass_the_qt_model_tester(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.model)
    for row in range(window.model.rowCount()):  # a case with a timeline, documents and letters
        window.table.selectRow(row)
        if window.detail.documents_model.rowCount() and window.detail.letters_model.rowCount():
            break
    for model in (window.detail.timeline_model, window.detail.documents_model, window.detail.letters_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_lazy_model_pages_and_sorts_in_sql(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, bool, int, int]] = []
    from dpo_desk.services.views import RequestRow

    def fetch(sort: str, descending: bool, offset: int, limit: int) -> list[RequestRow]:
        calls.append((sort, descending, offset, limit))
        total = 600
        return [
            RequestRow(
                i, f"IMV-2026-{i:04d}", "IMV", "P", ["access"], "post", TODAY, TODAY, 0, "received", None, False, ""
            )
            for i in range(offset, min(total, offset + limit))
        ]

    model = CaseTableModel(fetch)
    model.reload()
    assert model.rowCount() == 256 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 600 and not model.canFetchMore()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert calls[-1] == ("person", True, 0, 600)
    qtmodeltester.check(model)


def test_the_window_says_demo_and_shows_the_counts(window: MainWindow) -> None:
    assert "DEMO" in window.windowTitle()
    assert window.findChild(type(window.shown_label), "demoBanner") is not None
    counts = window.workbench.counts()
    assert counts[Bucket.OPEN] > 0 and counts[Bucket.OVERDUE] > 0
    overdue_text = window.dashboard.buttons[Bucket.OVERDUE].text()
    assert overdue_text.startswith(f"{counts[Bucket.OVERDUE]}\n")


def test_typing_part_of_a_name_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    everyone = window.model.rowCount()
    target = window.model.index(0, 0).data(ROW_ROLE)
    surname = target.person.split()[-1]
    with qtbot.waitSignal(window.model.modelReset, timeout=3000):
        qtbot.keyClicks(window.search, surname[:4].lower())
    rows = [window.model.index(r, 0).data(ROW_ROLE) for r in range(window.model.rowCount())]
    assert 0 < len(rows) < everyone
    assert target.reference in [r.reference for r in rows]
    with qtbot.waitSignal(window.model.modelReset, timeout=3000):
        window.search.clear()
    assert window.model.rowCount() == everyone


def test_clicking_a_count_filters_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    expected = window.workbench.counts()[Bucket.OVERDUE]
    qtbot.mouseClick(window.dashboard.buttons[Bucket.OVERDUE], Qt.MouseButton.LeftButton)
    rows = [window.model.index(r, 0).data(ROW_ROLE) for r in range(window.model.rowCount())]
    assert len(rows) == expected and all(r.days_left < 0 for r in rows)
    qtbot.mouseClick(window.dashboard.buttons[Bucket.OVERDUE], Qt.MouseButton.LeftButton)
    assert (
        window.model.rowCount()
        == window.workbench.counts()[Bucket.OPEN]
        + window.workbench.count(window.workbench.filter_for(None, ""))
        - window.workbench.counts()[Bucket.OPEN]
    )


def _select_open_request(window: MainWindow) -> str:
    for row in range(window.model.rowCount()):
        item = window.model.index(row, 0).data(ROW_ROLE)
        if item.status == "received":
            window.table.selectRow(row)
            return item.reference
    raise AssertionError("the demo has a request still 'received'")


def test_change_status_through_the_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ref = _select_open_request(window)
    assert window.detail.reference == ref
    offered = [a.data() for a in window.detail.status_menu.actions()]
    assert "in_progress" in offered and "closed" not in offered
    action = next(a for a in window.detail.status_menu.actions() if a.data() == "in_progress")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        action.trigger()
    assert window.detail.reference == ref
    assert window.detail.fields["status"].text() == "In progress"
    assert window.detail.timeline_model.index(window.detail.timeline_model.rowCount() - 1, 2).data() == "Status changed"


def _dialog(qtbot) -> TextDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=3000)
    return QApplication.activeModalWidget()  # type: ignore[return-value]


def test_extend_asks_for_reasons_then_moves_the_deadline(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ref = _select_open_request(window)
    before = window.workbench.detail(ref)
    qtbot.mouseClick(window.detail.extend_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # reasons are required
    # QTest key clicks accept ASCII only (Qt aborts on others): accents go in through the editor.
    qtbot.keyClicks(dialog.editor, "Data in five systems")
    dialog.editor.insertPlainText(" — données réparties")
    assert ok.isEnabled()
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    after = window.workbench.detail(ref)
    # Recorded; the deadline moves once the extension notice is sent by the first one (test_clock.py).
    assert after.extended and after.deadline_on == before.deadline_on and not after.extension_counts
    assert after.extension_reason == "Data in five systems — données réparties"
    assert "Extended to" in window.detail.fields["deadlines"].text()
    assert "counts once its notice is sent" in window.detail.fields["deadlines"].text()
    # Once extended, "extension notice by the same date" would be stale: the line above says it.
    assert "extension notice by the same date" not in window.detail.fields["deadlines"].text()
    assert "once its notice is sent)" in window.detail.deadline.text()
    assert not window.detail.extend_button.isEnabled()


def test_pause_and_resume_change_the_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ref = _select_open_request(window)
    waiting = window.workbench.counts()[Bucket.AWAITING_SUBJECT]
    qtbot.mouseClick(window.detail.pause_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)  # what was asked of the person, for the record
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a pause needs its reason
    qtbot.keyClicks(dialog.editor, "Which of your two accounts is concerned?")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.workbench.counts()[Bucket.AWAITING_SUBJECT] == waiting + 1
    assert window.workbench.detail(ref).status_reason == "Which of your two accounts is concerned?"
    assert window.dashboard.buttons[Bucket.AWAITING_SUBJECT].text().startswith(f"{waiting + 1}\n")
    assert window.detail.reference == ref and window.detail.resume_button.isEnabled()
    assert window.detail.deadline.text().startswith("Paused since")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(window.detail.resume_button, Qt.MouseButton.LeftButton)
    assert window.workbench.counts()[Bucket.AWAITING_SUBJECT] == waiting


def test_a_refused_action_is_explained_and_nothing_changes(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = _select_open_request(window)
    events_before = len(window.workbench.detail(ref).events)
    # Too late to extend: pretend today is two months after receipt.
    received = window.workbench.detail(ref).received_on
    monkeypatch.setattr(window.workbench, "today", lambda: received + timedelta(days=62))
    qtbot.mouseClick(window.detail.extend_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.editor, "complex")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=3000)
    box = window.findChild(QMessageBox, "errorBox")
    assert "Too late to extend" in box.text()
    box.close()
    assert len(window.workbench.detail(ref).events) == events_before


def test_note_is_added_to_the_history(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ref = _select_open_request(window)
    qtbot.mouseClick(window.detail.note_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.editor, "Appel au service client")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    last = window.workbench.detail(ref).events[-1]
    assert (last.kind, last.details["text"], last.user) == ("note", "Appel au service client", "claire.dpo")


def test_verify_runs_in_the_background_and_reports(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from dpo_desk.services import integrity

    threads: list[int] = []
    real = integrity.verify_case_file

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "verify_case_file", watched)
    window.verify()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "verifyBox") is not None, timeout=10000)
    assert "hash chain intact" in window.findChild(QMessageBox, "verifyBox").text()
    assert threads and threads[0] != threading.get_ident()  # the work ran off the GUI thread


def test_verify_can_be_cancelled(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from dpo_desk.services import integrity

    gate = threading.Event()
    real = integrity.verify_case_file

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the user presses Cancel while the check is under way
        return real(*args, **kwargs)

    monkeypatch.setattr(integrity, "verify_case_file", held)
    job = window.verify()
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: "stopped" in window.statusBar().currentMessage(), timeout=10000)
    assert window.findChild(QMessageBox, "verifyBox") is None


def test_unlock_dialog_explains_a_wrong_passphrase(qtbot, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF).close()
    dialog = UnlockDialog(case_path, lambda p: open_case_file(case_path, passphrase=p, use_keyring=False))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not it at all")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and "Wrong passphrase" in dialog.error.text()
    assert dialog.case is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=3000) as unlocked:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    case = unlocked.args[0]
    assert isinstance(case, CaseFile)
    case.close()


def test_window_state_is_remembered(qtbot, demo_case: CaseFile, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(Workbench(demo_case, "dpo"))
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 555)
    first.close()
    reopened = open_case_file(case_path, passphrase=PASSPHRASE)
    second = MainWindow(Workbench(reopened, "dpo"))
    qtbot.addWidget(second)
    # The offscreen screen is 800x800 and narrower than the window's minimum width (901 px),
    # so only the height can be compared here.
    assert second.height() == 555
    second.close()


def _pdf_with(text: str) -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("lettre.pdf", _pdf_with("Quibbleworth-4411 wants a copy"), "pdf"),
        ("note.txt", b"Quibbleworth-4411 called", "text"),
        ("archive.zip", b"PK\x03\x04 Quibbleworth-4411", "none"),
    ],
)
def test_documents_are_previewed_without_plaintext_on_disk(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    kind: str,
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    ref = _select_open_request(window)
    from dpo_desk.services.cases import FileInput

    window.workbench.attach(ref, [FileInput(name, content)])
    window.refresh()
    model = window.detail.documents_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    with qtbot.waitSignal(window.detail.document_requested, timeout=3000) as chosen:
        window.detail.documents.doubleClicked.emit(model.index(row, 0))
    qtbot.waitUntil(lambda: window.findChild(PreviewDialog) is not None, timeout=3000)
    dialog = window.findChild(PreviewDialog)
    assert chosen.args[0] > 0 and dialog.kind == kind
    if kind == "pdf":
        assert dialog.document.pageCount() == 1
        assert "Quibbleworth-4411" in dialog.document.getAllText(0).text()
    for path in (tmp_path / "tmp").rglob("*"):
        assert b"Quibbleworth-4411" not in path.read_bytes(), path
    dialog.close()
