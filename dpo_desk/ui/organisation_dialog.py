"""Organisation settings: letterhead, DPO contact, signatory and signature, calendar and rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.calendars import HolidayRegion
from ..domain.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import CNIL, KEEP, Keep, OrganisationInput
from ..front_door.workbench import Workbench
from . import labels
from .messages import in_words

NEW = "__new__"


class OrganisationDialog(QDialog):
    """Signals:
    saved(str): code of the organisation saved.
    """

    saved = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Organisations"))
        self._signature: bytes | Keep | None = KEEP

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("organisationChooser")
        for code, name in workbench.organisations():
            self.chooser.addItem(f"{name} ({code})", code)
        self.chooser.addItem(self.tr("New organisation…"), NEW)

        def line(name: str) -> QLineEdit:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            return edit

        def block(name: str, height: int = 58) -> QPlainTextEdit:
            edit = QPlainTextEdit(self)
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(height)
            return edit

        self.code = line("code")
        self.code.setToolTip(self.tr("Starts every reference; it cannot change once requests exist"))
        self.legal_name = line("legalName")
        self.address = block("address")
        self.city = line("city")
        self.city.setToolTip(self.tr("Printed before the date of letters: « L'Aigle, le 22 novembre 2026 »"))
        self.dpo_name = line("dpoName")
        self.dpo_email = line("dpoEmail")
        self.dpo_address = block("dpoAddress")
        self.signatory_name = line("signatoryName")
        self.signatory_title = line("signatoryTitle")
        self.signature_preview = QLabel(self)
        self.signature_preview.setObjectName("signaturePreview")
        self.signature_preview.setFixedSize(220, 70)
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_preview.setStyleSheet("border: 1px solid #d1d5db; background: white;")
        choose_signature = QPushButton(self.tr("Choose image…"), self)
        self.remove_signature = QPushButton(self.tr("Remove"), self)
        signature_row = QHBoxLayout()
        signature_row.addWidget(self.signature_preview)
        signature_row.addWidget(choose_signature)
        signature_row.addWidget(self.remove_signature)
        signature_row.addStretch(1)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.authority = block("authority", 76)
        self.region = QComboBox(self)
        self.region.setObjectName("region")
        for region in HolidayRegion:
            self.region.addItem(labels.region_name(region.value, region.label), region.value)
        self.customary = QCheckBox(self.tr("Customary days off move deadlines too (not a legal requirement)"), self)
        self.customary.setObjectName("countCustomaryDays")
        self.customary.setToolTip(
            self.tr(
                "By law only public holidays count (C. trav. L3133-1, L3422-2). Customary days off, such as "
                "Mi-Carême in Guadeloupe, are shown as a note; tick this to count them as well."
            )
        )
        self.envelope = QComboBox(self)
        self.envelope.setObjectName("envelopeWindow")
        self.envelope.addItem(self.tr("DL window on the right"), "right")
        self.envelope.addItem(self.tr("DL window on the left"), "left")
        self.rule = QComboBox(self)
        self.rule.addItem(self.tr("Three months after receipt"), "standard")
        self.rule.addItem(self.tr("One month, then two more (earlier at month ends)"), "conservative")
        self.grace = QSpinBox(self)
        self.grace.setRange(0, 31)
        self.grace.setSuffix(self.tr(" days"))
        self.grace.setToolTip(
            self.tr(
                "A request for identity or clarification sent later than this after receipt "
                "does not pause the clock (EDPB 01/2022 §159)"
            )
        )
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionYears")
        self.retention.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.retention.setSuffix(self.tr(" years after closing"))
        self.retention.setToolTip(
            self.tr(
                "Then the case may be purged (File → Purge closed cases…): only its procedural facts "
                "are kept. Five years is the civil limitation period; document your own choice."
            )
        )
        self.error = QLabel(self)
        self.error.setObjectName("organisationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Organisation"), self.chooser)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Legal name"), self.legal_name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Town (letters)"), self.city)
        form.addRow(self.tr("DPO name"), self.dpo_name)
        form.addRow(self.tr("DPO email"), self.dpo_email)
        form.addRow(self.tr("DPO postal address"), self.dpo_address)
        form.addRow(self.tr("Signatory"), self.signatory_name)
        form.addRow(self.tr("Signatory's title"), self.signatory_title)
        form.addRow(self.tr("Signature"), signature_row)
        form.addRow(self.tr("Letters in"), self.language)
        form.addRow(self.tr("Supervisory authority"), self.authority)
        form.addRow(self.tr("Public holidays"), self.region)
        form.addRow("", self.customary)
        form.addRow(self.tr("Envelopes"), self.envelope)
        form.addRow(self.tr("Extended deadline"), self.rule)
        form.addRow(self.tr("Ask for information within"), self.grace)
        form.addRow(self.tr("Keep closed cases"), self.retention)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.chooser.currentIndexChanged.connect(lambda _: self.load())
        choose_signature.clicked.connect(self._choose_signature)
        self.remove_signature.clicked.connect(lambda: self.set_signature(None))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        code = self.chooser.currentData()
        self.error.hide()
        self._signature = KEEP
        if code == NEW:
            data, signature = OrganisationInput(code="", legal_name="", supervisory_authority=CNIL), None
        else:
            data, signature = self.workbench.organisation(code)
        self.code.setText(data.code)
        self.code.setReadOnly(code != NEW)
        for widget, value in (
            (self.legal_name, data.legal_name),
            (self.city, data.city),
            (self.dpo_name, data.dpo_name),
            (self.dpo_email, data.dpo_email),
            (self.signatory_name, data.signatory_name),
            (self.signatory_title, data.signatory_title),
        ):
            widget.setText(value)
        self.address.setPlainText(data.address)
        self.dpo_address.setPlainText(data.dpo_address)
        self.authority.setPlainText(data.supervisory_authority)
        self.language.setCurrentIndex(self.language.findData(data.letter_language))
        self.region.setCurrentIndex(self.region.findData(data.holiday_region))
        self.rule.setCurrentIndex(self.rule.findData(data.extension_rule))
        self.customary.setChecked(bool(data.count_customary_days))
        self.envelope.setCurrentIndex(max(0, self.envelope.findData(data.envelope_window)))
        self.grace.setValue(data.grace_days)
        self.retention.setValue(data.retention_years)
        self._show_signature(signature)

    def _show_signature(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.signature_preview.setPixmap(
                pixmap.scaled(
                    self.signature_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.signature_preview.setPixmap(QPixmap())
            self.signature_preview.setText(self.tr("none: space to sign by hand"))
        self.remove_signature.setEnabled(bool(data))

    def set_signature(self, data: bytes | None) -> None:
        if data is not None and not QPixmap().loadFromData(QByteArray(data)):
            self._fail(self.tr("That file is not an image DPO Desk can read (PNG or JPEG)."))
            return
        self._signature = data
        self._show_signature(data)

    def _choose_signature(self) -> None:
        dialog = QFileDialog(self, self.tr("Signature image"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.set_signature(Path(name).read_bytes()))
        dialog.open()

    def data(self) -> OrganisationInput:
        return OrganisationInput(
            code=self.code.text(),
            legal_name=self.legal_name.text(),
            address=self.address.toPlainText(),
            city=self.city.text(),
            dpo_name=self.dpo_name.text(),
            dpo_email=self.dpo_email.text(),
            dpo_address=self.dpo_address.toPlainText(),
            signatory_name=self.signatory_name.text(),
            signatory_title=self.signatory_title.text(),
            letter_language=self.language.currentData(),
            supervisory_authority=self.authority.toPlainText(),
            holiday_region=self.region.currentData(),
            extension_rule=self.rule.currentData(),
            grace_days=self.grace.value(),
            retention_years=self.retention.value(),
            envelope_window=self.envelope.currentData(),
            count_customary_days=self.customary.isChecked(),
        )

    def save(self) -> None:
        code = self.chooser.currentData()
        try:
            if code == NEW:
                code = self.workbench.add_organisation(self.data())
                if not isinstance(self._signature, Keep):
                    self.workbench.update_organisation(code, self.data(), self._signature)
                self.chooser.insertItem(self.chooser.count() - 1, f"{self.data().legal_name} ({code})", code)
                self.chooser.setCurrentIndex(self.chooser.findData(code))
            else:
                self.workbench.update_organisation(code, self.data(), self._signature)
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._fail(in_words(exc))
            return
        self.error.hide()
        self._signature = KEEP
        self.saved.emit(code)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
