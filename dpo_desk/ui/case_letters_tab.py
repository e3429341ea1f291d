"""The case's Letters tab: write a letter or record an answer, mark it sent, its receipt, send it by
email, its envelope; below, the emails sent for the case and their passwords."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.letters import WRITTEN_BY_DPO_DESK, LetterKind
from ..front_door.views import RequestDetail
from .letter_table_model import LETTER_ROLE, LetterTableModel, kind_label
from .sent_table_model import SENT_ROLE, SentTableModel


class CaseLettersTab(QWidget):
    """A part of CaseDetailView (case_detail.py): its letters and emails sent.

    The signals it emits are defined on CaseDetailView: with signals defined on two classes of one
    widget, PySide 6.12 lost a connection made before (choosing a letter then did nothing).
    """

    _detail: RequestDetail | None
    can_decide: bool
    tabs: QTabWidget

    letter_requested: SignalInstance
    answer_requested: SignalInstance  # reference, what to record (ui/answer_dialogs.ANSWERS)
    letter_opened: SignalInstance
    letter_sent: SignalInstance
    letter_receipt: SignalInstance  # a registered letter's acknowledgement of receipt came back
    envelope_requested: SignalInstance  # a letter's DL envelope and registered-mail slip
    label_requested: SignalInstance  # a letter's address label and registered-mail slip
    letter_emailed: SignalInstance
    password_requested: SignalInstance  # an email sent: show its password again (a DPO, recorded)

    def _build_letters(self) -> None:
        """The letters of the case and the buttons that write, send and follow them."""
        self.letters_model = LetterTableModel(self)
        self.letters = QTableView(self)
        self.letters.setAccessibleName(self.tr("Letters of the case"))
        self.letters.setTabKeyNavigation(False)
        self.letters.setObjectName("letters")
        self.letters.setModel(self.letters_model)
        self.letters.verticalHeader().hide()
        self.letters.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.letters.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.letters.horizontalHeader().setStretchLastSection(True)
        self.letters.setColumnWidth(0, 210)
        self.letters.doubleClicked.connect(lambda index: self._letter_chosen(index, self.letter_opened))
        self.letters.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.letters.customContextMenuRequested.connect(
            lambda point: self.letter_menu(self.letters.indexAt(point)).popup(
                self.letters.viewport().mapToGlobal(point)
            )
        )
        self.write_button = QToolButton(self)
        self.write_button.setText(self.tr("Write letter"))
        self.write_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.write_menu = QMenu(self.write_button)
        for kind in LetterKind:
            if kind not in WRITTEN_BY_DPO_DESK:
                self.write_menu.addAction(kind_label(kind.value)).setData(kind.value)
        self.write_button.setMenu(self.write_menu)
        self.answer_button = QToolButton(self)
        self.answer_button.setObjectName("recordAnswer")
        self.answer_button.setText(self.tr("Record answer"))
        self.answer_button.setToolTip(self.tr("What was decided and done: the letters state exactly this"))
        self.answer_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.answer_menu = QMenu(self.answer_button)
        from .answer_dialogs import ANSWERS

        for key, label in ANSWERS:
            self.answer_menu.addAction(QCoreApplication.translate("Answers", label)).setData(key)
        self.answer_button.setMenu(self.answer_menu)
        self.answer_menu.triggered.connect(
            lambda action: self._detail and self.answer_requested.emit(self._detail.reference, action.data())
        )
        self.sign_by_hand = QCheckBox(self.tr("Space to sign by hand"), self)
        self.sign_by_hand.setObjectName("signByHand")
        self.sign_by_hand.setToolTip(
            self.tr("Leave room for a handwritten signature instead of the organisation's signature image")
        )
        self.sent_button = QPushButton(self.tr("Mark sent…"), self)
        self.sent_button.setEnabled(False)
        self.write_menu.triggered.connect(
            lambda action: self._detail and self.letter_requested.emit(self._detail.reference, action.data())
        )
        self.sent_button.clicked.connect(lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_sent))
        self.receipt_button = QPushButton(self.tr("Receipt signed…"), self)
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.setToolTip(
            self.tr("The acknowledgement of receipt came back: the day it was signed, its scan")
        )
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(
            lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_receipt)
        )
        self.email_button = QPushButton(self.tr("Send by email…"), self)
        self.email_button.setObjectName("sendEmailButton")
        self.email_button.setToolTip(
            self.tr("Send the letter from the organisation's address, in reply to the request")
        )
        self.email_button.setEnabled(False)
        self.email_button.clicked.connect(lambda: self._letter_chosen(self.letters.currentIndex(), self.letter_emailed))
        self.letters.selectionModel().currentRowChanged.connect(self._letter_selected)

    def _letters_page(self) -> QWidget:
        """Writing on one row, sending on the next, the letters, then the emails sent."""
        letters_page = QWidget(self)
        letters_layout = QVBoxLayout(letters_page)
        letters_row = QHBoxLayout()
        letters_row.addWidget(self.sign_by_hand)
        letters_row.addStretch(1)
        letters_row.addWidget(self.answer_button)
        letters_row.addWidget(self.write_button)
        # Writing on one row, sending on the next: in French one row is wider than the detail pane.
        sending_row = QHBoxLayout()
        sending_row.addStretch(1)
        sending_row.addWidget(self.email_button)
        sending_row.addWidget(self.sent_button)
        sending_row.addWidget(self.receipt_button)
        letters_layout.addLayout(letters_row)
        letters_layout.addLayout(sending_row)
        letters_layout.addWidget(self.letters, 2)
        self._build_sent_emails(letters_layout)
        return letters_page

    def _build_sent_emails(self, layout: QVBoxLayout) -> None:
        """Under the letters: the emails sent for the case, to whom, how protected, bounced or not."""
        self.sent_model = SentTableModel(self)
        self.sent = QTableView(self)
        self.sent.setAccessibleName(self.tr("Emails sent"))
        self.sent.setTabKeyNavigation(False)
        self.sent.setObjectName("sentEmails")
        self.sent.setModel(self.sent_model)
        self.sent.verticalHeader().hide()
        self.sent.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.sent.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.sent.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 170, 180, 220)):
            self.sent.setColumnWidth(column, width)
        self.show_password_button = QPushButton(self.tr("Show the password again…"), self)
        self.show_password_button.setObjectName("showPassword")
        self.show_password_button.setToolTip(
            self.tr("The password read out by telephone, for a DPO; the history records that it was shown")
        )
        self.show_password_button.setEnabled(False)
        self.show_password_button.clicked.connect(self._password_chosen)
        self.sent.selectionModel().currentRowChanged.connect(lambda *_: self._update_password_button())
        self.sent_label = QLabel(self.tr("Emails sent for this request:"), self)
        self.sent_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sent_label, 1)
        row.addWidget(self.show_password_button)
        layout.addLayout(row)
        layout.addWidget(self.sent, 1)

    def show_letters(self, rows: list) -> None:  # type: ignore[type-arg]
        self.letters_model.set_rows(rows)
        self.sent_button.setEnabled(False)
        self.email_button.setEnabled(False)
        self.tabs.setTabText(2, self.tr("Letters ({n})").format(n=len(rows)))

    def _letter_selected(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        row = current.data(LETTER_ROLE) if current.isValid() else None
        again = row is not None and (row.sent_on is None or row.bounced)  # a bounced letter never arrived
        self.sent_button.setEnabled(again)
        self.email_button.setEnabled(again and row.kind not in WRITTEN_BY_DPO_DESK)
        self.receipt_button.setEnabled(row is not None and row.sent_on is not None and row.sent_channel == "post")

    def letter_menu(self, index) -> QMenu:  # type: ignore[no-untyped-def]
        """The letter's context menu: its envelope or address label, with the registered-mail slip."""
        menu = QMenu(self.letters)
        menu.setObjectName("letterMenu")
        envelope = menu.addAction(self.tr("Envelope (DL) and registered-mail slip…"))
        label = menu.addAction(self.tr("Address label and registered-mail slip…"))
        envelope.setEnabled(index.isValid())
        label.setEnabled(index.isValid())
        envelope.triggered.connect(lambda: self._letter_chosen(index, self.envelope_requested))
        label.triggered.connect(lambda: self._letter_chosen(index, self.label_requested))
        return menu

    def _letter_chosen(self, index, signal) -> None:  # type: ignore[no-untyped-def]
        row = index.data(LETTER_ROLE) if index.isValid() else None
        if row is not None:
            signal.emit(row.id)

    def show_sent(self, rows: list, letter_kinds: dict[int, str] | None = None) -> None:  # type: ignore[type-arg]
        self.sent_model.letter_kinds = dict(letter_kinds or {})
        self.sent_model.set_rows(rows)
        bounced = sum(r.bounced for r in rows)
        text = self.tr("Emails sent for this request:")
        if bounced:
            text += " " + self.tr("%n bounced", "", bounced)
        self.sent_label.setText(text)
        self.sent_label.setStyleSheet("color: #b91c1c; font-weight: 600;" if bounced else "")
        self._alert_tab(2, self.tr("%n email(s) bounced: not delivered", "", bounced) if bounced else "")
        self._update_password_button()

    def _update_password_button(self) -> None:
        index = self.sent.currentIndex()
        row = index.data(SENT_ROLE) if index.isValid() else None
        kept = row is not None and row.password_kept
        self.show_password_button.setEnabled(kept and self.can_decide)
        if kept and not self.can_decide:
            self.show_password_button.setToolTip(self.tr("Only a DPO sees a password again"))

    def _password_chosen(self) -> None:
        index = self.sent.currentIndex()
        row = index.data(SENT_ROLE) if index.isValid() else None
        if row is not None:
            self.password_requested.emit(row.id)

    if TYPE_CHECKING:  # in CaseDetailView

        def _alert_tab(self, index: int, alert: str) -> None: ...
