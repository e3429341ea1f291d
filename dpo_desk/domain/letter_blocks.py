"""Sentences of letters built from what was recorded for the case (letter_facts), in French and English.

Each block says only what its facts say: an access letter says which documents are enclosed and which
activities were found to hold nothing; an erasure letter lists each item kept with its Art. 17(3)
ground and end date, or says that nothing is kept. Blocks fill the placeholders of the letter templates
(e.g. {remedies}); the letters and the access report share them.
"""

from __future__ import annotations

from datetime import date

from .letter_facts import (
    ERASURE_GROUNDS,
    AutomatedDecision,
    CaseFacts,
    ErasureDecision,
    ObjectionDecision,
    ObjectionKind,
    ObjectionOutcome,
    RecipientNotice,
    UnfoundedDecision,
)
from .letters import date_in_words

CNIL = {
    "fr": "la Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, "
    "75334 Paris Cedex 07, ou en ligne sur https://www.cnil.fr/fr/plaintes",
    "en": "the Commission nationale de l’informatique et des libertés (CNIL), 3 place de Fontenoy, TSA 80715, "
    "75334 Paris Cedex 07, France, or online at https://www.cnil.fr/fr/plaintes",
}
CNIL_COMPLAINTS = "https://www.cnil.fr/fr/plaintes"


def authority_words(language: str, authority_inline: str) -> str:
    """The supervisory authority to complain to: the CNIL's postal address and online page, or the
    organisation's own authority when it is another one."""
    if not authority_inline.strip() or "cnil" in authority_inline.lower():
        return CNIL[language]
    return authority_inline.strip()


def remedies(language: str, authority_inline: str) -> str:
    """Art. 12(4): every refusal and partial refusal gives the complaint and the judicial remedy."""
    authority = authority_words(language, authority_inline)
    if language == "fr":
        return (
            "Conformément à l’article 12, paragraphe 4, du RGPD, vous pouvez introduire une réclamation auprès de "
            f"{authority}, et former un recours juridictionnel (article 79 du RGPD)."
        )
    return (
        f"In accordance with Article 12(4) GDPR, you may lodge a complaint with {authority}, and seek a judicial "
        "remedy (Article 79 GDPR)."
    )


def enclosures_line(language: str, items: list[str]) -> str:
    """'P. J. : rapport d’accès ; copie du contrat' — every enclosure, or nothing at all."""
    if not items:
        return ""
    if language == "fr":
        return "P. J. : " + " ; ".join(items)
    return ("Enclosure: " if len(items) == 1 else "Enclosures: ") + "; ".join(items)


def _list(language: str, items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" et " if language == "fr" else " and ") + items[-1]


def _checked(language: str, facts: CaseFacts) -> list[str]:
    """'Recrutement : aucune donnée vous concernant dans l’ATS (vérifié le 1er décembre 2026)'."""
    lines = []
    for activity in facts.activities:
        reason = facts.extract_reasons.get(activity)
        if reason is None:
            continue
        when = date_in_words(reason.checked_on, language)
        lines.append(
            f"– {activity} : {reason.reason.rstrip('.')} (vérifié le {when})."
            if language == "fr"
            else f"– {activity}: {reason.reason.rstrip('.')} (checked on {when})."
        )
    return lines


