"""Render the main windows offscreen into PNG files (`make screenshots`), for the README and review."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ..domain.letters import LetterKind
from ..front_door.demo import open_demo
from ..front_door.workbench import Workbench
from .app import install_translations, make_application
from .intake_dialog import IntakeDialog
from .main_window import MainWindow
from .organisation_dialog import OrganisationDialog
from .purge_dialog import PurgeDialog
from .register_dialog import RegisterDialog
from .welcome_dialog import WelcomeDialog

SIZE = (1500, 900)


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def _save(widget: QWidget, folder: Path, name: str, app: QApplication) -> Path:
    _settle(app)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render(folder: Path) -> list[Path]:
    """Write the screenshots into `folder` and return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application(["dpo-desk"])
    with tempfile.TemporaryDirectory() as scratch:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)
        written = []
        welcome = WelcomeDialog()
        welcome.show()
        written.append(_save(welcome, folder, "welcome", app))
        written.append(_server_connect_shot(welcome, folder, app))
        welcome.close()

        window = MainWindow(Workbench(open_demo(Path(scratch) / "demo.dpodesk"), "claire.dpo", demo=True))
        window.resize(*SIZE)
        window.show()
        for row in range(window.model.rowCount()):  # an extended, overdue case with a letter scan
            item = window.model.row_at(row)
            if item is not None and item.extended and item.channel == "post":
                window.table.selectRow(row)
                break
        written.append(_save(window, folder, "workbench", app))
        written.append(_save(window.detail, folder, "case-detail", app))

        intake = IntakeDialog(window.workbench, window)
        intake.organisation.setCurrentIndex(intake.organisation.findData("IMV"))
        intake.registered.setText("1A 123 456 7890 1")
        intake.first_name.setText("Raphaël")
        intake.last_name.setText("Lefèvre")
        intake.address.setPlainText("12 rue des Lilas\n61300 L'Aigle")
        intake.summary.setPlainText("Je souhaite obtenir une copie de mes données et leur suppression.")
        for right in list(intake.rights)[:3:2]:
            intake.rights[right].setChecked(True)
        intake.show()
        intake.refresh_suggestion()
        written.append(_save(intake, folder, "intake", app))
        intake.done(QDialog.DialogCode.Rejected)  # filled in: close() would leave "Discard this request?" open

        registry = RegisterDialog(window.workbench, window)
        registry.organisation.setCurrentIndex(registry.organisation.findData("IMV"))
        registry.list.setCurrentRow(5)
        registry.show()
        written.append(_save(registry, folder, "register", app))
        registry.close()

        window.detail.tabs.setCurrentIndex(3)
        written.append(_save(window.detail, folder, "case-activities", app))
        window.detail.tabs.setCurrentIndex(2)
        written.append(_save(window.detail, folder, "case-letters", app))
        window.detail.tabs.setCurrentIndex(0)

        for row in range(window.model.rowCount())[:12:4]:  # a morning's letters, to print and sign
            item = window.model.row_at(row)
            if item is not None:
                window.workbench.write_letter(item.reference, LetterKind.ACKNOWLEDGEMENT)
        batch = window.open_letters_of_day()
        written.append(_save(batch, folder, "letters-today", app))
        batch.close()

        triage = window.open_triage()
        triage.table.selectRow(0)
        written.append(_save(triage, folder, "triage", app))
        triage.close()

        activity = window.open_activity()
        written.append(_save(activity, folder, "activity", app))
        activity.close()

        settings = OrganisationDialog(window.workbench, window)
        settings.chooser.setCurrentIndex(settings.chooser.findData("IMV"))
        settings.show()
        written.append(_save(settings, folder, "organisation", app))
        settings.close()

        later = date.today() + timedelta(days=6 * 366)  # when the demo's closed cases are due
        purge = PurgeDialog(Workbench(window.workbench.case, "claire.dpo", today=lambda: later), window)
        purge.show()
        written.append(_save(purge, folder, "purge", app))
        purge.close()
        written += _accountability_shots(window, folder, app, Path(scratch))
        window.close()
    return written


def _server_connect_shot(welcome: WelcomeDialog, folder: Path, app: QApplication) -> Path:
    """The "Connect to a team server…" dialog, filled in as a member would (no server is reached)."""
    dialog = welcome.connect_to_server()
    dialog.host.setText("dpo-desk.imv.example")
    dialog.database.setText("dpo")
    dialog.login.setText("bruno")
    dialog.ca_file.setText("/etc/ssl/certs/imv-ca.crt")
    dialog.password.setText("not-a-real-one")
    made = _save(dialog, folder, "server-connect", app)
    dialog.reject()
    return made


