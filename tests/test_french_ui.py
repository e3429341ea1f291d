"""The interface in French: every window and dialog walked, no English left; dates in French."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from dpo_desk.paths import resources_dir
from dpo_desk.storage.casefile import CaseFile

pytestmark = pytest.mark.gui


def english_sources() -> set[str]:
    """Interface strings whose French differs: seeing one of them on screen means it was not translated."""
    root = ET.parse(resources_dir() / "translations" / "dpo_desk_fr.ts").getroot()
    found = set()
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if source and source.strip() and source not in forms:
            found.add(source)
    return found


def texts_of(widget: QWidget) -> set[str]:
    """What a person reads in a window: labels, buttons, fields' hints, tabs, headers, lists, menus, titles."""
    seen: set[str] = {widget.windowTitle()}
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            seen.add(w.text())
        if isinstance(w, QLineEdit):
            seen.add(w.placeholderText())
        if isinstance(w, QGroupBox):
            seen.add(w.title())
        if isinstance(w, QTabWidget):
            seen |= {w.tabText(i) for i in range(w.count())}
        if isinstance(w, QComboBox) and w.objectName() != "language":  # languages are named in their own
            seen |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QTableView) and w.model() is not None:
            header = w.horizontalHeader()
            seen |= {str(w.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(header.count())}
        seen |= {a.text() for a in w.actions()}
    for menu in widget.findChildren(QMenu):
        seen |= {a.text() for a in menu.actions()}
    return {t for t in seen if t}


def test_every_window_and_dialog_is_in_french(qtbot, french, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.unlock_dialog import UnlockDialog
    from dpo_desk.ui.welcome_dialog import WelcomeDialog

    window = MainWindow(Workbench(demo_case, "claire.dpo", demo=True))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    window.table.selectRow(0)
    english = english_sources()
    screens: dict[str, QWidget] = {"main window": window}
    for name, opener in {
        "intake": window.open_intake,
        "organisations": window.open_organisations,
        "register": window.open_register,
        "templates": window.open_templates,
        "preferences": window.open_preferences,
        "users": window.open_users,
        "mailboxes": window.open_mailboxes,
        "triage": window.open_triage,
        "activity": window.open_activity,
        "letters of the day": window.open_letters_of_day,
        "purge": window.open_purge,
        "register of requests": window.open_request_register,
    }.items():
        dialog = opener()
        screens[name] = dialog
    window.verify()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "verifyBox") is not None, timeout=10000)
    screens["integrity report"] = window.findChild(QMessageBox, "verifyBox")
    screens.update(_issue22_screens(window, demo_case))
    screens["welcome"] = WelcomeDialog()
    screens["unlock"] = UnlockDialog(Path("cas.dpodesk"), lambda _p: None)
    left = {name: sorted(texts_of(screen) & english) for name, screen in screens.items()}
    assert {name: texts for name, texts in left.items() if texts} == {}
    assert "&Fichier" in texts_of(window) and "Historique" in texts_of(window)
    assert screens["intake"].windowTitle() == "Enregistrer une demande"
    assert "Structure de la base : OK" in screens["integrity report"].text()
    heading = window.detail.deadline.text()
    assert any(word in heading for word in ("restant", "retard", "Échéance", "Suspendue", "Clôturée")), heading
    for screen in screens.values():
        screen.close()


def _issue22_screens(window, demo_case: CaseFile) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    """The redaction window on a document and on an extract, and the mapping dialog of an import."""
    from datetime import date

    from dpo_desk.services import cases
    from dpo_desk.spreadsheets import Sheet, write

    reference = window.detail.reference
    workbench = window.workbench
    workbench.attach(
        reference,
        [
            cases.FileInput("note.txt", b"Voisin : M. Paul DURAND, 06 98 76 54 32"),
            cases.FileInput("crm.csv", b"nom;tel\nSophie MARTIN;0781234567\n", "extract"),
        ],
    )
    detail = workbench.detail(reference)
    ids = {a.filename: a.id for a in detail.attachments}
    sheet = write([Sheet("Demandes", [["Date de réception", "Nom", "Droit"], [date(2026, 3, 5), "X", "??"]])], "d.xlsx")
    document, extract = window.open_redaction(ids["note.txt"]), window.open_redaction(ids["crm.csv"])
    from pytestqt.qtbot import QtBot

    for dialog in (document, extract):
        QtBot(dialog).waitUntil(lambda d=dialog: bool(d.suggestions), timeout=10000)
    return {
        "redaction of a document": document,
        "redaction of an extract": extract,
        "import mapping": _mapping_dialog(window, sheet),
    }


