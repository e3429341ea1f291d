"""The window's menus (File, Case, View, Help) and the settings dialogs they open; who may use them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMessageBox,
)

from .. import __version__
from ..front_door.views import Role
from .preferences_dialog import PreferencesDialog
from .window_parts import WindowParts

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from .activity_dialog import ActivityDialog
    from .mailbox_dialog import MailboxDialog
    from .organisation_dialog import OrganisationDialog
    from .purge_dialog import PurgeDialog
    from .register_dialog import RegisterDialog
    from .request_register_dialog import RequestRegisterDialog
    from .template_dialog import TemplateDialog
    from .users_dialog import UsersDialog


class WindowMenus(WindowParts):
    """The menu bar of the main window, and the dialogs of settings and registers it opens."""

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setToolTip(self.tr("Hide every case and forget the key until the passphrase is typed again"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        verify = QAction(self.tr("&Verify integrity"), self)
        verify.setToolTip(self.tr("Check the database, its encryption, the event history and the documents"))
        verify.triggered.connect(self.verify)
        file_menu.addAction(verify)
        organisations = QAction(self.tr("&Organisations…"), self)
        organisations.setToolTip(self.tr("Letterhead, DPO contact, signatory, holidays and deadline rules"))
        organisations.triggered.connect(self.open_organisations)
        file_menu.addAction(organisations)
        self.settings_actions = [organisations]
        register_action = QAction(self.tr("&Register of processing activities…"), self)
        register_action.setToolTip(self.tr("Each organisation's processing activities (Art. 30)"))
        register_action.triggered.connect(self.open_register)
        file_menu.addAction(register_action)
        self.settings_actions.append(register_action)
        batch = QAction(self.tr("&Letters written today…"), self)
        batch.setObjectName("lettersToday")
        batch.setShortcut(QKeySequence("Ctrl+Shift+P"))
        batch.setToolTip(self.tr("Print or save, in one go, every letter written today"))
        batch.triggered.connect(self.open_letters_of_day)
        file_menu.addAction(batch)
        mailboxes = QAction(self.tr("&Mailboxes…"), self)
        mailboxes.setObjectName("mailboxesAction")
        mailboxes.setToolTip(self.tr("The mailboxes requests arrive in (IMAP) and answers leave from (SMTP)"))
        mailboxes.triggered.connect(self.open_mailboxes)
        file_menu.addAction(mailboxes)
        self.settings_actions.append(mailboxes)
        users = QAction(self.tr("&Users…"), self)
        users.setObjectName("usersAction")
        users.setToolTip(self.tr("Who works in this case file: the DPO decides, staff prepare"))
        users.triggered.connect(self.open_users)
        file_menu.addAction(users)
        templates = QAction(self.tr("Letter and email &templates…"), self)
        templates.setObjectName("templatesAction")
        templates.setToolTip(
            self.tr("Each organisation's own wording of its letters and of the emails that carry them, with a preview")
        )
        templates.triggered.connect(self.open_templates)
        file_menu.addAction(templates)
        self.settings_actions.append(templates)
        self.purge_action = QAction(self.tr("P&urge closed cases…"), self)
        self.purge_action.setObjectName("purgeAction")
        self.purge_action.setToolTip(
            self.tr("Closed cases kept longer than their organisation's retention period: preview, then purge")
        )
        self.purge_action.triggered.connect(self.open_purge)
        file_menu.addAction(self.purge_action)
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_preferences)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        case_menu = self.menuBar().addMenu(self.tr("&Case"))
        self.log_action = QAction(self.tr("&Log postal request…"), self)
        self.log_action.setShortcut(QKeySequence.StandardKey.New)
        self.log_action.setToolTip(
            self.tr("Log a request as the post is opened (or one received by phone, in person…)")
        )
        self.log_action.triggered.connect(self.open_intake)
        case_menu.addAction(self.log_action)
        import_action = QAction(self.tr("&Import emails…"), self)
        import_action.setObjectName("importEmails")
        import_action.setToolTip(
            self.tr("Log requests from .eml or Outlook .msg files, or mbox mailboxes; each message is reported")
        )
        import_action.triggered.connect(self._choose_emails)
        case_menu.addAction(import_action)
        self.triage_action = QAction(self.tr("&Mail to triage…"), self)
        self.triage_action.setObjectName("triageAction")
        self.triage_action.setShortcut(QKeySequence("Ctrl+M"))
        self.triage_action.setToolTip(
            self.tr("Messages fetched from the mailboxes: log them as requests or set them aside")
        )
        self.triage_action.triggered.connect(self.open_triage)
        case_menu.addAction(self.triage_action)
        assign = QAction(self.tr("&Assign…"), self)
        assign.triggered.connect(self._assign)
        case_menu.addAction(assign)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        view_menu.addAction(refresh)
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        view_menu.addAction(find)
        activity = QAction(self.tr("A&ctivity report…"), self)
        activity.setObjectName("activityAction")
        activity.setToolTip(self.tr("Your figures for a period: requests, responses on time, extensions, refusals"))
        activity.triggered.connect(self.open_activity)
        view_menu.addAction(activity)
        show_all = QAction(self.tr("Show &all requests"), self)
        show_all.setShortcut(QKeySequence("Ctrl+Shift+A"))
        show_all.triggered.connect(self._show_all)
        view_menu.addAction(show_all)

        self._build_accountability_menus(file_menu, case_menu)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About DPO Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_accountability_menus(self, file_menu, case_menu) -> None:  # type: ignore[no-untyped-def]
        requests_register = QAction(self.tr("Register of &requests…"), self)
        requests_register.setObjectName("requestRegisterAction")
        requests_register.setToolTip(
            self.tr("For an inspection: every request of a period, one row each, as XLSX or CSV")
        )
        requests_register.triggered.connect(self.open_request_register)
        file_menu.insertAction(file_menu.actions()[-2], requests_register)
        import_requests = QAction(self.tr("Import requests from a &spreadsheet…"), self)
        import_requests.setObjectName("importRequestsAction")
        import_requests.setToolTip(self.tr("A register of requests kept in Excel, LibreOffice or CSV"))
        import_requests.triggered.connect(self._choose_requests_file)
        case_menu.addAction(import_requests)
        self.dossier_action = QAction(self.tr("Export &dossier…"), self)
        self.dossier_action.setObjectName("dossierAction")
        self.dossier_action.triggered.connect(
            lambda: self.detail.reference and self.choose_dossier_file(self.detail.reference)
        )
        case_menu.addAction(self.dossier_action)

    def apply_role(self) -> None:
        """What this user may do: staff prepare, a DPO decides and changes settings."""
        role = self.workbench.role()
        dpo = role is Role.DPO
        self.detail.set_can_decide(dpo)
        for action in self.settings_actions:
            action.setEnabled(dpo)
            action.setStatusTip("" if dpo else self.tr("Only a DPO changes settings"))
        self.purge_action.setEnabled(dpo)
        self.purge_action.setStatusTip("" if dpo else self.tr("Only a DPO purges closed cases"))
        self.not_member_banner.setVisible(role is None)

    def _about(self) -> None:
        text = self.tr("DPO Desk {version}\nData-subject rights requests in an encrypted case file.")
        self._message(self.tr("About DPO Desk"), text.format(version=__version__), QMessageBox.Icon.NoIcon, "aboutBox")

    # Settings and registers --------------------------------------------------------------------

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.idle.set_minutes)
        dialog.open()
        return dialog

    def open_organisations(self) -> OrganisationDialog:
        from .organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _: self.refresh_soon())
        dialog.open()
        return dialog

    def open_register(self) -> RegisterDialog:
        from .register_dialog import RegisterDialog

        dialog = RegisterDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        dialog.open()
        return dialog

    def open_templates(self) -> TemplateDialog:
        from .template_dialog import TemplateDialog

        dialog = TemplateDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog:
        from .users_dialog import UsersDialog

        dialog = UsersDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.apply_role)
        dialog.open()
        return dialog

    def open_mailboxes(self) -> MailboxDialog:
        from .mailbox_dialog import MailboxDialog

        dialog = MailboxDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_purge(self) -> PurgeDialog:
        from .purge_dialog import PurgeDialog

        dialog = PurgeDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.purged.connect(lambda _: self.refresh_soon())
        dialog.open()
        return dialog

    def open_activity(self) -> ActivityDialog:
        from .activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_request_register(self) -> RequestRegisterDialog:
        from .request_register_dialog import RequestRegisterDialog

        dialog = RequestRegisterDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.open()
        return dialog
