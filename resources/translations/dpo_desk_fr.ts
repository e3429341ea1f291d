<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="73"/>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="76"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="81"/>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="82"/>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="89"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="95"/>
        <source>Received from</source>
        <translation>Reçues du</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="99"/>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="100"/>
        <source>Responses given</source>
        <translation>Réponses apportées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="101"/>
        <source>Within the deadline</source>
        <translation>Dans le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="102"/>
        <source>Median time to respond</source>
        <translation>Délai médian de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="103"/>
        <source>Longest time to respond</source>
        <translation>Délai de réponse le plus long</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="104"/>
        <source>Deadlines extended</source>
        <translation>Délais prolongés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="105"/>
        <source>Refusals, full or partial</source>
        <translation>Refus, totaux ou partiels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="106"/>
        <source>Overdue today</source>
        <translation>En retard aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="121"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="122"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="123"/>
        <source>One row per request, references and dates only: no names</source>
        <translation>Une ligne par demande, références et dates seulement : aucun nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="127"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="128"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="133"/>
        <source>Requests received per month</source>
        <translation>Demandes reçues par mois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="149"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="151"/>
        <source>{n}%</source>
        <translation>{n}&#x202f;%</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="161"/>
        <source> ({count} sent late)</source>
        <translation> (dont {count} envoyés en retard)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="170"/>
        <source>Rights: {rights}
Channels: {channels}</source>
        <translation>Droits : {rights}
Canaux : {channels}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/activity_dialog.py" line="175"/>
        <source>Save the activity report</source>
        <translation>Enregistrer le rapport d’activité</translation>
    </message>
