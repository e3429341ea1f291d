"""The built-in demo case file: our two first customers and about forty believable requests.

Dates are spread relative to today, so the demo always shows overdue, paused, extended and
closed requests. Everything in it is fictitious except the two controllers' public details.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import platformdirs
from sqlalchemy import select

from ..domain.channels import Channel
from ..domain.identity import VerificationMethod
from ..domain.letters import LetterKind
from ..domain.pauses import PauseReason
from ..domain.rights import Right
from ..domain.statuses import Status
from ..paths import resources_dir
from ..services import cases, corrections, letters, mailboxes
from ..services.organisations import OrganisationInput, add_organisation
from ..services.register import import_register
from ..storage.casefile import CaseFile, create_case_file, open_case_file
from ..storage.models import Mailbox

DEMO_PASSPHRASE = "demo-dpo-desk"  # shown on the welcome screen: the demo holds no real data

IMV = OrganisationInput(
    code="IMV",
    legal_name="IMV Technologies",
    address="ZI n°1 Est\n61300 L'Aigle\nFrance",
    city="L'Aigle",
    dpo_name="Délégué à la protection des données",
    dpo_email="dpo@imv-technologies.com",
    dpo_address="IMV Technologies - DPO\nZI n°1 Est\n61300 L'Aigle",
    signatory_name="Claire Vasseur",
    signatory_title="Déléguée à la protection des données",
    letter_language="fr",
)
IMERA = OrganisationInput(
    code="IMERA",
    legal_name="iméra",
    address="Paris\nFrance",
    city="Paris",
    dpo_name="Data Protection Officer",
    dpo_email="contact@imera-paris.com",
    signatory_name="Claire Vasseur",
    signatory_title="Déléguée à la protection des données",
    letter_language="fr",
)

FIRST = [
    "Jeanne",
    "Paul",
    "Camille",
    "Louis",
    "Chloé",
    "Hugo",
    "Léa",
    "Gabriel",
    "Manon",
    "Arthur",
    "Inès",
    "Jules",
    "Zoé",
    "Raphaël",
    "Élodie",
    "Noé",
    "Anaïs",
    "Théo",
    "Margaux",
    "Étienne",
]
LAST = [
    "Lefèvre",
    "Martin",
    "Bernard",
    "Dubois",
    "Moreau",
    "Laurent",
    "Girard",
    "Roux",
    "Fournier",
    "Lambert",
    "Bonnet",
    "François",
    "Mercier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Perrin",
]
STREETS = [
    "rue des Lilas",
    "avenue Jean Jaurès",
    "boulevard Voltaire",
    "rue de la Paix",
    "place du Marché",
    "chemin des Vignes",
    "rue Victor Hugo",
    "allée des Tilleuls",
]
TOWNS = [
    "75011 Paris",
    "61300 L'Aigle",
    "69003 Lyon",
    "57000 Metz",
    "33000 Bordeaux",
    "67000 Strasbourg",
    "14000 Caen",
    "44000 Nantes",
]
STAFF = ["claire.dpo", "lucas.accueil", "sofia.juridique"]

SUMMARIES = {
    Right.ACCESS: "Je souhaite obtenir une copie de l'ensemble des données personnelles me concernant.",
    Right.ERASURE: "Merci de supprimer mon compte et toutes mes données.",
    Right.RECTIFICATION: "Mon adresse postale est erronée dans votre fichier client, merci de la corriger.",
    Right.OBJECTION: "Je ne souhaite plus recevoir vos offres commerciales.",
    Right.PORTABILITY: "Please send me my order history in a machine-readable format.",
    Right.CONSENT_WITHDRAWAL: "Je retire mon consentement à l'utilisation de mon image (témoignage client).",
    Right.RESTRICTION: "Je conteste l'exactitude de mes données : merci d'en limiter l'utilisation.",
    Right.POST_MORTEM: "Directives relatives au sort des données de mon père après son décès (acte joint).",
    Right.AUTOMATED_DECISION: "Ma commande a été bloquée par votre contrôle anti-fraude : je demande un réexamen.",
}


@dataclass(frozen=True)
class Plan:
    """How far one demo request has gone: its age and the steps taken on it."""

    age_days: int
    rights: tuple[Right, ...]
    channel: Channel
    steps: tuple[str, ...]


PLANS: list[Plan] = [
    Plan(2, (Right.ACCESS,), Channel.POST, ()),
    Plan(1, (Right.ERASURE,), Channel.EMAIL, ()),
    Plan(0, (Right.OBJECTION,), Channel.EMAIL, ()),
    Plan(4, (Right.ACCESS, Right.PORTABILITY), Channel.WEB_FORM, ("progress",)),
    Plan(6, (Right.RECTIFICATION,), Channel.PHONE, ("progress",)),
    Plan(9, (Right.ACCESS,), Channel.POST, ("identity",)),
    Plan(12, (Right.ERASURE,), Channel.EMAIL, ("clarify",)),
    Plan(15, (Right.CONSENT_WITHDRAWAL,), Channel.EMAIL, ("progress", "answer")),
    Plan(18, (Right.ACCESS,), Channel.POST, ("progress",)),
    Plan(20, (Right.OBJECTION,), Channel.POST, ("progress", "answer", "close")),
    Plan(24, (Right.ACCESS, Right.ERASURE), Channel.POST, ("progress",)),
    Plan(26, (Right.RESTRICTION,), Channel.EMAIL, ("progress",)),
    Plan(27, (Right.ACCESS,), Channel.IN_PERSON, ("verify_in_person", "progress")),
    Plan(28, (Right.ERASURE,), Channel.WEB_FORM, ("progress",)),
    Plan(29, (Right.ACCESS,), Channel.EMAIL, ("identity", "id_received", "id_verified")),
    Plan(33, (Right.ACCESS, Right.PORTABILITY), Channel.POST, ("progress", "extend")),
    Plan(36, (Right.ACCESS,), Channel.EMAIL, ("progress",)),
    Plan(38, (Right.RECTIFICATION,), Channel.POST, ("progress", "answer", "close")),
    Plan(41, (Right.ERASURE,), Channel.EMAIL, ("progress",)),
    Plan(45, (Right.ACCESS,), Channel.POST, ("progress", "extend")),
    Plan(47, (Right.POST_MORTEM,), Channel.POST, ("progress", "answer")),
    Plan(50, (Right.AUTOMATED_DECISION,), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(52, (Right.ERASURE,), Channel.POST, ("progress", "partial_refusal")),
    Plan(55, (Right.ACCESS,), Channel.EMAIL, ("withdraw",)),
    Plan(58, (Right.OBJECTION,), Channel.PHONE, ("progress", "answer", "close")),
    Plan(60, (Right.ACCESS,), Channel.POST, ("progress", "extend")),
    Plan(63, (Right.ACCESS,), Channel.EMAIL, ("identity", "id_received", "id_verified", "answer")),
    Plan(66, (Right.ERASURE, Right.OBJECTION), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(70, (Right.PORTABILITY,), Channel.WEB_FORM, ("progress", "extend", "answer")),
    Plan(75, (Right.ACCESS,), Channel.POST, ("refuse",)),
    Plan(80, (Right.RECTIFICATION,), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(85, (Right.ACCESS,), Channel.POST, ("progress", "extend", "answer", "close")),
    Plan(90, (Right.CONSENT_WITHDRAWAL,), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(95, (Right.ERASURE,), Channel.POST, ("progress", "answer", "close")),
    Plan(100, (Right.ACCESS,), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(110, (Right.ACCESS, Right.RECTIFICATION), Channel.POST, ("progress", "extend")),
    Plan(120, (Right.OBJECTION,), Channel.EMAIL, ("progress", "answer", "close")),
    Plan(13, (Right.ACCESS,), Channel.EMAIL, ("late_clarify",)),
    Plan(3, (Right.ERASURE,), Channel.POST, ()),
    Plan(8, (Right.ACCESS,), Channel.EMAIL, ("progress",)),
    # Answered and closed today: "closed this month" is never empty, even on the 1st.
    Plan(31, (Right.RECTIFICATION,), Channel.EMAIL, ("progress", "answer_today", "close_today")),
    # A letter about an invoice, logged as a request by mistake and withdrawn by the DPO.
    Plan(5, (Right.ACCESS,), Channel.POST, ("logged_in_error",)),
]


def demo_path() -> Path:
    return platformdirs.user_data_path("DPO Desk", appauthor=False) / "demo.dpodesk"


def open_demo(path: Path | None = None, *, today: date | None = None, passphrase: str = DEMO_PASSPHRASE) -> CaseFile:
    """Open the demo case file, creating it on first use."""
    path = path or demo_path()
    if path.exists():
        return open_case_file(path, passphrase=passphrase, use_keyring=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    case = create_case_file(path, passphrase)
    try:
        populate(case, today=today or date.today(), register_language="fr")
    except BaseException:
        case.close()
        raise
    return case


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _fake_scan(title: str) -> bytes:
    """A small PDF standing for a scanned letter (ReportLab: we never write PDF by hand)."""
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 760, title)
    canvas.drawString(72, 740, "(demo scan)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def populate(
    case: CaseFile,
    *,
    today: date,
    plans: list[Plan] | None = None,
    seed: int = 1978,
    register_language: str = "en",
) -> None:
    """Fill an empty case file with the two organisations and the demo requests.

    The registers are transcribed from the companies' privacy policies, in English (what the tests
    read) or in French (`register_language="fr"`: the built-in demo, whose letters are French).
    """
    rng = random.Random(seed)
    suffix = ".fr" if register_language == "fr" else ""
    with case.unit_of_work() as session:
        for organisation in (IMV, IMERA):
            add_organisation(session, organisation, user="claire.dpo")
            register = resources_dir() / "registers" / f"{organisation.code.lower()}{suffix}.json"
            import_register(session, register, organisation.code, user="claire.dpo")
    for index, plan in enumerate(PLANS if plans is None else plans):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        org = "IMV" if index % 3 else "IMERA"
        received = today - timedelta(days=plan.age_days)
        email = _ascii(f"{first}.{last}{index}@example.fr".lower())
        files: tuple[cases.FileInput, ...] = ()
        if plan.channel is Channel.POST:
            files = (cases.FileInput(f"courrier-{last.lower()}.pdf", _fake_scan(f"Lettre de {first} {last}"), "scan"),)
        new = cases.NewRequest(
            channel=plan.channel,
            received_on=received,
            person=cases.PersonInput(
                first_name=first,
                last_name=last,
                emails=(email,) if plan.channel is not Channel.POST or index % 2 else (),
                postal_address=f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n{rng.choice(TOWNS)}",
                identifiers={"customer": f"C-{rng.randint(10000, 99999)}"} if org == "IMERA" else {},
            ),
            rights=plan.rights,
            summary=SUMMARIES[plan.rights[0]],
            registered_mail_no=f"1A {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} 2"
            if plan.channel is Channel.POST
            else "",
            assignee=rng.choice(STAFF) if plan.steps else "",
            organisation_code=org,
            files=files,
        )
        with case.unit_of_work() as session:
            _set_clock(session, received, hour=9 + index % 3)
            ref = cases.add_request(session, new, user="lucas.accueil", today=today).reference
            _walk(session, ref, plan, received, today)
    _mail_to_triage(case, today)


TRIAGE = (
    (
        "Maël Girard <mael.girard@example.fr>",
        "Mes données",
        "Bonjour, je voudrais savoir quelles données vous avez sur moi.",
    ),
    ("Sophie Marchand <s.marchand@example.com>", "Livraison", "Bonjour, ma commande n'est toujours pas arrivée."),
    ("Noah Petit <noah.petit@example.fr>", "Newsletter", "Merci de me désinscrire de votre newsletter."),
)


def _mail_to_triage(case: CaseFile, today: date) -> None:
    """A mailbox with three messages fetched this morning, waiting in Case → Mail to triage."""
    from email.message import EmailMessage

    with case.unit_of_work() as session:
        mailboxes.add_mailbox(
            session,
            mailboxes.MailboxSettings(
                name="dpo-imv",
                host="imap.imv-technologies.example",
                username="dpo@imv-technologies.com",
                organisation_code="IMV",
            ),
            user="claire.dpo",
        )
        box = session.scalar(select(Mailbox.id).where(Mailbox.name == "dpo-imv"))
        assert box is not None  # added above
        for uid, (sender, subject, body) in enumerate(TRIAGE, start=1):
            message = EmailMessage()
            message["From"], message["To"], message["Subject"] = sender, "dpo@imv-technologies.com", subject
            message["Message-ID"] = f"<demo-triage-{uid}@example.fr>"
            message.set_content(body)
            delivered = datetime.combine(today, time(7, 40 + uid)).astimezone(UTC)
            mailboxes.keep_message(session, box, 1, uid, message.as_bytes(), delivered)


def _set_clock(session, day: date, hour: int) -> None:  # type: ignore[no-untyped-def]
    """Record the next events as if done on `day` (demo history only; see services.events.now)."""
    moment = datetime.combine(day, time(hour, 7)).astimezone(UTC)
    session.info["clock"] = lambda: moment


def _letter(session, ref: str, kind: LetterKind, day: date, *, registered: bool) -> None:  # type: ignore[no-untyped-def]
    """A letter written and posted on `day`, as the DPO would have done."""
    letter_id, _ = letters.create_letter(session, ref, kind, user="claire.dpo", today=day)
    digits = zlib.crc32(f"{ref}{kind}".encode())
    number = f"1A {digits % 900 + 100} {digits // 900 % 900 + 100} {digits % 9000 + 1000} 1" if registered else ""
    letters.mark_sent(
        session, letter_id, on=day, channel=Channel.POST, user="lucas.accueil", today=day, registered_mail_no=number
    )


def _walk(session, ref: str, plan: Plan, received: date, today: date) -> None:  # type: ignore[no-untyped-def]
    """Apply a plan's steps, each on a plausible day between receipt and today."""
    day = received
    dpo = "claire.dpo"

    def later(days: int) -> date:
        nonlocal day
        day = min(today, day + timedelta(days=days))
        _set_clock(session, day, hour=14)
        return day

    for step in plan.steps:
        if step == "progress":
            cases.change_status(session, ref, Status.IN_PROGRESS, user=dpo, on=later(1), today=today)
            if plan.channel is Channel.POST:
                _letter(session, ref, LetterKind.ACKNOWLEDGEMENT, day, registered=False)
        elif step == "identity":
            cases.request_identity(
                session, ref, "Adresse postale différente de celle du compte client", user=dpo, on=later(1), today=today
            )
        elif step == "id_received":
            cases.identity_received(
                session,
                ref,
                user="lucas.accueil",
                on=later(6),
                today=today,
                document=cases.FileInput("piece-identite.jpg", b"\xff\xd8demo id copy"),
            )
        elif step == "id_verified":
            cases.verify_identity(session, ref, VerificationMethod.DOCUMENT_CHECKED, user=dpo, on=later(1), today=today)
        elif step == "verify_in_person":
            cases.verify_identity(session, ref, VerificationMethod.IN_PERSON, user=dpo, on=day, today=today)
        elif step == "clarify":
            cases.pause(session, ref, PauseReason.CLARIFICATION, user=dpo, on=later(2), today=today)
        elif step == "late_clarify":
            cases.pause(session, ref, PauseReason.CLARIFICATION, user=dpo, on=later(11), today=today)
        elif step == "extend":
            cases.extend(
                session,
                ref,
                "Données réparties dans plusieurs systèmes (ERP, CRM, messagerie) ; "
                "extraction et occultation des données de tiers en cours.",
                user=dpo,
                on=later(20),
                today=day,  # an extension is dated the day it is recorded
            )
            _letter(session, ref, LetterKind.EXTENSION_NOTICE, day, registered=True)
        elif step == "answer":
            cases.change_status(session, ref, Status.ANSWERED, user=dpo, on=later(8), today=today)
        elif step == "close":
            cases.change_status(session, ref, Status.CLOSED, user=dpo, on=later(3), today=today)
        elif step == "answer_today":
            day = today  # closing day = answer day (one status model): "closed this month" never empty
            _set_clock(session, day, hour=7)
            cases.change_status(session, ref, Status.ANSWERED, user=dpo, on=day, today=today)
        elif step == "close_today":
            day = today
            _set_clock(session, day, hour=8)
            cases.change_status(session, ref, Status.CLOSED, user=dpo, on=day, today=today)
        elif step == "refuse":
            cases.change_status(
                session,
                ref,
                Status.REFUSED,
                user=dpo,
                on=later(5),
                today=today,
                reason="Demande manifestement excessive : quatrième demande identique en un mois (Art. 12(5)).",
            )
        elif step == "partial_refusal":
            cases.change_status(
                session,
                ref,
                Status.PARTIALLY_REFUSED,
                user=dpo,
                on=later(12),
                today=today,
                reason="Factures conservées dix ans (art. L123-22 du Code de commerce).",
            )
        elif step == "logged_in_error":
            corrections.withdraw_logged_in_error(
                session, ref, "Courrier de relance d'une facture, pas une demande.", user=dpo, today=today
            )
        elif step == "withdraw":
            cases.change_status(
                session,
                ref,
                Status.WITHDRAWN,
                user=dpo,
                on=later(4),
                today=today,
                reason="La personne a retiré sa demande par courriel.",
            )
