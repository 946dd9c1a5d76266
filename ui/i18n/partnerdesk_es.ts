<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <source>e.g. 36</source>
        <translation>p. ej., 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="33"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="139"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Planned lifespan (months) *</source>
        <translation>Duración prevista (meses) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="44"/>
        <source>Evaluation due *</source>
        <translation>Fecha de evaluación *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="45"/>
        <source>Exit conditions *</source>
        <translation>Condiciones de salida *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="57"/>
        <source>Lifespan ends</source>
        <translation>Fin de la duración prevista</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Save exit strategy</source>
        <translation>Guardar estrategia de salida</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="61"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Toda alianza necesita una estrategia de salida o de sostenibilidad: cuánto tiempo se prevé que dure, cuándo una evaluación decidirá si continúa y las condiciones para ponerle fin o traspasarla (documento de base, párr. 60).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="86"/>
        <source>not set yet</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewed on</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Partner feedback</source>
        <translation>Opinión de los socios</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="29"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligencia debida: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="71"/>
        <source>Why not applicable</source>
        <translation>Por qué no procede</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="81"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="86"/>
        <source>Save phase</source>
        <translation>Guardar fase</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="54"/>
        <source>Monitor</source>
        <translation>Supervisar</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="55"/>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="70"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="75"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Current relation</source>
        <translation>Relación actual</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="120"/>
        <source>Add stakeholder</source>
        <translation>Agregar parte interesada</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="123"/>
        <source>Remove selected</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>From the landscape...</source>
        <translation>Desde el panorama...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="128"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Añadir las organizaciones halladas en los archivos IATI y 3W de esta oficina</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="22"/>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="23"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="35"/>
        <source>Writing %1 ...</source>
        <translation>Escribiendo %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="38"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="62"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="98"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Guardar esta lista, tal como está filtrada y ordenada, en Excel o CSV</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <location filename="../interchange/actors.py" line="19"/>
        <source>Organisations in the landscape</source>
        <translation>Organizaciones del panorama</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="28"/>
        <source>partner: %1</source>
        <translation>socio: %1</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="32"/>
        <source>Organisations other publishers and clusters report in %1 (import IATI or 3W files in the Landscape area). Tick those to place on the map.</source>
        <translation>Organizaciones que otros publicadores y los clústeres informan en %1 (importe archivos IATI o 3W en el área Panorama). Marque las que desea colocar en el mapa.</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="35"/>
        <source>No organisations in this office&apos;s landscape yet: import an IATI file or a 3W table in the Landscape area first.</source>
        <translation>Todavía no hay organizaciones en el panorama de esta oficina: importe primero un archivo IATI o una tabla 3W en el área Panorama.</translation>
    </message>
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="strings.py" line="5"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="strings.py" line="6"/>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <location filename="strings.py" line="7"/>
        <source>Cancel it</source>
        <translation>Anular</translation>
    </message>
    <message>
        <location filename="strings.py" line="8"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="strings.py" line="9"/>
        <source>End</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="strings.py" line="10"/>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="11"/>
        <source>Send for signature</source>
        <translation>Enviar a firma</translation>
    </message>
    <message>
        <location filename="strings.py" line="12"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="strings.py" line="13"/>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <location filename="strings.py" line="14"/>
        <source>Terminate</source>
        <translation>Rescindir</translation>
    </message>
</context>
<context>
    <name>AgreementContent</name>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="53"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="59"/>
        <source>Open programme document</source>
        <translation>Abrir documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="62"/>
        <source>New programme document</source>
        <translation>Nuevo documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="74"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funcionarios autorizados del socio&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="76"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos de programa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="101"/>
        <source> · amendment %1 draft</source>
        <translation> · enmienda %1 en borrador</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="strings.py" line="15"/>
        <source>Cash moves under this MoU</source>
        <translation>Se transfieren fondos en virtud de este memorando</translation>
    </message>
    <message>
        <location filename="strings.py" line="16"/>
        <source>Country programme</source>
        <translation>Programa de país</translation>
    </message>
    <message>
        <location filename="strings.py" line="17"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="18"/>
        <source>MoU only: tick when UNICEF transfers cash under it; the printed MoU then carries the cash-transfer clauses.</source>
        <translation>Solo memorando: marque si el UNICEF transfiere fondos en virtud de él; el memorando impreso incluye entonces las cláusulas de transferencia de efectivo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="19"/>
        <source>PCA only: the country programme period it covers.</source>
        <translation>Solo PCA: el período del programa de país que abarca.</translation>
    </message>
    <message>
        <location filename="strings.py" line="20"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="21"/>
        <source>Special conditions</source>
        <translation>Condiciones especiales</translation>
    </message>
    <message>
        <location filename="strings.py" line="22"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="23"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="24"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../agreements/editor.py" line="135"/>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="139"/>
        <source> (emergency)</source>
        <translation> (emergencia)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="165"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>No hay ninguno registrado: agréguelos primero al socio.</translation>
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
        <translation>Buscar referencias, socios, títulos...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="39"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="41"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="43"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="67"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>Elija un acuerdo de la lista o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="92"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="95"/>
        <source>Agreements, as listed...</source>
        <translation>Acuerdos, tal como se listan...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="97"/>
        <source>Programme documents...</source>
        <translation>Documentos de programa...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="175"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>Agreements updated</source>
        <translation>Acuerdos actualizados</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Automatic status changes failed: %1</source>
        <translation>Fallaron los cambios de estado automáticos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1058"/>
        <source>%Ln agreement status changes applied for today&apos;s date.</source>
        <translation>
            <numerusform>Se aplicó %Ln cambio de estado de acuerdo por la fecha de hoy.</numerusform>
            <numerusform>Se aplicaron %Ln cambios de estado de acuerdos por la fecha de hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="96"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="133"/>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="134"/>
        <source>Nothing needs you now.</source>
        <translation>Nada requiere su atención ahora.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="176"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 en la lista, las más urgentes primero.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>se muestran las %1 más urgentes de %2.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="182"/>
        <source>Show all %1</source>
        <translation>Mostrar las %1</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="18"/>
        <source>New amendment</source>
        <translation>Nueva enmienda</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="23"/>
        <source>e.g. Extend to 31 March and add a water point</source>
        <translation>p. ej., prorrogar hasta el 31 de marzo y agregar un punto de agua</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="24"/>
        <source>The signed version stays in force until this amendment is signed.</source>
        <translation>La versión firmada sigue vigente hasta que se firme esta enmienda.</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="33"/>
        <source>What does the amendment change?</source>
        <translation>¿Qué cambia la enmienda?</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="35"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="44"/>
        <source>Tick at least one kind of change.</source>
        <translation>Marque al menos un tipo de cambio.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../assessment/page.py" line="30"/>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="45"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>La calificación (%1) no coincidía con lo que mostraban los datos (%2) cuando se envió la evaluación.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="49"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>Su calificación (%1) no coincide con lo que muestran los datos (%2). Explique el motivo en la evidencia o cambie la calificación.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="60"/>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="62"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="65"/>
        <source>All offices (headquarters summary)...</source>
        <translation>Todas las oficinas (resumen de la sede)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="90"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="93"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="124"/>
        <source>Start the self-assessment</source>
        <translation>Iniciar la autoevaluación</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="152"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>Calculando la evidencia a partir de los datos de la oficina...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="165"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>No se pudo cargar la autoevaluación: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="182"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="183"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>%1 aún no tiene autoevaluación para %2. Iníciela para calificar a la oficina según los criterios de referencia.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="205"/>
        <source>Summary and submit</source>
        <translation>Resumen y envío</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="206"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Submitted (locked)</source>
        <translation>Enviada (bloqueada)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="217"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>Confirmada por la sede (bloqueada)</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Save the self-assessment as PDF</source>
        <translation>Guardar la autoevaluación en PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>Autoevaluación enviada a la sede.</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Wrote %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="43"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>Obteniendo %1 de la sede...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="61"/>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo obtener %1: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="88"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>Lo que mostraban los datos de la propia oficina al enviarla</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>What the office&apos;s own data shows</source>
        <translation>Lo que muestran los datos de la propia oficina</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="95"/>
        <source>The data suggests: %1</source>
        <translation>Los datos sugieren: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="96"/>
        <source>no suggestion</source>
        <translation>sin sugerencia</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="100"/>
        <source>no self-assessment</source>
        <translation>sin autoevaluación</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="101"/>
        <source>Last year (%1): %2</source>
        <translation>Año anterior (%1): %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="116"/>
        <source>Your rating %1:</source>
        <translation>Su calificación %1:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="131"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>Evidencia (qué demuestra que se cumple el criterio, o por qué no):</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Attach a document...</source>
        <translation>Adjuntar un documento...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="159"/>
        <source>Action plan for this benchmark</source>
        <translation>Plan de acción para este criterio</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="175"/>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="178"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="183"/>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="186"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="274"/>
        <source>No documents attached.</source>
        <translation>No hay documentos adjuntos.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="275"/>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>UNICEF cash</source>
        <translation>Efectivo UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Partner contribution</source>
        <translation>Aporte del socio</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Supplies</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="88"/>
        <source>Output no.</source>
        <translation>N.º de producto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="90"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>El número del producto, en la pestaña Resultados, al que contribuye esta actividad.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="103"/>
        <source>Add budget line</source>
        <translation>Agregar línea presupuestaria</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="106"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="226"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>Efectivo UNICEF {0}  ·  Socio {1}  ·  Insumos {2}  ·  Total {3}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="228"/>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="232"/>
        <source>Backups made before keep the passphrase they were made with.</source>
        <translation>Las copias de seguridad hechas antes conservan la frase de contraseña con la que se hicieron.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="236"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="237"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="94"/>
        <source>Protect PartnerDesk&apos;s data</source>
        <translation>Proteger los datos de PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="97"/>
        <source>&lt;b&gt;Choose a passphrase&lt;/b&gt;&lt;p&gt;Partners&apos; bank details, officers&apos; e-mails and agreements on this computer are encrypted with it: a lost or stolen laptop gives nothing away. It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Elija una frase de contraseña&lt;/b&gt;&lt;p&gt;Los datos bancarios de los socios, los correos de los responsables y los acuerdos de este ordenador se cifran con ella: un portátil perdido o robado no revela nada. Se pide cada vez que se inicia PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="101"/>
        <source>&lt;b&gt;PartnerDesk now encrypts its data&lt;/b&gt;&lt;p&gt;Choose a passphrase: %1 is encrypted with it now (a copy is kept until that is done, then removed). It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PartnerDesk ahora cifra sus datos&lt;/b&gt;&lt;p&gt;Elija una frase de contraseña: %1 se cifra ahora con ella (se guarda una copia hasta terminar y luego se elimina). Se pide cada vez que se inicia PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="106"/>
        <source>Use at least %1 characters: a few unusual words are easy to remember and hard to guess. If it is forgotten, headquarters can help once this computer has synced.</source>
        <translation>Use al menos %1 caracteres: unas pocas palabras poco comunes son fáciles de recordar y difíciles de adivinar. Si la olvida, la sede puede ayudar una vez que este ordenador se haya sincronizado.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="111"/>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Implementing</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reported by</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>UNICEF cash</source>
        <translation>Efectivo de UNICEF</translation>
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
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="60"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="61"/>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="74"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1: %2 filas. Compruebe qué contiene cada columna; las columnas que queden en «(no importada)» solo se guardan en el registro de la importación.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="85"/>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Headquarters&apos; value</source>
        <translation>Valor de la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Changed at HQ by</source>
        <translation>Cambiado en la sede por</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>No conflicts: every change merged.</source>
        <translation>Sin conflictos: se integraron todos los cambios.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="41"/>
        <source>Keep my value</source>
        <translation>Conservar mi valor</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="43"/>
        <source>Keep headquarters&apos; value</source>
        <translation>Conservar el valor de la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="61"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (eliminado en la sede)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="63"/>
        <source>deleted here, edited at HQ</source>
        <translation>eliminado aquí, editado en la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="65"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (ya lo usa otro registro: renombrado)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="67"/>
        <source>could not be stored here</source>
        <translation>no se pudo guardar aquí</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="59"/>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="strings.py" line="60"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>PartnerDesk se cerró inesperadamente</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>PartnerDesk closed unexpectedly the last time it ran. Your saved work and drafts are safe.

A report of the crash was written to:
%1

Please send that file to support.</source>
        <translation>PartnerDesk se cerró inesperadamente la última vez que se usó. Su trabajo guardado y los borradores están a salvo.

Se escribió un informe del fallo en:
%1

Envíe ese archivo al equipo de asistencia.</translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk: error inesperado</translation>
    </message>
    <message>
        <location filename="strings.py" line="64"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>Algo salió mal: %1

