"""The intake form's fields for the civility and for a request made through someone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from ..front_door.views import ProxyInput


def civility_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("civility")
    box.addItem(QCoreApplication.translate("Civility", "(none given)"), "")
    box.addItem(QCoreApplication.translate("Civility", "Madame"), "madame")
    box.addItem(QCoreApplication.translate("Civility", "Monsieur"), "monsieur")
    return box


class OnBehalfFields(QWidget):
    """Who made the request, when not the person: their name, civility, address and proofs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("onBehalf")
        self.kind.addItem(self.tr("The person themselves"), "")
        self.kind.addItem(self.tr("A representative (with a mandate)"), "representative")
        self.kind.addItem(self.tr("A parent or guardian (minor, protected adult)"), "guardian")
        self.kind.addItem(self.tr("An heir (the person died)"), "heir")
        self.name = QLineEdit(self)
        self.name.setObjectName("requesterName")
        self.civility = civility_box(self)
        self.civility.setObjectName("requesterCivility")
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("requesterAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(48)
        self.email = QLineEdit(self)
        self.email.setObjectName("requesterEmail")
        self.proof = QLineEdit(self)
        self.proof.setObjectName("authorityProof")
        self.proof.setPlaceholderText(self.tr("mandate, guardianship order, proof of being heir"))
        self.death = QLineEdit(self)
        self.death.setObjectName("deathProof")
        self.death.setPlaceholderText(self.tr("e.g. death certificate"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Made &by"), self.kind)
        self.rows = [
            (self.tr("Their name"), self.name),
            (self.tr("Their civility"), self.civility),
            (self.tr("Their address"), self.address),
            (self.tr("Their email"), self.email),
            (self.tr("Proof of authority"), self.proof),
            (self.tr("Proof of death"), self.death),
        ]
        for label, widget in self.rows:
            form.addRow(label, widget)
        self._form = form
        self.kind.currentIndexChanged.connect(lambda _: self._show())
        self._show()

    def _show(self) -> None:
        kind = self.kind.currentData()
        for _, widget in self.rows:
            visible = bool(kind) and (widget is not self.death or kind == "heir")
            self._form.setRowVisible(widget, visible)

    def proxy(self) -> ProxyInput | None:
        kind = self.kind.currentData()
        if not kind:
            return None
        return ProxyInput(
            kind=kind,
            name=self.name.text(),
            civility=self.civility.currentData(),
            address=self.address.toPlainText(),
            email=self.email.text(),
            authority_proof=self.proof.text(),
            death_proof=self.death.text() if kind == "heir" else "",
        )
