"""The letters of one case, set whole by the detail pane."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ..front_door.views import LetterView
from .dates import short_day
from .table_model import Index, RowsTableModel

LETTER_ROLE = Qt.ItemDataRole.UserRole + 1

KINDS = {
    "acknowledgement": QT_TRANSLATE_NOOP("Letters", "Acknowledgement of receipt"),
    "identity_request": QT_TRANSLATE_NOOP("Letters", "Request for proof of identity"),
    "clarification_request": QT_TRANSLATE_NOOP("Letters", "Request for clarification"),
    "extension_notice": QT_TRANSLATE_NOOP("Letters", "Extension notice"),
    "access_response": QT_TRANSLATE_NOOP("Letters", "Access response (Art. 15)"),
    "rectification_done": QT_TRANSLATE_NOOP("Letters", "Rectification done (Art. 16)"),
    "erasure_done": QT_TRANSLATE_NOOP("Letters", "Erasure done (Art. 17)"),
    "restriction_applied": QT_TRANSLATE_NOOP("Letters", "Restriction applied (Art. 18)"),
    "portability_response": QT_TRANSLATE_NOOP("Letters", "Portability response (Art. 20)"),
    "objection_done": QT_TRANSLATE_NOOP("Letters", "Objection to marketing (Art. 21)"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Letters", "Consent withdrawal confirmed"),
    "refusal": QT_TRANSLATE_NOOP("Letters", "Refusal (Art. 12(4))"),
    "partial_refusal": QT_TRANSLATE_NOOP("Letters", "Partial refusal (Art. 12(4))"),
    "manifestly_unfounded": QT_TRANSLATE_NOOP("Letters", "Manifestly unfounded or excessive (Art. 12(5))"),
    "post_mortem_recorded": QT_TRANSLATE_NOOP("Letters", "Post-mortem directives recorded"),
    "password_notice": QT_TRANSLATE_NOOP("Letters", "Password of an encrypted email"),
    "no_data": QT_TRANSLATE_NOOP("Letters", "No data held about the person (Art. 15)"),
    "automated_decision": QT_TRANSLATE_NOOP("Letters", "Automated decisions (Art. 22)"),
    "restriction_lift": QT_TRANSLATE_NOOP("Letters", "Restriction to be lifted (Art. 18(3))"),
}


# What a letter needs in the DPO's words (the domain's DETAILS_PROMPTS, marked for translation).
DETAILS = {
    "clarification_request": QT_TRANSLATE_NOOP("Letters", "What must the person clarify?"),
    "rectification_done": QT_TRANSLATE_NOOP("Letters", "What was rectified (which data, from what to what)?"),
    "restriction_applied": QT_TRANSLATE_NOOP(
        "Letters", "Which processing is restricted, and on which ground (Art. 18(1))?"
    ),
    "consent_withdrawn": QT_TRANSLATE_NOOP(
        "Letters", "Which consent was withdrawn (e.g. newsletter, customer testimonial)?"
    ),
    "post_mortem_recorded": QT_TRANSLATE_NOOP(
        "Letters", "What the instructions say, in short, and who is to carry them out."
    ),
}


def details_prompt(kind: str) -> str:
    source = DETAILS.get(kind, "")
    return QCoreApplication.translate("Letters", source) if source else ""


def kind_label(kind: str) -> str:
    source = KINDS.get(kind)
    return QCoreApplication.translate("Letters", source) if source else kind.replace("_", " ")


class LetterTableModel(RowsTableModel[LetterView]):
    CONTEXT = "Letters"
    HEADERS = (
        QT_TRANSLATE_NOOP("Letters", "Letter"),
        QT_TRANSLATE_NOOP("Letters", "Language"),
        QT_TRANSLATE_NOOP("Letters", "Written"),
        QT_TRANSLATE_NOOP("Letters", "Sent"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == LETTER_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and row.bounced:
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.bounced:
                why = QCoreApplication.translate(
                    "Letters", "The email bounced: the letter did not reach the person. Send it again, or by post."
                )
                return f"{row.subject}\n{why}" + (f"\n{row.bounce_reason}" if row.bounce_reason else "")
            return row.subject
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return kind_label(row.kind)
        if column == 1:
            return row.language.upper()
        if column == 2:
            return short_day(datetime.fromisoformat(row.created_at).astimezone().date())
        if row.sent_on is None:
            return QCoreApplication.translate("Letters", "not sent")
        sent = short_day(row.sent_on)
        if row.sent_channel == "email" and row.bounced:
            return QCoreApplication.translate("Letters", "{day} — by email — BOUNCED").format(day=sent)
        if row.sent_channel == "email":
            return QCoreApplication.translate("Letters", "{day} — by email").format(day=sent)
        text = f"{sent} — {row.registered_mail_no}" if row.registered_mail_no else sent
        if row.ar_signed_on is not None:
            text += QCoreApplication.translate("Letters", " — receipt signed {day}").format(
                day=short_day(row.ar_signed_on)
            )
        if row.late:
            text += QCoreApplication.translate("Letters", " — LATE")
        return text