def access_enclosed(language: str, facts: CaseFacts) -> str:
    """What the access letter says is enclosed, exactly (Art. 15(1) and 15(3))."""
    fr = language == "fr"
    parts = []
    report = (
        "Le rapport joint à ce courrier indique, pour chaque traitement qui vous concerne, ses finalités, les "
        "catégories de données, leurs destinataires, leur durée de conservation, leur source lorsqu’elles n’ont pas "
        "été collectées auprès de vous, l’existence d’une prise de décision automatisée et les garanties de tout "
        "transfert hors de l’Union européenne (article 15 du RGPD)."
        if fr
        else "The report enclosed with this letter states, for each processing that concerns you, its purposes, the "
        "categories of data, their recipients, how long they are kept, their source where they were not collected "
        "from you, any automated decision-making, and the safeguards of any transfer outside the European Union "
        "(Article 15 GDPR)."
    )
    parts.append(report)
    if facts.extracts:
        n = len(facts.extracts)
        parts.append(
            (
                f"Il contient la copie de vos données (article 15, paragraphe 3), tirée de {n} extrait(s) : "
                if fr
                else f"It holds a copy of your data (Article 15(3)), from {n} extract(s): "
            )
            + _list(language, facts.extracts)
            + "."
        )
    else:
        parts.append(
            "Aucune copie de données ne l’accompagne : nous n’avons trouvé aucune donnée vous concernant dans les "
            "traitements ci-dessous."
            if fr
            else "No copy of data comes with it: we found no data about you in the processing below."
        )
    if facts.copies:
        parts.append(
            (
                "Sont aussi jointes les copies des documents suivants : "
                if fr
                else "Copies of these documents are also enclosed: "
            )
            + _list(language, facts.copies)
            + "."
        )
    checked = _checked(language, facts)
    if checked:
        parts.append(
            ("Nous n’avons trouvé aucune donnée vous concernant dans :" if fr else "We found no data about you in:")
            + "\n"
            + "\n".join(checked)
        )
    return "\n\n".join(parts)


def no_data(language: str, facts: CaseFacts) -> str:
    """'We hold no data about you', with where it was checked and when."""
    head = (
        "Après vérification, nous ne détenons aucune donnée personnelle vous concernant. Nous avons vérifié :"
        if language == "fr"
        else "Having checked, we hold no personal data about you. We checked:"
    )
    return head + "\n" + "\n".join(_checked(language, facts))


def erasure_outcome(language: str, decision: ErasureDecision) -> str:
    fr = language == "fr"
    erased = decision.erased.rstrip(".")
    first = (
        f"Nous avons effacé les données suivantes, conformément à l’article 17 du RGPD : {erased}."
        if fr
        else f"We have erased the following data, in accordance with Article 17 GDPR: {erased}."
    )
    if not decision.kept:
        return (
            first
            + "\n\n"
            + ("Nous ne conservons aucune autre donnée vous concernant." if fr else "We keep no other data about you.")
        )
    lines = []
    for item in decision.kept:
        ground = ERASURE_GROUNDS[item.ground][1 if fr else 0]
        until = date_in_words(item.until, language)
        lines.append(
            f"– {item.what}, pour {ground} (article 17, paragraphe 3, point {item.ground}) : "
            f"{item.basis.rstrip('.')} ; jusqu’au {until}."
            if fr
            else f"– {item.what}, for {ground} (Article 17(3)({item.ground})): {item.basis.rstrip('.')}; until {until}."
        )
    kept = (
        "Nous ne pouvons pas effacer les données suivantes, que nous devons conserver :"
        if fr
        else "We cannot erase the following data, which we must keep:"
    )
    after = (
        "Ces données ne sont plus utilisées à aucune autre fin et seront supprimées à ces dates. Sur ce point, "
        "votre demande n’est donc satisfaite qu’en partie."
        if fr
        else "This data is no longer used for any other purpose and will be deleted on those dates. On this point, "
        "your request is therefore met only in part."
    )
    return "\n\n".join([first, kept + "\n" + "\n".join(lines), after])