def _mapping_dialog(window, data: bytes):  # type: ignore[no-untyped-def]
    from dpo_desk.ui.import_requests_dialog import ImportRequestsDialog

    dialog = ImportRequestsDialog(window.workbench, data, "d.xlsx", window)
    dialog.open()
    assert "Ligne 2" in dialog.problems.item(0).text() and "ne désigne aucun droit" in dialog.problems.item(0).text()
    return dialog


def test_dates_and_plurals_follow_the_language(french) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from dpo_desk.ui.dates import day_format, short_day
    from dpo_desk.ui.deadline_text import long_day

    assert long_day(date(2026, 11, 4)) == "mercredi 4 novembre 2026"
    assert short_day(date(2026, 11, 4)) == "04/11/2026" and day_format() == "dd/MM/yyyy"
    assert QCoreApplication.translate("MainWindow", "%n request(s)", None, 1) == "1 demande"
    assert QCoreApplication.translate("MainWindow", "%n request(s)", None, 40) == "40 demandes"


def test_a_word_is_translated_by_what_it_means_here(french) -> None:  # type: ignore[no-untyped-def]
    """ "Received" is a status (Reçue) and a date column (Reçue le): the context decides."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("Status", "Received") == "Reçue"
    assert QCoreApplication.translate("CaseTable", "Received") == "Reçue le"


def test_every_translation_keeps_the_values_of_its_source() -> None:
    import re
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    root = ET.parse(resources_dir() / "translations" / "dpo_desk_fr.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        for form in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            assert fields(form or "") == fields(source), source
            assert ("%n" in (form or "")) == ("%n" in source) or message.get("numerus") != "yes", source
            assert not re.search(r"&(?!\w)", form or ""), source  # a mnemonic marks a letter


def test_refusals_from_the_services_are_said_in_french(french, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from dpo_desk.services import cases
    from dpo_desk.services.errors import ActionRefused
    from dpo_desk.services.members import Role, add_member
    from dpo_desk.ui.messages import in_words

    from .conftest import TODAY
    from .test_cases import act, log

    old = log(case, received=date(2026, 1, 5), user="claire.dpo").reference
    with pytest.raises(ActionRefused) as too_late:
        act(case, cases.extend, old, "cinq systèmes", on=TODAY, today=TODAY, user="claire.dpo")
    assert "Too late to extend" in str(too_late.value)  # the command line's English
    assert in_words(too_late.value) == (
        "Trop tard pour prolonger : la personne devait en être informée au plus tard le jeudi 5 février 2026, "
        "dans le premier mois (art. 12(3))."
    )
    with case.unit_of_work() as session:
        add_member(session, "claire.dpo", "Claire", Role.DPO, user="claire.dpo")
        add_member(session, "lucas", "Lucas", Role.STAFF, user="claire.dpo")
    fresh = log(case, received=TODAY - timedelta(days=2), user="lucas").reference
    with pytest.raises(ActionRefused) as staff:
        act(case, cases.extend, fresh, "x", on=TODAY, today=TODAY, user="lucas")
    assert (
        in_words(staff.value)
        == "Seul un DPO peut prolonger un délai. Préparez-le et demandez au DPO ; rien n’a été modifié."
    )


def test_email_warnings_and_refusals_in_french_stay_english_in_json(french) -> None:  # type: ignore[no-untyped-def]
    import json

    from dpo_desk.services.email_intake import EmailRefused
    from dpo_desk.services.email_worker import parse_email
    from dpo_desk.ui.messages import in_words

    with pytest.raises(EmailRefused) as empty:
        parse_email(b"   ")
    assert in_words(empty.value) == "Le fichier est vide : il n’y a aucun message à lire."
    draft = parse_email(b"Subject: hello\r\n\r\nno sender here\r\n")
    warning = next(w for w in draft.warnings if "sender" in w)
    assert in_words(warning) == "L’adresse de l’expéditeur est illisible : saisissez-la à la main."
    assert "The sender's address could not be read" in json.dumps(draft.as_json())  # scripts get English


def test_every_kind_of_event_has_words() -> None:
    import re

    from dpo_desk.ui.labels import EVENT

    recorded = set()
    for source in (Path(__file__).parent.parent / "dpo_desk").rglob("*.py"):
        recorded |= set(re.findall(r'kind="([a-z_]+)"', source.read_text(encoding="utf-8")))
    recorded -= {"document", "extract", "report", "email", "scan", "id_document"}  # attachment kinds
    assert recorded - set(EVENT) == set()
