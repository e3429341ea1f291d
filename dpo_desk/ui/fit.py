"""Room for the words: table columns at least as wide as their header's text (French words are longer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QWidget


def header_text_width(header: QHeaderView, column: int) -> int:
    """The width a header section needs to show its text whole, sort indicator included."""
    model = header.model()
    text = str(model.headerData(column, header.orientation(), Qt.ItemDataRole.DisplayRole) or "") if model else ""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.section = column
    option.text = text
    if header.isSortIndicatorShown():
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
    size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header)
    return max(size.width(), header.fontMetrics().horizontalAdvance(text) + 8)


def fit_headers(view: QAbstractItemView) -> None:
    """Widen the columns of `view` whose header text would be cut; never narrows one."""
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()  # type: ignore[attr-defined]
    view.ensurePolished()
    header.ensurePolished()  # the style's header font (bold here) is known once polished
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        needed = header_text_width(header, column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def fit_all_headers(root: QWidget) -> None:
    """fit_headers on every table and tree inside `root`."""
    for view in root.findChildren(QAbstractItemView):
        if hasattr(view, "horizontalHeader") or hasattr(view, "header"):
            fit_headers(view)