</context>
<context>
    <name>Answers</name>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="35"/>
        <source>No data in an activity…</source>
        <translation>Aucune donnée dans un traitement…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="36"/>
        <source>Erasure decided…</source>
        <translation>Effacement décidé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="37"/>
        <source>Recipient notified (Art. 19)…</source>
        <translation>Destinataire informé (art. 19)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="38"/>
        <source>Objection decided…</source>
        <translation>Opposition décidée…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="39"/>
        <source>Manifestly unfounded or excessive…</source>
        <translation>Manifestement infondée ou excessive…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="40"/>
        <source>Automated decision (Art. 22)…</source>
        <translation>Décision automatisée (art. 22)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="41"/>
        <source>Restriction to be lifted…</source>
        <translation>Limitation à lever…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="106"/>
        <source>No data in an activity</source>
        <translation>Aucune donnée dans un traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="110"/>
        <source>e.g. no data about this person in the CRM</source>
        <translation>p. ex. aucune donnée sur cette personne dans le CRM</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="112"/>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="113"/>
        <source>Why there is no extract</source>
        <translation>Pourquoi il n’y a pas d’extrait</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="114"/>
        <source>Checked on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="120"/>
        <source>Erasure decided</source>
        <translation>Effacement décidé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="128"/>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="129"/>
        <source>Art. 17(3) ground</source>
        <translation>Motif (art. 17, 3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="130"/>
        <source>Text or reason</source>
        <translation>Texte ou raison</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="131"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="137"/>
        <source>Add an item kept</source>
        <translation>Ajouter une donnée conservée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="138"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="140"/>
        <source>(b) a legal obligation</source>
        <translation>b) une obligation légale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="141"/>
        <source>(e) legal claims</source>
        <translation>e) des droits en justice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="142"/>
        <source>(a) freedom of expression</source>
        <translation>a) la liberté d’expression</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="143"/>
        <source>(c) public health</source>
        <translation>c) la santé publique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="144"/>
        <source>(d) archiving, research, statistics</source>
        <translation>d) archivage, recherche, statistiques</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="164"/>
        <source>What was erased</source>
        <translation>Ce qui a été effacé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="165"/>
        <source>What is kept (nothing: leave empty)</source>
        <translation>Ce qui est conservé (rien&#xa0;: laisser vide)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="181"/>
        <source>Recipient notified (Art. 19)</source>
        <translation>Destinataire informé (art. 19)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="186"/>
        <source>Notified</source>
        <translation>Informé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="187"/>
        <source>Impossible to notify</source>
        <translation>Impossible à informer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="188"/>
        <source>Disproportionate effort</source>
        <translation>Efforts disproportionnés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="192"/>
        <source>The person asked who the recipients are (the letters list them)</source>
        <translation>La personne a demandé qui sont les destinataires (les courriers les nomment)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="195"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="196"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="197"/>
        <source>Notified on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="198"/>
        <source>Why not</source>
        <translation>Pourquoi pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="218"/>
        <source>Objection decided</source>
        <translation>Opposition décidée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="220"/>
        <source>Direct marketing (Art. 21(2)): absolute</source>
        <translation>Prospection (art. 21, 2)&#xa0;: absolue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="222"/>
        <source>Other processing (Art. 21(1)): legitimate interest or public task</source>
        <translation>Autre traitement (art. 21, 1)&#xa0;: intérêt légitime ou mission d’intérêt public</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="226"/>
        <source>e.g. CCTV of the car park, the newsletter</source>
        <translation>p. ex. la vidéosurveillance du parking, la lettre d’information</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="228"/>
        <source>The processing stops</source>
        <translation>Le traitement cesse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="230"/>
        <source>It continues: compelling legitimate grounds or legal claims</source>
        <translation>Il se poursuit&#xa0;: motifs légitimes et impérieux ou droits en justice</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="235"/>
        <source>Objection to</source>
        <translation>Opposition à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="236"/>
        <source>Processing</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="237"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="238"/>
        <source>Grounds demonstrated</source>
        <translation>Motifs démontrés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="247"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12, 5)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="250"/>
        <source>Manifestly unfounded</source>
        <translation>Manifestement infondée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="251"/>
        <source>Manifestly excessive</source>
        <translation>Manifestement excessive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="255"/>
        <source>Refuse to act</source>
        <translation>Refuser d’y donner suite</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="256"/>
        <source>Charge a reasonable fee</source>
        <translation>Demander des frais raisonnables</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="258"/>
        <source>amount in euros, from the administrative costs</source>
        <translation>montant en euros, d’après les coûts administratifs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="262"/>
        <source>No earlier request from this person.</source>
        <translation>Aucune demande antérieure de cette personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="265"/>
        <source>Earlier requests (the evidence)</source>
        <translation>Demandes antérieures (la preuve)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="266"/>
        <source>The request is</source>
        <translation>La demande est</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="267"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="268"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="269"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="281"/>
        <source>Automated decision (Art. 22)</source>
        <translation>Décision automatisée (art. 22)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="283"/>
        <source>A decision about the person is based solely on automated processing</source>
        <translation>Une décision concernant la personne est fondée exclusivement sur un traitement automatisé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="288"/>
        <source>Logic involved</source>
        <translation>Logique sous-jacente</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="289"/>
        <source>Significance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="290"/>
        <source>Envisaged consequences</source>
        <translation>Conséquences prévues</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="305"/>
        <source>Restriction to be lifted (Art. 18(3))</source>
        <translation>Limitation à lever (art. 18, 3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="308"/>
        <source>Lifted on</source>
        <translation>Levée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/answer_dialogs.py" line="309"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../dpo_desk/ui/app.py" line="89"/>
        <source>Upgrading {name} to this version of DPO Desk (a backup was made first)…</source>
        <translation>Mise à niveau de {name} pour cette version de DPO Desk (une sauvegarde a d’abord été faite)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/app.py" line="94"/>
        <location filename="../../dpo_desk/ui/app.py" line="180"/>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="33"/>
        <source>Checking the database structure…</source>
        <translation>Vérification de la structure de la base…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="34"/>
        <source>Checking every encrypted page…</source>
        <translation>Vérification de chaque page chiffrée…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="35"/>
        <source>Checking the history, event by event…</source>
        <translation>Vérification de l’historique, événement par événement…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="36"/>
        <source>Checking the documents…</source>
        <translation>Vérification des documents…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="44"/>
        <location filename="../../dpo_desk/ui/background_work.py" line="49"/>
        <source>Integrity check</source>
        <translation>Vérification d’intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="53"/>
        <source>Integrity check stopped; nothing was changed.</source>
        <translation>Vérification interrompue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="74"/>
        <source>Daily backup written to {path}</source>
        <translation>Sauvegarde du jour écrite dans {path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="77"/>
        <source>The daily backup failed: {why}</source>
        <translation>La sauvegarde du jour a échoué : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="121"/>
        <source>Daily digest of what falls due sent by email.</source>
        <translation>Récapitulatif quotidien des échéances envoyé par courriel.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="125"/>
        <source>The daily digest could not be sent: {why}</source>
        <translation>Le récapitulatif quotidien n’a pas pu être envoyé&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="140"/>
        <source>Export the dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="143"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="151"/>
        <source>Making the dossier of {ref}…</source>
        <translation>Constitution du dossier {ref}…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="160"/>
        <location filename="../../dpo_desk/ui/background_work.py" line="165"/>
        <source>Export dossier</source>
        <translation>Exporter le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="167"/>
        <source>The dossier of {ref} was saved to {path} ({pages} pages).

Its checkpoint, {checkpoint}, proves later that the history was not changed: dpo-desk verify --expect {checkpoint}</source>
        <translation>Le dossier {ref} a été enregistré dans {path} ({pages} pages).

Son point de contrôle, {checkpoint}, permet de prouver plus tard que l’historique n’a pas été modifié&#xa0;: dpo-desk verify --expect {checkpoint}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="176"/>
        <source>The dossier could not be written: {why}</source>
        <translation>Le dossier n’a pas pu être écrit&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/background_work.py" line="216"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="58"/>
        <source>{ref} logged</source>
        <translation>{ref} enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="65"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="66"/>
        <source>Who handles {ref}?</source>
        <translation>Qui traite {ref} ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="67"/>
        <source>assigned</source>
        <translation>attribuée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="76"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="77"/>
        <source>Why is {ref} {status}? This goes on the record and, for a refusal, into the letter.</source>
        <translation>Pourquoi {ref} est-elle {status} ? Le motif est consigné et, pour un refus, repris dans le courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="81"/>
        <location filename="../../dpo_desk/ui/case_actions.py" line="85"/>
        <source>status changed</source>
        <translation>statut changé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="89"/>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="91"/>
        <source>Reasons for extending {ref} by two months (complexity, number of requests). They are sent to the data subject with the extension notice.</source>
        <translation>Motifs de la prolongation de {ref} de deux mois (complexité, nombre de demandes). Ils sont communiqués à la personne avec la notification de prolongation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="94"/>
        <source>extended</source>
        <translation>prolongée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="100"/>
        <source>Pause the clock</source>
        <translation>Suspendre le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="102"/>
        <source>What was asked of the person behind {ref} to clarify the request? The clock stops until the answer arrives (Resume), and this goes on the record.</source>
        <translation>Qu’a-t-on demandé à la personne à l’origine de {ref} pour préciser sa demande ? Le délai est suspendu jusqu’à la réponse (Reprendre), et ceci est consigné au dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="106"/>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="111"/>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="115"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="116"/>
        <source>Note for the history of {ref}:</source>
        <translation>Note pour l’historique de {ref} :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="117"/>
        <source>note added</source>
        <translation>note ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="142"/>
        <source>Ask for proof of identity</source>
        <translation>Demander un justificatif d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="144"/>
        <source>What raises a reasonable doubt about the identity of the person behind {ref}? Asking is not systematic (Art. 12(6)); the clock is paused until the proof arrives.</source>
        <translation>Qu’est-ce qui fait naître un doute raisonnable sur l’identité de la personne à l’origine de {ref} ? La demande n’est pas systématique (art. 12(6)) ; le délai est suspendu jusqu’à réception du justificatif.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="148"/>
        <source>proof of identity requested</source>
        <translation>justificatif d’identité demandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="163"/>
        <location filename="../../dpo_desk/ui/case_actions.py" line="184"/>
        <source>proof received</source>
        <translation>justificatif reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="166"/>
        <source>Copy of the identity document</source>
        <translation>Copie de la pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="179"/>
        <source>Cannot read {name}: {why}</source>
        <translation>Impossible de lire {name} : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="188"/>
        <source>identity verified</source>
        <translation>identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="193"/>
        <source>Authority checked</source>
        <translation>Pouvoir vérifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="196"/>
        <source>authority checked</source>
        <translation>pouvoir vérifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="201"/>
        <source>Which proof of the death was checked (LIL art. 85-II)?</source>
        <translation>Quelle preuve du décès a été vérifiée (loi Informatique et Libertés, art. 85-II) ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="209"/>
        <source>Which proof of {name}&apos;s identity and authority was checked (a mandate, the parental authority or guardianship order, the proof of being heir)?</source>
        <translation>Quelle preuve de l’identité et du pouvoir de {name} a été vérifiée (un mandat, l’autorité parentale ou le jugement de tutelle, la preuve de la qualité d’héritier) ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="217"/>
        <source>Identity not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="218"/>
        <source>Why could the identity behind {ref} not be verified? This goes into the refusal letter.</source>
        <translation>Pourquoi l’identité à l’origine de {ref} n’a-t-elle pas pu être vérifiée ? Le motif est repris dans le courrier de refus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="222"/>
        <source>identity not verified</source>
        <translation>identité non vérifiée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/case_actions.py" line="256"/>
        <source>%n redaction(s) saved</source>
        <translation>
            <numerusform>%n occultation enregistrée</numerusform>
            <numerusform>%n occultations enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="263"/>
        <source>Redacted copy kept with the case&apos;s documents</source>
        <translation>Copie occultée conservée avec les documents du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="269"/>
        <source>Show the password again</source>
        <translation>Revoir le mot de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="271"/>
        <source>Show the password of this encrypted email, to read it out to the person again? The history of the request records that you saw it.</source>
        <translation>Afficher le mot de passe de ce courriel chiffré, pour le relire à la personne&#x202f;? L’historique de la demande gardera trace que vous l’avez vu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_actions.py" line="278"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>CaseActivitiesTab</name>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="50"/>
        <source>Processing activities that concern the person</source>
        <translation>Traitements qui concernent la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="52"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="53"/>
        <source>The ticked activities drive the access report</source>
        <translation>Les traitements cochés composent le rapport d’accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="54"/>
        <source>Access report…</source>
        <translation>Rapport d’accès…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="55"/>
        <source>The Art. 15 report: each ticked activity, then the extracts attached</source>
        <translation>Le rapport de l’art. 15 : chaque traitement coché, puis les extraits joints</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="56"/>
        <source>Portability export…</source>
        <translation>Export de portabilité…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="59"/>
        <source>Art. 20: the person&apos;s data as a ZIP of JSON and CSV files with a manifest</source>
        <translation>Art. 20 : les données de la personne dans un ZIP de fichiers JSON et CSV, avec un manifeste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="63"/>
        <source>Processing activities of the register that concern the person:</source>
        <translation>Traitements du registre qui concernent la personne :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="72"/>
        <source>Send by email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="75"/>
        <source>Access report, encrypted…</source>
        <translation>Rapport d’accès, chiffré…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="76"/>
        <source>Portability bundle, encrypted…</source>
        <translation>Export de portabilité, chiffré…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="91"/>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="155"/>
        <source>Departments asked for the person&apos;s data:</source>
        <translation>Services sollicités pour les données de la personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="94"/>
        <source>Departments asked for the data</source>
        <translation>Services sollicités pour les données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="107"/>
        <source>Ask the departments…</source>
        <translation>Solliciter les services…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="109"/>
        <source>Remind the late ones</source>
        <translation>Relancer les retardataires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="111"/>
        <source>Email again the departments that did not answer by their due date</source>
        <translation>Écrire de nouveau aux services qui n’ont pas répondu à la date demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="130"/>
        <source>  (suggested)</source>
        <translation>  (suggéré)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="136"/>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="176"/>
        <source>Activities ({n})</source>
        <translation>Traitements ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="155"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="166"/>
        <source>Email the internal contact of each ticked activity a dated request for the person&apos;s data, due before the legal deadline</source>
        <translation>Écrire au contact interne de chaque traitement coché une demande datée des données de la personne, à rendre avant le délai légal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="171"/>
        <source>Only a DPO asks the departments</source>
        <translation>Seul un DPO sollicite les services</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/case_activities_tab.py" line="177"/>
        <source>%n department(s) late with their answer</source>
        <translation>
            <numerusform>%n service en retard pour répondre</numerusform>
            <numerusform>%n services en retard pour répondre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="93"/>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="99"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="100"/>
        <source>Extend by two further months (Art. 12(3)); reasons required</source>
        <translation>Prolonger de deux mois (art. 12(3)) ; motifs obligatoires</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="101"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="102"/>
        <source>Stop the clock while waiting for a clarification</source>
        <translation>Suspendre le délai en attendant une précision</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="103"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="104"/>
        <source>The information arrived today: the clock runs again</source>
        <translation>L’information est arrivée aujourd’hui : le délai court de nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="105"/>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="106"/>
        <source>Ask for proof of identity…</source>
        <translation>Demander un justificatif d’identité…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="107"/>
        <source>Only on a reasonable doubt (Art. 12(6)); pauses the clock</source>
        <translation>Seulement en cas de doute raisonnable (art. 12(6)) ; suspend le délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="108"/>
        <source>Proof received…</source>
        <translation>Justificatif reçu…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="110"/>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="112"/>
        <source>Any copy of an ID document is then destroyed; a note stays</source>
        <translation>Toute copie de pièce d’identité est alors détruite ; une mention est conservée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="115"/>
        <source>Email matches the account</source>
        <translation>L’adresse correspond au compte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="116"/>
        <source>Customer number matches</source>
        <translation>Le numéro client correspond</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="117"/>
        <source>ID document checked</source>
        <translation>Pièce d’identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="118"/>
        <source>Seen in person</source>
        <translation>Vu en personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="119"/>
        <source>Other means</source>
        <translation>Autre moyen</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="123"/>
        <source>Not verified…</source>
        <translation>Non vérifiée…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="124"/>
        <source>Authority checked…</source>
        <translation>Pouvoir vérifié…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="127"/>
        <source>The request was made for the person: check the requester&apos;s identity and authority too</source>
        <translation>La demande a été faite pour la personne : vérifiez aussi l’identité et le pouvoir du demandeur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="143"/>
        <source>Export dossier…</source>
        <translation>Exporter le dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="146"/>
        <source>One PDF: the chronology, the letters, the documents&apos; fingerprints, the history&apos;s checkpoint</source>
        <translation>Un PDF&#xa0;: la chronologie, les courriers, les empreintes des documents, le point de contrôle de l’historique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="157"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="158"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="159"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="160"/>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="161"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="162"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="163"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="164"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="175"/>
        <source>Documents of the case</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="189"/>
        <source>History of the case</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="201"/>
        <source>Select a request in the list to see it here.</source>
        <translation>Sélectionnez une demande dans la liste pour la voir ici.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="217"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="218"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="219"/>
        <source>Drop files on the window to add them to this case</source>
        <translation>Déposez des fichiers sur la fenêtre pour les ajouter à ce dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="220"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="222"/>
        <source>Activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="255"/>
        <source>Withhold others&apos; data…</source>
        <translation>Occulter les données de tiers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="258"/>
        <source>Art. 15(4): mark what belongs to other people in an extract or a document, with the reason</source>
        <translation>Art. 15(4)&#xa0;: signaler ce qui concerne d’autres personnes dans un extrait ou un document, avec le motif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="295"/>
        <source>Only a DPO writes this letter</source>
        <translation>Seul un DPO rédige ce courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="298"/>
        <source>Only a DPO can extend a deadline</source>
        <translation>Seul un DPO peut prolonger un délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="314"/>
        <source>purged on {date}: only its procedural facts are kept</source>
        <translation>purgée le {date} : seuls ses faits de procédure sont conservés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="327"/>
        <source>, registered mail {number}</source>
        <translation>, recommandé n° {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="331"/>
        <source>Due {due} (extension notice by the same date)</source>
        <translation>Échéance le {due} (prolongation à notifier avant cette date)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="333"/>
        <source>Due {due}</source>
        <translation>Échéance le {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="335"/>
        <source>Extended to {date}: {reason}</source>
        <translation>Prolongé jusqu’au {date} : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="339"/>
        <source>(counts once its notice is sent, by {date})</source>
        <translation>(compte une fois sa notification envoyée, au plus tard le {date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="345"/>
        <source>doubt: {doubt}</source>
        <translation>doute : {doubt}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="350"/>
        <source>representative</source>
        <translation>mandataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="351"/>
        <source>parent or guardian</source>
        <translation>parent ou tuteur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="352"/>
        <source>heir</source>
        <translation>héritier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="355"/>
        <source>authority checked on {date}</source>
        <translation>pouvoir vérifié le {date}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="357"/>
        <source>authority not checked yet</source>
        <translation>pouvoir pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="359"/>
        <source>Made by {name} ({capacity}); {checked}</source>
        <translation>Faite par {name} ({capacity}) ; {checked}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="371"/>
        <source>Documents ({n})</source>
        <translation>Documents ({n})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_detail.py" line="382"/>
        <source>Only a DPO can refuse a request</source>
        <translation>Seul un DPO peut refuser une demande</translation>
    </message>
</context>
<context>
    <name>CaseLettersTab</name>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="53"/>
        <source>Letters of the case</source>
        <translation>Courriers du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="70"/>
        <source>Write letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="79"/>
        <source>Record answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="80"/>
        <source>What was decided and done: the letters state exactly this</source>
        <translation>Ce qui a été décidé et fait&#xa0;: les courriers disent exactement cela</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="91"/>
        <source>Space to sign by hand</source>
        <translation>Place pour signer à la main</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="94"/>
        <source>Leave room for a handwritten signature instead of the organisation&apos;s signature image</source>
        <translation>Laisser la place d’une signature manuscrite au lieu de l’image de signature de l’organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="96"/>
        <source>Mark sent…</source>
        <translation>Marquer envoyé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="102"/>
        <source>Receipt signed…</source>
        <translation>Accusé de réception signé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="105"/>
        <source>The acknowledgement of receipt came back: the day it was signed, its scan</source>
        <translation>L’accusé de réception est revenu : le jour de sa signature, son scan</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="111"/>
        <source>Send by email…</source>
        <translation>Envoyer par courriel…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="114"/>
        <source>Send the letter from the organisation&apos;s address, in reply to the request</source>
        <translation>Envoyer le courrier depuis l’adresse de l’organisme, en réponse à la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="145"/>
        <source>Emails sent</source>
        <translation>Courriels envoyés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="155"/>
        <source>Show the password again…</source>
        <translation>Revoir le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="158"/>
        <source>The password read out by telephone, for a DPO; the history records that it was shown</source>
        <translation>Le mot de passe lu par téléphone, pour un DPO&#x202f;; l’historique garde trace de sa consultation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="163"/>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="205"/>
        <source>Emails sent for this request:</source>
        <translation>Courriels envoyés pour cette demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="175"/>
        <source>Letters ({n})</source>
        <translation>Courriers ({n})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="188"/>
        <source>Envelope (DL) and registered-mail slip…</source>
        <translation>Enveloppe (DL) et bordereau de recommandé…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="189"/>
        <source>Address label and registered-mail slip…</source>
        <translation>Étiquette d’adresse et bordereau de recommandé…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="207"/>
        <source>%n bounced</source>
        <translation>
            <numerusform>%n non distribué</numerusform>
            <numerusform>%n non distribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="210"/>
        <source>%n email(s) bounced: not delivered</source>
        <translation>
            <numerusform>%n courriel non distribué&#xa0;: revenu en erreur</numerusform>
            <numerusform>%n courriels non distribués&#xa0;: revenus en erreur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_letters_tab.py" line="219"/>
        <source>Only a DPO sees a password again</source>
        <translation>Seul un DPO revoit un mot de passe</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="36"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="37"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="39"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="40"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="41"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="42"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="43"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="45"/>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="209"/>
        <source>(purged)</source>
        <translation>(purgée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="219"/>
        <source> (ext.)</source>
        <translation> (prol.)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/case_table_model.py" line="225"/>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="36"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="37"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="38"/>
        <source>Web form</source>
        <translation>Formulaire en ligne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="39"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="40"/>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="14"/>
        <source>(none given)</source>
        <translation>(non indiquée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="15"/>
        <source>Madame</source>
        <translation>Madame</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="16"/>
        <source>Monsieur</source>
        <translation>Monsieur</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="115"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="116"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="117"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="118"/>
        <source>received on</source>
        <translation>reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="119"/>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="120"/>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="121"/>
        <source>deadline</source>
        <translation>échéance</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="47"/>
        <source>Correct {ref}</source>
        <translation>Corriger {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="77"/>
        <source>The history keeps the values as logged and each correction, old and new.</source>
        <translation>L’historique garde les valeurs enregistrées et chaque correction, ancienne et nouvelle valeur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="87"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="88"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="89"/>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="90"/>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="91"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="92"/>
        <source>Rights asked</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/correction_dialog.py" line="96"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="12"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="13"/>
        <source>Due within {days} days</source>
        <translation>Échéance sous {days} jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="14"/>
        <source>Extension notice due</source>
        <translation>Prolongation à notifier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="15"/>
        <source>Letters to send</source>
        <translation>Courriers à envoyer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="16"/>
        <source>Awaiting the data subject</source>
        <translation>En attente de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="17"/>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="18"/>
        <source>Closed this month</source>
        <translation>Clôturées ce mois-ci</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="21"/>
        <source>Open requests whose deadline has passed</source>
        <translation>Demandes en cours dont le délai est dépassé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="22"/>
        <source>Open requests due in the next {days} days</source>
        <translation>Demandes en cours à traiter dans les {days} jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="23"/>
        <source>Not extended, first deadline within {days} days: answer, or notify an extension by then</source>
        <translation>Non prolongées, premier délai sous {days} jours : répondre, ou notifier une prolongation d’ici là</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="26"/>
        <source>Extended or refused, but the extension notice or refusal letter has not been sent</source>
        <translation>Prolongées ou refusées, mais la notification de prolongation ou le courrier de refus n’est pas parti</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="29"/>
        <source>Paused while waiting for identity or clarification</source>
        <translation>Suspendues en attendant une identité ou une précision</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="30"/>
        <source>Every request still awaiting an answer</source>
        <translation>Toutes les demandes qui attendent encore une réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/dashboard_strip.py" line="31"/>
        <source>Requests closed since the first of the month</source>
        <translation>Demandes clôturées depuis le premier du mois</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <location filename="../../dpo_desk/ui/deadline_text.py" line="23"/>
        <source>Closed (the deadline was {date})</source>
        <translation>Clôturée (le délai était le {date})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_text.py" line="26"/>
        <source>Paused since {date}, waiting for the data subject</source>
        <translation>Suspendue depuis le {date}, en attente de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_text.py" line="32"/>
        <source> (extended to {date} once its notice is sent)</source>
        <translation> (prolongé au {date} une fois la notification envoyée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/deadline_text.py" line="40"/>
        <source>%n day(s) left - extended to {date}</source>
        <translation>
            <numerusform>%n jour restant – prolongé jusqu’au {date}</numerusform>
            <numerusform>%n jours restants – prolongé jusqu’au {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/deadline_text.py" line="42"/>
        <source>%n day(s) left - due {date}</source>
        <translation>
            <numerusform>%n jour restant – échéance le {date}</numerusform>
            <numerusform>%n jours restants – échéance le {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/deadline_text.py" line="44"/>
        <source>Due today - {date}</source>
        <translation>Échéance aujourd’hui – {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/deadline_text.py" line="46"/>
        <source>%n day(s) overdue - was extended to {date}</source>
        <translation>
            <numerusform>%n jour de retard – délai prolongé jusqu’au {date}</numerusform>
            <numerusform>%n jours de retard – délai prolongé jusqu’au {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/deadline_text.py" line="48"/>
        <source>%n day(s) overdue - was due {date}</source>
        <translation>
            <numerusform>%n jour de retard – échéance le {date}</numerusform>
            <numerusform>%n jours de retard – échéance le {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="22"/>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="29"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="23"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="24"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="25"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="28"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="30"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="31"/>
        <source>ID copy</source>
        <translation>Copie de pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="32"/>
        <source>Data extract</source>
        <translation>Extrait de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="33"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="34"/>
        <source>Access report</source>
        <translation>Rapport d’accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="35"/>
        <source>Redacted copy</source>
        <translation>Copie occultée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="61"/>
        <source>Destroyed after the identity check; only its record stays</source>
        <translation>Détruite après la vérification d’identité ; seule sa trace demeure</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="64"/>
        <source>Double-click to preview. SHA-256 {digest}</source>
        <translation>Double-cliquez pour afficher. SHA-256 {digest}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/attachment_table_model.py" line="71"/>
        <source> (destroyed)</source>
        <translation> (détruite)</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="26"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="30"/>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="62"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="33"/>
        <source>&amp;Correct request…</source>
        <translation>&amp;Corriger la demande…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="36"/>
        <source>Name, address, date received, rights, channel: old and new values kept</source>
        <translation>Nom, adresse, date de réception, droits, canal : anciennes et nouvelles valeurs conservées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="39"/>
        <source>&amp;Withdraw as logged in error…</source>
        <translation>&amp;Retirer (enregistrée par erreur)…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="40"/>
        <source>A DPO&apos;s decision: the entry stays in the history and counts nowhere</source>
        <translation>Décision du DPO : l’entrée reste dans l’historique et n’est comptée nulle part</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="62"/>
        <source>&amp;Undo {change}</source>
        <translation>&amp;Annuler : {change}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="73"/>
        <source>undone: {change}</source>
        <translation>annulé : {change}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="95"/>
        <source>{ref}: corrected</source>
        <translation>{ref} : corrigée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="106"/>
        <source>Withdraw as logged in error</source>
        <translation>Retirer une demande enregistrée par erreur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="108"/>
        <source>Why was {ref} logged in error (not a request, logged twice…)? It stays in the history with this reason, and counts nowhere.</source>
        <translation>Pourquoi {ref} a-t-elle été enregistrée par erreur (pas une demande, enregistrée deux fois…) ? Elle reste dans l’historique avec ce motif et n’est comptée nulle part.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/edit_menu.py" line="113"/>
        <source>withdrawn as logged in error</source>
        <translation>retirée (enregistrée par erreur)</translation>
    </message>
</context>
<context>
    <name>EmailPreviewDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="283"/>
        <source>Sample email</source>
        <translation>Courriel d’exemple</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="284"/>
        <source>Subject: {subject}</source>
        <translation>Objet&#xa0;: {subject}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="293"/>
        <source>A sample case: the reference, the name and the dates are made up. Nothing was sent.</source>
        <translation>Un dossier d’exemple&#xa0;: la référence, le nom et les dates sont inventés. Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="50"/>
        <source>Organisation added</source>
        <translation>Organisation ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="51"/>
        <source>Request logged</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="52"/>
        <source>Status changed</source>
        <translation>Statut changé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="53"/>
        <source>Deadline extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="54"/>
        <source>Clock paused</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="55"/>
        <source>Clock resumed</source>
        <translation>Délai repris</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="56"/>
        <source>Identity requested</source>
        <translation>Identité demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="57"/>
        <source>Identity proof received</source>
        <translation>Justificatif d’identité reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="58"/>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="59"/>
        <source>Identity not verified</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="60"/>
        <source>ID copy destroyed</source>
        <translation>Copie de pièce d’identité détruite</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="61"/>
        <source>Document added</source>
        <translation>Document ajouté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="62"/>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="63"/>
        <source>Request corrected</source>
        <translation>Demande corrigée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="64"/>
        <source>Withdrawn: logged in error</source>
        <translation>Retirée : enregistrée par erreur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="65"/>
        <source>Withdrawal undone</source>
        <translation>Retrait annulé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="66"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="67"/>
        <source>Letter written</source>
        <translation>Courrier rédigé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="68"/>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="69"/>
        <source>Extension notified: the deadline moves</source>
        <translation>Prolongation notifiée : le délai est reporté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="70"/>
        <source>Extension notice sent late: the extension does not count</source>
        <translation>Notification de prolongation envoyée en retard : la prolongation ne compte pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="71"/>
        <source>Acknowledgement of receipt signed</source>
        <translation>Accusé de réception signé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="72"/>
        <source>Made on the person&apos;s behalf</source>
        <translation>Faite pour le compte de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="73"/>
        <source>Requester&apos;s identity and authority checked</source>
        <translation>Identité et pouvoir du demandeur vérifiés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="74"/>
        <source>Post-mortem directives recorded</source>
        <translation>Directives post mortem enregistrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="75"/>
        <source>Organisation settings changed</source>
        <translation>Paramètres de l’organisation modifiés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="76"/>
        <source>Encryption key changed</source>
        <translation>Clé de chiffrement changée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="77"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="78"/>
        <source>Key remembered on a computer</source>
        <translation>Clé mémorisée sur un ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="79"/>
        <source>Key forgotten on a computer</source>
        <translation>Clé oubliée sur un ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="80"/>
        <source>Activities ticked</source>
        <translation>Traitements cochés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="81"/>
        <source>Portability bundle exported</source>
        <translation>Export de portabilité produit</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="82"/>
        <source>Register changed</source>
        <translation>Registre modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="83"/>
        <source>Register imported from a spreadsheet</source>
        <translation>Registre importé d’un tableur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="84"/>
        <source>Requests imported from a spreadsheet</source>
        <translation>Demandes importées d’un tableur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="85"/>
        <source>Other people&apos;s data marked to withhold</source>
        <translation>Données de tiers signalées pour occultation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="86"/>
        <source>Redacted copy made</source>
        <translation>Copie occultée établie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="87"/>
        <source>Dossier exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="88"/>
        <source>Letter template changed</source>
        <translation>Modèle de courrier modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="89"/>
        <source>Mailbox added</source>
        <translation>Boîte aux lettres ajoutée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="90"/>
        <source>Mailbox changed</source>
        <translation>Boîte aux lettres modifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="91"/>
        <source>Mailbox removed</source>
        <translation>Boîte aux lettres supprimée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="92"/>
        <source>Mailbox authorised (OAuth2)</source>
        <translation>Boîte aux lettres autorisée (OAuth2)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="93"/>
        <source>Sending address chosen</source>
        <translation>Adresse d’envoi choisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="94"/>
        <source>Sent by email</source>
        <translation>Envoyé par courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="95"/>
        <source>Email not sent</source>
        <translation>Courriel non envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="96"/>
        <source>Email bounced</source>
        <translation>Courriel revenu en erreur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="97"/>
        <source>Password channel chosen</source>
        <translation>Canal du mot de passe choisi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="98"/>
        <source>Password shown again</source>
        <translation>Mot de passe affiché de nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="99"/>
        <source>Department asked</source>
        <translation>Service sollicité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="100"/>
        <source>Department reminded</source>
        <translation>Service relancé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="101"/>
        <source>Department answered</source>
        <translation>Réponse du service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="102"/>
        <source>Internal contact set</source>
        <translation>Contact interne indiqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="103"/>
        <source>Digest address set</source>
        <translation>Adresse du récapitulatif indiquée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="104"/>
        <source>Digest sent</source>
        <translation>Récapitulatif envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="105"/>
        <source>Mail fetched</source>
        <translation>Courrier relevé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="106"/>
        <source>Message set aside</source>
        <translation>Message écarté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="107"/>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="108"/>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="109"/>
        <source>Case purged</source>
        <translation>Demande purgée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="110"/>
        <source>Closed cases purged</source>
        <translation>Demandes clôturées purgées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="111"/>
        <source>History verified (checkpoint kept)</source>
        <translation>Historique vérifié (point de contrôle conservé)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="84"/>
        <source>&amp;New case file…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="87"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="90"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="92"/>
        <source>An encrypted copy of the case file, with its key file, where you choose</source>
        <translation>Une copie chiffrée du dossier, avec son fichier de clé, à l’endroit choisi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="95"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="115"/>
        <source>Open a case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="118"/>
        <source>DPO Desk case files (*.dpodesk)</source>
        <translation>Dossiers DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="151"/>
        <source>Back up the case file</source>
        <translation>Sauvegarder le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="164"/>
        <source>Encrypted backup written to {path} (same passphrase; its key file beside it)</source>
        <translation>Sauvegarde chiffrée écrite dans {path} (même phrase secrète ; son fichier de clé à côté)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="180"/>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="246"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="249"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="259"/>
        <source>DPO Desk manual</source>
        <translation>Manuel de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="266"/>
        <source>The manual (README.md) is not installed with this copy of DPO Desk.</source>
        <translation>Le manuel (README.md) n’est pas installé avec cette copie de DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="293"/>
        <source>Intake form: log the request</source>
        <translation>Formulaire de saisie : enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="294"/>
        <source>Intake form: next field, previous field</source>
        <translation>Formulaire de saisie : champ suivant, champ précédent</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="295"/>
        <source>Intake form: close (asks first when filled)</source>
        <translation>Formulaire de saisie : fermer (demande d’abord s’il est rempli)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="302"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="307"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="307"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="43"/>
        <source>Not needed</source>
        <translation>Non nécessaire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="44"/>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="45"/>
        <source>Proof received</source>
        <translation>Justificatif reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="46"/>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="47"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="137"/>
        <source>email matches the account</source>
        <translation>courriel identique à celui du compte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="138"/>
        <source>customer number matches</source>
        <translation>numéro de client concordant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="139"/>
        <source>ID document checked</source>
        <translation>pièce d’identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="140"/>
        <source>seen in person</source>
        <translation>vue en personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="141"/>
        <source>other means</source>
        <translation>autre moyen</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="172"/>
        <source>Identity document checked on {day} by {user}; the copy was destroyed.</source>
        <translation>Pièce d’identité vérifiée le {day} par {user} ; la copie a été détruite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="175"/>
        <source>Identity verified on {day} by {user} ({method}).</source>
        <translation>Identité vérifiée le {day} par {user} ({method}).</translation>
    </message>
</context>
<context>
    <name>ImportRequestsDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="57"/>
        <source>Import requests — {name}</source>
        <translation>Importer des demandes — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="61"/>
        <source>Sheet “{sheet}” of {name}: {rows} row(s) under the headings of row {header}. Say which column holds what; the choice is remembered for spreadsheets with the same headings.</source>
        <translation>Feuille «&#xa0;{sheet}&#xa0;» de {name}&#xa0;: {rows} ligne(s) sous les intitulés de la ligne {header}. Indiquez ce que contient chaque colonne&#xa0;; ce choix est retenu pour les tableurs aux mêmes intitulés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="73"/>
        <source>— not imported —</source>
        <translation>— non importé —</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="86"/>
        <source>— the row says —</source>
        <translation>— indiqué par la ligne —</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="98"/>
        <source>Organisation of rows that do not say</source>
        <translation>Organisme des lignes qui ne l’indiquent pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="99"/>
        <source>Channel of rows that do not say</source>
        <translation>Canal des lignes qui ne l’indiquent pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="116"/>
        <source>Rows that cannot be read, and why (they are not imported):</source>
        <translation>Lignes illisibles, et pourquoi (elles ne sont pas importées)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="124"/>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="127"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="160"/>
        <source>Map these first: {what}.</source>
        <translation>Faites d’abord correspondre&#xa0;: {what}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="167"/>
        <source>{ok} row(s) can be imported; {bad} cannot (listed below).</source>
        <translation>{ok} ligne(s) importable(s)&#xa0;; {bad} ne le sont pas (liste ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="171"/>
        <source>Import %n request(s)</source>
        <translation>
            <numerusform>Importer %n demande</numerusform>
            <numerusform>Importer %n demandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="176"/>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="179"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="181"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="196"/>
        <source>Logging the requests…</source>
        <translation>Enregistrement des demandes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="198"/>
        <source>Import requests</source>
        <translation>Importer des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="210"/>
        <source>Row {row}: already imported as {ref}</source>
        <translation>Ligne {row}&#xa0;: déjà importée sous {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="212"/>
        <source>{imported} request(s) imported, {already} already there, {bad} row(s) not imported.</source>
        <translation>{imported} demande(s) importée(s), {already} déjà présente(s), {bad} ligne(s) non importée(s).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/import_requests_dialog.py" line="217"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>IncomingFiles</name>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="47"/>
        <source>Select the request the documents belong to, then drop them again.</source>
        <translation>Sélectionnez la demande à laquelle ces documents appartiennent, puis déposez-les de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="54"/>
        <source>A document could not be read: {why}</source>
        <translation>Un document n’a pas pu être lu : {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/incoming_files.py" line="60"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document ajouté</numerusform>
            <numerusform>%n documents ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="69"/>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="170"/>
        <source>Cannot read {name}: {why}</source>
        <translation>Impossible de lire {name} : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="80"/>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="98"/>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="109"/>
        <source>Import emails</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="80"/>
        <source>Emails (*.eml *.msg *.mbox);;All files (*)</source>
        <translation>Courriels (*.eml *.msg *.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="92"/>
        <source>Importing emails…</source>
        <translation>Import des courriels…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="107"/>
        <source>{imported} imported, {duplicate} already there, {needs_triage} to log by hand, {error} not readable.</source>
        <translation>{imported} importés, {duplicate} déjà présents, {needs_triage} à enregistrer à la main, {error} illisibles.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="154"/>
        <source>Import requests from a spreadsheet</source>
        <translation>Importer des demandes depuis un tableur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/incoming_files.py" line="156"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.ods *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="67"/>
        <source>Log a request</source>
        <translation>Enregistrer une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="84"/>
        <source>The day the letter was delivered, not the day it was opened</source>
        <translation>Le jour où le courrier a été distribué, pas celui où il a été ouvert</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="90"/>
        <source>e.g. 1A 123 456 7890 1</source>
        <translation>ex. 1A 123 456 7890 1</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="103"/>
        <source>customer number, if the letter gives one</source>
        <translation>numéro client, si le courrier en donne un</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="111"/>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="113"/>
        <source>Link this request to the person already on file</source>
        <translation>Rattacher cette demande à la personne déjà connue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="132"/>
        <source>What the person asks, in their words or summarised</source>
        <translation>Ce que demande la personne, avec ses mots ou en résumé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="138"/>
        <source>Add scans…</source>
        <translation>Ajouter des scans…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="139"/>
        <source>Or drop the scanned letter on this window</source>
        <translation>Ou déposez le courrier scanné sur cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="151"/>
        <source>Log request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="153"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="158"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="161"/>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="162"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="163"/>
        <source>Registered &amp;mail no.</source>
        <translation>N° de recommandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="164"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="165"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="166"/>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="167"/>
        <source>&amp;Address</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="168"/>
        <source>Customer &amp;number</source>
        <translation>N° &amp;client</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="170"/>
        <source>Rights asked</source>
        <translation>Droits exercés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="171"/>
        <source>Re&amp;quest</source>
        <translation>De&amp;mande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="172"/>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="178"/>
        <source>Ci&amp;vility</source>
        <translation>Ci&amp;vilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="220"/>
        <source>Already on file: {name} ({emails}), last request {ref}.</source>
        <translation>Déjà connue : {name} ({emails}), dernière demande {ref}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="221"/>
        <source>no email</source>
        <translation>pas de courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="250"/>
        <source>Linked to {name}, already on file.</source>
        <translation>Rattachée à {name}, déjà connue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="136"/>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="287"/>
        <source>Scans of the letter</source>
        <translation>Scans du courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="312"/>
        <source>Cannot read {name}: {why}</source>
        <translation>Impossible de lire {name} : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="363"/>
        <source>Discard this request?</source>
        <translation>Abandonner cette demande ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="364"/>
        <source>The form is filled in. Close it and lose what was typed?</source>
        <translation>Le formulaire est rempli. Le fermer et perdre ce qui a été saisi ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="369"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="370"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="393"/>
        <source>Received so long ago?</source>
        <translation>Reçue il y a si longtemps ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="395"/>
        <source>The date received is {date}, {days} days ago: the deadline counts from that day. Log the request with this date?</source>
        <translation>La date de réception est le {date}, il y a {days} jours : le délai court à partir de ce jour. Enregistrer la demande avec cette date ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="404"/>
        <source>Log with this date</source>
        <translation>Enregistrer avec cette date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_dialog.py" line="405"/>
        <source>Change the date</source>
        <translation>Corriger la date</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../dpo_desk/ui/jobs.py" line="87"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="44"/>
        <source>These words go into the letter.</source>
        <translation>Ces mots figureront dans le courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="67"/>
        <source>{ref}: writing the letter…</source>
        <translation>{ref} : rédaction du courrier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="124"/>
        <source>{ref}: making the access report…</source>
        <translation>{ref} : préparation du rapport d’accès…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="87"/>
        <source>Letter {ref}</source>
        <translation>Courrier {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="77"/>
        <source>{ref}: letter kept in the case file</source>
        <translation>{ref} : courrier conservé dans le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="120"/>
        <source>{ref}: access report kept with the case&apos;s documents</source>
        <translation>{ref} : rapport d’accès conservé avec les documents du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="122"/>
        <source>Access report {ref}</source>
        <translation>Rapport d’accès {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="150"/>
        <source>{ref}: sent by email ({id})</source>
        <translation>{ref}&#x202f;: envoyé par courriel ({id})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="159"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="166"/>
        <source>Address label</source>
        <translation>Étiquette d’adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="166"/>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="183"/>
        <source>The access letter of {ref} encloses the access report, which is not in this batch: {why}</source>
        <translation>Le courrier d’accès de {ref} joint le rapport d’accès, qui n’est pas dans ce lot : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="184"/>
        <source>none was made yet.</source>
        <translation>aucun n’a encore été établi.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="203"/>
        <source>No postal address, so no envelope, for: {references}</source>
        <translation>Pas d’adresse postale, donc pas d’enveloppe, pour : {references}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="209"/>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="224"/>
        <source>Acknowledgement of receipt recorded</source>
        <translation>Accusé de réception enregistré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="241"/>
        <source>Letter marked sent</source>
        <translation>Courrier marqué envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="249"/>
        <source>Save the portability bundle</source>
        <translation>Enregistrer l’export de portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="252"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="265"/>
        <source>The bundle could not be written: {why}</source>
        <translation>L’export n’a pas pu être écrit : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="269"/>
        <source>{ref}: portability bundle saved ({n} records)</source>
        <translation>{ref} : export de portabilité enregistré ({n} enregistrements)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="290"/>
        <source>{ref}: writing the portability bundle…</source>
        <translation>{ref} : écriture de l’export de portabilité…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="285"/>
        <source>No ticked activity of {ref} names an internal contact not asked yet. Tick the activities that concern the person, and name each one&apos;s contact in File → Register of processing activities.</source>
        <translation>Aucun traitement coché de {ref} ne nomme un contact interne pas encore sollicité. Cochez les traitements qui concernent la personne et nommez le contact de chacun dans Fichier → Registre des traitements.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="293"/>
        <source>• {contact} ({activity}), to answer by {due}</source>
        <translation>• {contact} ({activity}), réponse attendue au plus tard le {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="300"/>
        <source>Ask the departments</source>
        <translation>Solliciter les services</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="302"/>
        <source>Email these departments a request for the data of {ref}? The email names the person, so that they can find their data.

{lines}</source>
        <translation>Écrire à ces services pour demander les données de {ref}&#x202f;? Le courriel nomme la personne, pour qu’ils retrouvent ses données.

{lines}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="309"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_actions.py" line="325"/>
        <source>{ref}: emailing the departments…</source>
        <translation>{ref}&#xa0;: envoi aux services…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/letter_actions.py" line="330"/>
        <source>{ref}: %n department(s) asked</source>
        <translation>
            <numerusform>{ref}&#xa0;: %n service sollicité</numerusform>
            <numerusform>{ref}&#xa0;: %n services sollicités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/letter_actions.py" line="332"/>
        <source>{ref}: %n department(s) reminded</source>
        <translation>
            <numerusform>{ref}&#xa0;: %n service relancé</numerusform>
            <numerusform>{ref}&#xa0;: %n services relancés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="18"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="19"/>
        <source>Request for proof of identity</source>
        <translation>Demande de justificatif d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="20"/>
        <source>Request for clarification</source>
        <translation>Demande de précision</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="21"/>
        <source>Extension notice</source>
        <translation>Notification de prolongation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="22"/>
        <source>Access response (Art. 15)</source>
        <translation>Réponse à la demande d’accès (art. 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="23"/>
        <source>Rectification done (Art. 16)</source>
        <translation>Rectification effectuée (art. 16)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="24"/>
        <source>Erasure done (Art. 17)</source>
        <translation>Effacement effectué (art. 17)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="25"/>
        <source>Restriction applied (Art. 18)</source>
        <translation>Limitation appliquée (art. 18)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="26"/>
        <source>Portability response (Art. 20)</source>
        <translation>Réponse de portabilité (art. 20)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="27"/>
        <source>Objection to marketing (Art. 21)</source>
        <translation>Opposition à la prospection (art. 21)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="28"/>
        <source>Consent withdrawal confirmed</source>
        <translation>Retrait du consentement confirmé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="29"/>
        <source>Refusal (Art. 12(4))</source>
        <translation>Refus (art. 12(4))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="30"/>
        <source>Partial refusal (Art. 12(4))</source>
        <translation>Refus partiel (art. 12(4))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="31"/>
        <source>Manifestly unfounded or excessive (Art. 12(5))</source>
        <translation>Manifestement infondée ou excessive (art. 12(5))</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="32"/>
        <source>Post-mortem directives recorded</source>
        <translation>Directives post mortem enregistrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="33"/>
        <source>Password of an encrypted email</source>
        <translation>Mot de passe d’un courriel chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="34"/>
        <source>No data held about the person (Art. 15)</source>
        <translation>Aucune donnée détenue sur la personne (art. 15)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="35"/>
        <source>Automated decisions (Art. 22)</source>
        <translation>Décisions automatisées (art. 22)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="36"/>
        <source>Restriction to be lifted (Art. 18(3))</source>
        <translation>Limitation à lever (art. 18, 3)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="42"/>
        <source>What must the person clarify?</source>
        <translation>Que doit préciser la personne ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="43"/>
        <source>What was rectified (which data, from what to what)?</source>
        <translation>Qu’est-ce qui a été rectifié (quelles données, de quoi à quoi) ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="44"/>
        <source>Which processing is restricted, and on which ground (Art. 18(1))?</source>
        <translation>Quel traitement est limité, et pour quel motif (art. 18(1)) ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="47"/>
        <source>Which consent was withdrawn (e.g. newsletter, customer testimonial)?</source>
        <translation>Quel consentement a été retiré (ex. lettre d’information, témoignage client) ?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="50"/>
        <source>What the instructions say, in short, and who is to carry them out.</source>
        <translation>Ce que disent les directives, en bref, et qui doit les exécuter.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="69"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="70"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="71"/>
        <source>Written</source>
        <translation>Rédigé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="72"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="85"/>
        <source>The email bounced: the letter did not reach the person. Send it again, or by post.</source>
        <translation>Le courriel est revenu en erreur&#xa0;: le courrier n’a pas atteint la personne. Renvoyez-le, ou envoyez-le par la poste.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="100"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="103"/>
        <source>{day} — by email — BOUNCED</source>
        <translation>{day} — par courriel — NON DISTRIBUÉ</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="105"/>
        <source>{day} — by email</source>
        <translation>{day} — par courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="108"/>
        <source> — receipt signed {day}</source>
        <translation> — AR signé le {day}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letter_table_model.py" line="112"/>
        <source> — LATE</source>
        <translation> — EN RETARD</translation>
    </message>
</context>
<context>
    <name>LettersOfDayDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="49"/>
        <source>Letters written on {day}</source>
        <translation>Courriers rédigés le {day}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="57"/>
        <source>Letters written today</source>
        <translation>Courriers rédigés aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="58"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="58"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="58"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="58"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="70"/>
        <source>Access report (enclosed with the letter)</source>
        <translation>Rapport d’accès (joint au courrier)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="77"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="79"/>
        <source>Save to a folder…</source>
        <translation>Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="81"/>
        <source>One PDF per letter, unencrypted, in the folder you choose</source>
        <translation>Un PDF par courrier, non chiffré, dans le dossier de votre choix</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="84"/>
        <source>Envelopes…</source>
        <translation>Enveloppes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="87"/>
        <source>The DL envelope and the registered-mail slip details of each ticked letter, to print</source>
        <translation>L’enveloppe DL et le bordereau de recommandé de chaque courrier coché, à imprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="113"/>
        <source>No letter was written today.</source>
        <translation>Aucun courrier n’a été rédigé aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="115"/>
        <source>%n letter(s) ticked to print or save.</source>
        <translation>
            <numerusform>%n courrier coché à imprimer ou enregistrer.</numerusform>
            <numerusform>%n courriers cochés à imprimer ou enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="127"/>
        <source>Printing letters…</source>
        <translation>Impression des courriers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="141"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="146"/>
        <source>Save the letters in…</source>
        <translation>Enregistrer les courriers dans…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="156"/>
        <source>Saving letters…</source>
        <translation>Enregistrement des courriers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="168"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="169"/>
        <source>%n letter(s) saved in {folder}.</source>
        <translation>
            <numerusform>%n courrier enregistré dans {folder}.</numerusform>
            <numerusform>%n courriers enregistrés dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/letters_of_day_dialog.py" line="181"/>
        <source>Stopped: {why}</source>
        <translation>Interrompu : {why}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../dpo_desk/ui/live_updates.py" line="119"/>
        <source>{why} DPO Desk tries again every few seconds; nothing is kept on this computer.</source>
        <translation>{why} DPO Desk réessaie toutes les quelques secondes ; rien n&apos;est conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/live_updates.py" line="128"/>
        <source>Connected to the team server again.</source>
        <translation>De nouveau connecté au serveur d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../dpo_desk/ui/lock_page.py" line="21"/>
        <source>{name} is locked</source>
        <translation>{name} est verrouillé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lock_page.py" line="26"/>
        <source>The key was forgotten and every case hidden. Type the passphrase to continue.</source>
        <translation>La clé a été oubliée et tous les dossiers masqués. Saisissez la phrase secrète pour continuer.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/lock_page.py" line="38"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="47"/>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="50"/>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="52"/>
        <source>e.g. dpo-imv</source>
        <translation>ex. dpo-imv</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="54"/>
        <source>e.g. imap.example.fr</source>
        <translation>ex. imap.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="56"/>
        <source>TLS (IMAPS)</source>
        <translation>TLS (IMAPS)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="57"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="64"/>
        <source>Kept in the system keyring, never in the case file</source>
        <translation>Conservé dans le trousseau du système, jamais dans le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="67"/>
        <source>(tell from the recipient)</source>
        <translation>(d’après le destinataire)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="72"/>
        <source>only if your organisation has its own certificate authority</source>
        <translation>seulement si votre organisation a sa propre autorité de certification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="73"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="78"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="79"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="80"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="81"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="82"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="83"/>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="105"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="84"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="86"/>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="89"/>
        <source>e.g. smtp.example.fr — empty: this mailbox does not send</source>
        <translation>p. ex. smtp.exemple.fr — vide&#x202f;: cette boîte n’envoie pas</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="91"/>
        <source>STARTTLS (submission)</source>
        <translation>STARTTLS (soumission)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="92"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="97"/>
        <source>the address answers are sent from, e.g. dpo@example.fr</source>
        <translation>l’adresse d’envoi des réponses, p. ex. dpo@exemple.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="101"/>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="102"/>
        <source>Above this size, DPO Desk proposes the postal route</source>
        <translation>Au-delà de cette taille, DPO Desk propose la voie postale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="106"/>
        <source>OAuth2 — Microsoft 365</source>
        <translation>OAuth2 — Microsoft 365</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="107"/>
        <source>OAuth2 — Gmail</source>
        <translation>OAuth2 — Gmail</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="109"/>
        <source>the application (client) id registered with the provider</source>
        <translation>l’identifiant (client id) de l’application enregistrée chez le fournisseur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="111"/>
        <source>Microsoft 365: your directory (tenant) id or domain</source>
        <translation>Microsoft 365&#x202f;: l’identifiant ou le domaine de votre annuaire (tenant)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="115"/>
        <source>Gmail: the client secret of the desktop client</source>
        <translation>Gmail&#xa0;: le secret du client de bureau</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="118"/>
        <source>Google gives desktop clients a secret, which Gmail requires; Microsoft 365 needs none. Kept in the system keyring, never in the case file. Leave it empty to keep the one given before.</source>
        <translation>Google donne un secret aux clients de bureau, que Gmail exige&#x202f;; Microsoft 365 n’en a pas besoin. Gardé dans le trousseau du système, jamais dans le dossier. Laissez vide pour garder celui donné auparavant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="122"/>
        <source>Sending server (SMTP)</source>
        <translation>Serveur d’envoi (SMTP)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="123"/>
        <source>Sending security</source>
        <translation>Sécurité de l’envoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="124"/>
        <source>Sending port</source>
        <translation>Port d’envoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="125"/>
        <source>Sent from</source>
        <translation>Envoyé depuis</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="126"/>
        <source>Largest message</source>
        <translation>Message le plus gros</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="127"/>
        <source>Sign in with</source>
        <translation>Connexion par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="128"/>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="129"/>
        <source>Tenant</source>
        <translation>Annuaire (tenant)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="130"/>
        <source>Client secret</source>
        <translation>Secret du client</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="139"/>
        <source>Add mailbox</source>
        <translation>Ajouter la boîte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="141"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="143"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="145"/>
        <source>Authorise…</source>
        <translation>Autoriser…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="163"/>
        <source>Mailboxes: requests are fetched from them (Case → Mail to triage), answers sent from them:</source>
        <translation>Boîtes aux lettres&#xa0;: les demandes y sont relevées (Dossier → Courriels à trier), les réponses en partent&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="184"/>
        <source>sends from {address}</source>
        <translation>envoie depuis {address}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="186"/>
        <source>not authorised yet</source>
        <translation>pas encore autorisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="288"/>
        <source>Mailbox {name} saved.</source>
        <translation>Boîte {name} enregistrée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="290"/>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="304"/>
        <source>Remove mailbox</source>
        <translation>Supprimer la boîte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="305"/>
        <source>Remove {name}? Its password or tokens are forgotten; messages already handled stay.</source>
        <translation>Supprimer {name}&#x202f;? Son mot de passe ou ses jetons sont oubliés&#x202f;; les messages déjà traités restent.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="312"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="324"/>
        <source>Mailbox {name} removed.</source>
        <translation>Boîte {name} supprimée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="341"/>
        <source>Sign in in your browser; DPO Desk waits for it to come back…</source>
        <translation>Connectez-vous dans votre navigateur&#x202f;; DPO Desk attend son retour…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="342"/>
        <source>{name} is authorised.</source>
        <translation>{name} est autorisée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="357"/>
        <source>Type the mailbox password: it is kept in the system keyring.</source>
        <translation>Saisissez le mot de passe de la boîte : il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="361"/>
        <source>Gmail needs the client secret of the desktop client (Google Cloud console → Credentials).</source>
        <translation>Gmail exige le secret du client de bureau (console Google Cloud → Identifiants).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="377"/>
        <source>Mailbox {name} added. Now click Authorise… and sign in in your browser.</source>
        <translation>Boîte {name} ajoutée. Cliquez maintenant sur Autoriser… et connectez-vous dans votre navigateur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="380"/>
        <source>Mailbox {name} added.</source>
        <translation>Boîte {name} ajoutée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="71"/>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="384"/>
        <source>Certificate to trust</source>
        <translation>Certificat à approuver</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/mailbox_dialog.py" line="385"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="87"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="94"/>
        <source>Search names, emails, references, identifiers, request text… (two letters or more)</source>
        <translation>Rechercher noms, courriels, références, identifiants, texte des demandes… (deux lettres ou plus)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="140"/>
        <source>DEMO case file: every person and request in it is fictitious. Its passphrase is {p}.</source>
        <translation>Dossier de DÉMONSTRATION : toutes les personnes et demandes sont fictives. Sa phrase secrète est {p}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="150"/>
        <source>You ({user}) are not a user of this case file: you can read it, but not change it. Ask the DPO to add you (File → Users…).</source>
        <translation>Vous ({user}) n’êtes pas utilisateur de ce dossier : vous pouvez le lire, pas le modifier. Demandez au DPO de vous ajouter (Fichier → Utilisateurs…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="200"/>
        <source>activities saved</source>
        <translation>traitements enregistrés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="92"/>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="104"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/main_window.py" line="328"/>
        <source>&amp;Mail to triage…</source>
        <translation>Courriels à &amp;trier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="298"/>
        <location filename="../../dpo_desk/ui/main_window.py" line="322"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/main_window.py" line="328"/>
        <source>&amp;Mail to triage (%n)…</source>
        <translation>
            <numerusform>Courriels à &amp;trier (%n)…</numerusform>
            <numerusform>Courriels à &amp;trier (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnBehalfFields</name>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="27"/>
        <source>The person themselves</source>
        <translation>La personne elle-même</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="28"/>
        <source>A representative (with a mandate)</source>
        <translation>Un mandataire (avec un mandat)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="29"/>
        <source>A parent or guardian (minor, protected adult)</source>
        <translation>Un parent ou tuteur (mineur, majeur protégé)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="30"/>
        <source>An heir (the person died)</source>
        <translation>Un héritier (la personne est décédée)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="43"/>
        <source>mandate, guardianship order, proof of being heir</source>
        <translation>mandat, jugement de tutelle, preuve de la qualité d’héritier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="46"/>
        <source>e.g. death certificate</source>
        <translation>p. ex. acte de décès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="49"/>
        <source>Made &amp;by</source>
        <translation>Faite &amp;par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="51"/>
        <source>Their name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="52"/>
        <source>Their civility</source>
        <translation>Sa civilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="53"/>
        <source>Their address</source>
        <translation>Son adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="54"/>
        <source>Their email</source>
        <translation>Son courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="55"/>
        <source>Proof of authority</source>
        <translation>Preuve du pouvoir</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/intake_extras.py" line="56"/>
        <source>Proof of death</source>
        <translation>Preuve du décès</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="47"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="54"/>
        <source>New organisation…</source>
        <translation>Nouvelle organisation…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="69"/>
        <source>Starts every reference; it cannot change once requests exist</source>
        <translation>Début de chaque référence ; il ne peut plus changer une fois des demandes enregistrées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="73"/>
        <source>Printed before the date of letters: « L&apos;Aigle, le 22 novembre 2026 »</source>
        <translation>Imprimé avant la date des courriers : « L’Aigle, le 22 novembre 2026 »</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="84"/>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="85"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="92"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="93"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="99"/>
        <source>Customary days off move deadlines too (not a legal requirement)</source>
        <translation>Les jours chômés par usage reportent aussi les délais (la loi ne l’exige pas)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="103"/>
        <source>By law only public holidays count (C. trav. L3133-1, L3422-2). Customary days off, such as Mi-Carême in Guadeloupe, are shown as a note; tick this to count them as well.</source>
        <translation>Seuls les jours fériés légaux comptent (C. trav. L3133-1, L3422-2). Les jours chômés par usage, comme la Mi-Carême en Guadeloupe, sont signalés ; cochez pour les compter aussi.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="109"/>
        <source>DL window on the right</source>
        <translation>Enveloppe DL à fenêtre à droite</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="110"/>
        <source>DL window on the left</source>
        <translation>Enveloppe DL à fenêtre à gauche</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="112"/>
        <source>Three months after receipt</source>
        <translation>Trois mois après la réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="113"/>
        <source>One month, then two more (earlier at month ends)</source>
        <translation>Un mois, puis deux de plus (plus tôt en fin de mois)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="116"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="119"/>
        <source>A request for identity or clarification sent later than this after receipt does not pause the clock (EDPB 01/2022 §159)</source>
        <translation>Une demande d’identité ou de précision envoyée plus tard après la réception ne suspend pas le délai (CEPD 01/2022 §159)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="126"/>
        <source> years after closing</source>
        <translation> ans après la clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="129"/>
        <source>Then the case may be purged (File → Purge closed cases…): only its procedural facts are kept. Five years is the civil limitation period; document your own choice.</source>
        <translation>Ensuite, la demande peut être purgée (Fichier → Purger les demandes clôturées…) : seuls ses faits de procédure sont conservés. Cinq ans est le délai de prescription civile ; documentez votre choix.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="140"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="141"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="142"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="143"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="144"/>
        <source>Town (letters)</source>
        <translation>Ville (courriers)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="145"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="146"/>
        <source>DPO email</source>
        <translation>Courriel du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="147"/>
        <source>DPO postal address</source>
        <translation>Adresse postale du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="148"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="149"/>
        <source>Signatory&apos;s title</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="150"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="151"/>
        <source>Letters in</source>
        <translation>Courriers en</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="152"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="153"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="155"/>
        <source>Envelopes</source>
        <translation>Enveloppes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="156"/>
        <source>Extended deadline</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="157"/>
        <source>Ask for information within</source>
        <translation>Demander des informations sous</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="158"/>
        <source>Keep closed cases</source>
        <translation>Conserver les demandes clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="217"/>
        <source>none: space to sign by hand</source>
        <translation>aucune : place pour signer à la main</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="222"/>
        <source>That file is not an image DPO Desk can read (PNG or JPEG).</source>
        <translation>Ce fichier n’est pas une image lisible par DPO Desk (PNG ou JPEG).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="228"/>
        <source>Signature image</source>
        <translation>Image de signature</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/organisation_dialog.py" line="228"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="196"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="213"/>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="214"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="215"/>
        <source>New passphrase &amp;again</source>
        <translation>Nouvelle phrase secrète, &amp;à nouveau</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="221"/>
        <source>Whoever opens the case file with the passphrase will need the new one.</source>
        <translation>Quiconque ouvre le dossier avec la phrase secrète aura besoin de la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/file_help_menus.py" line="231"/>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="237"/>
        <source>Password to read out</source>
        <translation>Mot de passe à lire</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="240"/>
        <source>Read this password out to the person by telephone, group by group: capital letters and digits, never 0, O, 1 or I.</source>
        <translation>Lisez ce mot de passe à la personne par téléphone, groupe par groupe&#xa0;: des majuscules et des chiffres, jamais 0, O, 1 ni I.</translation>
    </message>
</context>
<context>
    <name>Pause</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="133"/>
        <source>waiting for proof of identity</source>
        <translation>en attente d’un justificatif d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="134"/>
        <source>waiting for a clarification</source>
        <translation>en attente de précisions</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="34"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="38"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="39"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="41"/>
        <source>Without keyboard or mouse for this long, the case file locks itself</source>
        <translation>Sans clavier ni souris pendant cette durée, le dossier se verrouille</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="44"/>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="48"/>
        <source>Takes effect the next time DPO Desk starts</source>
        <translation>Prend effet au prochain démarrage de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="50"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preferences_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="42"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="43"/>
        <source>Writes the document, unencrypted, where you choose</source>
        <translation>Écrit le document, non chiffré, à l’endroit choisi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="48"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="71"/>
        <source>This PDF cannot be read: it may be damaged or protected.</source>
        <translation>Ce PDF est illisible : il est peut-être endommagé ou protégé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="75"/>
        <source>This image cannot be read.</source>
        <translation>Cette image est illisible.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="91"/>
        <source>No preview for this kind of document. Save a copy to open it elsewhere.</source>
        <translation>Pas d’aperçu pour ce type de document. Enregistrez-en une copie pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="104"/>
        <source>Not printed: {why}</source>
        <translation>Non imprimé : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/preview_dialog.py" line="121"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="29"/>
        <source>No printer</source>
        <translation>Aucune imprimante</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="30"/>
        <source>No printer is set up on this computer, so nothing can be printed. Add the printer in the system&apos;s printer settings, then choose Print… again; or save the letters as PDF and print them from another computer.</source>
        <translation>Aucune imprimante n’est installée sur cet ordinateur : rien ne peut être imprimé. Ajoutez l’imprimante dans les réglages d’impression du système, puis choisissez à nouveau Imprimer… ; ou enregistrez les lettres en PDF et imprimez-les depuis un autre ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/printing.py" line="59"/>
        <source>%n page(s) sent to {printer}.</source>
        <translation>
            <numerusform>%n page envoyée à {printer}.</numerusform>
            <numerusform>%n pages envoyées à {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="77"/>
        <source>The printer {name} could not be opened.</source>
        <translation>L’imprimante {name} n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/printing.py" line="89"/>
        <source>Document {number} cannot be read as a PDF.</source>
        <translation>Le document {number} ne peut pas être lu comme un PDF.</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="24"/>
        <source>Proof received</source>
        <translation>Justificatif reçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="27"/>
        <source>Keep a copy of the identity document until it is checked? The copy is destroyed as soon as the identity is marked verified.</source>
        <translation>Conserver une copie de la pièce d’identité jusqu’à sa vérification ? La copie est détruite dès que l’identité est marquée vérifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="40"/>
        <source>The day the proof arrived: the clock runs again from that day</source>
        <translation>Le jour où le justificatif est arrivé : le délai reprend à partir de ce jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="42"/>
        <source>&amp;Received on</source>
        <translation>&amp;Reçu le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="44"/>
        <source>Attach the copy…</source>
        <translation>Joindre la copie…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/proof_dialog.py" line="45"/>
        <source>No copy</source>
        <translation>Pas de copie</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="39"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="106"/>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="137"/>
        <source>Purge closed cases</source>
        <translation>Purger les demandes clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="43"/>
        <source>These closed cases have been kept as long as their organisation decided (File → Organisations…). Purging one keeps its procedural facts: reference, rights, channel, dates, status, pauses, which letters were sent when, and its history without details. Who asked, what they wrote, their documents, the letters&apos; content and the notes are destroyed, and cannot be brought back. Backups made before the purge still hold them until they are rotated out or deleted.</source>
        <translation>Ces demandes clôturées ont été conservées aussi longtemps que leur organisme l’a décidé (Fichier → Organisations…). La purge conserve leurs faits de procédure : référence, droits, canal, dates, statut, suspensions, quels courriers ont été envoyés et quand, et l’historique sans détails. L’auteur de la demande, ce qu’il a écrit, ses pièces, le contenu des courriers et les notes sont détruits, sans retour possible. Les sauvegardes faites avant la purge les contiennent encore jusqu’à leur rotation ou leur suppression.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="57"/>
        <source>Closed cases past their retention period</source>
        <translation>Dossiers clôturés au-delà de leur durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="59"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="59"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="59"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="59"/>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="90"/>
        <source>%n closed case(s) past their retention period.</source>
        <translation>
            <numerusform>%n demande clôturée a dépassé sa durée de conservation.</numerusform>
            <numerusform>%n demandes clôturées ont dépassé leur durée de conservation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="92"/>
        <source>No closed case is past its retention period.</source>
        <translation>Aucune demande clôturée n’a dépassé sa durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="96"/>
        <source>%n message(s) set aside in the triage list as long ago will be deleted too.</source>
        <translation>
            <numerusform>%n message écarté dans la liste à trier depuis aussi longtemps sera aussi supprimé.</numerusform>
            <numerusform>%n messages écartés dans la liste à trier depuis aussi longtemps seront aussi supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="99"/>
        <source>Purge %n case(s)…</source>
        <translation>
            <numerusform>Purger %n demande…</numerusform>
            <numerusform>Purger %n demandes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="108"/>
        <source>Purge %n case(s)? Only their procedural facts will be kept; the rest cannot be brought back.</source>
        <translation>
            <numerusform>Purger %n demande ? Seuls ses faits de procédure seront conservés ; le reste ne pourra pas être restauré.</numerusform>
            <numerusform>Purger %n demandes ? Seuls leurs faits de procédure seront conservés ; le reste ne pourra pas être restauré.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="116"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="125"/>
        <source>Purging closed cases…</source>
        <translation>Purge des demandes clôturées…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="146"/>
        <source>%n case(s) purged.</source>
        <translation>
            <numerusform>%n demande purgée.</numerusform>
            <numerusform>%n demandes purgées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/purge_dialog.py" line="152"/>
        <source>The purge was stopped; nothing was purged.</source>
        <translation>La purge a été interrompue ; rien n’a été purgé.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="33"/>
        <source>Acknowledgement of receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="40"/>
        <source>no scan</source>
        <translation>aucun scan</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="41"/>
        <source>Scan…</source>
        <translation>Scan…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="47"/>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="48"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/receipt_dialog.py" line="61"/>
        <source>Scan of the signed acknowledgement</source>
        <translation>Scan de l’accusé de réception signé</translation>
    </message>
</context>
<context>
    <name>RedactionDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="44"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="45"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="46"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="47"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="77"/>
        <source>Withhold other people&apos;s data — {name}</source>
        <translation>Occulter les données de tiers — {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="81"/>
        <source>e.g. Name and phone number of a neighbour filmed by the camera</source>
        <translation>p. ex. nom et numéro de téléphone d’un voisin filmé par la caméra</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="82"/>
        <source>Another person&apos;s personal data (Art. 15(4) GDPR)</source>
        <translation>Données personnelles d’une autre personne (art. 15, § 4, du RGPD)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="85"/>
        <source>Reason (shown to the person in the access report; do not name the other person):</source>
        <translation>Motif (indiqué à la personne dans le rapport d’accès&#xa0;; ne nommez pas l’autre personne)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="93"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="97"/>
        <source>Withhold the ticked suggestions</source>
        <translation>Occulter les suggestions cochées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="100"/>
        <source>Withheld:</source>
        <translation>Occulté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="103"/>
        <source>Suggestions (check each one; never applied by themselves):</source>
        <translation>Suggestions (vérifiez chacune&#xa0;; jamais appliquées d’elles-mêmes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="114"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="152"/>
        <source>Looking for other people&apos;s data…</source>
        <translation>Recherche des données de tiers…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="187"/>
        <source>Withhold cells</source>
        <translation>Occulter les cellules</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="188"/>
        <source>Withhold rows</source>
        <translation>Occulter les lignes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="189"/>
        <source>Withhold columns</source>
        <translation>Occulter les colonnes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="196"/>
        <source>Select cells, rows or columns that hold another person&apos;s data:</source>
        <translation>Sélectionnez les cellules, lignes ou colonnes qui contiennent des données d’une autre personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="200"/>
        <source>The extract kept in the case is never changed; the access report shows the placeholder.</source>
        <translation>L’extrait conservé dans le dossier n’est jamais modifié&#xa0;; le rapport d’accès affiche la mention d’occultation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="206"/>
        <source>Select what to withhold first.</source>
        <translation>Sélectionnez d’abord ce qu’il faut occulter.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="241"/>
        <source>◀ Previous page</source>
        <translation>◀ Page précédente</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="242"/>
        <source>Next page ▶</source>
        <translation>Page suivante ▶</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="246"/>
        <source>Drag a box over what must not go out.</source>
        <translation>Tracez un cadre sur ce qui ne doit pas être communiqué.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="256"/>
        <source>Make the redacted copy…</source>
        <translation>Établir la copie occultée…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="260"/>
        <source>A new PDF: each page drawn at 300 dpi with the boxes burned in; no text can be extracted from it</source>
        <translation>Un nouveau PDF&#xa0;: chaque page dessinée à 300 ppp, cadres incrustés&#xa0;; aucun texte ne peut en être extrait</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="275"/>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="292"/>
        <source>Give the reason first: each redaction records it.</source>
        <translation>Indiquez d’abord le motif&#xa0;: chaque occultation l’enregistre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="304"/>
        <source>Page {n}, box</source>
        <translation>Page {n}, cadre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="306"/>
        <source>Row {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="310"/>
        <source>Column {name}</source>
        <translation>Colonne {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="312"/>
        <source>Row {row}, column {column}</source>
        <translation>Ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="343"/>
        <source>Withheld in what goes out</source>
        <translation>Occulté dans ce qui est communiqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="366"/>
        <source>page {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="368"/>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="378"/>
        <source>No text can be read in this document (a scan or a photo): look for other people&apos;s data yourself.</source>
        <translation>Aucun texte n’est lisible dans ce document (numérisation ou photo)&#xa0;: cherchez vous-même les données de tiers.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="383"/>
        <source>Nothing found that looks like another person&apos;s data; read it all the same.</source>
        <translation>Rien ne ressemble à des données d’une autre personne&#xa0;; relisez tout de même.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="385"/>
        <source>Names written without a capital or a civility are not found: read it all.</source>
        <translation>Les noms écrits sans majuscule ni civilité ne sont pas trouvés&#xa0;: relisez tout.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="423"/>
        <source>Drawing the pages at print resolution…</source>
        <translation>Dessin des pages à la résolution d’impression…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/redaction_dialog.py" line="434"/>
        <source>Redacted copy</source>
        <translation>Copie occultée</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="124"/>
        <source>France (metropolitan)</source>
        <translation>France métropolitaine</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="125"/>
        <source>France: Alsace-Moselle (Good Friday, 26 December)</source>
        <translation>France : Alsace-Moselle (Vendredi saint, 26 décembre)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="126"/>
        <source>France: Guadeloupe</source>
        <translation>France : Guadeloupe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="127"/>
        <source>France: Martinique</source>
        <translation>France : Martinique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="128"/>
        <source>France: Guyane</source>
        <translation>France : Guyane</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="129"/>
        <source>France: La Réunion</source>
        <translation>France : La Réunion</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="130"/>
        <source>France: Mayotte</source>
        <translation>France : Mayotte</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="33"/>
        <source>Data subjects (one per line)</source>
        <translation>Personnes concernées (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="34"/>
        <source>Purposes (one per line)</source>
        <translation>Finalités (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="35"/>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="36"/>
        <source>Categories of data (one per line)</source>
        <translation>Catégories de données (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="37"/>
        <source>Recipients and processors, by name (one per line)</source>
        <translation>Destinataires et sous-traitants, nommément (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="38"/>
        <source>Transfers outside the EU and safeguards</source>
        <translation>Transferts hors de l’UE et garanties</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="39"/>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="40"/>
        <source>Basis of the retention period</source>
        <translation>Fondement de la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="41"/>
        <source>Source of the data</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="42"/>
        <source>Automated decision-making</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="43"/>
        <source>Internal contact (asked for a person&apos;s data)</source>
        <translation>Contact interne (sollicité pour les données d’une personne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="44"/>
        <source>Safeguards of the transfers (Art. 46)</source>
        <translation>Garanties des transferts (art. 46)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="58"/>
        <source>Register of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="65"/>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="67"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="68"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="134"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="152"/>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="154"/>
        <source>New activity</source>
        <translation>Nouveau traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="168"/>
        <source>Activity {n}</source>
        <translation>Traitement {n}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="176"/>
        <source>Two activities have the same name.</source>
        <translation>Deux traitements portent le même nom.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="188"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="191"/>
        <source>Replace this organisation&apos;s register by a spreadsheet&apos;s (XLSX, ODS, CSV), the CNIL model&apos;s too</source>
        <translation>Remplacer le registre de cet organisme par celui d’un tableur (XLSX, ODS, CSV), y compris le modèle de la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="193"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="199"/>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="234"/>
        <source>Import a register</source>
        <translation>Importer un registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="199"/>
        <source>Spreadsheets (*.xlsx *.ods *.csv)</source>
        <translation>Tableurs (*.xlsx *.ods *.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="211"/>
        <source>Cannot read {name}: {why}</source>
        <translation>Impossible de lire {name}&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/register_dialog.py" line="220"/>
        <source>{name} holds %n processing activit(ies), read as {layout}.</source>
        <translation>
            <numerusform>{name} contient %n activité de traitement, lue comme {layout}.</numerusform>
            <numerusform>{name} contient %n activités de traitement, lues comme {layout}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="222"/>
        <source>the CNIL model register</source>
        <translation>le modèle de registre de la CNIL</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="222"/>
        <source>a table</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="224"/>
        <source>They replace the register of {code}.</source>
        <translation>Elles remplacent le registre de {code}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="227"/>
        <source>Not imported (no such field in DPO Desk):</source>
        <translation>Non importé (aucun champ correspondant dans DPO Desk)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="230"/>
        <source>To complete before an access report (purposes, legal basis, retention):</source>
        <translation>À compléter avant un rapport d’accès (finalités, base légale, durée de conservation)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="236"/>
        <source>Replace the register</source>
        <translation>Remplacer le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="257"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="260"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="261"/>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Classeur OpenDocument (*.ods)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="262"/>
        <source>The CNIL model register, a sheet per activity (*.ods)</source>
        <translation>Modèle de registre de la CNIL, une feuille par activité (*.ods)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="263"/>
        <source>The CNIL model register, a sheet per activity (*.xlsx)</source>
        <translation>Modèle de registre de la CNIL, une feuille par activité (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="264"/>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/register_dialog.py" line="284"/>
        <source>The register could not be written: {why}</source>
        <translation>Le registre n’a pas pu être écrit&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>Relays</name>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="22"/>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="23"/>
        <source>answered on {day}</source>
        <translation>a répondu le {day}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="24"/>
        <source>, reminded on {day}</source>
        <translation>, relancé le {day}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="25"/>
        <source>LATE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="26"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="27"/>
        <source>No answer by the internal due date: remind the department</source>
        <translation>Pas de réponse à la date demandée&#xa0;: relancez le service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="51"/>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="52"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="53"/>
        <source>Asked</source>
        <translation>Sollicité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="54"/>
        <source>Due</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/relay_table_model.py" line="55"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="22"/>
        <source>%n answer(s) due within a week</source>
        <translation>
            <numerusform>%n réponse due sous sept jours</numerusform>
            <numerusform>%n réponses dues sous sept jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="24"/>
        <source> (%n overdue)</source>
        <translation>
            <numerusform> (%n en retard)</numerusform>
            <numerusform> (%n en retard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="28"/>
        <source>%n last day(s) to notify an extension</source>
        <translation>
            <numerusform>%n dernier jour pour notifier une prolongation</numerusform>
            <numerusform>%n derniers jours pour notifier une prolongation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="34"/>
        <source>%n letter(s) written, not sent yet</source>
        <translation>
            <numerusform>%n courrier écrit, pas encore envoyé</numerusform>
            <numerusform>%n courriers écrits, pas encore envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="38"/>
        <source>%n department(s) late with their answer</source>
        <translation>
            <numerusform>%n service en retard pour répondre</numerusform>
            <numerusform>%n services en retard pour répondre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="46"/>
        <source>answer due</source>
        <translation>réponse due</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="47"/>
        <source>last day to notify an extension</source>
        <translation>dernier jour pour notifier une prolongation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="48"/>
        <source>letter written, not sent yet</source>
        <translation>courrier écrit, pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="49"/>
        <source>a department&apos;s answer is late</source>
        <translation>réponse d’un service en retard</translation>
    </message>
</context>
<context>
    <name>RemindersBanner</name>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="70"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="72"/>
        <source>Details of what falls due</source>
        <translation>Détails de ce qui arrive à échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="73"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="75"/>
        <source>Dismiss today&apos;s reminders</source>
        <translation>Masquer les rappels du jour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="105"/>
        <source>Falls due: {summary}.</source>
        <translation>À échéance : {summary}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="119"/>
        <source>DPO Desk — falls due</source>
        <translation>DPO Desk — à échéance</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/reminders_banner.py" line="122"/>
        <source>What falls due</source>
        <translation>Ce qui arrive à échéance</translation>
    </message>
</context>
<context>
    <name>RequestRegisterDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="39"/>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="126"/>
        <source>Register of requests</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="49"/>
        <source>All organisations</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="52"/>
        <source>Include the data subjects&apos; names</source>
        <translation>Inclure le nom des personnes concernées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="54"/>
        <source>Off by default: an auditor rarely needs them</source>
        <translation>Désactivé par défaut&#xa0;: un contrôleur en a rarement besoin</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="56"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="57"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="59"/>
        <source>Received from</source>
        <translation>Reçues du</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="60"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="61"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="62"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="66"/>
        <source>One row per request: reference, channel, received, rights, identity steps, pauses, extension and its notice, decision, letters with their dates and registered-mail numbers, time to answer, on time or late.</source>
        <translation>Une ligne par demande&#xa0;: référence, canal, réception, droits, vérification d’identité, suspensions, prolongation et sa notification, décision, courriers avec leurs dates et numéros de recommandé, délai de réponse, dans les délais ou en retard.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="79"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="97"/>
        <source>Save the register of requests</source>
        <translation>Enregistrer le registre des demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="99"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="99"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="108"/>
        <source>The period starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="115"/>
        <source>Reading the requests…</source>
        <translation>Lecture des demandes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="137"/>
        <source>%n request(s) saved to {path}</source>
        <translation>
            <numerusform>%n demande enregistrée dans {path}</numerusform>
            <numerusform>%n demandes enregistrées dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/request_register_dialog.py" line="144"/>
        <source>The register could not be written: {why}</source>
        <translation>Le registre n’a pas pu être écrit&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>Right</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="25"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="26"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="27"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="28"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="29"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="30"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="31"/>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="32"/>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="33"/>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="51"/>
        <source>Send by email — {ref}</source>
        <translation>Envoyer par courriel — {ref}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="61"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="62"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="63"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="64"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="66"/>
        <source>Encrypt the attachment (AES-256); its password goes another way</source>
        <translation>Chiffrer la pièce jointe (AES-256)&#x202f;; son mot de passe passe par un autre canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="68"/>
        <source>The password reaches the person</source>
        <translation>Le mot de passe parvient à la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="72"/>
        <source>read out by telephone (shown here once sent)</source>
        <translation>lu par téléphone (affiché ici une fois envoyé)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="73"/>
        <source>by post (a letter with the password is written, to print and post)</source>
        <translation>par courrier (une lettre portant le mot de passe est rédigée, à imprimer et poster)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="74"/>
        <source>in a separate email</source>
        <translation>dans un courriel séparé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="84"/>
        <source>I accept the risk: whoever reads this mailbox can open the document</source>
        <translation>J’accepte le risque&#x202f;: qui lit cette boîte peut ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="103"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="148"/>
        <source>It holds personal data: it never travels in clear</source>
        <translation>Elle contient des données personnelles&#x202f;: elle ne voyage jamais en clair</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="152"/>
        <source>No postal address is known for the person: the letter cannot go</source>
        <translation>Aucune adresse postale n’est connue pour la personne&#xa0;: le courrier ne peut pas partir</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="156"/>
        <source>{name} — message of {size:.1f} MB</source>
        <translation>{name} — message de {size:.1f} Mo</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="163"/>
        <source>The message would be {size:.1f} MB; this mailbox sends at most {limit:.1f} MB. Send it by post instead: print it, then mark it sent by post.</source>
        <translation>Le message ferait {size:.1f} Mo&#x202f;; cette boîte envoie au plus {limit:.1f} Mo. Envoyez-le plutôt par courrier&#x202f;: imprimez-le, puis marquez-le envoyé par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="196"/>
        <source>Sending to {to}…</source>
        <translation>Envoi à {to}…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="211"/>
        <source>Not sent: {why}</source>
        <translation>Non envoyé&#x202f;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="216"/>
        <source>Sent to {to}. Message-ID: {id}</source>
        <translation>Envoyé à {to}. Message-ID&#x202f;: {id}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="218"/>
        <source>The password letter is with the case&apos;s letters: print it, post it, mark it sent.</source>
        <translation>La lettre du mot de passe est avec les courriers du dossier&#x202f;: imprimez-la, postez-la, marquez-la envoyée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="220"/>
        <source>The password went in a separate email.</source>
        <translation>Le mot de passe est parti dans un courriel séparé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="222"/>
        <source>The password email failed: {why}</source>
        <translation>Le courriel du mot de passe a échoué&#x202f;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="224"/>
        <source>Read this password out to the person by telephone:</source>
        <translation>Lisez ce mot de passe à la personne par téléphone&#x202f;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/send_dialog.py" line="228"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/sent_dialog.py" line="24"/>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_dialog.py" line="35"/>
        <source>for a registered letter (recommandé)</source>
        <translation>pour un envoi recommandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_dialog.py" line="37"/>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_dialog.py" line="38"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_dialog.py" line="39"/>
        <source>Registered-mail no.</source>
        <translation>N° de recommandé</translation>
    </message>
</context>
<context>
    <name>SentEmails</name>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="19"/>
        <source>Access report</source>
        <translation>Rapport d’accès</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="20"/>
        <source>Portability bundle</source>
        <translation>Export de portabilité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="21"/>
        <source>Password, sent apart</source>
        <translation>Mot de passe, envoyé à part</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="22"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="23"/>
        <source>Request to a department</source>
        <translation>Demande à un service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="24"/>
        <source>Reminder to a department</source>
        <translation>Relance d’un service</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="27"/>
        <source>encrypted, password by post</source>
        <translation>chiffré, mot de passe par la poste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="28"/>
        <source>encrypted, password by telephone</source>
        <translation>chiffré, mot de passe par téléphone</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="29"/>
        <source>encrypted, password in a separate email</source>
        <translation>chiffré, mot de passe dans un courriel séparé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="34"/>
        <source>Message-ID {id}</source>
        <translation>Message-ID {id}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="35"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="36"/>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="37"/>
        <source>bounced</source>
        <translation>non distribué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="38"/>
        <source>no bounce received</source>
        <translation>aucun retour d’erreur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="52"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="53"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="54"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="55"/>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/sent_table_model.py" line="56"/>
        <source>Delivery</source>
        <translation>Distribution</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="57"/>
        <source>Connect to a team server</source>
        <translation>Se connecter à un serveur d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="62"/>
        <source>The team&apos;s case file is kept by a PostgreSQL server. Ask whoever runs it for its address, your login and the company&apos;s certificate authority (CA) file.</source>
        <translation>Le dossier de l&apos;équipe est conservé par un serveur PostgreSQL. Demandez à qui l&apos;administre son adresse, votre identifiant et le fichier de l&apos;autorité de certification (CA) de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="70"/>
        <source>e.g. dpo-desk.example.fr</source>
        <translation>p. ex. dpo-desk.example.fr</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="82"/>
        <source>Verify the server&apos;s certificate (verify-full)</source>
        <translation>Vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="83"/>
        <source>Encrypt without checking the certificate (require)</source>
        <translation>Chiffrer sans vérifier le certificat (require)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="84"/>
        <source>No encryption: a test server on this computer only (disable)</source>
        <translation>Sans chiffrement : un serveur de test sur cet ordinateur uniquement (disable)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="89"/>
        <source>the company&apos;s CA file (.crt, .pem); empty: ~/.postgresql/root.crt</source>
        <translation>le fichier CA de l&apos;entreprise (.crt, .pem) ; vide : ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="98"/>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="126"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="100"/>
        <source>Leave it empty if PGPASSWORD, ~/.pgpass or the keyring already holds it.</source>
        <translation>Laissez-le vide si PGPASSWORD, ~/.pgpass ou le trousseau le contient déjà.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="104"/>
        <source>Remember in the system keyring</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="120"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="121"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="122"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="123"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="124"/>
        <source>Protection (TLS)</source>
        <translation>Protection (TLS)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="125"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="131"/>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="169"/>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="198"/>
        <source>The company&apos;s certificate authority</source>
        <translation>L&apos;autorité de certification de l&apos;entreprise</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/server_connect_dialog.py" line="200"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../dpo_desk/services/team_server.py" line="60"/>
        <source>dpo-desk {command} is about a case file (its key, passphrase, backups or lock): it does not apply to the team server {server}. Nothing was done.</source>
        <translation>dpo-desk {command} concerne un dossier (sa clé, sa phrase secrète, ses sauvegardes ou son verrou) : la commande ne s’applique pas au serveur d’équipe {server}. Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/team_server.py" line="72"/>
        <source>On a team server the history records the login the server authenticated, never a typed name: leave out --user, and connect with that person&apos;s own login instead. Nothing was done.</source>
        <translation>Sur un serveur d’équipe, l’historique enregistre l’identifiant que le serveur a authentifié, jamais un nom saisi : retirez --user, et connectez-vous plutôt avec l’identifiant de cette personne. Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/team_server.py" line="83"/>
        <source>dpo-desk users set does not change a team server&apos;s logins yet: give a role with users add, and take one back with psql (REVOKE dpo_desk_dpo FROM LOGIN). Nothing was changed.</source>
        <translation>dpo-desk users set ne modifie pas encore les identifiants d’un serveur d’équipe : donnez un rôle avec users add, et retirez-le avec psql (REVOKE dpo_desk_dpo FROM IDENTIFIANT). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/team_server.py" line="106"/>
        <source>Say which organisations the member works for: --org CODE (the team server holds several). Nothing was changed.</source>
        <translation>Indiquez pour quelles organisations le membre travaille : --org CODE (le serveur d’équipe en contient plusieurs). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/database.py" line="115"/>
        <source>dpo-desk {command} does not work on a team server yet ({server}): use the server&apos;s own tools (pg_dump, amcheck) meanwhile. Nothing was done.</source>
        <translation>dpo-desk {command} ne fonctionne pas encore sur un serveur d’équipe ({server}) : utilisez en attendant les outils du serveur (pg_dump, amcheck). Rien n’a été fait.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/engine.py" line="138"/>
        <source>The team server {server} asks for a password: set PGPASSWORD or write it in ~/.pgpass, or run this in a terminal to type it. Nothing was changed.</source>
        <translation>Le serveur d’équipe {server} demande un mot de passe : mettez-le dans PGPASSWORD ou dans ~/.pgpass, ou lancez la commande dans un terminal pour le saisir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/engine.py" line="49"/>
        <source>{url} is not the address of a team server: write it as postgresql://HOST/DATABASE.</source>
        <translation>{url} n’est pas l’adresse d’un serveur d’équipe : écrivez-la postgresql://HÔTE/BASE.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/engine.py" line="57"/>
        <source>Do not write the password in the server&apos;s address (it would stay in the shell&apos;s history): PostgreSQL takes it from PGPASSWORD or ~/.pgpass.</source>
        <translation>N’écrivez pas le mot de passe dans l’adresse du serveur (il resterait dans l’historique du terminal) : PostgreSQL le prend dans PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/engine.py" line="129"/>
        <source>The team server refused this ({why}): your role does not allow it. Nothing was changed.</source>
        <translation>Le serveur d’équipe a refusé ({why}) : votre rôle ne le permet pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/changes.py" line="102"/>
        <location filename="../../dpo_desk/storage/server/engine.py" line="147"/>
        <source>The team server {server} could not be reached, or refused the login ({why}). Nothing was changed.</source>
        <translation>Le serveur d’équipe {server} est injoignable, ou a refusé la connexion ({why}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/schema.py" line="89"/>
        <source>Only the owner of the database {database} ({owner}) can set it up; {login} is not. Nothing was changed.</source>
        <translation>Seul le propriétaire de la base {database} ({owner}) peut la préparer ; {login} ne l’est pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/schema.py" line="101"/>
        <source>The database {database} already holds a DPO Desk case file (schema {revision}). Nothing was changed.</source>
        <translation>La base {database} contient déjà un dossier DPO Desk (schéma {revision}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="87"/>
        <location filename="../../dpo_desk/services/retention.py" line="262"/>
        <source>There is no request with the reference {name}.</source>
        <translation>Aucune demande ne porte la référence {name}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_detail.py" line="52"/>
        <source>There is no request with the reference {ref}.</source>
        <translation>Aucune demande ne porte la référence {ref}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="102"/>
        <source>refuse a request</source>
        <translation>refuser une demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="103"/>
        <source>refuse a request in part</source>
        <translation>refuser une demande en partie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="125"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="126"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="127"/>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="128"/>
        <source>email address</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="129"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="135"/>
        <source>The {what} holds invisible or direction-changing characters ({codes}) that would disguise it in lists and letters; nothing was changed. Type it again without them.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» contient des caractères invisibles ou qui changent le sens d’écriture ({codes}), qui le déguiseraient dans les listes et les courriers&#xa0;; rien n’a été modifié. Saisissez-le de nouveau sans eux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="150"/>
        <location filename="../../dpo_desk/services/proxies.py" line="56"/>
        <source>The civility is Madame, Monsieur or none, not “{value}”.</source>
        <translation>La civilité est Madame, Monsieur ou aucune, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="164"/>
        <source>“{email}” does not look like an email address.</source>
        <translation>« {email} » ne ressemble pas à une adresse électronique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="176"/>
        <source>Say who the request is from: a name or an email address at least.</source>
        <translation>Indiquez de qui vient la demande : au moins un nom ou une adresse électronique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="251"/>
        <location filename="../../dpo_desk/services/corrections.py" line="98"/>
        <source>The date received ({received_on}) is in the future; use the day the request was delivered.</source>
        <translation>La date de réception ({received_on}) est dans le futur ; indiquez le jour où la demande a été distribuée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="259"/>
        <location filename="../../dpo_desk/services/corrections.py" line="137"/>
        <source>Tick at least one right the person is exercising.</source>
        <translation>Cochez au moins un droit exercé par la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="270"/>
        <source>The person chosen is not on file for this organisation.</source>
        <translation>La personne choisie n’est pas connue de cette organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="382"/>
        <location filename="../../dpo_desk/services/proxies.py" line="101"/>
        <source>{on} is in the future.</source>
        <translation>Le {on} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="390"/>
        <source>{on} is before the request was received ({received_on}).</source>
        <translation>Le {on} précède la réception de la demande ({received_on}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="413"/>
        <source>Ask for proof of identity first, saying what raises a reasonable doubt (Art. 12(6)): the request then waits for the identity.</source>
        <translation>Demandez d’abord un justificatif d’identité, en disant ce qui fait naître un doute raisonnable (art. 12(6)) : la demande attend alors l’identité.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="424"/>
        <source>The pause started on {started_on}; it cannot end before.</source>
        <translation>La suspension a commencé le {started_on} ; elle ne peut pas finir avant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="451"/>
        <source>Information was asked for {days} days after receipt, later than the {grace_days} days this organisation allows: the clock keeps running (EDPB 01/2022 §159). The deadline stays {deadline_on}.</source>
        <translation>Les informations ont été demandées {days} jours après la réception, au-delà des {grace_days} jours admis par cette organisation : le délai continue de courir (CEPD 01/2022 §159). L’échéance reste le {deadline_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="504"/>
        <source>{reference} is not paused.</source>
        <translation>{reference} n’est pas suspendue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="519"/>
        <source>extend a deadline</source>
        <translation>prolonger un délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="523"/>
        <source>An extension is dated the day it is recorded ({today}); it cannot be dated {on}.</source>
        <translation>Une prolongation est datée du jour où elle est enregistrée ({today}) ; elle ne peut pas être datée du {on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="534"/>
        <source>{reference} is no longer open; it cannot be extended.</source>
        <translation>{reference} n’est plus en cours ; elle ne peut pas être prolongée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="541"/>
        <source>{reference} is already extended to {extended_due_on}.</source>
        <translation>{reference} est déjà prolongée jusqu’au {extended_due_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="550"/>
        <source>An extension needs its reasons (complexity, number of requests): they go to the data subject.</source>
        <translation>Une prolongation doit être motivée (complexité, nombre de demandes) : les motifs sont communiqués à la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="557"/>
        <source>Too late to extend: the data subject had to be told by {due_on}, within the first month (Art. 12(3)).</source>
        <translation>Trop tard pour prolonger : la personne devait en être informée au plus tard le {due_on}, dans le premier mois (art. 12(3)).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="622"/>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="646"/>
        <source>Say what raises a reasonable doubt about the person&apos;s identity: asking for proof is not systematic (Art. 12(6), EDPB 01/2022 §§70-73).</source>
        <translation>Indiquez ce qui fait naître un doute raisonnable sur l’identité de la personne : demander un justificatif n’est pas systématique (art. 12(6), CEPD 01/2022 §§70-73).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="677"/>
        <source>The proof cannot have arrived on {on}: it was asked for on {asked_on}.</source>
        <translation>Le justificatif ne peut pas être arrivé le {on} : il a été demandé le {asked_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="731"/>
        <source>Say why the identity could not be verified: it goes into the refusal letter.</source>
        <translation>Indiquez pourquoi l’identité n’a pas pu être vérifiée : le motif figure dans le courrier de refus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="763"/>
        <source>{filename} is {megabytes:.1f} MB; attachments are limited to {limit} MB. Scan it at a lower resolution or split it.</source>
        <translation>{filename} pèse {megabytes:.1f} Mo ; les pièces jointes sont limitées à {limit} Mo. Numérisez-le à une résolution plus basse ou scindez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/workbench.py" line="236"/>
        <source>Nothing to undo in this session.</source>
        <translation>Rien à annuler dans cette session.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/workbench.py" line="368"/>
        <location filename="../../dpo_desk/services/cases.py" line="794"/>
        <source>Cannot read {name}: {why}</source>
        <translation>Impossible de lire {name} : {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="838"/>
        <source>{filename} changed while it was being read; nothing was added. Add it again.</source>
        <translation>{filename} a changé pendant sa lecture ; rien n’a été ajouté. Ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/cases.py" line="884"/>
        <location filename="../../dpo_desk/services/cases.py" line="899"/>
        <location filename="../../dpo_desk/services/redaction.py" line="62"/>
        <source>That attachment does not exist, or it was destroyed after its check.</source>
        <translation>Ce document n’existe pas, ou il a été détruit après sa vérification.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="60"/>
        <location filename="../../dpo_desk/services/letters.py" line="87"/>
        <source>change the wording of letters</source>
        <translation>modifier la rédaction des courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="231"/>
        <source>write the letter that notifies an extension or a refusal</source>
        <translation>rédiger le courrier qui notifie une prolongation ou un refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="237"/>
        <location filename="../../dpo_desk/services/organisations.py" line="35"/>
        <source>Letters can be written in French (fr) or English (en).</source>
        <translation>Les courriers peuvent être rédigés en français (fr) ou en anglais (en).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="244"/>
        <source>The extension notice had to reach the person by {due_on}, within the first month (Art. 12(3)); it is too late to write one now.</source>
        <translation>La notification de prolongation devait parvenir à la personne au plus tard le {due_on}, dans le premier mois (art. 12(3)) ; il est trop tard pour la rédiger.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="471"/>
        <location filename="../../dpo_desk/services/letters.py" line="503"/>
        <location filename="../../dpo_desk/services/sending_proof.py" line="25"/>
        <source>That letter does not exist.</source>
        <translation>Ce courrier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="478"/>
        <source>That letter&apos;s content was destroyed when its case was purged; its date, kind and fingerprint are kept.</source>
        <translation>Le contenu de ce courrier a été détruit lors de la purge de sa demande ; sa date, son type et son empreinte sont conservés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="510"/>
        <location filename="../../dpo_desk/services/sending.py" line="564"/>
        <source>send the letter that notifies an extension or a refusal</source>
        <translation>envoyer le courrier qui notifie une prolongation ou un refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="514"/>
        <source>A letter cannot be marked sent on a day still to come.</source>
        <translation>Un courrier ne peut pas être marqué envoyé à une date future.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letters.py" line="522"/>
        <location filename="../../dpo_desk/services/sending.py" line="357"/>
        <source>This letter was already marked sent on {sent_on}.</source>
        <translation>Ce courrier a déjà été marqué envoyé le {sent_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="256"/>
        <source>add a mailbox</source>
        <translation>ajouter une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="137"/>
        <source>{port} is not a port number (993 for IMAPS, 143 for STARTTLS).</source>
        <translation>{port} n’est pas un numéro de port (993 pour IMAPS, 143 pour STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="261"/>
        <location filename="../../dpo_desk/services/mailboxes.py" line="328"/>
        <source>There is already a mailbox called {name}.</source>
        <translation>Une boîte aux lettres s’appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="214"/>
        <source>The mailbox password could not be kept in the system keyring: {exc}</source>
        <translation>Le mot de passe de la boîte n’a pas pu être conservé dans le trousseau du système : {exc}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="127"/>
        <source>A mailbox needs a name and a user name.</source>
        <translation>Une boîte aux lettres a besoin d’un nom et d’un identifiant.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="130"/>
        <source>A mailbox needs a server to fetch from (IMAP), a server to send through (SMTP), or both.</source>
        <translation>Une boîte aux lettres a besoin d’un serveur de réception (IMAP), d’un serveur d’envoi (SMTP), ou des deux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="145"/>
        <source>{port} is not a port number (465 for TLS, 587 for STARTTLS).</source>
        <translation>{port} n’est pas un numéro de port (465 pour TLS, 587 pour STARTTLS).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="151"/>
        <source>Say which address the answers are sent from (--from), e.g. dpo@example.fr: {address} is not one.</source>
        <translation>Indiquez l’adresse d’envoi des réponses (--from), p. ex. dpo@exemple.fr&#x202f;: {address} n’en est pas une.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="158"/>
        <source>The size limit of a message cannot be negative.</source>
        <translation>La taille maximale d’un message ne peut pas être négative.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="162"/>
        <source>An OAuth2 mailbox needs the client id of the application registered with the provider.</source>
        <translation>Une boîte OAuth2 a besoin de l’identifiant client de l’application enregistrée chez le fournisseur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="169"/>
        <source>The OAuth2 provider is microsoft, google or custom (not {provider}).</source>
        <translation>Le fournisseur OAuth2 est microsoft, google ou custom (pas {provider}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="174"/>
        <location filename="../../dpo_desk/services/oauth.py" line="95"/>
        <source>A custom OAuth2 provider needs its authorization and token addresses.</source>
        <translation>Un fournisseur OAuth2 personnalisé a besoin de ses adresses d’autorisation et de jeton.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="322"/>
        <source>change a mailbox</source>
        <translation>modifier une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="366"/>
        <source>remove a mailbox</source>
        <translation>supprimer une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="375"/>
        <source>{name} still has {count} message(s) to triage: log them or set them aside first.</source>
        <translation>{name} a encore {count} message(s) à trier&#x202f;: enregistrez-les ou écartez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="406"/>
        <source>choose the sending address</source>
        <translation>choisir l’adresse d’envoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="411"/>
        <source>{name} has no SMTP server: it cannot send (give --smtp-host).</source>
        <translation>{name} n’a pas de serveur SMTP&#x202f;: elle ne peut pas envoyer (indiquez --smtp-host).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="432"/>
        <source>authorise a mailbox</source>
        <translation>autoriser une boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="436"/>
        <source>{name} signs in with a password, not OAuth2: nothing to authorise.</source>
        <translation>{name} se connecte par mot de passe, pas par OAuth2&#x202f;: rien à autoriser.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="508"/>
        <location filename="../../dpo_desk/services/smtp.py" line="45"/>
        <source>The certificate file {ca_file} cannot be read: {exc}.</source>
        <translation>Le fichier de certificat {ca_file} est illisible : {exc}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="560"/>
        <source>{where} refused the OAuth2 token of {username}: re-authorise the mailbox.</source>
        <translation>{where} a refusé le jeton OAuth2 de {username}&#x202f;: autorisez de nouveau la boîte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="574"/>
        <source>The certificate of {where} is not trusted ({why}). If your organisation uses its own certificate authority, give its certificate file in the mailbox settings.</source>
        <translation>Le certificat de {where} n’est pas reconnu ({why}). Si votre organisation a sa propre autorité de certification, indiquez son fichier de certificat dans les réglages de la boîte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="585"/>
        <source>{where} does not offer STARTTLS: choose TLS (port 993).</source>
        <translation>{where} ne propose pas STARTTLS : choisissez TLS (port 993).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="588"/>
        <source>{where} refused the user name or password for {username}.</source>
        <translation>{where} a refusé l’identifiant ou le mot de passe de {username}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="594"/>
        <source>{where} did not answer within {seconds} seconds.</source>
        <translation>{where} n’a pas répondu en {seconds} secondes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="600"/>
        <source>Could not reach the mail server {where}: {why}.</source>
        <translation>Impossible de joindre le serveur de messagerie {where} : {why}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="627"/>
        <source>{name} only sends: it has no IMAP server to fetch from.</source>
        <translation>{name} ne fait qu’envoyer&#x202f;: elle n’a pas de serveur IMAP où relever le courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="635"/>
        <source>The folder {folder} does not exist on {host}.</source>
        <translation>Le dossier {folder} n’existe pas sur {host}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="674"/>
        <source>The mail server {host} stopped answering: {exc}. What was fetched is kept.</source>
        <translation>Le serveur de messagerie {host} ne répond plus : {exc}. Ce qui a été relevé est conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailbox_signin.py" line="90"/>
        <source>No password is known for {username} on {host}: give it once, it is kept in the system keyring (on a computer without one, the command line reads it from DPO_DESK_MAILBOX_PASSWORD).</source>
        <translation>Aucun mot de passe n’est connu pour {username} sur {host}&#xa0;: donnez-le une fois, il est gardé dans le trousseau du système (sur un ordinateur qui n’en a pas, la ligne de commande le lit dans DPO_DESK_MAILBOX_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="799"/>
        <location filename="../../dpo_desk/services/mailboxes.py" line="882"/>
        <source>There is no message {item_id} in the triage list.</source>
        <translation>Il n’y a pas de message {item_id} dans la liste à trier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="844"/>
        <source>The department&apos;s reply and its files were attached to {reference}.</source>
        <translation>La réponse du service et ses fichiers ont été joints à {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="848"/>
        <source>The bounce is recorded on {reference}.</source>
        <translation>Le retour en erreur est enregistré sur {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="866"/>
        <source>Say why the message is not a rights request: the reason is kept with it.</source>
        <translation>Indiquez pourquoi ce message n’est pas une demande d’exercice de droits : le motif est conservé avec lui.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="890"/>
        <source>Message {item_id} was already {state} by {handled_by}.</source>
        <translation>Le message {item_id} a déjà été traité ({state}) par {handled_by}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/mailboxes.py" line="909"/>
        <source>There is no mailbox called {name} (mailboxes: {known}).</source>
        <translation>Aucune boîte ne s’appelle {name} (boîtes : {known}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/permissions.py" line="29"/>
        <source>{user} is not a user of this case file, or no longer: nothing was changed. Ask the DPO to add you (File → Users…).</source>
        <translation>{user} n’est pas, ou plus, utilisateur de ce dossier : rien n’a été modifié. Demandez au DPO de vous ajouter (Fichier → Utilisateurs…).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/permissions.py" line="43"/>
        <source>Only a DPO can {what}. Prepare it and ask the DPO; nothing was changed.</source>
        <translation>Seul un DPO peut {what}. Préparez-le et demandez au DPO ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/members.py" line="49"/>
        <location filename="../../dpo_desk/services/team_server.py" line="134"/>
        <source>Give the user&apos;s login name (the name they sign in to the computer with).</source>
        <translation>Indiquez l’identifiant de la personne (le nom avec lequel elle ouvre sa session).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/members.py" line="57"/>
        <source>Add yourself ({login}) first, as DPO: from then on only members can change the case file.</source>
        <translation>Ajoutez-vous d’abord ({login}), comme DPO : ensuite seules les personnes inscrites pourront modifier le dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/members.py" line="63"/>
        <location filename="../../dpo_desk/services/members.py" line="91"/>
        <location filename="../../dpo_desk/services/team_server.py" line="144"/>
        <source>manage the users of the case file</source>
        <translation>gérer les utilisateurs du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/members.py" line="66"/>
        <source>{login} is already a user of this case file.</source>
        <translation>{login} est déjà utilisateur de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/digest.py" line="67"/>
        <source>choose where another user&apos;s digest goes</source>
        <translation>choisir où va le récapitulatif d’un autre utilisateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/digest.py" line="70"/>
        <location filename="../../dpo_desk/services/members.py" line="95"/>
        <source>{login} is not a user of this case file.</source>
        <translation>{login} n’est pas utilisateur de ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/digest.py" line="73"/>
        <source>{address} is not an email address.</source>
        <translation>{address} n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/digest.py" line="120"/>
        <source>No organisation has a sending address: the digest cannot be sent.</source>
        <translation>Aucun organisme n’a d’adresse d’envoi&#x202f;: le récapitulatif ne peut pas être envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/members.py" line="115"/>
        <source>{login} is the only DPO: add another DPO first.</source>
        <translation>{login} est le seul DPO : ajoutez d’abord un autre DPO.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="28"/>
        <source>An organisation needs its legal name.</source>
        <translation>Une organisation a besoin de sa raison sociale.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="44"/>
        <source>The extension rule is &apos;standard&apos; or &apos;conservative&apos;.</source>
        <translation>La règle de prolongation est « standard » ou « conservative ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="51"/>
        <source>The delay for asking for information must be between 0 and 31 days.</source>
        <translation>Le délai pour demander des informations doit être compris entre 0 et 31 jours.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="58"/>
        <source>Closed cases are kept between {minimum} and {maximum} years.</source>
        <translation>Les demandes clôturées sont conservées entre {minimum} et {maximum} ans.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="69"/>
        <source>The envelope&apos;s window is on the right or on the left.</source>
        <translation>La fenêtre de l’enveloppe est à droite ou à gauche.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="108"/>
        <location filename="../../dpo_desk/services/organisations.py" line="148"/>
        <source>change an organisation&apos;s settings</source>
        <translation>modifier les paramètres d’une organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="113"/>
        <source>An organisation with the code {code} already exists in this case file.</source>
        <translation>Une organisation porte déjà le code {code} dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/case_list.py" line="34"/>
        <location filename="../../dpo_desk/services/organisation_lookup.py" line="22"/>
        <location filename="../../dpo_desk/services/team_server.py" line="118"/>
        <source>There is no organisation with the code {name} in this case file.</source>
        <translation>Aucune organisation ne porte le code {name} dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisation_lookup.py" line="34"/>
        <source>This case file has no organisation yet.</source>
        <translation>Ce dossier ne contient encore aucune organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisation_lookup.py" line="41"/>
        <source>This case file holds several organisations ({codes}); say which one.</source>
        <translation>Ce dossier contient plusieurs organisations ({codes}) ; indiquez laquelle.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/organisations.py" line="158"/>
        <source>The signature image is larger than 2 MB; scan it at a lower resolution.</source>
        <translation>L’image de signature dépasse 2 Mo ; numérisez-la à une résolution plus basse.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="41"/>
        <location filename="../../dpo_desk/services/relays.py" line="83"/>
        <source>change the register of processing activities</source>
        <translation>modifier le registre des traitements</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="59"/>
        <source>Cannot read {path}: {why}.</source>
        <translation>Impossible de lire {path} : {why}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="68"/>
        <source>{name} is not a JSON register file ({exc}).</source>
        <translation>{name} n’est pas un fichier de registre JSON ({exc}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="79"/>
        <location filename="../../dpo_desk/services/register.py" line="141"/>
        <source>{name}: {exc}</source>
        <translation>{name} : {exc}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="108"/>
        <location filename="../../dpo_desk/services/relays.py" line="92"/>
        <source>Not in {code}&apos;s register: {unknown}. Known: {known}.</source>
        <translation>Absent du registre de {code} : {unknown}. Connus : {known}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="144"/>
        <source>{name} holds no processing activity with a name.</source>
        <translation>{name} ne contient aucune activité de traitement nommée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/register.py" line="186"/>
        <source>The CNIL model has a sheet per activity: export it as .xlsx or .ods, not .csv.</source>
        <translation>Le modèle de la CNIL a une feuille par activité&#xa0;: exportez-le en .xlsx ou .ods, pas en .csv.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/reports.py" line="40"/>
        <source>The extract {name} must be a CSV or JSON file.</source>
        <translation>L’extrait {name} doit être un fichier CSV ou JSON.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/reports.py" line="85"/>
        <source>Complete the register first (File → Register of processing activities): {activities}. The access report states each of these for every activity that concerns the person.</source>
        <translation>Complétez d’abord le registre (Fichier → Registre des activités de traitement)&#xa0;: {activities}. Le rapport d’accès indique chacun de ces éléments pour chaque traitement qui concerne la personne.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/redaction.py" line="111"/>
        <source>{name} cannot be shown as pages: {why}.</source>
        <translation>{name} ne peut pas être affiché en pages&#xa0;: {why}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/redaction.py" line="114"/>
        <source>{name}: DPO Desk redacts PDFs, images, emails and text files; save this one as PDF first.</source>
        <translation>{name}&#xa0;: DPO Desk occulte les PDF, images, courriels et fichiers texte&#xa0;; enregistrez d’abord celui-ci en PDF.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/redaction.py" line="129"/>
        <source>{name} is already a redacted copy: redact the original, and make a new copy.</source>
        <translation>{name} est déjà une copie occultée&#xa0;: occultez l’original, puis établissez une nouvelle copie.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/redaction.py" line="140"/>
        <location filename="../../dpo_desk/services/reports.py" line="50"/>
        <source>The extract {name} cannot be read: {exc}</source>
        <translation>L’extrait {name} est illisible : {exc}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/redaction.py" line="160"/>
        <source>An extract is redacted by cells, rows or columns; a document by boxes on its pages.</source>
        <translation>Un extrait s’occulte par cellules, lignes ou colonnes&#xa0;; un document par cadres sur ses pages.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/reports.py" line="71"/>
        <source>Tick the processing activities that concern the person first (dpo-desk activities {reference} NAME...): the access report explains each of them.</source>
        <translation>Cochez d’abord les traitements qui concernent la personne de {reference} (onglet Traitements) : le rapport d’accès explique chacun d’eux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/backup.py" line="232"/>
        <source>A file already exists at {target}; choose another name.</source>
        <translation>Un fichier existe déjà à {target} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/backup.py" line="257"/>
        <source>{name} is damaged: its copy failed the integrity check, so no backup was made and the older ones are untouched. Restore it from a backup (in {name}-backups): dpo-desk restore BACKUP.</source>
        <translation>{name} est endommagé&#xa0;: sa copie n’a pas passé le contrôle d’intégrité, aucune sauvegarde n’a donc été faite et les plus anciennes sont intactes. Restaurez-le depuis une sauvegarde (dans {name}-backups)&#xa0;: dpo-desk restore SAUVEGARDE.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/backup.py" line="265"/>
        <source>The backup written to {target} did not pass its integrity check.</source>
        <translation>La sauvegarde écrite dans {target} n’a pas passé sa vérification d’intégrité.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="66"/>
        <source>The passphrase must have at least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>La phrase secrète doit compter au moins {minimum} caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="107"/>
        <location filename="../../dpo_desk/storage/casefile.py" line="275"/>
        <source>The case file is closed.</source>
        <translation>Le dossier est fermé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="295"/>
        <location filename="../../dpo_desk/storage/casefile.py" line="321"/>
        <source>The key file does not belong to this case file.</source>
        <translation>Le fichier de clé n’appartient pas à ce dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="312"/>
        <source>The case file is open read-only; its key cannot be changed.</source>
        <translation>Le dossier est ouvert en lecture seule ; sa clé ne peut pas être changée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="346"/>
        <source>Changing the encryption key failed; the case file still opens with its old key.</source>
        <translation>Le changement de clé de chiffrement a échoué ; le dossier s’ouvre toujours avec son ancienne clé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="403"/>
        <source>{name} did not pass its integrity check.</source>
        <translation>{name} n’a pas passé sa vérification d’intégrité.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="457"/>
        <source>This installation uses SQLCipher {version}, but DPO Desk needs SQLCipher 4. Reinstall DPO Desk.</source>
        <translation>Cette installation utilise SQLCipher {version}, mais DPO Desk a besoin de SQLCipher 4. Réinstallez DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="469"/>
        <source>This installation&apos;s SQLCipher is not configured as DPO Desk requires ({settings}). Reinstall DPO Desk.</source>
        <translation>Le SQLCipher de cette installation n’est pas configuré comme DPO Desk l’exige ({settings}). Réinstallez DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="486"/>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>{path} est illisible : {strerror}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="495"/>
        <source>{name} is an ordinary, unencrypted SQLite database, not a DPO Desk case file.</source>
        <translation>{name} est une base SQLite ordinaire, non chiffrée, pas un dossier DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="503"/>
        <source>{name} is not a DPO Desk case file.</source>
        <translation>{name} n’est pas un dossier DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="510"/>
        <source>{name} cannot be opened: it is not a DPO Desk case file, or the key file {key_file} that belongs with it is missing (a case file travels with its key file: copy both, side by side).</source>
        <translation>{name} ne peut pas être ouvert : ce n’est pas un dossier DPO Desk, ou le fichier de clé {key_file} qui l’accompagne manque (un dossier voyage avec son fichier de clé : copiez les deux, côte à côte).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="541"/>
        <source>{path} already exists; choose another name or open it instead.</source>
        <translation>{path} existe déjà ; choisissez un autre nom ou ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="549"/>
        <source>The folder {parent} does not exist.</source>
        <translation>Le répertoire {parent} n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="628"/>
        <source>There is no case file at {path}.</source>
        <translation>Il n’y a pas de dossier à {path}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="636"/>
        <source>{path} is a folder, not a case file.</source>
        <translation>{path} est un répertoire, pas un dossier DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="666"/>
        <source>The key file does not belong to {name}, or the case file is damaged.</source>
        <translation>Le fichier de clé n’appartient pas à {name}, ou le dossier est endommagé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="711"/>
        <source>The case file was not closed properly last time (its lock file names {who}, and that program is no longer running). It was reopened: SQLite keeps every change that was saved and drops one that was under way. To check the whole file, run File → Verify integrity (dpo-desk verify).</source>
        <translation>Le dossier n’a pas été fermé correctement la dernière fois (son fichier de verrou nomme {who}, et ce programme ne tourne plus). Il a été rouvert&#xa0;: SQLite garde chaque modification enregistrée et abandonne celle qui était en cours. Pour contrôler tout le fichier, lancez Fichier → Vérifier l’intégrité (dpo-desk verify).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="40"/>
        <source>The disk holding {folder} is full; nothing was changed. Free some space on it, then try again.</source>
        <translation>Le disque qui contient {folder} est plein&#xa0;; rien n’a été modifié. Libérez de la place sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="108"/>
        <source>{name} cannot be written ({why}); nothing was changed. It is open read-only, or the file or its folder is not writable by you.</source>
        <translation>{name} ne peut pas être modifié ({why})&#xa0;; rien n’a été modifié. Il est ouvert en lecture seule, ou vous n’avez pas le droit d’écrire dans le fichier ou son dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="118"/>
        <source>{name} is busy: another program kept it locked for too long; nothing was changed. Try again.</source>
        <translation>{name} est occupé&#xa0;: un autre programme l’a verrouillé trop longtemps&#xa0;; rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="126"/>
        <source>This computer ran out of memory while working on {name}; nothing was changed.</source>
        <translation>Cet ordinateur a manqué de mémoire en travaillant sur {name}&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="138"/>
        <source>{name} is damaged and cannot be read ({why}). Restore it from a backup (in {name}-backups): dpo-desk restore BACKUP.</source>
        <translation>{name} est endommagé et illisible ({why}). Restaurez-le depuis une sauvegarde (dans {name}-backups) : dpo-desk restore SAUVEGARDE.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/failures.py" line="150"/>
        <source>{name} could not be read or written ({why}); nothing was changed. Check the disk (or the network drive) holding it, then try again.</source>
        <translation>{name} n’a pas pu être lu ou écrit ({why})&#xa0;; rien n’a été modifié. Vérifiez le disque (ou le lecteur réseau) qui le contient, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="739"/>
        <source>{name} is locked: its passphrase is needed to open it.</source>
        <translation>{name} est verrouillé : sa phrase secrète est nécessaire pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="759"/>
        <source>The passphrase is right, but {name} cannot be decrypted with its key: the case file is damaged or its key file belongs to another case file. Restore it from a backup.</source>
        <translation>La phrase secrète est juste, mais {name} ne peut pas être déchiffré avec sa clé : le dossier est endommagé ou son fichier de clé appartient à un autre dossier. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="775"/>
        <source>{name} was written by a newer version of DPO Desk. Update DPO Desk to open it.</source>
        <translation>{name} a été écrit par une version plus récente de DPO Desk. Mettez DPO Desk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/casefile.py" line="783"/>
        <source>{name} must be upgraded to this version of DPO Desk: open it once for writing.</source>
        <translation>{name} doit être mis à niveau pour cette version de DPO Desk : ouvrez-le une fois en écriture.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keyfile.py" line="123"/>
        <source>The key file {where} asks for Argon2 settings DPO Desk does not accept ({problem}): it is damaged or was not written by DPO Desk. Nothing was derived from the passphrase.</source>
        <translation>Le fichier de clé {where} demande des réglages Argon2 que DPO Desk n’accepte pas ({problem})&#xa0;: il est endommagé ou n’a pas été écrit par DPO Desk. Rien n’a été dérivé de la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keyfile.py" line="169"/>
        <source>Wrong passphrase: the case file was not opened. Check the passphrase and try again.</source>
        <translation>Phrase secrète incorrecte : le dossier n’a pas été ouvert. Vérifiez la phrase secrète et réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keyfile.py" line="179"/>
        <source>The key file {where} is damaged or is not a DPO Desk key file.</source>
        <translation>Le fichier de clé {where} est endommagé ou n’est pas un fichier de clé DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keyfile.py" line="191"/>
        <source>The key file {where} was written by a different version of DPO Desk (key format {version}); update DPO Desk to open it.</source>
        <translation>Le fichier de clé {where} a été écrit par une autre version de DPO Desk (format {version}) ; mettez DPO Desk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keystore.py" line="51"/>
        <source>Remembering the passphrase is unavailable on this computer: no secure system keyring was found. The case file still opens with its passphrase.</source>
        <translation>Impossible de mémoriser la clé sur cet ordinateur : aucun trousseau sécurisé n’a été trouvé. Le dossier s’ouvre toujours avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keystore.py" line="74"/>
        <source>The system keyring did not answer in time; use the passphrase.</source>
        <translation>Le trousseau du système n’a pas répondu à temps ; utilisez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/keystore.py" line="84"/>
        <source>The system keyring refused the request ({kind}); use the passphrase.</source>
        <translation>Le trousseau du système a refusé la demande ({kind}) ; utilisez la phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="103"/>
        <source>This case file is already open in this window or process.</source>
        <translation>Ce dossier est déjà ouvert dans cette fenêtre ou ce processus.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="112"/>
        <source>The lock file {path} (owned by {owner}) cannot be opened by you ({why}), so DPO Desk cannot tell whether someone is writing to the case file. If {owner} has it open, ask them to close it; if nobody has, {owner} or an administrator can delete {path}. Meanwhile, dpo-desk --read-only can read it.</source>
        <translation>Vous ne pouvez pas ouvrir le fichier de verrou {path} (appartenant à {owner}) ({why})&#xa0;: DPO Desk ne peut donc pas savoir si quelqu’un modifie le dossier. Si {owner} l’a ouvert, demandez-lui de le fermer&#xa0;; si personne ne l’a ouvert, {owner} ou un administrateur peut supprimer {path}. En attendant, dpo-desk --read-only permet de le lire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="159"/>
        <source>The lock file {path} could not be removed ({why}); it no longer locks anything, and the next opening takes it over.</source>
        <translation>Le fichier de verrou {path} n’a pas pu être supprimé ({why})&#xa0;; il ne verrouille plus rien, et la prochaine ouverture le reprendra.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="250"/>
        <source>The case file is open for writing by process {pid} of {owner} on this computer (its lock file {path} names {claimed}, which is not that process). Close it there first; meanwhile, dpo-desk --read-only can read it.</source>
        <translation>Le dossier est ouvert en écriture par le processus {pid} de {owner} sur cet ordinateur (son fichier de verrou {path} nomme {claimed}, qui n’est pas ce processus). Fermez-le d’abord là-bas&#xa0;; en attendant, dpo-desk --read-only permet de le lire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="263"/>
        <source>The case file is open for writing by another program (its lock file {path}, owned by {owner}, does not say which). Close it there first; meanwhile, dpo-desk --read-only can read it.</source>
        <translation>Le dossier est ouvert en écriture par un autre programme (son fichier de verrou {path}, appartenant à {owner}, ne dit pas lequel). Fermez-le d’abord là-bas&#xa0;; en attendant, dpo-desk --read-only permet de le lire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/lock.py" line="274"/>
        <source>The case file is open for writing by {who}. Close it there first, or open it read-only (dpo-desk --read-only).</source>
        <translation>Le dossier est ouvert en écriture par {who}. Fermez-le d’abord là-bas, ou ouvrez-le en lecture seule (dpo-desk --read-only).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/backups.py" line="38"/>
        <source>The backup and the case file to restore are the same file.</source>
        <translation>La sauvegarde et le dossier à restaurer sont le même fichier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="125"/>
        <source>Already imported as {reference} (same Message-ID).</source>
        <translation>Déjà importé sous {reference} (même Message-ID).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="137"/>
        <source>Could not tell which organisation it was sent to: log it by hand, choosing the organisation.</source>
        <translation>Impossible de savoir à quelle organisation il a été envoyé : enregistrez-le à la main, en choisissant l’organisation.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="148"/>
        <source>The sender&apos;s address could not be read.</source>
        <translation>L’adresse de l’expéditeur est illisible.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="156"/>
        <source>No right was recognised in the message: read it and log it from the workbench.</source>
        <translation>Aucun droit n’a été reconnu dans le message : lisez-le et enregistrez-le depuis le poste de travail.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="193"/>
        <source>Logged as {reference}. Linked to the person already on file.</source>
        <translation>Enregistré sous {reference}. Rattaché à la personne déjà connue.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="197"/>
        <source>Logged as {reference}.</source>
        <translation>Enregistré sous {reference}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_import.py" line="283"/>
        <source>Cannot read the file: {why}.</source>
        <translation>Impossible de lire le fichier : {why}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="110"/>
        <source>The file is empty: there is no message to read.</source>
        <translation>Le fichier est vide : il n’y a aucun message à lire.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="122"/>
        <source>The message is {megabytes:.0f} MB; messages over {limit} MB are not taken in. Save its attachments separately.</source>
        <translation>Le message pèse {megabytes:.0f} Mo ; les messages de plus de {limit} Mo ne sont pas acceptés. Enregistrez ses pièces jointes séparément.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="146"/>
        <source>Read from an Outlook .msg file; the original file is kept.</source>
        <translation>Lu depuis un fichier Outlook .msg ; le fichier d’origine est conservé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="159"/>
        <source>The message is malformed: {defect}.</source>
        <translation>Le message est mal formé : {defect}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="169"/>
        <source>The sender&apos;s address could not be read: enter it by hand.</source>
        <translation>L’adresse de l’expéditeur est illisible : saisissez-la à la main.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="226"/>
        <source>The {header} header could not be read ({kind}).</source>
        <translation>L’en-tête {header} est illisible ({kind}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="294"/>
        <source>The Date header could not be read: check the date received.</source>
        <translation>L’en-tête Date est illisible : vérifiez la date de réception.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="346"/>
        <source>The text of the message uses an unknown encoding; some characters may be wrong.</source>
        <translation>Le texte du message utilise un codage inconnu ; certains caractères peuvent être erronés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="362"/>
        <source>The message has more than {limit} parts; the rest was not read.</source>
        <translation>Le message compte plus de {limit} parties ; le reste n’a pas été lu.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="371"/>
        <source>The attachments could not be listed ({kind}).</source>
        <translation>Les pièces jointes n’ont pas pu être listées ({kind}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_intake.py" line="391"/>
        <source>Attachment {index} could not be decoded ({kind}); it was left out.</source>
        <translation>La pièce jointe {index} n’a pas pu être décodée ({kind}) ; elle a été laissée de côté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/outlook_msg.py" line="42"/>
        <source>This Outlook .msg file cannot be read ({kind}): it may be damaged, or be another kind of Office file. Save the message again from Outlook (File → Save As → .msg or .eml).</source>
        <translation>Ce fichier Outlook .msg est illisible ({kind}) : il est peut-être endommagé, ou c’est un autre type de fichier Office. Enregistrez de nouveau le message depuis Outlook (Fichier → Enregistrer sous → .msg ou .eml).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/events.py" line="43"/>
        <source>{reference} was purged when its retention period was over: only its procedural facts are kept, and it cannot be changed.</source>
        <translation>{reference} a été purgée à la fin de sa durée de conservation : seuls ses faits de procédure sont conservés, et elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/retention.py" line="167"/>
        <source>{reference} cannot be purged: it is not closed, its retention period is not over, or it was purged already. Nothing was purged.</source>
        <translation>{reference} ne peut pas être purgée : elle n’est pas clôturée, sa durée de conservation n’est pas écoulée, ou elle a déjà été purgée. Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/retention.py" line="248"/>
        <source>purge closed cases</source>
        <translation>purger les demandes clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/retention.py" line="252"/>
        <source>Only messages set aside longer ago than the retention period can be deleted. Nothing was purged.</source>
        <translation>Seuls les messages écartés depuis plus longtemps que la durée de conservation peuvent être supprimés. Rien n’a été purgé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_worker.py" line="95"/>
        <source>The email reader could not be started, so the message was not read. Try again; if it keeps failing, reinstall DPO Desk.</source>
        <translation>Le lecteur de messages n’a pas pu démarrer : le message n’a pas été lu. Réessayez ; si l’échec se répète, réinstallez DPO Desk.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_worker.py" line="127"/>
        <source>The message could not be read: its reader stopped on it (it may be damaged or built to attack). It was not taken in; nothing else was affected.</source>
        <translation>Le message n’a pas pu être lu : son lecteur s’est arrêté dessus (il est peut-être endommagé ou conçu pour attaquer). Il n’a pas été pris en compte ; rien d’autre n’a été touché.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_worker.py" line="136"/>
        <source>The message took longer than {seconds:.0f} seconds to read and was given up (it may be damaged or built to attack). It was not taken in.</source>
        <translation>La lecture du message a dépassé {seconds:.0f} secondes et a été abandonnée (il est peut-être endommagé ou conçu pour attaquer). Il n’a pas été pris en compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_worker.py" line="154"/>
        <source>The message needs more memory to read than DPO Desk allows (it may be built to attack). It was not taken in.</source>
        <translation>La lecture du message demande plus de mémoire que DPO Desk n’en autorise (il est peut-être conçu pour attaquer). Il n’a pas été pris en compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/email_worker.py" line="161"/>
        <source>The message could not be read ({error}); it was not taken in.</source>
        <translation>Le message n’a pas pu être lu ({error}) ; il n’a pas été pris en compte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="46"/>
        <source>Database structure</source>
        <translation>Structure de la base</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="48"/>
        <source>Database structure: OK - SQLite integrity check passed</source>
        <translation>Structure de la base : OK - contrôle d’intégrité SQLite réussi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="51"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="53"/>
        <source>Encryption: OK - every page authenticated (HMAC)</source>
        <translation>Chiffrement : OK - chaque page authentifiée (HMAC)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="56"/>
        <source>Event history</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="59"/>
        <source>Event history: OK - {count} events, hash chain intact</source>
        <translation>Historique : OK - {count} événements, chaîne d’empreintes intacte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="64"/>
        <source>Attachments</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="67"/>
        <source>Attachments: OK - {count} checksums match</source>
        <translation>Pièces : OK - {count} empreintes conformes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="89"/>
        <source>{section}: PROBLEM</source>
        <translation>{section} : PROBLÈME</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="94"/>
        <source>Checkpoint: {checkpoint} (keep it outside the file; `dpo-desk verify --expect` checks it)</source>
        <translation>Point de contrôle : {checkpoint} (conservez-le hors du fichier ; « dpo-desk verify --expect » le vérifie)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/integrity.py" line="76"/>
        <source>Since checkpoint {checkpoint}, verified before: only the events and documents added after it (`dpo-desk verify` checks the whole file)</source>
        <translation>Depuis le point de contrôle {checkpoint}, déjà vérifié : seuls les événements et les documents ajoutés après lui (« dpo-desk verify » vérifie tout le fichier)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/encryption.py" line="40"/>
        <source>The PDF could not be encrypted ({why}); nothing was sent.</source>
        <translation>Le PDF n’a pas pu être chiffré ({why})&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/matching.py" line="74"/>
        <source>Bounce of the email to {to}</source>
        <translation>Retour en erreur du courriel à {to}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/matching.py" line="79"/>
        <source>Reply of {contact} about {activity}</source>
        <translation>Réponse de {contact} sur {activity}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="204"/>
        <source>The redirect address {host} is not this computer: nothing was authorised.</source>
        <translation>L’adresse de retour {host} n’est pas cet ordinateur&#xa0;: rien n’a été autorisé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="228"/>
        <source>No free port for the sign-in&apos;s return on this computer: try again.</source>
        <translation>Aucun port libre sur cet ordinateur pour le retour de la connexion&#xa0;: réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="306"/>
        <source>The browser did not come back within {minutes} minutes: nothing was authorised. Try again.</source>
        <translation>Le navigateur n’est pas revenu dans les {minutes} minutes&#x202f;: rien n’a été autorisé. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="316"/>
        <source>The sign-in was refused ({error}: {description}); nothing was authorised.</source>
        <translation>La connexion a été refusée ({error}&#x202f;: {description})&#x202f;; rien n’a été autorisé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="328"/>
        <source>The provider gave no refresh token, so DPO Desk would have to ask you again within the hour. Check that the scopes allow offline access.</source>
        <translation>Le fournisseur n’a pas donné de jeton de renouvellement&#x202f;: DPO Desk devrait vous redemander la connexion dans l’heure. Vérifiez que les autorisations (scopes) permettent l’accès hors connexion.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="346"/>
        <source>The OAuth2 provider refused: {error} ({description}).</source>
        <translation>Le fournisseur OAuth2 a refusé&#x202f;: {error} ({description}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="352"/>
        <source>The OAuth2 provider could not be reached: {why}.</source>
        <translation>Le fournisseur OAuth2 est injoignable&#x202f;: {why}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="362"/>
        <source>The sign-in worked, but its token could not be kept in the system keyring: {exc}</source>
        <translation>La connexion a réussi, mais son jeton n’a pas pu être gardé dans le trousseau du système&#x202f;: {exc}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="399"/>
        <source>The mailbox {username} is not authorised yet (or its authorisation was removed): re-authorise it in File → Mailboxes, or with dpo-desk mailbox authorise.</source>
        <translation>La boîte {username} n’est pas encore autorisée (ou son autorisation a été retirée)&#x202f;: autorisez-la dans Fichier → Boîtes aux lettres, ou avec dpo-desk mailbox authorise.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/oauth.py" line="415"/>
        <source>The authorisation of {username} could not be renewed ({why}): re-authorise the mailbox.</source>
        <translation>L’autorisation de {username} n’a pas pu être renouvelée ({why})&#x202f;: autorisez de nouveau la boîte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/relays.py" line="184"/>
        <source>ask the departments for the person&apos;s data</source>
        <translation>demander aux services les données de la personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/relays.py" line="188"/>
        <source>{reference} is closed: the departments are no longer asked.</source>
        <translation>{reference} est clos&#xa0;: les services ne sont plus sollicités.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/relays.py" line="197"/>
        <source>{reference}: no ticked activity names an internal contact not yet asked. Name one in the register (File → Register of processing activities, or dpo-desk register contact ACTIVITY ADDRESS).</source>
        <translation>{reference}&#xa0;: aucun traitement coché ne nomme un contact interne pas encore sollicité. Nommez-en un dans le registre (Fichier → Registre des traitements, ou dpo-desk register contact TRAITEMENT ADRESSE).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="135"/>
        <source>An email template starts with its subject, then a line ---, then the text.</source>
        <translation>Un modèle de courriel commence par son objet, puis une ligne ---, puis le texte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="138"/>
        <source>The template has a stray brace ({why}). Write {{{{ and }}}} for literal braces.</source>
        <translation>Le modèle contient une accolade isolée ({why}). Écrivez {{{{ et }}}} pour des accolades littérales.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="141"/>
        <source>The template uses {unknown}, which DPO Desk cannot fill. Known placeholders: {known}.</source>
        <translation>Le modèle utilise {unknown}, que DPO Desk ne sait pas remplir. Champs connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="144"/>
        <source>The email cannot be written: it needs {missing}.</source>
        <translation>Le courriel ne peut pas être rédigé&#xa0;: il lui faut {missing}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="176"/>
        <source>There is no email template {kind}.</source>
        <translation>Il n’y a pas de modèle de courriel {kind}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="195"/>
        <location filename="../../dpo_desk/services/sending.py" line="218"/>
        <source>change the wording of emails</source>
        <translation>modifier le texte des courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="288"/>
        <source>{organisation} has no sending address yet: add a mailbox with an SMTP server for it (File → Mailboxes, or dpo-desk mailbox add NAME --smtp-host HOST --org {code}).</source>
        <translation>{organisation} n’a pas encore d’adresse d’envoi&#x202f;: ajoutez-lui une boîte avec un serveur SMTP (Fichier → Boîtes aux lettres, ou dpo-desk mailbox add NOM --smtp-host SERVEUR --org {code}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="329"/>
        <source>{reference}: no email address is known for {person}; send the answer by post.</source>
        <translation>{reference}&#x202f;: aucune adresse électronique n’est connue pour {person}&#x202f;; envoyez la réponse par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="341"/>
        <source>{reference} has no letter {letter_id}.</source>
        <translation>{reference} n’a pas de courrier {letter_id}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="349"/>
        <source>The password letter goes by post: emailed to the same address, the password would travel beside the document it opens.</source>
        <translation>Le courrier du mot de passe part par la poste&#xa0;: envoyé par courriel à la même adresse, le mot de passe voyagerait à côté du document qu’il ouvre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="378"/>
        <source>Only letters, the access report and the bundle are sent.</source>
        <translation>Seuls les courriers, le rapport d’accès et l’export de portabilité sont envoyés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="570"/>
        <source>{reference}: no postal address is known for {person}, so the password cannot go by post. Read it out by telephone, or record the address first. Nothing was sent.</source>
        <translation>{reference}&#xa0;: aucune adresse postale n’est connue pour {person}, le mot de passe ne peut donc pas partir par courrier. Lisez-le par téléphone, ou enregistrez d’abord l’adresse. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="593"/>
        <source>The password would travel with the message: nothing was sent.</source>
        <translation>Le mot de passe voyagerait avec le message&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="596"/>
        <source>The message would be {size:.1f} MB; {mailbox} sends at most {limit:.1f} MB. Send it by post instead: print the document and mark it sent by post.</source>
        <translation>Le message ferait {size:.1f} Mo&#x202f;; {mailbox} envoie au plus {limit:.1f} Mo. Envoyez-le plutôt par courrier&#x202f;: imprimez le document et marquez-le envoyé par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="617"/>
        <source>The message was sent (Message-ID {message_id}) but could not be recorded in the case file: {exc}. Record it by hand: mark the letter sent by email, and note the Message-ID.</source>
        <translation>Le message est parti (Message-ID {message_id}) mais n’a pas pu être enregistré dans le dossier&#x202f;: {exc}. Enregistrez-le à la main&#x202f;: marquez le courrier envoyé par courriel et notez le Message-ID.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="882"/>
        <source>show the password of an encrypted email again</source>
        <translation>revoir le mot de passe d’un courriel chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending.py" line="885"/>
        <source>No password to read out is kept for that message.</source>
        <translation>Aucun mot de passe à lire n’est gardé pour ce message.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="74"/>
        <source>{where} does not offer STARTTLS: nothing was sent in clear. Choose TLS (port 465), or check the server.</source>
        <translation>{where} ne propose pas STARTTLS&#x202f;: rien n’a été envoyé en clair. Choisissez TLS (port 465), ou vérifiez le serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="86"/>
        <source>The message is {size:.1f} MB and {where} takes at most {limit:.1f} MB: nothing was sent. Send it by post.</source>
        <translation>Le message fait {size:.1f} Mo et {where} accepte au plus {limit:.1f} Mo&#x202f;: rien n’a été envoyé. Envoyez-le par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="100"/>
        <source>{where} refused the recipient {address} ({code} {reply}): nothing was sent. Check the address.</source>
        <translation>{where} a refusé le destinataire {address} ({code} {reply})&#x202f;: rien n’a été envoyé. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="112"/>
        <source>{where} refused the recipient {address} ({code} {reply}).</source>
        <translation>{where} a refusé le destinataire {address} ({code} {reply}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="157"/>
        <source>{where} refused the OAuth2 token of {username}: re-authorise the mailbox. Nothing was sent.</source>
        <translation>{where} a refusé le jeton OAuth2 de {username}&#x202f;: autorisez de nouveau la boîte. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="177"/>
        <source>{where} refused the user name or password for {username}: nothing was sent.</source>
        <translation>{where} a refusé l’identifiant ou le mot de passe de {username}&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="185"/>
        <source>{where} does not allow signing in this way ({why}): nothing was sent.</source>
        <translation>{where} n’accepte pas ce mode de connexion ({why})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="192"/>
        <location filename="../../dpo_desk/services/smtp.py" line="210"/>
        <source>{where} refused the message as too big ({size:.1f} MB): nothing was sent. Send it by post.</source>
        <translation>{where} a refusé le message, trop gros ({size:.1f} Mo)&#x202f;: rien n’a été envoyé. Envoyez-le par courrier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="200"/>
        <source>{where} refused to send from {address} ({code} {reply}): nothing was sent.</source>
        <translation>{where} a refusé l’envoi depuis {address} ({code} {reply})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="218"/>
        <source>{where} refused the message ({code} {reply}): nothing was sent.</source>
        <translation>{where} a refusé le message ({code} {reply})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="225"/>
        <source>The certificate of {where} is not trusted ({why}): nothing was sent. If your organisation uses its own certificate authority, give its certificate file in the mailbox settings.</source>
        <translation>Le certificat de {where} n’est pas reconnu ({why})&#x202f;: rien n’a été envoyé. Si votre organisme a sa propre autorité de certification, indiquez son fichier de certificat dans les réglages de la boîte.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="235"/>
        <source>The secure connection (TLS) with {where} failed ({why}): nothing was sent. Check the port and the security (TLS on 465, STARTTLS on 587).</source>
        <translation>La connexion sécurisée (TLS) avec {where} a échoué ({why})&#x202f;: rien n’a été envoyé. Vérifiez le port et la sécurité (TLS sur 465, STARTTLS sur 587).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="245"/>
        <source>{where} closed the connection ({why}): nothing was sent.</source>
        <translation>{where} a fermé la connexion ({why})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="251"/>
        <source>{where} did not answer within {seconds} seconds: nothing was sent.</source>
        <translation>{where} n’a pas répondu dans les {seconds} secondes&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="257"/>
        <source>Could not reach the mail server {where} ({why}): nothing was sent.</source>
        <translation>Impossible de joindre le serveur de messagerie {where} ({why})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/smtp.py" line="263"/>
        <source>{where} did not take the message ({why}): nothing was sent.</source>
        <translation>{where} n’a pas pris le message ({why})&#x202f;: rien n’a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="23"/>
        <source>change the passphrase of the case file</source>
        <translation>changer la phrase secrète du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="24"/>
        <source>change the encryption key of the case file</source>
        <translation>changer la clé de chiffrement du dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="25"/>
        <source>let this computer remember the key</source>
        <translation>faire mémoriser la clé par cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="26"/>
        <source>make this computer forget the key</source>
        <translation>faire oublier la clé à cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="32"/>
        <source>The case file is open read-only; how it is unlocked cannot be changed. Nothing was changed.</source>
        <translation>Le dossier est ouvert en lecture seule&#xa0;: sa façon de s’ouvrir ne peut pas être changée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="68"/>
        <source>The passphrase was changed (the new one opens the case file, the old one no longer does), but the history could not record it: {why}</source>
        <translation>La phrase secrète a été changée (la nouvelle ouvre le dossier, l’ancienne ne l’ouvre plus), mais l’historique n’a pas pu l’enregistrer&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/keys.py" line="91"/>
        <source>The case file is now encrypted under a new key (the passphrase still opens it; a backup under the old key was kept), but the history could not record it: {why}</source>
        <translation>Le dossier est désormais chiffré avec une nouvelle clé (la phrase secrète l’ouvre toujours&#xa0;; une sauvegarde avec l’ancienne clé a été gardée), mais l’historique n’a pas pu l’enregistrer&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="79"/>
        <source>{name} has no row of column headings to import requests from.</source>
        <translation>{name} n’a pas de ligne d’intitulés de colonnes à partir de laquelle importer des demandes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="110"/>
        <source>The mapping file is not JSON ({exc}).</source>
        <translation>Le fichier de correspondance n’est pas du JSON ({exc}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="123"/>
        <source>organisation {code}: not in this case file ({known})</source>
        <translation>organisme {code}&#xa0;: absent de ce fichier de dossiers ({known})</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="142"/>
        <source>which organisation? map an organisation column or choose one for every row</source>
        <translation>quel organisme&#xa0;? faites correspondre une colonne d’organisme ou choisissez-en un pour toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="155"/>
        <source>organisation {code} is not in this case file</source>
        <translation>l’organisme {code} n’est pas dans ce fichier de dossiers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/request_import.py" line="177"/>
        <source>The columns are not mapped yet: {problems}.</source>
        <translation>Les colonnes ne sont pas encore mises en correspondance&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="51"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="173"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="72"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="175"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="75"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="176"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="96"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="178"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="102"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="179"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="108"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="180"/>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="114"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="181"/>
        <source>Organisation code</source>
        <translation>Code de l’organisme</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="118"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="182"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="127"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="184"/>
        <source>Date closed</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="133"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="185"/>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="139"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="186"/>
        <source>Date extended</source>
        <translation>Date de prolongation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="145"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="187"/>
        <source>Reason of a refusal</source>
        <translation>Motif d’un refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="163"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="190"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="171"/>
        <source>Reference in the spreadsheet</source>
        <translation>Référence dans le tableur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="172"/>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="174"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="177"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="183"/>
        <source>Date answered</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="188"/>
        <source>Request text</source>
        <translation>Texte de la demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="189"/>
        <source>Registered-mail number</source>
        <translation>Numéro de recommandé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="235"/>
        <source>{field}: no column</source>
        <translation>{field}&#xa0;: aucune colonne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="241"/>
        <source>Who the request is from: map a name or an email column</source>
        <translation>De qui vient la demande&#xa0;: faites correspondre une colonne de nom ou de courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="325"/>
        <source>channel “{text}” is not one DPO Desk knows (post, email, web form, telephone, in person)</source>
        <translation>canal «&#xa0;{text}&#xa0;» inconnu de DPO Desk (courrier, courriel, formulaire en ligne, téléphone, en personne)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="341"/>
        <source>“{text}” names no right DPO Desk knows (accès, effacement, rectification, opposition…)</source>
        <translation>«&#xa0;{text}&#xa0;» ne désigne aucun droit connu de DPO Desk (accès, effacement, rectification, opposition…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="362"/>
        <source>status “{text}” is not one DPO Desk knows (en cours, répondu, refusé, clôturé…)</source>
        <translation>statut «&#xa0;{text}&#xa0;» inconnu de DPO Desk (en cours, répondu, refusé, clôturé…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="376"/>
        <source>“{text}” is neither yes nor no</source>
        <translation>«&#xa0;{text}&#xa0;» n’est ni oui ni non</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="417"/>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="418"/>
        <source>date answered</source>
        <translation>date de réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="419"/>
        <source>date closed</source>
        <translation>date de clôture</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="420"/>
        <source>date extended</source>
        <translation>date de prolongation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="421"/>
        <source>extended</source>
        <translation>prolongée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="454"/>
        <location filename="../../dpo_desk/domain/request_import.py" line="495"/>
        <source>{label}: {why}</source>
        <translation>{label}&#xa0;: {why}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="458"/>
        <source>{label} {day} is in the future</source>
        <translation>{label} {day} dans le futur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="464"/>
        <source>no date received</source>
        <translation>aucune date de réception</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="473"/>
        <source>no right named</source>
        <translation>aucun droit indiqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="502"/>
        <source>“{email}” is not an email address</source>
        <translation>«&#xa0;{email}&#xa0;» n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="504"/>
        <source>no name and no email: who is the request from?</source>
        <translation>ni nom ni courriel&#xa0;: de qui vient la demande&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="510"/>
        <source>“{status}” is an answer: give the date answered (or closed)</source>
        <translation>«&#xa0;{status}&#xa0;» est une réponse&#xa0;: indiquez la date de réponse (ou de clôture)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/request_import.py" line="518"/>
        <source>{label} {day} is before the date received {received}</source>
        <translation>{label} {day} antérieure à la date de réception {received}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/spreadsheet_dates.py" line="43"/>
        <source>“{text}” is not a date</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/spreadsheet_dates.py" line="81"/>
        <source>“{text}” is not a day of the calendar</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un jour du calendrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/spreadsheet_dates.py" line="85"/>
        <source>“{text}” is not a date (write it as 05/03/2026 or 5 mars 2026)</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date (écrivez 05/03/2026 ou 5 mars 2026)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="90"/>
        <source>{activity} is not ticked for {reference}. Ticked: {ticked}.</source>
        <translation>{activity} n’est pas coché pour {reference}. Cochés&#xa0;: {ticked}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="105"/>
        <source>Say why there is no extract, e.g. no data about this person in the CRM.</source>
        <translation>Dites pourquoi il n’y a pas d’extrait, p. ex. aucune donnée sur cette personne dans le CRM.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="109"/>
        <source>The check was made between the day the request was received ({received}) and today.</source>
        <translation>La vérification a eu lieu entre le jour de réception de la demande ({received}) et aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="132"/>
        <source>{reference} has no extract named {name}. Extracts: {names}.</source>
        <translation>{reference} n’a pas d’extrait nommé {name}. Extraits&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="150"/>
        <source>decide to keep data despite an erasure request</source>
        <translation>décider de conserver des données malgré une demande d’effacement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="161"/>
        <source>decide that processing continues despite an objection</source>
        <translation>décider qu’un traitement se poursuit malgré une opposition</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="213"/>
        <source>{name} is not a recipient of the activities ticked for {reference}. Recipients: {names}.</source>
        <translation>{name} n’est pas un destinataire des traitements cochés pour {reference}. Destinataires&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/answers.py" line="232"/>
        <source>decide that a request is manifestly unfounded or excessive</source>
        <translation>décider qu’une demande est manifestement infondée ou excessive</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="62"/>
        <source>Record what was erased and what is kept first (dpo-desk decide-erasure {reference}, or Letters → Record answer → Erasure decided…): the letter states that decision.</source>
        <translation>Enregistrez d’abord ce qui a été effacé et ce qui est conservé (dpo-desk decide-erasure {reference}, ou Courriers → Enregistrer la réponse → Effacement décidé…)&#xa0;: le courrier énonce cette décision.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="82"/>
        <source>Record when and why the restriction is to be lifted first (dpo-desk lift-restriction {reference}).</source>
        <translation>Enregistrez d’abord quand et pourquoi la limitation sera levée (dpo-desk lift-restriction {reference}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="91"/>
        <source>The person is told before the restriction is lifted (Art. 18(3)); it was to be lifted on {on}: record a later day.</source>
        <translation>La personne est informée avant la levée de la limitation (art. 18, 3)&#xa0;; elle devait être levée le {on}&#xa0;: enregistrez un jour plus tardif.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="102"/>
        <source>Record which objection this is and what was decided first (dpo-desk decide-objection {reference}): direct marketing, or another processing (Art. 21(1)).</source>
        <translation>Enregistrez d’abord de quelle opposition il s’agit et ce qui a été décidé (dpo-desk decide-objection {reference})&#xa0;: prospection, ou autre traitement (art. 21, 1).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="116"/>
        <source>Record the Art. 12(5) decision first (dpo-desk decide-unfounded {reference}): manifestly unfounded or excessive, the reasons, and refusal or a fee.</source>
        <translation>Enregistrez d’abord la décision au titre de l’article 12, 5 (dpo-desk decide-unfounded {reference})&#xa0;: manifestement infondée ou excessive, les motifs, et le refus ou des frais.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="127"/>
        <source>Record first whether a decision about the person is automated (dpo-desk decide-automated {reference} --none, or --logic, --significance and --consequences).</source>
        <translation>Enregistrez d’abord si une décision concernant la personne est automatisée (dpo-desk decide-automated {reference} --none, ou --logic, --significance et --consequences).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="142"/>
        <source>Make the portability bundle first (dpo-desk export {reference} -o FILE.zip): the letter encloses it.</source>
        <translation>Faites d’abord l’export de portabilité (dpo-desk export {reference} -o FICHIER.zip)&#xa0;: le courrier le joint.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="158"/>
        <source>Tick the processing activities that concern the person first (dpo-desk activities {reference} NAME...): the letter answers for each of them.</source>
        <translation>Cochez d’abord les traitements qui concernent la personne (dpo-desk activities {reference} NOM...)&#xa0;: le courrier répond pour chacun d’eux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="173"/>
        <location filename="../../dpo_desk/services/reports.py" line="95"/>
        <source>The access answer is not complete yet: {problems}.</source>
        <translation>La réponse d’accès n’est pas encore complète&#xa0;: {problems}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="178"/>
        <source>No data about the person was found in any activity: write the no_data letter (we hold no data about you) instead of the access response.</source>
        <translation>Aucune donnée sur la personne n’a été trouvée dans aucun traitement&#xa0;: écrivez le courrier no_data (nous ne détenons aucune donnée vous concernant) au lieu de la réponse d’accès.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="186"/>
        <source>Make the access report first (dpo-desk report {reference} -o FILE.pdf, or Activities → Access report…): the letter encloses it.</source>
        <translation>Faites d’abord le rapport d’accès (dpo-desk report {reference} -o FICHIER.pdf, ou Traitements → Rapport d’accès…)&#xa0;: le courrier le joint.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="199"/>
        <source>{reference} has data extracts attached: answer with the access response, not with no_data.</source>
        <translation>{reference} a des extraits de données joints&#xa0;: répondez par la réponse d’accès, pas par no_data.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="208"/>
        <source>Record, for each ticked activity, that it holds no data about the person and the day it was checked (dpo-desk extract-reason): {activities}.</source>
        <translation>Enregistrez, pour chaque traitement coché, qu’il ne contient aucune donnée sur la personne et le jour de la vérification (dpo-desk extract-reason)&#xa0;: {activities}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_content.py" line="223"/>
        <source>Record for each recipient whether it was notified, and when, or why that is impossible or would take disproportionate effort (Art. 19; dpo-desk notify-recipient {reference} NAME): {names}.</source>
        <translation>Enregistrez pour chaque destinataire s’il a été informé, et quand, ou pourquoi c’est impossible ou exigerait des efforts disproportionnés (art. 19&#xa0;; dpo-desk notify-recipient {reference} NOM)&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="88"/>
        <source>Say what was erased (e.g. the customer account and its order history).</source>
        <translation>Dites ce qui a été effacé (p. ex. le compte client et l’historique de ses commandes).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="95"/>
        <source>{what}: the ground must be a letter of Art. 17(3), a to e (e.g. b, a legal obligation; e, legal claims).</source>
        <translation>{what}&#xa0;: le motif est une lettre de l’article 17, paragraphe 3, de a à e (p. ex. b, une obligation légale&#xa0;; e, des droits en justice).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="104"/>
        <source>Each item kept needs what it is and the text or reason that keeps it.</source>
        <translation>Chaque donnée conservée indique ce qu’elle est et le texte ou la raison qui la fait conserver.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="108"/>
        <source>{what}: the end of the period it is kept must be after the decision ({on}).</source>
        <translation>{what}&#xa0;: la fin de sa conservation doit suivre la décision ({on}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="160"/>
        <source>The objection is direct_marketing or other; the outcome is stopped or continues.</source>
        <translation>L’opposition est direct_marketing ou other&#xa0;; la décision est stopped ou continues.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="166"/>
        <source>Say which processing the person objects to (e.g. the newsletter, CCTV of the car park).</source>
        <translation>Dites à quel traitement la personne s’oppose (p. ex. la lettre d’information, la vidéosurveillance du parking).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="172"/>
        <source>An objection to direct marketing is absolute (Art. 21(3)): the processing stops; it cannot continue.</source>
        <translation>L’opposition à la prospection est absolue (art. 21, 3)&#xa0;: le traitement cesse&#xa0;; il ne peut pas se poursuivre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="179"/>
        <source>Processing continues only on compelling legitimate grounds which override the person&apos;s interests, or for legal claims (Art. 21(1)): state them.</source>
        <translation>Le traitement ne se poursuit que pour des motifs légitimes et impérieux qui prévalent sur les intérêts de la personne, ou pour des droits en justice (art. 21, 1)&#xa0;: indiquez-les.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="225"/>
        <source>Record either the day the recipient was notified, or why it could not be (impossible or disproportionate effort, Art. 19), not both.</source>
        <translation>Enregistrez soit le jour où le destinataire a été informé, soit pourquoi il n’a pas pu l’être (impossibilité ou efforts disproportionnés, art. 19), pas les deux.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="234"/>
        <source>A recipient cannot have been notified on a day still to come.</source>
        <translation>Un destinataire ne peut pas avoir été informé un jour à venir.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="241"/>
        <source>The Art. 19 exception is impossible or disproportionate.</source>
        <translation>L’exception de l’article 19 est « impossible » ou « disproportionate ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="245"/>
        <source>Say why notifying this recipient is impossible or would take disproportionate effort.</source>
        <translation>Dites pourquoi informer ce destinataire est impossible ou exigerait des efforts disproportionnés.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="282"/>
        <source>Choose one: the request is manifestly unfounded, or manifestly excessive.</source>
        <translation>Choisissez&#xa0;: la demande est manifestement infondée, ou manifestement excessive.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="286"/>
        <source>Give the reasons: the controller bears the burden of demonstrating that the request is manifestly unfounded or excessive (Art. 12(5)).</source>
        <translation>Donnez les motifs&#xa0;: il incombe au responsable du traitement de démontrer le caractère manifestement infondé ou excessif de la demande (art. 12, 5).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="298"/>
        <source>The fee {fee} is not an amount in euros (e.g. 15 or 12,50).</source>
        <translation>Les frais {fee} ne sont pas un montant en euros (p. ex. 15 ou 12,50).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="302"/>
        <source>The fee must be a reasonable amount based on the administrative costs, above zero.</source>
        <translation>Les frais doivent être un montant raisonnable fondé sur les coûts administratifs, supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="336"/>
        <source>There is no automated decision: its logic, significance and consequences stay empty.</source>
        <translation>Il n’y a pas de décision automatisée&#xa0;: sa logique, son importance et ses conséquences restent vides.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="343"/>
        <source>An automated decision is explained by its logic, its significance and its envisaged consequences for the person (Art. 15(1)(h)): give all three.</source>
        <translation>Une décision automatisée s’explique par sa logique, son importance et ses conséquences prévues pour la personne (art. 15, 1, h)&#xa0;: donnez les trois.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="365"/>
        <source>The person must be told before the restriction is lifted (Art. 18(3)): choose a later day.</source>
        <translation>La personne doit être informée avant la levée de la limitation (art. 18, 3)&#xa0;: choisissez un jour plus tardif.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/domain/letter_facts.py" line="371"/>
        <source>Say why the restriction is lifted (e.g. the accuracy of the data was verified).</source>
        <translation>Dites pourquoi la limitation est levée (p. ex. l’exactitude des données a été vérifiée).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/clock.py" line="34"/>
        <source>The extension was recorded on {extended_on}; its notice cannot have been sent on {on}.</source>
        <translation>La prolongation a été enregistrée le {extended_on} ; sa notification ne peut pas avoir été envoyée le {on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/clock.py" line="81"/>
        <source>The extension notice went out on {on}, after the first deadline ({due_on}): it is recorded as late, the extension does not count, and the request stays due on {due_on} (Art. 12(3)).</source>
        <translation>La notification de prolongation est partie le {on}, après le premier délai ({due_on}) : elle est enregistrée en retard, la prolongation ne compte pas et la réponse reste due le {due_on} (art. 12, § 3).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/clock.py" line="93"/>
        <source>This refusal went out on {on}, after the deadline ({deadline_on}): it is recorded as late, and the activity report counts it so.</source>
        <translation>Ce refus est parti le {on}, après le délai ({deadline_on}) : il est enregistré en retard, et le rapport d’activité le compte ainsi.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_form.py" line="52"/>
        <source>The address line “{line}” has {length} characters; La Poste reads at most {most} per line in the envelope&apos;s window. Shorten it (abbreviate the street type, e.g. “bd”, “av.”) in the person&apos;s details; nothing was written.</source>
        <translation>La ligne d’adresse « {line} » compte {length} caractères ; La Poste en lit au plus {most} par ligne dans la fenêtre de l’enveloppe. Raccourcissez-la (abrégez le type de voie, p. ex. « bd », « av. ») dans les coordonnées de la personne ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/letter_form.py" line="63"/>
        <source>The address has {lines} lines with the name; La Poste reads at most {most} in the envelope&apos;s window. Put it on fewer lines in the person&apos;s details; nothing was written.</source>
        <translation>L’adresse compte {lines} lignes avec le nom ; La Poste en lit au plus {most} dans la fenêtre de l’enveloppe. Mettez-la sur moins de lignes dans les coordonnées de la personne ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="29"/>
        <source>Someone acting for the person is a representative, a parent or guardian, or an heir, not “{value}”.</source>
        <translation>Qui agit pour la personne est un mandataire, un parent ou tuteur, ou un héritier, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="43"/>
        <source>Say who made the request on the person&apos;s behalf: their name.</source>
        <translation>Indiquez qui a fait la demande pour le compte de la personne : son nom.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="47"/>
        <source>Say where to answer whoever made the request on the person&apos;s behalf: a postal or email address.</source>
        <translation>Indiquez où répondre à qui a fait la demande pour le compte de la personne : une adresse postale ou électronique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="94"/>
        <source>{reference} was made by the person themselves; there is no one else&apos;s authority to check.</source>
        <translation>{reference} a été faite par la personne elle-même ; il n’y a pas de pouvoir d’un tiers à vérifier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="106"/>
        <source>Say which proof of {name}&apos;s identity and authority was checked (a mandate, the parental authority or guardianship order, the heir&apos;s certificate).</source>
        <translation>Indiquez quelle preuve de l’identité et du pouvoir de {name} a été vérifiée (un mandat, l’autorité parentale ou le jugement de tutelle, l’acte de notoriété de l’héritier).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="115"/>
        <source>An heir acts on proof of the death too (LIL art. 85-II): say which (e.g. the death certificate).</source>
        <translation>Un héritier agit aussi sur preuve du décès (loi Informatique et Libertés, art. 85-II) : indiquez laquelle (p. ex. l’acte de décès).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="136"/>
        <source>{name} made this request on the person&apos;s behalf: check their identity and authority first (Authority checked…, or dpo-desk authority); the identity check covers both people.</source>
        <translation>{name} a fait cette demande pour le compte de la personne : vérifiez d’abord son identité et son pouvoir (Pouvoir vérifié…, ou dpo-desk authority) ; la vérification d’identité porte sur les deux personnes.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="154"/>
        <source>Post-mortem directives are general or particular, not “{value}”.</source>
        <translation>Les directives post mortem sont générales ou particulières, pas « {value} ».</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="159"/>
        <source>General directives are registered with a certified digital trusted third party (LIL art. 85-I): name it.</source>
        <translation>Les directives générales sont enregistrées auprès d’un tiers de confiance numérique certifié (loi Informatique et Libertés, art. 85-I) : nommez-le.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/proxies.py" line="167"/>
        <source>Particular directives are held by the controller with the person&apos;s specific consent (LIL art. 85-I): give the day that consent was given.</source>
        <translation>Les directives particulières sont enregistrées auprès du responsable du traitement avec le consentement spécifique de la personne (loi Informatique et Libertés, art. 85-I) : indiquez le jour de ce consentement.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending_proof.py" line="28"/>
        <source>Mark the letter sent first: its acknowledgement of receipt follows.</source>
        <translation>Marquez d’abord le courrier comme envoyé : son accusé de réception vient ensuite.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/sending_proof.py" line="32"/>
        <source>The acknowledgement of receipt is signed between the day the letter was sent ({sent_on}) and today, not on {signed_on}.</source>
        <translation>L’accusé de réception est signé entre le jour d’envoi du courrier ({sent_on}) et aujourd’hui, pas le {signed_on}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="90"/>
        <source>{reference} was withdrawn as logged in error; it cannot be corrected.</source>
        <translation>{reference} a été retirée comme enregistrée par erreur ; elle ne peut pas être corrigée.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="111"/>
        <source>{reference} cannot have been received on {received_on}: a step of the case is dated {first_step}, before it.</source>
        <translation>{reference} ne peut pas avoir été reçue le {received_on} : une étape du dossier est datée du {first_step}, avant cette date.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="133"/>
        <source>Nothing to correct: {reference} already says so.</source>
        <translation>Rien à corriger : {reference} indique déjà cela.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="143"/>
        <source>Give the person&apos;s name or an email: both cannot be empty.</source>
        <translation>Indiquez le nom de la personne ou une adresse e-mail : les deux ne peuvent pas être vides.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="186"/>
        <source>withdraw a request as logged in error</source>
        <translation>retirer une demande enregistrée par erreur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="190"/>
        <source>{reference} is already withdrawn as logged in error.</source>
        <translation>{reference} est déjà retirée comme enregistrée par erreur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="195"/>
        <source>Say why {reference} was logged in error: the reason stays in its history.</source>
        <translation>Indiquez pourquoi {reference} a été enregistrée par erreur : le motif reste dans son historique.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/corrections.py" line="224"/>
        <source>{reference} is not withdrawn as logged in error.</source>
        <translation>{reference} n’est pas retirée comme enregistrée par erreur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/undo.py" line="28"/>
        <source>correction of {reference}</source>
        <translation>la correction de {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/undo.py" line="29"/>
        <source>withdrawal of {reference}</source>
        <translation>le retrait de {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/undo.py" line="30"/>
        <source>assignment of {reference}</source>
        <translation>l’attribution de {reference}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/undo.py" line="74"/>
        <source>Something was recorded since the {change} (see the history): it can no longer be undone safely.</source>
        <translation>Quelque chose a été enregistré depuis {change} (voir l’historique) : l’annulation n’est plus sûre.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/envelopes.py" line="22"/>
        <source>{reference} has no letter {letter}.</source>
        <translation>{reference} n’a pas de courrier {letter}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/envelopes.py" line="29"/>
        <source>There is no postal address for {name}: an envelope needs one (add it to the request first).</source>
        <translation>Aucune adresse postale pour {name} : une enveloppe en demande une (ajoutez-la d’abord à la demande).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="57"/>
        <source>Copied {source} to {target}: {requests} requests, {letters} letters, {documents} documents, {events} events of history, verified before and after ({seconds} s).</source>
        <translation>{source} copié vers {target} : {requests} demandes, {letters} courriers, {documents} documents, {events} événements d’historique, vérifiés avant et après ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="123"/>
        <source>The team server {server} holds no case file. Nothing was written.</source>
        <translation>Le serveur d’équipe {server} ne contient aucun dossier. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="135"/>
        <source>Only the owner of the database {database} ({owner}) can move a case file onto it or out of it (everyone else sees only their organisations); {login} is not. Nothing was changed.</source>
        <translation>Seul le propriétaire de la base {database} ({owner}) peut y transférer un dossier ou l’en sortir (les autres ne voient que leurs organismes) ; {login} ne l’est pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="150"/>
        <source>The case file on {server} is at schema {found}, this DPO Desk at {expected}: use the same version of DPO Desk on both sides. Nothing was changed.</source>
        <translation>Le dossier sur {server} est au schéma {found}, ce DPO Desk au schéma {expected} : utilisez la même version de DPO Desk des deux côtés. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="171"/>
        <source>The team server {server} already holds {count} requests: a case file is moved only into an empty database, never merged into another. Nothing was changed.</source>
        <translation>Le serveur d’équipe {server} contient déjà {count} demandes : un dossier n’est transféré que dans une base vide, jamais fusionné avec un autre. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="181"/>
        <source>The team server {server} already holds organisations, users or a history (set up by server init?): move the case file into a new, empty database; migrate makes the schema itself. Nothing was changed.</source>
        <translation>Le serveur d’équipe {server} contient déjà des organismes, des utilisateurs ou un historique (préparé par server init ?) : transférez le dossier dans une base neuve et vide ; migrate crée lui-même le schéma. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="198"/>
        <source>The history of {source} does not verify (event {seq} {problem}): run dpo-desk verify; a broken history is not moved. Nothing was changed.</source>
        <translation>L’historique de {source} ne se vérifie pas (événement {seq} : {problem}) : lancez dpo-desk verify ; un historique rompu n’est pas transféré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="216"/>
        <source>After the copy, the table {table} holds {found} rows on {target} instead of {expected}: the copy was undone. Nothing was changed.</source>
        <translation>Après la copie, la table {table} compte {found} lignes sur {target} au lieu de {expected} : la copie a été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="229"/>
        <source>After the copy, the history on {target} does not verify ({problem}): the copy was undone. Nothing was changed.</source>
        <translation>Après la copie, l’historique sur {target} ne se vérifie pas ({problem}) : la copie a été annulée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="251"/>
        <source>{path} did not verify when opened alone after the copy: it was removed.</source>
        <translation>{path} ne s’est pas vérifié une fois ouvert seul après la copie : il a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="264"/>
        <source>Members copied from the case file, whose PostgreSQL logins are still to be granted on the server (users add): {members}.</source>
        <translation>Membres copiés depuis le dossier, dont les identifiants PostgreSQL restent à accorder sur le serveur (users add) : {members}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="277"/>
        <source>Until logins are granted, only the database&apos;s owner can open the case file on the server.</source>
        <translation>Tant qu’aucun identifiant n’est accordé, seul le propriétaire de la base peut ouvrir le dossier sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="283"/>
        <source>The case file itself was left as it was: keep it as an archive, and work on the server from now on.</source>
        <translation>Le fichier du dossier lui-même est resté tel quel : gardez-le comme archive, et travaillez désormais sur le serveur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/services/transfer.py" line="294"/>
        <source>{path} opens alone with its passphrase (dpo-desk --case-file {path} verify checks it again), or moves back onto a server with migrate --to-server.</source>
        <translation>{path} s’ouvre seul avec sa phrase secrète (dpo-desk --case-file {path} verify le vérifie à nouveau), ou retourne sur un serveur avec migrate --to-server.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/transfer.py" line="96"/>
        <source>The copy failed at the table {table} ({why}). It was undone: nothing was written.</source>
        <translation>La copie a échoué à la table {table} ({why}). Elle a été annulée : rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/cli/running.py" line="122"/>
        <source>The case file could not be read or written ({why}). Nothing from this command was saved.</source>
        <translation>Le dossier n’a pas pu être lu ou écrit ({why}). Rien de cette commande n’a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/job_locks.py" line="28"/>
        <source>fetching the mail</source>
        <translation>en train de relever le courrier électronique</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/job_locks.py" line="29"/>
        <source>purging the requests whose retention period is over</source>
        <translation>en train de purger les demandes dont la durée de conservation est écoulée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/job_locks.py" line="30"/>
        <source>making the scheduled backup</source>
        <translation>en train de faire la sauvegarde programmée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/job_locks.py" line="40"/>
        <source>{login} is already {doing}. It runs in one place at a time: nothing was started.</source>
        <translation>{login} est déjà {doing}. Cela ne se fait qu’à un poste à la fois : rien n’a été lancé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/storage/server/job_locks.py" line="48"/>
        <source>{login} is already {doing} (since {time}). It runs in one place at a time: nothing was started.</source>
        <translation>{login} est déjà {doing} (depuis {time}). Cela ne se fait qu’à un poste à la fois : rien n’a été lancé.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="124"/>
        <source>Give the team server&apos;s address (its name or IP address).</source>
        <translation>Indiquez l&apos;adresse du serveur d&apos;équipe (son nom ou son adresse IP).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="125"/>
        <source>Give the name of the database on the team server.</source>
        <translation>Indiquez le nom de la base de données sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="126"/>
        <source>Give your login on the team server.</source>
        <translation>Indiquez votre identifiant sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="131"/>
        <source>Choose how the connection is protected (TLS).</source>
        <translation>Choisissez comment la connexion est protégée (TLS).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="134"/>
        <source>The CA file {path} does not exist: choose the company&apos;s certificate file.</source>
        <translation>Le fichier CA {path} n&apos;existe pas : choisissez le fichier de certificat de l&apos;entreprise.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="163"/>
        <source>The team server {server} asks for {login}&apos;s password: type it (or keep it in ~/.pgpass). Nothing was changed.</source>
        <translation>Le serveur d&apos;équipe {server} demande le mot de passe de {login} : saisissez-le (ou conservez-le dans ~/.pgpass). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="188"/>
        <source>The database {database} on {server} is not set up for DPO Desk: its owner runs dpo-desk server init first.</source>
        <translation>La base de données {database} sur {server} n&apos;est pas préparée pour DPO Desk : son propriétaire lance d&apos;abord dpo-desk server init.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="199"/>
        <source>{login} is not a member of the team on {server}: a DPO adds them (dpo-desk users add {login}).</source>
        <translation>{login} n&apos;est pas membre de l&apos;équipe sur {server} : un DPO l&apos;ajoute (dpo-desk users add {login}).</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/front_door/team_server.py" line="211"/>
        <source>The secure connection (TLS) to {server} failed ({why}): check the CA file and the TLS choice with whoever runs the server. Nothing was changed.</source>
        <translation>La connexion sécurisée (TLS) à {server} a échoué ({why}) : vérifiez le fichier CA et le choix TLS avec qui administre le serveur. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="13"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="14"/>
        <source>Awaiting identity</source>
        <translation>En attente d’identité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="15"/>
        <source>Awaiting clarification</source>
        <translation>En attente de précision</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="16"/>
        <source>In progress</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="17"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="18"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="19"/>
        <source>Partially refused</source>
        <translation>Partiellement refusée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="20"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="21"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/labels.py" line="22"/>
        <source>Logged in error</source>
        <translation>Enregistrée par erreur</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../dpo_desk/ui/team_window.py" line="25"/>
        <source>The connection to the team server was closed and every case hidden. Type your password ({server}) to continue; leave it empty if ~/.pgpass or PGPASSWORD holds it.</source>
        <translation>La connexion au serveur d&apos;équipe a été fermée et tous les dossiers masqués. Saisissez votre mot de passe ({server}) pour continuer ; laissez-le vide si ~/.pgpass ou PGPASSWORD le contient.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/team_window.py" line="34"/>
        <source>On a team server, change your password with the server&apos;s tools</source>
        <translation>Sur un serveur d&apos;équipe, changez votre mot de passe avec les outils du serveur</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="35"/>
        <source>Access report (Art. 15), encrypted</source>
        <translation>Rapport d’accès (art. 15), chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="36"/>
        <source>Portability bundle (Art. 20), encrypted</source>
        <translation>Export de portabilité (art. 20), chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="37"/>
        <source>Password sent in a separate email</source>
        <translation>Mot de passe envoyé dans un courriel séparé</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="42"/>
        <source>the case reference, e.g. IMV-2026-0007</source>
        <translation>la référence du dossier, par ex. IMV-2026-0007</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="43"/>
        <source>the data subject&apos;s name</source>
        <translation>le nom de la personne concernée</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="44"/>
        <source>the subject of the letter sent (letters only)</source>
        <translation>l’objet du courrier envoyé (courriers seulement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="45"/>
        <source>the organisation&apos;s legal name</source>
        <translation>la raison sociale de l’organisme</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="46"/>
        <source>what is attached, and how its password reaches the person when it is encrypted</source>
        <translation>ce qui est joint, et comment son mot de passe parvient à la personne s’il est chiffré</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="49"/>
        <source>the address the answer is sent from</source>
        <translation>l’adresse d’où part la réponse</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="50"/>
        <source>who signs: the organisation&apos;s signatory, else its DPO</source>
        <translation>qui signe&#xa0;: le signataire de l’organisme, sinon son DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="51"/>
        <source>the password (the separate password email only)</source>
        <translation>le mot de passe (courriel séparé du mot de passe seulement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="52"/>
        <source>the day the encrypted answer was sent (the separate password email only)</source>
        <translation>le jour où la réponse chiffrée est partie (courriel séparé du mot de passe seulement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="78"/>
        <source>Letter and email templates</source>
        <translation>Modèles de courriers et de courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="84"/>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="85"/>
        <source>Email bodies</source>
        <translation>Textes des courriels</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="87"/>
        <source>The letter itself, or the email that carries it (or the report, or the bundle) when sent by email</source>
        <translation>Le courrier lui-même, ou le courriel qui le porte (ou le rapport, ou l’export) quand il part par courriel</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="93"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="94"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="99"/>
        <source>Wording of the template</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="103"/>
        <source>First line: the subject; then a line ---; then the text. Placeholders:</source>
        <translation>Première ligne : l’objet ; puis une ligne --- ; puis le texte. Champs :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="118"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="119"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="120"/>
        <source>Back to the standard wording</source>
        <translation>Revenir à la rédaction standard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="158"/>
        <source>{placeholder}: {meaning}.</source>
        <translation>{placeholder}&#xa0;: {meaning}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="165"/>
        <source>The email that carries the document. First line: the subject; then a line ---; then the text. A letter kind without its own email uses the standard one for letters. Placeholders:</source>
        <translation>Le courriel qui porte le document. Première ligne&#xa0;: l’objet&#x202f;; puis une ligne ---&#x202f;; puis le texte. Un type de courrier sans courriel propre prend le courriel standard des courriers. Champs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="217"/>
        <source>This organisation&apos;s own wording</source>
        <translation>Rédaction propre à cette organisation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="217"/>
        <source>Standard wording</source>
        <translation>Rédaction standard</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/template_dialog.py" line="232"/>
        <source>Sample letter.pdf</source>
        <translation>Exemple de courrier.pdf</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="22"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="23"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="24"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="44"/>
        <source>dated {day}</source>
        <translation>daté du {day}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="52"/>
        <source>the rest was removed when the case was purged</source>
        <translation>le reste a été supprimé lors de la purge</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/event_table_model.py" line="56"/>
        <source>kept {years} years after closing; %n document(s) destroyed</source>
        <translation>
            <numerusform>conservée {years} ans après la clôture ; %n pièce détruite</numerusform>
            <numerusform>conservée {years} ans après la clôture ; %n pièces détruites</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="65"/>
        <source>received {received}, due {due}</source>
        <translation>reçue le {received}, échéance le {due}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="72"/>
        <source>to {date}: {reason}</source>
        <translation>jusqu’au {date} : {reason}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="76"/>
        <source>asked late: the clock keeps running</source>
        <translation>demandé tardivement : le délai continue de courir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/event_table_model.py" line="78"/>
        <source>%n day(s) paused</source>
        <translation>
            <numerusform>%n jour de suspension</numerusform>
            <numerusform>%n jours de suspension</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="84"/>
        <source>{letter} — registered mail {number}</source>
        <translation>{letter} — recommandé n° {number}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="98"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="127"/>
        <source>undone: {changes}</source>
        <translation>annulé : {changes}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/event_table_model.py" line="145"/>
        <source>Recorded {when}</source>
        <translation>Consigné le {when}</translation>
    </message>
</context>
<context>
    <name>TriageDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="47"/>
        <source>Mail to triage</source>
        <translation>Courriels à trier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="54"/>
        <source>Messages to triage</source>
        <translation>Messages à trier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="56"/>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="56"/>
        <source>Mailbox</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="56"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="56"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="66"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="68"/>
        <source>Select a message to read it here.</source>
        <translation>Sélectionnez un message pour le lire ici.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="69"/>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="162"/>
        <source>Fetch new mail</source>
        <translation>Relever le courrier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="70"/>
        <source>Copies new messages from every mailbox; the server is only read</source>
        <translation>Copie les nouveaux messages de chaque boîte ; le serveur est seulement lu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="71"/>
        <source>Log as request</source>
        <translation>Enregistrer comme demande</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="73"/>
        <source>Set aside…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="74"/>
        <source>Not a rights request: kept, with the reason, out of this list</source>
        <translation>Pas une demande d’exercice de droits : conservé, avec le motif, hors de cette liste</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="113"/>
        <source>No mailbox yet: add one in File → Mailboxes…</source>
        <translation>Aucune boîte pour l’instant : ajoutez-en une dans Fichier → Boîtes aux lettres…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="115"/>
        <source>%n message(s) to triage.</source>
        <translation>
            <numerusform>%n message à trier.</numerusform>
            <numerusform>%n messages à trier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="140"/>
        <source>From: {sender}
To: {to}
Subject: {subject}</source>
        <translation>De : {sender}
À : {to}
Objet : {subject}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="144"/>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes : {names}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="155"/>
        <source>Fetching {mailbox}…</source>
        <translation>Relève de {mailbox}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="169"/>
        <source>{mailbox}: %n new message(s)</source>
        <translation>
            <numerusform>{mailbox} : %n nouveau message</numerusform>
            <numerusform>{mailbox} : %n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="209"/>
        <source>Set aside</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/triage_dialog.py" line="210"/>
        <source>Why is this message not a rights request? The reason is kept with it.</source>
        <translation>Pourquoi ce message n’est-il pas une demande d’exercice de droits ? Le motif est conservé avec lui.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="42"/>
        <source>Unlock {name}</source>
        <translation>Déverrouiller {name}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="43"/>
        <source>Enter the passphrase of the case file
{path}</source>
        <translation>Saisissez la phrase secrète du dossier
{path}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="47"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="49"/>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="50"/>
        <source>Keep the key in the system keyring so that this computer opens the file</source>
        <translation>Garder la clé dans le trousseau du système pour que cet ordinateur ouvre le dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/unlock_dialog.py" line="70"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et la touche Verr. Maj., puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="30"/>
        <source>DPO: decides, refuses, extends, changes settings</source>
        <translation>DPO : décide, refuse, prolonge, modifie les paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="31"/>
        <source>Staff: logs requests, notes, documents, prepares letters</source>
        <translation>Équipe : enregistre les demandes, notes, documents, prépare les courriers</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="45"/>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="50"/>
        <source>Users of this case file</source>
        <translation>Utilisateurs de ce dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="52"/>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="66"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="52"/>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="67"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="52"/>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="68"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="52"/>
        <source>Daily digest</source>
        <translation>Récapitulatif quotidien</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="60"/>
        <source>the name they sign in to the computer with</source>
        <translation>le nom avec lequel la personne ouvre sa session</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="69"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="70"/>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="71"/>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="178"/>
        <source>No longer works here</source>
        <translation>Ne travaille plus ici</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="109"/>
        <source>{role} (no longer active)</source>
        <translation>{role} (plus active)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="117"/>
        <source>Nobody is listed yet: whoever opens the file may do everything. Add yourself first, as DPO; from then on only the people listed here can change the case file.</source>
        <translation>Personne n’est encore inscrit : quiconque ouvre le dossier peut tout faire. Ajoutez-vous d’abord, comme DPO ; ensuite seules les personnes inscrites ici pourront modifier le dossier.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="125"/>
        <source>Only a DPO extends deadlines, refuses requests, sends those letters and changes settings.</source>
        <translation>Seul un DPO prolonge les délais, refuse les demandes, envoie ces courriers et modifie les paramètres.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="137"/>
        <source>Address the daily digest goes to</source>
        <translation>Adresse du récapitulatif quotidien</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="138"/>
        <source>e.g. claire@example.fr — empty: no digest</source>
        <translation>par ex. claire@example.fr — vide&#xa0;: pas de récapitulatif</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="141"/>
        <source>Once a day, DPO Desk emails this address what falls due: deadlines, extension notices, letters to send, late departments. References only, no names.</source>
        <translation>Une fois par jour, DPO Desk écrit à cette adresse ce qui arrive à échéance&#xa0;: délais, notifications de prolongation, courriers à envoyer, services en retard. Des références seulement, aucun nom.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="145"/>
        <source>Set digest</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="161"/>
        <source>{login} gets the daily digest at {address}.</source>
        <translation>{login} reçoit le récapitulatif quotidien à {address}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="163"/>
        <source>{login} gets no daily digest.</source>
        <translation>{login} ne reçoit pas de récapitulatif quotidien.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="172"/>
        <source>Daily digest of {login} to</source>
        <translation>Récapitulatif quotidien de {login} à</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="178"/>
        <source>Works here again</source>
        <translation>Travaille de nouveau ici</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="196"/>
        <source>{login} added.</source>
        <translation>{login} ajouté.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="210"/>
        <source>{login} is now {role}.</source>
        <translation>{login} est désormais {role}.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/users_dialog.py" line="219"/>
        <source>{login} changed.</source>
        <translation>{login} modifié.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="53"/>
        <source>Welcome to DPO Desk</source>
        <translation>Bienvenue dans DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="66"/>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="70"/>
        <source>Data-subject rights requests, their legal deadlines and their letters, in an encrypted case file on this computer.</source>
        <translation>Les demandes d’exercice de droits, leurs délais légaux et leurs courriers, dans un dossier chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="76"/>
        <source>Create a case file…</source>
        <translation>Créer un dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="78"/>
        <source>Open a case file…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="79"/>
        <source>Open the demo</source>
        <translation>Ouvrir la démonstration</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="81"/>
        <source>Fictitious requests of two organisations; passphrase: {p}</source>
        <translation>Demandes fictives de deux organisations ; phrase secrète : {p}</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="83"/>
        <source>Connect to a team server…</source>
        <translation>Se connecter à un serveur d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="85"/>
        <source>Work with your team on a case file kept by a PostgreSQL server</source>
        <translation>Travailler en équipe sur un dossier conservé par un serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="86"/>
        <source>The demo&apos;s passphrase is &lt;b&gt;{p}&lt;/b&gt;.</source>
        <translation>La phrase secrète de la démonstration est &lt;b&gt;{p}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="89"/>
        <source>Recent case files</source>
        <translation>Fichiers de dossiers récents</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="101"/>
        <source>Recent case files (double-click to open):</source>
        <translation>Dossiers récents (double-cliquez pour ouvrir) :</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="112"/>
        <source>Open a case file</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="112"/>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="210"/>
        <source>DPO Desk case files (*.dpodesk)</source>
        <translation>Dossiers DPO Desk (*.dpodesk)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="146"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="158"/>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="169"/>
        <source>e.g. IMV: starts every reference</source>
        <translation>ex. IMV : début de chaque référence</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="181"/>
        <source>Case file</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="182"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="183"/>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="187"/>
        <source>&lt;b&gt;First organisation&lt;/b&gt; (the controller)</source>
        <translation>&lt;b&gt;Première organisation&lt;/b&gt; (le responsable du traitement)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="188"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="189"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="190"/>
        <source>Town (for letters)</source>
        <translation>Ville (pour les courriers)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="191"/>
        <source>DPO email</source>
        <translation>Courriel du DPO</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="193"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="194"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="210"/>
        <source>New case file</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="220"/>
        <source>Too short: at least 10 characters</source>
        <translation>Trop courte : au moins 10 caractères</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="220"/>
        <source>Fair</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="220"/>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="220"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="222"/>
        <source>a few unrelated words work well</source>
        <translation>quelques mots sans rapport entre eux conviennent bien</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/welcome_dialog.py" line="227"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="34"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="36"/>
        <source>Hide every case and forget the key until the passphrase is typed again</source>
        <translation>Masquer tous les dossiers et oublier la clé jusqu’à ce que la phrase secrète soit saisie</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="39"/>
        <source>&amp;Verify integrity</source>
        <translation>Vérifier l’&amp;intégrité</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="40"/>
        <source>Check the database, its encryption, the event history and the documents</source>
        <translation>Vérifier la base, son chiffrement, l’historique et les documents</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="43"/>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="44"/>
        <source>Letterhead, DPO contact, signatory, holidays and deadline rules</source>
        <translation>En-tête, contact du DPO, signataire, jours fériés et règles de délai</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="48"/>
        <source>&amp;Register of processing activities…</source>
        <translation>&amp;Registre des traitements…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="49"/>
        <source>Each organisation&apos;s processing activities (Art. 30)</source>
        <translation>Les traitements de chaque organisation (art. 30)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="53"/>
        <source>&amp;Letters written today…</source>
        <translation>&amp;Courriers rédigés aujourd’hui…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="56"/>
        <source>Print or save, in one go, every letter written today</source>
        <translation>Imprimer ou enregistrer d’un coup tous les courriers rédigés aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="59"/>
        <source>&amp;Mailboxes…</source>
        <translation>&amp;Boîtes aux lettres…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="61"/>
        <source>The mailboxes requests arrive in (IMAP) and answers leave from (SMTP)</source>
        <translation>Les boîtes où arrivent les demandes (IMAP) et d’où partent les réponses (SMTP)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="65"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="67"/>
        <source>Who works in this case file: the DPO decides, staff prepare</source>
        <translation>Qui travaille dans ce dossier : le DPO décide, l’équipe prépare</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="70"/>
        <source>Letter and email &amp;templates…</source>
        <translation>&amp;Modèles de courriers et de courriels…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="73"/>
        <source>Each organisation&apos;s own wording of its letters and of the emails that carry them, with a preview</source>
        <translation>La rédaction propre à chaque organisme, de ses courriers et des courriels qui les portent, avec un aperçu</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="78"/>
        <source>P&amp;urge closed cases…</source>
        <translation>P&amp;urger les demandes clôturées…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="81"/>
        <source>Closed cases kept longer than their organisation&apos;s retention period: preview, then purge</source>
        <translation>Les demandes clôturées conservées au-delà de la durée fixée par leur organisme : aperçu, puis purge</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="85"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="95"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="96"/>
        <source>&amp;Log postal request…</source>
        <translation>&amp;Enregistrer un courrier reçu…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="99"/>
        <source>Log a request as the post is opened (or one received by phone, in person…)</source>
        <translation>Enregistrer une demande à l’ouverture du courrier (ou reçue par téléphone, en personne…)</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="103"/>
        <source>&amp;Import emails…</source>
        <translation>&amp;Importer des courriels…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="106"/>
        <source>Log requests from .eml or Outlook .msg files, or mbox mailboxes; each message is reported</source>
        <translation>Enregistrer des demandes depuis des fichiers .eml ou Outlook .msg, ou des boîtes mbox ; le sort de chaque message est indiqué</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="110"/>
        <source>&amp;Mail to triage…</source>
        <translation>Courriels à &amp;trier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="114"/>
        <source>Messages fetched from the mailboxes: log them as requests or set them aside</source>
        <translation>Messages relevés dans les boîtes : les enregistrer comme demandes ou les écarter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="118"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="122"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="123"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="127"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="131"/>
        <source>A&amp;ctivity report…</source>
        <translation>Rapport d’a&amp;ctivité…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="133"/>
        <source>Your figures for a period: requests, responses on time, extensions, refusals</source>
        <translation>Vos chiffres sur une période : demandes, réponses dans les délais, prolongations, refus</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="136"/>
        <source>Show &amp;all requests</source>
        <translation>Afficher &amp;toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="143"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="144"/>
        <source>&amp;About DPO Desk</source>
        <translation>&amp;À propos de DPO Desk</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="149"/>
        <source>Register of &amp;requests…</source>
        <translation>Registre des &amp;demandes…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="152"/>
        <source>For an inspection: every request of a period, one row each, as XLSX or CSV</source>
        <translation>Pour un contrôle&#xa0;: toutes les demandes d’une période, une ligne chacune, en XLSX ou CSV</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="156"/>
        <source>Import requests from a &amp;spreadsheet…</source>
        <translation>Importer des demandes depuis un &amp;tableur…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="158"/>
        <source>A register of requests kept in Excel, LibreOffice or CSV</source>
        <translation>Un registre des demandes tenu dans Excel, LibreOffice ou en CSV</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="161"/>
        <source>Export &amp;dossier…</source>
        <translation>Exporter le &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="175"/>
        <source>Only a DPO changes settings</source>
        <translation>Seul un DPO modifie les paramètres</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="177"/>
        <source>Only a DPO purges closed cases</source>
        <translation>Seul un DPO purge les demandes clôturées</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="181"/>
        <source>DPO Desk {version}
Data-subject rights requests in an encrypted case file.</source>
        <translation>DPO Desk {version}
Les demandes d’exercice de droits dans un dossier chiffré.</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_menus.py" line="182"/>
        <source>About DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
</context>
<context>
    <name>WindowParts</name>
    <message>
        <location filename="../../dpo_desk/ui/window_parts.py" line="139"/>
        <source>Please note</source>
        <translation>À noter</translation>
    </message>
    <message>
        <location filename="../../dpo_desk/ui/window_parts.py" line="241"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
</TS>
