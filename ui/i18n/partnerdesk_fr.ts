<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="27"/>
        <source>e.g. 36</source>
        <translation>p.&#xa0;ex. 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="39"/>
        <source>Planned lifespan (months) *</source>
        <translation>Durée prévue (mois) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="41"/>
        <source>Evaluation due *</source>
        <translation>Évaluation prévue le *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Exit conditions *</source>
        <translation>Conditions de sortie *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="54"/>
        <source>Lifespan ends</source>
        <translation>Fin de la durée prévue</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="55"/>
        <source>Save exit strategy</source>
        <translation>Enregistrer la stratégie</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Tout partenariat a besoin d&apos;une stratégie de sortie ou de pérennisation&#xa0;: sa durée prévue, la date à laquelle une évaluation décide de sa poursuite, et les conditions pour y mettre fin ou en transférer la responsabilité (texte de référence, par. 60).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="82"/>
        <source>not set yet</source>
        <translation>pas encore définie</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Partner feedback</source>
        <translation>Avis des partenaires</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="27"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligence raisonnable&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="69"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Why not applicable</source>
        <translation>Pourquoi sans objet</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="84"/>
        <source>Save phase</source>
        <translation>Enregistrer la phase</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="250"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>%n problème(s) à corriger avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="50"/>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="51"/>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="68"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="73"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Current relation</source>
        <translation>Relation actuelle</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="118"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="121"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="124"/>
        <source>From the landscape...</source>
        <translation>Depuis le paysage...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Ajouter les organisations trouvées dans les fichiers IATI et 3W de ce bureau</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="20"/>
        <source>Export to a file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="21"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="33"/>
        <source>Writing %1 ...</source>
        <translation>Écriture de %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="52"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="58"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="94"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
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
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
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
        <location filename="../agreements/editor.py" line="51"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="58"/>
        <source>Open programme document</source>
        <translation>Ouvrir le document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="61"/>
        <source>New programme document</source>
        <translation>Nouveau document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="73"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Responsables habilités du partenaire&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="75"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents de programme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="100"/>
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
        <location filename="../agreements/editor.py" line="134"/>
        <source>New agreement</source>
        <translation>Nouvel accord</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="138"/>
        <source> (emergency)</source>
        <translation> (urgence)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="164"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>Aucun enregistré&#xa0;: ajoutez-les d&apos;abord à la fiche du partenaire.</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="172"/>
        <source>UNICEF total %1</source>
        <translation>Total UNICEF %1</translation>
    </message>
