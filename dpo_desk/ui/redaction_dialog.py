"""The redaction window: withhold other people's data (Art. 15(4)) from an extract or a document.

An extract shows as a table: select cells, rows or columns and withhold them. A document shows page by
page: drag a box over what must not go out. Each redaction records its reason. Suggestions (names,
emails, phone numbers, addresses that are not the person's) are listed to accept, never applied alone.
The marks are saved with the case; a document's flattened copy is made in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.redaction import Mark, Part
from ..front_door.errors import Cancelled, expected_errors
from ..front_door.workbench import Workbench
from .jobs import Job, start, with_progress
from .messages import in_words
from .page_canvas import WITHHELD_FILL, PageCanvas

KIND_WORDS = {
    "email": QT_TRANSLATE_NOOP("RedactionDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("RedactionDialog", "Phone number"),
    "address": QT_TRANSLATE_NOOP("RedactionDialog", "Address"),
    "name": QT_TRANSLATE_NOOP("RedactionDialog", "Name"),
}


class RedactionDialog(QDialog):
    """Signals:
    saved(int): the marks of this attachment were saved (their number).
    copy_made(int): the redacted copy was kept (its attachment id).
    suggestions_ready(): the search for other people's data is over (it runs in the background).
    """

    saved = Signal(int)
    copy_made = Signal(int)
    suggestions_ready = Signal()

    def __init__(
        self, workbench: Workbench, attachment_id: int, language: str = "fr", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redactionDialog")
        self.workbench = workbench
        self.attachment_id = attachment_id
        self.language = language
        self.item = workbench.redaction_source(attachment_id)
        self.marks: list[Mark] = list(self.item.marks)
        self.suggestions: list = []  # type: ignore[type-arg]
        self._has_text = True
        self.page = 0
        self._pages: dict[int, QImage] = {}
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Withhold other people's data — {name}").format(name=self.item.filename))

        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. Name and phone number of a neighbour filmed by the camera"))
        self.reason.setText(self.tr("Another person's personal data (Art. 15(4) GDPR)"))
        reason_row = QHBoxLayout()
        reason_label = QLabel(
            self.tr("Reason (shown to the person in the access report; do not name the other person):")
        )
        reason_label.setWordWrap(True)
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)

        self.marks_list = QListWidget(self)
        self.marks_list.setObjectName("marksList")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeMark")
        self.suggestions_list = QListWidget(self)
        self.suggestions_list.setObjectName("suggestionsList")
        self.accept_button = QPushButton(self.tr("Withhold the ticked suggestions"), self)
        self.accept_button.setObjectName("acceptSuggestions")
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Withheld:")))
        side.addWidget(self.marks_list, 2)
        side.addWidget(self.remove_button)
        side.addWidget(QLabel(self.tr("Suggestions (check each one; never applied by themselves):")))
        side.addWidget(self.suggestions_list, 2)
        side.addWidget(self.accept_button)
        self.hint = QLabel(self)
        self.hint.setObjectName("suggestionHint")
        self.hint.setWordWrap(True)
        side.addWidget(self.hint)
        side_widget = QWidget(self)
        side_widget.setLayout(side)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveRedactions")
        self.copy_button = None
        self.error = QLabel(self)
        self.error.setObjectName("redactionError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()

        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        if self.item.is_extract:
            self._build_extract(main_layout)
        else:
            self._build_document(main_layout)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(main)
        splitter.addWidget(side_widget)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(reason_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.marks_list.currentRowChanged.connect(self._mark_selected)
        self._refresh()
        self.resize(1180, 860)
        self._look_for_others()

    def _look_for_others(self) -> None:
        """Search the whole document in the background: a long one takes seconds."""
        self.hint.setText(self.tr("Looking for other people's data…"))
        self.accept_button.setEnabled(False)
        workbench, item = self.workbench, self.item
        self.search_job = Job(lambda _report, _cancelled: workbench.look_for_others(item))
        self.search_job.succeeded.connect(self._suggested)
        self.search_job.failed.connect(self._search_failed)
        start(self.search_job)

    def _search_failed(self, exc: Exception) -> None:
        self.hint.setText(in_words(exc))

    def _suggested(self, result) -> None:  # type: ignore[no-untyped-def]
        self.suggestions, self._has_text = result
        self._fill_suggestions()
        self._refresh()
        self.suggestions_ready.emit()

    # Extracts -------------------------------------------------------------------------------

    def _build_extract(self, layout: QVBoxLayout) -> None:
        extract = self.item.extract
        assert extract is not None
        self.table_model = QStandardItemModel(len(extract.rows), len(extract.header), self)
        self.table_model.setHorizontalHeaderLabels(extract.header)
        for r, row in enumerate(extract.rows):
            for c, value in enumerate(row):
                cell = QStandardItem(value)
                cell.setEditable(False)
                self.table_model.setItem(r, c, cell)
        self.table = QTableView(self)
        self.table.setObjectName("extractTable")
        self.table.setModel(self.table_model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        for name, text, part in (
            ("withholdCells", self.tr("Withhold cells"), Part.CELL),
            ("withholdRows", self.tr("Withhold rows"), Part.ROW),
            ("withholdColumns", self.tr("Withhold columns"), Part.COLUMN),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, p=part: self.withhold_selection(p))
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(QLabel(self.tr("Select cells, rows or columns that hold another person's data:")))
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            QLabel(self.tr("The extract kept in the case is never changed; the access report shows the placeholder."))
        )

    def withhold_selection(self, part: Part) -> int:
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            self._say(self.tr("Select what to withhold first."))
            return 0
        reason = self._reason()
        if reason is None:
            return 0
        wanted: set[tuple[int | None, int | None]] = set()
        for index in indexes:
            if part is Part.CELL:
                wanted.add((index.row(), index.column()))
            elif part is Part.ROW:
                wanted.add((index.row(), None))
            else:
                wanted.add((None, index.column()))
        existing = {(m.part, m.row, m.column) for m in self.marks}
        added = 0
        for row, column in sorted(wanted, key=lambda k: (k[0] or 0, k[1] or 0)):
            if (part, row, column) not in existing:
                self.marks.append(Mark(part, reason, row=row, column=column))
                added += 1
        self._refresh()
        return added

    # Documents ------------------------------------------------------------------------------

    def _build_document(self, layout: QVBoxLayout) -> None:
        from ..front_door.pdf_pages import page_count

        assert self.item.pdf is not None
        self.pages = page_count(self.item.pdf)
        self.canvas = PageCanvas(self)
        self.canvas.box_drawn.connect(self.add_box)
        area = QScrollArea(self)
        area.setObjectName("pageArea")
        area.setWidget(self.canvas)
        area.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("◀ Previous page"), self)
        self.next_button = QPushButton(self.tr("Next page ▶"), self)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Drag a box over what must not go out.")))
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        layout.addWidget(area, 1)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.copy_button = self.buttons.addButton(
            self.tr("Make the redacted copy…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("makeCopy")
        self.copy_button.setToolTip(
            self.tr("A new PDF: each page drawn at 300 dpi with the boxes burned in; no text can be extracted from it")
        )
        self.copy_button.clicked.connect(self.make_copy)
        self.show_page(0)

    def show_page(self, index: int) -> None:
        from ..front_door.pdf_pages import render_page

        if not 0 <= index < self.pages:
            return
        self.page = index
        if index not in self._pages:
            assert self.item.pdf is not None
            self._pages[index] = QImage.fromData(render_page(self.item.pdf, index))
        self.canvas.set_page(self._pages[index])
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=index + 1, total=self.pages))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages - 1)
        self._refresh()

    def add_box(self, left: float, top: float, right: float, bottom: float) -> None:
        reason = self._reason()
        if reason is None:
            return
        self.marks.append(Mark(Part.BOX, reason, page=self.page, box=(left, top, right, bottom)))
        self._refresh()

    # Both -----------------------------------------------------------------------------------

    def _reason(self) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self._say(self.tr("Give the reason first: each redaction records it."))
            self.reason.setFocus()
            return None
        self.error.hide()
        return reason

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _describe(self, mark: Mark) -> str:
        if mark.part is Part.BOX:
            where = self.tr("Page {n}, box").format(n=(mark.page or 0) + 1)
        elif mark.part is Part.ROW:
            where = self.tr("Row {n}").format(n=(mark.row or 0) + 1)
        elif mark.part is Part.COLUMN:
            header = self.item.extract.header if self.item.extract else []
            name = header[mark.column] if mark.column is not None and mark.column < len(header) else ""
            where = self.tr("Column {name}").format(name=name or (mark.column or 0) + 1)
        else:
            where = self.tr("Row {row}, column {column}").format(row=(mark.row or 0) + 1, column=(mark.column or 0) + 1)
        return f"{where} — {mark.reason}"

    def _refresh(self) -> None:
        self.marks_list.clear()
        for mark in self.marks:
            QListWidgetItem(self._describe(mark), self.marks_list)
        if self.item.is_extract:
            self._paint_cells()
        else:
            self.canvas.boxes = [m.box for m in self.marks if m.part is Part.BOX and m.page == self.page and m.box]
            self.canvas.suggested = [b for s in self.suggestions if s.page == self.page for b in s.boxes]
            self.canvas.selected = None
            self.canvas.update()
        if self.copy_button is not None:
            self.copy_button.setEnabled(bool(self.marks))

    def _paint_cells(self) -> None:
        from ..domain.redaction import withheld_cells

        extract = self.item.extract
        assert extract is not None
        cells = withheld_cells(len(extract.rows), len(extract.header), self.marks)
        for r in range(self.table_model.rowCount()):
            for c in range(self.table_model.columnCount()):
                item = self.table_model.item(r, c)
                if item is None:
                    continue
                withheld = (r, c) in cells
                item.setBackground(QBrush(WITHHELD_FILL) if withheld else QBrush())
                item.setForeground(QBrush(QColor("white")) if withheld else QBrush())
                item.setToolTip(self.tr("Withheld in what goes out") if withheld else "")

    def _mark_selected(self, row: int) -> None:
        if self.item.is_extract or not 0 <= row < len(self.marks):
            return
        mark = self.marks[row]
        if mark.page is not None and mark.page != self.page:
            self.show_page(mark.page)
        boxes = [m for m in self.marks if m.part is Part.BOX and m.page == self.page]
        self.canvas.selected = boxes.index(mark) if mark in boxes else None
        self.canvas.update()

    def remove_selected(self) -> None:
        row = self.marks_list.currentRow()
        if 0 <= row < len(self.marks):
            del self.marks[row]
            self._refresh()

    def _fill_suggestions(self) -> None:
        self.suggestions_list.clear()
        for suggestion in self.suggestions:
            kind = QCoreApplication.translate("RedactionDialog", KIND_WORDS.get(suggestion.kind.value, ""))
            if suggestion.page is not None:
                where = self.tr("page {n}").format(n=suggestion.page + 1)
            else:
                where = self.tr("row {row}, column {column}").format(
                    row=(suggestion.row or 0) + 1, column=(suggestion.column or 0) + 1
                )
            item = QListWidgetItem(f"{kind}: {suggestion.text} ({where})", self.suggestions_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if not self.suggestions:
            if not self._has_text:
                self.hint.setText(
                    self.tr(
                        "No text can be read in this document (a scan or a photo): look for other people's "
                        "data yourself."
                    )
                )
            else:
                self.hint.setText(self.tr("Nothing found that looks like another person's data; read it all the same."))
        else:
            self.hint.setText(self.tr("Names written without a capital or a civility are not found: read it all."))
        self.accept_button.setEnabled(bool(self.suggestions))

    def accept_suggestions(self) -> int:
        reason = self._reason()
        if reason is None:
            return 0
        added = 0
        for index in range(self.suggestions_list.count()):
            if self.suggestions_list.item(index).checkState() != Qt.CheckState.Checked:
                continue
            suggestion = self.suggestions[index]
            if suggestion.page is not None:
                for box in suggestion.boxes:
                    self.marks.append(Mark(Part.BOX, reason, page=suggestion.page, box=box))
                    added += 1
            else:
                self.marks.append(Mark(Part.CELL, reason, row=suggestion.row, column=suggestion.column))
                added += 1
            self.suggestions_list.item(index).setCheckState(Qt.CheckState.Unchecked)
        self._refresh()
        return added

    def save(self) -> bool:
        try:
            count = self.workbench.save_redactions(self.attachment_id, self.marks)
        except expected_errors() as exc:
            self._say(in_words(exc))
            return False
        self.error.hide()
        self.saved.emit(count)
        return True

    def make_copy(self) -> Job | None:
        """Save the boxes, then flatten the document in the background, with progress."""
        if not self.save():
            return None
        workbench, attachment_id, language = self.workbench, self.attachment_id, self.language
        label = self.tr("Drawing the pages at print resolution…")

        def work(report, cancelled) -> int:  # type: ignore[no-untyped-def]
            def progress(done: int, total: int) -> None:
                if cancelled():
                    raise Cancelled("The redacted copy was not made; nothing was changed.")
                report(label, done, total)

            return workbench.redacted_copy(attachment_id, language, progress=progress)

        job = Job(work)
        self._progress = with_progress(job, self.tr("Redacted copy"), self)
        # Closing waits for the job's end: the progress dialog (a child) must outlive it.
        made: list[int] = []
        job.succeeded.connect(made.append)
        job.failed.connect(lambda exc: self._say(in_words(exc)))
        job.finished.connect(lambda: made and self._copied(made[0]))
        self.job = job
        return start(job)

    def _copied(self, copy_id: int) -> None:
        self.copy_made.emit(copy_id)
        self.accept()
