"""Text that does not fit where it is drawn: clipped labels and buttons, elided tabs, headers cut short."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _label_width_needed(label: QLabel) -> int:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        return int(document.idealWidth())
    metrics = label.fontMetrics()
    if label.buddy() is not None or "&" in text:  # a mnemonic's & is not drawn
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _label(label: QLabel) -> str | None:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"label {_name(label)} {label.text()[:60]!r} needs {needed} px of height, has {label.height()}"
        return None
    needed = _label_width_needed(label)
    if needed > room + SLACK:
        return f"label {_name(label)} {label.text()[:60]!r} needs {needed} px, has {room}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text() or not isinstance(button, QPushButton | QCheckBox | QRadioButton | QToolButton):
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"button {_name(button)} {button.text()!r} needs {needed} px, has {button.width()}"
    return None


def _header(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    found = []
    last = header.logicalIndex(header.count() - 1) if header.count() else -1
    for column in range(header.count()):
        if header.isSectionHidden(column) or (column == last and header.stretchLastSection()):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = column
        option.text = text
        if header.isSortIndicatorShown():
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        needed = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header
        )
        width = max(needed.width(), header.fontMetrics().horizontalAdvance(text) + 8)
        if header.sectionSize(column) + SLACK < width:
            found.append(f"header of {_name(view)}: {text!r} needs {width} px, has {header.sectionSize(column)}")
    return found


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if bar.tabRect(index).width() + SLACK < bar.tabSizeHint(index).width():
            found.append(f"tab {bar.tabText(index)!r} is elided")
    return found


def layout_problems(root: QWidget) -> list[str]:
    """What does not fit in `root` and its visible children, in words."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if needed > widget.width():
                problem = f"group {widget.title()!r} needs {needed} px, has {widget.width()}"
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        elif isinstance(widget, QAbstractItemView) and hasattr(widget, "horizontalHeader"):
            header = widget.horizontalHeader()
            if header.isVisible():
                found += _header(widget, header)
        if problem:
            found.append(problem)
    return found