Su trabajo guardado y los borradores están a salvo. Los detalles se escribieron en %2; envíe ese archivo al equipo de asistencia.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="49"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>Buscar una alianza (referencia, título, socio)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="69"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>Elija una alianza para trabajar en su ciclo de alianza.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="80"/>
        <source>%v of %m phases complete</source>
        <translation>%v de %m fases completadas</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="94"/>
        <source>Phase form</source>
        <translation>Formulario de la fase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="95"/>
        <source>Exit strategy</source>
        <translation>Estrategia de salida</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="147"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>Estado: %1 · Punto focal: %2 · Socios: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="149"/>
        <source>none designated</source>
        <translation>sin designar</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="154"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Todas las fases están completas. Siga revisando la alianza cada año.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="157"/>
        <source>Next: phase %1 (%2). </source>
        <translation>Siguiente: fase %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="220"/>
        <source>Phase %1 saved.</source>
        <translation>Fase %1 guardada.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Agreements ending soon</source>
        <translation>Acuerdos que vencen pronto</translation>
    </message>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements past their end</source>
        <translation>Acuerdos vencidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Changes not synced</source>
        <translation>Cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes refused by headquarters</source>
        <translation>Cambios rechazados por la sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Due diligence missing</source>
        <translation>Falta la diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Emergency items due soon</source>
        <translation>Elementos de emergencia que vencen pronto</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items overdue</source>
        <translation>Elementos de emergencia vencidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>Duración vencida, sin evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>No focal point</source>
        <translation>Sin punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>Phases stalled</source>
        <translation>Fases estancadas</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Programme documents not started</source>
        <translation>Documentos de programa sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Reviews due soon</source>
        <translation>Revisiones próximas</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews overdue</source>
        <translation>Revisiones atrasadas</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Risk assessments expired</source>
        <translation>Evaluaciones de riesgo vencidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expiring</source>
        <translation>Evaluaciones de riesgo por vencer</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Self-assessment actions due</source>
        <translation>Acciones de autoevaluación pendientes</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment not submitted</source>
        <translation>Autoevaluación no presentada</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="71"/>
        <source>What needs you</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>Oficina cuyas alertas y alianzas se muestran</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="76"/>
        <source>Only mine</source>
        <translation>Solo las mías</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>Solo las alianzas de las que usted es coordinador</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="141"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="79"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="180"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>Alianzas con %1 como coordinador</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Next review</source>
        <translation>Próx. revisión</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="100"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>Open partnerships by stage</source>
        <translation>Alianzas abiertas por etapa</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="117"/>
        <source>By contribution to results</source>
        <translation>Por contribución a los resultados</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="167"/>
        <source>Could not load the dashboard: %1</source>
        <translation>No se pudo cargar el panel: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>My partnerships (%1)</source>
        <translation>Mis alianzas (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="179"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="185"/>
        <source>all phases complete</source>
        <translation>todas las fases completadas</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="154"/>
        <location filename="../cycle/dashboard.py" line="198"/>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="33"/>
        <source>Close a deferred item</source>
        <translation>Cerrar un elemento aplazado</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="48"/>
        <source>Document (scan)</source>
        <translation>Documento (escaneado)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="53"/>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="65"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="66"/>
        <source>Risk rating</source>
        <translation>Calificación del riesgo</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="70"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="93"/>
        <source>The signed document</source>
        <translation>El documento firmado</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>Signed version</source>
        <translation>Versión firmada</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="52"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="84"/>
        <source>%Ln changes against the signed version.</source>
        <translation>
            <numerusform>%Ln cambio respecto de la versión firmada.</numerusform>
            <numerusform>%Ln cambios respecto de la versión firmada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../agreements/drafts.py" line="51"/>
        <source>Restored changes you had not saved (%1). Save them to keep them.</source>
        <translation>Se restauraron cambios que no había guardado (%1). Guárdelos para conservarlos.</translation>
    </message>
</context>
<context>
    <name>EmergencyArea</name>
    <message>
        <location filename="../agreements/emergency_area.py" line="25"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vía rápida de emergencia&lt;/h3&gt;&lt;p&gt;Inicie un documento de programa humanitario simplificado a partir de una plantilla precertificada en cuatro pantallas: en el marco del PCA firmado del socio o como un nuevo SSFA. Las firmas son electrónicas; la evaluación completa y la documentación se aplazan con fechas límite y vuelven como alertas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="41"/>
        <source>Open the programme document</source>
        <translation>Abrir el documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open in %1</source>
        <translation>Elementos diferidos aún abiertos en %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="90"/>
        <source>Deferred items still open</source>
        <translation>Elementos diferidos aún abiertos</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="111"/>
        <source>Choose an item in the list first.</source>
        <translation>Elija primero un elemento de la lista.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="119"/>
        <source>Done: the evidence is recorded.</source>
        <translation>Hecho: las pruebas quedan registradas.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="36"/>
        <source>Close with evidence...</source>
        <translation>Cerrar con las pruebas...</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="97"/>
        <source>%1 (overdue): %2</source>
        <translation>%1 (vencido): %2</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="97"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="177"/>
        <source>Emergency fast track</source>
        <translation>Vía rápida de emergencia</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Guardar esta lista, tal como está filtrada y ordenada, en Excel o CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Writing %1 ...</source>
        <translation>Escribiendo %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1063"/>
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileButtons</name>
    <message>
        <location filename="../sync_state/files.py" line="41"/>
        <source>Export to file…</source>
        <translation>Exportar a un archivo…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="43"/>
        <source>No network: write the changes HQ has not received to a file to carry to HQ</source>
        <translation>Sin red: escribir en un archivo, para llevarlo a la sede, los cambios que la sede aún no ha recibido</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="46"/>
        <source>Import answer…</source>
        <translation>Importar la respuesta…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="48"/>
        <source>Apply the answer file HQ made from your file</source>
        <translation>Aplicar el archivo de respuesta que la sede preparó a partir de su archivo</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="57"/>
        <source>PartnerDesk sync files (*.%1);;All files (*)</source>
        <translation>Archivos de sincronización de PartnerDesk (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="62"/>
        <source>Export changes for HQ</source>
        <translation>Exportar los cambios para la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="74"/>
        <location filename="../sync_state/files.py" line="84"/>
        <source>HQ&apos;s file key</source>
        <translation>Clave de archivos de la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="75"/>
        <source>This computer does not have HQ&apos;s file key yet (it comes with any sync over a network). Type the key HQ gives you: 43 characters, printed at HQ by &apos;hq file-key&apos;.</source>
        <translation>Este equipo aún no tiene la clave de archivos de la sede (llega con cualquier sincronización por la red). Escriba la clave que le da la sede: 43 caracteres, que la sede obtiene con «hq file-key».</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="79"/>
        <source>No file written: HQ&apos;s file key is needed first.</source>
        <translation>No se escribió ningún archivo: primero hace falta la clave de archivos de la sede.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="85"/>
        <source>Key stored. Its fingerprint is %1: check with HQ that theirs is the same.</source>
        <translation>Clave guardada. Su huella es %1: compruebe con la sede que la suya es la misma.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="92"/>
        <source>Import HQ&apos;s answer</source>
        <translation>Importar la respuesta de la sede</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/files.py" line="105"/>
        <source>%Ln changes written to the file. Take it to HQ, then import the answer HQ gives you.</source>
        <translation>
            <numerusform>%Ln cambio escrito en el archivo. Llévelo a la sede y luego importe la respuesta que le dé la sede.</numerusform>
            <numerusform>%Ln cambios escritos en el archivo. Llévelo a la sede y luego importe la respuesta que le dé la sede.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="107"/>
        <source>HQ&apos;s answer applied: %1 acknowledged, %2 received, %3 in conflict.</source>
        <translation>Respuesta de la sede aplicada: confirmados %1, recibidos %2, en conflicto %3.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="111"/>
        <source>This answer was already applied: nothing changed.</source>
        <translation>Esta respuesta ya se había aplicado: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="113"/>
        <source>HQ has more for this office: export again and bring the new file.</source>
        <translation>La sede tiene más cambios para esta oficina: exporte de nuevo y lleve el nuevo archivo.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="27"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Le damos la bienvenida a PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Kenya Country Office</source>
        <translation>Oficina de País de Kenya</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Country (ISO3)</source>
        <translation>País (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="146"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="69"/>
        <location filename="../first_run.py" line="148"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="30"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a PartnerDesk&lt;/h2&gt;&lt;p&gt;Todo se guarda en este equipo y funciona sin conexión; los cambios se envían a la sede al sincronizar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <location filename="../first_run.py" line="71"/>
        <source>Join my office</source>
        <translation>Unirme a mi oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="36"/>
        <source>Set up a new office</source>
        <translation>Configurar una oficina nueva</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="40"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>Registros ficticios en un archivo propio, aparte de los datos de su oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="59"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>Su oficina ya trabaja con PartnerDesk: pida a la sede un código de inscripción para este equipo. Los socios, alianzas y acuerdos de su oficina llegan entonces desde la sede, y puede empezar en cuanto lleguen los primeros. Un equipo que sustituye a uno perdido se une de la misma manera.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="65"/>
        <source>Headquarters address</source>
        <translation>Dirección de la sede</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="67"/>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="130"/>
        <source>Could not join: %1</source>
        <translation>No se pudo unir a la oficina: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="139"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>Solo para una oficina que aún no usa PartnerDesk.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="151"/>
        <source>Set up my office</source>
        <translation>Configurar mi oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="38"/>
        <source>Explore with demo data</source>
        <translation>Explorar con datos de demostración</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="101"/>
        <source>Contacting headquarters...</source>
        <translation>Contactando con la sede...</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="24"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>Valores de la sede que este equipo no pudo guardar. Se conservan y se guardarán solos cuando se corrijan en la sede; todo lo demás se guardó.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="37"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>a la espera de que su cambio llegue a la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="39"/>
        <source>the whole record</source>
        <translation>el registro completo</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Bytes (sent/received)</source>
        <translation>Bytes (enviados/recibidos)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="31"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>Autoevaluación: resumen de la sede</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="43"/>
        <source>Print PDF...</source>
        <translation>Imprimir PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="69"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="58"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All benchmarks met</source>
        <translation>Todos los criterios cumplidos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Benchmark</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="56"/>
        <source>Benchmarks</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="64"/>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="95"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Rated</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Data shows</source>
        <translation>Los datos muestran</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Office data</source>
        <translation>Datos de la oficina</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <source>Disagreements (%1)</source>
        <translation>Diferencias (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Reported</source>
        <translation>Informaron</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (rating)</source>
        <translation>Todos cumplidos (calificación)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (data)</source>
        <translation>Todos cumplidos (datos)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="130"/>
        <source>Disagreements</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="136"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;Autoevaluaciones presentadas para %3: %1 de %2 oficinas.&lt;/b&gt; Oficinas que cumplieron los %5 criterios según su propia calificación: %4; según sus propios datos: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>Calificaciones que difieren de los datos de la oficina: %1, en %2 de las oficinas que presentaron.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="151"/>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="152"/>
        <source>Acknowledged</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Met by rating</source>
        <translation>Cumplido según la calificación</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Met by data</source>
        <translation>Cumplido según los datos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Disagree</source>
        <translation>Difieren</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="173"/>
        <source>No earlier year to compare with.</source>
        <translation>No hay un año anterior con el que comparar.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="177"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>Cada año se compara con el anterior sobre las mismas oficinas: las que presentaron en ambos (%1 de %2 a %3). Oficinas que presentaron: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Offices in both</source>
        <translation>Oficinas en ambos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="214"/>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen en PDF</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="67"/>
        <source>Time to sign</source>
        <translation>Plazos de firma</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Academic, Training and Research</source>
        <translation>Académico, formación e investigación</translation>
    </message>
    <message>
        <location filename="strings.py" line="94"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Finalisation</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Implementation</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Local Government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>Other Public Sector</source>
        <translation>Otro sector público</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Partner Country based NGO</source>
        <translation>ONG del país socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Pipeline/identification</source>
        <translation>En preparación / identificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Private Sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>Sector privado del país receptor</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector in Provider Country</source>
        <translation>Sector privado del país donante</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Third Country</source>
        <translation>Sector privado de un tercer país</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Public Private Partnership</source>
        <translation>Asociación público-privada</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Regional NGO</source>
        <translation>ONG regional</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Matches existing</source>
        <translation>Coincide con uno existente</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Conflicts</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="44"/>
        <source>Looks like existing</source>
        <translation>Se parece a uno existente</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="45"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Agreement reference</source>
        <translation>Referencia del acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Assessment date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessments (type and date)</source>
        <translation>Evaluaciones (tipo y fecha)</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>CSO type</source>
        <translation>Tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Core values date</source>
        <translation>Fecha de valores fundamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Country programme</source>
        <translation>Programa de país</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>FR amount</source>
        <translation>Importe de las FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>FR numbers</source>
        <translation>Números de FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>Humanitarian</source>
        <translation>Humanitario</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>PD reference</source>
        <translation>Referencia del DP</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>PSEA assessment date</source>
        <translation>Fecha de la evaluación PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>Partner contribution</source>
        <translation>Contribución del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>Partner name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner signed on</source>
        <translation>Firmado por el socio el</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Risk rating</source>
        <translation>Calificación de riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>SEA risk rating</source>
        <translation>Calificación de riesgo de EAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>Short name / acronym</source>
        <translation>Nombre corto / sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Total budget</source>
        <translation>Presupuesto total</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>UNICEF cash</source>
        <translation>Efectivo de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF signed on</source>
        <translation>Firmado por UNICEF el</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF supplies</source>
        <translation>Suministros de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>Vendor number</source>
        <translation>Número de proveedor</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="32"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>Socios (CSV o Excel, p. ej. una exportación de eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>Acuerdos y documentos de programa (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>IATI activity file (XML)</source>
        <translation>Archivo de actividades IATI (XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="45"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>Tabla 3W HXL: quién hace qué y dónde (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="50"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="59"/>
        <source>(the sheet says)</source>
        <translation>(según la hoja)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>What the file holds</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="70"/>
        <source>Partner type when the sheet has none</source>
        <translation>Tipo de socio si la hoja no lo indica</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <source>Save mapping...</source>
        <translation>Guardar la correspondencia...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>Load mapping...</source>
        <translation>Cargar una correspondencia...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <location filename="../interchange/import_wizard.py" line="130"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="95"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="96"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="129"/>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Vista previa &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="162"/>
        <location filename="../interchange/import_wizard.py" line="174"/>
        <location filename="../interchange/import_wizard.py" line="195"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="166"/>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="167"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.xlsx *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="175"/>
        <source>Choose a file that exists.</source>
        <translation>Elija un archivo que exista.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="196"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Elija la columna que contiene: %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="217"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>%1 filas leídas: %2 nuevas, %3 coinciden con registros existentes, %4 en conflicto (se conservan como están), %5 se parecen a socios existentes (elija), %6 no válidas (omitidas).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="231"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>%1 actividades leídas: %2 por añadir, %3 ya presentes, %4 omitidas.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="258"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>Importado: %1 creados, %2 coincidentes, %3 omitidos. El lote %4 se puede deshacer por completo.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="272"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>Se deshizo la importación: %1 registros eliminados.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="286"/>
        <source>Save the column mapping</source>
        <translation>Guardar la correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="292"/>
        <source>Load a column mapping</source>
        <translation>Cargar una correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="298"/>
        <source>Cannot use this mapping</source>
        <translation>No se puede usar esta correspondencia</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="158"/>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Is a partner</source>
        <translation>Ya es socia</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Made a partner</source>
        <translation>Convertida en socia</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="48"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>Buscar títulos, organizaciones, sectores, lugares...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="55"/>
        <source>&amp;Import data...</source>
        <translation>&amp;Importar datos...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="70"/>
        <source>Make a &amp;partner</source>
        <translation>Convertir en &amp;socio</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="73"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;Igual que un socio...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="76"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="91"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="129"/>
        <source>Any sector</source>
        <translation>Cualquier sector</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any area</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="132"/>
        <source>Any organisation type</source>
        <translation>Cualquier tipo de organización</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Landscape</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="186"/>
        <source>Choose an organisation in the list first.</source>
        <translation>Elija primero una organización de la lista.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="191"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="206"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>Ningún socio tiene un nombre parecido al de esta organización.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>Same as a partner</source>
        <translation>Igual que un socio</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="209"/>
        <source>This organisation is:</source>
        <translation>Esta organización es:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="123"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>%1 contiene registros que no son de demostración; se deja como está. Muévalo a otro lugar para explorar la demostración.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="48"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>Buscar nombres, siglas, objetivos, lugares...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="196"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="43"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="46"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="340"/>
        <source>Counting...</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="341"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock.py" line="35"/>
        <source>&lt;h2&gt;PartnerDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;PartnerDesk está bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../lock.py" line="36"/>
        <source>It was not used for a while. Type the passphrase to go on; nothing you were typing is lost.</source>
        <translation>No se ha usado durante un rato. Escriba la frase de contraseña para continuar; no se pierde nada de lo que estaba escribiendo.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="41"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
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
        <translation>Cambiar de usuario…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Made-up partners and partnerships to explore PartnerDesk, in a file of their own: nothing here is your office&apos;s, and nothing is sent to headquarters.</source>
        <translation>&lt;b&gt;Datos de demostración.&lt;/b&gt; Socios y alianzas ficticios para explorar PartnerDesk, en un archivo propio: nada de esto es de su oficina y nada se envía a la sede.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Leave the demo</source>
        <translation>Salir de la demostración</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Syncing %p%</source>
        <translation>Sincronizando %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>Nada aquí puede abrir un registro de tipo %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Office: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Offline: not connected to headquarters</source>
        <translation>Sin conexión: no conectado a la sede</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <location filename="../main_window.py" line="228"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>Sin conexión: falló la última sincronización (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="218"/>
        <source>%Ln unsent changes</source>
        <translation>
            <numerusform>%Ln cambio sin enviar</numerusform>
            <numerusform>%Ln cambios sin enviar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="22"/>
        <source>Comparative advantage</source>
        <translation>Ventaja comparativa</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="30"/>
        <source>Add partner</source>
        <translation>Agregar socio</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="33"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../passphrase.py" line="59"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="60"/>
        <source>Type it again</source>
        <translation>Escríbala de nuevo</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="71"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="strings.py" line="162"/>
        <source>Account name</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="strings.py" line="164"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Also counts as</source>
        <translation>También cuenta como</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>CSO type</source>
        <translation>Tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Core values assessed on</source>
        <translation>Valores evaluados el</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>Country (ISO3)</source>
        <translation>País (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Due diligence date</source>
        <translation>Fecha de diligencia</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="176"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="strings.py" line="178"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>PSEA assessed on</source>
        <translation>PEAS evaluada el</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Required for civil society organisations.</source>
        <translation>Obligatorio para organizaciones de la sociedad civil.</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Risk rating</source>
        <translation>Calificación de riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Short name / acronym</source>
        <translation>Nombre corto / sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
        <source>Vendor number</source>
        <translation>Número de proveedor</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <source>Add officer</source>
        <translation>Agregar funcionario</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="59"/>
        <source>Authorised officers (they sign agreements)</source>
        <translation>Funcionarios autorizados (firman los acuerdos)</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="112"/>
        <source>Partners with a similar name already exist: %1. If this is one of them, open it instead; press Save again to add a new partner anyway.</source>
        <translation>Ya existen socios con un nombre parecido: %1. Si es uno de ellos, ábralo; pulse Guardar de nuevo para añadir un socio nuevo de todos modos.</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="125"/>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="45"/>
        <source>1. Partner</source>
        <translation>1. Socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="46"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>Elija un socio que ya conozca o agregue uno en una línea.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="47"/>
        <source>A partner we know</source>
        <translation>Un socio conocido</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="49"/>
        <source>A new partner: high risk assumed</source>
        <translation>Un socio nuevo: riesgo alto presunto</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="66"/>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="71"/>
        <source>Legal name of the organisation</source>
        <translation>Nombre legal de la organización</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>Se registra como organización nacional de la sociedad civil con calificación de riesgo Alto (riesgo alto presunto). Su evaluación completa y la diligencia debida se aplazan y vuelven como alertas con sus fechas límite.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="80"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="81"/>
        <source>Under</source>
        <translation>En el marco de</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="83"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="115"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>PCA %1 (PD humanitario en su marco)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="117"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>Un nuevo SSFA (hasta %1 USD)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="187"/>
        <source>&amp;New partner</source>
        <translation>&amp;Nuevo socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="189"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <location filename="../directory/partnership_editor.py" line="45"/>
        <source>Partners in this partnership</source>
        <translation>Socios de esta alianza</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="58"/>
        <source>Partnering &amp;cycle...</source>
        <translation>&amp;Ciclo de la alianza...</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="60"/>
        <source>Work through the twelve phases of this partnership</source>
        <translation>Recorrer las doce fases de esta alianza</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="71"/>
        <source>A reference is given when you save.</source>
        <translation>La referencia se asigna al guardar.</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="93"/>
        <source>New partnership</source>
        <translation>Nueva alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="191"/>
        <source>Contribution to results</source>
        <translation>Contribución a resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
        <source>Engagement</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <location filename="strings.py" line="193"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Formality</source>
        <translation>Formalidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Geographic reach</source>
        <translation>Alcance geográfico</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>Las alianzas se guían por los resultados, no por los actores.</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Results for children</source>
        <translation>Resultados para la infancia</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="204"/>
        <source>&amp;New partnership</source>
        <translation>&amp;Nueva alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="206"/>
        <source>Any contribution</source>
        <translation>Toda contribución</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="67"/>
        <source>Visits, reporting, risks</source>
        <translation>Visitas, informes, riesgos</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="68"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="119"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>Total UNICEF (efectivo, insumos, gestión) %1 · Parte del socio %2%</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Cash transfer</source>
        <translation>Transferencia de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>Management costs</source>
        <translation>Costos de gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>Costos de apoyo al programa del socio, en la moneda del PD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>p. ej., Turkana, Garissa</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>Una fecha (AAAA-MM-DD) o un trimestre, p. ej., 2026 T3</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Kind of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="136"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Where the visit goes</source>
        <translation>Dónde se realiza la visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>Fecha límite (AAAA-MM-DD) o frecuencia, p. ej., cada trimestre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>What could go wrong</source>
        <translation>Qué podría salir mal</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>What the partner will do</source>
        <translation>Qué hará el socio</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Planned visits</source>
        <translation>Visitas previstas</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Reporting requirements</source>
        <translation>Requisitos de presentación de informes</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="150"/>
        <source>Risks and mitigation</source>
        <translation>Riesgos y mitigación</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="50"/>
        <source>One country programme output per line</source>
        <translation>Un producto del programa del país por línea</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Implementation strategy</source>
        <translation>Estrategia de ejecución</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="58"/>
        <source>Country programme outputs</source>
        <translation>Productos del programa del país</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="60"/>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="68"/>
        <source>Why this rating</source>
        <translation>Motivo de la calificación</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>Nombre &lt;correo&gt;; Nombre &lt;correo&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="81"/>
        <source>UNICEF focal points</source>
        <translation>Coordinadores del UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="82"/>
        <source>Partner focal points</source>
        <translation>Coordinadores del asociado</translation>
    </message>
</context>
<context>
    <name>PdPanel</name>
    <message>
        <location filename="../agreements/pd_editor.py" line="27"/>
        <source>Back to the agreement</source>
        <translation>Volver al acuerdo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_editor.py" line="63"/>
        <source>New programme document</source>
        <translation>Nuevo documento de programa</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message numerus="yes">
        <location filename="../cycle/form.py" line="250"/>
        <source>%Ln problems to fix before saving.</source>
        <translation>
            <numerusform>%Ln problema que corregir antes de guardar.</numerusform>
            <numerusform>%Ln problemas que corregir antes de guardar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Fate</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="108"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Create a new partner</source>
        <translation>Crear un socio nuevo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Same as %1 (%2%)</source>
        <translation>Igual que %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="134"/>
        <source>Skip this row</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="139"/>
        <source>Matches %1; nothing changes.</source>
        <translation>Coincide con %1; no cambia nada.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="58"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;Imprimir PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="64"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="90"/>
        <source>Printing %1...</source>
        <translation>Imprimiendo %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="97"/>
        <source>Printed to %1</source>
        <translation>Impreso en %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="104"/>
        <source>Could not print: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="51"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="110"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>Se restauraron cambios que no había guardado (%1). Guárdelos o use Revertir para descartarlos.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="152"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="174"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="175"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>Ha modificado este registro sin guardarlo. ¿Desea guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="68"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>Haga clic en el nombre de un documento para abrirlo.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="72"/>
        <source>Attach signed document...</source>
        <translation>Adjuntar documento firmado...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="75"/>
        <source>Attach termination document...</source>
        <translation>Adjuntar documento de rescisión...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="82"/>
        <source>UNICEF signatories...</source>
        <translation>Firmantes del UNICEF...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="85"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>Los funcionarios de la oficina autorizados a firmar por el UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="95"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Open amendment</source>
        <translation>Abrir la enmienda</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open the signed record it amends</source>
        <translation>Abrir el documento firmado que modifica</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="112"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="113"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="114"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="115"/>
        <location filename="../agreements/record.py" line="275"/>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="124"/>
        <source>Amend...</source>
        <translation>Enmendar...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="203"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>Guarde primero; luego firme y adjunte los documentos.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="230"/>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="231"/>
        <source>Nothing attached yet.</source>
        <translation>Aún no hay nada adjunto.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="238"/>
        <source>Amendment %1 against the signed version</source>
        <translation>Enmienda %1 respecto de la versión firmada</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="274"/>
        <source>Amendments (%1 draft)</source>
        <translation>Enmiendas (%1 en borrador)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="307"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="317"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="318"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>Indique el motivo en una frase (quedará registrado):</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="331"/>
        <source>%1 is now %2.</source>
        <translation>Nuevo estado de %1: %2.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="338"/>
        <source>Choose the scanned document</source>
        <translation>Elija el documento escaneado</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="358"/>
        <source>Attached.</source>
        <translation>Adjuntado.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="374"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>Borrador de la enmienda %1 creado: modifique lo que enmienda, guarde y luego fírmela.</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>Un funcionario autorizado por la oficina a firmar por el UNICEF (botón Firmantes del UNICEF, más abajo).</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>Partner signed on</source>
        <translation>Firmado por el socio el</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Title </source>
        <translation>Cargo </translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>UNICEF signed on</source>
        <translation>Firmado por UNICEF el</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="117"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="147"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>new record</source>
        <translation>registro nuevo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>deletion</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>file upload</source>
        <translation>envío de archivo</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="236"/>
        <source>3. Results</source>
        <translation>3. Resultados</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="237"/>
        <source>From the template, with targets scaled to the amount. Change a target if you know better; nothing here is required.</source>
        <translation>Tomados de la plantilla, con metas ajustadas al monto. Cambie una meta si tiene mejor información; aquí nada es obligatorio.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Output</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="52"/>
        <source>Means of verification</source>
        <translation>Medios de verificación</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="63"/>
        <source>Add indicator</source>
        <translation>Agregar indicador</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="66"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>Revoked</name>
    <message>
        <location filename="../sync_state/revoked.py" line="23"/>
        <source>Removed by HQ</source>
        <translation>Eliminado por la sede</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../widgets/rows_table.py" line="25"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <location filename="../lock.py" line="147"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../lock.py" line="150"/>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../lock.py" line="151"/>
        <source>Change the passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="153"/>
        <source>Lock after…</source>
        <translation>Bloquear tras…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="162"/>
        <source>Lock after</source>
        <translation>Bloquear tras</translation>
    </message>
    <message>
        <location filename="../lock.py" line="163"/>
        <source>Minutes without use before PartnerDesk locks:</source>
        <translation>Minutos sin uso antes de que PartnerDesk se bloquee:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="24"/>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="25"/>
        <source>Sign in to PartnerDesk</source>
        <translation>Iniciar sesión en PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="28"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>Varias personas usan PartnerDesk en este ordenador. Elija su nombre y escriba su PIN: lo que cambie quedará firmado con su nombre.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="51"/>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="54"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="34"/>
        <source>4. Sign electronically and print</source>
        <translation>4. Firmar electrónicamente e imprimir</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="35"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>Cada firma se registra con el firmante, la hora, este dispositivo y la huella SHA-256 del texto firmado, y se imprime en el bloque de firmas.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="49"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>Ningún funcionario de esta oficina está autorizado a firmar por el UNICEF. Añada los funcionarios autorizados de la oficina: un acuerdo, pestaña Firmas, Firmantes del UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="58"/>
        <source>Sign and print</source>
        <translation>Firmar e imprimir</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="68"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="71"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="72"/>
        <source>Title </source>
        <translation>Cargo </translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (UNICEF) confirma que firma este documento electrónicamente</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="120"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (asociado) confirma que firma este documento electrónicamente</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="126"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>Elija a ambos firmantes; cada uno confirma la firma electrónica.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="157"/>
        <source>Deferred:</source>
        <translation>Aplazado:</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="152"/>
        <source>%1, due %2</source>
        <translation>%1, vence el %2</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="25"/>
        <source>UNICEF signatories of office %1</source>
        <translation>Firmantes del UNICEF de la oficina %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="42"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="31"/>
        <source>Withdraw the authority to sign</source>
        <translation>Retirar la facultad de firma</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>AAAA-MM-DD (vacío: sin fin)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="44"/>
        <source>Authorise this officer</source>
        <translation>Autorizar a este funcionario</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="54"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>Solo estos funcionarios pueden firmar acuerdos por el UNICEF en esta oficina.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="94"/>
        <source>Choose an officer in the list first.</source>
        <translation>Elija primero un funcionario de la lista.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Print PDF...</source>
        <translation>Imprimir PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="56"/>
        <source>Submit to headquarters</source>
        <translation>Enviar a la sede</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>Resumen de la autoevaluación %1 de %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="79"/>
        <source>Benchmark</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="80"/>
        <source>Office data</source>
        <translation>Datos de la oficina</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="95"/>
        <source>The rating differs from what the data shows.</source>
        <translation>La calificación no coincide con lo que muestran los datos.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="98"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>Cumplido: %1   Cumplido en parte: %2   No cumplido: %3   Sin calificar: %4   Calificación y datos discrepan: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="110"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>Enviada el %1 por %2: bloqueada.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="113"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>Borrador: al enviarla se bloquean las calificaciones y las cifras.</translation>
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
        <translation>solo la primera vez, p. ej., K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="43"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="57"/>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="59"/>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>Enrollment code:</source>
        <translation>Código de inscripción:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="64"/>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="65"/>
        <source>Unsent changes:</source>
        <translation>Cambios sin enviar:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="68"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="79"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="80"/>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="81"/>
        <source>Set aside</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="82"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="123"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Last sync failed: %1</source>
        <translation>Falló la última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="134"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>Sin inscribir: introduzca la dirección y el código de la sede.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="136"/>
        <source>all offices</source>
        <translation>todas las oficinas</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="137"/>
        <source>Enrolled for %1.</source>
        <translation>Inscrito para %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="139"/>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="142"/>
        <source>Refused (%1)</source>
        <translation>Rechazados (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="145"/>
        <source>Set aside (%1)</source>
        <translation>Apartados (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="154"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>Introduzca primero la dirección del servidor de la sede.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="166"/>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="193"/>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="207"/>
        <location filename="../sync_state/view.py" line="214"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="215"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 Próximo intento en %2 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="124"/>
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln cambio en espera</numerusform>
            <numerusform>%Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="126"/>
        <source>(%Ln refused, see Refused)</source>
        <translation>
            <numerusform>(%Ln rechazado, ver Rechazados)</numerusform>
            <numerusform>(%Ln rechazados, ver Rechazados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="188"/>
        <source>Synced: %1, %2, %3.</source>
        <translation>Sincronizado: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="189"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln enviado</numerusform>
            <numerusform>%Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="190"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln recibido</numerusform>
            <numerusform>%Ln recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="191"/>
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="67"/>
        <source>Without a network:</source>
        <translation>Sin red:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="164"/>
        <source>Writing the file for HQ...</source>
        <translation>Escribiendo el archivo para la sede...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="165"/>
        <source>Applying HQ&apos;s answer...</source>
        <translation>Aplicando la respuesta de la sede...</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="149"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. Plantilla, monto, fechas y lugares</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="150"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>La plantilla precertificada define los resultados, el desglose del presupuesto, los informes y los riesgos.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="154"/>
        <source>Choose a pre-certified template</source>
        <translation>Elija una plantilla precertificada</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="160"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>Monto de UNICEF en USD, p. ej., 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="165"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>AAAA-MM-DD (de la plantilla)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Places, separated by commas</source>
        <translation>Lugares, separados por comas</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="175"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="176"/>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="177"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="178"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="179"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="208"/>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>Enter the UNICEF amount.</source>
        <translation>Introduzca el monto de UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="212"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, p. ej., 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="214"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="216"/>
        <source>Name at least one place.</source>
        <translation>Indique al menos un lugar.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="220"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>Un SSFA financia como máximo %1 USD; reduzca el monto o use el PCA del socio.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="64"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="73"/>
        <source>Save the record first; its status changes are listed here.</source>
        <translation>Guarde primero el registro; sus cambios de estado aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="82"/>
        <source>Created as %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="85"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="89"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline.py" line="99"/>
        <source>%Ln status changes, oldest first.</source>
        <translation>
            <numerusform>%Ln cambio de estado, del más antiguo al más reciente.</numerusform>
            <numerusform>%Ln cambios de estado, del más antiguo al más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="102"/>
        <source>No status change recorded yet. Changes are kept from the moment this version of PartnerDesk was installed; earlier ones were not recorded.</source>
        <translation>Todavía no hay cambios de estado registrados. Se conservan desde que se instaló esta versión de PartnerDesk; los anteriores no se registraron.</translation>
    </message>
</context>
<context>
    <name>TimingTable</name>
    <message>
        <location filename="../widgets/timing.py" line="35"/>
        <source>%1 days (%2)</source>
        <translation>%1 días (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>PD: submission
to review</source>
        <translation>DP: de la presentación
a la revisión</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: review
to signature</source>
        <translation>DP: de la revisión
a la firma</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: submission
to signature</source>
        <translation>DP: de la presentación
a la firma</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="43"/>
        <source>Agreement: draft
to signature</source>
        <translation>Acuerdo: del borrador
a la firma</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="48"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="60"/>
        <source>Median %1 days over %2; shortest %3, longest %4.</source>
        <translation>Mediana de %1 días sobre %2; el más corto %3, el más largo %4.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="71"/>
        <source>Median days, with the number of records in brackets, from the status history: a programme document is submitted when it goes to review, reviewed when it goes to signature. Records whose history began before PartnerDesk kept it are not counted.</source>
        <translation>Mediana en días, con el número de expedientes entre paréntesis, según el historial de estados: un documento de programa se presenta cuando pasa a revisión y queda revisado cuando pasa a firma. No se cuentan los expedientes cuyo historial es anterior a que PartnerDesk lo registrara.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="74"/>
        <source>No agreement or programme document has reached review or signature since the status history began.</source>
        <translation>Ningún acuerdo ni documento de programa ha llegado a revisión o a firma desde que comenzó el historial de estados.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../passphrase.py" line="36"/>
        <source>Wrong passphrase; nothing was changed. Type it again (capital letters count).</source>
        <translation>Frase de contraseña incorrecta; no se modificó nada. Escríbala de nuevo (las mayúsculas cuentan).</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="140"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="145"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="153"/>
        <source>&lt;b&gt;%1 is encrypted.&lt;/b&gt;&lt;p&gt;Type the passphrase to open it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1 está cifrado.&lt;/b&gt;&lt;p&gt;Escriba la frase de contraseña para abrirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="158"/>
        <source>Forgot the passphrase?</source>
        <translation>¿Olvidó la frase de contraseña?</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="173"/>
        <source>Ask headquarters for the recovery key of this computer (they check who you are first), type it here and choose a new passphrase. The recovery key then changes.</source>
        <translation>Pida a la sede la clave de recuperación de este ordenador (primero comprueban quién es usted), escríbala aquí y elija una nueva frase de contraseña. Después la clave de recuperación cambia.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="183"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="194"/>
        <source>Set the new passphrase</source>
        <translation>Establecer la nueva frase de contraseña</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../users/dialogs.py" line="26"/>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="27"/>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="28"/>
        <source>New PIN for %1</source>
        <translation>Nuevo PIN para %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="46"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="50"/>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="51"/>
        <source>Type it again</source>
        <translation>Escríbalo de nuevo</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="78"/>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../users/roles.py" line="25"/>
        <source>Not signed in as a user of this office: changes are refused</source>
        <translation>No ha iniciado sesión como usuario de esta oficina: se rechazan los cambios</translation>
    </message>
    <message>
        <location filename="../users/roles.py" line="29"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../users/page.py" line="26"/>
        <source>Users of this office</source>
        <translation>Usuarios de esta oficina</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="28"/>
        <source>Each person who uses PartnerDesk on this computer signs in with a PIN; their role says what they may change. PINs stay on this computer; names and roles go to headquarters.</source>
        <translation>Cada persona que usa PartnerDesk en este ordenador inicia sesión con un PIN; su rol indica lo que puede cambiar. Los PIN se quedan en este ordenador; los nombres y los roles se envían a la sede.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="36"/>
        <source>PIN on this computer</source>
        <translation>PIN en este ordenador</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="47"/>
        <source>Add a user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="48"/>
        <source>Change the role</source>
        <translation>Cambiar el rol</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="50"/>
        <source>New PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="51"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="108"/>
        <source>Choose a user in the list first.</source>
        <translation>Elija primero un usuario de la lista.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="140"/>
        <source>Remove a user</source>
        <translation>Quitar un usuario</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="141"/>
        <source>Remove %1 from the users of this office? Their changes keep their name; they can no longer sign in.</source>
        <translation>¿Quitar a %1 de los usuarios de esta oficina? Sus cambios conservan su nombre; ya no podrá iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="225"/>
        <source>Assessment action</source>
        <translation>Acción de autoevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Programme document</source>
        <translation>Documento de programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="226"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>%1 está dañada (%2). Puede que los cambios que haga ahora no se guarden. Cierre PartnerDesk, guarde una copia del archivo para el servicio de asistencia y restaure la última copia de seguridad (el archivo .bak que está al lado) o pida al servicio de asistencia que la repare.</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Landscape</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Partnering cycle</source>
        <translation>Ciclo de alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>benchmarks</name>
    <message>
        <location filename="../assessment/strings.py" line="25"/>
        <source>Partner landscape mapped and analysed in programme planning</source>
        <translation>Panorama de socios mapeado y analizado en la planificación del programa</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="26"/>
        <source>Map who works on the results you seek, their interest and influence, and what each partner brings (its comparative advantage). Evidence: the comparative advantage of every partner is recorded for each active partnership.</source>
        <translation>Identifique quién trabaja en los resultados que busca, su interés e influencia y lo que aporta cada socio (su ventaja comparativa). Evidencia: la ventaja comparativa de cada socio está registrada en cada alianza vigente.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="27"/>
        <source>Due diligence and risk screening done before every new partnership</source>
        <translation>Diligencia debida y análisis de riesgos realizados antes de cada nueva alianza</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="28"/>
        <source>Before engaging, check registration, mandate, fraud, PSEA and safeguarding, sanctions and other risks. Evidence: every partner of each partnership started in the last 12 months was cleared before the start.</source>
        <translation>Antes de comprometerse, verifique el registro, el mandato, el fraude, la PEAS y la salvaguardia, las sanciones y otros riesgos. Evidencia: todos los socios de cada alianza iniciada en los últimos 12 meses fueron aprobados antes del inicio.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="29"/>
        <source>Every active partnership has a designated focal point and a written agreement with defined results</source>
        <translation>Cada alianza vigente tiene un punto focal designado y un acuerdo escrito con resultados definidos</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="30"/>
        <source>Name one focal point per partnership, put the partnership in writing (MoU or legal agreement) and state the results for children it serves.</source>
        <translation>Designe un punto focal por alianza, formalice la alianza por escrito (memorando de entendimiento o acuerdo jurídico) y especifique los resultados para la infancia a los que contribuye.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="31"/>
        <source>Every active partnership reviewed at least once a year, with partner feedback</source>
        <translation>Cada alianza vigente se revisa al menos una vez al año, con la opinión de los socios</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="32"/>
        <source>Review each partnership on the four dimensions of monitoring and evaluation and ask the partners for feedback. Evidence: a review recorded in the last 12 months.</source>
        <translation>Revise cada alianza según las cuatro dimensiones de seguimiento y evaluación y pida su opinión a los socios. Evidencia: una revisión registrada en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="33"/>
        <source>Contribution of partnerships to results measured and reported</source>
        <translation>Contribución de las alianzas a los resultados medida e informada</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="34"/>
        <source>Measure results and indicators achieved and the partnership&apos;s contribution to them. Evidence: results measured (partnering cycle phase viii) in the last 12 months.</source>
        <translation>Mida los resultados e indicadores alcanzados y la contribución de la alianza a ellos. Evidencia: resultados medidos (fase viii del ciclo de alianza) en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="35"/>
        <source>Every partnership has an exit or sustainability strategy</source>
        <translation>Cada alianza tiene una estrategia de salida o de sostenibilidad</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="36"/>
        <source>Plan from the start how the partnership ends, is handed over or is sustained, with the evaluation that decides continuation.</source>
        <translation>Planifique desde el inicio cómo termina, se traspasa o se mantiene la alianza, con la evaluación que decide su continuación.</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <location filename="strings.py" line="242"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligencia debida: %2)</translation>
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
        <translation>Actividades y plan de trabajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="249"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>Actividades, plan de trabajo, presupuesto, recursos, tipo de acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="250"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Añadir las organizaciones halladas en los archivos IATI y 3W de esta oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Add stakeholder</source>
        <translation>Agregar parte interesada</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Adequate</source>
        <translation>Suficiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>Acuerde objetivos, principios, funciones y contribuciones (la diligencia debida debe estar aprobada).</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Agreed goals and objectives</source>
        <translation>Metas y objetivos acordados</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreement signed on</source>
        <translation>Acuerdo firmado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Amber: needs attention</source>
        <translation>Ámbar: requiere atención</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Amendments in light of the review.</source>
        <translation>Enmiendas a la luz de la revisión.</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>Evalúe a cada socio candidato y registre la diligencia debida de cada socio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Build structures that last beyond the project.</source>
        <translation>Cree estructuras que perduren más allá del proyecto.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Building</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Candidate partners</source>
        <translation>Socios candidatos</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>Socios candidatos, su evaluación y diligencia debida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Cash contributions</source>
        <translation>Contribuciones en efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Cash-transfer modality</source>
        <translation>Modalidad de transferencia de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Cleared with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>Continuar o ampliar solo con una revisión en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Contribution of the partnership to results</source>
        <translation>Contribución de la alianza a los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution to results</source>
        <translation>Contribución a los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contributions of each partner</source>
        <translation>Contribuciones de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contributions of each partner and modality.</source>
        <translation>Contribuciones de cada socio y modalidad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Core principles</source>
        <translation>Principios fundamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Corporate screening (companies only)</source>
        <translation>Evaluación empresarial (solo empresas)</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Current partner</source>
        <translation>Socio actual</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Current relation</source>
        <translation>Relación actual</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>Decida las modificaciones que pide la revisión.</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>Decisión respaldada por la evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Delayed</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Delivery against the workplan</source>
        <translation>Ejecución respecto del plan de trabajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>Describa el desafío y los resultados buscados, y mapee las partes interesadas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Direct cash transfer</source>
        <translation>Transferencia directa de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Direct payment</source>
        <translation>Pago directo</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Due-diligence outcome</source>
        <translation>Resultado de la diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>Evalúe y luego decida continuar, ampliar, traspasar o cerrar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Evaluated on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluation due *</source>
        <translation>Fecha de evaluación *</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluation findings</source>
        <translation>Conclusiones de la evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Toda alianza necesita una estrategia de salida o de sostenibilidad: cuánto tiempo se prevé que dure, cuándo una evaluación decidirá si continúa y las condiciones para ponerle fin o traspasarla (documento de base, párr. 60).</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Every six months</source>
        <translation>Cada seis meses</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Exchange of letters</source>
        <translation>Intercambio de cartas</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Exit conditions *</source>
        <translation>Condiciones de salida *</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Expand</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Financial stability</source>
        <translation>Estabilidad financiera</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Focal points of each partner</source>
        <translation>Puntos focales de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Former partner</source>
        <translation>Antiguo socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>Mecanismos contra el fraude, de PEAS y de salvaguardia establecidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>From the landscape...</source>
        <translation>Desde el panorama...</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>Governance and management structure</source>
        <translation>Estructura de gobernanza y gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance, focal points, communication.</source>
        <translation>Gobernanza, puntos focales, comunicación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Green: healthy</source>
        <translation>Verde: saludable</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Health check</source>
        <translation>Evaluación de salud</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Identifying</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>Ejecute: registre la firma, la ejecución, las visitas y el calendario de informes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Implementing</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>In-kind contributions</source>
        <translation>Contribuciones en especie</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In-kind only (no cash)</source>
        <translation>Solo en especie (sin efectivo)</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>Individual partners&apos; contributions</source>
        <translation>Contribuciones individuales de los socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Informal contact</source>
        <translation>Contacto informal</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Institutionalising</source>
        <translation>Institucionalización</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Integration into national systems</source>
        <translation>Integración en los sistemas nacionales</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Lifespan ends</source>
        <translation>Fin de la duración prevista</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Managing</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Managing and maintaining</source>
        <translation>Gestión y mantenimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>Mandato compatible con el de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Measure results against the indicators.</source>
        <translation>Mida los resultados con respecto a los indicadores.</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Measuring</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>Cumple las normas laborales en sus operaciones y su cadena de suministro</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Membership</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Memorandum of Understanding</source>
        <translation>Memorando de Entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Monitor</source>
        <translation>Supervisar</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Mutual benefit</source>
        <translation>Beneficio mutuo</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>No change needed</source>
        <translation>No se requieren cambios</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>Sin implicación en corrupción ni en violaciones de sanciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No relation</source>
        <translation>Sin relación</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No serious environmental harm</source>
        <translation>Sin daños ambientales graves</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No written agreement</source>
        <translation>Sin acuerdo escrito</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>Not applicable</source>
        <translation>No procede</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Opposed</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>Other risks</source>
        <translation>Otros riesgos</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Partner assessment</source>
        <translation>Evaluación del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Partner feedback</source>
        <translation>Opinión de los socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner screened</source>
        <translation>Socio evaluado</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partnership review and health check.</source>
        <translation>Revisión y evaluación de salud de la alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>Planifique el trabajo y el presupuesto, y elija el tipo de acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Planned lifespan (months) *</source>
        <translation>Duración prevista (meses) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Planned visits</source>
        <translation>Visitas previstas</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>Sus productos y su publicidad no perjudican a la infancia (p. ej., sucedáneos de la leche materna, armas, tabaco)</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Acuerdo de Cooperación Programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>Calidad de la alianza, incl. costos de transacción</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>Registre la diligencia debida de un socio a la vez; cada socio necesita un resultado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>Registre las contribuciones en efectivo y en especie de cada socio y la modalidad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Red: at risk</source>
        <translation>Rojo: en riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Reimbursement</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rechazada (riesgo inaceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Remove selected</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Reporting schedule</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>Obligatorio para socios del sector empresarial (documento de base, párr. 40).</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Required when cleared with conditions.</source>
        <translation>Obligatorio si se aprueba con condiciones.</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Resource map</source>
        <translation>Mapa de recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Resourcing</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>Respeta los derechos humanos y los derechos del niño (sin trabajo infantil)</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>Resultados alcanzados y contribución de la alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Results and indicators achieved</source>
        <translation>Resultados e indicadores alcanzados</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>Resultados para la infancia, no actores (documento de base, párr. 51).</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results sought</source>
        <translation>Resultados buscados</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>Revise la alianza con los socios: califique las cuatro dimensiones y anote sus opiniones.</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Reviewed on</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewing</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewing and revising</source>
        <translation>Revisión y modificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Revising</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Revisions decided</source>
        <translation>Modificaciones decididas</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Roles of each partner</source>
        <translation>Funciones de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Save exit strategy</source>
        <translation>Guardar estrategia de salida</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Save phase</source>
        <translation>Guardar fase</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Scoping</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Scoping and building</source>
        <translation>Alcance y construcción</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>Cotejado con las listas de sanciones: sin coincidencias</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Screened on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>Establezca la gobernanza, designe los puntos focales y acuerde cómo comunicarse.</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Shared vision</source>
        <translation>Visión compartida</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>Acuerdo firmado, ejecución, visitas, informes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Acuerdo de Financiamiento a Pequeña Escala</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Stakeholder and partner landscape</source>
        <translation>Panorama de partes interesadas y socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Standing and reputation</source>
        <translation>Prestigio y reputación</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Structures for longer-term commitment</source>
        <translation>Estructuras para un compromiso a más largo plazo</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Structures for longer-term commitment.</source>
        <translation>Estructuras para un compromiso a más largo plazo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Sustaining or terminating</source>
        <translation>Continuidad o fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Sustaining outcomes</source>
        <translation>Sostener los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>El desafío, los resultados buscados y quién más está presente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>Las cuatro dimensiones (documento de base, párr. 53)</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The partnering agreement.</source>
        <translation>El acuerdo de alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The problem for children this partnership would address.</source>
        <translation>El problema para la infancia que abordaría esta alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>Marque cuando se haya verificado, con la evidencia adjunta.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>Total planned budget, digits only.</source>
        <translation>Presupuesto total previsto, solo dígitos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Track record</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>Un riesgo inaceptable detiene la colaboración.</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Valid legal registration</source>
        <translation>Registro legal válido</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Value added compared with alternatives</source>
        <translation>Valor añadido frente a las alternativas</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>Quién está presente, su interés e influencia (1 bajo - 5 alto), relación actual.</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Why not applicable</source>
        <translation>Por qué no procede</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>e.g. 36</source>
        <translation>p. ej., 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>not set yet</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>emergency templates</name>
    <message>
        <location filename="strings.py" line="442"/>
        <source>Access to affected areas is cut by insecurity or floods</source>
        <translation>El acceso a las zonas afectadas queda cortado por la inseguridad o las inundaciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>Attendance records</source>
        <translation>Registros de asistencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="444"/>
        <source>Attendance sheets</source>
        <translation>Hojas de asistencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>Case management</source>
        <translation>Gestión de casos</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>Case management database</source>
        <translation>Base de datos de gestión de casos</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Child protection</source>
        <translation>Protección de la infancia</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Child protection and psychosocial support in emergencies</source>
        <translation>Protección de la infancia y apoyo psicosocial en emergencias</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>Child-friendly spaces: staff and running costs</source>
        <translation>Espacios amigables para la infancia: personal y gastos de funcionamiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>Children access psychosocial support in child-friendly spaces</source>
        <translation>Los niños y niñas acceden a apoyo psicosocial en espacios amigables para la infancia</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Children attending child-friendly spaces</source>
        <translation>Niños y niñas que asisten a espacios amigables para la infancia</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>Children under five screened and treated for severe wasting</source>
        <translation>Niños y niñas menores de cinco años examinados y tratados por emaciación grave</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>Children under five screened for wasting</source>
        <translation>Niños y niñas menores de cinco años examinados para detectar emaciación</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>Children with severe wasting admitted for treatment</source>
        <translation>Niños y niñas con emaciación grave admitidos para tratamiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>Code of conduct signed by all staff; PSEA focal point</source>
        <translation>Código de conducta firmado por todo el personal; punto focal de PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>Distribution records and water trucking logs</source>
        <translation>Registros de distribución y bitácoras de transporte de agua en camiones</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>Diversion of supplies</source>
        <translation>Desvío de suministros</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>Emergency nutrition: screening and treatment of wasting</source>
        <translation>Nutrición de emergencia: detección y tratamiento de la emaciación</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>Emergency water, sanitation and hygiene response</source>
        <translation>Respuesta de emergencia en agua, saneamiento e higiene</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>Households receiving a hygiene kit</source>
        <translation>Hogares que reciben un kit de higiene</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>Hygiene kits</source>
        <translation>Kits de higiene</translation>
    </message>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Hygiene kits distributed and hygiene promotion done</source>
        <translation>Kits de higiene distribuidos y promoción de la higiene realizada</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Hygiene promotion</source>
        <translation>Promoción de la higiene</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Mobile screening teams</source>
        <translation>Equipos móviles de detección</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Monitoring and coordination</source>
        <translation>Seguimiento y coordinación</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Monitoring and reporting</source>
        <translation>Seguimiento e informes</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Monthly stock reports; buffer stock of 20%</source>
        <translation>Informes mensuales de existencias; reserva de seguridad del 20 %</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Nutrition</source>
        <translation>Nutrición</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>People reached by hygiene promotion</source>
        <translation>Personas alcanzadas por la promoción de la higiene</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>People with access to 15 litres of safe water a day</source>
        <translation>Personas con acceso a 15 litros de agua segura al día</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Pre-position stocks; agree access with local authorities</source>
        <translation>Preposicionar existencias; acordar el acceso con las autoridades locales</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Recreational and learning kits</source>
        <translation>Kits recreativos y de aprendizaje</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Safe water supplied to affected households</source>
        <translation>Agua segura suministrada a los hogares afectados</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Safeguarding incidents</source>
        <translation>Incidentes de salvaguardia</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Screening registers</source>
        <translation>Registros de detección</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Signed distribution lists</source>
        <translation>Listas de distribución firmadas</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Staff turnover in volunteers</source>
        <translation>Rotación del voluntariado</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Stock-outs of therapeutic food</source>
        <translation>Roturas de existencias de alimentos terapéuticos</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Therapeutic food (RUTF)</source>
        <translation>Alimentos terapéuticos (ATLC)</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Third-party monitoring and spot checks</source>
        <translation>Seguimiento por terceros y verificaciones puntuales</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Train a reserve of volunteers</source>
        <translation>Formar una reserva de voluntarios</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Training of health workers</source>
        <translation>Capacitación del personal sanitario</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Treatment cards and monthly reports</source>
        <translation>Fichas de tratamiento e informes mensuales</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Unaccompanied and separated children identified and referred</source>
        <translation>Niños y niñas no acompañados y separados identificados y derivados</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>WASH</source>
        <translation>ASH</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Water trucking and treatment</source>
        <translation>Transporte de agua en camiones y tratamiento</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../assessment/strings.py" line="10"/>
        <source>{num} of {den} active partnerships record the comparative advantage of every partner ({pct} %).</source>
        <translation>{num} de {den} alianzas vigentes registran la ventaja comparativa de cada socio ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="11"/>
        <location filename="../assessment/strings.py" line="15"/>
        <location filename="../assessment/strings.py" line="17"/>
        <location filename="../assessment/strings.py" line="20"/>
        <location filename="../assessment/strings.py" line="23"/>
        <source>No active partnerships to measure.</source>
        <translation>No hay alianzas vigentes que medir.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="12"/>
        <source>{num} of {den} partnerships started in the last 12 months had every partner cleared by due diligence before the start ({pct} %).</source>
        <translation>{num} de {den} alianzas iniciadas en los últimos 12 meses tenían a todos los socios aprobados por la diligencia debida antes del inicio ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="13"/>
        <source>No partnership started in the last 12 months.</source>
        <translation>Ninguna alianza se inició en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="14"/>
        <source>{num} of {den} active partnerships have a focal point and a written agreement with defined results ({pct} %).</source>
        <translation>{num} de {den} alianzas vigentes tienen un punto focal y un acuerdo escrito con resultados definidos ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="16"/>
        <source>{num} of {den} active partnerships were reviewed with partner feedback in the last 12 months ({pct} %).</source>
        <translation>{num} de {den} alianzas vigentes se revisaron con la opinión de los socios en los últimos 12 meses ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="18"/>
        <source>Not recorded: this database keeps no partnership reviews.</source>
        <translation>Sin registrar: esta base de datos no guarda revisiones de alianzas.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="19"/>
        <source>{num} of {den} active partnerships had their results measured in the last 12 months ({pct} %).</source>
        <translation>{num} de {den} alianzas vigentes midieron sus resultados en los últimos 12 meses ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="21"/>
        <source>Not recorded: this database keeps no measured results of partnerships.</source>
        <translation>Sin registrar: esta base de datos no guarda resultados medidos de alianzas.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="22"/>
        <source>{num} of {den} active partnerships have an exit or sustainability strategy ({pct} %).</source>
        <translation>{num} de {den} alianzas vigentes tienen una estrategia de salida o de sostenibilidad ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="24"/>
        <source>Not recorded: this database keeps no exit strategies.</source>
        <translation>Sin registrar: esta base de datos no guarda estrategias de salida.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="strings.py" line="568"/>
        <source>Could not write the backup {out}: {problem}; nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad {out}: {problem}; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="578"/>
        <source>Encrypting {path} did not copy every row ({tables}); the database was left as it was.</source>
        <translation>Al cifrar {path} no se copiaron todas las filas ({tables}); la base de datos quedó como estaba.</translation>
    </message>
    <message>
        <location filename="strings.py" line="591"/>
        <source>Give the passphrase the database had when {path} was made (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>Indique la frase de contraseña que tenía la base de datos cuando se hizo {path} (la variable de entorno {env}, --passphrase-fd N, o escríbala cuando se pida).</translation>
    </message>
    <message>
        <location filename="strings.py" line="598"/>
        <source>HQ at {server} shows a certificate this computer does not trust, so nothing was sent. Check the address; if HQ uses its own certificate authority, name its certificate file in the SSL_CERT_FILE environment variable.</source>
        <translation>La sede en {server} presenta un certificado en el que esta computadora no confía, así que no se envió nada. Compruebe la dirección; si la sede usa su propia autoridad de certificación, indique el archivo de su certificado en la variable de entorno SSL_CERT_FILE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="604"/>
        <source>HQ revoked this computer, so its PartnerDesk data and keys have been removed from it. Ask HQ for a new enrollment code to work here again.</source>
        <translation>La sede revocó esta computadora, por lo que sus datos y claves de PartnerDesk se han eliminado de ella. Pida a la sede un nuevo código de inscripción para volver a trabajar aquí.</translation>
    </message>
    <message>
        <location filename="strings.py" line="618"/>
        <source>Lock after {low} to {high} minutes without use.</source>
        <translation>Bloquear tras {low} a {high} minutos sin uso.</translation>
    </message>
    <message>
        <location filename="strings.py" line="628"/>
        <source>No backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="666"/>
        <source>Refusing to send this office&apos;s data unencrypted to {server}: use its https:// address, or add --allow-http if HQ is on a network you trust.</source>
        <translation>Envío rechazado: los datos de esta oficina irían sin cifrar a {server}. Use su dirección https://, o añada --allow-http si la sede está en una red de confianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="699"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four, e.g. ABCD-EFGH-...</source>
        <translation>Eso no es una clave de recuperación: tiene 32 letras y cifras en grupos de cuatro, p. ej. ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="strings.py" line="705"/>
        <source>The HQ database {store} let this command in without a password or certificate: a store reachable over the network must require one for admin commands (pg_hba.conf: scram-sha-256 or cert).</source>
        <translation>La base de datos de la sede {store} dejó entrar este comando sin contraseña ni certificado: una base accesible por la red debe exigir uno para los comandos de administración (pg_hba.conf: scram-sha-256 o cert).</translation>
    </message>
    <message>
        <location filename="strings.py" line="710"/>
        <source>The connection to the HQ database {store} is not encrypted, so the password and the office&apos;s data would cross the network readable: add sslmode=verify-full (or require) to the URL and turn on ssl at the server.</source>
        <translation>La conexión con la base de datos de la sede {store} no está cifrada, así que la contraseña y los datos de la oficina cruzarían la red legibles: añada sslmode=verify-full (o require) a la URL y active ssl en el servidor.</translation>
    </message>
    <message>
        <location filename="strings.py" line="724"/>
        <source>The folder {folder} does not exist; create it or choose another --db path.</source>
        <translation>La carpeta {folder} no existe; créela o elija otra ruta --db.</translation>
    </message>
    <message>
        <location filename="strings.py" line="727"/>
        <source>The key file {file} is damaged ({problem}); restore it from a backup. The database was not changed.</source>
        <translation>El archivo de clave {file} está dañado ({problem}); restáurelo desde una copia de seguridad. La base de datos no se modificó.</translation>
    </message>
    <message>
        <location filename="strings.py" line="745"/>
        <source>The passphrase cannot be only spaces.</source>
        <translation>La frase de contraseña no puede ser solo espacios.</translation>
    </message>
    <message>
        <location filename="strings.py" line="746"/>
        <source>The passphrase is too easy to guess: common words, names, dates, keyboard rows and repeats are tried first. Add an unusual word or two.</source>
        <translation>La frase de contraseña es demasiado fácil de adivinar: las palabras comunes, los nombres, las fechas, las filas del teclado y las repeticiones se prueban primero. Añada una o dos palabras poco comunes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="747"/>
        <source>The passphrase is too short: use at least {n} characters (three or four words are easier to remember than symbols).</source>
        <translation>La frase de contraseña es demasiado corta: use al menos {n} caracteres (tres o cuatro palabras se recuerdan mejor que los símbolos).</translation>
    </message>
    <message>
        <location filename="strings.py" line="786"/>
        <source>This recovery key does not open {path}; nothing was changed. Check it with headquarters (it belongs to one computer).</source>
        <translation>Esta clave de recuperación no abre {path}; no se modificó nada. Compruébela con la sede (pertenece a un solo ordenador).</translation>
    </message>
    <message>
        <location filename="strings.py" line="811"/>
        <source>Wrong passphrase for {path}; nothing was changed. Type it again (capital letters count).</source>
        <translation>Frase de contraseña incorrecta para {path}; no se modificó nada. Escríbala de nuevo (las mayúsculas cuentan).</translation>
    </message>
    <message>
        <location filename="strings.py" line="844"/>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="884"/>
        <source>{path} already exists; a backup is restored into a new file. Move the current database aside (or choose another --db), then restore again. Nothing was changed.</source>
        <translation>{path} ya existe; una copia de seguridad se restaura en un archivo nuevo. Aparte la base de datos actual (o elija otro --db) y vuelva a restaurar. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="886"/>
        <source>{path} cannot be read with the key in {file}: that key file belongs to another database, or the database is damaged. Nothing was changed.</source>
        <translation>{path} no se puede leer con la clave de {file}: ese archivo de clave pertenece a otra base de datos, o la base de datos está dañada. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="892"/>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} es una carpeta, no un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="896"/>
        <source>{path} is damaged ({problem}); no backup was written. Restore the last good backup.</source>
        <translation>{path} está dañado ({problem}); no se escribió ninguna copia de seguridad. Restaure la última copia buena.</translation>
    </message>
    <message>
        <location filename="strings.py" line="898"/>
        <source>{path} is damaged or not a PartnerDesk backup ({problem}); it cannot be restored. Nothing was changed.</source>
        <translation>{path} está dañado o no es una copia de seguridad de PartnerDesk ({problem}); no se puede restaurar. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="900"/>
        <source>{path} is encrypted but its key file {file} is missing; put the key file back beside it (from a backup). The database was not changed.</source>
        <translation>{path} está cifrado pero falta su archivo de clave {file}; vuelva a ponerlo a su lado (desde una copia de seguridad). La base de datos no se modificó.</translation>
    </message>
    <message>
        <location filename="strings.py" line="901"/>
        <source>{path} is encrypted: give its passphrase (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>{path} está cifrado: indique su frase de contraseña (la variable de entorno {env}, --passphrase-fd N, o escríbala cuando se pida).</translation>
    </message>
    <message>
        <location filename="strings.py" line="902"/>
        <source>{path} is not a PartnerDesk database (not an SQLite file, and no key file {file} beside it, as an encrypted one has).</source>
        <translation>{path} no es una base de datos de PartnerDesk (no es un archivo SQLite y no tiene al lado un archivo de clave {file}, como tiene una cifrada).</translation>
    </message>
    <message>
        <location filename="strings.py" line="904"/>
        <source>{path} is not encrypted yet: open it once with PartnerDesk (any command) to encrypt it.</source>
        <translation>{path} aún no está cifrado: ábralo una vez con PartnerDesk (cualquier orden) para cifrarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="905"/>
        <source>{path} is open in another PartnerDesk: close it there, then open it again here to encrypt it. Nothing was changed.</source>
        <translation>{path} está abierto en otro PartnerDesk: ciérrelo allí y vuelva a abrirlo aquí para cifrarlo. No se modificó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="907"/>
        <source>{path} is the demo, which is not encrypted and holds made-up records only: it is not backed up.</source>
        <translation>{path} es la demostración, que no está cifrada y solo contiene registros inventados: no se respalda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="908"/>
        <source>{path} needs a passphrase to protect it: give one (the {env} environment variable, --passphrase-fd N, or type it when asked); nothing was changed.</source>
        <translation>{path} necesita una frase de contraseña que lo proteja: indique una (la variable de entorno {env}, --passphrase-fd N, o escríbala cuando se pida); no se modificó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="638"/>
        <source>No partnership, agreement or programme document has the reference {ref}; &apos;list partnerships&apos; and &apos;list agreements&apos; show the references.</source>
        <translation>Ninguna alianza, acuerdo ni documento de programa tiene la referencia {ref}; «list partnerships» y «list agreements» muestran las referencias.</translation>
    </message>
    <message>
        <location filename="strings.py" line="756"/>
        <source>The status history is never edited or deleted; a status change that was a mistake is corrected by a new status change.</source>
        <translation>El historial de estados nunca se modifica ni se elimina; un cambio de estado erróneo se corrige con un nuevo cambio de estado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>&apos;{budget}&apos; is not an amount; write digits only, e.g. 250000.</source>
        <translation>«{budget}» no es un importe; escriba solo cifras, p. ej. 250000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>&apos;{item}&apos; was already done on {day}.</source>
        <translation>«{item}» ya se hizo el {day}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>&apos;{value}&apos; is not a date PartnerDesk can read; write it as YYYY-MM-DD (e.g. 2024-03-31) or DD/MM/YYYY.</source>
        <translation>«{value}» no es una fecha que PartnerDesk pueda leer; escríbala como AAAA-MM-DD (p. ej. 2024-03-31) o DD/MM/AAAA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>«{value}» no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2026-03-31.</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>&apos;{value}&apos; is not an amount; write digits, e.g. 12500.00.</source>
        <translation>«{value}» no es un importe; escriba cifras, p. ej. 12500.00.</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>&apos;{value}&apos; is not an e-mail address; write it as name@example.org.</source>
        <translation>«{value}» no es una dirección de correo electrónico; escríbala como nombre@example.org.</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>(no partner)</source>
        <translation>(sin socio)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>A draft is started; finish the ratings and submit it.</source>
        <translation>Hay un borrador iniciado; termine las calificaciones y envíelo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>A new partnership cannot start as active: save it as proposed, complete the partnering agreement (cycle phase iii, Building), then activate it.</source>
        <translation>Una nueva alianza no puede empezar activa: guárdela como propuesta, complete el acuerdo de asociación (fase iii del ciclo, Construcción) y luego actívela.</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>A no-cost extension cannot change UNICEF&apos;s contribution; type it as a budget change too.</source>
        <translation>Una prórroga sin costo no puede cambiar la contribución de UNICEF; márquela también como cambio de presupuesto.</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>A no-cost extension moves the end date later; check the new end date.</source>
        <translation>Una prórroga sin costo aplaza la fecha de finalización; compruebe la nueva fecha de finalización.</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>A partner can only be cleared when every check is verified; not yet: {missing}. Tick them or record the outcome as rejected.</source>
        <translation>Un socio solo puede aprobarse cuando todas las comprobaciones están verificadas; aún no: {missing}. Márquelas o registre el resultado como rechazado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>A partner in the list no longer exists; remove it.</source>
        <translation>Un socio de la lista ya no existe; quítelo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>A risk rating needs the date of the assessment that justifies it.</source>
        <translation>Una calificación de riesgo necesita la fecha de la evaluación que la justifica.</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>A simplified humanitarian PD covers at most six months; shorten it or use a standard PD.</source>
        <translation>Un DP humanitario simplificado cubre como máximo seis meses; acórtelo o use un DP estándar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>A {current} partnership cannot become {status}; allowed: {allowed}.</source>
        <translation>Una alianza en estado {current} no puede pasar a {status}; posible: {allowed}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Add at least one output with an indicator to the results framework.</source>
        <translation>Añada al marco de resultados al menos un producto con un indicador.</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>Add the budget: at least one activity with its amounts.</source>
        <translation>Añada el presupuesto: al menos una actividad con sus importes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Add the partners to this partnership before agreeing on a partnering agreement.</source>
        <translation>Añada los socios a esta alianza antes de pactar un acuerdo de asociación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>Agreement {reference} ended after its end date ({end}).</source>
        <translation>El acuerdo {reference} terminó tras su fecha de finalización ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Agreement {reference} ends on {end}.</source>
        <translation>El acuerdo {reference} termina el {end}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Agreement {reference} is past its end date ({end}); end it or amend it with a no-cost extension.</source>
        <translation>El acuerdo {reference} ha superado su fecha de finalización ({end}); ciérrelo o enmiéndelo con una prórroga sin costo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Agreement {reference} is suspended; resume it before adding a programme document.</source>
        <translation>El acuerdo {reference} está suspendido; reanúdelo antes de añadir un documento de programa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Agreement {reference} is {status}; a new programme document needs an agreement in force.</source>
        <translation>El acuerdo {reference} está {status}; un nuevo documento de programa necesita un acuerdo vigente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Agreement {reference} is {status}; this changes only through an amendment.</source>
        <translation>El acuerdo {reference} está {status}; esto solo cambia mediante una enmienda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Amendment {reference} is still a draft; sign or cancel it before starting another.</source>
        <translation>La enmienda {reference} sigue en borrador; fírmela o cancélela antes de iniciar otra.</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Amounts in other currencies than {currency} were left out of the totals.</source>
        <translation>Los importes en monedas distintas de {currency} se excluyeron de los totales.</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>An MoU is non-financial and has no programme documents; choose a PCA or an SSFA.</source>
        <translation>Un MoU no es financiero y no tiene documentos de programa; elija un PCA o un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>An SSFA funds at most {ceiling} USD from UNICEF (this budget asks {amount}); use a PCA instead.</source>
        <translation>Un SSFA financia como máximo {ceiling} USD de UNICEF (este presupuesto pide {amount}); use un PCA en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>An SSFA funds at most {ceiling} USD; for {amount} choose the partner&apos;s PCA, or lower the amount.</source>
        <translation>Un SSFA financia como máximo {ceiling} USD; para {amount} elija el PCA del socio o reduzca el importe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>An active partnership needs a designated focal point; choose one before activating.</source>
        <translation>Una alianza activa necesita un punto focal designado; elija uno antes de activarla.</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>An active partnership needs a designated focal point; choose one first.</source>
        <translation>Una alianza activa necesita un punto focal designado; elija uno primero.</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>An active partnership needs a lead partner; add one on the Partners tab before activating.</source>
        <translation>Una alianza activa necesita un socio principal; añada uno en la pestaña Socios antes de activarla.</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>An active partnership needs a start date.</source>
        <translation>Una alianza activa necesita una fecha de inicio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>An active partnership needs an agreement: complete the partnering agreement (cycle phase iii, Building) or record a signed agreement, then activate it.</source>
        <translation>Una alianza activa necesita un acuerdo: complete el acuerdo de asociación (fase iii del ciclo, Construcción) o registre un acuerdo firmado, y luego actívela.</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Another PartnerDesk is writing to {path}; try again in a moment.</source>
        <translation>Otro PartnerDesk está escribiendo en {path}; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Attach the due diligence documents.</source>
        <translation>Adjunte los documentos de diligencia debida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Attach the full programme document.</source>
        <translation>Adjunte el documento de programa completo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>Attach the scan of the signed original.</source>
        <translation>Adjunte el escaneo del original firmado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>Authorised officer {i} needs a name and a title.</source>
        <translation>El funcionario autorizado {i} necesita un nombre y un cargo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>Authorised officer {i}: {problem}</source>
        <translation>Funcionario autorizado {i}: {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Benchmark self-assessment {year} not submitted yet</source>
        <translation>Autoevaluación de criterios {year} aún no enviada</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Benchmark {code}: your rating differs from what the data shows; explain why in the evidence before submitting.</source>
        <translation>Criterio {code}: su calificación difiere de lo que muestran los datos; explique por qué en la evidencia antes de enviar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Budget line {i} is linked to output {link}, which does not exist (outputs 1 to {outputs}).</source>
        <translation>La línea presupuestaria {i} está vinculada al producto {link}, que no existe (productos 1 a {outputs}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Budget line {i} needs an activity.</source>
        <translation>La línea presupuestaria {i} necesita una actividad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="535"/>
        <source>Budget line {i}: amounts cannot be negative.</source>
        <translation>Línea presupuestaria {i}: los importes no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="536"/>
        <source>Budget line {i}: the activity ends before it starts.</source>
        <translation>Línea presupuestaria {i}: la actividad termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="537"/>
        <source>Budget line {i}: {problem}</source>
        <translation>Línea presupuestaria {i}: {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>CSO type</source>
        <translation>Tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Cancelling needs a justification: say why in a sentence.</source>
        <translation>Cancelar requiere una justificación: diga por qué en una frase.</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Cannot create the database: the folder {folder} does not exist.</source>
        <translation>No se puede crear la base de datos: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Cannot reach HQ at {server} ({reason}); the changes stay on this computer and will be sent at the next sync.</source>
        <translation>No se puede contactar con la sede en {server} ({reason}); los cambios se quedan en este equipo y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Change number {seq} of this device was already used for another change (was the database restored from a backup?). Enroll the device again with a new code.</source>
        <translation>El número de cambio {seq} de este dispositivo ya se usó para otro cambio (¿se restauró la base de datos desde una copia de seguridad?). Inscriba de nuevo el dispositivo con un código nuevo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Change {seq} edits a record of office {office}, which this device is not enrolled for.</source>
        <translation>El cambio {seq} edita un registro de la oficina {office}, en la que este dispositivo no está inscrito.</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Change {seq} is for office {office}, which this device is not enrolled for.</source>
        <translation>El cambio {seq} es de la oficina {office}, en la que este dispositivo no está inscrito.</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Changes refused by headquarters</source>
        <translation>Cambios rechazados por la sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Choose UNICEF&apos;s signatory among the office&apos;s authorised officers.</source>
        <translation>Elija al firmante de UNICEF entre los funcionarios autorizados de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Choose a PCA of this partner, or make an SSFA.</source>
        <translation>Elija un PCA de este socio, o haga un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Choose a benchmark of this assessment&apos;s set for the action.</source>
        <translation>Elija para la acción un criterio del conjunto de esta evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Choose a file to attach.</source>
        <translation>Elija un archivo para adjuntar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Choose a role for {partner}.</source>
        <translation>Elija un papel para {partner}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Choose a standard or a humanitarian programme document.</source>
        <translation>Elija un documento de programa estándar o humanitario.</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>Choose at least one contribution to results (programme, knowledge, advocacy or resources).</source>
        <translation>Elija al menos una contribución a los resultados (programa, conocimientos, promoción o recursos).</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Choose met, partly met or not met.</source>
        <translation>Elija cumplido, parcialmente cumplido o no cumplido.</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Choose one of the listed values for {field}.</source>
        <translation>Elija uno de los valores de la lista para {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Choose one of the pre-certified templates.</source>
        <translation>Elija una de las plantillas precertificadas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Choose the agreement this programme document falls under.</source>
        <translation>Elija el acuerdo al que pertenece este documento de programa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Choose the cash-transfer modality (direct cash transfer, reimbursement or direct payment).</source>
        <translation>Elija la modalidad de transferencia de efectivo (transferencia directa, reembolso o pago directo).</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Choose the office that makes this agreement.</source>
        <translation>Elija la oficina que celebra este acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Choose the partner organisation that signs this agreement.</source>
        <translation>Elija la organización socia que firma este acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Choose the partner this due-diligence outcome is about.</source>
        <translation>Elija el socio al que se refiere este resultado de diligencia debida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>Choose the type of agreement: PCA, SSFA or MoU.</source>
        <translation>Elija el tipo de acuerdo: PCA, SSFA o MoU.</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Choose to keep your value or the one at headquarters.</source>
        <translation>Elija conservar su valor o el de la sede.</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Closing needs the final review: record its date first.</source>
        <translation>El cierre requiere la revisión final: registre primero su fecha.</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Complete phase {earlier} ({title}) first, or mark it not applicable with a reason; phase {code} comes after it.</source>
        <translation>Complete primero la fase {earlier} ({title}), o márquela como no aplicable con un motivo; la fase {code} va después.</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Conflicts waiting</source>
        <translation>Conflictos en espera</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Deferred emergency item due: {item} (due {due}).</source>
        <translation>Elemento de emergencia diferido pendiente: {item} (vence el {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>Deferred emergency item overdue: {item} (due {due}).</source>
        <translation>Elemento de emergencia diferido vencido: {item} (venció el {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>Deferred item &apos;{item}&apos; is not done (due {due}); complete it before closing.</source>
        <translation>El elemento diferido «{item}» no está hecho (vence el {due}); complételo antes del cierre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Describe the exit conditions: when and how the partnership ends or is handed over.</source>
        <translation>Describa las condiciones de salida: cuándo y cómo termina o se traspasa la alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
        <source>Due diligence cannot be skipped: every partner must be screened.</source>
        <translation>La diligencia debida no puede omitirse: todos los socios deben ser evaluados.</translation>
    </message>
    <message>
        <location filename="strings.py" line="574"/>
        <source>Due diligence is not cleared for {names}; record a cleared outcome in phase ii (Identifying) before the partnering agreement.</source>
        <translation>La diligencia debida no está aprobada para {names}; registre un resultado aprobado en la fase ii (Identificación) antes del acuerdo de asociación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="575"/>
        <source>Due diligence not done</source>
        <translation>Diligencia debida no realizada</translation>
    </message>
    <message>
        <location filename="strings.py" line="576"/>
        <source>Due diligence not finished</source>
        <translation>Diligencia debida no terminada</translation>
    </message>
    <message>
        <location filename="strings.py" line="577"/>
        <source>Due diligence rejected {names} (unacceptable risk); remove them from the partnership before the partnering agreement.</source>
        <translation>La diligencia debida rechazó a {names} (riesgo inaceptable); quítelos de la alianza antes del acuerdo de asociación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="579"/>
        <source>Enter the UNICEF amount for the response, e.g. 40000.</source>
        <translation>Introduzca el importe de UNICEF para la respuesta, p. ej. 40000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="580"/>
        <source>Enter the address of headquarters, e.g. https://hq.example.org:8700.</source>
        <translation>Introduzca la dirección de la sede, p. ej. https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="581"/>
        <source>Enter the enrollment code headquarters gave you for this computer.</source>
        <translation>Introduzca el código de inscripción que la sede le dio para este equipo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="582"/>
        <source>Every focal point needs a name (UNICEF or partner side).</source>
        <translation>Cada punto focal necesita un nombre (de UNICEF o del socio).</translation>
    </message>
    <message>
        <location filename="strings.py" line="583"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Todas las fases están completas. Siga revisando la alianza cada año.</translation>
    </message>
    <message>
        <location filename="strings.py" line="584"/>
        <source>Export to .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>Exporte a .csv o .xlsx, no a «{name}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="585"/>
        <source>For a civil society organisation, the CSO type</source>
        <translation>Para una organización de la sociedad civil, el tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="586"/>
        <source>Give the action a due date (YYYY-MM-DD), so it comes back as an alert.</source>
        <translation>Dé a la acción una fecha límite (AAAA-MM-DD) para que vuelva como alerta.</translation>
    </message>
    <message>
        <location filename="strings.py" line="587"/>
        <source>Give the date of the evaluation that decides whether the partnership continues.</source>
        <translation>Indique la fecha de la evaluación que decide si la alianza continúa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="588"/>
        <source>Give the date of the screening.</source>
        <translation>Indique la fecha de la evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="589"/>
        <source>Give the date.</source>
        <translation>Indique la fecha.</translation>
    </message>
    <message>
        <location filename="strings.py" line="590"/>
        <source>Give the outcome of the due diligence: cleared, cleared with conditions, or rejected.</source>
        <translation>Indique el resultado de la diligencia debida: aprobado, aprobado con condiciones o rechazado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="592"/>
        <source>Give the planned lifespan in months, from 1 to {most} (e.g. 36 for three years).</source>
        <translation>Indique la duración prevista en meses, de 1 a {most} (p. ej. 36 para tres años).</translation>
    </message>
    <message>
        <location filename="strings.py" line="593"/>
        <source>Give the risk rating the assessment concluded.</source>
        <translation>Indique la calificación de riesgo a la que llegó la evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="595"/>
        <source>HQ answered {status}</source>
        <translation>La sede respondió {status}</translation>
    </message>
    <message>
        <location filename="strings.py" line="596"/>
        <source>HQ at {server} answered something that is not PartnerDesk&apos;s (is the address right?).</source>
        <translation>La sede en {server} respondió algo que no es de PartnerDesk (¿es correcta la dirección?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="597"/>
        <source>HQ at {server} answered the enrollment without a token (is the address right?).</source>
        <translation>La sede en {server} respondió a la inscripción sin token (¿es correcta la dirección?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="599"/>
        <source>HQ does not accept this device&apos;s token (revoked?). Ask HQ for a new enrollment code and run sync with --enroll CODE.</source>
        <translation>La sede no acepta el token de este dispositivo (¿revocado?). Pida a la sede un nuevo código de inscripción y ejecute sync con --enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="600"/>
        <source>HQ does not know the table &apos;{table}&apos; (is HQ older than this device?).</source>
        <translation>La sede no conoce la tabla «{table}» (¿es la sede más antigua que este dispositivo?).</translation>
    </message>
    <message>
        <location filename="strings.py" line="601"/>
        <source>HQ kept asking for parts of this file already sent ({tries} chunks sent); it was set aside.</source>
        <translation>La sede siguió pidiendo partes de este archivo ya enviadas ({tries} fragmentos enviados); se dejó aparte.</translation>
    </message>
    <message>
        <location filename="strings.py" line="602"/>
        <source>HQ refused the request ({status}: {detail}).</source>
        <translation>La sede rechazó la solicitud ({status}: {detail}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="603"/>
        <source>HQ refused this change of {table} {row}: {problems}.</source>
        <translation>La sede rechazó este cambio de {table} {row}: {problems}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="606"/>
        <source>Import {batch} ({file}) was already undone on {when}.</source>
        <translation>La importación {batch} ({file}) ya se deshizo el {when}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="607"/>
        <source>Import {batch} cannot be undone: {blockers}. Remove or change those first.</source>
        <translation>La importación {batch} no se puede deshacer: {blockers}. Elimínelos o cámbielos primero.</translation>
    </message>
    <message>
        <location filename="strings.py" line="608"/>
        <source>It ends ({end}) before it starts ({start}); fix the dates.</source>
        <translation>Termina ({end}) antes de empezar ({start}); corrija las fechas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="609"/>
        <source>It ends after its end date ({end}); to stop it earlier, terminate it.</source>
        <translation>Termina después de su fecha de finalización ({end}); para detenerlo antes, rescíndalo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="610"/>
        <source>It has no end date; to stop it, terminate it.</source>
        <translation>No tiene fecha de finalización; para detenerlo, rescíndalo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="611"/>
        <source>It is typed as a {kind} but does not change {fields}; make that change or correct the type of amendment.</source>
        <translation>Está marcada como {kind} pero no cambia {fields}; haga ese cambio o corrija el tipo de enmienda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="612"/>
        <source>It starts on {start}; it becomes active on that date (automatically).</source>
        <translation>Empieza el {start}; pasa a estar activo en esa fecha (automáticamente).</translation>
    </message>
    <message>
        <location filename="strings.py" line="613"/>
        <source>It would be in force from {start}, before it is signed on {signed}; set the start date to the date of the later signature or after it.</source>
        <translation>Estaría vigente desde el {start}, antes de firmarse el {signed}; fije la fecha de inicio en la fecha de la última firma o después.</translation>
    </message>
    <message>
        <location filename="strings.py" line="614"/>
        <source>Its agreement {reference} is {status}.</source>
        <translation>Su acuerdo {reference} está {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="615"/>
        <source>Its agreement {reference} is {status}; the agreement must be signed before its programme documents.</source>
        <translation>Su acuerdo {reference} está {status}; el acuerdo debe firmarse antes que sus documentos de programa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="616"/>
        <source>Its end date ({end}) has passed; end it instead of resuming it.</source>
        <translation>Su fecha de finalización ({end}) ya pasó; ciérrelo en lugar de reanudarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="617"/>
        <source>Its end date ({end}) has passed; end it instead.</source>
        <translation>Su fecha de finalización ({end}) ya pasó; ciérrelo en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="619"/>
        <source>Management costs cannot be negative.</source>
        <translation>Los costos de gestión no pueden ser negativos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="620"/>
        <source>Name at least one place the response covers.</source>
        <translation>Indique al menos un lugar que cubra la respuesta.</translation>
    </message>
    <message>
        <location filename="strings.py" line="621"/>
        <source>Name the partner&apos;s signatory (an authorised officer).</source>
        <translation>Indique el firmante del socio (un funcionario autorizado).</translation>
    </message>
    <message>
        <location filename="strings.py" line="622"/>
        <source>Name the person who signs.</source>
        <translation>Indique la persona que firma.</translation>
    </message>
    <message>
        <location filename="strings.py" line="623"/>
        <source>Name who reviewed the due diligence.</source>
        <translation>Indique quién revisó la diligencia debida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="624"/>
        <source>No HQ server address yet: give one with --server URL.</source>
        <translation>Aún no hay dirección del servidor de la sede: indique una con --server URL.</translation>
    </message>
    <message>
        <location filename="strings.py" line="625"/>
        <source>No UNICEF officer of office {office} is authorised to sign on {day}; add the office&apos;s authorised officers first (Signatures tab &gt; UNICEF signatories, or &apos;officers add&apos;).</source>
        <translation>Ningún funcionario de UNICEF de la oficina {office} está autorizado a firmar el {day}; añada primero los funcionarios autorizados de la oficina (pestaña Firmas &gt; Firmantes de UNICEF, u «officers add»).</translation>
    </message>
    <message>
        <location filename="strings.py" line="626"/>
        <source>No agreement or programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>No hay ningún acuerdo ni documento de programa con la referencia {reference}. «list agreements» muestra las referencias.</translation>
    </message>
    <message>
        <location filename="strings.py" line="627"/>
        <source>No agreement with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>No hay ningún acuerdo con la referencia {reference}. «list agreements» muestra las referencias.</translation>
    </message>
    <message>
        <location filename="strings.py" line="629"/>
        <source>No benchmark set is recorded in this database. Synchronise with headquarters to receive one.</source>
        <translation>No hay ningún conjunto de criterios registrado en esta base de datos. Sincronice con la sede para recibir uno.</translation>
    </message>
    <message>
        <location filename="strings.py" line="630"/>
        <source>No database at {path}. Check the path, or run &apos;python main.py demo --db {path}&apos; to make one.</source>
        <translation>No hay base de datos en {path}. Compruebe la ruta, o ejecute «python main.py demo --db {path}» para crear una.</translation>
    </message>
    <message>
        <location filename="strings.py" line="631"/>
        <source>No database is open, so attachments have nowhere to go.</source>
        <translation>No hay ninguna base de datos abierta, así que los adjuntos no tienen dónde guardarse.</translation>
    </message>
    <message>
        <location filename="strings.py" line="632"/>
        <source>No file at {path}; choose the scanned document again.</source>
        <translation>No hay ningún archivo en {path}; vuelva a elegir el documento escaneado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="633"/>
        <source>No focal point designated</source>
        <translation>Ningún punto focal designado</translation>
    </message>
    <message>
        <location filename="strings.py" line="634"/>
        <source>No import batch {batch}. &apos;import list&apos; shows the batches with their ids.</source>
        <translation>No existe el lote de importación {batch}. «import list» muestra los lotes con sus identificadores.</translation>
    </message>
    <message>
        <location filename="strings.py" line="635"/>
        <source>No office on this computer is in country {country}; set up that office first, or leave out --country.</source>
        <translation>Ninguna oficina de este equipo está en el país {country}; configure primero esa oficina, u omita --country.</translation>
    </message>
    <message>
        <location filename="strings.py" line="636"/>
        <source>No partner with reference {reference}.</source>
        <translation>No hay ningún socio con la referencia {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="637"/>
        <source>No partnership with reference {reference}.</source>
        <translation>No hay ninguna alianza con la referencia {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="639"/>
        <source>No programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>No hay ningún documento de programa con la referencia {reference}. «list agreements» muestra las referencias.</translation>
    </message>
    <message>
        <location filename="strings.py" line="640"/>
        <source>No {kind} template in {lang} on this device; synchronise with HQ to receive the templates.</source>
        <translation>No hay ninguna plantilla {kind} en {lang} en este dispositivo; sincronice con la sede para recibir las plantillas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="641"/>
        <source>Office {code} is not set up on this computer; give an office code with --office, e.g. KEN.</source>
        <translation>La oficina {code} no está configurada en este equipo; indique un código de oficina con --office, p. ej. KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="642"/>
        <source>Office {office} already exists at HQ; offices are added there (&apos;hq office add&apos;).</source>
        <translation>La oficina {office} ya existe en la sede; las oficinas se añaden allí («hq office add»).</translation>
    </message>
    <message>
        <location filename="strings.py" line="643"/>
        <source>Office {office} is not set up on this computer.</source>
        <translation>La oficina {office} no está configurada en este equipo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="644"/>
        <source>Office {office} is not set up on this computer; choose one of the offices in the list.</source>
        <translation>La oficina {office} no está configurada en este equipo; elija una de las oficinas de la lista.</translation>
    </message>
    <message>
        <location filename="strings.py" line="645"/>
        <source>Only a submitted self-assessment can be acknowledged.</source>
        <translation>Solo una autoevaluación enviada puede confirmarse como recibida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="646"/>
        <source>Output {i} needs a title.</source>
        <translation>El producto {i} necesita un título.</translation>
    </message>
    <message>
        <location filename="strings.py" line="647"/>
        <source>Output {i}, indicator {j} ({name}) needs a target.</source>
        <translation>Producto {i}, indicador {j} ({name}): necesita una meta.</translation>
    </message>
    <message>
        <location filename="strings.py" line="648"/>
        <source>Output {i}, indicator {j} needs a name.</source>
        <translation>Producto {i}, indicador {j}: necesita un nombre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="649"/>
        <source>Owner: {owner}. From the {year} self-assessment, benchmark {code}.</source>
        <translation>Responsable: {owner}. De la autoevaluación {year}, criterio {code}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="650"/>
        <source>Owner: {owner}. From the {year} self-assessment.</source>
        <translation>Responsable: {owner}. De la autoevaluación {year}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="651"/>
        <source>PCA {reference} is {status}; an emergency PD needs a signed PCA, or make an SSFA.</source>
        <translation>El PCA {reference} está {status}; un DP de emergencia necesita un PCA firmado, o haga un SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="652"/>
        <source>Partner type &apos;{value}&apos; is not one PartnerDesk knows (e.g. Civil Society Organization, Government, UN Agency); map its values in the column mapping.</source>
        <translation>El tipo de socio «{value}» no es uno que PartnerDesk conozca (p. ej. Civil Society Organization, Government, UN Agency); asigne sus valores en la correspondencia de columnas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="653"/>
        <source>Partner {who} is not in PartnerDesk; import the partners first (import partners FILE).</source>
        <translation>El socio {who} no está en PartnerDesk; importe primero los socios (import partners ARCHIVO).</translation>
    </message>
    <message>
        <location filename="strings.py" line="654"/>
        <source>Phase {code} ({phase}) open since {started}</source>
        <translation>Fase {code} ({phase}) abierta desde el {started}</translation>
    </message>
    <message>
        <location filename="strings.py" line="655"/>
        <source>Phase {code} ({title}): {step}</source>
        <translation>Fase {code} ({title}): {step}</translation>
    </message>
    <message>
        <location filename="strings.py" line="656"/>
        <source>Pick a known partner or type the new partner&apos;s name.</source>
        <translation>Elija un socio conocido o escriba el nombre del nuevo socio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="657"/>
        <source>Planned lifespan ended on {end} without an evaluation</source>
        <translation>Duración prevista terminada el {end} sin evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="658"/>
        <source>Programme document {reference} is still {status}; end or terminate it first.</source>
        <translation>El documento de programa {reference} sigue {status}; ciérrelo o rescíndalo primero.</translation>
    </message>
    <message>
        <location filename="strings.py" line="659"/>
        <source>Rate benchmark {code} before submitting.</source>
        <translation>Califique el criterio {code} antes de enviar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="660"/>
        <source>Rate the office against the benchmarks and submit it to headquarters.</source>
        <translation>Califique la oficina según los criterios y envíe la evaluación a la sede.</translation>
    </message>
    <message>
        <location filename="strings.py" line="661"/>
        <source>Rate {area} as one of: {ratings} (gender, equity and sustainability only).</source>
        <translation>Califique {area} con uno de: {ratings} (solo género, equidad y sostenibilidad).</translation>
    </message>
    <message>
        <location filename="strings.py" line="662"/>
        <source>Reading or writing {path} failed (a disk or file-system error: {reason}).</source>
        <translation>La lectura o escritura de {path} falló (error de disco o del sistema de archivos: {reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="663"/>
        <source>Record a due-diligence outcome for {names} before completing phase ii.</source>
        <translation>Registre un resultado de diligencia debida para {names} antes de completar la fase ii.</translation>
    </message>
    <message>
        <location filename="strings.py" line="664"/>
        <source>Recorded when the emergency agreement was launched.</source>
        <translation>Registrado al poner en marcha el acuerdo de emergencia.</translation>
    </message>
    <message>
        <location filename="strings.py" line="665"/>
        <source>Records not synced for a long time</source>
        <translation>Registros sin sincronizar desde hace mucho</translation>
    </message>
    <message>
        <location filename="strings.py" line="667"/>
        <source>Review due by {due}</source>
        <translation>Revisión pendiente antes del {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="668"/>
        <source>Review overdue since {due}</source>
        <translation>Revisión vencida desde el {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="669"/>
        <source>Risk assessment of {day} is older than 4 years</source>
        <translation>La evaluación de riesgos del {day} tiene más de 4 años</translation>
    </message>
    <message>
        <location filename="strings.py" line="670"/>
        <source>Risk assessment of {day} turns 4 years old soon</source>
        <translation>La evaluación de riesgos del {day} cumplirá pronto 4 años</translation>
    </message>
    <message>
        <location filename="strings.py" line="671"/>
        <source>Risk {i} needs both the risk and its mitigation.</source>
        <translation>El riesgo {i} necesita el riesgo y su mitigación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="672"/>
        <source>Row {n} ({who}): choose a relation from the list.</source>
        <translation>Fila {n} ({who}): elija una relación de la lista.</translation>
    </message>
    <message>
        <location filename="strings.py" line="673"/>
        <source>Row {n} ({who}): influence must be a number from 1 to 5.</source>
        <translation>Fila {n} ({who}): la influencia debe ser un número de 1 a 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="674"/>
        <source>Row {n} ({who}): interest must be a number from 1 to 5.</source>
        <translation>Fila {n} ({who}): el interés debe ser un número de 1 a 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="675"/>
        <source>Row {n} of the landscape needs a name (who).</source>
        <translation>La fila {n} del panorama necesita un nombre (quién).</translation>
    </message>
    <message>
        <location filename="strings.py" line="676"/>
        <source>SSFA {reference} signed electronically.</source>
        <translation>SSFA {reference} firmado electrónicamente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="677"/>
        <source>Same name as line {line} and no vendor number to tell them apart; keep one row.</source>
        <translation>Mismo nombre que la fila {line} y sin número de proveedor para distinguirlos; conserve una sola fila.</translation>
    </message>
    <message>
        <location filename="strings.py" line="678"/>
        <source>Same reference {reference} as line {line}.</source>
        <translation>Misma referencia {reference} que la fila {line}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="679"/>
        <source>Same vendor number {vendor} as line {line}; keep one row.</source>
        <translation>Mismo número de proveedor {vendor} que la fila {line}; conserve una sola fila.</translation>
    </message>
    <message>
        <location filename="strings.py" line="680"/>
        <source>Say what the amendment changes: budget, results, a no-cost extension, an administrative change or other.</source>
        <translation>Diga qué cambia la enmienda: presupuesto, resultados, prórroga sin costo, cambio administrativo u otro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="681"/>
        <source>Say which assessment was done: {kinds}.</source>
        <translation>Diga qué evaluación se hizo: {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="682"/>
        <source>Say which office the officer signs for.</source>
        <translation>Diga por qué oficina firma el funcionario.</translation>
    </message>
    <message>
        <location filename="strings.py" line="683"/>
        <source>Say why this phase does not apply to this partnership.</source>
        <translation>Diga por qué esta fase no se aplica a esta alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="684"/>
        <source>Self-assessment action due: {action}</source>
        <translation>Acción de autoevaluación pendiente: {action}</translation>
    </message>
    <message>
        <location filename="strings.py" line="685"/>
        <source>Set the start and end dates first.</source>
        <translation>Fije primero las fechas de inicio y de finalización.</translation>
    </message>
    <message>
        <location filename="strings.py" line="687"/>
        <source>Sign it, or move its start date by an amendment.</source>
        <translation>Fírmelo, o cambie su fecha de inicio mediante una enmienda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="688"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the agreement (or to the partner) first.</source>
        <translation>La firma requiere los funcionarios autorizados del socio; añádalos primero al acuerdo (o al socio).</translation>
    </message>
    <message>
        <location filename="strings.py" line="689"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the programme document (or to the partner) first.</source>
        <translation>La firma requiere los funcionarios autorizados del socio; añádalos primero al documento de programa (o al socio).</translation>
    </message>
    <message>
        <location filename="strings.py" line="690"/>
        <source>Signing needs the signed agreement: attach the scan (kind: signed document).</source>
        <translation>La firma requiere el acuerdo firmado: adjunte el escaneo (tipo: documento firmado).</translation>
    </message>
    <message>
        <location filename="strings.py" line="691"/>
        <source>Signing needs the signed programme document: attach the scan (kind: signed document).</source>
        <translation>La firma requiere el documento de programa firmado: adjunte el escaneo (tipo: documento firmado).</translation>
    </message>
    <message>
        <location filename="strings.py" line="692"/>
        <source>Signing needs {missing}; fill them in on the signatures tab.</source>
        <translation>La firma requiere {missing}; complételos en la pestaña de firmas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="693"/>
        <source>Skipped: {reason}.</source>
        <translation>Omitido: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="694"/>
        <source>Terminating needs the termination document: attach it (kind: termination document).</source>
        <translation>La rescisión requiere el documento de rescisión: adjúntelo (tipo: documento de rescisión).</translation>
    </message>
    <message>
        <location filename="strings.py" line="696"/>
        <source>That agreement no longer exists; it may have been deleted.</source>
        <translation>Ese acuerdo ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="697"/>
        <source>That date is in the future; give the date it happened.</source>
        <translation>Esa fecha está en el futuro; indique la fecha en que ocurrió.</translation>
    </message>
    <message>
        <location filename="strings.py" line="698"/>
        <source>That deferred item no longer exists.</source>
        <translation>Ese elemento diferido ya no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="700"/>
        <source>That officer is no longer on the list.</source>
        <translation>Ese funcionario ya no está en la lista.</translation>
    </message>
    <message>
        <location filename="strings.py" line="701"/>
        <source>That organisation is no longer in the landscape; it may have been removed.</source>
        <translation>Esa organización ya no está en el panorama; puede que se haya quitado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="702"/>
        <source>That partner no longer exists; it may have been deleted.</source>
        <translation>Ese socio ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="703"/>
        <source>That partnership no longer exists; it may have been deleted.</source>
        <translation>Esa alianza ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="704"/>
        <source>That programme document no longer exists; it may have been deleted.</source>
        <translation>Ese documento de programa ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="706"/>
        <source>The PSEA assessment date</source>
        <translation>La fecha de la evaluación de PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="707"/>
        <source>The action</source>
        <translation>La acción</translation>
    </message>
    <message>
        <location filename="strings.py" line="708"/>
        <source>The address starts with https:// or http:// and names the server, e.g. https://hq.example.org:8700.</source>
        <translation>La dirección empieza por https:// o http:// y nombra el servidor, p. ej. https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="709"/>
        <source>The amended end date ({end}) is after the agreement&apos;s ({agreement_end}); amend the agreement first.</source>
        <translation>La fecha de finalización enmendada ({end}) es posterior a la del acuerdo ({agreement_end}); enmiende primero el acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="711"/>
        <source>The core values assessment date</source>
        <translation>La fecha de la evaluación de los valores fundamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="712"/>
        <source>The country</source>
        <translation>El país</translation>
    </message>
    <message>
        <location filename="strings.py" line="713"/>
        <source>The country programme period (e.g. 2023-2027)</source>
        <translation>El período del programa de país (p. ej. 2023-2027)</translation>
    </message>
    <message>
        <location filename="strings.py" line="714"/>
        <source>The disk holding {path} is full; free some space and try again (nothing was changed).</source>
        <translation>El disco que contiene {path} está lleno; libere espacio e inténtelo de nuevo (no se cambió nada).</translation>
    </message>
    <message>
        <location filename="strings.py" line="715"/>
        <source>The due diligence date</source>
        <translation>La fecha de la diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="716"/>
        <source>The end date</source>
        <translation>La fecha de finalización</translation>
    </message>
    <message>
        <location filename="strings.py" line="717"/>
        <source>The end of the delegation</source>
        <translation>El fin de la delegación</translation>
    </message>
    <message>
        <location filename="strings.py" line="718"/>
        <source>The evaluation ({due}) must come before the end of the planned lifespan ({end}), so that it can decide on continuation.</source>
        <translation>La evaluación ({due}) debe ser anterior al fin de la duración prevista ({end}), para poder decidir sobre la continuación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="719"/>
        <source>The field {name} is too large to send to headquarters ({size} once compressed; a change may take {most}). Shorten it and save the record again.</source>
        <translation>El campo {name} es demasiado grande para enviarlo a la sede ({size} una vez comprimido; un cambio puede ocupar {most}). Acórtelo y vuelva a guardar el registro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="720"/>
        <source>The file from HQ does not match its hash.</source>
        <translation>El archivo de la sede no coincide con su hash.</translation>
    </message>
    <message>
        <location filename="strings.py" line="721"/>
        <source>The file is larger than 200 MB; scan it at a lower resolution.</source>
        <translation>El archivo supera los 200 MB; escanéelo a una resolución más baja.</translation>
    </message>
    <message>
        <location filename="strings.py" line="722"/>
        <source>The file of this attachment is not on this computer yet; sync to fetch it.</source>
        <translation>El archivo de este adjunto aún no está en este equipo; sincronice para obtenerlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="723"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>La carpeta {folder} no existe; elija otro lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="725"/>
        <source>The folder {folder} is read-only: PartnerDesk keeps a journal beside the database there. Move the database to a folder you can write to.</source>
        <translation>La carpeta {folder} es de solo lectura: PartnerDesk guarda un diario junto a la base de datos. Mueva la base de datos a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="strings.py" line="726"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>La importación se canceló; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="728"/>
        <source>The legal name</source>
        <translation>El nombre legal</translation>
    </message>
    <message>
        <location filename="strings.py" line="729"/>
        <source>The mapping {file} is for {other}, not {kind}.</source>
        <translation>La correspondencia {file} es para {other}, no para {kind}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="730"/>
        <source>The mapping {file} is not valid JSON ({reason}).</source>
        <translation>La correspondencia {file} no es JSON válido ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="731"/>
        <source>The mapping {file} needs an object with &quot;columns&quot;: {{&quot;Header&quot;: &quot;field&quot;}}.</source>
        <translation>La correspondencia {file} necesita un objeto con &quot;columns&quot;: {{&quot;Encabezado&quot;: &quot;campo&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="732"/>
        <source>The mapping {file} sends &apos;{header}&apos; to &apos;{target}&apos;, which is not a field; use one of: {fields}.</source>
        <translation>La correspondencia {file} envía «{header}» a «{target}», que no es un campo; use uno de: {fields}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="733"/>
        <source>The mapping {file}: &quot;values&quot; maps a field to {{&quot;value in the file&quot;: &quot;code&quot;}}.</source>
        <translation>La correspondencia {file}: &quot;values&quot; asigna a un campo {{&quot;valor en el archivo&quot;: &quot;código&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="734"/>
        <source>The office code</source>
        <translation>El código de la oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="735"/>
        <source>The office code is 2 to 8 letters or digits, e.g. KEN or KEN-NBO.</source>
        <translation>El código de la oficina tiene de 2 a 8 letras o cifras, p. ej. KEN o KEN-NBO.</translation>
    </message>
    <message>
        <location filename="strings.py" line="736"/>
        <source>The office name</source>
        <translation>El nombre de la oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="737"/>
        <source>The officer&apos;s name</source>
        <translation>El nombre del funcionario</translation>
    </message>
    <message>
        <location filename="strings.py" line="738"/>
        <source>The officer&apos;s title</source>
        <translation>El cargo del funcionario</translation>
    </message>
    <message>
        <location filename="strings.py" line="739"/>
        <source>The owner of the action</source>
        <translation>El responsable de la acción</translation>
    </message>
    <message>
        <location filename="strings.py" line="740"/>
        <source>The partner type</source>
        <translation>El tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="741"/>
        <source>The partner&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>El firmante del socio no ha confirmado la firma electrónica; cada firmante la confirma por separado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="742"/>
        <source>The partner&apos;s signature date</source>
        <translation>La fecha de firma del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="743"/>
        <source>The partner&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>La fecha de firma del socio ({day}) está en el futuro; una fecha de firma no puede estarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="744"/>
        <source>The partnership review cannot be skipped; record it, even briefly.</source>
        <translation>La revisión de la alianza no puede omitirse; regístrela, aunque sea brevemente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="748"/>
        <source>The planned end</source>
        <translation>El fin previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="749"/>
        <source>The programme document ends after its agreement ({end}); end it by then or amend the agreement.</source>
        <translation>El documento de programa termina después de su acuerdo ({end}); termínelo para entonces o enmiende el acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="750"/>
        <source>The record this amendment changes no longer exists.</source>
        <translation>El registro que cambia esta enmienda ya no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="751"/>
        <source>The risk assessment date</source>
        <translation>La fecha de la evaluación de riesgos</translation>
    </message>
    <message>
        <location filename="strings.py" line="753"/>
        <source>The row has no programme document reference.</source>
        <translation>La fila no tiene referencia de documento de programa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="754"/>
        <source>The row names no agreement.</source>
        <translation>La fila no indica ningún acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="755"/>
        <source>The server address must start with http:// or https://, not &apos;{server}&apos;.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://, no «{server}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="757"/>
        <source>The stored file {file} is damaged (its content changed); attach the document again.</source>
        <translation>El archivo guardado {file} está dañado (su contenido cambió); vuelva a adjuntar el documento.</translation>
    </message>
    <message>
        <location filename="strings.py" line="758"/>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <location filename="strings.py" line="759"/>
        <source>The year {year} is out of range; choose a year between {first} and {last}.</source>
        <translation>El año {year} está fuera de rango; elija un año entre {first} y {last}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="760"/>
        <source>The {field} is {length} characters long; at most {limit} fit.</source>
        <translation>El campo {field} tiene {length} caracteres; caben como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="761"/>
        <source>The {year} self-assessment of {office} was submitted and is locked; headquarters can reopen it if it must change.</source>
        <translation>La autoevaluación {year} de {office} se envió y está bloqueada; la sede puede reabrirla si debe cambiar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="762"/>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="763"/>
        <source>There is no mapping file {path}.</source>
        <translation>No existe el archivo de correspondencia {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="764"/>
        <source>There is no office {code} in this database; check the office code.</source>
        <translation>No hay ninguna oficina {code} en esta base de datos; compruebe el código de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="765"/>
        <source>This action no longer exists.</source>
        <translation>Esta acción ya no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="766"/>
        <source>This amendment changes nothing yet: edit the draft so that it makes the change it is for, or cancel it.</source>
        <translation>Esta enmienda aún no cambia nada: edite el borrador para que haga el cambio al que se destina, o cancélela.</translation>
    </message>
    <message>
        <location filename="strings.py" line="769"/>
        <source>This benchmark is not part of the assessment&apos;s benchmark set.</source>
        <translation>Este criterio no forma parte del conjunto de criterios de la evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="770"/>
        <source>This change holds text that is not valid UTF-8 (was the record edited outside PartnerDesk?); correct the record and save it again.</source>
        <translation>Este cambio contiene texto que no es UTF-8 válido (¿se editó el registro fuera de PartnerDesk?); corrija el registro y vuelva a guardarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="771"/>
        <source>This change is too large for headquarters: {reason}</source>
        <translation>Este cambio es demasiado grande para la sede: {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="772"/>
        <source>This change&apos;s stored text is damaged (not JSON); edit the record again.</source>
        <translation>El texto guardado de este cambio está dañado (no es JSON); vuelva a editar el registro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="773"/>
        <source>This change&apos;s stored text is damaged (not a set of fields); edit the record again.</source>
        <translation>El texto guardado de este cambio está dañado (no es un conjunto de campos); vuelva a editar el registro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="774"/>
        <source>This conflict was already resolved or no longer exists.</source>
        <translation>Este conflicto ya se resolvió o ya no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="776"/>
        <source>This device is not enrolled for office {office}.</source>
        <translation>Este dispositivo no está inscrito en la oficina {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="777"/>
        <source>This device is not enrolled for office {office}; ask HQ for an enrollment that includes it.</source>
        <translation>Este dispositivo no está inscrito en la oficina {office}; pida a la sede una inscripción que la incluya.</translation>
    </message>
    <message>
        <location filename="strings.py" line="778"/>
        <source>This device is not enrolled yet: ask HQ for an enrollment code and run sync with --enroll CODE.</source>
        <translation>Este dispositivo aún no está inscrito: pida a la sede un código de inscripción y ejecute sync con --enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="779"/>
        <source>This device no longer has the field {field}.</source>
        <translation>Este dispositivo ya no tiene el campo {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="780"/>
        <source>This is a demo database: it never syncs with headquarters. Open your office&apos;s database to sync.</source>
        <translation>Esta es una base de datos de demostración: nunca se sincroniza con la sede. Abra la base de datos de su oficina para sincronizar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="781"/>
        <source>This is already an amendment; amend the signed record instead.</source>
        <translation>Esto ya es una enmienda; enmiende en su lugar el registro firmado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="784"/>
        <source>This programme document is {status}; this can no longer change here. Amend it instead.</source>
        <translation>Este documento de programa está {status}; esto ya no puede cambiar aquí. Enmiéndelo en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="785"/>
        <source>This record was signed with the {kind} template edition {edition}, which this device does not hold in {lang}; synchronise with HQ to receive it before printing.</source>
        <translation>Este registro se firmó con la edición {edition} de la plantilla {kind}, que este dispositivo no tiene en {lang}; sincronice con la sede para recibirla antes de imprimir.</translation>
    </message>
    <message>
        <location filename="strings.py" line="787"/>
        <source>This self-assessment no longer exists; it may have been removed.</source>
        <translation>Esta autoevaluación ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="788"/>
        <source>This self-assessment record no longer exists.</source>
        <translation>Este registro de autoevaluación ya no existe.</translation>
    </message>
    <message>
        <location filename="strings.py" line="789"/>
        <source>To continue the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>Para continuar la alianza se necesita una revisión en los 12 meses anteriores a la decisión (del {since} al {decided}); {when}. Registre primero una revisión en la fase ix.</translation>
    </message>
    <message>
        <location filename="strings.py" line="790"/>
        <source>To expand the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>Para ampliar la alianza se necesita una revisión en los 12 meses anteriores a la decisión (del {since} al {decided}); {when}. Registre primero una revisión en la fase ix.</translation>
    </message>
    <message>
        <location filename="strings.py" line="791"/>
        <source>UNICEF&apos;s signatory</source>
        <translation>El firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="792"/>
        <source>UNICEF&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>El firmante de UNICEF no ha confirmado la firma electrónica; cada firmante la confirma por separado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="793"/>
        <source>UNICEF&apos;s signature date</source>
        <translation>La fecha de firma de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="794"/>
        <source>UNICEF&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>La fecha de firma de UNICEF ({day}) está en el futuro; una fecha de firma no puede estarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="795"/>
        <source>Unknown amendment type {code}; choose from {codes}.</source>
        <translation>Tipo de enmienda desconocido {code}; elija entre {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="796"/>
        <source>Unknown attachment kind &apos;{kind}&apos;. Choose one of: {kinds}.</source>
        <translation>Tipo de adjunto desconocido «{kind}». Elija uno de: {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="797"/>
        <source>Unknown cash-transfer modality &apos;{code}&apos;; choose from {codes}.</source>
        <translation>Modalidad de transferencia de efectivo desconocida «{code}»; elija entre {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="798"/>
        <source>Unknown category &apos;{code}&apos;.</source>
        <translation>Categoría desconocida «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="799"/>
        <source>Unknown detail {name} for a status change.</source>
        <translation>Detalle desconocido {name} para un cambio de estado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="800"/>
        <source>Unknown party &apos;{party}&apos;; a signature is UNICEF&apos;s or the partner&apos;s.</source>
        <translation>Parte desconocida «{party}»; una firma es de UNICEF o del socio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="801"/>
        <source>Unknown phase status &apos;{status}&apos;.</source>
        <translation>Estado de fase desconocido «{status}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="802"/>
        <source>Unknown print language &apos;{lang}&apos;; choose one of {langs}.</source>
        <translation>Idioma de impresión desconocido «{lang}»; elija uno de {langs}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="803"/>
        <source>Unknown report kind &apos;{code}&apos;.</source>
        <translation>Tipo de informe desconocido «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="804"/>
        <source>Unknown visit kind &apos;{code}&apos;.</source>
        <translation>Tipo de visita desconocido «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="805"/>
        <source>Unknown {what} &apos;{code}&apos;. Choose one of: {choices}.</source>
        <translation>Valor desconocido para {what}: «{code}». Elija uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="806"/>
        <source>Vendor number {number} is already {partner}&apos;s; a vendor number is one partner. Open that partner instead of adding it again.</source>
        <translation>El número de proveedor {number} ya es de {partner}; un número de proveedor corresponde a un solo socio. Abra ese socio en lugar de añadirlo de nuevo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="807"/>
        <source>Write the conditions attached to the clearance.</source>
        <translation>Escriba las condiciones de la aprobación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="808"/>
        <source>Write the country as its three-letter ISO code, e.g. KEN.</source>
        <translation>Escriba el país con su código ISO de tres letras, p. ej. KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="809"/>
        <source>Write the currency as its three-letter code, e.g. USD.</source>
        <translation>Escriba la moneda con su código de tres letras, p. ej. USD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="812"/>
        <source>assessment type</source>
        <translation>tipo de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="813"/>
        <source>contribution type</source>
        <translation>tipo de contribución</translation>
    </message>
    <message>
        <location filename="strings.py" line="814"/>
        <source>due diligence status</source>
        <translation>estado de diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="815"/>
        <source>engagement type</source>
        <translation>tipo de colaboración</translation>
    </message>
    <message>
        <location filename="strings.py" line="816"/>
        <source>file {name}: {reason}</source>
        <translation>archivo {name}: {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="817"/>
        <source>formality</source>
        <translation>formalidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="818"/>
        <source>it belongs to another application</source>
        <translation>pertenece a otra aplicación</translation>
    </message>
    <message>
        <location filename="strings.py" line="819"/>
        <source>it has no iati-identifier</source>
        <translation>no tiene iati-identifier</translation>
    </message>
    <message>
        <location filename="strings.py" line="820"/>
        <source>it names no recipient country (a region only, or nothing)</source>
        <translation>no indica ningún país receptor (solo una región, o nada)</translation>
    </message>
    <message>
        <location filename="strings.py" line="821"/>
        <source>it targets {countries}, not {country}</source>
        <translation>se dirige a {countries}, no a {country}</translation>
    </message>
    <message>
        <location filename="strings.py" line="822"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="strings.py" line="823"/>
        <source>looks like {names}</source>
        <translation>se parece a {names}</translation>
    </message>
    <message>
        <location filename="strings.py" line="824"/>
        <source>no office on this computer is in {countries} (the country it targets)</source>
        <translation>ninguna oficina de este equipo está en {countries} (el país al que se dirige)</translation>
    </message>
    <message>
        <location filename="strings.py" line="825"/>
        <source>no organisation in the #org column</source>
        <translation>ninguna organización en la columna #org</translation>
    </message>
    <message>
        <location filename="strings.py" line="826"/>
        <source>no reason given</source>
        <translation>no se dio ningún motivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="827"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="strings.py" line="828"/>
        <source>none (closed)</source>
        <translation>ninguno (cerrada)</translation>
    </message>
    <message>
        <location filename="strings.py" line="829"/>
        <source>partner type</source>
        <translation>tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="830"/>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <location filename="strings.py" line="831"/>
        <source>risk rating</source>
        <translation>calificación de riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="832"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="833"/>
        <source>tables {names} are missing</source>
        <translation>faltan las tablas {names}</translation>
    </message>
    <message>
        <location filename="strings.py" line="834"/>
        <source>the date UNICEF signed</source>
        <translation>la fecha en que firmó UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="835"/>
        <source>the date the partner signed</source>
        <translation>la fecha en que firmó el socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="836"/>
        <source>the default</source>
        <translation>la moneda predeterminada</translation>
    </message>
    <message>
        <location filename="strings.py" line="837"/>
        <source>the last one was on {day}</source>
        <translation>la última fue el {day}</translation>
    </message>
    <message>
        <location filename="strings.py" line="838"/>
        <source>the partner&apos;s signatory</source>
        <translation>el firmante del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="839"/>
        <source>there is none</source>
        <translation>no hay ninguna</translation>
    </message>
    <message>
        <location filename="strings.py" line="840"/>
        <source>{amount} {currency} is still outstanding; it must be reported or returned before closing.</source>
        <translation>Quedan {amount} {currency} pendientes; deben justificarse o devolverse antes del cierre.</translation>
    </message>
    <message>
        <location filename="strings.py" line="841"/>
        <source>{field} &apos;{value}&apos; is not known; left empty</source>
        <translation>{field} «{value}» no es conocido; se deja vacío</translation>
    </message>
    <message>
        <location filename="strings.py" line="842"/>
        <source>{field} is required to complete this phase.</source>
        <translation>{field} es un dato obligatorio para completar esta fase.</translation>
    </message>
    <message>
        <location filename="strings.py" line="843"/>
        <source>{file} cannot be read as CSV at line {line} ({reason}); a quote is probably not closed.</source>
        <translation>{file} no se puede leer como CSV en la línea {line} ({reason}); probablemente hay unas comillas sin cerrar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="845"/>
        <source>{file} declares a DTD or entities, which IATI files never do; PartnerDesk refuses it (it could expand without end).</source>
        <translation>{file} declara una DTD o entidades, algo que los archivos IATI nunca hacen; PartnerDesk lo rechaza (podría expandirse sin fin).</translation>
    </message>
    <message>
        <location filename="strings.py" line="846"/>
        <source>{file} declares a DTD, which IATI files never do; refused.</source>
        <translation>{file} declara una DTD, algo que los archivos IATI nunca hacen; rechazado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="847"/>
        <source>{file} has no HXL hashtag row (#org, #sector, #adm1 ...) under its headers; add one, or import it as a sheet with a column mapping.</source>
        <translation>{file} no tiene una fila de etiquetas HXL (#org, #sector, #adm1 ...) bajo sus encabezados; añada una, o impórtelo como hoja con una correspondencia de columnas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="848"/>
        <source>{file} has no sheet &apos;{sheet}&apos;; it has: {sheets}.</source>
        <translation>{file} no tiene ninguna hoja «{sheet}»; tiene: {sheets}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="849"/>
        <source>{file} is XML but not an IATI activity file (its root is &lt;{name}&gt;, not &lt;iati-activities&gt;).</source>
        <translation>{file} es XML pero no un archivo de actividades IATI (su raíz es &lt;{name}&gt;, no &lt;iati-activities&gt;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="850"/>
        <source>{file} is a binary file, not a CSV or Excel sheet.</source>
        <translation>{file} es un archivo binario, no una hoja CSV o Excel.</translation>
    </message>
    <message>
        <location filename="strings.py" line="851"/>
        <source>{file} is an old Excel .xls workbook; save it as .xlsx (or CSV UTF-8) and import that.</source>
        <translation>{file} es un libro antiguo de Excel .xls; guárdelo como .xlsx (o CSV UTF-8) e importe ese.</translation>
    </message>
    <message>
        <location filename="strings.py" line="852"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="853"/>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <location filename="strings.py" line="854"/>
        <source>{file} is empty: there is no header row and no data.</source>
        <translation>{file} está vacío: no hay fila de encabezados ni datos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="855"/>
        <source>{file} is empty; scan the document again.</source>
        <translation>{file} está vacío; vuelva a escanear el documento.</translation>
    </message>
    <message>
        <location filename="strings.py" line="856"/>
        <source>{file} is not UTF-8 text (byte 0x{byte} after line {line}). Save it from Excel as &apos;CSV UTF-8&apos; or as .xlsx, then import it again.</source>
        <translation>{file} no es texto UTF-8 (byte 0x{byte} tras la línea {line}). Guárdelo desde Excel como «CSV UTF-8» o como .xlsx y vuelva a importarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="857"/>
        <source>{file} is not XML ({reason}, line {line}).</source>
        <translation>{file} no es XML ({reason}, línea {line}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="858"/>
        <source>{file} is not XML.</source>
        <translation>{file} no es XML.</translation>
    </message>
    <message>
        <location filename="strings.py" line="859"/>
        <source>{file} is not a readable Excel .xlsx workbook ({reason}).</source>
        <translation>{file} no es un libro de Excel .xlsx legible ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="860"/>
        <source>{file} is not whole XML ({reason}, line {line}); if it was downloaded, download it again.</source>
        <translation>{file} no es XML completo ({reason}, línea {line}); si se descargó, vuelva a descargarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="861"/>
        <source>{file}: its HXL hashtags cannot be read ({reason}).</source>
        <translation>{file}: sus etiquetas HXL no se pueden leer ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="862"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="strings.py" line="863"/>
        <source>{kind} for {reference}</source>
        <translation>{kind} de {reference}</translation>
    </message>
    <message>
        <location filename="strings.py" line="864"/>
        <source>{kind} is made only with a civil society organisation; {partner} is not one. Use an MoU instead.</source>
        <translation>Un {kind} solo se celebra con una organización de la sociedad civil; {partner} no lo es. Use un MoU en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="865"/>
        <source>{label}: created; {notes}</source>
        <translation>{label}: creado; {notes}</translation>
    </message>
    <message>
        <location filename="strings.py" line="866"/>
        <source>{names} failed due diligence (unacceptable risk); remove them from the partnership before activating it.</source>
        <translation>{names} no superaron la diligencia debida (riesgo inaceptable); quítelos de la alianza antes de activarla.</translation>
    </message>
    <message>
        <location filename="strings.py" line="870"/>
        <source>{name} is already linked to a partner.</source>
        <translation>{name} ya está vinculado a un socio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="871"/>
        <source>{name} is in an open partnership without a due-diligence outcome. Screen it in cycle phase ii before any partnering agreement.</source>
        <translation>{name} está en una alianza abierta sin resultado de diligencia debida. Evalúelo en la fase ii del ciclo antes de cualquier acuerdo de asociación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="875"/>
        <source>{name} is not authorised to sign for UNICEF in office {office} on {day} (authorised: {names}).</source>
        <translation>{name} no está autorizado a firmar por UNICEF en la oficina {office} el {day} (autorizados: {names}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="877"/>
        <source>{name}: no column holds the partner&apos;s {fields} (headers: {headers}). Choose the columns with a mapping (--map MAPPING.json, or in the import window).</source>
        <translation>{name}: ninguna columna contiene {fields} del socio (encabezados: {headers}). Elija las columnas con una correspondencia (--map CORRESPONDENCIA.json, o en la ventana de importación).</translation>
    </message>
    <message>
        <location filename="strings.py" line="878"/>
        <source>{name}: no column holds the programme document&apos;s {fields}; choose the columns with a mapping.</source>
        <translation>{name}: ninguna columna contiene {fields} del documento de programa; elija las columnas con una correspondencia.</translation>
    </message>
    <message>
        <location filename="strings.py" line="879"/>
        <source>{name}: plan a new assessment (micro assessment or checklist).</source>
        <translation>{name}: planifique una nueva evaluación (microevaluación o lista de verificación).</translation>
    </message>
    <message>
        <location filename="strings.py" line="880"/>
        <source>{partner} already has PCA {reference} for country programme {cp}; one PCA per partner per country programme. Amend that one, or add a programme document.</source>
        <translation>{partner} ya tiene el PCA {reference} para el programa de país {cp}; un PCA por socio y programa de país. Enmiende ese, o añada un documento de programa.</translation>
    </message>
    <message>
        <location filename="strings.py" line="881"/>
        <source>{partner} failed due diligence (unacceptable risk) and cannot join a partnership.</source>
        <translation>{partner} no superó la diligencia debida (riesgo inaceptable) y no puede unirse a una alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="882"/>
        <source>{partner} failed due diligence (unacceptable risk); no agreement can be made with it.</source>
        <translation>{partner} no superó la diligencia debida (riesgo inaceptable); no se puede celebrar ningún acuerdo con él.</translation>
    </message>
    <message>
        <location filename="strings.py" line="883"/>
        <source>{partner} is listed twice; keep one row.</source>
        <translation>{partner} aparece dos veces; conserve una sola fila.</translation>
    </message>
    <message>
        <location filename="strings.py" line="885"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} no se puede abrir ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="887"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>{path} no se puede leer: permiso denegado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="888"/>
        <source>{path} cannot be used: {reason}.</source>
        <translation>{path} no se puede usar: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="889"/>
        <source>{path} could not be upgraded to this version&apos;s schema ({reason}); the upgrade was rolled back and the file is as it was.</source>
        <translation>{path} no pudo actualizarse al esquema de esta versión ({reason}); la actualización se revirtió y el archivo quedó como estaba.</translation>
    </message>
    <message>
        <location filename="strings.py" line="890"/>
        <source>{path} has schema {version}, this program {latest}; open it once with PartnerDesk (any command) to upgrade it.</source>
        <translation>{path} tiene el esquema {version}, este programa el {latest}; ábralo una vez con PartnerDesk (cualquier orden) para actualizarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="891"/>
        <source>{path} is a device or a pipe, not a database file.</source>
        <translation>{path} es un dispositivo o una tubería, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="893"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="894"/>
        <source>{path} is a symbolic link that loops back on itself; point --db at a real file.</source>
        <translation>{path} es un enlace simbólico que remite a sí mismo; haga que --db apunte a un archivo real.</translation>
    </message>
    <message>
        <location filename="strings.py" line="895"/>
        <source>{path} is an SQLite file but not a PartnerDesk database ({why}); it was not changed.</source>
        <translation>{path} es un archivo SQLite pero no una base de datos de PartnerDesk ({why}); no se modificó.</translation>
    </message>
    <message>
        <location filename="strings.py" line="897"/>
        <source>{path} is damaged and cannot be opened ({reason}).</source>
        <translation>{path} está dañado y no se puede abrir ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="899"/>
        <source>{path} is empty, not a PartnerDesk database yet: open it in the PartnerDesk window to start one.</source>
        <translation>{path} está vacío, aún no es una base de datos de PartnerDesk: ábralo en la ventana de PartnerDesk para iniciar una.</translation>
    </message>
    <message>
        <location filename="strings.py" line="903"/>
        <source>{path} is not a file; choose the document to attach.</source>
        <translation>{path} no es un archivo; elija el documento que desea adjuntar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="906"/>
        <source>{path} is read-only: PartnerDesk needs to write to it. Change its permissions, or copy it to a folder you can write to.</source>
        <translation>{path} es de solo lectura: PartnerDesk necesita escribir en él. Cambie sus permisos, o cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location filename="strings.py" line="909"/>
        <source>{path} needs an upgrade (schema {version} -&gt; {latest}).</source>
        <translation>{path} necesita una actualización (esquema {version} -&gt; {latest}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="910"/>
        <source>{path} was made by a newer PartnerDesk (schema {version}; this program knows up to {latest}). Install the newer version to open it; the file was not changed.</source>
        <translation>{path} lo creó un PartnerDesk más reciente (esquema {version}; este programa conoce hasta el {latest}). Instale la versión más reciente para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <location filename="strings.py" line="911"/>
        <source>{reference} became active on its start date ({start}).</source>
        <translation>{reference} pasó a estar activo en su fecha de inicio ({start}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="912"/>
        <source>{reference} cannot become {new} without a justification.</source>
        <translation>{reference} no puede pasar a {new} sin una justificación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="913"/>
        <source>{reference} cannot go from {old} to {new} (possible: {options}).</source>
        <translation>{reference} no puede pasar de {old} a {new} (posible: {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="914"/>
        <source>{reference} ended after its end date ({end}).</source>
        <translation>{reference} terminó tras su fecha de finalización ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="915"/>
        <source>{reference} is active.</source>
        <translation>{reference} está activo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="916"/>
        <source>{reference} is already in PartnerDesk as &apos;{title}&apos; ({status}); it is kept as it is.</source>
        <translation>{reference} ya está en PartnerDesk como «{title}» ({status}); se conserva tal cual.</translation>
    </message>
    <message>
        <location filename="strings.py" line="917"/>
        <source>{reference} is an amendment; add programme documents to the signed agreement it amends.</source>
        <translation>{reference} es una enmienda; añada los documentos de programa al acuerdo firmado que enmienda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="918"/>
        <source>{reference} is not an amendment.</source>
        <translation>{reference} no es una enmienda.</translation>
    </message>
    <message>
        <location filename="strings.py" line="919"/>
        <source>{reference} is suspended; resume it before amending it.</source>
        <translation>{reference} está suspendido; reanúdelo antes de enmendarlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="920"/>
        <source>{reference} is {status}; it can no longer be amended.</source>
        <translation>{reference} está {status}; ya no se puede enmendar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="921"/>
        <source>{reference} is {status}; it cannot become {target} (possible: {options}).</source>
        <translation>{reference} está {status}; no puede pasar a {target} (posible: {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="922"/>
        <source>{reference} is {status}; only a signed record is amended. Edit the draft directly instead.</source>
        <translation>{reference} está {status}; solo se enmienda un registro firmado. Edite directamente el borrador.</translation>
    </message>
    <message>
        <location filename="strings.py" line="923"/>
        <source>{reference} is {status}; only drafts can be deleted. Terminate or cancel it instead.</source>
        <translation>{reference} está {status}; solo se pueden eliminar los borradores. Rescíndalo o cancélelo en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="924"/>
        <source>{reference} should have started on {start} but is still {status}.</source>
        <translation>{reference} debía empezar el {start} pero sigue {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="925"/>
        <source>{reference} signed electronically.</source>
        <translation>{reference} firmado electrónicamente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="926"/>
        <source>{signatory} has not given consent to sign electronically; each signatory confirms it separately.</source>
        <translation>{signatory} no ha dado su consentimiento para firmar electrónicamente; cada firmante lo confirma por separado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="927"/>
        <source>{signatory} is not one of the partner&apos;s authorised officers ({officers}); the partner&apos;s signatory must be.</source>
        <translation>{signatory} no es uno de los funcionarios autorizados del socio ({officers}); el firmante del socio debe serlo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="928"/>
        <source>{title} (last review {last}). Record the review in cycle phase ix.</source>
        <translation>{title} (última revisión {last}). Registre la revisión en la fase ix del ciclo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="929"/>
        <source>{title} (never reviewed). Record the review in cycle phase ix.</source>
        <translation>{title} (nunca revisada). Registre la revisión en la fase ix del ciclo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="930"/>
        <source>{title}. Evaluate it and decide in cycle phase xii whether to continue, hand over or close.</source>
        <translation>{title}. Evalúela y decida en la fase xii del ciclo si continuar, traspasar o cerrar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="931"/>
        <source>{title}: designate a focal point (seed para. 59).</source>
        <translation>{title}: designe un punto focal (seed, párr. 59).</translation>
    </message>
    <message>
        <location filename="strings.py" line="932"/>
        <source>{title}: no progress for more than {days} days. Finish the phase or mark it not applicable with a reason.</source>
        <translation>{title}: sin avances desde hace más de {days} días. Termine la fase o márquela como no aplicable con un motivo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="937"/>
        <source>{value} is used by another record, so headquarters gave this one a new reference. Keep the new one, or edit the record to choose another.</source>
        <translation>{value} lo usa otro registro, así que la sede dio a este una nueva referencia. Conserve la nueva, o edite el registro para elegir otra.</translation>
    </message>
    <message>
        <location filename="strings.py" line="938"/>
        <source>{what} ({end}) is before the start date ({start}); move it after the start.</source>
        <translation>{what} ({end}) es anterior a la fecha de inicio ({start}); póngala después del inicio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="939"/>
        <source>{what} cannot be in the future ({day}).</source>
        <translation>{what} no puede estar en el futuro ({day}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="940"/>
        <source>{what} is required.</source>
        <translation>{what} es un dato obligatorio.</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1068"/>
        <source>%n changes have waited since {since}; last successful sync: {last}. Sync when a link is up.</source>
        <translation>
            <numerusform>%Ln cambio espera desde el {since}; última sincronización correcta: {last}. Sincronice cuando haya conexión.</numerusform>
            <numerusform>%Ln cambios esperan desde el {since}; última sincronización correcta: {last}. Sincronice cuando haya conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1069"/>
        <source>%n changes have waited since {since}; none ever reached headquarters. Sync when a link is up.</source>
        <translation>
            <numerusform>%Ln cambio espera desde el {since}; nunca llegó a la sede. Sincronice cuando haya conexión.</numerusform>
            <numerusform>%Ln cambios esperan desde el {since}; ninguno llegó nunca a la sede. Sincronice cuando haya conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1070"/>
        <source>%n changes were set aside; see the Sync view for the reasons.</source>
        <translation>
            <numerusform>%Ln cambio se dejó aparte; vea el motivo en la vista Sincronización.</numerusform>
            <numerusform>%Ln cambios se dejaron aparte; vea los motivos en la vista Sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1071"/>
        <source>%n days left.</source>
        <translation>
            <numerusform>Queda %Ln día.</numerusform>
            <numerusform>Quedan %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1072"/>
        <source>%n fields were changed both here and at headquarters; choose which value to keep in the Sync view.</source>
        <translation>
            <numerusform>%Ln campo se cambió aquí y en la sede; elija qué valor conservar en la vista Sincronización.</numerusform>
            <numerusform>%Ln campos se cambiaron aquí y en la sede; elija qué valores conservar en la vista Sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1073"/>
        <source>%n {table} records made since the import use its {parent} records</source>
        <translation>
            <numerusform>%Ln registro de {table} creado desde la importación usa sus registros de {parent}</numerusform>
            <numerusform>%Ln registros de {table} creados desde la importación usan sus registros de {parent}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1074"/>
        <source>%n {table} records were edited after the import</source>
        <translation>
            <numerusform>%Ln registro de {table} se editó después de la importación</numerusform>
            <numerusform>%Ln registros de {table} se editaron después de la importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1075"/>
        <source>HQ does not know the fields {fields} of {table}.</source>
        <translation>
            <numerusform>La sede no conoce el campo {fields} de {table}.</numerusform>
            <numerusform>La sede no conoce los campos {fields} de {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1076"/>
        <source>Matches {partner}, whose {fields} differ; the existing values are kept.</source>
        <translation>
            <numerusform>Coincide con {partner}, cuyo campo {fields} es distinto; se conservan los valores existentes.</numerusform>
            <numerusform>Coincide con {partner}, cuyos campos {fields} son distintos; se conservan los valores existentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1077"/>
        <source>Too many wrong enrollment codes from this address; try again in %n minutes with the code HQ gave you.</source>
        <translation>
            <numerusform>Demasiados códigos de inscripción erróneos desde esta dirección; vuelva a intentarlo dentro de %Ln minuto con el código que le dio la sede.</numerusform>
            <numerusform>Demasiados códigos de inscripción erróneos desde esta dirección; vuelva a intentarlo dentro de %Ln minutos con el código que le dio la sede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1078"/>
        <source>Unknown offices at HQ: {codes}. Add them first with &apos;hq office add&apos;.</source>
        <translation>
            <numerusform>Oficina desconocida en la sede: {codes}. Añádala primero con «hq office add».</numerusform>
            <numerusform>Oficinas desconocidas en la sede: {codes}. Añádalas primero con «hq office add».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1079"/>
        <source>{problem} (%n more problems in this row)</source>
        <translation>
            <numerusform>{problem} (%Ln problema más en esta fila)</numerusform>
            <numerusform>{problem} (%Ln problemas más en esta fila)</numerusform>
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
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Cannot write {path}: {reason}. Choose another place (a folder you can write to, a USB stick with free space).</source>
        <translation>No se puede escribir {path}: {reason}. Elija otro lugar (una carpeta en la que pueda escribir, una memoria USB con espacio libre).</translation>
    </message>
    <message>
        <location filename="strings.py" line="605"/>
        <source>HQ&apos;s file key must be 43 characters of base64, as &apos;hq file-key&apos; prints it.</source>
        <translation>La clave de archivos de la sede debe tener 43 caracteres base64, tal como la muestra «hq file-key».</translation>
    </message>
    <message>
        <location filename="strings.py" line="767"/>
        <source>This answer does not hold what HQ writes; nothing was applied.</source>
        <translation>Esta respuesta no contiene lo que escribe la sede; no se aplicó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="768"/>
        <source>This answer was changed after HQ made it, or it was made for another device: nothing was applied. Ask HQ for the answer to this computer&apos;s file.</source>
        <translation>Esta respuesta se modificó después de que la sede la preparara, o se preparó para otro dispositivo: no se aplicó nada. Pida a la sede la respuesta al archivo de este equipo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="775"/>
        <source>This device does not have HQ&apos;s file key yet. Sync once over a network, or ask HQ for the key (&apos;hq file-key&apos;) and enter it with sync --file-key KEY.</source>
        <translation>Este dispositivo aún no tiene la clave de archivos de la sede. Sincronice una vez por la red, o pida la clave a la sede («hq file-key») e introdúzcala con sync --file-key CLAVE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="782"/>
        <source>This is not a PartnerDesk sync file: nothing was applied.</source>
        <translation>No es un archivo de sincronización de PartnerDesk: no se aplicó nada.</translation>
    </message>
    <message>
        <location filename="strings.py" line="783"/>
        <source>This is the file for HQ (an export), not HQ&apos;s answer: take it to HQ, and import the answer HQ gives back.</source>
        <translation>Este es el archivo para la sede (una exportación), no la respuesta de la sede: llévelo a la sede e importe la respuesta que le devuelva.</translation>
    </message>
    <message>
        <location filename="strings.py" line="872"/>
        <source>{name} is larger than {mb} MB: it is not an answer from HQ.</source>
        <translation>{name} supera los {mb} MB: no es una respuesta de la sede.</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>Un PIN tiene al menos {n} caracteres; elija uno más largo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>A name has at most {n} characters.</source>
        <translation>Un nombre tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>Una frase de contraseña tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="strings.py" line="594"/>
        <source>Give the user&apos;s name.</source>
        <translation>Indique el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="strings.py" line="686"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>Configure primero la oficina de este portátil (primer inicio, o &apos;join&apos;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="695"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>Ese PIN es demasiado fácil de adivinar (un dígito repetido o una serie); elija otro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="752"/>
        <source>The role is one of: {roles}.</source>
        <translation>El rol es uno de: {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="810"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>PIN incorrecto para {name}; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="867"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>{name} aún no tiene PIN en este portátil; un administrador de la oficina se lo asigna con &apos;users add&apos;.</translation>
    </message>
    <message>
        <location filename="strings.py" line="868"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} ya es usuario de la oficina {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="869"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} ya es usuario de la oficina {office}; cambie su rol en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="873"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} no es usuario de la oficina {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="874"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} no es usuario de esta oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="876"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} es el último administrador de la oficina {office}; nombre antes a otra persona administradora.</translation>
    </message>
    <message>
        <location filename="strings.py" line="933"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>{user} (rol: {role}) no puede cambiar los registros de la oficina {office}; hace falta el rol de editor, aprobador o administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="934"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>{user} (rol: {role}) no puede gestionar los usuarios de la oficina {office}; hace falta el rol de administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="935"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>{user} (rol: {role}) no puede firmar ni aprobar en la oficina {office}; hace falta el rol de aprobador o administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="936"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} no es usuario de la oficina {office}; un administrador de la oficina añade usuarios (&apos;users add&apos;), o lo hace la sede.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="941"/>
        <source>Academic institution</source>
        <translation>Institución académica</translation>
    </message>
    <message>
        <location filename="strings.py" line="942"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="strings.py" line="943"/>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
    <message>
        <location filename="strings.py" line="945"/>
        <source>Assessed by another UN agency</source>
        <translation>Evaluado por otro organismo de la ONU</translation>
    </message>
    <message>
        <location filename="strings.py" line="946"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="strings.py" line="947"/>
        <source>Budget change</source>
        <translation>Cambio presupuestario</translation>
    </message>
    <message>
        <location filename="strings.py" line="948"/>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location filename="strings.py" line="949"/>
        <source>Civil society organisation</source>
        <translation>Organización de la sociedad civil</translation>
    </message>
    <message>
        <location filename="strings.py" line="950"/>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="strings.py" line="951"/>
        <source>Cleared with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="952"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="strings.py" line="953"/>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <location filename="strings.py" line="954"/>
        <source>Community-based organisation</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <location filename="strings.py" line="955"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="strings.py" line="956"/>
        <source>Convening</source>
        <translation>Convocante</translation>
    </message>
    <message>
        <location filename="strings.py" line="957"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="strings.py" line="958"/>
        <source>Corporate sector</source>
        <translation>Sector empresarial</translation>
    </message>
    <message>
        <location filename="strings.py" line="959"/>
        <source>Country</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="960"/>
        <source>Direct cash transfer</source>
        <translation>Transferencia directa de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="961"/>
        <source>Direct payment</source>
        <translation>Pago directo</translation>
    </message>
    <message>
        <location filename="strings.py" line="962"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="strings.py" line="963"/>
        <source>Due diligence documents</source>
        <translation>Documentos de diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="964"/>
        <source>East Asia and Pacific</source>
        <translation>Asia Oriental y el Pacífico</translation>
    </message>
    <message>
        <location filename="strings.py" line="965"/>
        <source>Eastern and Southern Africa</source>
        <translation>África Oriental y Meridional</translation>
    </message>
    <message>
        <location filename="strings.py" line="967"/>
        <source>Electronic signature record</source>
        <translation>Registro de firma electrónica</translation>
    </message>
    <message>
        <location filename="strings.py" line="968"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="strings.py" line="969"/>
        <source>Europe and Central Asia</source>
        <translation>Europa y Asia Central</translation>
    </message>
    <message>
        <location filename="strings.py" line="970"/>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <location filename="strings.py" line="971"/>
        <source>Final review</source>
        <translation>Revisión final</translation>
    </message>
    <message>
        <location filename="strings.py" line="972"/>
        <source>Full programme document</source>
        <translation>Documento de programa completo</translation>
    </message>
    <message>
        <location filename="strings.py" line="973"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>Evaluación completa del riesgo (microevaluación)</translation>
    </message>
    <message>
        <location filename="strings.py" line="974"/>
        <source>Funding</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="strings.py" line="975"/>
        <source>Global</source>
        <translation>Mundial</translation>
    </message>
    <message>
        <location filename="strings.py" line="976"/>
        <source>Global programme partnership</source>
        <translation>Alianza programática mundial</translation>
    </message>
    <message>
        <location filename="strings.py" line="977"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="strings.py" line="978"/>
        <source>HACT macro assessment</source>
        <translation>Macroevaluación HACT</translation>
    </message>
    <message>
        <location filename="strings.py" line="979"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="980"/>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="981"/>
        <source>Headquarters staff</source>
        <translation>Personal de la sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="982"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="strings.py" line="983"/>
        <source>High risk assumed</source>
        <translation>Riesgo alto presunto</translation>
    </message>
    <message>
        <location filename="strings.py" line="984"/>
        <source>Humanitarian report</source>
        <translation>Informe humanitario</translation>
    </message>
    <message>
        <location filename="strings.py" line="985"/>
        <source>Implementing</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <location filename="strings.py" line="986"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="strings.py" line="987"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="strings.py" line="988"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="989"/>
        <source>Knowledge and innovation</source>
        <translation>Conocimiento e innovación</translation>
    </message>
    <message>
        <location filename="strings.py" line="990"/>
        <source>Knowledge and research</source>
        <translation>Conocimiento e investigación</translation>
    </message>
    <message>
        <location filename="strings.py" line="991"/>
        <source>Latin America and Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location filename="strings.py" line="992"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="993"/>
        <source>Legal agreement</source>
        <translation>Acuerdo jurídico</translation>
    </message>
    <message>
        <location filename="strings.py" line="994"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="995"/>
        <source>Low capacity assumed - emergency</source>
        <translation>Baja capacidad presunta - emergencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="996"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="997"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="strings.py" line="998"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="strings.py" line="999"/>
        <source>Media and communication</source>
        <translation>Medios y comunicación</translation>
    </message>
    <message>
        <location filename="strings.py" line="1000"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="strings.py" line="1001"/>
        <source>Memorandum of Understanding</source>
        <translation>Memorando de Entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="1002"/>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="1003"/>
        <source>Micro assessment</source>
        <translation>Microevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="1004"/>
        <source>Middle East and North Africa</source>
        <translation>Oriente Medio y Norte de África</translation>
    </message>
    <message>
        <location filename="strings.py" line="1005"/>
        <source>Mobilising resources</source>
        <translation>Movilización de recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="1006"/>
        <source>Multilateral / international financial institution</source>
        <translation>Institución multilateral / financiera internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1007"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1008"/>
        <source>No-cost extension</source>
        <translation>Prórroga sin costo</translation>
    </message>
    <message>
        <location filename="strings.py" line="1009"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="strings.py" line="1010"/>
        <source>Not required</source>
        <translation>No se requiere</translation>
    </message>
    <message>
        <location filename="strings.py" line="1011"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="1013"/>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Punto focal de la alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="1017"/>
        <source>Policy and advocacy</source>
        <translation>Políticas y promoción</translation>
    </message>
    <message>
        <location filename="strings.py" line="1018"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="1019"/>
        <source>Programmatic visit</source>
        <translation>Visita programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="1020"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Acuerdo de Cooperación Programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="1021"/>
        <source>Programme Document</source>
        <translation>Documento de Programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="1022"/>
        <source>Programme implementation</source>
        <translation>Ejecución de programas</translation>
    </message>
    <message>
        <location filename="strings.py" line="1023"/>
        <source>Programme officer</source>
        <translation>Oficial de programas</translation>
    </message>
    <message>
        <location filename="strings.py" line="1024"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="strings.py" line="1025"/>
        <source>Quarterly progress report</source>
        <translation>Informe trimestral</translation>
    </message>
    <message>
        <location filename="strings.py" line="1026"/>
        <source>Red Cross / Red Crescent</source>
        <translation>Cruz Roja / Media Luna Roja</translation>
    </message>
    <message>
        <location filename="strings.py" line="1027"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1028"/>
        <source>Reimbursement</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="strings.py" line="1029"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rechazada (riesgo inaceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="1030"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="strings.py" line="1031"/>
        <source>Results change</source>
        <translation>Cambio de resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="1032"/>
        <source>Review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="1033"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="1034"/>
        <source>Signature</source>
        <translation>En firma</translation>
    </message>
    <message>
        <location filename="strings.py" line="1035"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="strings.py" line="1036"/>
        <source>Signed agreement / document</source>
        <translation>Acuerdo / documento firmado</translation>
    </message>
    <message>
        <location filename="strings.py" line="1037"/>
        <source>Signed original of the agreement</source>
        <translation>Original firmado del acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="1038"/>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <location filename="strings.py" line="1039"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>Documento de Programa Humanitario Simplificado</translation>
    </message>
    <message>
        <location filename="strings.py" line="1040"/>
        <source>Simplified checklist</source>
        <translation>Lista de verificación simplificada</translation>
    </message>
    <message>
        <location filename="strings.py" line="1041"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Acuerdo de Financiamiento a Pequeña Escala</translation>
    </message>
    <message>
        <location filename="strings.py" line="1042"/>
        <source>South Asia</source>
        <translation>Asia Meridional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1043"/>
        <source>Spot check</source>
        <translation>Verificación puntual</translation>
    </message>
    <message>
        <location filename="strings.py" line="1044"/>
        <source>Subnational</source>
        <translation>Subnacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="1045"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="strings.py" line="1046"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="strings.py" line="1047"/>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <location filename="strings.py" line="1048"/>
        <source>Termination document</source>
        <translation>Documento de rescisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="1049"/>
        <source>UNICEF National Committee</source>
        <translation>Comité Nacional pro UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="1050"/>
        <source>United Nations entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="1052"/>
        <source>West and Central Africa</source>
        <translation>África Occidental y Central</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="7"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="8"/>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="9"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="strings.py" line="944"/>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location filename="strings.py" line="966"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="strings.py" line="1012"/>
        <source>Office administrator</source>
        <translation>Administrador de la oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="1051"/>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
</context>
</TS>
