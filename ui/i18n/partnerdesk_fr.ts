<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <source>e.g. 36</source>
        <translation>p.&#xa0;ex. 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="33"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="139"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Planned lifespan (months) *</source>
        <translation>Durée prévue (mois) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="44"/>
        <source>Evaluation due *</source>
        <translation>Évaluation prévue le *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="45"/>
        <source>Exit conditions *</source>
        <translation>Conditions de sortie *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="57"/>
        <source>Lifespan ends</source>
        <translation>Fin de la durée prévue</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Save exit strategy</source>
        <translation>Enregistrer la stratégie</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="61"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Tout partenariat a besoin d&apos;une stratégie de sortie ou de pérennisation&#xa0;: sa durée prévue, la date à laquelle une évaluation décide de sa poursuite, et les conditions pour y mettre fin ou en transférer la responsabilité (texte de référence, par. 60).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="86"/>
        <source>not set yet</source>
        <translation>pas encore définie</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Partner feedback</source>
        <translation>Avis des partenaires</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="29"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligence raisonnable&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="71"/>
        <source>Why not applicable</source>
        <translation>Pourquoi sans objet</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="81"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="86"/>
        <source>Save phase</source>
        <translation>Enregistrer la phase</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="54"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="55"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="70"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="75"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Current relation</source>
        <translation>Relation actuelle</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="120"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="123"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>From the landscape...</source>
        <translation>Depuis le paysage...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="128"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Ajouter les organisations trouvées dans les fichiers IATI et 3W de ce bureau</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="22"/>
        <source>Export to a file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="23"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="35"/>
        <source>Writing %1 ...</source>
        <translation>Écriture de %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="38"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="62"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="98"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Enregistrer cette liste, filtrée et triée telle quelle, en Excel ou CSV</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <location filename="../interchange/actors.py" line="19"/>
        <source>Organisations in the landscape</source>
        <translation>Organisations du paysage</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="28"/>
        <source>partner: %1</source>
        <translation>partenaire : %1</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="32"/>
        <source>Organisations other publishers and clusters report in %1 (import IATI or 3W files in the Landscape area). Tick those to place on the map.</source>
        <translation>Organisations que d&apos;autres éditeurs et les clusters signalent dans %1 (importez des fichiers IATI ou 3W dans l&apos;espace Paysage). Cochez celles à placer sur la carte.</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="35"/>
        <source>No organisations in this office&apos;s landscape yet: import an IATI file or a 3W table in the Landscape area first.</source>
        <translation>Aucune organisation dans le paysage de ce bureau pour l&apos;instant : importez d&apos;abord un fichier IATI ou un tableau 3W dans l&apos;espace Paysage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="strings.py" line="5"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location filename="strings.py" line="6"/>
        <source>Back to draft</source>
        <translation>Revenir au projet</translation>
    </message>
    <message>
        <location filename="strings.py" line="7"/>
        <source>Cancel it</source>
        <translation>L&apos;annuler</translation>
    </message>
    <message>
        <location filename="strings.py" line="8"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="strings.py" line="9"/>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="strings.py" line="10"/>
        <source>Send for review</source>
        <translation>Envoyer pour examen</translation>
    </message>
    <message>
        <location filename="strings.py" line="11"/>
        <source>Send for signature</source>
        <translation>Envoyer pour signature</translation>
    </message>
    <message>
        <location filename="strings.py" line="12"/>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="strings.py" line="13"/>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="strings.py" line="14"/>
        <source>Terminate</source>
        <translation>Résilier</translation>
    </message>
</context>
<context>
    <name>AgreementContent</name>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="53"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="59"/>
        <source>Open programme document</source>
        <translation>Ouvrir le document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="62"/>
        <source>New programme document</source>
        <translation>Nouveau document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="74"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Responsables habilités du partenaire&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="76"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents de programme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="101"/>
        <source> · amendment %1 draft</source>
        <translation> · avenant %1 en projet</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="strings.py" line="15"/>
        <source>Cash moves under this MoU</source>
        <translation>Des fonds sont transférés au titre de ce mémorandum</translation>
    </message>
    <message>
        <location filename="strings.py" line="16"/>
        <source>Country programme</source>
        <translation>Programme de pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="17"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="18"/>
        <source>MoU only: tick when UNICEF transfers cash under it; the printed MoU then carries the cash-transfer clauses.</source>
        <translation>Mémorandum seulement : cochez si l&apos;UNICEF transfère des fonds à ce titre ; le mémorandum imprimé comporte alors les clauses de transfert de fonds.</translation>
    </message>
    <message>
        <location filename="strings.py" line="19"/>
        <source>PCA only: the country programme period it covers.</source>
        <translation>PCA uniquement&#xa0;: la période du programme de pays qu&apos;il couvre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="20"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="21"/>
        <source>Special conditions</source>
        <translation>Conditions particulières</translation>
    </message>
    <message>
        <location filename="strings.py" line="22"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="23"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="24"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../agreements/editor.py" line="135"/>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="139"/>
        <source> (emergency)</source>
        <translation> (urgence)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="165"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>Aucun enregistré&#xa0;: ajoutez-les d&apos;abord à la fiche du partenaire.</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="173"/>
        <source>UNICEF total %1</source>
        <translation>Total UNICEF %1</translation>
    </message>
