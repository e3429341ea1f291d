"""File → Users…: who works in the case file, and whether they decide (DPO) or prepare (staff)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import Role
from ..front_door.workbench import Workbench
from .fit import fit_all_headers
from .messages import in_words

ROLES = {
    Role.DPO: QT_TRANSLATE_NOOP("Users", "DPO: decides, refuses, extends, changes settings"),
    Role.STAFF: QT_TRANSLATE_NOOP("Users", "Staff: logs requests, notes, documents, prepares letters"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Users", ROLES[Role(role)]).split(":")[0].strip()


class UsersDialog(QDialog):
    changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Users of this case file"))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("users")
        self.table.setAccessibleName(self.tr("Users of this case file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Daily digest")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.login = QLineEdit(self)
        self.login.setPlaceholderText(self.tr("the name they sign in to the computer with"))
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role, text in ROLES.items():
            self.role.addItem(QCoreApplication.translate("Users", text), role.value)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.switch_button = QPushButton(self.tr("Change role"), self)
        self.active_button = QPushButton(self.tr("No longer works here"), self)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addWidget(self.active_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        self._build_digest()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("usersMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        self.switch_button.clicked.connect(self.switch_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addLayout(self.digest_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(620, 480)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_all_headers(self)  # "Récapitulatif quotidien" is longer than "Daily digest"

    def reload(self) -> None:
        self._members = self.workbench.members()
        self.table.setRowCount(len(self._members))
        for index, member in enumerate(self._members):
            role = (
                role_label(member.role)
                if member.active
                else self.tr("{role} (no longer active)").format(role=role_label(member.role))
            )
            digest = member.digest_email or "—"
            for column, text in enumerate((member.login, member.name, role, digest)):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if not self._members:
            self.explain.setText(
                self.tr(
                    "Nobody is listed yet: whoever opens the file may do everything. Add yourself first, as DPO; "
                    "from then on only the people listed here can change the case file."
                )
            )
            self.login.setText(self.workbench.user)
            self.role.setCurrentIndex(self.role.findData(Role.DPO.value))
        else:
            self.explain.setText(
                self.tr("Only a DPO extends deadlines, refuses requests, sends those letters and changes settings.")
            )
        self._update()

    def _selected(self):  # type: ignore[no-untyped-def]
        rows = self.table.selectionModel().selectedRows()
        return self._members[rows[0].row()] if rows else None

    def _build_digest(self) -> None:
        """Who gets the daily email of what falls due: anyone for themselves, a DPO for anyone."""
        self.digest = QLineEdit(self)
        self.digest.setObjectName("digestAddress")
        self.digest.setAccessibleName(self.tr("Address the daily digest goes to"))
        self.digest.setPlaceholderText(self.tr("e.g. claire@example.fr — empty: no digest"))
        self.digest.setToolTip(
            self.tr(
                "Once a day, DPO Desk emails this address what falls due: deadlines, extension notices, letters "
                "to send, late departments. References only, no names."
            )
        )
        self.digest_button = QPushButton(self.tr("Set digest"), self)
        self.digest_button.setObjectName("setDigest")
        self.digest_button.clicked.connect(self.set_digest)
        self.digest_for = QLabel(self)
        self.digest_row = QHBoxLayout()
        self.digest_row.addWidget(self.digest_for)
        self.digest_row.addWidget(self.digest, 1)
        self.digest_row.addWidget(self.digest_button)

    def _digest_login(self) -> str:
        member = self._selected()
        return member.login if member is not None else self.workbench.user

    def set_digest(self) -> bool:
        login, address = self._digest_login(), self.digest.text().strip()
        said = (
            self.tr("{login} gets the daily digest at {address}.").format(login=login, address=address)
            if address
            else self.tr("{login} gets no daily digest.").format(login=login)
        )
        return self._run(lambda: self.workbench.set_digest(address, login), said)

    def _update(self) -> None:
        member = self._selected()
        self.switch_button.setEnabled(member is not None)
        self.active_button.setEnabled(member is not None)
        login = self._digest_login()
        self.digest_for.setText(self.tr("Daily digest of {login} to").format(login=login))
        mine = member if member is not None else next((m for m in self._members if m.login == login), None)
        self.digest.setText(mine.digest_email if mine is not None else "")
        self.digest_button.setEnabled(mine is not None)
        if member is not None:
            self.active_button.setText(
                self.tr("No longer works here") if member.active else self.tr("Works here again")
            )

    def _run(self, action, said: str) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            return False
        self.message.setText(said)
        self.reload()
        self.changed.emit()
        return True

    def add(self) -> bool:
        login = self.login.text().strip()
        added = self._run(
            lambda: self.workbench.add_member(login, self.name.text(), Role(self.role.currentData())),
            self.tr("{login} added.").format(login=login),
        )
        if added:
            self.login.clear()
            self.name.clear()
        return added

    def switch_role(self) -> bool:
        member = self._selected()
        if member is None:
            return False
        new = Role.STAFF if member.role == Role.DPO else Role.DPO
        return self._run(
            lambda: self.workbench.change_member(member.login, role=new),
            self.tr("{login} is now {role}.").format(login=member.login, role=role_label(new)),
        )

    def toggle_active(self) -> bool:
        member = self._selected()
        if member is None:
            return False
        return self._run(
            lambda: self.workbench.change_member(member.login, active=not member.active),
            self.tr("{login} changed.").format(login=member.login),
        )