def recipients_outcome(language: str, facts: CaseFacts, what: str) -> str:
    """Art. 19: what was recorded for each recipient of the ticked activities (all must be recorded).

    `what`: "rectification", "erasure" or "restriction".
    """
    fr = language == "fr"
    names = [r.name for r in facts.recipients]
    if not names:
        return (
            "Selon notre registre des traitements, ces données n’ont été communiquées à aucun destinataire ; "
            "personne d’autre n’avait donc à être informé (article 19 du RGPD)."
            if fr
            else "According to our register of processing activities, this data was not disclosed to any recipient; "
            "nobody else therefore had to be informed (Article 19 GDPR)."
        )
    noun = {
        "rectification": ("de cette rectification", "of this rectification"),
        "erasure": ("de cet effacement", "of this erasure"),
        "restriction": ("de cette limitation", "of this restriction"),
    }[what][0 if fr else 1]
    notices = [facts.notices[name] for name in names]
    notified = [n for n in notices if n.notified_on]
    excepted = [n for n in notices if not n.notified_on]
    parts = []
    if facts.recipients_asked:
        head = (
            f"Conformément à l’article 19 du RGPD, voici les destinataires de vos données et ce que nous avons "
            f"fait pour les informer {noun}, comme vous l’avez demandé :"
            if fr
            else f"In accordance with Article 19 GDPR, here are the recipients of your data and what we did to inform "
            f"them {noun}, as you asked:"
        )
        parts.append(head + "\n" + "\n".join(_notice_line(language, n) for n in notices))
        return "\n\n".join(parts)
    if notified:
        days = sorted(n.notified_on for n in notified if n.notified_on)
        when = _span(language, days[0], days[-1])
        parts.append(
            f"Conformément à l’article 19 du RGPD, nous avons informé {noun} {len(notified)} destinataire(s) à qui vos "
            f"données avaient été communiquées ({when})."
            if fr
            else f"In accordance with Article 19 GDPR, we informed {len(notified)} recipient(s) to whom your data had "
            f"been disclosed {noun} ({when})."
        )
    if excepted:
        head = (
            "Les destinataires suivants n’ont pas été informés, car cela s’est révélé impossible ou aurait exigé des "
            "efforts disproportionnés (article 19) :"
            if fr
            else "The following recipients were not informed, as this proved impossible or would have involved "
            "disproportionate effort (Article 19):"
        )
        parts.append(head + "\n" + "\n".join(_notice_line(language, n) for n in excepted))
    parts.append(
        "Si vous le souhaitez, nous vous indiquerons qui sont ces destinataires."
        if fr
        else "If you wish, we will tell you who these recipients are."
    )
    return "\n\n".join(parts)


def _span(language: str, first: date, last: date) -> str:
    if first == last:
        return ("le " if language == "fr" else "on ") + date_in_words(first, language)
    if language == "fr":
        return f"entre le {date_in_words(first, language)} et le {date_in_words(last, language)}"
    return f"between {date_in_words(first, language)} and {date_in_words(last, language)}"


def _notice_line(language: str, notice: RecipientNotice) -> str:
    fr = language == "fr"
    if notice.notified_on:
        when = date_in_words(notice.notified_on, language)
        return f"– {notice.recipient} : informé le {when}." if fr else f"– {notice.recipient}: informed on {when}."
    why = {
        "impossible": ("impossible", "impossible"),
        "disproportionate": ("efforts disproportionnés", "disproportionate effort"),
    }[notice.exception.value if notice.exception else "impossible"][0 if fr else 1]
    reason = notice.reason.rstrip(".")
    return (
        f"– {notice.recipient} : non informé ({why}) : {reason}."
        if fr
        else f"– {notice.recipient}: not informed ({why}): {reason}."
    )


def objection_outcome(language: str, decision: ObjectionDecision) -> str:
    fr = language == "fr"
    what = decision.processing.rstrip(".")
    if decision.kind is ObjectionKind.DIRECT_MARKETING:
        return (
            f"Conformément à l’article 21, paragraphes 2 et 3, du RGPD, vos données ne sont plus utilisées à des fins "
            f"de prospection ({what}). Pour que ce choix soit respecté, nous conservons vos coordonnées sur une liste "
            "d’opposition, à cette seule fin."
            if fr
            else f"In accordance with Article 21(2) and (3) GDPR, your data is no longer used for direct marketing "
            f"({what}). To make sure your choice is respected, we keep your contact details on a do-not-contact "
            "list, for that sole purpose."
        )
    if decision.outcome is ObjectionOutcome.STOPPED:
        return (
            f"Conformément à l’article 21, paragraphe 1, du RGPD, nous avons cessé ce traitement de vos données : "
            f"{what}."
            if fr
            else f"In accordance with Article 21(1) GDPR, we have stopped this processing of your data: {what}."
        )
    grounds = decision.grounds.rstrip(".")
    return (
        f"Vous vous êtes opposé(e) à ce traitement : {what}. Conformément à l’article 21, paragraphe 1, du RGPD, nous "
        f"le poursuivons, pour les motifs légitimes et impérieux suivants, qui prévalent sur vos intérêts, droits et "
        f"libertés, ou pour la constatation, l’exercice ou la défense de droits en justice : {grounds}."
        if fr
        else f"You objected to this processing: {what}. In accordance with Article 21(1) GDPR, we continue it, for the "
        f"following compelling legitimate grounds, which override your interests, rights and freedoms, or for the "
        f"establishment, exercise or defence of legal claims: {grounds}."
    )


