"""Words shown for stored values (statuses, rights, channels...), through Qt's translation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.identity import VerificationMethod, verification_facts

STATUS = {
    "received": QT_TRANSLATE_NOOP("Status", "Received"),
    "awaiting_identity": QT_TRANSLATE_NOOP("Status", "Awaiting identity"),
    "awaiting_clarification": QT_TRANSLATE_NOOP("Status", "Awaiting clarification"),
    "in_progress": QT_TRANSLATE_NOOP("Status", "In progress"),
    "answered": QT_TRANSLATE_NOOP("Status", "Answered"),
    "refused": QT_TRANSLATE_NOOP("Status", "Refused"),
    "partially_refused": QT_TRANSLATE_NOOP("Status", "Partially refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Status", "Withdrawn"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
    "logged_in_error": QT_TRANSLATE_NOOP("Status", "Logged in error"),
}
RIGHT = {
    "access": QT_TRANSLATE_NOOP("Right", "Access"),
    "rectification": QT_TRANSLATE_NOOP("Right", "Rectification"),
    "erasure": QT_TRANSLATE_NOOP("Right", "Erasure"),
    "restriction": QT_TRANSLATE_NOOP("Right", "Restriction"),
    "portability": QT_TRANSLATE_NOOP("Right", "Portability"),
    "objection": QT_TRANSLATE_NOOP("Right", "Objection"),
    "consent_withdrawal": QT_TRANSLATE_NOOP("Right", "Consent withdrawal"),
    "automated_decision": QT_TRANSLATE_NOOP("Right", "Automated decision"),
    "post_mortem": QT_TRANSLATE_NOOP("Right", "Post-mortem directives"),
}
CHANNEL = {
    "post": QT_TRANSLATE_NOOP("Channel", "Post"),
    "email": QT_TRANSLATE_NOOP("Channel", "Email"),
    "web_form": QT_TRANSLATE_NOOP("Channel", "Web form"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "in_person": QT_TRANSLATE_NOOP("Channel", "In person"),
}
IDENTITY = {
    "not_needed": QT_TRANSLATE_NOOP("Identity", "Not needed"),
    "requested": QT_TRANSLATE_NOOP("Identity", "Requested"),
    "received": QT_TRANSLATE_NOOP("Identity", "Proof received"),
    "verified": QT_TRANSLATE_NOOP("Identity", "Verified"),
    "failed": QT_TRANSLATE_NOOP("Identity", "Failed"),
}
EVENT = {
    "organisation_added": QT_TRANSLATE_NOOP("Event", "Organisation added"),
    "request_logged": QT_TRANSLATE_NOOP("Event", "Request logged"),
    "status_changed": QT_TRANSLATE_NOOP("Event", "Status changed"),
    "extended": QT_TRANSLATE_NOOP("Event", "Deadline extended"),
    "pause_started": QT_TRANSLATE_NOOP("Event", "Clock paused"),
    "pause_ended": QT_TRANSLATE_NOOP("Event", "Clock resumed"),
    "identity_requested": QT_TRANSLATE_NOOP("Event", "Identity requested"),
    "identity_received": QT_TRANSLATE_NOOP("Event", "Identity proof received"),
    "identity_verified": QT_TRANSLATE_NOOP("Event", "Identity verified"),
    "identity_failed": QT_TRANSLATE_NOOP("Event", "Identity not verified"),
    "id_document_destroyed": QT_TRANSLATE_NOOP("Event", "ID copy destroyed"),
    "attachment_added": QT_TRANSLATE_NOOP("Event", "Document added"),
    "assigned": QT_TRANSLATE_NOOP("Event", "Assigned"),
    "request_corrected": QT_TRANSLATE_NOOP("Event", "Request corrected"),
    "logged_in_error": QT_TRANSLATE_NOOP("Event", "Withdrawn: logged in error"),
    "withdrawal_undone": QT_TRANSLATE_NOOP("Event", "Withdrawal undone"),
    "note": QT_TRANSLATE_NOOP("Event", "Note"),
    "letter_created": QT_TRANSLATE_NOOP("Event", "Letter written"),
    "letter_sent": QT_TRANSLATE_NOOP("Event", "Letter sent"),
    "extension_notified": QT_TRANSLATE_NOOP("Event", "Extension notified: the deadline moves"),
    "extension_lapsed": QT_TRANSLATE_NOOP("Event", "Extension notice sent late: the extension does not count"),
    "receipt_signed": QT_TRANSLATE_NOOP("Event", "Acknowledgement of receipt signed"),
    "on_behalf_recorded": QT_TRANSLATE_NOOP("Event", "Made on the person's behalf"),
    "authority_checked": QT_TRANSLATE_NOOP("Event", "Requester's identity and authority checked"),
    "directives_recorded": QT_TRANSLATE_NOOP("Event", "Post-mortem directives recorded"),
    "organisation_changed": QT_TRANSLATE_NOOP("Event", "Organisation settings changed"),
    "key_rotated": QT_TRANSLATE_NOOP("Event", "Encryption key changed"),
    "passphrase_changed": QT_TRANSLATE_NOOP("Event", "Passphrase changed"),
    "key_remembered": QT_TRANSLATE_NOOP("Event", "Key remembered on a computer"),
    "key_forgotten": QT_TRANSLATE_NOOP("Event", "Key forgotten on a computer"),
    "activities_ticked": QT_TRANSLATE_NOOP("Event", "Activities ticked"),
    "portability_exported": QT_TRANSLATE_NOOP("Event", "Portability bundle exported"),
    "register_replaced": QT_TRANSLATE_NOOP("Event", "Register changed"),
    "register_imported": QT_TRANSLATE_NOOP("Event", "Register imported from a spreadsheet"),
    "requests_imported": QT_TRANSLATE_NOOP("Event", "Requests imported from a spreadsheet"),
    "redactions_saved": QT_TRANSLATE_NOOP("Event", "Other people's data marked to withhold"),
    "redacted_copy_made": QT_TRANSLATE_NOOP("Event", "Redacted copy made"),
    "dossier_exported": QT_TRANSLATE_NOOP("Event", "Dossier exported"),
    "template_changed": QT_TRANSLATE_NOOP("Event", "Letter template changed"),
    "mailbox_added": QT_TRANSLATE_NOOP("Event", "Mailbox added"),
    "mailbox_changed": QT_TRANSLATE_NOOP("Event", "Mailbox changed"),
    "mailbox_removed": QT_TRANSLATE_NOOP("Event", "Mailbox removed"),
    "mailbox_authorised": QT_TRANSLATE_NOOP("Event", "Mailbox authorised (OAuth2)"),
    "sending_address_set": QT_TRANSLATE_NOOP("Event", "Sending address chosen"),
    "email_sent": QT_TRANSLATE_NOOP("Event", "Sent by email"),
    "email_failed": QT_TRANSLATE_NOOP("Event", "Email not sent"),
    "email_bounced": QT_TRANSLATE_NOOP("Event", "Email bounced"),
    "password_channel": QT_TRANSLATE_NOOP("Event", "Password channel chosen"),
    "password_shown": QT_TRANSLATE_NOOP("Event", "Password shown again"),
    "relay_sent": QT_TRANSLATE_NOOP("Event", "Department asked"),
    "relay_reminded": QT_TRANSLATE_NOOP("Event", "Department reminded"),
    "relay_answered": QT_TRANSLATE_NOOP("Event", "Department answered"),
    "internal_contact_set": QT_TRANSLATE_NOOP("Event", "Internal contact set"),
    "digest_set": QT_TRANSLATE_NOOP("Event", "Digest address set"),
    "digest_sent": QT_TRANSLATE_NOOP("Event", "Digest sent"),
    "mail_fetched": QT_TRANSLATE_NOOP("Event", "Mail fetched"),
    "mail_set_aside": QT_TRANSLATE_NOOP("Event", "Message set aside"),
    "member_added": QT_TRANSLATE_NOOP("Event", "User added"),
    "member_changed": QT_TRANSLATE_NOOP("Event", "User changed"),
    "case_purged": QT_TRANSLATE_NOOP("Event", "Case purged"),
    "cases_purged": QT_TRANSLATE_NOOP("Event", "Closed cases purged"),
    "history_verified": QT_TRANSLATE_NOOP("Event", "History verified (checkpoint kept)"),
}

CORRECTED_FIELD = {
    "first_name": QT_TRANSLATE_NOOP("Correction", "first name"),
    "last_name": QT_TRANSLATE_NOOP("Correction", "last name"),
    "postal_address": QT_TRANSLATE_NOOP("Correction", "address"),
    "received_on": QT_TRANSLATE_NOOP("Correction", "received on"),
    "channel": QT_TRANSLATE_NOOP("Correction", "channel"),
    "rights": QT_TRANSLATE_NOOP("Correction", "rights"),
    "deadline": QT_TRANSLATE_NOOP("Correction", "deadline"),
}
REGION = {
    "fr": QT_TRANSLATE_NOOP("Region", "France (metropolitan)"),
    "fr-alsace-moselle": QT_TRANSLATE_NOOP("Region", "France: Alsace-Moselle (Good Friday, 26 December)"),
    "fr-guadeloupe": QT_TRANSLATE_NOOP("Region", "France: Guadeloupe"),
    "fr-martinique": QT_TRANSLATE_NOOP("Region", "France: Martinique"),
    "fr-guyane": QT_TRANSLATE_NOOP("Region", "France: Guyane"),
    "fr-reunion": QT_TRANSLATE_NOOP("Region", "France: La Réunion"),
    "fr-mayotte": QT_TRANSLATE_NOOP("Region", "France: Mayotte"),
}
PAUSE = {
    "identity": QT_TRANSLATE_NOOP("Pause", "waiting for proof of identity"),
    "clarification": QT_TRANSLATE_NOOP("Pause", "waiting for a clarification"),
}
METHOD = {
    "email_match": QT_TRANSLATE_NOOP("Identity", "email matches the account"),
    "customer_number": QT_TRANSLATE_NOOP("Identity", "customer number matches"),
    "document_checked": QT_TRANSLATE_NOOP("Identity", "ID document checked"),
    "in_person": QT_TRANSLATE_NOOP("Identity", "seen in person"),
    "other": QT_TRANSLATE_NOOP("Identity", "other means"),
}

_CONTEXTS = {
    id(REGION): "Region",
    id(PAUSE): "Pause",
    id(METHOD): "Identity",
    id(STATUS): "Status",
    id(RIGHT): "Right",
    id(CHANNEL): "Channel",
    id(IDENTITY): "Identity",
    id(EVENT): "Event",
    id(CORRECTED_FIELD): "Correction",
}


def show(table: dict[str, str], value: str) -> str:
    """The translated label of `value`, or the value itself when it has none."""
    source = table.get(value)
    if source is None:
        return value.replace("_", " ")
    return QCoreApplication.translate(_CONTEXTS[id(table)], source)


def identity_note(note: str, day_words: Callable[[date], str]) -> str:
    """A verification note (stored in English) in the interface's language; other notes as written."""
    facts = verification_facts(note)
    if facts is None:
        return note
    day = day_words(facts.on)
    if facts.method is VerificationMethod.DOCUMENT_CHECKED:
        return QCoreApplication.translate(
            "Identity", "Identity document checked on {day} by {user}; the copy was destroyed."
        ).format(day=day, user=facts.by)
    return QCoreApplication.translate("Identity", "Identity verified on {day} by {user} ({method}).").format(
        day=day, user=facts.by, method=show(METHOD, facts.method.value)
    )


def region_name(value: str, fallback: str) -> str:
    """A holiday region in the interface's language (`fallback`, the domain's English name, for a new one)."""
    return show(REGION, value) if value in REGION else fallback