</context>
<context>
    <name>AgreementsArea</name>
    <message>
        <location filename="../agreements/area.py" line="34"/>
        <source>Search references, partners, titles...</source>
        <translation>Rechercher références, partenaires, titres...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="39"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="41"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="43"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Nouvel accord</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="67"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>Choisissez un accord dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="92"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="95"/>
        <source>Agreements, as listed...</source>
        <translation>Accords, tels que listés...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="97"/>
        <source>Programme documents...</source>
        <translation>Documents de programme...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="175"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>Agreements updated</source>
        <translation>Accords mis à jour</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Automatic status changes failed: %1</source>
        <translation>Échec des changements de statut automatiques&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1058"/>
        <source>%Ln agreement status changes applied for today&apos;s date.</source>
        <translation>
            <numerusform>%Ln changement de statut d&apos;accord appliqué pour la date du jour.</numerusform>
            <numerusform>%Ln changements de statut d&apos;accords appliqués pour la date du jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="96"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="133"/>
        <source>Alerts: %1</source>
        <translation>Alertes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="134"/>
        <source>Nothing needs you now.</source>
        <translation>Rien ne vous attend pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="176"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 dans la liste, les plus urgentes d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>les %1 plus urgentes sur %2 sont listées.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="182"/>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="18"/>
        <source>New amendment</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="23"/>
        <source>e.g. Extend to 31 March and add a water point</source>
        <translation>p.&#xa0;ex. Prolonger jusqu&apos;au 31 mars et ajouter un point d&apos;eau</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="24"/>
        <source>The signed version stays in force until this amendment is signed.</source>
        <translation>La version signée reste en vigueur jusqu&apos;à la signature de cet avenant.</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="33"/>
        <source>What does the amendment change?</source>
        <translation>Que modifie l&apos;avenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="35"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="44"/>
        <source>Tick at least one kind of change.</source>
        <translation>Cochez au moins un type de modification.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../assessment/page.py" line="30"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="45"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>La note (%1) différait de ce que montraient les données (%2) lors de la soumission de l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="49"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>Votre note (%1) diffère de ce que montrent les données (%2). Expliquez pourquoi dans les justificatifs, ou modifiez la note.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="60"/>
        <source>Office:</source>
        <translation>Bureau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="62"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="65"/>
        <source>All offices (headquarters summary)...</source>
        <translation>Tous les bureaux (synthèse du siège)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="90"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="93"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="124"/>
        <source>Start the self-assessment</source>
        <translation>Commencer l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="152"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>Calcul des justificatifs à partir des données du bureau...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="165"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>Impossible de charger l&apos;auto-évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="182"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="183"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>%1 n&apos;a pas encore d&apos;auto-évaluation pour %2. Commencez-la pour noter le bureau au regard des critères de référence.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="205"/>
        <source>Summary and submit</source>
        <translation>Résumé et soumission</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="206"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Submitted (locked)</source>
        <translation>Soumise (verrouillée)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="217"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>Reçue par le siège (verrouillée)</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Save the self-assessment as PDF</source>
        <translation>Enregistrer l&apos;auto-évaluation en PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>Auto-évaluation soumise au siège.</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="43"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>Récupération de %1 auprès du siège...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="61"/>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="88"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>Ce que montraient les données du bureau lors de la soumission</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>What the office&apos;s own data shows</source>
        <translation>Ce que montrent les données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="95"/>
        <source>The data suggests: %1</source>
        <translation>Les données suggèrent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="96"/>
        <source>no suggestion</source>
        <translation>aucune suggestion</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="100"/>
        <source>no self-assessment</source>
        <translation>pas d&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="101"/>
        <source>Last year (%1): %2</source>
        <translation>L&apos;an dernier (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="116"/>
        <source>Your rating %1:</source>
        <translation>Votre note %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="131"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>Justificatifs (ce qui montre que le critère est rempli, ou pourquoi il ne l&apos;est pas)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Attach a document...</source>
        <translation>Joindre un document...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="159"/>
        <source>Action plan for this benchmark</source>
        <translation>Plan d&apos;action pour ce critère</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="175"/>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="178"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="183"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="186"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="274"/>
        <source>No documents attached.</source>
        <translation>Aucun document joint.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="275"/>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Supplies</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="88"/>
        <source>Output no.</source>
        <translation>N° de produit</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="90"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>Le numéro du produit, dans l&apos;onglet Résultats, auquel contribue cette activité.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="103"/>
        <source>Add budget line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="106"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="226"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>Espèces UNICEF {0}  ·  Partenaire {1}  ·  Fournitures {2}  ·  Total {3}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="228"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="232"/>
        <source>Backups made before keep the passphrase they were made with.</source>
        <translation>Les sauvegardes faites avant gardent la phrase secrète avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="236"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="237"/>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="94"/>
        <source>Protect PartnerDesk&apos;s data</source>
        <translation>Protéger les données de PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="97"/>
        <source>&lt;b&gt;Choose a passphrase&lt;/b&gt;&lt;p&gt;Partners&apos; bank details, officers&apos; e-mails and agreements on this computer are encrypted with it: a lost or stolen laptop gives nothing away. It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Choisissez une phrase secrète&lt;/b&gt;&lt;p&gt;Les coordonnées bancaires des partenaires, les adresses e-mail des responsables et les accords sur cet ordinateur sont chiffrés avec elle : un ordinateur perdu ou volé ne révèle rien. Elle est demandée à chaque démarrage de PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="101"/>
        <source>&lt;b&gt;PartnerDesk now encrypts its data&lt;/b&gt;&lt;p&gt;Choose a passphrase: %1 is encrypted with it now (a copy is kept until that is done, then removed). It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PartnerDesk chiffre désormais ses données&lt;/b&gt;&lt;p&gt;Choisissez une phrase secrète : %1 est chiffré avec elle dès maintenant (une copie est conservée jusqu’à la fin, puis supprimée). Elle est demandée à chaque démarrage de PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="106"/>
        <source>Use at least %1 characters: a few unusual words are easy to remember and hard to guess. If it is forgotten, headquarters can help once this computer has synced.</source>
        <translation>Utilisez au moins %1 caractères : quelques mots inhabituels sont faciles à retenir et difficiles à deviner. En cas d’oubli, le siège peut aider une fois que cet ordinateur a été synchronisé.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="111"/>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reported by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../interchange/import_pages.py" line="60"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="60"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="61"/>
        <source>Goes into</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="74"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1 : %2 lignes. Vérifiez ce que contient chaque colonne ; les colonnes laissées sur « (non importée) » ne sont conservées que dans le registre de l&apos;import.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="85"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Headquarters&apos; value</source>
        <translation>Valeur du siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Changed at HQ by</source>
        <translation>Modifié au siège par</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>No conflicts: every change merged.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications ont été fusionnées.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="41"/>
        <source>Keep my value</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="43"/>
        <source>Keep headquarters&apos; value</source>
        <translation>Garder celle du siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="61"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (supprimé au siège)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="63"/>
        <source>deleted here, edited at HQ</source>
        <translation>supprimé ici, modifié au siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="65"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (déjà utilisé par une autre fiche&#xa0;: renommé)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="67"/>
        <source>could not be stored here</source>
        <translation>n&apos;a pas pu être enregistré ici</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="59"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="strings.py" line="60"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>PartnerDesk s&apos;est fermé de façon inattendue</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>PartnerDesk closed unexpectedly the last time it ran. Your saved work and drafts are safe.

A report of the crash was written to:
%1

Please send that file to support.</source>
        <translation>PartnerDesk s&apos;est fermé de façon inattendue lors de sa dernière utilisation. Votre travail enregistré et vos brouillons sont intacts.

Un rapport de l&apos;incident a été écrit dans&#xa0;:
%1

Veuillez envoyer ce fichier à l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <location filename="strings.py" line="64"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>Un problème est survenu&#xa0;: %1

Votre travail enregistré et vos brouillons sont intacts. Les détails ont été écrits dans %2&#xa0;; veuillez envoyer ce fichier à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="49"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>Trouver un partenariat (référence, titre, partenaire)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="69"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>Choisissez un partenariat pour travailler sur son cycle de partenariat.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="80"/>
        <source>%v of %m phases complete</source>
        <translation>Phases terminées&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="94"/>
        <source>Phase form</source>
        <translation>Formulaire de phase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="95"/>
        <source>Exit strategy</source>
        <translation>Stratégie de sortie</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="147"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>Statut&#xa0;: %1 · Point focal&#xa0;: %2 · Partenaires&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="149"/>
        <source>none designated</source>
        <translation>non désigné</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="154"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Toutes les phases sont terminées. Continuez à examiner le partenariat chaque année.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="157"/>
        <source>Next: phase %1 (%2). </source>
        <translation>Suivante&#xa0;: phase %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="220"/>
        <source>Phase %1 saved.</source>
        <translation>Phase %1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Agreements ending soon</source>
        <translation>Accords bientôt échus</translation>
    </message>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements past their end</source>
        <translation>Accords arrivés à échéance</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Changes not synced</source>
        <translation>Modifications non synchronisées</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes refused by headquarters</source>
        <translation>Modifications refusées par le siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Due diligence missing</source>
        <translation>Diligence raisonnable manquante</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Emergency items due soon</source>
        <translation>Éléments d&apos;urgence bientôt dus</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items overdue</source>
        <translation>Éléments d&apos;urgence en retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>Durée dépassée, sans évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>No focal point</source>
        <translation>Aucun point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>Phases stalled</source>
        <translation>Phases bloquées</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Programme documents not started</source>
        <translation>Documents de programme non démarrés</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Reviews due soon</source>
        <translation>Examens bientôt dus</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews overdue</source>
        <translation>Examens en retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Risk assessments expired</source>
        <translation>Évaluations des risques expirées</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expiring</source>
        <translation>Évaluations des risques bientôt expirées</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Self-assessment actions due</source>
        <translation>Actions d&apos;auto-évaluation dues</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment not submitted</source>
        <translation>Auto-évaluation non soumise</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="71"/>
        <source>What needs you</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>Bureau dont les alertes et les partenariats sont affichés</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="76"/>
        <source>Only mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>Seulement les partenariats dont vous êtes point focal</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="141"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="79"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="180"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>Partenariats dont %1 est point focal</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Next review</source>
        <translation>Examen prévu</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="100"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>Open partnerships by stage</source>
        <translation>Partenariats en cours par étape</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="117"/>
        <source>By contribution to results</source>
        <translation>Par contribution aux résultats</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="167"/>
        <source>Could not load the dashboard: %1</source>
        <translation>Impossible de charger le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>My partnerships (%1)</source>
        <translation>Mes partenariats (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="179"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="185"/>
        <source>all phases complete</source>
        <translation>toutes les phases terminées</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="154"/>
        <location filename="../cycle/dashboard.py" line="198"/>
        <source>Loading...</source>
        <translation>Chargement...</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="33"/>
        <source>Close a deferred item</source>
        <translation>Clore un élément différé</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="48"/>
        <source>Document (scan)</source>
        <translation>Document (scan)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="53"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="65"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="66"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="70"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="93"/>
        <source>The signed document</source>
        <translation>Le document signé</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>Signed version</source>
        <translation>Version signée</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="52"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="84"/>
        <source>%Ln changes against the signed version.</source>
        <translation>
            <numerusform>%Ln modification par rapport à la version signée.</numerusform>
            <numerusform>%Ln modifications par rapport à la version signée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../agreements/drafts.py" line="51"/>
        <source>Restored changes you had not saved (%1). Save them to keep them.</source>
        <translation>Modifications non enregistrées restaurées (%1). Enregistrez-les pour les conserver.</translation>
    </message>
</context>
<context>
    <name>EmergencyArea</name>
    <message>
        <location filename="../agreements/emergency_area.py" line="25"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Procédure accélérée d&apos;urgence&lt;/h3&gt;&lt;p&gt;Lancez un document de programme humanitaire simplifié à partir d&apos;un modèle pré-certifié en quatre écrans&#xa0;: au titre du PCA signé du partenaire, ou sous forme de nouveau SSFA. Les signatures sont électroniques&#xa0;; l&apos;évaluation complète et les formalités sont reportées avec des échéances et reviennent sous forme d&apos;alertes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="41"/>
        <source>Open the programme document</source>
        <translation>Ouvrir le document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open in %1</source>
        <translation>Éléments différés encore ouverts à %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="90"/>
        <source>Deferred items still open</source>
        <translation>Éléments différés encore ouverts</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="111"/>
        <source>Choose an item in the list first.</source>
        <translation>Choisissez d&apos;abord un élément dans la liste.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="119"/>
        <source>Done: the evidence is recorded.</source>
        <translation>Fait : les justificatifs sont enregistrés.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="36"/>
        <source>Close with evidence...</source>
        <translation>Clore avec les justificatifs...</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="97"/>
        <source>%1 (overdue): %2</source>
        <translation>%1 (en retard) : %2</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="97"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="177"/>
        <source>Emergency fast track</source>
        <translation>Procédure accélérée d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export to a file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Enregistrer cette liste, filtrée et triée telle quelle, en Excel ou CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Writing %1 ...</source>
        <translation>Écriture de %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1063"/>
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileButtons</name>
    <message>
        <location filename="../sync_state/files.py" line="41"/>
        <source>Export to file…</source>
        <translation>Exporter vers un fichier…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="43"/>
        <source>No network: write the changes HQ has not received to a file to carry to HQ</source>
        <translation>Sans réseau&#xa0;: écrire dans un fichier, à porter au siège, les modifications que le siège n&apos;a pas encore reçues</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="46"/>
        <source>Import answer…</source>
        <translation>Importer la réponse…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="48"/>
        <source>Apply the answer file HQ made from your file</source>
        <translation>Appliquer le fichier de réponse que le siège a produit à partir de votre fichier</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="57"/>
        <source>PartnerDesk sync files (*.%1);;All files (*)</source>
        <translation>Fichiers de synchronisation PartnerDesk (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="62"/>
        <source>Export changes for HQ</source>
        <translation>Exporter les modifications pour le siège</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="74"/>
        <location filename="../sync_state/files.py" line="84"/>
        <source>HQ&apos;s file key</source>
        <translation>Clé de fichier du siège</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="75"/>
        <source>This computer does not have HQ&apos;s file key yet (it comes with any sync over a network). Type the key HQ gives you: 43 characters, printed at HQ by &apos;hq file-key&apos;.</source>
        <translation>Cet ordinateur n&apos;a pas encore la clé de fichier du siège (elle arrive avec toute synchronisation par le réseau). Saisissez la clé que le siège vous donne&#xa0;: 43 caractères, affichés au siège par «&#xa0;hq file-key&#xa0;».</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="79"/>
        <source>No file written: HQ&apos;s file key is needed first.</source>
        <translation>Aucun fichier écrit&#xa0;: il faut d&apos;abord la clé de fichier du siège.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="85"/>
        <source>Key stored. Its fingerprint is %1: check with HQ that theirs is the same.</source>
        <translation>Clé enregistrée. Son empreinte est %1&#xa0;: vérifiez avec le siège que la sienne est identique.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="92"/>
        <source>Import HQ&apos;s answer</source>
        <translation>Importer la réponse du siège</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/files.py" line="105"/>
        <source>%Ln changes written to the file. Take it to HQ, then import the answer HQ gives you.</source>
        <translation>
            <numerusform>%Ln modification écrite dans le fichier. Portez-le au siège, puis importez la réponse que le siège vous donnera.</numerusform>
            <numerusform>%Ln modifications écrites dans le fichier. Portez-le au siège, puis importez la réponse que le siège vous donnera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="107"/>
        <source>HQ&apos;s answer applied: %1 acknowledged, %2 received, %3 in conflict.</source>
        <translation>Réponse du siège appliquée&#xa0;: confirmées %1, reçues %2, en conflit %3.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="111"/>
        <source>This answer was already applied: nothing changed.</source>
        <translation>Cette réponse a déjà été appliquée&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="113"/>
        <source>HQ has more for this office: export again and bring the new file.</source>
        <translation>Le siège a d&apos;autres modifications pour ce bureau&#xa0;: exportez à nouveau et apportez le nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="27"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Bienvenue dans PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Kenya Country Office</source>
        <translation>Bureau de pays du Kenya</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Country (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="146"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="69"/>
        <location filename="../first_run.py" line="148"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="30"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans PartnerDesk&lt;/h2&gt;&lt;p&gt;Tout est conservé sur cet ordinateur et fonctionne sans connexion&#xa0;; les modifications partent au siège lors de la synchronisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <location filename="../first_run.py" line="71"/>
        <source>Join my office</source>
        <translation>Rejoindre mon bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="36"/>
        <source>Set up a new office</source>
        <translation>Créer un nouveau bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="40"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>Des données fictives dans un fichier à part, séparées de celles de votre bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="59"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>Votre bureau utilise déjà PartnerDesk&#xa0;: demandez au siège un code d&apos;inscription pour cet ordinateur. Les partenaires, partenariats et accords de votre bureau arrivent alors du siège, et vous pouvez commencer dès que les premiers sont là. Un ordinateur qui en remplace un perdu rejoint le bureau de la même façon.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="65"/>
        <source>Headquarters address</source>
        <translation>Adresse du siège</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="67"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="130"/>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre le bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="139"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>Seulement pour un bureau qui n&apos;utilise pas encore PartnerDesk.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="151"/>
        <source>Set up my office</source>
        <translation>Configurer mon bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="38"/>
        <source>Explore with demo data</source>
        <translation>Explorer avec des données de démonstration</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="101"/>
        <source>Contacting headquarters...</source>
        <translation>Connexion au siège...</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="24"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>Valeurs venues du siège que cet ordinateur n&apos;a pas pu enregistrer. Elles sont conservées et seront enregistrées d&apos;elles-mêmes une fois corrigées au siège ; tout le reste a été enregistré.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="37"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>en attente de l&apos;arrivée de votre modification au siège</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="39"/>
        <source>the whole record</source>
        <translation>la fiche entière</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Bytes (sent/received)</source>
        <translation>Octets (envoyés/reçus)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="31"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>Auto-évaluation&#xa0;: synthèse du siège</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="43"/>
        <source>Print PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="69"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="58"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All benchmarks met</source>
        <translation>Tous les critères remplis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Benchmark</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="56"/>
        <source>Benchmarks</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Partly met</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="64"/>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="95"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Rated</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Data shows</source>
        <translation>Les données montrent</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <source>Disagreements (%1)</source>
        <translation>Divergences (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Reported</source>
        <translation>Ayant soumis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (rating)</source>
        <translation>Tous atteints (note)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (data)</source>
        <translation>Tous atteints (données)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="130"/>
        <source>Disagreements</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="136"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;Auto-évaluations rendues pour %3&#xa0;: %1 bureaux sur %2.&lt;/b&gt; Bureaux ayant atteint les %5 critères selon leur propre note&#xa0;: %4&#xa0;; selon leurs propres données&#xa0;: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>Notes qui diffèrent des données du bureau&#xa0;: %1, dans %2 des bureaux ayant répondu.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="151"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="152"/>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Met by rating</source>
        <translation>Atteint selon la note</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Met by data</source>
        <translation>Atteint selon les données</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Disagree</source>
        <translation>Divergent</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>No data</source>
        <translation>Sans données</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="173"/>
        <source>No earlier year to compare with.</source>
        <translation>Aucune année antérieure à comparer.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="177"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>Chaque année est comparée à la précédente sur les mêmes bureaux&#xa0;: ceux qui ont répondu les deux années (%1 de %2 à %3). Bureaux ayant répondu&#xa0;: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Offices in both</source>
        <translation>Bureaux dans les deux</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="214"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer la synthèse en PDF</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="67"/>
        <source>Time to sign</source>
        <translation>Délais de signature</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Academic, Training and Research</source>
        <translation>Universitaire, formation et recherche</translation>
    </message>
    <message>
        <location filename="strings.py" line="94"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Local Government</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>Multilateral</source>
        <translation>Multilatéral</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>Other Public Sector</source>
        <translation>Autre secteur public</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Partner Country based NGO</source>
        <translation>ONG du pays partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Pipeline/identification</source>
        <translation>En préparation / identification</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Private Sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>Secteur privé du pays bénéficiaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector in Provider Country</source>
        <translation>Secteur privé du pays donateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Third Country</source>
        <translation>Secteur privé d&apos;un pays tiers</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Public Private Partnership</source>
        <translation>Partenariat public-privé</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Regional NGO</source>
        <translation>ONG régionale</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Matches existing</source>
        <translation>Correspond à l&apos;existant</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Conflicts</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="44"/>
        <source>Looks like existing</source>
        <translation>Ressemble à l&apos;existant</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="45"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Agreement reference</source>
        <translation>Référence de l&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Agreement type</source>
        <translation>Type d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Assessment date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Assessment type</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessments (type and date)</source>
        <translation>Évaluations (type et date)</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>CSO type</source>
        <translation>Type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Core values date</source>
        <translation>Date des valeurs fondamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Country programme</source>
        <translation>Programme de pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>FR amount</source>
        <translation>Montant des FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>FR numbers</source>
        <translation>Numéros de FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>PD reference</source>
        <translation>Référence du DP</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>PSEA assessment date</source>
        <translation>Date de l&apos;évaluation PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner signed on</source>
        <translation>Signé par le partenaire le</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>SEA risk rating</source>
        <translation>Niveau de risque EAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>Short name / acronym</source>
        <translation>Nom court / sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Total budget</source>
        <translation>Budget total</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF signed on</source>
        <translation>Signé par l&apos;UNICEF le</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF supplies</source>
        <translation>Fournitures UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>Vendor number</source>
        <translation>Numéro de fournisseur</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="32"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>Partenaires (CSV ou Excel, p. ex. un export eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>Accords et documents de programme (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>IATI activity file (XML)</source>
        <translation>Fichier d&apos;activités IATI (XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="45"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>Tableau 3W HXL : qui fait quoi où (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="50"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="59"/>
        <source>(the sheet says)</source>
        <translation>(selon la feuille)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="70"/>
        <source>Partner type when the sheet has none</source>
        <translation>Type de partenaire si la feuille n&apos;en donne pas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <source>Save mapping...</source>
        <translation>Enregistrer la correspondance...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>Load mapping...</source>
        <translation>Charger une correspondance...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <location filename="../interchange/import_wizard.py" line="130"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="95"/>
        <source>&amp;Undo this import</source>
        <translation>A&amp;nnuler cet import</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="96"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="129"/>
        <source>&amp;Preview &gt;</source>
        <translation>A&amp;perçu &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="162"/>
        <location filename="../interchange/import_wizard.py" line="174"/>
        <location filename="../interchange/import_wizard.py" line="195"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="166"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="167"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.xlsx *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="175"/>
        <source>Choose a file that exists.</source>
        <translation>Choisissez un fichier qui existe.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="196"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Choisissez la colonne qui contient : %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="217"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>%1 lignes lues : %2 nouvelles, %3 correspondent à des fiches existantes, %4 en conflit (conservées telles quelles), %5 ressemblent à des partenaires existants (à choisir), %6 non valides (ignorées).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="231"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>%1 activités lues : %2 à ajouter, %3 déjà présentes, %4 ignorées.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="258"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>Importé : %1 créées, %2 rapprochées, %3 ignorées. Le lot %4 peut être annulé en entier.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="272"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>L&apos;import a été annulé : %1 fiches retirées.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="286"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="292"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="298"/>
        <source>Cannot use this mapping</source>
        <translation>Correspondance inutilisable</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="158"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Is a partner</source>
        <translation>Déjà partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Made a partner</source>
        <translation>Devenue partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="48"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>Rechercher titres, organisations, secteurs, lieux...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="55"/>
        <source>&amp;Import data...</source>
        <translation>&amp;Importer des données...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="70"/>
        <source>Make a &amp;partner</source>
        <translation>En faire un &amp;partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="73"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;Même qu&apos;un partenaire...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="76"/>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="91"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="129"/>
        <source>Any sector</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any area</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="132"/>
        <source>Any organisation type</source>
        <translation>Tout type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="186"/>
        <source>Choose an organisation in the list first.</source>
        <translation>Choisissez d&apos;abord une organisation dans la liste.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="191"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="206"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>Aucun partenaire ne porte un nom proche de celui de cette organisation.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>Same as a partner</source>
        <translation>Même qu&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="209"/>
        <source>This organisation is:</source>
        <translation>Cette organisation est :</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="123"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>%1 contient des données qui ne sont pas de démonstration&#xa0;; il est laissé tel quel. Déplacez-le pour explorer la démonstration.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="48"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>Rechercher noms, sigles, objectifs, lieux...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="196"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="43"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="46"/>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="340"/>
        <source>Counting...</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="341"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock.py" line="35"/>
        <source>&lt;h2&gt;PartnerDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;PartnerDesk est verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../lock.py" line="36"/>
        <source>It was not used for a while. Type the passphrase to go on; nothing you were typing is lost.</source>
        <translation>Il n’a pas été utilisé depuis un moment. Tapez la phrase secrète pour continuer ; rien de ce que vous saisissiez n’est perdu.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="41"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="35"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="48"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Switch user…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Made-up partners and partnerships to explore PartnerDesk, in a file of their own: nothing here is your office&apos;s, and nothing is sent to headquarters.</source>
        <translation>&lt;b&gt;Données de démonstration.&lt;/b&gt; Des partenaires et partenariats fictifs pour découvrir PartnerDesk, dans un fichier à part&#xa0;: rien ici n&apos;appartient à votre bureau, et rien n&apos;est envoyé au siège.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Leave the demo</source>
        <translation>Quitter la démonstration</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Syncing %p%</source>
        <translation>Synchronisation %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>Aucune vue ne peut ouvrir une fiche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Office: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Offline: not connected to headquarters</source>
        <translation>Hors ligne&#xa0;: non connecté au siège</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <location filename="../main_window.py" line="228"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>Hors ligne&#xa0;: échec de la dernière synchronisation (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="218"/>
        <source>%Ln unsent changes</source>
        <translation>
            <numerusform>%Ln modification non envoyée</numerusform>
            <numerusform>%Ln modifications non envoyées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="22"/>
        <source>Comparative advantage</source>
        <translation>Avantage comparatif</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="30"/>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="33"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../passphrase.py" line="59"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="60"/>
        <source>Type it again</source>
        <translation>Tapez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="71"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="strings.py" line="162"/>
        <source>Account name</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location filename="strings.py" line="164"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Also counts as</source>
        <translation>Compte aussi comme</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Assessment type</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>CSO type</source>
        <translation>Type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Core values assessed on</source>
        <translation>Valeurs fondamentales le</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>Country (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Due diligence date</source>
        <translation>Date de la diligence</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="176"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <location filename="strings.py" line="178"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>PSEA assessed on</source>
        <translation>PSEA évaluée le</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Required for civil society organisations.</source>
        <translation>Obligatoire pour les organisations de la société civile.</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Short name / acronym</source>
        <translation>Nom court / sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
        <source>Vendor number</source>
        <translation>Numéro de fournisseur</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <source>Add officer</source>
        <translation>Ajouter un responsable</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="59"/>
        <source>Authorised officers (they sign agreements)</source>
        <translation>Responsables habilités (ils signent les accords)</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="112"/>
        <source>Partners with a similar name already exist: %1. If this is one of them, open it instead; press Save again to add a new partner anyway.</source>
        <translation>Des partenaires au nom proche existent déjà : %1. S&apos;il s&apos;agit de l&apos;un d&apos;eux, ouvrez-le plutôt ; appuyez de nouveau sur Enregistrer pour ajouter quand même un nouveau partenaire.</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="125"/>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="45"/>
        <source>1. Partner</source>
        <translation>1. Partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="46"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>Choisissez un partenaire connu, ou ajoutez-en un en une ligne.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="47"/>
        <source>A partner we know</source>
        <translation>Un partenaire connu</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="49"/>
        <source>A new partner: high risk assumed</source>
        <translation>Un nouveau partenaire&#xa0;: risque élevé présumé</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="66"/>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="71"/>
        <source>Legal name of the organisation</source>
        <translation>Dénomination légale de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>Enregistré comme organisation nationale de la société civile avec un niveau de risque Élevé (risque élevé présumé). Son évaluation complète et sa diligence raisonnable sont reportées et reviennent sous forme d&apos;alertes avec leurs échéances.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="80"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="81"/>
        <source>Under</source>
        <translation>Au titre de</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="83"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="115"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>PCA %1 (PD humanitaire à ce titre)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="117"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>Un nouveau SSFA (jusqu&apos;à %1 USD)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="187"/>
        <source>&amp;New partner</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="189"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
        <source>Any risk</source>
        <translation>Tous les risques</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <location filename="../directory/partnership_editor.py" line="45"/>
        <source>Partners in this partnership</source>
        <translation>Partenaires de ce partenariat</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="58"/>
        <source>Partnering &amp;cycle...</source>
        <translation>&amp;Cycle de partenariat...</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="60"/>
        <source>Work through the twelve phases of this partnership</source>
        <translation>Parcourir les douze phases de ce partenariat</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="71"/>
        <source>A reference is given when you save.</source>
        <translation>Une référence est attribuée à l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="93"/>
        <source>New partnership</source>
        <translation>Nouveau partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="191"/>
        <source>Contribution to results</source>
        <translation>Contribution aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="strings.py" line="193"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Formality</source>
        <translation>Formalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Geographic reach</source>
        <translation>Couverture géographique</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>Les partenariats sont guidés par les résultats, non par les acteurs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Results for children</source>
        <translation>Résultats pour les enfants</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="204"/>
        <source>&amp;New partnership</source>
        <translation>&amp;Nouveau partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="206"/>
        <source>Any contribution</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="67"/>
        <source>Visits, reporting, risks</source>
        <translation>Visites, rapports, risques</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="68"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="119"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>Total UNICEF (espèces, fournitures, gestion) %1 · Part du partenaire %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Cash transfer</source>
        <translation>Modalité de transfert</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>Management costs</source>
        <translation>Frais de gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>Coûts d&apos;appui au programme du partenaire, dans la devise du PD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>p.&#xa0;ex. Turkana, Garissa</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>Une date (AAAA-MM-JJ) ou un trimestre, p.&#xa0;ex. T3 2026</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="136"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Where the visit goes</source>
        <translation>Lieu de la visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Kind of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>Date d&apos;échéance (AAAA-MM-JJ) ou fréquence, p.&#xa0;ex. chaque trimestre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>What could go wrong</source>
        <translation>Ce qui pourrait mal tourner</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>What the partner will do</source>
        <translation>Ce que fera le partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Planned visits</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Reporting requirements</source>
        <translation>Rapports exigés</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="150"/>
        <source>Risks and mitigation</source>
        <translation>Risques et mesures d&apos;atténuation</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="50"/>
        <source>One country programme output per line</source>
        <translation>Un produit du programme de pays par ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Implementation strategy</source>
        <translation>Stratégie de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="58"/>
        <source>Country programme outputs</source>
        <translation>Produits du programme de pays</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="60"/>
        <source>Sustainability</source>
        <translation>Durabilité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="68"/>
        <source>Why this rating</source>
        <translation>Justification de la notation</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>Nom &lt;courriel&gt; ; Nom &lt;courriel&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="81"/>
        <source>UNICEF focal points</source>
        <translation>Points focaux de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="82"/>
        <source>Partner focal points</source>
        <translation>Points focaux du partenaire</translation>
    </message>
</context>
<context>
    <name>PdPanel</name>
    <message>
        <location filename="../agreements/pd_editor.py" line="27"/>
        <source>Back to the agreement</source>
        <translation>Retour à l&apos;accord</translation>
    </message>
    <message>
        <location filename="../agreements/pd_editor.py" line="63"/>
        <source>New programme document</source>
        <translation>Nouveau document de programme</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message numerus="yes">
        <location filename="../cycle/form.py" line="250"/>
        <source>%Ln problems to fix before saving.</source>
        <translation>
            <numerusform>%Ln problème à corriger avant d&apos;enregistrer.</numerusform>
            <numerusform>%Ln problèmes à corriger avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Fate</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="108"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Create a new partner</source>
        <translation>Créer un nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Same as %1 (%2%)</source>
        <translation>Même que %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="134"/>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="139"/>
        <source>Matches %1; nothing changes.</source>
        <translation>Correspond à %1 ; rien ne change.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="58"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;Imprimer en PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="64"/>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="90"/>
        <source>Printing %1...</source>
        <translation>Impression de %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="97"/>
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="104"/>
        <source>Could not print: %1</source>
        <translation>Impossible d&apos;imprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="51"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="110"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>Modifications non enregistrées restaurées (%1). Enregistrez-les, ou cliquez sur Rétablir pour les abandonner.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="152"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="174"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="175"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>Vous avez modifié cette fiche sans l&apos;enregistrer. Enregistrer les modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="68"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>Cliquez sur le nom d&apos;un document pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="72"/>
        <source>Attach signed document...</source>
        <translation>Joindre le document signé...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="75"/>
        <source>Attach termination document...</source>
        <translation>Joindre le document de résiliation...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="82"/>
        <source>UNICEF signatories...</source>
        <translation>Signataires de l&apos;UNICEF...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="85"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>Les fonctionnaires du bureau habilités à signer pour l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="95"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Open amendment</source>
        <translation>Ouvrir l&apos;avenant</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open the signed record it amends</source>
        <translation>Ouvrir le document signé qu&apos;il modifie</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="112"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="113"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="114"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="115"/>
        <location filename="../agreements/record.py" line="275"/>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="124"/>
        <source>Amend...</source>
        <translation>Modifier par avenant...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="203"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>Enregistrez d&apos;abord&#xa0;; puis signez et joignez les documents.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="230"/>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="231"/>
        <source>Nothing attached yet.</source>
        <translation>Aucune pièce jointe pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="238"/>
        <source>Amendment %1 against the signed version</source>
        <translation>Avenant %1 par rapport à la version signée</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="274"/>
        <source>Amendments (%1 draft)</source>
        <translation>Avenants (%1 en projet)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="307"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="317"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="318"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>Indiquez pourquoi, en une phrase (ce motif est conservé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="331"/>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="338"/>
        <source>Choose the scanned document</source>
        <translation>Choisissez le document numérisé</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="358"/>
        <source>Attached.</source>
        <translation>Joint.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="374"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>Avenant %1 préparé&#xa0;: modifiez ce qu&apos;il change, enregistrez, puis signez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>Un fonctionnaire que le bureau a habilité à signer pour l&apos;UNICEF (bouton Signataires de l&apos;UNICEF ci-dessous).</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>Partner signed on</source>
        <translation>Signé par le partenaire le</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Title </source>
        <translation>Fonction </translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>UNICEF signed on</source>
        <translation>Signé par l&apos;UNICEF le</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="117"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="147"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>new record</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>file upload</source>
        <translation>envoi de fichier</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="236"/>
        <source>3. Results</source>
        <translation>3. Résultats</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="237"/>
        <source>From the template, with targets scaled to the amount. Change a target if you know better; nothing here is required.</source>
        <translation>Issus du modèle, avec des cibles ajustées au montant. Modifiez une cible si vous disposez de meilleures informations&#xa0;; rien n&apos;est obligatoire ici.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Output</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="52"/>
        <source>Means of verification</source>
        <translation>Moyens de vérification</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="63"/>
        <source>Add indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="66"/>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>Revoked</name>
    <message>
        <location filename="../sync_state/revoked.py" line="23"/>
        <source>Removed by HQ</source>
        <translation>Supprimé par le siège</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../widgets/rows_table.py" line="25"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../lock.py" line="147"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../lock.py" line="150"/>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <location filename="../lock.py" line="151"/>
        <source>Change the passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="153"/>
        <source>Lock after…</source>
        <translation>Verrouiller après…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="162"/>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <location filename="../lock.py" line="163"/>
        <source>Minutes without use before PartnerDesk locks:</source>
        <translation>Minutes sans utilisation avant le verrouillage de PartnerDesk :</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="24"/>
        <source>Switch user</source>
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="25"/>
        <source>Sign in to PartnerDesk</source>
        <translation>Se connecter à PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="28"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>Plusieurs personnes utilisent PartnerDesk sur cet ordinateur. Choisissez votre nom et saisissez votre code PIN : vos modifications sont signées de votre nom.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="51"/>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="54"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="34"/>
        <source>4. Sign electronically and print</source>
        <translation>4. Signer électroniquement et imprimer</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="35"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>Chaque signature est enregistrée avec le signataire, l&apos;heure, cet appareil et l&apos;empreinte SHA-256 du texte signé, et figure dans le bloc de signature imprimé.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="49"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>Aucun fonctionnaire de ce bureau n&apos;est habilité à signer pour l&apos;UNICEF. Ajoutez les fonctionnaires habilités du bureau : un accord, onglet Signatures, Signataires de l&apos;UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="58"/>
        <source>Sign and print</source>
        <translation>Signer et imprimer</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="68"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="71"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="72"/>
        <source>Title </source>
        <translation>Fonction </translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (UNICEF) confirme signer ce document électroniquement</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="120"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (partenaire) confirme signer ce document électroniquement</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="126"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>Choisissez les deux signataires ; chacun confirme la signature électronique.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="157"/>
        <source>Deferred:</source>
        <translation>Éléments reportés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="152"/>
        <source>%1, due %2</source>
        <translation>%1, échéance %2</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="25"/>
        <source>UNICEF signatories of office %1</source>
        <translation>Signataires de l&apos;UNICEF du bureau %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="42"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="31"/>
        <source>Withdraw the authority to sign</source>
        <translation>Retirer le pouvoir de signature</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>AAAA-MM-JJ (vide : sans fin)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="44"/>
        <source>Authorise this officer</source>
        <translation>Habiliter ce fonctionnaire</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="54"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>Seuls ces fonctionnaires peuvent signer des accords pour l&apos;UNICEF dans ce bureau.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="94"/>
        <source>Choose an officer in the list first.</source>
        <translation>Choisissez d&apos;abord un fonctionnaire dans la liste.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Print PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="56"/>
        <source>Submit to headquarters</source>
        <translation>Soumettre au siège</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>Résumé de l&apos;auto-évaluation %1 de %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="79"/>
        <source>Benchmark</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="80"/>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="95"/>
        <source>The rating differs from what the data shows.</source>
        <translation>La note diffère de ce que montrent les données.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="98"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>Rempli&#xa0;: %1   Partiellement&#xa0;: %2   Non rempli&#xa0;: %3   Non noté&#xa0;: %4   Note et données divergent&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="110"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>Soumise le %1 par %2&#xa0;: verrouillée.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="113"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>Brouillon&#xa0;: la soumission verrouille les notes et les chiffres.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync_state/view.py" line="39"/>
        <source>http://hq.example.org:8700</source>
        <translation>http://hq.example.org:8700</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="42"/>
        <source>only the first time, e.g. K7QX-M2PA-9FTR</source>
        <translation>la première fois seulement, p.&#xa0;ex. K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="43"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="57"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="59"/>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>Enrollment code:</source>
        <translation>Code d&apos;inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="64"/>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="65"/>
        <source>Unsent changes:</source>
        <translation>Modifications non envoyées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="68"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="79"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="80"/>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="81"/>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="82"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="123"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Last sync failed: %1</source>
        <translation>Échec de la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="134"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>Non inscrit&#xa0;: saisissez l&apos;adresse et le code fournis par le siège.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="136"/>
        <source>all offices</source>
        <translation>tous les bureaux</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="137"/>
        <source>Enrolled for %1.</source>
        <translation>Inscrit pour %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="139"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="142"/>
        <source>Refused (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="145"/>
        <source>Set aside (%1)</source>
        <translation>Mis de côté (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="154"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur du siège.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="166"/>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="193"/>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="207"/>
        <location filename="../sync_state/view.py" line="214"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="215"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 Nouvel essai dans %2&#xa0;s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="124"/>
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln modification en attente</numerusform>
            <numerusform>%Ln modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="126"/>
        <source>(%Ln refused, see Refused)</source>
        <translation>
            <numerusform>(%Ln refusée, voir Refusées)</numerusform>
            <numerusform>(%Ln refusées, voir Refusées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="188"/>
        <source>Synced: %1, %2, %3.</source>
        <translation>Synchronisé : %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="189"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln envoyée</numerusform>
            <numerusform>%Ln envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="190"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln reçue</numerusform>
            <numerusform>%Ln reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="191"/>
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="67"/>
        <source>Without a network:</source>
        <translation>Sans réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="164"/>
        <source>Writing the file for HQ...</source>
        <translation>Écriture du fichier pour le siège...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="165"/>
        <source>Applying HQ&apos;s answer...</source>
        <translation>Application de la réponse du siège...</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="149"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. Modèle, montant, dates et lieux</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="150"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>Le modèle pré-certifié fournit les résultats, la répartition du budget, les rapports et les risques.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="154"/>
        <source>Choose a pre-certified template</source>
        <translation>Choisissez un modèle pré-certifié</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="160"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>Montant UNICEF en USD, p.&#xa0;ex. 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="165"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>AAAA-MM-JJ (selon le modèle)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Places, separated by commas</source>
        <translation>Lieux, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="175"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="176"/>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="177"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="178"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="179"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="208"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>Enter the UNICEF amount.</source>
        <translation>Saisissez le montant UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="212"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Écrivez les dates au format AAAA-MM-JJ, p.&#xa0;ex. 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="214"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="216"/>
        <source>Name at least one place.</source>
        <translation>Indiquez au moins un lieu.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="220"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>Un SSFA finance au plus %1 USD&#xa0;; réduisez le montant ou utilisez le PCA du partenaire.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="64"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="73"/>
        <source>Save the record first; its status changes are listed here.</source>
        <translation>Enregistrez d&apos;abord le dossier ; ses changements de statut s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="82"/>
        <source>Created as %1</source>
        <translation>Créé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="85"/>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="89"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline.py" line="99"/>
        <source>%Ln status changes, oldest first.</source>
        <translation>
            <numerusform>%Ln changement de statut, du plus ancien au plus récent.</numerusform>
            <numerusform>%Ln changements de statut, du plus ancien au plus récent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="102"/>
        <source>No status change recorded yet. Changes are kept from the moment this version of PartnerDesk was installed; earlier ones were not recorded.</source>
        <translation>Aucun changement de statut enregistré pour l&apos;instant. Les changements sont conservés depuis l&apos;installation de cette version de PartnerDesk ; les précédents n&apos;ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>TimingTable</name>
    <message>
        <location filename="../widgets/timing.py" line="35"/>
        <source>%1 days (%2)</source>
        <translation>%1 j (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>PD: submission
to review</source>
        <translation>DP : de la soumission
à l&apos;examen</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: review
to signature</source>
        <translation>DP : de l&apos;examen
à la signature</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: submission
to signature</source>
        <translation>DP : de la soumission
à la signature</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="43"/>
        <source>Agreement: draft
to signature</source>
        <translation>Accord : du brouillon
à la signature</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="48"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="60"/>
        <source>Median %1 days over %2; shortest %3, longest %4.</source>
        <translation>Médiane de %1 jours sur %2 ; le plus court %3, le plus long %4.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="71"/>
        <source>Median days, with the number of records in brackets, from the status history: a programme document is submitted when it goes to review, reviewed when it goes to signature. Records whose history began before PartnerDesk kept it are not counted.</source>
        <translation>Médiane en jours, avec le nombre de dossiers entre parenthèses, d&apos;après l&apos;historique des statuts : un document de programme est soumis quand il passe à l&apos;examen, examiné quand il passe à la signature. Les dossiers dont l&apos;historique précède sa tenue par PartnerDesk ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="74"/>
        <source>No agreement or programme document has reached review or signature since the status history began.</source>
        <translation>Aucun accord ni document de programme n&apos;a atteint l&apos;examen ou la signature depuis le début de l&apos;historique des statuts.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../passphrase.py" line="36"/>
        <source>Wrong passphrase; nothing was changed. Type it again (capital letters count).</source>
        <translation>Phrase secrète incorrecte ; rien n’a été modifié. Tapez-la à nouveau (les majuscules comptent).</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="140"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="145"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="153"/>
        <source>&lt;b&gt;%1 is encrypted.&lt;/b&gt;&lt;p&gt;Type the passphrase to open it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1 est chiffré.&lt;/b&gt;&lt;p&gt;Tapez la phrase secrète pour l’ouvrir.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="158"/>
        <source>Forgot the passphrase?</source>
        <translation>Phrase secrète oubliée ?</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="173"/>
        <source>Ask headquarters for the recovery key of this computer (they check who you are first), type it here and choose a new passphrase. The recovery key then changes.</source>
        <translation>Demandez au siège la clé de récupération de cet ordinateur (il vérifie d’abord votre identité), tapez-la ici et choisissez une nouvelle phrase secrète. La clé de récupération change ensuite.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="183"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="194"/>
        <source>Set the new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../users/dialogs.py" line="26"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="27"/>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="28"/>
        <source>New PIN for %1</source>
        <translation>Nouveau code PIN pour %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="50"/>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="51"/>
        <source>Type it again</source>
        <translation>Saisissez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="78"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN sont différents.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../users/roles.py" line="25"/>
        <source>Not signed in as a user of this office: changes are refused</source>
        <translation>Non connecté comme utilisateur de ce bureau : les modifications sont refusées</translation>
    </message>
    <message>
        <location filename="../users/roles.py" line="29"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../users/page.py" line="26"/>
        <source>Users of this office</source>
        <translation>Utilisateurs du bureau</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="28"/>
        <source>Each person who uses PartnerDesk on this computer signs in with a PIN; their role says what they may change. PINs stay on this computer; names and roles go to headquarters.</source>
        <translation>Chaque personne qui utilise PartnerDesk sur cet ordinateur se connecte avec un code PIN ; son rôle indique ce qu’elle peut modifier. Les codes PIN restent sur cet ordinateur ; les noms et les rôles sont envoyés au siège.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="36"/>
        <source>PIN on this computer</source>
        <translation>PIN sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="47"/>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="48"/>
        <source>Change the role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="50"/>
        <source>New PIN</source>
        <translation>Nouveau PIN</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="51"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="108"/>
        <source>Choose a user in the list first.</source>
        <translation>Choisissez d’abord un utilisateur dans la liste.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="140"/>
        <source>Remove a user</source>
        <translation>Retirer un utilisateur</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="141"/>
        <source>Remove %1 from the users of this office? Their changes keep their name; they can no longer sign in.</source>
        <translation>Retirer %1 des utilisateurs de ce bureau ? Ses modifications gardent son nom ; cette personne ne pourra plus se connecter.</translation>
    </message>
</context>
<context>
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="225"/>
        <source>Assessment action</source>
        <translation>Action d&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Programme document</source>
        <translation>Document de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="226"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>%1 est endommagée (%2). Les modifications faites maintenant risquent de ne pas être enregistrées. Fermez PartnerDesk, gardez une copie du fichier pour l’assistance, puis restaurez la dernière sauvegarde (le fichier .bak à côté) ou demandez à l’assistance de la réparer.</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Partnering cycle</source>
        <translation>Cycle de partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>benchmarks</name>
    <message>
        <location filename="../assessment/strings.py" line="25"/>
        <source>Partner landscape mapped and analysed in programme planning</source>
        <translation>Cartographie et analyse des partenaires dans la planification des programmes</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="26"/>
        <source>Map who works on the results you seek, their interest and influence, and what each partner brings (its comparative advantage). Evidence: the comparative advantage of every partner is recorded for each active partnership.</source>
        <translation>Cartographier qui travaille sur les résultats recherchés, son intérêt et son influence, et ce que chaque partenaire apporte (son avantage comparatif). Justificatif&#xa0;: l&apos;avantage comparatif de chaque partenaire est consigné pour chaque partenariat actif.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="27"/>
        <source>Due diligence and risk screening done before every new partnership</source>
        <translation>Diligence raisonnable et examen des risques avant tout nouveau partenariat</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="28"/>
        <source>Before engaging, check registration, mandate, fraud, PSEA and safeguarding, sanctions and other risks. Evidence: every partner of each partnership started in the last 12 months was cleared before the start.</source>
        <translation>Avant de s&apos;engager, vérifier l&apos;enregistrement, le mandat, la fraude, la PSEA et la protection, les sanctions et les autres risques. Justificatif&#xa0;: chaque partenaire de chaque partenariat commencé au cours des 12 derniers mois a été validé avant le début.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="29"/>
        <source>Every active partnership has a designated focal point and a written agreement with defined results</source>
        <translation>Chaque partenariat actif a un point focal désigné et un accord écrit avec des résultats définis</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="30"/>
        <source>Name one focal point per partnership, put the partnership in writing (MoU or legal agreement) and state the results for children it serves.</source>
        <translation>Désigner un point focal par partenariat, formaliser le partenariat par écrit (mémorandum d&apos;accord ou accord juridique) et préciser les résultats pour les enfants qu&apos;il sert.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="31"/>
        <source>Every active partnership reviewed at least once a year, with partner feedback</source>
        <translation>Chaque partenariat actif examiné au moins une fois par an, avec l&apos;avis des partenaires</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="32"/>
        <source>Review each partnership on the four dimensions of monitoring and evaluation and ask the partners for feedback. Evidence: a review recorded in the last 12 months.</source>
        <translation>Examiner chaque partenariat selon les quatre dimensions du suivi et de l&apos;évaluation et demander l&apos;avis des partenaires. Justificatif&#xa0;: un examen consigné au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="33"/>
        <source>Contribution of partnerships to results measured and reported</source>
        <translation>Contribution des partenariats aux résultats mesurée et communiquée</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="34"/>
        <source>Measure results and indicators achieved and the partnership&apos;s contribution to them. Evidence: results measured (partnering cycle phase viii) in the last 12 months.</source>
        <translation>Mesurer les résultats et indicateurs atteints et la contribution du partenariat. Justificatif&#xa0;: résultats mesurés (phase viii du cycle de partenariat) au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="35"/>
        <source>Every partnership has an exit or sustainability strategy</source>
        <translation>Chaque partenariat a une stratégie de sortie ou de pérennisation</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="36"/>
        <source>Plan from the start how the partnership ends, is handed over or is sustained, with the evaluation that decides continuation.</source>
        <translation>Prévoir dès le départ comment le partenariat prend fin, est transféré ou pérennisé, avec l&apos;évaluation qui décide de sa poursuite.</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <location filename="strings.py" line="242"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligence raisonnable&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="strings.py" line="243"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="strings.py" line="244"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="strings.py" line="245"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="strings.py" line="246"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="strings.py" line="247"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location filename="strings.py" line="248"/>
        <source>Activities and workplan</source>
        <translation>Activités et plan de travail</translation>
    </message>
    <message>
        <location filename="strings.py" line="249"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>Activités, plan de travail, budget, ressources, type d&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="250"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Ajouter les organisations trouvées dans les fichiers IATI et 3W de ce bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>Convenez des buts, principes, rôles et contributions (la diligence raisonnable doit être validée).</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Agreed goals and objectives</source>
        <translation>Buts et objectifs convenus</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreement signed on</source>
        <translation>Accord signé le</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement type</source>
        <translation>Type d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Amber: needs attention</source>
        <translation>Orange&#xa0;: à surveiller</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Amendments in light of the review.</source>
        <translation>Modifications à la lumière de l&apos;examen.</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>Évaluez chaque partenaire potentiel et consignez la diligence raisonnable pour chaque partenaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Build structures that last beyond the project.</source>
        <translation>Mettez en place des structures qui durent au-delà du projet.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Building</source>
        <translation>Montage</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Candidate partners</source>
        <translation>Partenaires potentiels</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>Partenaires potentiels, leur évaluation et la diligence raisonnable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Cash contributions</source>
        <translation>Contributions en espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Cash-transfer modality</source>
        <translation>Modalité de transfert</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Challenge</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cleared</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Cleared with conditions</source>
        <translation>Validée sous conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>Poursuivre ou étendre uniquement avec un examen au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Contribution of the partnership to results</source>
        <translation>Contribution du partenariat aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution to results</source>
        <translation>Contribution aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contributions of each partner</source>
        <translation>Contributions de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contributions of each partner and modality.</source>
        <translation>Contributions de chaque partenaire et modalité.</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Core principles</source>
        <translation>Principes fondamentaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Corporate screening (companies only)</source>
        <translation>Vérification des entreprises (entreprises uniquement)</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Current partner</source>
        <translation>Partenaire actuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Current relation</source>
        <translation>Relation actuelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>Décidez des révisions qu&apos;appelle l&apos;examen.</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>Décision fondée sur l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Delivery against the workplan</source>
        <translation>Exécution du plan de travail</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>Décrivez le problème et les résultats recherchés, et cartographiez les parties prenantes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Direct cash transfer</source>
        <translation>Transfert direct d&apos;espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Direct payment</source>
        <translation>Paiement direct</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Due-diligence outcome</source>
        <translation>Conclusion de la diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>Évaluez, puis décidez de poursuivre, d&apos;étendre, de transférer ou de clore.</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluation due *</source>
        <translation>Évaluation prévue le *</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluation findings</source>
        <translation>Conclusions de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Tout partenariat a besoin d&apos;une stratégie de sortie ou de pérennisation&#xa0;: sa durée prévue, la date à laquelle une évaluation décide de sa poursuite, et les conditions pour y mettre fin ou en transférer la responsabilité (texte de référence, par. 60).</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Every six months</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Exchange of letters</source>
        <translation>Échange de lettres</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Exit conditions *</source>
        <translation>Conditions de sortie *</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Expand</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Financial stability</source>
        <translation>Stabilité financière</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Focal points of each partner</source>
        <translation>Points focaux de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Former partner</source>
        <translation>Ancien partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>Mécanismes de lutte contre la fraude, de PSEA et de protection en place</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>From the landscape...</source>
        <translation>Depuis le paysage...</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>Governance and management structure</source>
        <translation>Structure de gouvernance et de gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance, focal points, communication.</source>
        <translation>Gouvernance, points focaux, communication.</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Green: healthy</source>
        <translation>Vert&#xa0;: bonne santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Hand over</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Identifying</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>Mise en œuvre&#xa0;: consignez la signature, l&apos;exécution, les visites et le calendrier des rapports.</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>In-kind contributions</source>
        <translation>Contributions en nature</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In-kind only (no cash)</source>
        <translation>En nature uniquement (sans espèces)</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>Individual partners&apos; contributions</source>
        <translation>Contributions de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Informal contact</source>
        <translation>Contact informel</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Institutionalising</source>
        <translation>Institutionnalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Integration into national systems</source>
        <translation>Intégration dans les systèmes nationaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Lifespan ends</source>
        <translation>Fin de la durée prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Managing</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Managing and maintaining</source>
        <translation>Gestion et entretien</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>Mandat compatible avec celui de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Measure results against the indicators.</source>
        <translation>Mesurez les résultats au regard des indicateurs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Measuring</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>Respecte les normes du travail dans ses activités et sa chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Membership</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Memorandum of Understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Mutual benefit</source>
        <translation>Avantage mutuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>No change needed</source>
        <translation>Aucun changement nécessaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>Aucune implication dans la corruption ou la violation de sanctions</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No relation</source>
        <translation>Aucune relation</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No serious environmental harm</source>
        <translation>Aucune atteinte grave à l&apos;environnement</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No written agreement</source>
        <translation>Aucun accord écrit</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>Not started</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>On track</source>
        <translation>Conforme au plan</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Opposed</source>
        <translation>Opposé</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>Other risks</source>
        <translation>Autres risques</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Outcome</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Partner assessment</source>
        <translation>Évaluation du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Partner feedback</source>
        <translation>Avis des partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner screened</source>
        <translation>Partenaire vérifié</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partnership review and health check.</source>
        <translation>Examen du partenariat et bilan de santé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>Planifiez le travail et le budget, et choisissez le type d&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Planned lifespan (months) *</source>
        <translation>Durée prévue (mois) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Planned visits</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Poor</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>Produits et marketing sans danger pour les enfants (p.&#xa0;ex. substituts du lait maternel, armes, tabac)</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Accord de coopération programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>Qualité du partenariat, y compris coûts de transaction</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>Consignez la diligence raisonnable un partenaire à la fois&#xa0;; chaque partenaire doit avoir une conclusion.</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>Consignez les contributions en espèces et en nature de chaque partenaire et la modalité.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Red: at risk</source>
        <translation>Rouge&#xa0;: en danger</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rejetée (risque inacceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Reporting schedule</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>Obligatoire pour les partenaires du secteur des entreprises (texte de référence, par. 40).</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Required when cleared with conditions.</source>
        <translation>Obligatoire en cas de validation sous conditions.</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Resource map</source>
        <translation>Cartographie des ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Resourcing</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>Respecte les droits de l&apos;homme et les droits de l&apos;enfant (pas de travail des enfants)</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>Résultats obtenus et contribution du partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Results and indicators achieved</source>
        <translation>Résultats et indicateurs atteints</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>Des résultats pour les enfants, pas pour les acteurs (texte de référence, par. 51).</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results sought</source>
        <translation>Résultats recherchés</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>Examinez le partenariat avec les partenaires&#xa0;: notez les quatre dimensions, consignez leurs avis.</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewing</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewing and revising</source>
        <translation>Examen et révision</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Revising</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Revisions decided</source>
        <translation>Révisions décidées</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Roles of each partner</source>
        <translation>Rôle de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Save exit strategy</source>
        <translation>Enregistrer la stratégie</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Save phase</source>
        <translation>Enregistrer la phase</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Scoping</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Scoping and building</source>
        <translation>Cadrage et montage</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>Vérifié sur les listes de sanctions&#xa0;: aucune correspondance</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Screened on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>Mettez en place la gouvernance, désignez les points focaux, convenez des modes de communication.</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Shared vision</source>
        <translation>Vision commune</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>Accord signé, exécution, visites, rapports.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Accord de financement à petite échelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Stakeholder and partner landscape</source>
        <translation>Cartographie des parties prenantes et des partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Standing and reputation</source>
        <translation>Notoriété et réputation</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Structures for longer-term commitment</source>
        <translation>Structures pour un engagement à plus long terme</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Structures for longer-term commitment.</source>
        <translation>Structures pour un engagement à plus long terme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Sustaining or terminating</source>
        <translation>Pérennisation ou fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Sustaining outcomes</source>
        <translation>Résultats durables</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>Le problème, les résultats recherchés et les autres acteurs présents.</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>Les quatre dimensions (texte de référence, par. 53)</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The partnering agreement.</source>
        <translation>L&apos;accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The problem for children this partnership would address.</source>
        <translation>Le problème touchant les enfants auquel ce partenariat répondrait.</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>Cochez une fois vérifié, justificatif joint.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>Total planned budget, digits only.</source>
        <translation>Budget total prévu, en chiffres uniquement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Track record</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>Un risque inacceptable met fin à l&apos;engagement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Valid legal registration</source>
        <translation>Enregistrement légal valide</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Value added compared with alternatives</source>
        <translation>Valeur ajoutée par rapport aux autres options</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>Qui est présent, son intérêt et son influence (1 faible - 5 élevé), la relation actuelle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Why not applicable</source>
        <translation>Pourquoi sans objet</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>e.g. 36</source>
        <translation>p.&#xa0;ex. 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>not set yet</source>
        <translation>pas encore définie</translation>
    </message>
</context>
<context>
    <name>emergency templates</name>
    <message>
        <location filename="strings.py" line="442"/>
        <source>Access to affected areas is cut by insecurity or floods</source>
        <translation>L&apos;accès aux zones touchées est coupé par l&apos;insécurité ou les inondations</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>Attendance records</source>
        <translation>Registres de présence</translation>
    </message>
    <message>
        <location filename="strings.py" line="444"/>
        <source>Attendance sheets</source>
        <translation>Feuilles de présence</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>Case management</source>
        <translation>Gestion des cas</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>Case management database</source>
        <translation>Base de données de gestion des cas</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Child protection and psychosocial support in emergencies</source>
        <translation>Protection de l&apos;enfance et soutien psychosocial en situation d&apos;urgence</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>Child-friendly spaces: staff and running costs</source>
        <translation>Espaces amis des enfants : personnel et frais de fonctionnement</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>Children access psychosocial support in child-friendly spaces</source>
        <translation>Les enfants accèdent à un soutien psychosocial dans des espaces amis des enfants</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Children attending child-friendly spaces</source>
        <translation>Enfants fréquentant les espaces amis des enfants</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>Children under five screened and treated for severe wasting</source>
        <translation>Enfants de moins de cinq ans dépistés et traités pour émaciation sévère</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>Children under five screened for wasting</source>
        <translation>Enfants de moins de cinq ans dépistés pour l&apos;émaciation</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>Children with severe wasting admitted for treatment</source>
        <translation>Enfants souffrant d&apos;émaciation sévère admis en traitement</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>Code of conduct signed by all staff; PSEA focal point</source>
        <translation>Code de conduite signé par tout le personnel ; point focal PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>Distribution records and water trucking logs</source>
        <translation>Registres de distribution et journaux de transport d&apos;eau par camion</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>Diversion of supplies</source>
        <translation>Détournement de fournitures</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>Emergency nutrition: screening and treatment of wasting</source>
        <translation>Nutrition d&apos;urgence : dépistage et traitement de l&apos;émaciation</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>Emergency water, sanitation and hygiene response</source>
        <translation>Réponse d&apos;urgence en eau, assainissement et hygiène</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>Households receiving a hygiene kit</source>
        <translation>Ménages recevant un kit d&apos;hygiène</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>Hygiene kits</source>
        <translation>Kits d&apos;hygiène</translation>
    </message>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Hygiene kits distributed and hygiene promotion done</source>
        <translation>Kits d&apos;hygiène distribués et promotion de l&apos;hygiène réalisée</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Hygiene promotion</source>
        <translation>Promotion de l&apos;hygiène</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Mobile screening teams</source>
        <translation>Équipes mobiles de dépistage</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Monitoring and coordination</source>
        <translation>Suivi et coordination</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Monitoring and reporting</source>
        <translation>Suivi et rapports</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Monthly stock reports; buffer stock of 20%</source>
        <translation>Rapports de stock mensuels ; stock tampon de 20 %</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Nutrition</source>
        <translation>Nutrition</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>People reached by hygiene promotion</source>
        <translation>Personnes touchées par la promotion de l&apos;hygiène</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>People with access to 15 litres of safe water a day</source>
        <translation>Personnes ayant accès à 15 litres d&apos;eau potable par jour</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Pre-position stocks; agree access with local authorities</source>
        <translation>Prépositionner les stocks ; convenir de l&apos;accès avec les autorités locales</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Recreational and learning kits</source>
        <translation>Kits récréatifs et d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Safe water supplied to affected households</source>
        <translation>Eau potable fournie aux ménages touchés</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Safeguarding incidents</source>
        <translation>Incidents de protection (sauvegarde)</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Screening registers</source>
        <translation>Registres de dépistage</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Signed distribution lists</source>
        <translation>Listes de distribution signées</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Staff turnover in volunteers</source>
        <translation>Rotation des bénévoles</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Stock-outs of therapeutic food</source>
        <translation>Ruptures de stock d&apos;aliments thérapeutiques</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Therapeutic food (RUTF)</source>
        <translation>Aliments thérapeutiques (ATPE)</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Third-party monitoring and spot checks</source>
        <translation>Suivi par des tiers et contrôles ponctuels</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Train a reserve of volunteers</source>
        <translation>Former une réserve de bénévoles</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Training of health workers</source>
        <translation>Formation des agents de santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Treatment cards and monthly reports</source>
        <translation>Fiches de traitement et rapports mensuels</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Unaccompanied and separated children identified and referred</source>
        <translation>Enfants non accompagnés et séparés identifiés et orientés</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>WASH</source>
        <translation>EAH</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Water trucking and treatment</source>
        <translation>Transport d&apos;eau par camion et traitement</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../assessment/strings.py" line="10"/>
        <source>{num} of {den} active partnerships record the comparative advantage of every partner ({pct} %).</source>
        <translation>{num} partenariats actifs sur {den} consignent l&apos;avantage comparatif de chaque partenaire ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="11"/>
        <location filename="../assessment/strings.py" line="15"/>
        <location filename="../assessment/strings.py" line="17"/>
        <location filename="../assessment/strings.py" line="20"/>
        <location filename="../assessment/strings.py" line="23"/>
        <source>No active partnerships to measure.</source>
        <translation>Aucun partenariat actif à mesurer.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="12"/>
        <source>{num} of {den} partnerships started in the last 12 months had every partner cleared by due diligence before the start ({pct} %).</source>
        <translation>{num} partenariats sur {den} commencés au cours des 12 derniers mois avaient tous leurs partenaires validés par la diligence raisonnable avant le début ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="13"/>
        <source>No partnership started in the last 12 months.</source>
        <translation>Aucun partenariat commencé au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="14"/>
        <source>{num} of {den} active partnerships have a focal point and a written agreement with defined results ({pct} %).</source>
        <translation>{num} partenariats actifs sur {den} ont un point focal et un accord écrit avec des résultats définis ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="16"/>
        <source>{num} of {den} active partnerships were reviewed with partner feedback in the last 12 months ({pct} %).</source>
        <translation>{num} partenariats actifs sur {den} ont été examinés avec l&apos;avis des partenaires au cours des 12 derniers mois ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="18"/>
        <source>Not recorded: this database keeps no partnership reviews.</source>
        <translation>Non consigné&#xa0;: cette base de données ne conserve aucun examen de partenariat.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="19"/>
        <source>{num} of {den} active partnerships had their results measured in the last 12 months ({pct} %).</source>
        <translation>{num} partenariats actifs sur {den} ont vu leurs résultats mesurés au cours des 12 derniers mois ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="21"/>
        <source>Not recorded: this database keeps no measured results of partnerships.</source>
        <translation>Non consigné&#xa0;: cette base de données ne conserve aucun résultat mesuré des partenariats.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="22"/>
        <source>{num} of {den} active partnerships have an exit or sustainability strategy ({pct} %).</source>
        <translation>{num} partenariats actifs sur {den} ont une stratégie de sortie ou de pérennisation ({pct}&#xa0;%).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="24"/>
        <source>Not recorded: this database keeps no exit strategies.</source>
        <translation>Non consigné&#xa0;: cette base de données ne conserve aucune stratégie de sortie.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="strings.py" line="568"/>
        <source>Could not write the backup {out}: {problem}; nothing was written.</source>
        <translation>Impossible d’écrire la sauvegarde {out} : {problem} ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="578"/>
        <source>Encrypting {path} did not copy every row ({tables}); the database was left as it was.</source>
        <translation>Le chiffrement de {path} n’a pas copié toutes les lignes ({tables}) ; la base de données est restée telle quelle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="591"/>
        <source>Give the passphrase the database had when {path} was made (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>Donnez la phrase secrète qu’avait la base de données quand {path} a été faite (la variable d’environnement {env}, --passphrase-fd N, ou tapez-la quand elle est demandée).</translation>
    </message>
    <message>
        <location filename="strings.py" line="598"/>
        <source>HQ at {server} shows a certificate this computer does not trust, so nothing was sent. Check the address; if HQ uses its own certificate authority, name its certificate file in the SSL_CERT_FILE environment variable.</source>
        <translation>Le siège à {server} présente un certificat auquel cet ordinateur ne fait pas confiance ; rien n&apos;a été envoyé. Vérifiez l&apos;adresse ; si le siège utilise sa propre autorité de certification, indiquez le fichier de son certificat dans la variable d&apos;environnement SSL_CERT_FILE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="604"/>
        <source>HQ revoked this computer, so its PartnerDesk data and keys have been removed from it. Ask HQ for a new enrollment code to work here again.</source>
        <translation>Le siège a révoqué cet ordinateur : ses données PartnerDesk et ses clés en ont été supprimées. Demandez au siège un nouveau code d&apos;inscription pour travailler de nouveau ici.</translation>
    </message>
    <message>
        <location filename="strings.py" line="618"/>
        <source>Lock after {low} to {high} minutes without use.</source>
        <translation>Verrouiller après {low} à {high} minutes sans utilisation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="628"/>
        <source>No backup at {path}.</source>
        <translation>Aucune sauvegarde à {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="666"/>
        <source>Refusing to send this office&apos;s data unencrypted to {server}: use its https:// address, or add --allow-http if HQ is on a network you trust.</source>
        <translation>Envoi refusé : les données de ce bureau partiraient sans chiffrement vers {server}. Utilisez son adresse https://, ou ajoutez --allow-http si le siège est sur un réseau de confiance.</translation>
    </message>
    <message>
        <location filename="strings.py" line="699"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four, e.g. ABCD-EFGH-...</source>
        <translation>Ce n’est pas une clé de récupération : elle compte 32 lettres et chiffres par groupes de quatre, p. ex. ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="strings.py" line="705"/>
        <source>The HQ database {store} let this command in without a password or certificate: a store reachable over the network must require one for admin commands (pg_hba.conf: scram-sha-256 or cert).</source>
        <translation>La base de données du siège {store} a laissé entrer cette commande sans mot de passe ni certificat : une base joignable par le réseau doit en exiger un pour les commandes d&apos;administration (pg_hba.conf : scram-sha-256 ou cert).</translation>
    </message>
    <message>
        <location filename="strings.py" line="710"/>
        <source>The connection to the HQ database {store} is not encrypted, so the password and the office&apos;s data would cross the network readable: add sslmode=verify-full (or require) to the URL and turn on ssl at the server.</source>
        <translation>La connexion à la base de données du siège {store} n&apos;est pas chiffrée : le mot de passe et les données du bureau traverseraient le réseau en clair. Ajoutez sslmode=verify-full (ou require) à l&apos;URL et activez ssl sur le serveur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="724"/>
        <source>The folder {folder} does not exist; create it or choose another --db path.</source>
        <translation>Le dossier {folder} n’existe pas ; créez-le ou choisissez un autre chemin --db.</translation>
    </message>
    <message>
        <location filename="strings.py" line="727"/>
        <source>The key file {file} is damaged ({problem}); restore it from a backup. The database was not changed.</source>
        <translation>Le fichier de clé {file} est endommagé ({problem}) ; restaurez-le depuis une sauvegarde. La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="745"/>
        <source>The passphrase cannot be only spaces.</source>
        <translation>La phrase secrète ne peut pas être faite que d’espaces.</translation>
    </message>
    <message>
        <location filename="strings.py" line="746"/>
        <source>The passphrase is too easy to guess: common words, names, dates, keyboard rows and repeats are tried first. Add an unusual word or two.</source>
        <translation>La phrase secrète est trop facile à deviner : les mots courants, les noms, les dates, les suites du clavier et les répétitions sont essayés en premier. Ajoutez un ou deux mots inhabituels.</translation>
    </message>
    <message>
        <location filename="strings.py" line="747"/>
        <source>The passphrase is too short: use at least {n} characters (three or four words are easier to remember than symbols).</source>
        <translation>La phrase secrète est trop courte : utilisez au moins {n} caractères (trois ou quatre mots se retiennent mieux que des symboles).</translation>
    </message>
    <message>
        <location filename="strings.py" line="786"/>
        <source>This recovery key does not open {path}; nothing was changed. Check it with headquarters (it belongs to one computer).</source>
        <translation>Cette clé de récupération n’ouvre pas {path} ; rien n’a été modifié. Vérifiez-la avec le siège (elle appartient à un seul ordinateur).</translation>
    </message>
    <message>
        <location filename="strings.py" line="811"/>
        <source>Wrong passphrase for {path}; nothing was changed. Type it again (capital letters count).</source>
        <translation>Phrase secrète incorrecte pour {path} ; rien n’a été modifié. Tapez-la à nouveau (les majuscules comptent).</translation>
    </message>
    <message>
        <location filename="strings.py" line="844"/>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="884"/>
        <source>{path} already exists; a backup is restored into a new file. Move the current database aside (or choose another --db), then restore again. Nothing was changed.</source>
        <translation>{path} existe déjà ; une sauvegarde est restaurée dans un nouveau fichier. Déplacez la base de données actuelle (ou choisissez un autre --db), puis restaurez à nouveau. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="886"/>
        <source>{path} cannot be read with the key in {file}: that key file belongs to another database, or the database is damaged. Nothing was changed.</source>
        <translation>{path} ne peut pas être lu avec la clé de {file} : ce fichier de clé appartient à une autre base de données, ou la base est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="892"/>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="strings.py" line="896"/>
        <source>{path} is damaged ({problem}); no backup was written. Restore the last good backup.</source>
        <translation>{path} est endommagé ({problem}) ; aucune sauvegarde n’a été écrite. Restaurez la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <location filename="strings.py" line="898"/>
        <source>{path} is damaged or not a PartnerDesk backup ({problem}); it cannot be restored. Nothing was changed.</source>
        <translation>{path} est endommagé ou n’est pas une sauvegarde PartnerDesk ({problem}) ; il ne peut pas être restauré. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="900"/>
        <source>{path} is encrypted but its key file {file} is missing; put the key file back beside it (from a backup). The database was not changed.</source>
        <translation>{path} est chiffré mais son fichier de clé {file} est introuvable ; remettez le fichier de clé à côté (depuis une sauvegarde). La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="901"/>
        <source>{path} is encrypted: give its passphrase (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>{path} est chiffré : donnez sa phrase secrète (la variable d’environnement {env}, --passphrase-fd N, ou tapez-la quand elle est demandée).</translation>
    </message>
    <message>
        <location filename="strings.py" line="902"/>
        <source>{path} is not a PartnerDesk database (not an SQLite file, and no key file {file} beside it, as an encrypted one has).</source>
        <translation>{path} n’est pas une base de données PartnerDesk (ce n’est pas un fichier SQLite, et aucun fichier de clé {file} ne se trouve à côté, comme pour une base chiffrée).</translation>
    </message>
    <message>
        <location filename="strings.py" line="904"/>
        <source>{path} is not encrypted yet: open it once with PartnerDesk (any command) to encrypt it.</source>
        <translation>{path} n’est pas encore chiffré : ouvrez-le une fois avec PartnerDesk (n’importe quelle commande) pour le chiffrer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="905"/>
        <source>{path} is open in another PartnerDesk: close it there, then open it again here to encrypt it. Nothing was changed.</source>
        <translation>{path} est ouvert dans un autre PartnerDesk : fermez-le là-bas, puis ouvrez-le à nouveau ici pour le chiffrer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="907"/>
        <source>{path} is the demo, which is not encrypted and holds made-up records only: it is not backed up.</source>
        <translation>{path} est la démonstration, qui n’est pas chiffrée et ne contient que des données fictives : elle n’est pas sauvegardée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="908"/>
        <source>{path} needs a passphrase to protect it: give one (the {env} environment variable, --passphrase-fd N, or type it when asked); nothing was changed.</source>
        <translation>{path} a besoin d’une phrase secrète pour être protégé : donnez-en une (la variable d’environnement {env}, --passphrase-fd N, ou tapez-la quand elle est demandée) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="638"/>
        <source>No partnership, agreement or programme document has the reference {ref}; &apos;list partnerships&apos; and &apos;list agreements&apos; show the references.</source>
        <translation>Aucun partenariat, accord ni document de programme n&apos;a la référence {ref} ; « list partnerships » et « list agreements » affichent les références.</translation>
    </message>
    <message>
        <location filename="strings.py" line="756"/>
        <source>The status history is never edited or deleted; a status change that was a mistake is corrected by a new status change.</source>
        <translation>L&apos;historique des statuts n&apos;est jamais modifié ni supprimé ; un changement de statut erroné se corrige par un nouveau changement de statut.</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>&apos;{budget}&apos; is not an amount; write digits only, e.g. 250000.</source>
        <translation>« {budget} » n&apos;est pas un montant ; écrivez uniquement des chiffres, p. ex. 250000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>&apos;{item}&apos; was already done on {day}.</source>
        <translation>« {item} » a déjà été fait le {day}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>&apos;{value}&apos; is not a date PartnerDesk can read; write it as YYYY-MM-DD (e.g. 2024-03-31) or DD/MM/YYYY.</source>
        <translation>« {value} » n&apos;est pas une date que PartnerDesk sait lire ; écrivez-la AAAA-MM-JJ (p. ex. 2024-03-31) ou JJ/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>« {value} » n&apos;est pas une date ; écrivez-la AAAA-MM-JJ, p. ex. 2026-03-31.</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>&apos;{value}&apos; is not an amount; write digits, e.g. 12500.00.</source>
        <translation>« {value} » n&apos;est pas un montant ; écrivez des chiffres, p. ex. 12500.00.</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>&apos;{value}&apos; is not an e-mail address; write it as name@example.org.</source>
        <translation>« {value} » n&apos;est pas une adresse e-mail ; écrivez-la nom@example.org.</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>(no partner)</source>
        <translation>(aucun partenaire)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>A draft is started; finish the ratings and submit it.</source>
        <translation>Un brouillon est commencé ; terminez les notations et soumettez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>A new partnership cannot start as active: save it as proposed, complete the partnering agreement (cycle phase iii, Building), then activate it.</source>
        <translation>Un nouveau partenariat ne peut pas démarrer actif : enregistrez-le comme proposé, complétez l&apos;accord de partenariat (phase iii du cycle, Construction), puis activez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>A no-cost extension cannot change UNICEF&apos;s contribution; type it as a budget change too.</source>
        <translation>Une prolongation sans frais ne peut pas changer la contribution de l&apos;UNICEF ; indiquez-la aussi comme modification du budget.</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>A no-cost extension moves the end date later; check the new end date.</source>
        <translation>Une prolongation sans frais repousse la date de fin ; vérifiez la nouvelle date de fin.</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>A partner can only be cleared when every check is verified; not yet: {missing}. Tick them or record the outcome as rejected.</source>
        <translation>Un partenaire ne peut être validé que lorsque chaque vérification est faite ; pas encore : {missing}. Cochez-les ou enregistrez le résultat comme rejeté.</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>A partner in the list no longer exists; remove it.</source>
        <translation>Un partenaire de la liste n&apos;existe plus ; retirez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>A risk rating needs the date of the assessment that justifies it.</source>
        <translation>Une notation de risque a besoin de la date de l&apos;évaluation qui la justifie.</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>A simplified humanitarian PD covers at most six months; shorten it or use a standard PD.</source>
        <translation>Un DP humanitaire simplifié couvre au plus six mois ; raccourcissez-le ou utilisez un DP standard.</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>A {current} partnership cannot become {status}; allowed: {allowed}.</source>
        <translation>Un partenariat {current} ne peut pas devenir {status} ; possible : {allowed}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Add at least one output with an indicator to the results framework.</source>
        <translation>Ajoutez au cadre de résultats au moins un produit avec un indicateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>Add the budget: at least one activity with its amounts.</source>
        <translation>Ajoutez le budget : au moins une activité avec ses montants.</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Add the partners to this partnership before agreeing on a partnering agreement.</source>
        <translation>Ajoutez les partenaires à ce partenariat avant de convenir d&apos;un accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>Agreement {reference} ended after its end date ({end}).</source>
        <translation>L&apos;accord {reference} a pris fin après sa date de fin ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Agreement {reference} ends on {end}.</source>
        <translation>L&apos;accord {reference} prend fin le {end}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Agreement {reference} is past its end date ({end}); end it or amend it with a no-cost extension.</source>
        <translation>L&apos;accord {reference} a dépassé sa date de fin ({end}) ; clôturez-le ou modifiez-le par une prolongation sans frais.</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Agreement {reference} is suspended; resume it before adding a programme document.</source>
        <translation>L&apos;accord {reference} est suspendu ; reprenez-le avant d&apos;ajouter un document de programme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Agreement {reference} is {status}; a new programme document needs an agreement in force.</source>
        <translation>L&apos;accord {reference} est {status} ; un nouveau document de programme a besoin d&apos;un accord en vigueur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Agreement {reference} is {status}; this changes only through an amendment.</source>
        <translation>L&apos;accord {reference} est {status} ; cela ne change que par un avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Amendment {reference} is still a draft; sign or cancel it before starting another.</source>
        <translation>L&apos;avenant {reference} est encore un projet ; signez-le ou annulez-le avant d&apos;en commencer un autre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Amounts in other currencies than {currency} were left out of the totals.</source>
        <translation>Les montants dans d&apos;autres devises que {currency} ont été exclus des totaux.</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>An MoU is non-financial and has no programme documents; choose a PCA or an SSFA.</source>
        <translation>Un MoU est non financier et n&apos;a pas de documents de programme ; choisissez un PCA ou un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>An SSFA funds at most {ceiling} USD from UNICEF (this budget asks {amount}); use a PCA instead.</source>
        <translation>Un SSFA finance au plus {ceiling} USD de l&apos;UNICEF (ce budget demande {amount}) ; utilisez plutôt un PCA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>An SSFA funds at most {ceiling} USD; for {amount} choose the partner&apos;s PCA, or lower the amount.</source>
        <translation>Un SSFA finance au plus {ceiling} USD ; pour {amount}, choisissez le PCA du partenaire ou réduisez le montant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>An active partnership needs a designated focal point; choose one before activating.</source>
        <translation>Un partenariat actif a besoin d&apos;un point focal désigné ; choisissez-en un avant de l&apos;activer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>An active partnership needs a designated focal point; choose one first.</source>
        <translation>Un partenariat actif a besoin d&apos;un point focal désigné ; choisissez-en un d&apos;abord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>An active partnership needs a lead partner; add one on the Partners tab before activating.</source>
        <translation>Un partenariat actif a besoin d&apos;un partenaire chef de file ; ajoutez-en un dans l&apos;onglet Partenaires avant de l&apos;activer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>An active partnership needs a start date.</source>
        <translation>Un partenariat actif a besoin d&apos;une date de début.</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>An active partnership needs an agreement: complete the partnering agreement (cycle phase iii, Building) or record a signed agreement, then activate it.</source>
        <translation>Un partenariat actif a besoin d&apos;un accord : complétez l&apos;accord de partenariat (phase iii du cycle, Construction) ou enregistrez un accord signé, puis activez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Another PartnerDesk is writing to {path}; try again in a moment.</source>
        <translation>Un autre PartnerDesk écrit dans {path} ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Attach the due diligence documents.</source>
        <translation>Joignez les documents de diligence raisonnable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Attach the full programme document.</source>
        <translation>Joignez le document de programme complet.</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>Attach the scan of the signed original.</source>
        <translation>Joignez le scan de l&apos;original signé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>Authorised officer {i} needs a name and a title.</source>
        <translation>Le responsable habilité {i} a besoin d&apos;un nom et d&apos;une fonction.</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>Authorised officer {i}: {problem}</source>
        <translation>Responsable habilité {i} : {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Benchmark self-assessment {year} not submitted yet</source>
        <translation>Auto-évaluation des critères {year} pas encore soumise</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Benchmark {code}: your rating differs from what the data shows; explain why in the evidence before submitting.</source>
        <translation>Critère {code} : votre notation diffère de ce que montrent les données ; expliquez pourquoi dans les justificatifs avant de soumettre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Budget line {i} is linked to output {link}, which does not exist (outputs 1 to {outputs}).</source>
        <translation>La ligne budgétaire {i} est liée au produit {link}, qui n&apos;existe pas (produits 1 à {outputs}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Budget line {i} needs an activity.</source>
        <translation>La ligne budgétaire {i} a besoin d&apos;une activité.</translation>
    </message>
    <message>
        <location filename="strings.py" line="535"/>
        <source>Budget line {i}: amounts cannot be negative.</source>
        <translation>Ligne budgétaire {i} : les montants ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="536"/>
        <source>Budget line {i}: the activity ends before it starts.</source>
        <translation>Ligne budgétaire {i} : l&apos;activité se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="537"/>
        <source>Budget line {i}: {problem}</source>
        <translation>Ligne budgétaire {i} : {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>CSO type</source>
        <translation>Type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Cancelling needs a justification: say why in a sentence.</source>
        <translation>Une annulation doit être justifiée : dites pourquoi en une phrase.</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Cannot create the database: the folder {folder} does not exist.</source>
        <translation>Impossible de créer la base de données : le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Cannot reach HQ at {server} ({reason}); the changes stay on this computer and will be sent at the next sync.</source>
        <translation>Impossible de joindre le siège à {server} ({reason}) ; les modifications restent sur cet ordinateur et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Change number {seq} of this device was already used for another change (was the database restored from a backup?). Enroll the device again with a new code.</source>
        <translation>Le numéro de modification {seq} de cet appareil a déjà servi pour une autre modification (la base a-t-elle été restaurée d&apos;une sauvegarde ?). Inscrivez à nouveau l&apos;appareil avec un nouveau code.</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Change {seq} edits a record of office {office}, which this device is not enrolled for.</source>
        <translation>La modification {seq} touche un enregistrement du bureau {office}, pour lequel cet appareil n&apos;est pas inscrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Change {seq} is for office {office}, which this device is not enrolled for.</source>
        <translation>La modification {seq} concerne le bureau {office}, pour lequel cet appareil n&apos;est pas inscrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Changes refused by headquarters</source>
        <translation>Modifications refusées par le siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Choose UNICEF&apos;s signatory among the office&apos;s authorised officers.</source>
        <translation>Choisissez le signataire de l&apos;UNICEF parmi les responsables habilités du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Choose a PCA of this partner, or make an SSFA.</source>
        <translation>Choisissez un PCA de ce partenaire, ou faites un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Choose a benchmark of this assessment&apos;s set for the action.</source>
        <translation>Choisissez pour l&apos;action un critère de l&apos;ensemble de cette évaluation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Choose a file to attach.</source>
        <translation>Choisissez un fichier à joindre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Choose a role for {partner}.</source>
        <translation>Choisissez un rôle pour {partner}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Choose a standard or a humanitarian programme document.</source>
        <translation>Choisissez un document de programme standard ou humanitaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>Choose at least one contribution to results (programme, knowledge, advocacy or resources).</source>
        <translation>Choisissez au moins une contribution aux résultats (programme, connaissances, plaidoyer ou ressources).</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Choose met, partly met or not met.</source>
        <translation>Choisissez rempli, partiellement rempli ou non rempli.</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Choose one of the listed values for {field}.</source>
        <translation>Choisissez l&apos;une des valeurs proposées pour {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Choose one of the pre-certified templates.</source>
        <translation>Choisissez l&apos;un des modèles pré-certifiés.</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Choose the agreement this programme document falls under.</source>
        <translation>Choisissez l&apos;accord dont relève ce document de programme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Choose the cash-transfer modality (direct cash transfer, reimbursement or direct payment).</source>
        <translation>Choisissez la modalité de transfert d&apos;espèces (transfert direct, remboursement ou paiement direct).</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Choose the office that makes this agreement.</source>
        <translation>Choisissez le bureau qui conclut cet accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Choose the partner organisation that signs this agreement.</source>
        <translation>Choisissez l&apos;organisation partenaire qui signe cet accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Choose the partner this due-diligence outcome is about.</source>
        <translation>Choisissez le partenaire concerné par ce résultat de diligence raisonnable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>Choose the type of agreement: PCA, SSFA or MoU.</source>
        <translation>Choisissez le type d&apos;accord : PCA, SSFA ou MoU.</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Choose to keep your value or the one at headquarters.</source>
        <translation>Choisissez de garder votre valeur ou celle du siège.</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Closing needs the final review: record its date first.</source>
        <translation>La clôture exige l&apos;examen final : enregistrez d&apos;abord sa date.</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Complete phase {earlier} ({title}) first, or mark it not applicable with a reason; phase {code} comes after it.</source>
        <translation>Complétez d&apos;abord la phase {earlier} ({title}), ou marquez-la sans objet avec une raison ; la phase {code} vient après.</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Conflicts waiting</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Deferred emergency item due: {item} (due {due}).</source>
        <translation>Élément d&apos;urgence différé dû : {item} (échéance {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>Deferred emergency item overdue: {item} (due {due}).</source>
        <translation>Élément d&apos;urgence différé en retard : {item} (échéance {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>Deferred item &apos;{item}&apos; is not done (due {due}); complete it before closing.</source>
        <translation>L&apos;élément différé « {item} » n&apos;est pas fait (échéance {due}) ; terminez-le avant la clôture.</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Describe the exit conditions: when and how the partnership ends or is handed over.</source>
        <translation>Décrivez les conditions de sortie : quand et comment le partenariat prend fin ou est transmis.</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
        <source>Due diligence cannot be skipped: every partner must be screened.</source>
        <translation>La diligence raisonnable ne peut pas être sautée : chaque partenaire doit être examiné.</translation>
    </message>
    <message>
        <location filename="strings.py" line="574"/>
        <source>Due diligence is not cleared for {names}; record a cleared outcome in phase ii (Identifying) before the partnering agreement.</source>
        <translation>La diligence raisonnable n&apos;est pas validée pour {names} ; enregistrez un résultat validé en phase ii (Identification) avant l&apos;accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="575"/>
        <source>Due diligence not done</source>
        <translation>Diligence raisonnable non faite</translation>
    </message>
    <message>
        <location filename="strings.py" line="576"/>
        <source>Due diligence not finished</source>
        <translation>Diligence raisonnable non terminée</translation>
    </message>
    <message>
        <location filename="strings.py" line="577"/>
        <source>Due diligence rejected {names} (unacceptable risk); remove them from the partnership before the partnering agreement.</source>
        <translation>La diligence raisonnable a rejeté {names} (risque inacceptable) ; retirez-les du partenariat avant l&apos;accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="579"/>
        <source>Enter the UNICEF amount for the response, e.g. 40000.</source>
        <translation>Saisissez le montant UNICEF de la réponse, p. ex. 40000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="580"/>
        <source>Enter the address of headquarters, e.g. https://hq.example.org:8700.</source>
        <translation>Saisissez l&apos;adresse du siège, p. ex. https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="581"/>
        <source>Enter the enrollment code headquarters gave you for this computer.</source>
        <translation>Saisissez le code d&apos;inscription que le siège vous a donné pour cet ordinateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="582"/>
        <source>Every focal point needs a name (UNICEF or partner side).</source>
        <translation>Chaque point focal a besoin d&apos;un nom (côté UNICEF ou partenaire).</translation>
    </message>
    <message>
        <location filename="strings.py" line="583"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Toutes les phases sont terminées. Continuez à examiner le partenariat chaque année.</translation>
    </message>
    <message>
        <location filename="strings.py" line="584"/>
        <source>Export to .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Exportez en .csv ou .xlsx, pas « {name} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="585"/>
        <source>For a civil society organisation, the CSO type</source>
        <translation>Pour une organisation de la société civile, le type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="586"/>
        <source>Give the action a due date (YYYY-MM-DD), so it comes back as an alert.</source>
        <translation>Donnez une échéance à l&apos;action (AAAA-MM-JJ) pour qu&apos;elle revienne comme alerte.</translation>
    </message>
    <message>
        <location filename="strings.py" line="587"/>
        <source>Give the date of the evaluation that decides whether the partnership continues.</source>
        <translation>Donnez la date de l&apos;évaluation qui décide si le partenariat continue.</translation>
    </message>
    <message>
        <location filename="strings.py" line="588"/>
        <source>Give the date of the screening.</source>
        <translation>Donnez la date de l&apos;examen.</translation>
    </message>
    <message>
        <location filename="strings.py" line="589"/>
        <source>Give the date.</source>
        <translation>Donnez la date.</translation>
    </message>
    <message>
        <location filename="strings.py" line="590"/>
        <source>Give the outcome of the due diligence: cleared, cleared with conditions, or rejected.</source>
        <translation>Donnez le résultat de la diligence raisonnable : validé, validé sous conditions ou rejeté.</translation>
    </message>
    <message>
        <location filename="strings.py" line="592"/>
        <source>Give the planned lifespan in months, from 1 to {most} (e.g. 36 for three years).</source>
        <translation>Donnez la durée prévue en mois, de 1 à {most} (p. ex. 36 pour trois ans).</translation>
    </message>
    <message>
        <location filename="strings.py" line="593"/>
        <source>Give the risk rating the assessment concluded.</source>
        <translation>Donnez la notation de risque conclue par l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="595"/>
        <source>HQ answered {status}</source>
        <translation>Le siège a répondu {status}</translation>
    </message>
    <message>
        <location filename="strings.py" line="596"/>
        <source>HQ at {server} answered something that is not PartnerDesk&apos;s (is the address right?).</source>
        <translation>Le siège à {server} a répondu quelque chose qui ne vient pas de PartnerDesk (l&apos;adresse est-elle juste ?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="597"/>
        <source>HQ at {server} answered the enrollment without a token (is the address right?).</source>
        <translation>Le siège à {server} a répondu à l&apos;inscription sans jeton (l&apos;adresse est-elle juste ?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="599"/>
        <source>HQ does not accept this device&apos;s token (revoked?). Ask HQ for a new enrollment code and run sync with --enroll CODE.</source>
        <translation>Le siège n&apos;accepte pas le jeton de cet appareil (révoqué ?). Demandez au siège un nouveau code d&apos;inscription et lancez sync avec --enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="600"/>
        <source>HQ does not know the table &apos;{table}&apos; (is HQ older than this device?).</source>
        <translation>Le siège ne connaît pas la table « {table} » (le siège est-il plus ancien que cet appareil ?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="601"/>
        <source>HQ kept asking for parts of this file already sent ({tries} chunks sent); it was set aside.</source>
        <translation>Le siège a continué à demander des parties de ce fichier déjà envoyées ({tries} morceaux envoyés) ; il a été mis de côté.</translation>
    </message>
    <message>
        <location filename="strings.py" line="602"/>
        <source>HQ refused the request ({status}: {detail}).</source>
        <translation>Le siège a refusé la demande ({status} : {detail}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="603"/>
        <source>HQ refused this change of {table} {row}: {problems}.</source>
        <translation>Le siège a refusé cette modification de {table} {row} : {problems}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="606"/>
        <source>Import {batch} ({file}) was already undone on {when}.</source>
        <translation>L&apos;import {batch} ({file}) a déjà été annulé le {when}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="607"/>
        <source>Import {batch} cannot be undone: {blockers}. Remove or change those first.</source>
        <translation>L&apos;import {batch} ne peut pas être annulé : {blockers}. Supprimez ou modifiez-les d&apos;abord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="608"/>
        <source>It ends ({end}) before it starts ({start}); fix the dates.</source>
        <translation>Il se termine ({end}) avant de commencer ({start}) ; corrigez les dates.</translation>
    </message>
    <message>
        <location filename="strings.py" line="609"/>
        <source>It ends after its end date ({end}); to stop it earlier, terminate it.</source>
        <translation>Il se termine après sa date de fin ({end}) ; pour l&apos;arrêter plus tôt, résiliez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="610"/>
        <source>It has no end date; to stop it, terminate it.</source>
        <translation>Il n&apos;a pas de date de fin ; pour l&apos;arrêter, résiliez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="611"/>
        <source>It is typed as a {kind} but does not change {fields}; make that change or correct the type of amendment.</source>
        <translation>Il est indiqué comme {kind} mais ne change pas {fields} ; faites ce changement ou corrigez le type d&apos;avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="612"/>
        <source>It starts on {start}; it becomes active on that date (automatically).</source>
        <translation>Il commence le {start} ; il devient actif à cette date (automatiquement).</translation>
    </message>
    <message>
        <location filename="strings.py" line="613"/>
        <source>It would be in force from {start}, before it is signed on {signed}; set the start date to the date of the later signature or after it.</source>
        <translation>Il serait en vigueur dès le {start}, avant sa signature le {signed} ; fixez la date de début à la date de la dernière signature ou après.</translation>
    </message>
    <message>
        <location filename="strings.py" line="614"/>
        <source>Its agreement {reference} is {status}.</source>
        <translation>Son accord {reference} est {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="615"/>
        <source>Its agreement {reference} is {status}; the agreement must be signed before its programme documents.</source>
        <translation>Son accord {reference} est {status} ; l&apos;accord doit être signé avant ses documents de programme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="616"/>
        <source>Its end date ({end}) has passed; end it instead of resuming it.</source>
        <translation>Sa date de fin ({end}) est passée ; clôturez-le au lieu de le reprendre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="617"/>
        <source>Its end date ({end}) has passed; end it instead.</source>
        <translation>Sa date de fin ({end}) est passée ; clôturez-le plutôt.</translation>
    </message>
    <message>
        <location filename="strings.py" line="619"/>
        <source>Management costs cannot be negative.</source>
        <translation>Les coûts de gestion ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="620"/>
        <source>Name at least one place the response covers.</source>
        <translation>Indiquez au moins un lieu couvert par la réponse.</translation>
    </message>
    <message>
        <location filename="strings.py" line="621"/>
        <source>Name the partner&apos;s signatory (an authorised officer).</source>
        <translation>Indiquez le signataire du partenaire (un responsable habilité).</translation>
    </message>
    <message>
        <location filename="strings.py" line="622"/>
        <source>Name the person who signs.</source>
        <translation>Indiquez la personne qui signe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="623"/>
        <source>Name who reviewed the due diligence.</source>
        <translation>Indiquez qui a examiné la diligence raisonnable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="624"/>
        <source>No HQ server address yet: give one with --server URL.</source>
        <translation>Pas encore d&apos;adresse de serveur du siège : donnez-en une avec --server URL.</translation>
    </message>
    <message>
        <location filename="strings.py" line="625"/>
        <source>No UNICEF officer of office {office} is authorised to sign on {day}; add the office&apos;s authorised officers first (Signatures tab &gt; UNICEF signatories, or &apos;officers add&apos;).</source>
        <translation>Aucun responsable UNICEF du bureau {office} n&apos;est habilité à signer le {day} ; ajoutez d&apos;abord les responsables habilités du bureau (onglet Signatures &gt; Signataires UNICEF, ou « officers add »).</translation>
    </message>
    <message>
        <location filename="strings.py" line="626"/>
        <source>No agreement or programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>Aucun accord ni document de programme avec la référence {reference}. « list agreements » affiche les références.</translation>
    </message>
    <message>
        <location filename="strings.py" line="627"/>
        <source>No agreement with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>Aucun accord avec la référence {reference}. « list agreements » affiche les références.</translation>
    </message>
    <message>
        <location filename="strings.py" line="629"/>
        <source>No benchmark set is recorded in this database. Synchronise with headquarters to receive one.</source>
        <translation>Aucun ensemble de critères n&apos;est enregistré dans cette base. Synchronisez avec le siège pour en recevoir un.</translation>
    </message>
    <message>
        <location filename="strings.py" line="630"/>
        <source>No database at {path}. Check the path, or run &apos;python main.py demo --db {path}&apos; to make one.</source>
        <translation>Aucune base de données à {path}. Vérifiez le chemin, ou lancez « python main.py demo --db {path} » pour en créer une.</translation>
    </message>
    <message>
        <location filename="strings.py" line="631"/>
        <source>No database is open, so attachments have nowhere to go.</source>
        <translation>Aucune base de données n&apos;est ouverte : les pièces jointes n&apos;ont nulle part où aller.</translation>
    </message>
    <message>
        <location filename="strings.py" line="632"/>
        <source>No file at {path}; choose the scanned document again.</source>
        <translation>Aucun fichier à {path} ; choisissez à nouveau le document scanné.</translation>
    </message>
    <message>
        <location filename="strings.py" line="633"/>
        <source>No focal point designated</source>
        <translation>Aucun point focal désigné</translation>
    </message>
    <message>
        <location filename="strings.py" line="634"/>
        <source>No import batch {batch}. &apos;import list&apos; shows the batches with their ids.</source>
        <translation>Aucun lot d&apos;import {batch}. « import list » affiche les lots avec leurs identifiants.</translation>
    </message>
    <message>
        <location filename="strings.py" line="635"/>
        <source>No office on this computer is in country {country}; set up that office first, or leave out --country.</source>
        <translation>Aucun bureau de cet ordinateur n&apos;est dans le pays {country} ; configurez d&apos;abord ce bureau, ou omettez --country.</translation>
    </message>
    <message>
        <location filename="strings.py" line="636"/>
        <source>No partner with reference {reference}.</source>
        <translation>Aucun partenaire avec la référence {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="637"/>
        <source>No partnership with reference {reference}.</source>
        <translation>Aucun partenariat avec la référence {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="639"/>
        <source>No programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>Aucun document de programme avec la référence {reference}. « list agreements » affiche les références.</translation>
    </message>
    <message>
        <location filename="strings.py" line="640"/>
        <source>No {kind} template in {lang} on this device; synchronise with HQ to receive the templates.</source>
        <translation>Aucun modèle {kind} en {lang} sur cet appareil ; synchronisez avec le siège pour recevoir les modèles.</translation>
    </message>
    <message>
        <location filename="strings.py" line="641"/>
        <source>Office {code} is not set up on this computer; give an office code with --office, e.g. KEN.</source>
        <translation>Le bureau {code} n&apos;est pas configuré sur cet ordinateur ; donnez un code de bureau avec --office, p. ex. KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="642"/>
        <source>Office {office} already exists at HQ; offices are added there (&apos;hq office add&apos;).</source>
        <translation>Le bureau {office} existe déjà au siège ; les bureaux y sont ajoutés (« hq office add »).</translation>
    </message>
    <message>
        <location filename="strings.py" line="643"/>
        <source>Office {office} is not set up on this computer.</source>
        <translation>Le bureau {office} n&apos;est pas configuré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="644"/>
        <source>Office {office} is not set up on this computer; choose one of the offices in the list.</source>
        <translation>Le bureau {office} n&apos;est pas configuré sur cet ordinateur ; choisissez l&apos;un des bureaux de la liste.</translation>
    </message>
    <message>
        <location filename="strings.py" line="645"/>
        <source>Only a submitted self-assessment can be acknowledged.</source>
        <translation>Seule une auto-évaluation soumise peut être accusée reçue.</translation>
    </message>
    <message>
        <location filename="strings.py" line="646"/>
        <source>Output {i} needs a title.</source>
        <translation>Le produit {i} a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="647"/>
        <source>Output {i}, indicator {j} ({name}) needs a target.</source>
        <translation>Produit {i}, indicateur {j} ({name}) : il faut une cible.</translation>
    </message>
    <message>
        <location filename="strings.py" line="648"/>
        <source>Output {i}, indicator {j} needs a name.</source>
        <translation>Produit {i}, indicateur {j} : il faut un nom.</translation>
    </message>
    <message>
        <location filename="strings.py" line="649"/>
        <source>Owner: {owner}. From the {year} self-assessment, benchmark {code}.</source>
        <translation>Responsable : {owner}. Issu de l&apos;auto-évaluation {year}, critère {code}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="650"/>
        <source>Owner: {owner}. From the {year} self-assessment.</source>
        <translation>Responsable : {owner}. Issu de l&apos;auto-évaluation {year}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="651"/>
        <source>PCA {reference} is {status}; an emergency PD needs a signed PCA, or make an SSFA.</source>
        <translation>Le PCA {reference} est {status} ; un DP d&apos;urgence a besoin d&apos;un PCA signé, ou faites un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="652"/>
        <source>Partner type &apos;{value}&apos; is not one PartnerDesk knows (e.g. Civil Society Organization, Government, UN Agency); map its values in the column mapping.</source>
        <translation>Le type de partenaire « {value} » n&apos;est pas connu de PartnerDesk (p. ex. Civil Society Organization, Government, UN Agency) ; faites correspondre ses valeurs dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="653"/>
        <source>Partner {who} is not in PartnerDesk; import the partners first (import partners FILE).</source>
        <translation>Le partenaire {who} n&apos;est pas dans PartnerDesk ; importez d&apos;abord les partenaires (import partners FICHIER).</translation>
    </message>
    <message>
        <location filename="strings.py" line="654"/>
        <source>Phase {code} ({phase}) open since {started}</source>
        <translation>Phase {code} ({phase}) ouverte depuis le {started}</translation>
    </message>
    <message>
        <location filename="strings.py" line="655"/>
        <source>Phase {code} ({title}): {step}</source>
        <translation>Phase {code} ({title}) : {step}</translation>
    </message>
    <message>
        <location filename="strings.py" line="656"/>
        <source>Pick a known partner or type the new partner&apos;s name.</source>
        <translation>Choisissez un partenaire connu ou saisissez le nom du nouveau partenaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="657"/>
        <source>Planned lifespan ended on {end} without an evaluation</source>
        <translation>Durée prévue terminée le {end} sans évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="658"/>
        <source>Programme document {reference} is still {status}; end or terminate it first.</source>
        <translation>Le document de programme {reference} est encore {status} ; clôturez-le ou résiliez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="659"/>
        <source>Rate benchmark {code} before submitting.</source>
        <translation>Notez le critère {code} avant de soumettre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="660"/>
        <source>Rate the office against the benchmarks and submit it to headquarters.</source>
        <translation>Évaluez le bureau au regard des critères et soumettez au siège.</translation>
    </message>
    <message>
        <location filename="strings.py" line="661"/>
        <source>Rate {area} as one of: {ratings} (gender, equity and sustainability only).</source>
        <translation>Notez {area} parmi : {ratings} (genre, équité et durabilité seulement).</translation>
    </message>
    <message>
        <location filename="strings.py" line="662"/>
        <source>Reading or writing {path} failed (a disk or file-system error: {reason}).</source>
        <translation>La lecture ou l&apos;écriture de {path} a échoué (erreur de disque ou de système de fichiers : {reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="663"/>
        <source>Record a due-diligence outcome for {names} before completing phase ii.</source>
        <translation>Enregistrez un résultat de diligence raisonnable pour {names} avant de terminer la phase ii.</translation>
    </message>
    <message>
        <location filename="strings.py" line="664"/>
        <source>Recorded when the emergency agreement was launched.</source>
        <translation>Enregistré au lancement de l&apos;accord d&apos;urgence.</translation>
    </message>
    <message>
        <location filename="strings.py" line="665"/>
        <source>Records not synced for a long time</source>
        <translation>Enregistrements non synchronisés depuis longtemps</translation>
    </message>
    <message>
        <location filename="strings.py" line="667"/>
        <source>Review due by {due}</source>
        <translation>Examen dû d&apos;ici le {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="668"/>
        <source>Review overdue since {due}</source>
        <translation>Examen en retard depuis le {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="669"/>
        <source>Risk assessment of {day} is older than 4 years</source>
        <translation>L&apos;évaluation des risques du {day} a plus de 4 ans</translation>
    </message>
    <message>
        <location filename="strings.py" line="670"/>
        <source>Risk assessment of {day} turns 4 years old soon</source>
        <translation>L&apos;évaluation des risques du {day} aura bientôt 4 ans</translation>
    </message>
    <message>
        <location filename="strings.py" line="671"/>
        <source>Risk {i} needs both the risk and its mitigation.</source>
        <translation>Le risque {i} a besoin du risque et de son atténuation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="672"/>
        <source>Row {n} ({who}): choose a relation from the list.</source>
        <translation>Ligne {n} ({who}) : choisissez une relation dans la liste.</translation>
    </message>
    <message>
        <location filename="strings.py" line="673"/>
        <source>Row {n} ({who}): influence must be a number from 1 to 5.</source>
        <translation>Ligne {n} ({who}) : l&apos;influence doit être un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="674"/>
        <source>Row {n} ({who}): interest must be a number from 1 to 5.</source>
        <translation>Ligne {n} ({who}) : l&apos;intérêt doit être un nombre de 1 à 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="675"/>
        <source>Row {n} of the landscape needs a name (who).</source>
        <translation>La ligne {n} du paysage a besoin d&apos;un nom (qui).</translation>
    </message>
    <message>
        <location filename="strings.py" line="676"/>
        <source>SSFA {reference} signed electronically.</source>
        <translation>SSFA {reference} signé électroniquement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="677"/>
        <source>Same name as line {line} and no vendor number to tell them apart; keep one row.</source>
        <translation>Même nom que la ligne {line} et pas de numéro de fournisseur pour les distinguer ; gardez une seule ligne.</translation>
    </message>
    <message>
        <location filename="strings.py" line="678"/>
        <source>Same reference {reference} as line {line}.</source>
        <translation>Même référence {reference} que la ligne {line}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="679"/>
        <source>Same vendor number {vendor} as line {line}; keep one row.</source>
        <translation>Même numéro de fournisseur {vendor} que la ligne {line} ; gardez une seule ligne.</translation>
    </message>
    <message>
        <location filename="strings.py" line="680"/>
        <source>Say what the amendment changes: budget, results, a no-cost extension, an administrative change or other.</source>
        <translation>Dites ce que change l&apos;avenant : budget, résultats, prolongation sans frais, changement administratif ou autre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="681"/>
        <source>Say which assessment was done: {kinds}.</source>
        <translation>Dites quelle évaluation a été faite : {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="682"/>
        <source>Say which office the officer signs for.</source>
        <translation>Dites pour quel bureau signe le responsable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="683"/>
        <source>Say why this phase does not apply to this partnership.</source>
        <translation>Dites pourquoi cette phase ne s&apos;applique pas à ce partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="684"/>
        <source>Self-assessment action due: {action}</source>
        <translation>Action d&apos;auto-évaluation due : {action}</translation>
    </message>
    <message>
        <location filename="strings.py" line="685"/>
        <source>Set the start and end dates first.</source>
        <translation>Fixez d&apos;abord les dates de début et de fin.</translation>
    </message>
    <message>
        <location filename="strings.py" line="687"/>
        <source>Sign it, or move its start date by an amendment.</source>
        <translation>Signez-le, ou repoussez sa date de début par un avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="688"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the agreement (or to the partner) first.</source>
        <translation>La signature exige les responsables habilités du partenaire ; ajoutez-les d&apos;abord à l&apos;accord (ou au partenaire).</translation>
    </message>
    <message>
        <location filename="strings.py" line="689"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the programme document (or to the partner) first.</source>
        <translation>La signature exige les responsables habilités du partenaire ; ajoutez-les d&apos;abord au document de programme (ou au partenaire).</translation>
    </message>
    <message>
        <location filename="strings.py" line="690"/>
        <source>Signing needs the signed agreement: attach the scan (kind: signed document).</source>
        <translation>La signature exige l&apos;accord signé : joignez le scan (type : document signé).</translation>
    </message>
    <message>
        <location filename="strings.py" line="691"/>
        <source>Signing needs the signed programme document: attach the scan (kind: signed document).</source>
        <translation>La signature exige le document de programme signé : joignez le scan (type : document signé).</translation>
    </message>
    <message>
        <location filename="strings.py" line="692"/>
        <source>Signing needs {missing}; fill them in on the signatures tab.</source>
        <translation>La signature exige {missing} ; remplissez-les dans l&apos;onglet des signatures.</translation>
    </message>
    <message>
        <location filename="strings.py" line="693"/>
        <source>Skipped: {reason}.</source>
        <translation>Ignoré : {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="694"/>
        <source>Terminating needs the termination document: attach it (kind: termination document).</source>
        <translation>La résiliation exige le document de résiliation : joignez-le (type : document de résiliation).</translation>
    </message>
    <message>
        <location filename="strings.py" line="696"/>
        <source>That agreement no longer exists; it may have been deleted.</source>
        <translation>Cet accord n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="697"/>
        <source>That date is in the future; give the date it happened.</source>
        <translation>Cette date est dans le futur ; donnez la date à laquelle c&apos;est arrivé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="698"/>
        <source>That deferred item no longer exists.</source>
        <translation>Cet élément différé n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="strings.py" line="700"/>
        <source>That officer is no longer on the list.</source>
        <translation>Ce responsable n&apos;est plus dans la liste.</translation>
    </message>
    <message>
        <location filename="strings.py" line="701"/>
        <source>That organisation is no longer in the landscape; it may have been removed.</source>
        <translation>Cette organisation n&apos;est plus dans le paysage ; elle a peut-être été retirée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="702"/>
        <source>That partner no longer exists; it may have been deleted.</source>
        <translation>Ce partenaire n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="703"/>
        <source>That partnership no longer exists; it may have been deleted.</source>
        <translation>Ce partenariat n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="704"/>
        <source>That programme document no longer exists; it may have been deleted.</source>
        <translation>Ce document de programme n&apos;existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="706"/>
        <source>The PSEA assessment date</source>
        <translation>La date de l&apos;évaluation PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="707"/>
        <source>The action</source>
        <translation>L&apos;action</translation>
    </message>
    <message>
        <location filename="strings.py" line="708"/>
        <source>The address starts with https:// or http:// and names the server, e.g. https://hq.example.org:8700.</source>
        <translation>L&apos;adresse commence par https:// ou http:// et nomme le serveur, p. ex. https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="709"/>
        <source>The amended end date ({end}) is after the agreement&apos;s ({agreement_end}); amend the agreement first.</source>
        <translation>La date de fin modifiée ({end}) est postérieure à celle de l&apos;accord ({agreement_end}) ; modifiez d&apos;abord l&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="711"/>
        <source>The core values assessment date</source>
        <translation>La date de l&apos;évaluation des valeurs fondamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="712"/>
        <source>The country</source>
        <translation>Le pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="713"/>
        <source>The country programme period (e.g. 2023-2027)</source>
        <translation>La période du programme de pays (p. ex. 2023-2027)</translation>
    </message>
    <message>
        <location filename="strings.py" line="714"/>
        <source>The disk holding {path} is full; free some space and try again (nothing was changed).</source>
        <translation>Le disque qui contient {path} est plein ; libérez de l&apos;espace et réessayez (rien n&apos;a été modifié).</translation>
    </message>
    <message>
        <location filename="strings.py" line="715"/>
        <source>The due diligence date</source>
        <translation>La date de la diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="716"/>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="717"/>
        <source>The end of the delegation</source>
        <translation>La fin de la délégation</translation>
    </message>
    <message>
        <location filename="strings.py" line="718"/>
        <source>The evaluation ({due}) must come before the end of the planned lifespan ({end}), so that it can decide on continuation.</source>
        <translation>L&apos;évaluation ({due}) doit précéder la fin de la durée prévue ({end}), pour pouvoir décider de la suite.</translation>
    </message>
    <message>
        <location filename="strings.py" line="719"/>
        <source>The field {name} is too large to send to headquarters ({size} once compressed; a change may take {most}). Shorten it and save the record again.</source>
        <translation>Le champ {name} est trop volumineux pour être envoyé au siège ({size} une fois compressé ; une modification peut faire {most}). Raccourcissez-le et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="720"/>
        <source>The file from HQ does not match its hash.</source>
        <translation>Le fichier reçu du siège ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <location filename="strings.py" line="721"/>
        <source>The file is larger than 200 MB; scan it at a lower resolution.</source>
        <translation>Le fichier dépasse 200 Mo ; scannez-le à une résolution plus basse.</translation>
    </message>
    <message>
        <location filename="strings.py" line="722"/>
        <source>The file of this attachment is not on this computer yet; sync to fetch it.</source>
        <translation>Le fichier de cette pièce jointe n&apos;est pas encore sur cet ordinateur ; synchronisez pour le récupérer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="723"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="725"/>
        <source>The folder {folder} is read-only: PartnerDesk keeps a journal beside the database there. Move the database to a folder you can write to.</source>
        <translation>Le dossier {folder} est en lecture seule : PartnerDesk y tient un journal à côté de la base de données. Déplacez la base dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="726"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="728"/>
        <source>The legal name</source>
        <translation>Le nom légal</translation>
    </message>
    <message>
        <location filename="strings.py" line="729"/>
        <source>The mapping {file} is for {other}, not {kind}.</source>
        <translation>La correspondance {file} est pour {other}, pas pour {kind}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="730"/>
        <source>The mapping {file} is not valid JSON ({reason}).</source>
        <translation>La correspondance {file} n&apos;est pas du JSON valide ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="731"/>
        <source>The mapping {file} needs an object with &quot;columns&quot;: {{&quot;Header&quot;: &quot;field&quot;}}.</source>
        <translation>La correspondance {file} doit être un objet avec &quot;columns&quot; : {{&quot;En-tête&quot;: &quot;champ&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="732"/>
        <source>The mapping {file} sends &apos;{header}&apos; to &apos;{target}&apos;, which is not a field; use one of: {fields}.</source>
        <translation>La correspondance {file} envoie « {header} » vers « {target} », qui n&apos;est pas un champ ; utilisez l&apos;un de : {fields}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="733"/>
        <source>The mapping {file}: &quot;values&quot; maps a field to {{&quot;value in the file&quot;: &quot;code&quot;}}.</source>
        <translation>La correspondance {file} : &quot;values&quot; associe un champ à {{&quot;valeur dans le fichier&quot;: &quot;code&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="734"/>
        <source>The office code</source>
        <translation>Le code du bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="735"/>
        <source>The office code is 2 to 8 letters or digits, e.g. KEN or KEN-NBO.</source>
        <translation>Le code du bureau compte 2 à 8 lettres ou chiffres, p. ex. KEN ou KEN-NBO.</translation>
    </message>
    <message>
        <location filename="strings.py" line="736"/>
        <source>The office name</source>
        <translation>Le nom du bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="737"/>
        <source>The officer&apos;s name</source>
        <translation>Le nom du responsable</translation>
    </message>
    <message>
        <location filename="strings.py" line="738"/>
        <source>The officer&apos;s title</source>
        <translation>La fonction du responsable</translation>
    </message>
    <message>
        <location filename="strings.py" line="739"/>
        <source>The owner of the action</source>
        <translation>Le responsable de l&apos;action</translation>
    </message>
    <message>
        <location filename="strings.py" line="740"/>
        <source>The partner type</source>
        <translation>Le type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="741"/>
        <source>The partner&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>Le signataire du partenaire n&apos;a pas confirmé la signature électronique ; chaque signataire la confirme séparément.</translation>
    </message>
    <message>
        <location filename="strings.py" line="742"/>
        <source>The partner&apos;s signature date</source>
        <translation>La date de signature du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="743"/>
        <source>The partner&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>La date de signature du partenaire ({day}) est dans le futur ; une date de signature ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <location filename="strings.py" line="744"/>
        <source>The partnership review cannot be skipped; record it, even briefly.</source>
        <translation>L&apos;examen du partenariat ne peut pas être sauté ; enregistrez-le, même brièvement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="748"/>
        <source>The planned end</source>
        <translation>La fin prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="749"/>
        <source>The programme document ends after its agreement ({end}); end it by then or amend the agreement.</source>
        <translation>Le document de programme se termine après son accord ({end}) ; terminez-le d&apos;ici là ou modifiez l&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="750"/>
        <source>The record this amendment changes no longer exists.</source>
        <translation>L&apos;enregistrement que modifie cet avenant n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="strings.py" line="751"/>
        <source>The risk assessment date</source>
        <translation>La date de l&apos;évaluation des risques</translation>
    </message>
    <message>
        <location filename="strings.py" line="753"/>
        <source>The row has no programme document reference.</source>
        <translation>La ligne n&apos;a pas de référence de document de programme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="754"/>
        <source>The row names no agreement.</source>
        <translation>La ligne ne nomme aucun accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="755"/>
        <source>The server address must start with http:// or https://, not &apos;{server}&apos;.</source>
        <translation>L&apos;adresse du serveur doit commencer par http:// ou https://, pas « {server} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="757"/>
        <source>The stored file {file} is damaged (its content changed); attach the document again.</source>
        <translation>Le fichier enregistré {file} est endommagé (son contenu a changé) ; joignez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="strings.py" line="758"/>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="759"/>
        <source>The year {year} is out of range; choose a year between {first} and {last}.</source>
        <translation>L&apos;année {year} est hors limites ; choisissez une année entre {first} et {last}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="760"/>
        <source>The {field} is {length} characters long; at most {limit} fit.</source>
        <translation>Le champ {field} fait {length} caractères ; {limit} au plus peuvent y tenir.</translation>
    </message>
    <message>
        <location filename="strings.py" line="761"/>
        <source>The {year} self-assessment of {office} was submitted and is locked; headquarters can reopen it if it must change.</source>
        <translation>L&apos;auto-évaluation {year} de {office} a été soumise et est verrouillée ; le siège peut la rouvrir si elle doit changer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="762"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="763"/>
        <source>There is no mapping file {path}.</source>
        <translation>Le fichier de correspondance {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="764"/>
        <source>There is no office {code} in this database; check the office code.</source>
        <translation>Il n&apos;y a pas de bureau {code} dans cette base ; vérifiez le code du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="765"/>
        <source>This action no longer exists.</source>
        <translation>Cette action n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="strings.py" line="766"/>
        <source>This amendment changes nothing yet: edit the draft so that it makes the change it is for, or cancel it.</source>
        <translation>Cet avenant ne change encore rien : modifiez le projet pour qu&apos;il fasse le changement prévu, ou annulez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="769"/>
        <source>This benchmark is not part of the assessment&apos;s benchmark set.</source>
        <translation>Ce critère ne fait pas partie de l&apos;ensemble de critères de l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="770"/>
        <source>This change holds text that is not valid UTF-8 (was the record edited outside PartnerDesk?); correct the record and save it again.</source>
        <translation>Cette modification contient du texte qui n&apos;est pas de l&apos;UTF-8 valide (l&apos;enregistrement a-t-il été modifié hors de PartnerDesk ?) ; corrigez l&apos;enregistrement et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="771"/>
        <source>This change is too large for headquarters: {reason}</source>
        <translation>Cette modification est trop volumineuse pour le siège : {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="772"/>
        <source>This change&apos;s stored text is damaged (not JSON); edit the record again.</source>
        <translation>Le texte enregistré de cette modification est endommagé (pas du JSON) ; modifiez à nouveau l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="773"/>
        <source>This change&apos;s stored text is damaged (not a set of fields); edit the record again.</source>
        <translation>Le texte enregistré de cette modification est endommagé (pas un ensemble de champs) ; modifiez à nouveau l&apos;enregistrement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="774"/>
        <source>This conflict was already resolved or no longer exists.</source>
        <translation>Ce conflit a déjà été résolu ou n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="strings.py" line="776"/>
        <source>This device is not enrolled for office {office}.</source>
        <translation>Cet appareil n&apos;est pas inscrit pour le bureau {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="777"/>
        <source>This device is not enrolled for office {office}; ask HQ for an enrollment that includes it.</source>
        <translation>Cet appareil n&apos;est pas inscrit pour le bureau {office} ; demandez au siège une inscription qui l&apos;inclut.</translation>
    </message>
    <message>
        <location filename="strings.py" line="778"/>
        <source>This device is not enrolled yet: ask HQ for an enrollment code and run sync with --enroll CODE.</source>
        <translation>Cet appareil n&apos;est pas encore inscrit : demandez au siège un code d&apos;inscription et lancez sync avec --enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="779"/>
        <source>This device no longer has the field {field}.</source>
        <translation>Cet appareil n&apos;a plus le champ {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="780"/>
        <source>This is a demo database: it never syncs with headquarters. Open your office&apos;s database to sync.</source>
        <translation>Ceci est une base de démonstration : elle ne se synchronise jamais avec le siège. Ouvrez la base de votre bureau pour synchroniser.</translation>
    </message>
    <message>
        <location filename="strings.py" line="781"/>
        <source>This is already an amendment; amend the signed record instead.</source>
        <translation>Ceci est déjà un avenant ; modifiez plutôt l&apos;enregistrement signé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="784"/>
        <source>This programme document is {status}; this can no longer change here. Amend it instead.</source>
        <translation>Ce document de programme est {status} ; cela ne peut plus changer ici. Faites plutôt un avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="785"/>
        <source>This record was signed with the {kind} template edition {edition}, which this device does not hold in {lang}; synchronise with HQ to receive it before printing.</source>
        <translation>Cet enregistrement a été signé avec l&apos;édition {edition} du modèle {kind}, que cet appareil n&apos;a pas en {lang} ; synchronisez avec le siège pour la recevoir avant d&apos;imprimer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="787"/>
        <source>This self-assessment no longer exists; it may have been removed.</source>
        <translation>Cette auto-évaluation n&apos;existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="788"/>
        <source>This self-assessment record no longer exists.</source>
        <translation>Cet enregistrement d&apos;auto-évaluation n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="strings.py" line="789"/>
        <source>To continue the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>Pour poursuivre le partenariat, il faut un examen dans les 12 mois précédant la décision (du {since} au {decided}) ; {when}. Enregistrez d&apos;abord un examen en phase ix.</translation>
    </message>
    <message>
        <location filename="strings.py" line="790"/>
        <source>To expand the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>Pour élargir le partenariat, il faut un examen dans les 12 mois précédant la décision (du {since} au {decided}) ; {when}. Enregistrez d&apos;abord un examen en phase ix.</translation>
    </message>
    <message>
        <location filename="strings.py" line="791"/>
        <source>UNICEF&apos;s signatory</source>
        <translation>Le signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="792"/>
        <source>UNICEF&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>Le signataire de l&apos;UNICEF n&apos;a pas confirmé la signature électronique ; chaque signataire la confirme séparément.</translation>
    </message>
    <message>
        <location filename="strings.py" line="793"/>
        <source>UNICEF&apos;s signature date</source>
        <translation>La date de signature de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="794"/>
        <source>UNICEF&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>La date de signature de l&apos;UNICEF ({day}) est dans le futur ; une date de signature ne peut pas l&apos;être.</translation>
    </message>
    <message>
        <location filename="strings.py" line="795"/>
        <source>Unknown amendment type {code}; choose from {codes}.</source>
        <translation>Type d&apos;avenant inconnu {code} ; choisissez parmi {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="796"/>
        <source>Unknown attachment kind &apos;{kind}&apos;. Choose one of: {kinds}.</source>
        <translation>Type de pièce jointe inconnu « {kind} ». Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="797"/>
        <source>Unknown cash-transfer modality &apos;{code}&apos;; choose from {codes}.</source>
        <translation>Modalité de transfert d&apos;espèces inconnue « {code} » ; choisissez parmi {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="798"/>
        <source>Unknown category &apos;{code}&apos;.</source>
        <translation>Catégorie inconnue « {code} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="799"/>
        <source>Unknown detail {name} for a status change.</source>
        <translation>Détail inconnu {name} pour un changement de statut.</translation>
    </message>
    <message>
        <location filename="strings.py" line="800"/>
        <source>Unknown party &apos;{party}&apos;; a signature is UNICEF&apos;s or the partner&apos;s.</source>
        <translation>Partie inconnue « {party} » ; une signature est celle de l&apos;UNICEF ou du partenaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="801"/>
        <source>Unknown phase status &apos;{status}&apos;.</source>
        <translation>Statut de phase inconnu « {status} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="802"/>
        <source>Unknown print language &apos;{lang}&apos;; choose one of {langs}.</source>
        <translation>Langue d&apos;impression inconnue « {lang} » ; choisissez parmi {langs}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="803"/>
        <source>Unknown report kind &apos;{code}&apos;.</source>
        <translation>Type de rapport inconnu « {code} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="804"/>
        <source>Unknown visit kind &apos;{code}&apos;.</source>
        <translation>Type de visite inconnu « {code} ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="805"/>
        <source>Unknown {what} &apos;{code}&apos;. Choose one of: {choices}.</source>
        <translation>Valeur inconnue pour {what} : « {code} ». Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="806"/>
        <source>Vendor number {number} is already {partner}&apos;s; a vendor number is one partner. Open that partner instead of adding it again.</source>
        <translation>Le numéro de fournisseur {number} est déjà celui de {partner} ; un numéro de fournisseur correspond à un seul partenaire. Ouvrez ce partenaire au lieu de l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="807"/>
        <source>Write the conditions attached to the clearance.</source>
        <translation>Écrivez les conditions attachées à la validation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="808"/>
        <source>Write the country as its three-letter ISO code, e.g. KEN.</source>
        <translation>Écrivez le pays sous forme de code ISO à trois lettres, p. ex. KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="809"/>
        <source>Write the currency as its three-letter code, e.g. USD.</source>
        <translation>Écrivez la devise sous forme de code à trois lettres, p. ex. USD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="812"/>
        <source>assessment type</source>
        <translation>type d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="813"/>
        <source>contribution type</source>
        <translation>type de contribution</translation>
    </message>
    <message>
        <location filename="strings.py" line="814"/>
        <source>due diligence status</source>
        <translation>statut de diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="815"/>
        <source>engagement type</source>
        <translation>type d&apos;engagement</translation>
    </message>
    <message>
        <location filename="strings.py" line="816"/>
        <source>file {name}: {reason}</source>
        <translation>fichier {name} : {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="817"/>
        <source>formality</source>
        <translation>formalité</translation>
    </message>
    <message>
        <location filename="strings.py" line="818"/>
        <source>it belongs to another application</source>
        <translation>il appartient à une autre application</translation>
    </message>
    <message>
        <location filename="strings.py" line="819"/>
        <source>it has no iati-identifier</source>
        <translation>il n&apos;a pas d&apos;iati-identifier</translation>
    </message>
    <message>
        <location filename="strings.py" line="820"/>
        <source>it names no recipient country (a region only, or nothing)</source>
        <translation>il ne nomme aucun pays bénéficiaire (seulement une région, ou rien)</translation>
    </message>
    <message>
        <location filename="strings.py" line="821"/>
        <source>it targets {countries}, not {country}</source>
        <translation>il cible {countries}, pas {country}</translation>
    </message>
    <message>
        <location filename="strings.py" line="822"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="strings.py" line="823"/>
        <source>looks like {names}</source>
        <translation>ressemble à {names}</translation>
    </message>
    <message>
        <location filename="strings.py" line="824"/>
        <source>no office on this computer is in {countries} (the country it targets)</source>
        <translation>aucun bureau de cet ordinateur n&apos;est dans {countries} (le pays qu&apos;il cible)</translation>
    </message>
    <message>
        <location filename="strings.py" line="825"/>
        <source>no organisation in the #org column</source>
        <translation>aucune organisation dans la colonne #org</translation>
    </message>
    <message>
        <location filename="strings.py" line="826"/>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <location filename="strings.py" line="827"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="strings.py" line="828"/>
        <source>none (closed)</source>
        <translation>aucun (clôturé)</translation>
    </message>
    <message>
        <location filename="strings.py" line="829"/>
        <source>partner type</source>
        <translation>type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="830"/>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <location filename="strings.py" line="831"/>
        <source>risk rating</source>
        <translation>notation de risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="832"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="833"/>
        <source>tables {names} are missing</source>
        <translation>les tables {names} manquent</translation>
    </message>
    <message>
        <location filename="strings.py" line="834"/>
        <source>the date UNICEF signed</source>
        <translation>la date de signature de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="835"/>
        <source>the date the partner signed</source>
        <translation>la date de signature du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="836"/>
        <source>the default</source>
        <translation>la devise par défaut</translation>
    </message>
    <message>
        <location filename="strings.py" line="837"/>
        <source>the last one was on {day}</source>
        <translation>le dernier a eu lieu le {day}</translation>
    </message>
    <message>
        <location filename="strings.py" line="838"/>
        <source>the partner&apos;s signatory</source>
        <translation>le signataire du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="839"/>
        <source>there is none</source>
        <translation>il n&apos;y en a aucun</translation>
    </message>
    <message>
        <location filename="strings.py" line="840"/>
        <source>{amount} {currency} is still outstanding; it must be reported or returned before closing.</source>
        <translation>{amount} {currency} restent à justifier ; ils doivent être justifiés ou restitués avant la clôture.</translation>
    </message>
    <message>
        <location filename="strings.py" line="841"/>
        <source>{field} &apos;{value}&apos; is not known; left empty</source>
        <translation>{field} « {value} » n&apos;est pas connu ; laissé vide</translation>
    </message>
    <message>
        <location filename="strings.py" line="842"/>
        <source>{field} is required to complete this phase.</source>
        <translation>{field} est obligatoire pour terminer cette phase.</translation>
    </message>
    <message>
        <location filename="strings.py" line="843"/>
        <source>{file} cannot be read as CSV at line {line} ({reason}); a quote is probably not closed.</source>
        <translation>{file} ne peut pas être lu comme CSV à la ligne {line} ({reason}) ; un guillemet n&apos;est probablement pas fermé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="845"/>
        <source>{file} declares a DTD or entities, which IATI files never do; PartnerDesk refuses it (it could expand without end).</source>
        <translation>{file} déclare une DTD ou des entités, ce que les fichiers IATI ne font jamais ; PartnerDesk le refuse (il pourrait s&apos;étendre sans fin).</translation>
    </message>
    <message>
        <location filename="strings.py" line="846"/>
        <source>{file} declares a DTD, which IATI files never do; refused.</source>
        <translation>{file} déclare une DTD, ce que les fichiers IATI ne font jamais ; refusé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="847"/>
        <source>{file} has no HXL hashtag row (#org, #sector, #adm1 ...) under its headers; add one, or import it as a sheet with a column mapping.</source>
        <translation>{file} n&apos;a pas de ligne de hashtags HXL (#org, #sector, #adm1 ...) sous ses en-têtes ; ajoutez-en une, ou importez-le comme feuille avec une correspondance de colonnes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="848"/>
        <source>{file} has no sheet &apos;{sheet}&apos;; it has: {sheets}.</source>
        <translation>{file} n&apos;a pas de feuille « {sheet} » ; il contient : {sheets}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="849"/>
        <source>{file} is XML but not an IATI activity file (its root is &lt;{name}&gt;, not &lt;iati-activities&gt;).</source>
        <translation>{file} est du XML mais pas un fichier d&apos;activités IATI (sa racine est &lt;{name}&gt;, pas &lt;iati-activities&gt;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="850"/>
        <source>{file} is a binary file, not a CSV or Excel sheet.</source>
        <translation>{file} est un fichier binaire, pas une feuille CSV ou Excel.</translation>
    </message>
    <message>
        <location filename="strings.py" line="851"/>
        <source>{file} is an old Excel .xls workbook; save it as .xlsx (or CSV UTF-8) and import that.</source>
        <translation>{file} est un ancien classeur Excel .xls ; enregistrez-le en .xlsx (ou CSV UTF-8) et importez celui-ci.</translation>
    </message>
    <message>
        <location filename="strings.py" line="852"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="853"/>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <location filename="strings.py" line="854"/>
        <source>{file} is empty: there is no header row and no data.</source>
        <translation>{file} est vide : il n&apos;y a ni ligne d&apos;en-tête ni données.</translation>
    </message>
    <message>
        <location filename="strings.py" line="855"/>
        <source>{file} is empty; scan the document again.</source>
        <translation>{file} est vide ; scannez à nouveau le document.</translation>
    </message>
    <message>
        <location filename="strings.py" line="856"/>
        <source>{file} is not UTF-8 text (byte 0x{byte} after line {line}). Save it from Excel as &apos;CSV UTF-8&apos; or as .xlsx, then import it again.</source>
        <translation>{file} n&apos;est pas du texte UTF-8 (octet 0x{byte} après la ligne {line}). Enregistrez-le depuis Excel en « CSV UTF-8 » ou en .xlsx, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="857"/>
        <source>{file} is not XML ({reason}, line {line}).</source>
        <translation>{file} n&apos;est pas du XML ({reason}, ligne {line}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="858"/>
        <source>{file} is not XML.</source>
        <translation>{file} n&apos;est pas du XML.</translation>
    </message>
    <message>
        <location filename="strings.py" line="859"/>
        <source>{file} is not a readable Excel .xlsx workbook ({reason}).</source>
        <translation>{file} n&apos;est pas un classeur Excel .xlsx lisible ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="860"/>
        <source>{file} is not whole XML ({reason}, line {line}); if it was downloaded, download it again.</source>
        <translation>{file} n&apos;est pas du XML complet ({reason}, ligne {line}) ; s&apos;il a été téléchargé, téléchargez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="861"/>
        <source>{file}: its HXL hashtags cannot be read ({reason}).</source>
        <translation>{file} : ses hashtags HXL ne peuvent pas être lus ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="862"/>
        <source>{first}; {rest}</source>
        <translation>{first} ; {rest}</translation>
    </message>
    <message>
        <location filename="strings.py" line="863"/>
        <source>{kind} for {reference}</source>
        <translation>{kind} pour {reference}</translation>
    </message>
    <message>
        <location filename="strings.py" line="864"/>
        <source>{kind} is made only with a civil society organisation; {partner} is not one. Use an MoU instead.</source>
        <translation>Un {kind} ne se conclut qu&apos;avec une organisation de la société civile ; {partner} n&apos;en est pas une. Utilisez plutôt un MoU.</translation>
    </message>
    <message>
        <location filename="strings.py" line="865"/>
        <source>{label}: created; {notes}</source>
        <translation>{label} : créé ; {notes}</translation>
    </message>
    <message>
        <location filename="strings.py" line="866"/>
        <source>{names} failed due diligence (unacceptable risk); remove them from the partnership before activating it.</source>
        <translation>{names} ont échoué à la diligence raisonnable (risque inacceptable) ; retirez-les du partenariat avant de l&apos;activer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="870"/>
        <source>{name} is already linked to a partner.</source>
        <translation>{name} est déjà lié à un partenaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="871"/>
        <source>{name} is in an open partnership without a due-diligence outcome. Screen it in cycle phase ii before any partnering agreement.</source>
        <translation>{name} est dans un partenariat ouvert sans résultat de diligence raisonnable. Examinez-le en phase ii du cycle avant tout accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="875"/>
        <source>{name} is not authorised to sign for UNICEF in office {office} on {day} (authorised: {names}).</source>
        <translation>{name} n&apos;est pas habilité à signer pour l&apos;UNICEF au bureau {office} le {day} (habilités : {names}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="877"/>
        <source>{name}: no column holds the partner&apos;s {fields} (headers: {headers}). Choose the columns with a mapping (--map MAPPING.json, or in the import window).</source>
        <translation>{name} : aucune colonne ne contient {fields} du partenaire (en-têtes : {headers}). Choisissez les colonnes avec une correspondance (--map CORRESPONDANCE.json, ou dans la fenêtre d&apos;import).</translation>
    </message>
    <message>
        <location filename="strings.py" line="878"/>
        <source>{name}: no column holds the programme document&apos;s {fields}; choose the columns with a mapping.</source>
        <translation>{name} : aucune colonne ne contient {fields} du document de programme ; choisissez les colonnes avec une correspondance.</translation>
    </message>
    <message>
        <location filename="strings.py" line="879"/>
        <source>{name}: plan a new assessment (micro assessment or checklist).</source>
        <translation>{name} : planifiez une nouvelle évaluation (micro-évaluation ou liste de contrôle).</translation>
    </message>
    <message>
        <location filename="strings.py" line="880"/>
        <source>{partner} already has PCA {reference} for country programme {cp}; one PCA per partner per country programme. Amend that one, or add a programme document.</source>
        <translation>{partner} a déjà le PCA {reference} pour le programme de pays {cp} ; un seul PCA par partenaire et par programme de pays. Modifiez celui-ci par un avenant, ou ajoutez un document de programme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="881"/>
        <source>{partner} failed due diligence (unacceptable risk) and cannot join a partnership.</source>
        <translation>{partner} a échoué à la diligence raisonnable (risque inacceptable) et ne peut pas rejoindre un partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="882"/>
        <source>{partner} failed due diligence (unacceptable risk); no agreement can be made with it.</source>
        <translation>{partner} a échoué à la diligence raisonnable (risque inacceptable) ; aucun accord ne peut être conclu avec lui.</translation>
    </message>
    <message>
        <location filename="strings.py" line="883"/>
        <source>{partner} is listed twice; keep one row.</source>
        <translation>{partner} figure deux fois ; gardez une seule ligne.</translation>
    </message>
    <message>
        <location filename="strings.py" line="885"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} ne peut pas être ouvert ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="887"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} ne peut pas être lu : permission refusée.</translation>
    </message>
    <message>
        <location filename="strings.py" line="888"/>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} ne peut pas être utilisé : {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="889"/>
        <source>{path} could not be upgraded to this version&apos;s schema ({reason}); the upgrade was rolled back and the file is as it was.</source>
        <translation>{path} n&apos;a pas pu être mis à niveau vers le schéma de cette version ({reason}) ; la mise à niveau a été annulée et le fichier est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location filename="strings.py" line="890"/>
        <source>{path} has schema {version}, this program {latest}; open it once with PartnerDesk (any command) to upgrade it.</source>
        <translation>{path} a le schéma {version}, ce programme le {latest} ; ouvrez-le une fois avec PartnerDesk (n&apos;importe quelle commande) pour le mettre à niveau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="891"/>
        <source>{path} is a device or a pipe, not a database file.</source>
        <translation>{path} est un périphérique ou un tube, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="strings.py" line="893"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location filename="strings.py" line="894"/>
        <source>{path} is a symbolic link that loops back on itself; point --db at a real file.</source>
        <translation>{path} est un lien symbolique qui boucle sur lui-même ; faites pointer --db vers un vrai fichier.</translation>
    </message>
    <message>
        <location filename="strings.py" line="895"/>
        <source>{path} is an SQLite file but not a PartnerDesk database ({why}); it was not changed.</source>
        <translation>{path} est un fichier SQLite mais pas une base PartnerDesk ({why}) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="897"/>
        <source>{path} is damaged and cannot be opened ({reason}).</source>
        <translation>{path} est endommagé et ne peut pas être ouvert ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="899"/>
        <source>{path} is empty, not a PartnerDesk database yet: open it in the PartnerDesk window to start one.</source>
        <translation>{path} est vide, ce n&apos;est pas encore une base PartnerDesk : ouvrez-le dans la fenêtre PartnerDesk pour en commencer une.</translation>
    </message>
    <message>
        <location filename="strings.py" line="903"/>
        <source>{path} is not a file; choose the document to attach.</source>
        <translation>{path} n&apos;est pas un fichier ; choisissez le document à joindre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="906"/>
        <source>{path} is read-only: PartnerDesk needs to write to it. Change its permissions, or copy it to a folder you can write to.</source>
        <translation>{path} est en lecture seule : PartnerDesk doit pouvoir y écrire. Changez ses permissions, ou copiez-le dans un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="909"/>
        <source>{path} needs an upgrade (schema {version} -&gt; {latest}).</source>
        <translation>{path} doit être mis à niveau (schéma {version} -&gt; {latest}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="910"/>
        <source>{path} was made by a newer PartnerDesk (schema {version}; this program knows up to {latest}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} a été créé par un PartnerDesk plus récent (schéma {version} ; ce programme connaît jusqu&apos;au {latest}). Installez la nouvelle version pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="strings.py" line="911"/>
        <source>{reference} became active on its start date ({start}).</source>
        <translation>{reference} est devenu actif à sa date de début ({start}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="912"/>
        <source>{reference} cannot become {new} without a justification.</source>
        <translation>{reference} ne peut pas devenir {new} sans justification.</translation>
    </message>
    <message>
        <location filename="strings.py" line="913"/>
        <source>{reference} cannot go from {old} to {new} (possible: {options}).</source>
        <translation>{reference} ne peut pas passer de {old} à {new} (possible : {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="914"/>
        <source>{reference} ended after its end date ({end}).</source>
        <translation>{reference} a pris fin après sa date de fin ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="915"/>
        <source>{reference} is active.</source>
        <translation>{reference} est actif.</translation>
    </message>
    <message>
        <location filename="strings.py" line="916"/>
        <source>{reference} is already in PartnerDesk as &apos;{title}&apos; ({status}); it is kept as it is.</source>
        <translation>{reference} est déjà dans PartnerDesk sous le nom « {title} » ({status}) ; il est gardé tel quel.</translation>
    </message>
    <message>
        <location filename="strings.py" line="917"/>
        <source>{reference} is an amendment; add programme documents to the signed agreement it amends.</source>
        <translation>{reference} est un avenant ; ajoutez les documents de programme à l&apos;accord signé qu&apos;il modifie.</translation>
    </message>
    <message>
        <location filename="strings.py" line="918"/>
        <source>{reference} is not an amendment.</source>
        <translation>{reference} n&apos;est pas un avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="919"/>
        <source>{reference} is suspended; resume it before amending it.</source>
        <translation>{reference} est suspendu ; reprenez-le avant de le modifier par avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="920"/>
        <source>{reference} is {status}; it can no longer be amended.</source>
        <translation>{reference} est {status} ; il ne peut plus faire l&apos;objet d&apos;un avenant.</translation>
    </message>
    <message>
        <location filename="strings.py" line="921"/>
        <source>{reference} is {status}; it cannot become {target} (possible: {options}).</source>
        <translation>{reference} est {status} ; il ne peut pas devenir {target} (possible : {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="922"/>
        <source>{reference} is {status}; only a signed record is amended. Edit the draft directly instead.</source>
        <translation>{reference} est {status} ; seul un enregistrement signé fait l&apos;objet d&apos;un avenant. Modifiez directement le projet.</translation>
    </message>
    <message>
        <location filename="strings.py" line="923"/>
        <source>{reference} is {status}; only drafts can be deleted. Terminate or cancel it instead.</source>
        <translation>{reference} est {status} ; seuls les projets peuvent être supprimés. Résiliez-le ou annulez-le plutôt.</translation>
    </message>
    <message>
        <location filename="strings.py" line="924"/>
        <source>{reference} should have started on {start} but is still {status}.</source>
        <translation>{reference} aurait dû commencer le {start} mais est encore {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="925"/>
        <source>{reference} signed electronically.</source>
        <translation>{reference} signé électroniquement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="926"/>
        <source>{signatory} has not given consent to sign electronically; each signatory confirms it separately.</source>
        <translation>{signatory} n&apos;a pas consenti à signer électroniquement ; chaque signataire le confirme séparément.</translation>
    </message>
    <message>
        <location filename="strings.py" line="927"/>
        <source>{signatory} is not one of the partner&apos;s authorised officers ({officers}); the partner&apos;s signatory must be.</source>
        <translation>{signatory} n&apos;est pas l&apos;un des responsables habilités du partenaire ({officers}) ; le signataire du partenaire doit l&apos;être.</translation>
    </message>
    <message>
        <location filename="strings.py" line="928"/>
        <source>{title} (last review {last}). Record the review in cycle phase ix.</source>
        <translation>{title} (dernier examen {last}). Enregistrez l&apos;examen en phase ix du cycle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="929"/>
        <source>{title} (never reviewed). Record the review in cycle phase ix.</source>
        <translation>{title} (jamais examiné). Enregistrez l&apos;examen en phase ix du cycle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="930"/>
        <source>{title}. Evaluate it and decide in cycle phase xii whether to continue, hand over or close.</source>
        <translation>{title}. Évaluez-le et décidez en phase xii du cycle s&apos;il faut continuer, transmettre ou clore.</translation>
    </message>
    <message>
        <location filename="strings.py" line="931"/>
        <source>{title}: designate a focal point (seed para. 59).</source>
        <translation>{title} : désignez un point focal (seed, par. 59).</translation>
    </message>
    <message>
        <location filename="strings.py" line="932"/>
        <source>{title}: no progress for more than {days} days. Finish the phase or mark it not applicable with a reason.</source>
        <translation>{title} : aucun progrès depuis plus de {days} jours. Terminez la phase ou marquez-la sans objet avec une raison.</translation>
    </message>
    <message>
        <location filename="strings.py" line="937"/>
        <source>{value} is used by another record, so headquarters gave this one a new reference. Keep the new one, or edit the record to choose another.</source>
        <translation>{value} est utilisé par un autre enregistrement, le siège a donc donné une nouvelle référence à celui-ci. Gardez la nouvelle, ou modifiez l&apos;enregistrement pour en choisir une autre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="938"/>
        <source>{what} ({end}) is before the start date ({start}); move it after the start.</source>
        <translation>{what} ({end}) est avant la date de début ({start}) ; placez-la après le début.</translation>
    </message>
    <message>
        <location filename="strings.py" line="939"/>
        <source>{what} cannot be in the future ({day}).</source>
        <translation>{what} ne peut pas être dans le futur ({day}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="940"/>
        <source>{what} is required.</source>
        <translation>{what} est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1068"/>
        <source>%n changes have waited since {since}; last successful sync: {last}. Sync when a link is up.</source>
        <translation>
            <numerusform>%Ln modification attend depuis le {since} ; dernière synchronisation réussie : {last}. Synchronisez dès qu&apos;une connexion est disponible.</numerusform>
            <numerusform>%Ln modifications attendent depuis le {since} ; dernière synchronisation réussie : {last}. Synchronisez dès qu&apos;une connexion est disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1069"/>
        <source>%n changes have waited since {since}; none ever reached headquarters. Sync when a link is up.</source>
        <translation>
            <numerusform>%Ln modification attend depuis le {since} ; elle n&apos;a jamais atteint le siège. Synchronisez dès qu&apos;une connexion est disponible.</numerusform>
            <numerusform>%Ln modifications attendent depuis le {since} ; aucune n&apos;a jamais atteint le siège. Synchronisez dès qu&apos;une connexion est disponible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1070"/>
        <source>%n changes were set aside; see the Sync view for the reasons.</source>
        <translation>
            <numerusform>%Ln modification a été mise de côté ; voyez la raison dans la vue Synchronisation.</numerusform>
            <numerusform>%Ln modifications ont été mises de côté ; voyez les raisons dans la vue Synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1071"/>
        <source>%n days left.</source>
        <translation>
            <numerusform>%Ln jour restant.</numerusform>
            <numerusform>%Ln jours restants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1072"/>
        <source>%n fields were changed both here and at headquarters; choose which value to keep in the Sync view.</source>
        <translation>
            <numerusform>%Ln champ a été modifié ici et au siège ; choisissez la valeur à garder dans la vue Synchronisation.</numerusform>
            <numerusform>%Ln champs ont été modifiés ici et au siège ; choisissez les valeurs à garder dans la vue Synchronisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1073"/>
        <source>%n {table} records made since the import use its {parent} records</source>
        <translation>
            <numerusform>%Ln enregistrement {table} créé depuis l&apos;import utilise ses enregistrements {parent}</numerusform>
            <numerusform>%Ln enregistrements {table} créés depuis l&apos;import utilisent ses enregistrements {parent}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1074"/>
        <source>%n {table} records were edited after the import</source>
        <translation>
            <numerusform>%Ln enregistrement {table} a été modifié après l&apos;import</numerusform>
            <numerusform>%Ln enregistrements {table} ont été modifiés après l&apos;import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1075"/>
        <source>HQ does not know the fields {fields} of {table}.</source>
        <translation>
            <numerusform>Le siège ne connaît pas le champ {fields} de {table}.</numerusform>
            <numerusform>Le siège ne connaît pas les champs {fields} de {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1076"/>
        <source>Matches {partner}, whose {fields} differ; the existing values are kept.</source>
        <translation>
            <numerusform>Correspond à {partner}, dont le champ {fields} diffère ; les valeurs existantes sont gardées.</numerusform>
            <numerusform>Correspond à {partner}, dont les champs {fields} diffèrent ; les valeurs existantes sont gardées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1077"/>
        <source>Too many wrong enrollment codes from this address; try again in %n minutes with the code HQ gave you.</source>
        <translation>
            <numerusform>Trop de codes d&apos;inscription erronés depuis cette adresse ; réessayez dans %Ln minute avec le code remis par le siège.</numerusform>
            <numerusform>Trop de codes d&apos;inscription erronés depuis cette adresse ; réessayez dans %Ln minutes avec le code remis par le siège.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1078"/>
        <source>Unknown offices at HQ: {codes}. Add them first with &apos;hq office add&apos;.</source>
        <translation>
            <numerusform>Bureau inconnu au siège : {codes}. Ajoutez-le d&apos;abord avec « hq office add ».</numerusform>
            <numerusform>Bureaux inconnus au siège : {codes}. Ajoutez-les d&apos;abord avec « hq office add ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1079"/>
        <source>{problem} (%n more problems in this row)</source>
        <translation>
            <numerusform>{problem} (%Ln autre problème dans cette ligne)</numerusform>
            <numerusform>{problem} (%Ln autres problèmes dans cette ligne)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Cannot write {path}: {reason}. Choose another place (a folder you can write to, a USB stick with free space).</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}. Choisissez un autre emplacement (un dossier où vous pouvez écrire, une clé USB avec de la place).</translation>
    </message>
    <message>
        <location filename="strings.py" line="605"/>
        <source>HQ&apos;s file key must be 43 characters of base64, as &apos;hq file-key&apos; prints it.</source>
        <translation>La clé de fichier du siège doit compter 43 caractères base64, telle que «&#xa0;hq file-key&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <location filename="strings.py" line="767"/>
        <source>This answer does not hold what HQ writes; nothing was applied.</source>
        <translation>Cette réponse ne contient pas ce qu&apos;écrit le siège&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="strings.py" line="768"/>
        <source>This answer was changed after HQ made it, or it was made for another device: nothing was applied. Ask HQ for the answer to this computer&apos;s file.</source>
        <translation>Cette réponse a été modifiée après sa création par le siège, ou elle a été faite pour un autre appareil&#xa0;: rien n&apos;a été appliqué. Demandez au siège la réponse au fichier de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="775"/>
        <source>This device does not have HQ&apos;s file key yet. Sync once over a network, or ask HQ for the key (&apos;hq file-key&apos;) and enter it with sync --file-key KEY.</source>
        <translation>Cet appareil n&apos;a pas encore la clé de fichier du siège. Synchronisez une fois par le réseau, ou demandez la clé au siège («&#xa0;hq file-key&#xa0;») et saisissez-la avec sync --file-key CLÉ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="782"/>
        <source>This is not a PartnerDesk sync file: nothing was applied.</source>
        <translation>Ce n&apos;est pas un fichier de synchronisation PartnerDesk&#xa0;: rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <location filename="strings.py" line="783"/>
        <source>This is the file for HQ (an export), not HQ&apos;s answer: take it to HQ, and import the answer HQ gives back.</source>
        <translation>Ceci est le fichier destiné au siège (un export), pas la réponse du siège&#xa0;: portez-le au siège, puis importez la réponse qu&apos;il vous rendra.</translation>
    </message>
    <message>
        <location filename="strings.py" line="872"/>
        <source>{name} is larger than {mb} MB: it is not an answer from HQ.</source>
        <translation>{name} dépasse {mb} Mo&#xa0;: ce n&apos;est pas une réponse du siège.</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>Un code PIN compte au moins {n} caractères ; choisissez-en un plus long.</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>A name has at most {n} characters.</source>
        <translation>Un nom compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>Une phrase secrète compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="strings.py" line="594"/>
        <source>Give the user&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="686"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>Configurez d&apos;abord le bureau de cet ordinateur (premier démarrage, ou « join »).</translation>
    </message>
    <message>
        <location filename="strings.py" line="695"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>Ce code PIN est trop facile à deviner (un chiffre répété ou une suite) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="752"/>
        <source>The role is one of: {roles}.</source>
        <translation>Le rôle est l&apos;un de : {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="810"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>Code PIN erroné pour {name} ; réessayez.</translation>
    </message>
    <message>
        <location filename="strings.py" line="867"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>{name} n&apos;a pas encore de code PIN sur cet ordinateur ; un administrateur du bureau lui en donne un avec « users add ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="868"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} est déjà utilisateur du bureau {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="869"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} est déjà utilisateur du bureau {office} ; modifiez plutôt son rôle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="873"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} n&apos;est pas utilisateur du bureau {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="874"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} n&apos;est pas utilisateur de ce bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="876"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} est le dernier administrateur du bureau {office} ; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="933"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut pas modifier les dossiers du bureau {office} ; il faut le rôle de rédacteur, d&apos;approbateur ou d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="934"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut pas gérer les utilisateurs du bureau {office} ; il faut le rôle d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="935"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut ni signer ni approuver au bureau {office} ; il faut le rôle d&apos;approbateur ou d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="936"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} n&apos;est pas utilisateur du bureau {office} ; un administrateur du bureau ajoute les utilisateurs (« users add »), ou le siège le fait.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="941"/>
        <source>Academic institution</source>
        <translation>Établissement universitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="942"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="strings.py" line="943"/>
        <source>Administrative</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <location filename="strings.py" line="945"/>
        <source>Assessed by another UN agency</source>
        <translation>Évalué par un autre organisme des Nations Unies</translation>
    </message>
    <message>
        <location filename="strings.py" line="946"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="strings.py" line="947"/>
        <source>Budget change</source>
        <translation>Modification du budget</translation>
    </message>
    <message>
        <location filename="strings.py" line="948"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="strings.py" line="949"/>
        <source>Civil society organisation</source>
        <translation>Organisation de la société civile</translation>
    </message>
    <message>
        <location filename="strings.py" line="950"/>
        <source>Cleared</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="strings.py" line="951"/>
        <source>Cleared with conditions</source>
        <translation>Validée sous conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="952"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="strings.py" line="953"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="strings.py" line="954"/>
        <source>Community-based organisation</source>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="955"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="strings.py" line="956"/>
        <source>Convening</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="957"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="strings.py" line="958"/>
        <source>Corporate sector</source>
        <translation>Secteur des entreprises</translation>
    </message>
    <message>
        <location filename="strings.py" line="959"/>
        <source>Country</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="strings.py" line="960"/>
        <source>Direct cash transfer</source>
        <translation>Transfert direct d&apos;espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="961"/>
        <source>Direct payment</source>
        <translation>Paiement direct</translation>
    </message>
    <message>
        <location filename="strings.py" line="962"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="strings.py" line="963"/>
        <source>Due diligence documents</source>
        <translation>Documents de diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="964"/>
        <source>East Asia and Pacific</source>
        <translation>Asie de l&apos;Est et Pacifique</translation>
    </message>
    <message>
        <location filename="strings.py" line="965"/>
        <source>Eastern and Southern Africa</source>
        <translation>Afrique orientale et australe</translation>
    </message>
    <message>
        <location filename="strings.py" line="967"/>
        <source>Electronic signature record</source>
        <translation>Trace de la signature électronique</translation>
    </message>
    <message>
        <location filename="strings.py" line="968"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="strings.py" line="969"/>
        <source>Europe and Central Asia</source>
        <translation>Europe et Asie centrale</translation>
    </message>
    <message>
        <location filename="strings.py" line="970"/>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <location filename="strings.py" line="971"/>
        <source>Final review</source>
        <translation>Examen final</translation>
    </message>
    <message>
        <location filename="strings.py" line="972"/>
        <source>Full programme document</source>
        <translation>Document de programme complet</translation>
    </message>
    <message>
        <location filename="strings.py" line="973"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>Évaluation complète des risques (micro-évaluation)</translation>
    </message>
    <message>
        <location filename="strings.py" line="974"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="strings.py" line="975"/>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <location filename="strings.py" line="976"/>
        <source>Global programme partnership</source>
        <translation>Partenariat de programme mondial</translation>
    </message>
    <message>
        <location filename="strings.py" line="977"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="strings.py" line="978"/>
        <source>HACT macro assessment</source>
        <translation>Macro-évaluation HACT</translation>
    </message>
    <message>
        <location filename="strings.py" line="979"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="980"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="981"/>
        <source>Headquarters staff</source>
        <translation>Personnel du siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="982"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="strings.py" line="983"/>
        <source>High risk assumed</source>
        <translation>Risque élevé présumé</translation>
    </message>
    <message>
        <location filename="strings.py" line="984"/>
        <source>Humanitarian report</source>
        <translation>Rapport humanitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="985"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="986"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="strings.py" line="987"/>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <location filename="strings.py" line="988"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="989"/>
        <source>Knowledge and innovation</source>
        <translation>Connaissances et innovation</translation>
    </message>
    <message>
        <location filename="strings.py" line="990"/>
        <source>Knowledge and research</source>
        <translation>Connaissances et recherche</translation>
    </message>
    <message>
        <location filename="strings.py" line="991"/>
        <source>Latin America and Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location filename="strings.py" line="992"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="strings.py" line="993"/>
        <source>Legal agreement</source>
        <translation>Accord juridique</translation>
    </message>
    <message>
        <location filename="strings.py" line="994"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="strings.py" line="995"/>
        <source>Low capacity assumed - emergency</source>
        <translation>Faible capacité présumée - urgence</translation>
    </message>
    <message>
        <location filename="strings.py" line="996"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="997"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="strings.py" line="998"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="strings.py" line="999"/>
        <source>Media and communication</source>
        <translation>Médias et communication</translation>
    </message>
    <message>
        <location filename="strings.py" line="1000"/>
        <source>Medium</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="strings.py" line="1001"/>
        <source>Memorandum of Understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="1002"/>
        <source>Memorandum of understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="1003"/>
        <source>Micro assessment</source>
        <translation>Micro-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="1004"/>
        <source>Middle East and North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <location filename="strings.py" line="1005"/>
        <source>Mobilising resources</source>
        <translation>Mobilisation de ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="1006"/>
        <source>Multilateral / international financial institution</source>
        <translation>Institution multilatérale / financière internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="1007"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="1008"/>
        <source>No-cost extension</source>
        <translation>Prolongation sans coût</translation>
    </message>
    <message>
        <location filename="strings.py" line="1009"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="strings.py" line="1010"/>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <location filename="strings.py" line="1011"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="strings.py" line="1013"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="strings.py" line="1014"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="strings.py" line="1015"/>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <location filename="strings.py" line="1016"/>
        <source>Partnership focal point</source>
        <translation>Point focal du partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="1017"/>
        <source>Policy and advocacy</source>
        <translation>Politiques et plaidoyer</translation>
    </message>
    <message>
        <location filename="strings.py" line="1018"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="1019"/>
        <source>Programmatic visit</source>
        <translation>Visite programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="1020"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Accord de coopération programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="1021"/>
        <source>Programme Document</source>
        <translation>Document de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="1022"/>
        <source>Programme implementation</source>
        <translation>Exécution des programmes</translation>
    </message>
    <message>
        <location filename="strings.py" line="1023"/>
        <source>Programme officer</source>
        <translation>Chargé de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="1024"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="strings.py" line="1025"/>
        <source>Quarterly progress report</source>
        <translation>Rapport trimestriel d&apos;avancement</translation>
    </message>
    <message>
        <location filename="strings.py" line="1026"/>
        <source>Red Cross / Red Crescent</source>
        <translation>Croix-Rouge / Croissant-Rouge</translation>
    </message>
    <message>
        <location filename="strings.py" line="1027"/>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1028"/>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="strings.py" line="1029"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rejetée (risque inacceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="1030"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location filename="strings.py" line="1031"/>
        <source>Results change</source>
        <translation>Modification des résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="1032"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="strings.py" line="1033"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="1034"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="strings.py" line="1035"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="strings.py" line="1036"/>
        <source>Signed agreement / document</source>
        <translation>Accord / document signé</translation>
    </message>
    <message>
        <location filename="strings.py" line="1037"/>
        <source>Signed original of the agreement</source>
        <translation>Original signé de l&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="1038"/>
        <source>Significant</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="strings.py" line="1039"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>Document de programme humanitaire simplifié</translation>
    </message>
    <message>
        <location filename="strings.py" line="1040"/>
        <source>Simplified checklist</source>
        <translation>Liste de contrôle simplifiée</translation>
    </message>
    <message>
        <location filename="strings.py" line="1041"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Accord de financement à petite échelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="1042"/>
        <source>South Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <location filename="strings.py" line="1043"/>
        <source>Spot check</source>
        <translation>Contrôle ponctuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="1044"/>
        <source>Subnational</source>
        <translation>Infranational</translation>
    </message>
    <message>
        <location filename="strings.py" line="1045"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="strings.py" line="1046"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="strings.py" line="1047"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="strings.py" line="1048"/>
        <source>Termination document</source>
        <translation>Document de résiliation</translation>
    </message>
    <message>
        <location filename="strings.py" line="1049"/>
        <source>UNICEF National Committee</source>
        <translation>Comité national pour l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="1050"/>
        <source>United Nations entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <location filename="strings.py" line="1052"/>
        <source>West and Central Africa</source>
        <translation>Afrique de l&apos;Ouest et du Centre</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="7"/>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="8"/>
        <source>Partly met</source>
        <translation>Partiellement rempli</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="9"/>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <location filename="strings.py" line="944"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="966"/>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="strings.py" line="1012"/>
        <source>Office administrator</source>
        <translation>Administrateur du bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="1051"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
</context>
</TS>
