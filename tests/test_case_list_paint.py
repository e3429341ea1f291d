"""The case list as painted: its colours and words come through the model's one-call multiData
(issue #18: a page paints in one Python call per cell), and a change of rows is painted at once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtGui import QColor

from dpo_desk.ui.case_table_model import CLOSED_TEXT, OVERDUE, PAUSED, ROW_ROLE, SOON, urgency
from dpo_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def painted_colour(win: MainWindow, row: int, column: int) -> QColor:
    """The colour painted near the top-left corner of a cell (its background, not its text)."""
    rect = win.table.visualRect(win.model.index(row, column))
    image = win.table.viewport().grab().toImage()
    return image.pixelColor(rect.left() + 2, rect.top() + 2)


def asked(win: MainWindow, index: QModelIndex, *roles: Qt.ItemDataRole) -> list[object]:
    """What the model's multiData answers for each role (PySide builds a span of one role only)."""
    answers = []
    for role in roles:
        wanted = QModelRoleData(role)
        win.model.multiData(index, QModelRoleDataSpan(wanted))
        answers.append(wanted.data())
    return answers


def test_each_row_is_painted_in_its_urgency(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.clearSelection()
    window.table.setCurrentIndex(QModelIndex())
    seen: set[str] = set()
    for row in range(min(window.model.rowCount(), 20)):
        colour = urgency(window.model.index(row, 0).data(ROW_ROLE))
        painted = painted_colour(window, row, 0)
        if colour is None:
            assert painted not in (OVERDUE, SOON, PAUSED), f"row {row} painted {painted.name()}, as another row"
        else:
            assert painted == colour, f"row {row} painted {painted.name()}, not {colour.name()}"
            seen.add(colour.name())
    assert OVERDUE.name() in seen  # the demo has overdue requests at the top of the list


def test_one_call_answers_every_role_a_cell_is_painted_with(window: MainWindow) -> None:
    model = window.model
    for row in range(model.rowCount()):
        item = model.index(row, 0).data(ROW_ROLE)
        if urgency(item) is OVERDUE:
            break
    days_left = model.index(row, 7)
    text, background, alignment, decoration = asked(
        window,
        days_left,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.DecorationRole,
    )
    assert text == days_left.data() == str(item.days_left)
    assert background.color() == OVERDUE and decoration is None
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    closed = next(
        row for row in range(model.rowCount()) if model.index(row, 0).data(ROW_ROLE).status.startswith("closed")
    )
    (foreground,) = asked(window, model.index(closed, 1), Qt.ItemDataRole.ForegroundRole)
    assert foreground.color() == CLOSED_TEXT


def test_new_rows_are_painted_with_their_own_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    model = window.model
    rows = [model.row_at(row) for row in range(model.rowCount())]
    first = model.index(0, 0)
    assert first.data() == rows[0].reference  # worked out once, then kept for the paints after
    renamed = [replace(rows[0], reference="ZZ-RENAMED", days_left=-400), *rows[1:]]
    model.show_rows(renamed, exhausted=True)
    assert model.index(0, 0).data() == "ZZ-RENAMED"
    assert asked(window, model.index(0, 7), Qt.ItemDataRole.DisplayRole) == ["-400"]
    model.sort(0, Qt.SortOrder.DescendingOrder)  # sorted again in SQL: the words follow the new order
    assert [model.index(r, 0).data() for r in range(3)] == [
        model.row_at(r).reference
        for r in range(3)  # type: ignore[union-attr]
    ]


def test_a_role_left_unanswered_is_cleared_not_kept_from_the_cell_before(window: MainWindow) -> None:
    """A delegate passes the same span from cell to cell: a cell without a background must not
    keep the one of the cell painted before it (rows 'due soon' once painted the next rows yellow)."""
    model = window.model
    coloured = next(r for r in range(model.rowCount()) if urgency(model.row_at(r)) is not None)  # type: ignore[arg-type]
    plain = next(r for r in range(model.rowCount()) if urgency(model.row_at(r)) is None)  # type: ignore[arg-type]
    reused = QModelRoleData(Qt.ItemDataRole.BackgroundRole)
    model.multiData(model.index(coloured, 0), QModelRoleDataSpan(reused))
    assert reused.data() is not None
    model.multiData(model.index(plain, 0), QModelRoleDataSpan(reused))
    assert reused.data() is None
    model.multiData(model.index(model.rowCount() + 5, 0), QModelRoleDataSpan(reused))  # no such row
    assert reused.data() is None
    timeline = window.detail.timeline_model  # the other tables answer through RowsTableModel.multiData
    window.table.selectRow(coloured)
    assert timeline.rowCount() > 0
    shown = QModelRoleData(Qt.ItemDataRole.DisplayRole)
    timeline.multiData(timeline.index(0, 0), QModelRoleDataSpan(shown))
    assert shown.data() == timeline.index(0, 0).data()
    timeline.multiData(timeline.index(0, 0), QModelRoleDataSpan(reused))
    assert reused.data() == timeline.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