def objection_subject(language: str, decision: ObjectionDecision) -> str:
    if decision.kind is ObjectionKind.DIRECT_MARKETING:
        return "Votre opposition à la prospection" if language == "fr" else "Your objection to direct marketing"
    return "Votre opposition au traitement de vos données" if language == "fr" else "Your objection to processing"


def unfounded_outcome(language: str, decision: UnfoundedDecision, authority_inline: str) -> str:
    fr = language == "fr"
    word = {
        ("unfounded", True): "manifestement infondée",
        ("unfounded", False): "manifestly unfounded",
        ("excessive", True): "manifestement excessive",
        ("excessive", False): "manifestly excessive",
    }[(decision.ground.value, fr)]
    reasons = decision.reasons.rstrip(".")
    first = (
        f"Conformément à l’article 12, paragraphe 5, du RGPD, nous considérons votre demande comme {word}, pour les "
        f"raisons suivantes : {reasons}."
        if fr
        else f"In accordance with Article 12(5) GDPR, we consider your request {word}, for the following reasons: "
        f"{reasons}."
    )
    if decision.fee_cents is not None:
        amount = f"{decision.fee_cents / 100:.2f}"
        amount = amount.replace(".", ",") + " €" if fr else "€" + amount
        fee = (
            f"Nous y donnerons suite moyennant le paiement de frais raisonnables de {amount}, qui tiennent compte des "
            "coûts administratifs de la réponse. Nous ne traiterons votre demande qu’à réception de ce paiement ; "
            "vous pouvez aussi la retirer ou la préciser."
            if fr
            else f"We will act on it on payment of a reasonable fee of {amount}, based on the administrative costs of "
            "answering. We will handle your request once this payment is received; you may also withdraw or narrow it."
        )
        return "\n\n".join([first, fee, remedies(language, authority_inline)])
    refused = (
        "Nous ne donnerons donc pas suite à votre demande." if fr else "We will therefore not act on your request."
    )
    return "\n\n".join([first, refused, remedies(language, authority_inline)])


def automated_outcome(language: str, decision: AutomatedDecision, dpo_email: str) -> str:
    fr = language == "fr"
    if not decision.exists:
        return (
            "Nous ne prenons à votre égard aucune décision fondée exclusivement sur un traitement automatisé, y "
            "compris le profilage, produisant des effets juridiques vous concernant ou vous affectant de manière "
            "significative de façon similaire (article 22 du RGPD)."
            if fr
            else "We take no decision about you based solely on automated processing, including profiling, which "
            "produces legal effects concerning you or similarly significantly affects you (Article 22 GDPR)."
        )
    contact = f" ({dpo_email})" if dpo_email else ""
    if fr:
        return "\n\n".join(
            [
                "Nous prenons à votre égard une décision fondée sur un traitement automatisé (article 22 du RGPD). "
                "Conformément à l’article 15, paragraphe 1, point h), en voici :",
                f"– la logique sous-jacente : {decision.logic.rstrip('.')} ;\n"
                f"– l’importance : {decision.significance.rstrip('.')} ;\n"
                f"– les conséquences prévues pour vous : {decision.consequences.rstrip('.')}.",
                "Vous avez le droit d’obtenir une intervention humaine de notre part, d’exprimer votre point de vue et "
                f"de contester la décision : il vous suffit de nous écrire{contact}, en rappelant la référence de ce "
                "courrier.",
            ]
        )
    return "\n\n".join(
        [
            "We take a decision about you based on automated processing (Article 22 GDPR). In accordance with Article "
            "15(1)(h), here are:",
            f"– the logic involved: {decision.logic.rstrip('.')};\n"
            f"– its significance: {decision.significance.rstrip('.')};\n"
            f"– the envisaged consequences for you: {decision.consequences.rstrip('.')}.",
            "You have the right to obtain human intervention on our part, to express your point of view and to "
            f"contest the decision: simply write to us{contact}, quoting the reference of this letter.",
        ]
    )


