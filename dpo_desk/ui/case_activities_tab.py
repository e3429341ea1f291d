"""The case's Activities tab: the register's processing activities that concern the person (ticked or
suggested), the access report, the portability bundle, sending them by email, and the departments
asked for the person's data (late ones in red)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..front_door.views import RequestDetail
from .relay_table_model import RelayTableModel


class CaseActivitiesTab(QWidget):
    """A part of CaseDetailView (case_detail.py): the activities and the departments asked.

    The signals it emits are defined on CaseDetailView: with signals defined on two classes of one
    widget, PySide 6.12 lost a connection made before (choosing a letter then did nothing).
    """

    _detail: RequestDetail | None
    can_decide: bool
    tabs: QTabWidget

    activities_saved: SignalInstance
    report_requested: SignalInstance
    portability_requested: SignalInstance
    email_requested: SignalInstance  # reference, what: "report" or "bundle"
    departments_requested: SignalInstance  # reference: Ask the departments…
    reminders_requested: SignalInstance  # reference: remind the departments late with their answer

    def _activities_page(self) -> QWidget:
        """The register's activities to tick, the access report, portability, the departments asked."""
        self.activities = QListWidget(self)
        self.activities.setAccessibleName(self.tr("Processing activities that concern the person"))
        self.activities.setObjectName("activities")
        self.save_activities = QPushButton(self.tr("Save"), self)
        self.save_activities.setToolTip(self.tr("The ticked activities drive the access report"))
        self.report_button = QPushButton(self.tr("Access report…"), self)
        self.report_button.setToolTip(self.tr("The Art. 15 report: each ticked activity, then the extracts attached"))
        self.portability_button = QPushButton(self.tr("Portability export…"), self)
        self.portability_button.setObjectName("portabilityButton")
        self.portability_button.setToolTip(
            self.tr("Art. 20: the person's data as a ZIP of JSON and CSV files with a manifest")
        )
        activities_page = QWidget(self)
        activities_layout = QVBoxLayout(activities_page)
        activities_layout.addWidget(QLabel(self.tr("Processing activities of the register that concern the person:")))
        activities_layout.addWidget(self.activities, 1)
        activities_row = QHBoxLayout()
        activities_row.addStretch(1)
        activities_row.addWidget(self.save_activities)
        activities_row.addWidget(self.report_button)
        activities_row.addWidget(self.portability_button)
        self.email_documents = QToolButton(self)
        self.email_documents.setObjectName("emailDocuments")
        self.email_documents.setText(self.tr("Send by email"))
        self.email_documents.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        email_menu = QMenu(self.email_documents)
        email_menu.addAction(self.tr("Access report, encrypted…")).setData("report")
        email_menu.addAction(self.tr("Portability bundle, encrypted…")).setData("bundle")
        email_menu.triggered.connect(
            lambda action: self._detail and self.email_requested.emit(self._detail.reference, action.data())
        )
        self.email_documents.setMenu(email_menu)
        activities_row.addWidget(self.email_documents)
        activities_layout.addLayout(activities_row)
        self._build_relays(activities_layout)
        self.save_activities.clicked.connect(self._save_activities)
        self.report_button.clicked.connect(lambda: self._emit(self.report_requested))
        self.portability_button.clicked.connect(lambda: self._emit(self.portability_requested))
        return activities_page

    def _build_relays(self, layout: QVBoxLayout) -> None:
        """Under the activities: the departments asked for the person's data, late ones in red."""
        self.relays_label = QLabel(self.tr("Departments asked for the person's data:"), self)
        self.relays_model = RelayTableModel(self)
        self.relays = QTableView(self)
        self.relays.setAccessibleName(self.tr("Departments asked for the data"))
        self.relays.setTabKeyNavigation(False)
        self.relays.setObjectName("relays")
        self.relays.setModel(self.relays_model)
        self.relays.verticalHeader().hide()
        self.relays.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.relays.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Stretch)
            + (QHeaderView.ResizeMode.ResizeToContents,) * 3
        ):
            header.setSectionResizeMode(column, mode)
        self.relays.setMaximumHeight(120)
        self.ask_departments_button = QPushButton(self.tr("Ask the departments…"), self)
        self.ask_departments_button.setObjectName("askDepartments")
        self.remind_button = QPushButton(self.tr("Remind the late ones"), self)
        self.remind_button.setObjectName("remindDepartments")
        self.remind_button.setToolTip(self.tr("Email again the departments that did not answer by their due date"))
        self.remind_button.setEnabled(False)
        self.ask_departments_button.clicked.connect(lambda: self._emit(self.departments_requested))
        self.remind_button.clicked.connect(lambda: self._emit(self.reminders_requested))
        self.relays_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ask_departments_button)
        row.addWidget(self.remind_button)
        layout.addWidget(self.relays_label)
        layout.addWidget(self.relays)
        layout.addLayout(row)

    def show_activities(self, register: list[str], ticked: list[str], suggested: list[str] | None = None) -> None:
        """The organisation's activities: those that concern the person ticked, or else the suggested
        ones ticked and marked, for the DPO to confirm with Save."""
        self.activities.clear()
        suggested = suggested or []
        for name in register:
            label = name + (self.tr("  (suggested)") if name in suggested else "")
            item = QListWidgetItem(label, self.activities)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = name in ticked or name in suggested
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.tabs.setTabText(3, self.tr("Activities ({n})").format(n=len(ticked)))
        self._activities_tab_text()

    def ticked_activities(self) -> list[str]:
        return [
            self.activities.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.activities.count())
            if self.activities.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _save_activities(self) -> None:
        if self._detail is not None:
            self.activities_saved.emit(self._detail.reference, self.ticked_activities())

    def show_relays(self, rows: list) -> None:  # type: ignore[type-arg]
        self.relays_model.set_rows(rows)
        late = self.relays_model.late()
        self._update_relay_buttons()
        self.relays_label.setText(
            self.tr("Departments asked for the person's data:") + (" " + self.tr("%n late", "", late) if late else "")
        )
        self.relays_label.setStyleSheet("color: #b91c1c; font-weight: 600;" if late else "")
        self._activities_tab_text(late)

    def _update_relay_buttons(self) -> None:
        self.remind_button.setEnabled(self.relays_model.late() > 0 and self._acting())
        self.ask_departments_button.setEnabled(self._acting() and self.can_decide)
        if self.can_decide:
            self.ask_departments_button.setToolTip(
                self.tr(
                    "Email the internal contact of each ticked activity a dated request for the person's data, "
                    "due before the legal deadline"
                )
            )
        else:
            self.ask_departments_button.setToolTip(self.tr("Only a DPO asks the departments"))

    def _activities_tab_text(self, late: int | None = None) -> None:
        """The tab says how many activities are ticked; red, with a tip, when a department is late."""
        late = self.relays_model.late() if late is None else late
        self.tabs.setTabText(3, self.tr("Activities ({n})").format(n=len(self.ticked_activities())))
        self._alert_tab(3, self.tr("%n department(s) late with their answer", "", late) if late else "")

    if TYPE_CHECKING:  # in CaseDetailView

        def _alert_tab(self, index: int, alert: str) -> None: ...
        def _emit(self, signal) -> None: ...  # type: ignore[no-untyped-def]
        def _acting(self) -> bool: ...