</context>
<context>
    <name>AgreementsArea</name>
    <message>
        <location filename="../agreements/area.py" line="33"/>
        <source>Search references, partners, titles...</source>
        <translation>Rechercher références, partenaires, titres...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="38"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="40"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="42"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Nouvel accord</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="66"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>Choisissez un accord dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="91"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="94"/>
        <source>Agreements, as listed...</source>
        <translation>Accords, tels que listés...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="96"/>
        <source>Programme documents...</source>
        <translation>Documents de programme...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="174"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>%n agreement status change(s) applied for today&apos;s date.</source>
        <translation>%n changement(s) de statut d&apos;accord appliqué(s) à la date du jour.</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Agreements updated</source>
        <translation>Accords mis à jour</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Automatic status changes failed: %1</source>
        <translation>Échec des changements de statut automatiques&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="94"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="131"/>
        <source>Alerts: %1</source>
        <translation>Alertes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="132"/>
        <source>Nothing needs you now.</source>
        <translation>Rien ne vous attend pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="174"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 dans la liste, les plus urgentes d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="178"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>les %1 plus urgentes sur %2 sont listées.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
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
        <location filename="../assessment/page.py" line="26"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="40"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>La note (%1) différait de ce que montraient les données (%2) lors de la soumission de l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="44"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>Votre note (%1) diffère de ce que montrent les données (%2). Expliquez pourquoi dans les justificatifs, ou modifiez la note.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="56"/>
        <source>Office:</source>
        <translation>Bureau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="58"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="61"/>
        <source>All offices (headquarters summary)...</source>
        <translation>Tous les bureaux (synthèse du siège)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="83"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="86"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="117"/>
        <source>Start the self-assessment</source>
        <translation>Commencer l&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="145"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>Calcul des justificatifs à partir des données du bureau...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="158"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>Impossible de charger l&apos;auto-évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="174"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="175"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>%1 n&apos;a pas encore d&apos;auto-évaluation pour %2. Commencez-la pour noter le bureau au regard des critères de référence.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="197"/>
        <source>Summary and submit</source>
        <translation>Résumé et soumission</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="198"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Submitted (locked)</source>
        <translation>Soumise (verrouillée)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="209"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>Reçue par le siège (verrouillée)</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Save the self-assessment as PDF</source>
        <translation>Enregistrer l&apos;auto-évaluation en PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>Auto-évaluation soumise au siège.</translation>
    </message>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="41"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>Récupération de %1 auprès du siège...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="59"/>
        <source>Could not fetch %1: %2</source>
        <translation>Impossible de récupérer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="77"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>Ce que montraient les données du bureau lors de la soumission</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="78"/>
        <source>What the office&apos;s own data shows</source>
        <translation>Ce que montrent les données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="84"/>
        <source>The data suggests: %1</source>
        <translation>Les données suggèrent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="85"/>
        <source>no suggestion</source>
        <translation>aucune suggestion</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>no self-assessment</source>
        <translation>pas d&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="90"/>
        <source>Last year (%1): %2</source>
        <translation>L&apos;an dernier (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="105"/>
        <source>Your rating %1:</source>
        <translation>Votre note %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="119"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>Justificatifs (ce qui montre que le critère est rempli, ou pourquoi il ne l&apos;est pas)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="135"/>
        <source>Attach a document...</source>
        <translation>Joindre un document...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Action plan for this benchmark</source>
        <translation>Plan d&apos;action pour ce critère</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="163"/>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="166"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="171"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="174"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="262"/>
        <source>No documents attached.</source>
        <translation>Aucun document joint.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="263"/>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Supplies</source>
        <translation>Fournitures</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="78"/>
        <source>Output no.</source>
        <translation>N° de produit</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="80"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>Le numéro du produit, dans l&apos;onglet Résultats, auquel contribue cette activité.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="93"/>
        <source>Add budget line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="96"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="214"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>Espèces UNICEF {0}  ·  Partenaire {1}  ·  Fournitures {2}  ·  Total {3}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Reported by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="59"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../interchange/import_pages.py" line="58"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="58"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="59"/>
        <source>Goes into</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="72"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1 : %2 lignes. Vérifiez ce que contient chaque colonne ; les colonnes laissées sur « (non importée) » ne sont conservées que dans le registre de l&apos;import.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="83"/>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Headquarters&apos; value</source>
        <translation>Valeur du siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Changed at HQ by</source>
        <translation>Modifié au siège par</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="37"/>
        <source>No conflicts: every change merged.</source>
        <translation>Aucun conflit&#xa0;: toutes les modifications ont été fusionnées.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="38"/>
        <source>Keep my value</source>
        <translation>Garder ma valeur</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>Keep headquarters&apos; value</source>
        <translation>Garder celle du siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="58"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (supprimé au siège)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="60"/>
        <source>deleted here, edited at HQ</source>
        <translation>supprimé ici, modifié au siège</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="62"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (déjà utilisé par une autre fiche&#xa0;: renommé)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="64"/>
        <source>could not be stored here</source>
        <translation>n&apos;a pas pu être enregistré ici</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="60"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>PartnerDesk s&apos;est fermé de façon inattendue</translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
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
        <location filename="strings.py" line="64"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>Un problème est survenu&#xa0;: %1

Votre travail enregistré et vos brouillons sont intacts. Les détails ont été écrits dans %2&#xa0;; veuillez envoyer ce fichier à l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="47"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>Trouver un partenariat (référence, titre, partenaire)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="68"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>Choisissez un partenariat pour travailler sur son cycle de partenariat.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="79"/>
        <source>%v of %m phases complete</source>
        <translation>Phases terminées&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Phase form</source>
        <translation>Formulaire de phase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="97"/>
        <source>Exit strategy</source>
        <translation>Stratégie de sortie</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>Reviews</source>
        <translation>Examens</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="145"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>Statut&#xa0;: %1 · Point focal&#xa0;: %2 · Partenaires&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="148"/>
        <source>none designated</source>
        <translation>non désigné</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="153"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Toutes les phases sont terminées. Continuez à examiner le partenariat chaque année.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="156"/>
        <source>Next: phase %1 (%2). </source>
        <translation>Suivante&#xa0;: phase %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="218"/>
        <source>Phase %1 saved.</source>
        <translation>Phase %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements ending soon</source>
        <translation>Accords bientôt échus</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Agreements past their end</source>
        <translation>Accords arrivés à échéance</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes not synced</source>
        <translation>Modifications non synchronisées</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Changes refused by headquarters</source>
        <translation>Modifications refusées par le siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Due diligence missing</source>
        <translation>Diligence raisonnable manquante</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items due soon</source>
        <translation>Éléments d&apos;urgence bientôt dus</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Emergency items overdue</source>
        <translation>Éléments d&apos;urgence en retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>Durée dépassée, sans évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>No focal point</source>
        <translation>Aucun point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Phases stalled</source>
        <translation>Phases bloquées</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Programme documents not started</source>
        <translation>Documents de programme non démarrés</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews due soon</source>
        <translation>Examens bientôt dus</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Reviews overdue</source>
        <translation>Examens en retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expired</source>
        <translation>Évaluations des risques expirées</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Risk assessments expiring</source>
        <translation>Évaluations des risques bientôt expirées</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment actions due</source>
        <translation>Actions d&apos;auto-évaluation dues</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Self-assessment not submitted</source>
        <translation>Auto-évaluation non soumise</translation>
    </message>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="70"/>
        <source>What needs you</source>
        <translation>Ce qui vous attend</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="74"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>Bureau dont les alertes et les partenariats sont affichés</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Only mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="77"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>Seulement les partenariats dont vous êtes point focal</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="140"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>Partenariats dont %1 est point focal</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Next review</source>
        <translation>Examen prévu</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="115"/>
        <source>Open partnerships by stage</source>
        <translation>Partenariats en cours par étape</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>By contribution to results</source>
        <translation>Par contribution aux résultats</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="153"/>
        <location filename="../cycle/dashboard.py" line="195"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="166"/>
        <source>Could not load the dashboard: %1</source>
        <translation>Impossible de charger le tableau de bord&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="175"/>
        <source>My partnerships (%1)</source>
        <translation>Mes partenariats (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="176"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="182"/>
        <source>all phases complete</source>
        <translation>toutes les phases terminées</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="30"/>
        <source>Close a deferred item</source>
        <translation>Clore un élément différé</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="45"/>
        <source>Document (scan)</source>
        <translation>Document (scan)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="50"/>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="62"/>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="63"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="67"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="86"/>
        <source>The signed document</source>
        <translation>Le document signé</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>Signed version</source>
        <translation>Version signée</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="50"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="82"/>
        <source>%n change(s) against the signed version.</source>
        <translation>
            <numerusform>%n modification par rapport à la version signée.</numerusform>
            <numerusform>%n modifications par rapport à la version signée.</numerusform>
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
        <location filename="../agreements/emergency_area.py" line="24"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Procédure accélérée d&apos;urgence&lt;/h3&gt;&lt;p&gt;Lancez un document de programme humanitaire simplifié à partir d&apos;un modèle pré-certifié en quatre écrans&#xa0;: au titre du PCA signé du partenaire, ou sous forme de nouveau SSFA. Les signatures sont électroniques&#xa0;; l&apos;évaluation complète et les formalités sont reportées avec des échéances et reviennent sous forme d&apos;alertes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="35"/>
        <source>Close with evidence…</source>
        <translation>Clore avec les justificatifs…</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="40"/>
        <source>Open the programme document</source>
        <translation>Ouvrir le document de programme</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="88"/>
        <source>Deferred items still open in %1</source>
        <translation>Éléments différés encore ouverts à %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open</source>
        <translation>Éléments différés encore ouverts</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="93"/>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="107"/>
        <source>Choose an item in the list first.</source>
        <translation>Choisissez d&apos;abord un élément dans la liste.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="115"/>
        <source>Done: the evidence is recorded.</source>
        <translation>Fait : les justificatifs sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="172"/>
        <source>Emergency fast track</source>
        <translation>Procédure accélérée d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export to a file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 lignes exportées vers %2.</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <location filename="strings.py" line="92"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Enregistrer cette liste, filtrée et triée telle quelle, en Excel ou CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Writing %1 ...</source>
        <translation>Écriture de %1 ...</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="26"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Bienvenue dans PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="141"/>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Kenya Country Office</source>
        <translation>Bureau de pays du Kenya</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Country (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="68"/>
        <location filename="../first_run.py" line="147"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="29"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue dans PartnerDesk&lt;/h2&gt;&lt;p&gt;Tout est conservé sur cet ordinateur et fonctionne sans connexion&#xa0;; les modifications partent au siège lors de la synchronisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="34"/>
        <location filename="../first_run.py" line="70"/>
        <source>Join my office</source>
        <translation>Rejoindre mon bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <source>Set up a new office</source>
        <translation>Créer un nouveau bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="39"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>Des données fictives dans un fichier à part, séparées de celles de votre bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="58"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>Votre bureau utilise déjà PartnerDesk&#xa0;: demandez au siège un code d&apos;inscription pour cet ordinateur. Les partenaires, partenariats et accords de votre bureau arrivent alors du siège, et vous pouvez commencer dès que les premiers sont là. Un ordinateur qui en remplace un perdu rejoint le bureau de la même façon.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="64"/>
        <source>Headquarters address</source>
        <translation>Adresse du siège</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="66"/>
        <source>Enrollment code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="100"/>
        <source>Contacting headquarters…</source>
        <translation>Connexion au siège…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="129"/>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre le bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="138"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>Seulement pour un bureau qui n&apos;utilise pas encore PartnerDesk.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="150"/>
        <source>Set up my office</source>
        <translation>Configurer mon bureau</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="37"/>
        <source>Explore with demo data</source>
        <translation>Explorer avec des données de démonstration</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="23"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>Valeurs venues du siège que cet ordinateur n&apos;a pas pu enregistrer. Elles sont conservées et seront enregistrées d&apos;elles-mêmes une fois corrigées au siège ; tout le reste a été enregistré.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="36"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>en attente de l&apos;arrivée de votre modification au siège</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="38"/>
        <source>the whole record</source>
        <translation>la fiche entière</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Bytes (sent/received)</source>
        <translation>Octets (envoyés/reçus)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="28"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>Auto-évaluation&#xa0;: synthèse du siège</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="40"/>
        <source>Print PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="55"/>
        <source>By region</source>
        <translation>Par région</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All benchmarks met</source>
        <translation>Tous les critères remplis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Benchmark</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="53"/>
        <source>Benchmarks</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="60"/>
        <source>Trend</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Partly met</source>
        <translation>Partiellement</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="83"/>
        <source>Not met</source>
        <translation>Non rempli</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="61"/>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Rated</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Data shows</source>
        <translation>Les données montrent</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="100"/>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="101"/>
        <source>Disagreements (%1)</source>
        <translation>Divergences (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Reported</source>
        <translation>Ayant soumis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (rating)</source>
        <translation>Tous atteints (note)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (data)</source>
        <translation>Tous atteints (données)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="122"/>
        <source>Disagreements</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;Auto-évaluations rendues pour %3&#xa0;: %1 bureaux sur %2.&lt;/b&gt; Bureaux ayant atteint les %5 critères selon leur propre note&#xa0;: %4&#xa0;; selon leurs propres données&#xa0;: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="134"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>Notes qui diffèrent des données du bureau&#xa0;: %1, dans %2 des bureaux ayant répondu.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="142"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Met by rating</source>
        <translation>Atteint selon la note</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Met by data</source>
        <translation>Atteint selon les données</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Disagree</source>
        <translation>Divergent</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="159"/>
        <source>No data</source>
        <translation>Sans données</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="164"/>
        <source>No earlier year to compare with.</source>
        <translation>Aucune année antérieure à comparer.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>Chaque année est comparée à la précédente sur les mêmes bureaux&#xa0;: ceux qui ont répondu les deux années (%1 de %2 à %3). Bureaux ayant répondu&#xa0;: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Offices in both</source>
        <translation>Bureaux dans les deux</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="204"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer la synthèse en PDF</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Academic, Training and Research</source>
        <translation>Universitaire, formation et recherche</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Finalisation</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Foundation</source>
        <translation>Fondation</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>Local Government</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Multilateral</source>
        <translation>Multilatéral</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Other Public Sector</source>
        <translation>Autre secteur public</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Partner Country based NGO</source>
        <translation>ONG du pays partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Pipeline/identification</source>
        <translation>En préparation / identification</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>Secteur privé du pays bénéficiaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Private Sector in Provider Country</source>
        <translation>Secteur privé du pays donateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Private Sector in Third Country</source>
        <translation>Secteur privé d&apos;un pays tiers</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Public Private Partnership</source>
        <translation>Partenariat public-privé</translation>
    </message>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Regional NGO</source>
        <translation>ONG régionale</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="39"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="40"/>
        <source>Matches existing</source>
        <translation>Correspond à l&apos;existant</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>Conflicts</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Looks like existing</source>
        <translation>Ressemble à l&apos;existant</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Agreement reference</source>
        <translation>Référence de l&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Agreement type</source>
        <translation>Type d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessment date</source>
        <translation>Date d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>Assessment type</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Assessments (type and date)</source>
        <translation>Évaluations (type et date)</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>CSO type</source>
        <translation>Type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Core values date</source>
        <translation>Date des valeurs fondamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Country programme</source>
        <translation>Programme de pays</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>FR amount</source>
        <translation>Montant des FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>FR numbers</source>
        <translation>Numéros de FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Humanitarian</source>
        <translation>Humanitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>PD reference</source>
        <translation>Référence du DP</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>PSEA assessment date</source>
        <translation>Date de l&apos;évaluation PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner contribution</source>
        <translation>Contribution du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Partner signed on</source>
        <translation>Signé par le partenaire le</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>SEA risk rating</source>
        <translation>Niveau de risque EAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Short name / acronym</source>
        <translation>Nom court / sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>Total budget</source>
        <translation>Budget total</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF cash</source>
        <translation>Espèces UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>UNICEF signed on</source>
        <translation>Signé par l&apos;UNICEF le</translation>
    </message>
    <message>
        <location filename="strings.py" line="158"/>
        <source>UNICEF supplies</source>
        <translation>Fournitures UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Vendor number</source>
        <translation>Numéro de fournisseur</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="31"/>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="41"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>Partenaires (CSV ou Excel, p. ex. un export eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>Accords et documents de programme (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>IATI activity file (XML)</source>
        <translation>Fichier d&apos;activités IATI (XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>Tableau 3W HXL : qui fait quoi où (CSV ou Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="49"/>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="58"/>
        <source>(the sheet says)</source>
        <translation>(selon la feuille)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="66"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Partner type when the sheet has none</source>
        <translation>Type de partenaire si la feuille n&apos;en donne pas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="87"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="88"/>
        <source>Save mapping...</source>
        <translation>Enregistrer la correspondance...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>Load mapping...</source>
        <translation>Charger une correspondance...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <location filename="../interchange/import_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Undo this import</source>
        <translation>A&amp;nnuler cet import</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="127"/>
        <source>&amp;Preview &gt;</source>
        <translation>A&amp;perçu &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="158"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <location filename="../interchange/import_wizard.py" line="172"/>
        <location filename="../interchange/import_wizard.py" line="193"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="164"/>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="165"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.xlsx *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="173"/>
        <source>Choose a file that exists.</source>
        <translation>Choisissez un fichier qui existe.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="194"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Choisissez la colonne qui contient : %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="215"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>%1 lignes lues : %2 nouvelles, %3 correspondent à des fiches existantes, %4 en conflit (conservées telles quelles), %5 ressemblent à des partenaires existants (à choisir), %6 non valides (ignorées).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="229"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>%1 activités lues : %2 à ajouter, %3 déjà présentes, %4 ignorées.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="256"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>Importé : %1 créées, %2 rapprochées, %3 ignorées. Le lot %4 peut être annulé en entier.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="269"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>L&apos;import a été annulé : %1 fiches retirées.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="283"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="289"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="295"/>
        <source>Cannot use this mapping</source>
        <translation>Correspondance inutilisable</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Dismissed</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="strings.py" line="162"/>
        <source>Is a partner</source>
        <translation>Déjà partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Made a partner</source>
        <translation>Devenue partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="47"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>Rechercher titres, organisations, secteurs, lieux...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="54"/>
        <source>&amp;Import data...</source>
        <translation>&amp;Importer des données...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="69"/>
        <source>Make a &amp;partner</source>
        <translation>En faire un &amp;partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="72"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;Même qu&apos;un partenaire...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="75"/>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="89"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="127"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>Any sector</source>
        <translation>Tout secteur</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="130"/>
        <source>Any area</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any organisation type</source>
        <translation>Tout type d&apos;organisation</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="184"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Choose an organisation in the list first.</source>
        <translation>Choisissez d&apos;abord une organisation dans la liste.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="190"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="205"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>Aucun partenaire ne porte un nom proche de celui de cette organisation.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="207"/>
        <source>Same as a partner</source>
        <translation>Même qu&apos;un partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>This organisation is:</source>
        <translation>Cette organisation est :</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="110"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>%1 contient des données qui ne sont pas de démonstration&#xa0;; il est laissé tel quel. Déplacez-le pour explorer la démonstration.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="47"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>Rechercher noms, sigles, objectifs, lieux...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="198"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="41"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="44"/>
        <source>Remove row</source>
        <translation>Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="332"/>
        <source>Counting...</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="333"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="29"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="42"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Made-up partners and partnerships to explore PartnerDesk, in a file of their own: nothing here is your office&apos;s, and nothing is sent to headquarters.</source>
        <translation>&lt;b&gt;Données de démonstration.&lt;/b&gt; Des partenaires et partenariats fictifs pour découvrir PartnerDesk, dans un fichier à part&#xa0;: rien ici n&apos;appartient à votre bureau, et rien n&apos;est envoyé au siège.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Leave the demo</source>
        <translation>Quitter la démonstration</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Syncing %p%</source>
        <translation>Synchronisation %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>Aucune vue ne peut ouvrir une fiche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Office: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="191"/>
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n modification non envoyée</numerusform>
            <numerusform>%n modifications non envoyées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Offline: not connected to headquarters</source>
        <translation>Hors ligne&#xa0;: non connecté au siège</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>Hors ligne&#xa0;: échec de la dernière synchronisation (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
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
        <location filename="strings.py" line="164"/>
        <source>Account name</source>
        <translation>Titulaire du compte</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Also counts as</source>
        <translation>Compte aussi comme</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Assessed on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Assessment type</source>
        <translation>Type d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>Bank</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Branch</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>CSO type</source>
        <translation>Type d&apos;OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Core values assessed on</source>
        <translation>Valeurs fondamentales le</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Country (ISO3)</source>
        <translation>Pays (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="176"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Due diligence date</source>
        <translation>Date de la diligence</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="178"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>Legal name</source>
        <translation>Dénomination légale</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>PSEA assessed on</source>
        <translation>PSEA évaluée le</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Partner type</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>Required for civil society organisations.</source>
        <translation>Obligatoire pour les organisations de la société civile.</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Risk rating</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="187"/>
        <source>Short name / acronym</source>
        <translation>Nom court / sigle</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
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
        <location filename="../agreements/emergency_pages.py" line="37"/>
        <source>1. Partner</source>
        <translation>1. Partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="38"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>Choisissez un partenaire connu, ou ajoutez-en un en une ligne.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="39"/>
        <source>A partner we know</source>
        <translation>Un partenaire connu</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="41"/>
        <source>A new partner: high risk assumed</source>
        <translation>Un nouveau partenaire&#xa0;: risque élevé présumé</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="58"/>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="63"/>
        <source>Legal name of the organisation</source>
        <translation>Dénomination légale de l&apos;organisation</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="65"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>Enregistré comme organisation nationale de la société civile avec un niveau de risque Élevé (risque élevé présumé). Son évaluation complète et sa diligence raisonnable sont reportées et reviennent sous forme d&apos;alertes avec leurs échéances.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="72"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Under</source>
        <translation>Au titre de</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="75"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="106"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>PCA %1 (PD humanitaire à ce titre)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="108"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>Un nouveau SSFA (jusqu&apos;à %1 USD)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="189"/>
        <source>&amp;New partner</source>
        <translation>&amp;Nouveau partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="191"/>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
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
        <location filename="strings.py" line="193"/>
        <source>Contribution to results</source>
        <translation>Contribution aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Focal point</source>
        <translation>Point focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Formality</source>
        <translation>Formalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Geographic reach</source>
        <translation>Couverture géographique</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>Les partenariats sont guidés par les résultats, non par les acteurs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Results for children</source>
        <translation>Résultats pour les enfants</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="204"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="206"/>
        <source>&amp;New partnership</source>
        <translation>&amp;Nouveau partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Any contribution</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="63"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="64"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Visits, reporting, risks</source>
        <translation>Visites, rapports, risques</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="117"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>Total UNICEF (espèces, fournitures, gestion) %1 · Part du partenaire %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Cash transfer</source>
        <translation>Modalité de transfert</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Management costs</source>
        <translation>Frais de gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>Coûts d&apos;appui au programme du partenaire, dans la devise du PD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>p.&#xa0;ex. Turkana, Garissa</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="131"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>Une date (AAAA-MM-JJ) ou un trimestre, p.&#xa0;ex. T3 2026</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="134"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Where the visit goes</source>
        <translation>Lieu de la visite</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Kind of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>Date d&apos;échéance (AAAA-MM-JJ) ou fréquence, p.&#xa0;ex. chaque trimestre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>What could go wrong</source>
        <translation>Ce qui pourrait mal tourner</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>What the partner will do</source>
        <translation>Ce que fera le partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Planned visits</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Reporting requirements</source>
        <translation>Rapports exigés</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="148"/>
        <source>Risks and mitigation</source>
        <translation>Risques et mesures d&apos;atténuation</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="47"/>
        <source>One country programme output per line</source>
        <translation>Un produit du programme de pays par ligne</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="53"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="54"/>
        <source>Implementation strategy</source>
        <translation>Stratégie de mise en œuvre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="55"/>
        <source>Country programme outputs</source>
        <translation>Produits du programme de pays</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Sustainability</source>
        <translation>Durabilité</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="65"/>
        <source>Why this rating</source>
        <translation>Justification de la notation</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="76"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>Nom &lt;courriel&gt; ; Nom &lt;courriel&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="78"/>
        <source>UNICEF focal points</source>
        <translation>Points focaux de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
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
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Fate</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="106"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="128"/>
        <source>Create a new partner</source>
        <translation>Créer un nouveau partenaire</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Same as %1 (%2%)</source>
        <translation>Même que %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Skip this row</source>
        <translation>Ignorer cette ligne</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="137"/>
        <source>Matches %1; nothing changes.</source>
        <translation>Correspond à %1 ; rien ne change.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="56"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;Imprimer en PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="62"/>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="88"/>
        <source>Printing %1...</source>
        <translation>Impression de %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="95"/>
        <source>Printed to %1</source>
        <translation>Imprimé dans %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="102"/>
        <source>Could not print: %1</source>
        <translation>Impossible d&apos;imprimer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="53"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="112"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>Modifications non enregistrées restaurées (%1). Enregistrez-les, ou cliquez sur Rétablir pour les abandonner.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="154"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="176"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="177"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>Vous avez modifié cette fiche sans l&apos;enregistrer. Enregistrer les modifications&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="67"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>Cliquez sur le nom d&apos;un document pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="71"/>
        <source>Attach signed document...</source>
        <translation>Joindre le document signé...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="74"/>
        <source>Attach termination document...</source>
        <translation>Joindre le document de résiliation...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="81"/>
        <source>UNICEF signatories...</source>
        <translation>Signataires de l&apos;UNICEF...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="84"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>Les fonctionnaires du bureau habilités à signer pour l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open amendment</source>
        <translation>Ouvrir l&apos;avenant</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="104"/>
        <source>Open the signed record it amends</source>
        <translation>Ouvrir le document signé qu&apos;il modifie</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="118"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="119"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="120"/>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <location filename="../agreements/record.py" line="277"/>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="128"/>
        <source>Amend...</source>
        <translation>Modifier par avenant...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="207"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>Enregistrez d&apos;abord&#xa0;; puis signez et joignez les documents.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="233"/>
        <source>Attached: %1</source>
        <translation>Joint&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="234"/>
        <source>Nothing attached yet.</source>
        <translation>Aucune pièce jointe pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="241"/>
        <source>Amendment %1 against the signed version</source>
        <translation>Avenant %1 par rapport à la version signée</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="276"/>
        <source>Amendments (%1 draft)</source>
        <translation>Avenants (%1 en projet)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="309"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="319"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="320"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>Indiquez pourquoi, en une phrase (ce motif est conservé)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="333"/>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="340"/>
        <source>Choose the scanned document</source>
        <translation>Choisissez le document numérisé</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="360"/>
        <source>Attached.</source>
        <translation>Joint.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="376"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>Avenant %1 préparé&#xa0;: modifiez ce qu&apos;il change, enregistrez, puis signez-le.</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>Un fonctionnaire que le bureau a habilité à signer pour l&apos;UNICEF (bouton Signataires de l&apos;UNICEF ci-dessous).</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Partner signed on</source>
        <translation>Signé par le partenaire le</translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>Title </source>
        <translation>Fonction </translation>
    </message>
    <message>
        <location filename="strings.py" line="225"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>UNICEF signed on</source>
        <translation>Signé par l&apos;UNICEF le</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="141"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>new record</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>file upload</source>
        <translation>envoi de fichier</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="226"/>
        <source>3. Results</source>
        <translation>3. Résultats</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="227"/>
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
    <name>RowsTable</name>
    <message>
        <location filename="../widgets/rows_table.py" line="25"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="23"/>
        <source>Sign in to PartnerDesk</source>
        <translation>Se connecter à PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="26"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>Plusieurs personnes utilisent PartnerDesk sur cet ordinateur. Choisissez votre nom et saisissez votre code PIN : vos modifications sont signées de votre nom.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="45"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="46"/>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="32"/>
        <source>4. Sign electronically and print</source>
        <translation>4. Signer électroniquement et imprimer</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="33"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>Chaque signature est enregistrée avec le signataire, l&apos;heure, cet appareil et l&apos;empreinte SHA-256 du texte signé, et figure dans le bloc de signature imprimé.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="47"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>Aucun fonctionnaire de ce bureau n&apos;est habilité à signer pour l&apos;UNICEF. Ajoutez les fonctionnaires habilités du bureau : un accord, onglet Signatures, Signataires de l&apos;UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="56"/>
        <source>Sign and print</source>
        <translation>Signer et imprimer</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="66"/>
        <source>Partner signatory</source>
        <translation>Signataire du partenaire</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="67"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>UNICEF signatory</source>
        <translation>Signataire de l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="70"/>
        <source>Title </source>
        <translation>Fonction </translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="114"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (UNICEF) confirme signer ce document électroniquement</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (partenaire) confirme signer ce document électroniquement</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="123"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>Choisissez les deux signataires ; chacun confirme la signature électronique.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="151"/>
        <source>Deferred:</source>
        <translation>Éléments reportés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="22"/>
        <source>UNICEF signatories of office %1</source>
        <translation>Signataires de l&apos;UNICEF du bureau %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="39"/>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="28"/>
        <source>Withdraw the authority to sign</source>
        <translation>Retirer le pouvoir de signature</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="35"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>AAAA-MM-JJ (vide : sans fin)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>Authorise this officer</source>
        <translation>Habiliter ce fonctionnaire</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="51"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>Seuls ces fonctionnaires peuvent signer des accords pour l&apos;UNICEF dans ce bureau.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="90"/>
        <source>Choose an officer in the list first.</source>
        <translation>Choisissez d&apos;abord un fonctionnaire dans la liste.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="50"/>
        <source>Print PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Submit to headquarters</source>
        <translation>Soumettre au siège</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="71"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>Résumé de l&apos;auto-évaluation %1 de %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="74"/>
        <source>Benchmark</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Office data</source>
        <translation>Données du bureau</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="90"/>
        <source>The rating differs from what the data shows.</source>
        <translation>La note diffère de ce que montrent les données.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="93"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>Rempli&#xa0;: %1   Partiellement&#xa0;: %2   Non rempli&#xa0;: %3   Non noté&#xa0;: %4   Note et données divergent&#xa0;: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="104"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>Soumise le %1 par %2&#xa0;: verrouillée.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="107"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>Brouillon&#xa0;: la soumission verrouille les notes et les chiffres.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync_state/view.py" line="36"/>
        <source>http://hq.example.org:8700</source>
        <translation>http://hq.example.org:8700</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="39"/>
        <source>only the first time, e.g. K7QX-M2PA-9FTR</source>
        <translation>la première fois seulement, p.&#xa0;ex. K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="40"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="54"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="56"/>
        <source>Server address:</source>
        <translation>Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="60"/>
        <source>Enrollment code:</source>
        <translation>Code d&apos;inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="61"/>
        <source>Last sync:</source>
        <translation>Dernière synchronisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="62"/>
        <source>Unsent changes:</source>
        <translation>Modifications non envoyées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="73"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="74"/>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="75"/>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="76"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="116"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="117"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="119"/>
        <source>(%n refused, see Refused)</source>
        <translation>
            <numerusform>(%n refusée, voir Refusées)</numerusform>
            <numerusform>(%n refusées, voir Refusées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="124"/>
        <source>Last sync failed: %1</source>
        <translation>Échec de la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="126"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>Non inscrit&#xa0;: saisissez l&apos;adresse et le code fournis par le siège.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="128"/>
        <source>all offices</source>
        <translation>tous les bureaux</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="129"/>
        <source>Enrolled for %1.</source>
        <translation>Inscrit pour %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="133"/>
        <source>Refused (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="135"/>
        <source>Set aside (%1)</source>
        <translation>Mis de côté (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="143"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur du siège.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="152"/>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="170"/>
        <source>Synced: %1 sent, %2 received, %3 conflict(s).</source>
        <translation>Synchronisé&#xa0;: %1 envoyée(s), %2 reçue(s), %3 conflit(s).</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="174"/>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="183"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="185"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 Nouvel essai dans %2&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="140"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. Modèle, montant, dates et lieux</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="141"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>Le modèle pré-certifié fournit les résultats, la répartition du budget, les rapports et les risques.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="145"/>
        <source>Choose a pre-certified template</source>
        <translation>Choisissez un modèle pré-certifié</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="151"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>Montant UNICEF en USD, p.&#xa0;ex. 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="156"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>AAAA-MM-JJ (selon le modèle)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="159"/>
        <source>Places, separated by commas</source>
        <translation>Lieux, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="166"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="167"/>
        <source>Amount (USD)</source>
        <translation>Montant (USD)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="169"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="170"/>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="198"/>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="200"/>
        <source>Enter the UNICEF amount.</source>
        <translation>Saisissez le montant UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="202"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Écrivez les dates au format AAAA-MM-JJ, p.&#xa0;ex. 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="204"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="206"/>
        <source>Name at least one place.</source>
        <translation>Indiquez au moins un lieu.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>Un SSFA finance au plus %1 USD&#xa0;; réduisez le montant ou utilisez le PCA du partenaire.</translation>
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
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="55"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Assessment action</source>
        <translation>Action d&apos;auto-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Programme document</source>
        <translation>Document de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="186"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>%1 est endommagée (%2). Les modifications faites maintenant risquent de ne pas être enregistrées. Fermez PartnerDesk, gardez une copie du fichier pour l’assistance, puis restaurez la dernière sauvegarde (le fichier .bak à côté) ou demandez à l’assistance de la réparer.</translation>
    </message>
    <message>
        <location filename="../app.py" line="190"/>
        <source>Database damaged</source>
        <translation>Base de données endommagée</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnering cycle</source>
        <translation>Cycle de partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="242"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
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
        <location filename="strings.py" line="243"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligence raisonnable&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="strings.py" line="244"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>%n problème(s) à corriger avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="245"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location filename="strings.py" line="246"/>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <location filename="strings.py" line="247"/>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="strings.py" line="248"/>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <location filename="strings.py" line="249"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location filename="strings.py" line="250"/>
        <source>Activities and workplan</source>
        <translation>Activités et plan de travail</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>Activités, plan de travail, budget, ressources, type d&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Ajouter les organisations trouvées dans les fichiers IATI et 3W de ce bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Add stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Adequate</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>Convenez des buts, principes, rôles et contributions (la diligence raisonnable doit être validée).</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreed goals and objectives</source>
        <translation>Buts et objectifs convenus</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreed on</source>
        <translation>Convenu le</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Agreement signed on</source>
        <translation>Accord signé le</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Agreement type</source>
        <translation>Type d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Amber: needs attention</source>
        <translation>Orange&#xa0;: à surveiller</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Amendments in light of the review.</source>
        <translation>Modifications à la lumière de l&apos;examen.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>Évaluez chaque partenaire potentiel et consignez la diligence raisonnable pour chaque partenaire.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Budget (USD)</source>
        <translation>Budget (USD)</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Build structures that last beyond the project.</source>
        <translation>Mettez en place des structures qui durent au-delà du projet.</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Building</source>
        <translation>Montage</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Candidate partners</source>
        <translation>Partenaires potentiels</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>Partenaires potentiels, leur évaluation et la diligence raisonnable.</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Cash contributions</source>
        <translation>Contributions en espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cash-transfer modality</source>
        <translation>Modalité de transfert</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Challenge</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Cleared</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Cleared with conditions</source>
        <translation>Validée sous conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Communication plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Continue</source>
        <translation>Poursuivre</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>Poursuivre ou étendre uniquement avec un examen au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contribution of the partnership to results</source>
        <translation>Contribution du partenariat aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contribution to results</source>
        <translation>Contribution aux résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Contributions of each partner</source>
        <translation>Contributions de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Contributions of each partner and modality.</source>
        <translation>Contributions de chaque partenaire et modalité.</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Core principles</source>
        <translation>Principes fondamentaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Corporate screening (companies only)</source>
        <translation>Vérification des entreprises (entreprises uniquement)</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Current partner</source>
        <translation>Partenaire actuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Current relation</source>
        <translation>Relation actuelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>Décidez des révisions qu&apos;appelle l&apos;examen.</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>Décision fondée sur l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Delayed</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Delivery against the workplan</source>
        <translation>Exécution du plan de travail</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>Décrivez le problème et les résultats recherchés, et cartographiez les parties prenantes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Direct cash transfer</source>
        <translation>Transfert direct d&apos;espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Direct payment</source>
        <translation>Paiement direct</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Due diligence</source>
        <translation>Diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Due-diligence outcome</source>
        <translation>Conclusion de la diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>Évaluez, puis décidez de poursuivre, d&apos;étendre, de transférer ou de clore.</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluated on</source>
        <translation>Évalué le</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Evaluation due *</source>
        <translation>Évaluation prévue le *</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Evaluation findings</source>
        <translation>Conclusions de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Tout partenariat a besoin d&apos;une stratégie de sortie ou de pérennisation&#xa0;: sa durée prévue, la date à laquelle une évaluation décide de sa poursuite, et les conditions pour y mettre fin ou en transférer la responsabilité (texte de référence, par. 60).</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Every six months</source>
        <translation>Semestriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Exchange of letters</source>
        <translation>Échange de lettres</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Exit conditions *</source>
        <translation>Conditions de sortie *</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Expand</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Financial stability</source>
        <translation>Stabilité financière</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Focal points of each partner</source>
        <translation>Points focaux de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>Former partner</source>
        <translation>Ancien partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>Mécanismes de lutte contre la fraude, de PSEA et de protection en place</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>From the landscape...</source>
        <translation>Depuis le paysage...</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Governance and management structure</source>
        <translation>Structure de gouvernance et de gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Governance, focal points, communication.</source>
        <translation>Gouvernance, points focaux, communication.</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Green: healthy</source>
        <translation>Vert&#xa0;: bonne santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Hand over</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Identifying</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>Mise en œuvre&#xa0;: consignez la signature, l&apos;exécution, les visites et le calendrier des rapports.</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>In-kind contributions</source>
        <translation>Contributions en nature</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>In-kind only (no cash)</source>
        <translation>En nature uniquement (sans espèces)</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Individual partners&apos; contributions</source>
        <translation>Contributions de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Influence (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Informal contact</source>
        <translation>Contact informel</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Institutionalising</source>
        <translation>Institutionnalisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Integration into national systems</source>
        <translation>Intégration dans les systèmes nationaux</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Interest (1-5)</source>
        <translation>Intérêt (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Keep satisfied</source>
        <translation>Satisfaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Lifespan ends</source>
        <translation>Fin de la durée prévue</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Managing</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Managing and maintaining</source>
        <translation>Gestion et entretien</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>Mandat compatible avec celui de l&apos;ONU</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Measure results against the indicators.</source>
        <translation>Mesurez les résultats au regard des indicateurs.</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Measuring</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>Respecte les normes du travail dans ses activités et sa chaîne d&apos;approvisionnement</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Membership</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Memorandum of Understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>Mutual benefit</source>
        <translation>Avantage mutuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No change needed</source>
        <translation>Aucun changement nécessaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>Aucune implication dans la corruption ou la violation de sanctions</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No relation</source>
        <translation>Aucune relation</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>No serious environmental harm</source>
        <translation>Aucune atteinte grave à l&apos;environnement</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>No written agreement</source>
        <translation>Aucun accord écrit</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Not started</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Off track</source>
        <translation>Hors trajectoire</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>On track</source>
        <translation>Conforme au plan</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Opposed</source>
        <translation>Opposé</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Other risks</source>
        <translation>Autres risques</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Outcome</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner assessment</source>
        <translation>Évaluation du partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partner feedback</source>
        <translation>Avis des partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partner screened</source>
        <translation>Partenaire vérifié</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Partnership review and health check.</source>
        <translation>Examen du partenariat et bilan de santé.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>Planifiez le travail et le budget, et choisissez le type d&apos;accord.</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planned lifespan (months) *</source>
        <translation>Durée prévue (mois) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Planned visits</source>
        <translation>Visites prévues</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Poor</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>Produits et marketing sans danger pour les enfants (p.&#xa0;ex. substituts du lait maternel, armes, tabac)</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Accord de coopération programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>Qualité du partenariat, y compris coûts de transaction</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Ready to save.</source>
        <translation>Prêt à enregistrer.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>Consignez la diligence raisonnable un partenaire à la fois&#xa0;; chaque partenaire doit avoir une conclusion.</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>Consignez les contributions en espèces et en nature de chaque partenaire et la modalité.</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Red: at risk</source>
        <translation>Rouge&#xa0;: en danger</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rejetée (risque inacceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Reporting schedule</source>
        <translation>Calendrier des rapports</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>Obligatoire pour les partenaires du secteur des entreprises (texte de référence, par. 40).</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Required when cleared with conditions.</source>
        <translation>Obligatoire en cas de validation sous conditions.</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Resource map</source>
        <translation>Cartographie des ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Resourcing</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>Respecte les droits de l&apos;homme et les droits de l&apos;enfant (pas de travail des enfants)</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>Résultats obtenus et contribution du partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results and indicators achieved</source>
        <translation>Résultats et indicateurs atteints</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>Des résultats pour les enfants, pas pour les acteurs (texte de référence, par. 51).</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Results sought</source>
        <translation>Résultats recherchés</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>Examinez le partenariat avec les partenaires&#xa0;: notez les quatre dimensions, consignez leurs avis.</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewed on</source>
        <translation>Examiné le</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewer</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Reviewing</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Reviewing and revising</source>
        <translation>Examen et révision</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Revising</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Revisions decided</source>
        <translation>Révisions décidées</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Roles of each partner</source>
        <translation>Rôle de chaque partenaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Save exit strategy</source>
        <translation>Enregistrer la stratégie</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Save phase</source>
        <translation>Enregistrer la phase</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Scoping</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Scoping and building</source>
        <translation>Cadrage et montage</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>Vérifié sur les listes de sanctions&#xa0;: aucune correspondance</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Screened on</source>
        <translation>Vérifié le</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>Mettez en place la gouvernance, désignez les points focaux, convenez des modes de communication.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Shared vision</source>
        <translation>Vision commune</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>Accord signé, exécution, visites, rapports.</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Accord de financement à petite échelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Stakeholder and partner landscape</source>
        <translation>Cartographie des parties prenantes et des partenaires</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Standing and reputation</source>
        <translation>Notoriété et réputation</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Structures for longer-term commitment</source>
        <translation>Structures pour un engagement à plus long terme</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Structures for longer-term commitment.</source>
        <translation>Structures pour un engagement à plus long terme.</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>Sustaining or terminating</source>
        <translation>Pérennisation ou fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>Sustaining outcomes</source>
        <translation>Résultats durables</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>Le problème, les résultats recherchés et les autres acteurs présents.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>Les quatre dimensions (texte de référence, par. 53)</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>The partnering agreement.</source>
        <translation>L&apos;accord de partenariat.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>The problem for children this partnership would address.</source>
        <translation>Le problème touchant les enfants auquel ce partenariat répondrait.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>Cochez une fois vérifié, justificatif joint.</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Total planned budget, digits only.</source>
        <translation>Budget total prévu, en chiffres uniquement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Track record</source>
        <translation>Antécédents</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Transparency</source>
        <translation>Transparence</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>Un risque inacceptable met fin à l&apos;engagement.</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Valid legal registration</source>
        <translation>Enregistrement légal valide</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Value added</source>
        <translation>Valeur ajoutée</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>Value added compared with alternatives</source>
        <translation>Valeur ajoutée par rapport aux autres options</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>Qui est présent, son intérêt et son influence (1 faible - 5 élevé), la relation actuelle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>Why not applicable</source>
        <translation>Pourquoi sans objet</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="strings.py" line="442"/>
        <source>e.g. 36</source>
        <translation>p.&#xa0;ex. 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>not set yet</source>
        <translation>pas encore définie</translation>
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
        <location filename="strings.py" line="444"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>Un code PIN compte au moins {n} caractères ; choisissez-en un plus long.</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>A name has at most {n} characters.</source>
        <translation>Un nom compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>Une phrase secrète compte au plus {n} caractères.</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Give the user&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>Configurez d&apos;abord le bureau de cet ordinateur (premier démarrage, ou « join »).</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>Ce code PIN est trop facile à deviner (un chiffre répété ou une suite) ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>The role is one of: {roles}.</source>
        <translation>Le rôle est l&apos;un de : {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>Code PIN erroné pour {name} ; réessayez.</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>{name} n&apos;a pas encore de code PIN sur cet ordinateur ; un administrateur du bureau lui en donne un avec « users add ».</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} est déjà utilisateur du bureau {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} est déjà utilisateur du bureau {office} ; modifiez plutôt son rôle.</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} n&apos;est pas utilisateur du bureau {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} n&apos;est pas utilisateur de ce bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} est le dernier administrateur du bureau {office} ; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut pas modifier les dossiers du bureau {office} ; il faut le rôle de rédacteur, d&apos;approbateur ou d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut pas gérer les utilisateurs du bureau {office} ; il faut le rôle d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>{user} (rôle : {role}) ne peut ni signer ni approuver au bureau {office} ; il faut le rôle d&apos;approbateur ou d&apos;administrateur du bureau.</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} n&apos;est pas utilisateur du bureau {office} ; un administrateur du bureau ajoute les utilisateurs (« users add »), ou le siège le fait.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Academic institution</source>
        <translation>Établissement universitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Administrative</source>
        <translation>Administratif</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Assessed by another UN agency</source>
        <translation>Évalué par un autre organisme des Nations Unies</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Budget change</source>
        <translation>Modification du budget</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>Civil society organisation</source>
        <translation>Organisation de la société civile</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Cleared</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Cleared with conditions</source>
        <translation>Validée sous conditions</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Collaboration</source>
        <translation>Collaboration</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Community-based organisation</source>
        <translation>Organisation communautaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Convening</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Corporate sector</source>
        <translation>Secteur des entreprises</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Country</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Direct cash transfer</source>
        <translation>Transfert direct d&apos;espèces</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Direct payment</source>
        <translation>Paiement direct</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Due diligence documents</source>
        <translation>Documents de diligence raisonnable</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>East Asia and Pacific</source>
        <translation>Asie de l&apos;Est et Pacifique</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Eastern and Southern Africa</source>
        <translation>Afrique orientale et australe</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>Editor</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>Electronic signature record</source>
        <translation>Trace de la signature électronique</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>Europe and Central Asia</source>
        <translation>Europe et Asie centrale</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>Final review</source>
        <translation>Examen final</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>Full programme document</source>
        <translation>Document de programme complet</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>Évaluation complète des risques (micro-évaluation)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>Global</source>
        <translation>Mondial</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>Global programme partnership</source>
        <translation>Partenariat de programme mondial</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>HACT macro assessment</source>
        <translation>Macro-évaluation HACT</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>Headquarters staff</source>
        <translation>Personnel du siège</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>High risk assumed</source>
        <translation>Risque élevé présumé</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>Humanitarian report</source>
        <translation>Rapport humanitaire</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Implementing</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Informal</source>
        <translation>Informel</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>International NGO</source>
        <translation>ONG internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Knowledge and innovation</source>
        <translation>Connaissances et innovation</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Knowledge and research</source>
        <translation>Connaissances et recherche</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Latin America and Caribbean</source>
        <translation>Amérique latine et Caraïbes</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Legal agreement</source>
        <translation>Accord juridique</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Low capacity assumed - emergency</source>
        <translation>Faible capacité présumée - urgence</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>Media and communication</source>
        <translation>Médias et communication</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>Medium</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>Memorandum of Understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>Memorandum of understanding</source>
        <translation>Mémorandum d&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>Micro assessment</source>
        <translation>Micro-évaluation</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Middle East and North Africa</source>
        <translation>Moyen-Orient et Afrique du Nord</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Mobilising resources</source>
        <translation>Mobilisation de ressources</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Multilateral / international financial institution</source>
        <translation>Institution multilatérale / financière internationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>National NGO</source>
        <translation>ONG nationale</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>No-cost extension</source>
        <translation>Prolongation sans coût</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Not required</source>
        <translation>Non requis</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Office administrator</source>
        <translation>Administrateur du bureau</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="strings.py" line="535"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location filename="strings.py" line="536"/>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <location filename="strings.py" line="537"/>
        <source>Partnership focal point</source>
        <translation>Point focal du partenariat</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>Policy and advocacy</source>
        <translation>Politiques et plaidoyer</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Programmatic visit</source>
        <translation>Visite programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Accord de coopération programmatique</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Programme Document</source>
        <translation>Document de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Programme implementation</source>
        <translation>Exécution des programmes</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Programme officer</source>
        <translation>Chargé de programme</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Quarterly progress report</source>
        <translation>Rapport trimestriel d&apos;avancement</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Red Cross / Red Crescent</source>
        <translation>Croix-Rouge / Croissant-Rouge</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Reimbursement</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rejetée (risque inacceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Representative</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Results change</source>
        <translation>Modification des résultats</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Signed agreement / document</source>
        <translation>Accord / document signé</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Signed original of the agreement</source>
        <translation>Original signé de l&apos;accord</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Significant</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>Document de programme humanitaire simplifié</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Simplified checklist</source>
        <translation>Liste de contrôle simplifiée</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Accord de financement à petite échelle</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>South Asia</source>
        <translation>Asie du Sud</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Spot check</source>
        <translation>Contrôle ponctuel</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Subnational</source>
        <translation>Infranational</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="strings.py" line="568"/>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Termination document</source>
        <translation>Document de résiliation</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>UNICEF National Committee</source>
        <translation>Comité national pour l&apos;UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>United Nations entity</source>
        <translation>Entité des Nations Unies</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
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
</context>
</TS>