def portability_outcome(language: str, facts: CaseFacts, authority_inline: str) -> str:
    """Art. 20: what is sent (data provided by the person, on consent or contract), what is not and why."""
    fr = language == "fr"
    provided = [s.name for s in facts.extract_sources.values() if s.provided_by_person and s.activity in facts.portable]
    parts = []
    if provided:
        parts.append(
            (
                "Conformément à l’article 20 du RGPD, nous vous transmettons les données personnelles que vous nous "
                "avez fournies, dans un format structuré, couramment utilisé et lisible par machine (fichiers JSON et "
                "CSV, décrits par un fichier d’index), tirées de : "
                if fr
                else "In accordance with Article 20 GDPR, we send you the personal data you provided to us, in a "
                "structured, commonly used and machine-readable format (JSON and CSV files, described by an index "
                "file), from: "
            )
            + _list(language, provided)
            + "."
        )
        parts.append(
            "Vous pouvez les réutiliser librement ou les transmettre à un autre responsable du traitement."
            if fr
            else "You may reuse it freely or pass it on to another controller."
        )
    else:
        parts.append(
            "Nous ne vous transmettons aucun fichier : nous ne détenons aucune donnée que vous nous auriez fournie et "
            "qui serait traitée sur la base de votre consentement ou d’un contrat."
            if fr
            else "We send you no file: we hold no data you provided to us that is processed on the basis of your "
            "consent or of a contract."
        )
    if facts.not_portable:
        lines = "\n".join(f"– {name} ({basis.rstrip('.')})" for name, basis in facts.not_portable)
        parts.append(
            (
                "Le droit à la portabilité ne s’applique qu’aux données traitées de manière automatisée sur la base de "
                "votre consentement ou d’un contrat (article 20, paragraphe 1). Il ne s’applique donc pas aux "
                "traitements suivants, fondés sur une autre base légale ; sur ce point, votre demande ne peut être "
                "satisfaite :"
                if fr
                else "The right to data portability applies only to data processed by automated means on the basis of "
                "your consent or of a contract (Article 20(1)). It therefore does not apply to the following "
                "processing, which rests on another legal basis; on this point, your request cannot be met:"
            )
            + "\n"
            + lines
        )
    if facts.not_portable or not provided:
        parts.append(
            "Vous pouvez toutefois obtenir une copie de ces données au titre de votre droit d’accès (article 15)."
            if fr
            else "You may nevertheless obtain a copy of this data under your right of access (Article 15)."
        )
        parts.append(remedies(language, authority_inline))
    return "\n\n".join(parts)


def restriction_lift_outcome(language: str, on: date, reason: str) -> str:
    when = date_in_words(on, language)
    reason = reason.rstrip(".")
    if language == "fr":
        return (
            f"Conformément à l’article 18, paragraphe 3, du RGPD, nous vous informons que la limitation du traitement "
            f"de vos données sera levée le {when}, pour la raison suivante : {reason}."
        )
    return (
        f"In accordance with Article 18(3) GDPR, we inform you that the restriction of the processing of your data "
        f"will be lifted on {when}, for the following reason: {reason}."
    )