def _accountability_shots(window: MainWindow, folder: Path, app: QApplication, scratch: Path) -> list[Path]:
    """The redaction window on a CCTV complaint, and the mapping dialog of a spreadsheet import."""
    from ..front_door.pdf_pages import text_as_pdf
    from ..front_door.views import FileInput
    from ..spreadsheets import Sheet, write
    from .import_requests_dialog import ImportRequestsDialog
    from .redaction_dialog import RedactionDialog

    written = []
    reference = window.detail.reference or window.model.row_at(0).reference  # type: ignore[union-attr]
    person = window.workbench.detail(reference)
    sender = f"{person.person_name} <{person.person_emails[0] if person.person_emails else ''}>"
    complaint = text_as_pdf(
        [("De :", sender), ("Objet :", "Plainte - caméra de surveillance")],
        "Madame, Monsieur,\n\nLa caméra installée par mon voisin, M. Paul DURAND, filme mon jardin depuis le "
        "mois de mars. Son numéro est le 06 98 76 54 32 et son adresse électronique paul.durand@gmail.com ; il "
        "habite 14 bis rue des Lilas, 61300 L'Aigle.\n\nJe vous demande, en application de l'article 15 du RGPD, "
        "une copie des images me concernant.\n\n" + person.person_name,
    )
    window.workbench.attach(reference, [FileInput("plainte-camera.pdf", complaint, "scan")])
    attachment = next(
        a.id for a in window.workbench.detail(reference).attachments if a.filename == "plainte-camera.pdf"
    )
    redaction = RedactionDialog(window.workbench, attachment, "fr", window)
    while not redaction.suggestions:  # searched in the background
        app.processEvents()
    redaction.reason.setText("Coordonnées d'un tiers (article 15, § 4, du RGPD)")
    for index, suggestion in enumerate(redaction.suggestions):
        if suggestion.kind.value in ("name", "phone"):
            redaction.suggestions_list.item(index).setCheckState(Qt.CheckState.Checked)
    redaction.accept_suggestions()
    redaction.show()
    _settle(app)
    redaction.show_page(0)
    written.append(_save(redaction, folder, "redaction", app))
    redaction.close()

    headings = ["N°", "Date de réception", "Nom", "Prénom", "Courriel", "Droit exercé", "Canal", "Statut", "Réponse le"]
    rows = [
        [
            "D-001",
            date(2025, 3, 5),
            "Lefèvre",
            "Jeanne",
            "jeanne@example.fr",
            "Accès",
            "Courrier",
            "Clôturé",
            "02/04/2025",
        ],
        ["D-002", "31/01/2025", "Dupont", "Marc", "", "Suppression", "mail", "Répondu", "28 février 2025"],
        ["D-003", "32/01/2025", "Martin", "Paul", "", "Accès", "", "", ""],
        ["D-004", "12/10/2025", "Bernard", "Anne", "anne@example", "Opposition", "Formulaire", "En cours", ""],
        ["D-005", "12/10/2025", "", "", "", "Accès", "courrier", "", ""],
        ["D-006", "3/9/25", "Roux", "Léa", "", "Portabilité", "LRAR", "En cours", ""],
    ]
    data = write([Sheet("Demandes RGPD", [headings, *rows])], "demandes.xlsx")
    mapping = ImportRequestsDialog(window.workbench, data, "registre-demandes-2025.xlsx", window)
    mapping.organisation.setCurrentIndex(mapping.organisation.findData("IMV"))
    mapping.show()
    written.append(_save(mapping, folder, "import-mapping", app))
    mapping.close()
    return written


def render_french(folder: Path) -> list[Path]:
    """The workbench, a case and the intake form with the interface in French."""
    folder.mkdir(parents=True, exist_ok=True)
    app = make_application(["dpo-desk"])
    previous = QLocale()
    translators = install_translations(app, "fr")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, scratch)
            window = MainWindow(Workbench(open_demo(Path(scratch) / "demo.dpodesk"), "claire.dpo", demo=True))
            window.resize(*SIZE)
            window.show()
            for row in range(window.model.rowCount()):
                item = window.model.row_at(row)
                if item is not None and item.extended and item.channel == "post":
                    window.table.selectRow(row)
                    break
            written = [_save(window, folder, "workbench", app), _save(window.detail, folder, "case-detail", app)]
            intake = IntakeDialog(window.workbench, window)
            intake.show()
            written.append(_save(intake, folder, "intake", app))
            intake.close()
            window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for path in [*render(target), *render_french(target / "fr")]:
        print(path)
