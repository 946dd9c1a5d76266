<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="27"/>
        <source>e.g. 36</source>
        <translation>p. ej., 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="39"/>
        <source>Planned lifespan (months) *</source>
        <translation>Duración prevista (meses) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="41"/>
        <source>Evaluation due *</source>
        <translation>Fecha de evaluación *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Exit conditions *</source>
        <translation>Condiciones de salida *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="54"/>
        <source>Lifespan ends</source>
        <translation>Fin de la duración prevista</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="55"/>
        <source>Save exit strategy</source>
        <translation>Guardar estrategia de salida</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Toda alianza necesita una estrategia de salida o de sostenibilidad: cuánto tiempo se prevé que dure, cuándo una evaluación decidirá si continúa y las condiciones para ponerle fin o traspasarla (documento de base, párr. 60).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="82"/>
        <source>not set yet</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewed on</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Partner feedback</source>
        <translation>Opinión de los socios</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="27"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligencia debida: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Why not applicable</source>
        <translation>Por qué no procede</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="80"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="84"/>
        <source>Save phase</source>
        <translation>Guardar fase</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="250"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>%n problema(s) por corregir antes de guardar.</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="50"/>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="51"/>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Monitor</source>
        <translation>Supervisar</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="68"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="73"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Current relation</source>
        <translation>Relación actual</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="118"/>
        <source>Add stakeholder</source>
        <translation>Agregar parte interesada</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="121"/>
        <source>Remove selected</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="124"/>
        <source>From the landscape...</source>
        <translation>Desde el panorama...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Añadir las organizaciones halladas en los archivos IATI y 3W de esta oficina</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="20"/>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="21"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="33"/>
        <source>Writing %1 ...</source>
        <translation>Escribiendo %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="34"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="52"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 filas exportadas a %2.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="58"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="94"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
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
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
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
        <location filename="../agreements/editor.py" line="51"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>UNICEF total</source>
        <translation>Total UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="58"/>
        <source>Open programme document</source>
        <translation>Abrir documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="61"/>
        <source>New programme document</source>
        <translation>Nuevo documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="73"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funcionarios autorizados del socio&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="75"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos de programa&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="100"/>
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
        <location filename="../agreements/editor.py" line="134"/>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="138"/>
        <source> (emergency)</source>
        <translation> (emergencia)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="164"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>No hay ninguno registrado: agréguelos primero al socio.</translation>
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
        <translation>Buscar referencias, socios, títulos...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="38"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="40"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="42"/>
        <source>&amp;New agreement</source>
        <translation>&amp;Nuevo acuerdo</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="66"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>Elija un acuerdo de la lista o cree uno nuevo.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="91"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="94"/>
        <source>Agreements, as listed...</source>
        <translation>Acuerdos, tal como se listan...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="96"/>
        <source>Programme documents...</source>
        <translation>Documentos de programa...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="174"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>%n agreement status change(s) applied for today&apos;s date.</source>
        <translation>Se aplicaron %n cambio(s) de estado de acuerdos según la fecha de hoy.</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Agreements updated</source>
        <translation>Acuerdos actualizados</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Automatic status changes failed: %1</source>
        <translation>Fallaron los cambios de estado automáticos: %1</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="94"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="131"/>
        <source>Alerts: %1</source>
        <translation>Alertas: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="132"/>
        <source>Nothing needs you now.</source>
        <translation>Nada requiere su atención ahora.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="174"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 en la lista, las más urgentes primero.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="178"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>se muestran las %1 más urgentes de %2.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
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
        <location filename="../assessment/page.py" line="26"/>
        <source>Not rated</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="40"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>La calificación (%1) no coincidía con lo que mostraban los datos (%2) cuando se envió la evaluación.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="44"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>Su calificación (%1) no coincide con lo que muestran los datos (%2). Explique el motivo en la evidencia o cambie la calificación.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="56"/>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="58"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="61"/>
        <source>All offices (headquarters summary)...</source>
        <translation>Todas las oficinas (resumen de la sede)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="83"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="86"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="117"/>
        <source>Start the self-assessment</source>
        <translation>Iniciar la autoevaluación</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="145"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>Calculando la evidencia a partir de los datos de la oficina...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="158"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>No se pudo cargar la autoevaluación: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="174"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="175"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>%1 aún no tiene autoevaluación para %2. Iníciela para calificar a la oficina según los criterios de referencia.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="197"/>
        <source>Summary and submit</source>
        <translation>Resumen y envío</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="198"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Submitted (locked)</source>
        <translation>Enviada (bloqueada)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="209"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>Confirmada por la sede (bloqueada)</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Save the self-assessment as PDF</source>
        <translation>Guardar la autoevaluación en PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>Autoevaluación enviada a la sede.</translation>
    </message>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Wrote %1</source>
        <translation>Se guardó %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="41"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>Obteniendo %1 de la sede...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="59"/>
        <source>Could not fetch %1: %2</source>
        <translation>No se pudo obtener %1: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="77"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>Lo que mostraban los datos de la propia oficina al enviarla</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="78"/>
        <source>What the office&apos;s own data shows</source>
        <translation>Lo que muestran los datos de la propia oficina</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="84"/>
        <source>The data suggests: %1</source>
        <translation>Los datos sugieren: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="85"/>
        <source>no suggestion</source>
        <translation>sin sugerencia</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>no self-assessment</source>
        <translation>sin autoevaluación</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="90"/>
        <source>Last year (%1): %2</source>
        <translation>Año anterior (%1): %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="105"/>
        <source>Your rating %1:</source>
        <translation>Su calificación %1:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="119"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>Evidencia (qué demuestra que se cumple el criterio, o por qué no):</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="135"/>
        <source>Attach a document...</source>
        <translation>Adjuntar un documento...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Action plan for this benchmark</source>
        <translation>Plan de acción para este criterio</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="163"/>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="166"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="171"/>
        <source>Add action</source>
        <translation>Agregar acción</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="174"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="262"/>
        <source>No documents attached.</source>
        <translation>No hay documentos adjuntos.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="263"/>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>UNICEF cash</source>
        <translation>Efectivo UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Partner contribution</source>
        <translation>Aporte del socio</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Supplies</source>
        <translation>Insumos</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="78"/>
        <source>Output no.</source>
        <translation>N.º de producto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="80"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>El número del producto, en la pestaña Resultados, al que contribuye esta actividad.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="93"/>
        <source>Add budget line</source>
        <translation>Agregar línea presupuestaria</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="96"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="214"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>Efectivo UNICEF {0}  ·  Socio {1}  ·  Insumos {2}  ·  Total {3}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Acronym</source>
        <translation>Sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Implementing</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Reported by</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>UNICEF cash</source>
        <translation>Efectivo de UNICEF</translation>
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
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="58"/>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="59"/>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="72"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1: %2 filas. Compruebe qué contiene cada columna; las columnas que queden en «(no importada)» solo se guardan en el registro de la importación.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="83"/>
        <source>(not imported)</source>
        <translation>(no importada)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Headquarters&apos; value</source>
        <translation>Valor de la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Changed at HQ by</source>
        <translation>Cambiado en la sede por</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="37"/>
        <source>No conflicts: every change merged.</source>
        <translation>Sin conflictos: se integraron todos los cambios.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="38"/>
        <source>Keep my value</source>
        <translation>Conservar mi valor</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>Keep headquarters&apos; value</source>
        <translation>Conservar el valor de la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="58"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (eliminado en la sede)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="60"/>
        <source>deleted here, edited at HQ</source>
        <translation>eliminado aquí, editado en la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="62"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (ya lo usa otro registro: renombrado)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="64"/>
        <source>could not be stored here</source>
        <translation>no se pudo guardar aquí</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="60"/>
        <source>Copy report</source>
        <translation>Copiar el informe</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>PartnerDesk se cerró inesperadamente</translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
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
        <location filename="strings.py" line="64"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk: error inesperado</translation>
    </message>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>Algo salió mal: %1

Su trabajo guardado y los borradores están a salvo. Los detalles se escribieron en %2; envíe ese archivo al equipo de asistencia.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="47"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>Buscar una alianza (referencia, título, socio)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="68"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>Elija una alianza para trabajar en su ciclo de alianza.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="79"/>
        <source>%v of %m phases complete</source>
        <translation>%v de %m fases completadas</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Phase form</source>
        <translation>Formulario de la fase</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="97"/>
        <source>Exit strategy</source>
        <translation>Estrategia de salida</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="145"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>Estado: %1 · Punto focal: %2 · Socios: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="148"/>
        <source>none designated</source>
        <translation>sin designar</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="153"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>Todas las fases están completas. Siga revisando la alianza cada año.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="156"/>
        <source>Next: phase %1 (%2). </source>
        <translation>Siguiente: fase %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="218"/>
        <source>Phase %1 saved.</source>
        <translation>Fase %1 guardada.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements ending soon</source>
        <translation>Acuerdos que vencen pronto</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Agreements past their end</source>
        <translation>Acuerdos vencidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes not synced</source>
        <translation>Cambios sin sincronizar</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Changes refused by headquarters</source>
        <translation>Cambios rechazados por la sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Due diligence missing</source>
        <translation>Falta la diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items due soon</source>
        <translation>Elementos de emergencia que vencen pronto</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Emergency items overdue</source>
        <translation>Elementos de emergencia vencidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>Duración vencida, sin evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>No focal point</source>
        <translation>Sin punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Phases stalled</source>
        <translation>Fases estancadas</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Programme documents not started</source>
        <translation>Documentos de programa sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews due soon</source>
        <translation>Revisiones próximas</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Reviews overdue</source>
        <translation>Revisiones atrasadas</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expired</source>
        <translation>Evaluaciones de riesgo vencidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Risk assessments expiring</source>
        <translation>Evaluaciones de riesgo por vencer</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment actions due</source>
        <translation>Acciones de autoevaluación pendientes</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Self-assessment not submitted</source>
        <translation>Autoevaluación no presentada</translation>
    </message>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="70"/>
        <source>What needs you</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="74"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>Oficina cuyas alertas y alianzas se muestran</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Only mine</source>
        <translation>Solo las mías</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="77"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>Solo las alianzas de las que usted es coordinador</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="140"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>Alianzas con %1 como coordinador</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Next review</source>
        <translation>Próx. revisión</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="115"/>
        <source>Open partnerships by stage</source>
        <translation>Alianzas abiertas por etapa</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>By contribution to results</source>
        <translation>Por contribución a los resultados</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="153"/>
        <location filename="../cycle/dashboard.py" line="195"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="166"/>
        <source>Could not load the dashboard: %1</source>
        <translation>No se pudo cargar el panel: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="175"/>
        <source>My partnerships (%1)</source>
        <translation>Mis alianzas (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="176"/>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="182"/>
        <source>all phases complete</source>
        <translation>todas las fases completadas</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="30"/>
        <source>Close a deferred item</source>
        <translation>Cerrar un elemento aplazado</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="45"/>
        <source>Document (scan)</source>
        <translation>Documento (escaneado)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="50"/>
        <source>Done on</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="62"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="63"/>
        <source>Risk rating</source>
        <translation>Calificación del riesgo</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="67"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="86"/>
        <source>The signed document</source>
        <translation>El documento firmado</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>Signed version</source>
        <translation>Versión firmada</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="50"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="82"/>
        <source>%n change(s) against the signed version.</source>
        <translation>
            <numerusform>%n cambio respecto de la versión firmada.</numerusform>
            <numerusform>%n cambios respecto de la versión firmada.</numerusform>
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
        <location filename="../agreements/emergency_area.py" line="24"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vía rápida de emergencia&lt;/h3&gt;&lt;p&gt;Inicie un documento de programa humanitario simplificado a partir de una plantilla precertificada en cuatro pantallas: en el marco del PCA firmado del socio o como un nuevo SSFA. Las firmas son electrónicas; la evaluación completa y la documentación se aplazan con fechas límite y vuelven como alertas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="35"/>
        <source>Close with evidence…</source>
        <translation>Cerrar con las pruebas…</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="40"/>
        <source>Open the programme document</source>
        <translation>Abrir el documento de programa</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="88"/>
        <source>Deferred items still open in %1</source>
        <translation>Elementos diferidos aún abiertos en %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open</source>
        <translation>Elementos diferidos aún abiertos</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="93"/>
        <source> (overdue)</source>
        <translation> (vencido)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="107"/>
        <source>Choose an item in the list first.</source>
        <translation>Elija primero un elemento de la lista.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="115"/>
        <source>Done: the evidence is recorded.</source>
        <translation>Hecho: las pruebas quedan registradas.</translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="172"/>
        <source>Emergency fast track</source>
        <translation>Vía rápida de emergencia</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 filas exportadas a %2.</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="strings.py" line="92"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>Guardar esta lista, tal como está filtrada y ordenada, en Excel o CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Writing %1 ...</source>
        <translation>Escribiendo %1 ...</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="26"/>
        <source>Welcome to PartnerDesk</source>
        <translation>Le damos la bienvenida a PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="141"/>
        <source>Office code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Kenya Country Office</source>
        <translation>Oficina de País de Kenya</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Country (ISO3)</source>
        <translation>País (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="68"/>
        <location filename="../first_run.py" line="147"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="29"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a PartnerDesk&lt;/h2&gt;&lt;p&gt;Todo se guarda en este equipo y funciona sin conexión; los cambios se envían a la sede al sincronizar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="34"/>
        <location filename="../first_run.py" line="70"/>
        <source>Join my office</source>
        <translation>Unirme a mi oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <source>Set up a new office</source>
        <translation>Configurar una oficina nueva</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="39"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>Registros ficticios en un archivo propio, aparte de los datos de su oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="58"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>Su oficina ya trabaja con PartnerDesk: pida a la sede un código de inscripción para este equipo. Los socios, alianzas y acuerdos de su oficina llegan entonces desde la sede, y puede empezar en cuanto lleguen los primeros. Un equipo que sustituye a uno perdido se une de la misma manera.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="64"/>
        <source>Headquarters address</source>
        <translation>Dirección de la sede</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="66"/>
        <source>Enrollment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="100"/>
        <source>Contacting headquarters…</source>
        <translation>Contactando con la sede…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="129"/>
        <source>Could not join: %1</source>
        <translation>No se pudo unir a la oficina: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="138"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>Solo para una oficina que aún no usa PartnerDesk.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="150"/>
        <source>Set up my office</source>
        <translation>Configurar mi oficina</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="37"/>
        <source>Explore with demo data</source>
        <translation>Explorar con datos de demostración</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="23"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>Valores de la sede que este equipo no pudo guardar. Se conservan y se guardarán solos cuando se corrijan en la sede; todo lo demás se guardó.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="36"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>a la espera de que su cambio llegue a la sede</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="38"/>
        <source>the whole record</source>
        <translation>el registro completo</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Bytes (sent/received)</source>
        <translation>Bytes (enviados/recibidos)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="28"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>Autoevaluación: resumen de la sede</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="40"/>
        <source>Print PDF...</source>
        <translation>Imprimir PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="55"/>
        <source>By region</source>
        <translation>Por región</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All benchmarks met</source>
        <translation>Todos los criterios cumplidos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Benchmark</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="53"/>
        <source>Benchmarks</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="60"/>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="83"/>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="61"/>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Rated</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Data shows</source>
        <translation>Los datos muestran</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="100"/>
        <source>Office data</source>
        <translation>Datos de la oficina</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="101"/>
        <source>Disagreements (%1)</source>
        <translation>Diferencias (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Reported</source>
        <translation>Informaron</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (rating)</source>
        <translation>Todos cumplidos (calificación)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (data)</source>
        <translation>Todos cumplidos (datos)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="122"/>
        <source>Disagreements</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;Autoevaluaciones presentadas para %3: %1 de %2 oficinas.&lt;/b&gt; Oficinas que cumplieron los %5 criterios según su propia calificación: %4; según sus propios datos: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="134"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>Calificaciones que difieren de los datos de la oficina: %1, en %2 de las oficinas que presentaron.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="142"/>
        <source>Submitted</source>
        <translation>Presentado</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Acknowledged</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Met by rating</source>
        <translation>Cumplido según la calificación</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Met by data</source>
        <translation>Cumplido según los datos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Disagree</source>
        <translation>Difieren</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="159"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="164"/>
        <source>No earlier year to compare with.</source>
        <translation>No hay un año anterior con el que comparar.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>Cada año se compara con el anterior sobre las mismas oficinas: las que presentaron en ambos (%1 de %2 a %3). Oficinas que presentaron: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Offices in both</source>
        <translation>Oficinas en ambos</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="204"/>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen en PDF</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Academic, Training and Research</source>
        <translation>Académico, formación e investigación</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Finalisation</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Foundation</source>
        <translation>Fundación</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Implementation</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>Local Government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Multilateral</source>
        <translation>Multilateral</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Other Public Sector</source>
        <translation>Otro sector público</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Partner Country based NGO</source>
        <translation>ONG del país socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Pipeline/identification</source>
        <translation>En preparación / identificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>Sector privado del país receptor</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Private Sector in Provider Country</source>
        <translation>Sector privado del país donante</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Private Sector in Third Country</source>
        <translation>Sector privado de un tercer país</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Public Private Partnership</source>
        <translation>Asociación público-privada</translation>
    </message>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Regional NGO</source>
        <translation>ONG regional</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="39"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="40"/>
        <source>Matches existing</source>
        <translation>Coincide con uno existente</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>Conflicts</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Looks like existing</source>
        <translation>Se parece a uno existente</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Agreement reference</source>
        <translation>Referencia del acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessment date</source>
        <translation>Fecha de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Assessments (type and date)</source>
        <translation>Evaluaciones (tipo y fecha)</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>CSO type</source>
        <translation>Tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Core values date</source>
        <translation>Fecha de valores fundamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Country programme</source>
        <translation>Programa de país</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>FR amount</source>
        <translation>Importe de las FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>FR numbers</source>
        <translation>Números de FR</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Humanitarian</source>
        <translation>Humanitario</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>PD reference</source>
        <translation>Referencia del DP</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>PSEA assessment date</source>
        <translation>Fecha de la evaluación PEAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner contribution</source>
        <translation>Contribución del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner name</source>
        <translation>Nombre del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Partner signed on</source>
        <translation>Firmado por el socio el</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Risk rating</source>
        <translation>Calificación de riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>SEA risk rating</source>
        <translation>Calificación de riesgo de EAS</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Short name / acronym</source>
        <translation>Nombre corto / sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>Total budget</source>
        <translation>Presupuesto total</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF cash</source>
        <translation>Efectivo de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>UNICEF signed on</source>
        <translation>Firmado por UNICEF el</translation>
    </message>
    <message>
        <location filename="strings.py" line="158"/>
        <source>UNICEF supplies</source>
        <translation>Suministros de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Vendor number</source>
        <translation>Número de proveedor</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="31"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="41"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>Socios (CSV o Excel, p. ej. una exportación de eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>Acuerdos y documentos de programa (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>IATI activity file (XML)</source>
        <translation>Archivo de actividades IATI (XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>Tabla 3W HXL: quién hace qué y dónde (CSV o Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="49"/>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="58"/>
        <source>(the sheet says)</source>
        <translation>(según la hoja)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="66"/>
        <source>What the file holds</source>
        <translation>Contenido del archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Partner type when the sheet has none</source>
        <translation>Tipo de socio si la hoja no lo indica</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="87"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="88"/>
        <source>Save mapping...</source>
        <translation>Guardar la correspondencia...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>Load mapping...</source>
        <translation>Cargar una correspondencia...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <location filename="../interchange/import_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="127"/>
        <source>&amp;Preview &gt;</source>
        <translation>&amp;Vista previa &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="158"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <location filename="../interchange/import_wizard.py" line="172"/>
        <location filename="../interchange/import_wizard.py" line="193"/>
        <source>Cannot import</source>
        <translation>No se puede importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="164"/>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que desea importar</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="165"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.xlsx *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="173"/>
        <source>Choose a file that exists.</source>
        <translation>Elija un archivo que exista.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="194"/>
        <source>Choose the column that holds: %1.</source>
        <translation>Elija la columna que contiene: %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="215"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>%1 filas leídas: %2 nuevas, %3 coinciden con registros existentes, %4 en conflicto (se conservan como están), %5 se parecen a socios existentes (elija), %6 no válidas (omitidas).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="229"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>%1 actividades leídas: %2 por añadir, %3 ya presentes, %4 omitidas.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="256"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>Importado: %1 creados, %2 coincidentes, %3 omitidos. El lote %4 se puede deshacer por completo.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="269"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>Se deshizo la importación: %1 registros eliminados.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="283"/>
        <source>Save the column mapping</source>
        <translation>Guardar la correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="289"/>
        <source>Load a column mapping</source>
        <translation>Cargar una correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="295"/>
        <source>Cannot use this mapping</source>
        <translation>No se puede usar esta correspondencia</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="strings.py" line="162"/>
        <source>Is a partner</source>
        <translation>Ya es socia</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Made a partner</source>
        <translation>Convertida en socia</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="47"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>Buscar títulos, organizaciones, sectores, lugares...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="54"/>
        <source>&amp;Import data...</source>
        <translation>&amp;Importar datos...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="69"/>
        <source>Make a &amp;partner</source>
        <translation>Convertir en &amp;socio</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="72"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;Igual que un socio...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="75"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="89"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="127"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>Any sector</source>
        <translation>Cualquier sector</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="130"/>
        <source>Any area</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any organisation type</source>
        <translation>Cualquier tipo de organización</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="184"/>
        <source>Landscape</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Choose an organisation in the list first.</source>
        <translation>Elija primero una organización de la lista.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="190"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="205"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>Ningún socio tiene un nombre parecido al de esta organización.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="207"/>
        <source>Same as a partner</source>
        <translation>Igual que un socio</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>This organisation is:</source>
        <translation>Esta organización es:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="110"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>%1 contiene registros que no son de demostración; se deja como está. Muévalo a otro lugar para explorar la demostración.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="47"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>Buscar nombres, siglas, objetivos, lugares...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="198"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="41"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="44"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="332"/>
        <source>Counting...</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="333"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
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
        <translation>&lt;b&gt;Datos de demostración.&lt;/b&gt; Socios y alianzas ficticios para explorar PartnerDesk, en un archivo propio: nada de esto es de su oficina y nada se envía a la sede.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Leave the demo</source>
        <translation>Salir de la demostración</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Syncing %p%</source>
        <translation>Sincronizando %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>Nada aquí puede abrir un registro de tipo %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Office: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="191"/>
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Offline: not connected to headquarters</source>
        <translation>Sin conexión: no conectado a la sede</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>Sin conexión: falló la última sincronización (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
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
        <location filename="strings.py" line="164"/>
        <source>Account name</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Also counts as</source>
        <translation>También cuenta como</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Assessment type</source>
        <translation>Tipo de evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Branch</source>
        <translation>Sucursal</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>CSO type</source>
        <translation>Tipo de OSC</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Core values assessed on</source>
        <translation>Valores evaluados el</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Country (ISO3)</source>
        <translation>País (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="176"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Due diligence date</source>
        <translation>Fecha de diligencia</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="178"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>PSEA assessed on</source>
        <translation>PEAS evaluada el</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Partner type</source>
        <translation>Tipo de socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>Required for civil society organisations.</source>
        <translation>Obligatorio para organizaciones de la sociedad civil.</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Risk rating</source>
        <translation>Calificación de riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="187"/>
        <source>Short name / acronym</source>
        <translation>Nombre corto / sigla</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
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
        <location filename="../agreements/emergency_pages.py" line="37"/>
        <source>1. Partner</source>
        <translation>1. Socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="38"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>Elija un socio que ya conozca o agregue uno en una línea.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="39"/>
        <source>A partner we know</source>
        <translation>Un socio conocido</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="41"/>
        <source>A new partner: high risk assumed</source>
        <translation>Un socio nuevo: riesgo alto presunto</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="58"/>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="63"/>
        <source>Legal name of the organisation</source>
        <translation>Nombre legal de la organización</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="65"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>Se registra como organización nacional de la sociedad civil con calificación de riesgo Alto (riesgo alto presunto). Su evaluación completa y la diligencia debida se aplazan y vuelven como alertas con sus fechas límite.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="72"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Under</source>
        <translation>En el marco de</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="75"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="106"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>PCA %1 (PD humanitario en su marco)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="108"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>Un nuevo SSFA (hasta %1 USD)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="189"/>
        <source>&amp;New partner</source>
        <translation>&amp;Nuevo socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="191"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
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
        <location filename="strings.py" line="193"/>
        <source>Contribution to results</source>
        <translation>Contribución a resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Engagement</source>
        <translation>Tipo de relación</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Focal point</source>
        <translation>Punto focal</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Formality</source>
        <translation>Formalidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Geographic reach</source>
        <translation>Alcance geográfico</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>Las alianzas se guían por los resultados, no por los actores.</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Results for children</source>
        <translation>Resultados para la infancia</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="204"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="206"/>
        <source>&amp;New partnership</source>
        <translation>&amp;Nueva alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Any contribution</source>
        <translation>Toda contribución</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="63"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="64"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Visits, reporting, risks</source>
        <translation>Visitas, informes, riesgos</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="117"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>Total UNICEF (efectivo, insumos, gestión) %1 · Parte del socio %2%</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Cash transfer</source>
        <translation>Transferencia de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Management costs</source>
        <translation>Costos de gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>Costos de apoyo al programa del socio, en la moneda del PD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>p. ej., Turkana, Garissa</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="131"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>Una fecha (AAAA-MM-DD) o un trimestre, p. ej., 2026 T3</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Kind of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="134"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Where the visit goes</source>
        <translation>Dónde se realiza la visita</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Kind of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>Fecha límite (AAAA-MM-DD) o frecuencia, p. ej., cada trimestre</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>What could go wrong</source>
        <translation>Qué podría salir mal</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>What the partner will do</source>
        <translation>Qué hará el socio</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Planned visits</source>
        <translation>Visitas previstas</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Reporting requirements</source>
        <translation>Requisitos de presentación de informes</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="148"/>
        <source>Risks and mitigation</source>
        <translation>Riesgos y mitigación</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="47"/>
        <source>One country programme output per line</source>
        <translation>Un producto del programa del país por línea</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="53"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="54"/>
        <source>Implementation strategy</source>
        <translation>Estrategia de ejecución</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="55"/>
        <source>Country programme outputs</source>
        <translation>Productos del programa del país</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="65"/>
        <source>Why this rating</source>
        <translation>Motivo de la calificación</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="76"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>Nombre &lt;correo&gt;; Nombre &lt;correo&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="78"/>
        <source>UNICEF focal points</source>
        <translation>Coordinadores del UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
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
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Fate</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="106"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="128"/>
        <source>Create a new partner</source>
        <translation>Crear un socio nuevo</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Same as %1 (%2%)</source>
        <translation>Igual que %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Skip this row</source>
        <translation>Omitir esta fila</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="137"/>
        <source>Matches %1; nothing changes.</source>
        <translation>Coincide con %1; no cambia nada.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="56"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;Imprimir PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="62"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="88"/>
        <source>Printing %1...</source>
        <translation>Imprimiendo %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="95"/>
        <source>Printed to %1</source>
        <translation>Impreso en %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="102"/>
        <source>Could not print: %1</source>
        <translation>No se pudo imprimir: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="53"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="112"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>Se restauraron cambios que no había guardado (%1). Guárdelos o use Revertir para descartarlos.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="154"/>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="176"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="177"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>Ha modificado este registro sin guardarlo. ¿Desea guardar los cambios?</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="67"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>Haga clic en el nombre de un documento para abrirlo.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="71"/>
        <source>Attach signed document...</source>
        <translation>Adjuntar documento firmado...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="74"/>
        <source>Attach termination document...</source>
        <translation>Adjuntar documento de rescisión...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="81"/>
        <source>UNICEF signatories...</source>
        <translation>Firmantes del UNICEF...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="84"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>Los funcionarios de la oficina autorizados a firmar por el UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open amendment</source>
        <translation>Abrir la enmienda</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="104"/>
        <source>Open the signed record it amends</source>
        <translation>Abrir el documento firmado que modifica</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="118"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="119"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="120"/>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <location filename="../agreements/record.py" line="277"/>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="128"/>
        <source>Amend...</source>
        <translation>Enmendar...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="207"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>Guarde primero; luego firme y adjunte los documentos.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="233"/>
        <source>Attached: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="234"/>
        <source>Nothing attached yet.</source>
        <translation>Aún no hay nada adjunto.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="241"/>
        <source>Amendment %1 against the signed version</source>
        <translation>Enmienda %1 respecto de la versión firmada</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="276"/>
        <source>Amendments (%1 draft)</source>
        <translation>Enmiendas (%1 en borrador)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="309"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="319"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="320"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>Indique el motivo en una frase (quedará registrado):</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="333"/>
        <source>%1 is now %2.</source>
        <translation>Nuevo estado de %1: %2.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="340"/>
        <source>Choose the scanned document</source>
        <translation>Elija el documento escaneado</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="360"/>
        <source>Attached.</source>
        <translation>Adjuntado.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="376"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>Borrador de la enmienda %1 creado: modifique lo que enmienda, guarde y luego fírmela.</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>Un funcionario autorizado por la oficina a firmar por el UNICEF (botón Firmantes del UNICEF, más abajo).</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Partner signed on</source>
        <translation>Firmado por el socio el</translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>Title </source>
        <translation>Cargo </translation>
    </message>
    <message>
        <location filename="strings.py" line="225"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>UNICEF signed on</source>
        <translation>Firmado por UNICEF el</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="141"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>new record</source>
        <translation>registro nuevo</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>edit</source>
        <translation>edición</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>deletion</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>file upload</source>
        <translation>envío de archivo</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="226"/>
        <source>3. Results</source>
        <translation>3. Resultados</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="227"/>
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
    <name>RowsTable</name>
    <message>
        <location filename="../widgets/rows_table.py" line="25"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="23"/>
        <source>Sign in to PartnerDesk</source>
        <translation>Iniciar sesión en PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="26"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>Varias personas usan PartnerDesk en este ordenador. Elija su nombre y escriba su PIN: lo que cambie quedará firmado con su nombre.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="45"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="46"/>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="32"/>
        <source>4. Sign electronically and print</source>
        <translation>4. Firmar electrónicamente e imprimir</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="33"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>Cada firma se registra con el firmante, la hora, este dispositivo y la huella SHA-256 del texto firmado, y se imprime en el bloque de firmas.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="47"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>Ningún funcionario de esta oficina está autorizado a firmar por el UNICEF. Añada los funcionarios autorizados de la oficina: un acuerdo, pestaña Firmas, Firmantes del UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="56"/>
        <source>Sign and print</source>
        <translation>Firmar e imprimir</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="66"/>
        <source>Partner signatory</source>
        <translation>Firmante del socio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="67"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>UNICEF signatory</source>
        <translation>Firmante de UNICEF</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="70"/>
        <source>Title </source>
        <translation>Cargo </translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="114"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (UNICEF) confirma que firma este documento electrónicamente</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (asociado) confirma que firma este documento electrónicamente</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="123"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>Elija a ambos firmantes; cada uno confirma la firma electrónica.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="151"/>
        <source>Deferred:</source>
        <translation>Aplazado:</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="22"/>
        <source>UNICEF signatories of office %1</source>
        <translation>Firmantes del UNICEF de la oficina %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="39"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="28"/>
        <source>Withdraw the authority to sign</source>
        <translation>Retirar la facultad de firma</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="35"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>AAAA-MM-DD (vacío: sin fin)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>Authorise this officer</source>
        <translation>Autorizar a este funcionario</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="51"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>Solo estos funcionarios pueden firmar acuerdos por el UNICEF en esta oficina.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="90"/>
        <source>Choose an officer in the list first.</source>
        <translation>Elija primero un funcionario de la lista.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="50"/>
        <source>Print PDF...</source>
        <translation>Imprimir PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Submit to headquarters</source>
        <translation>Enviar a la sede</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="71"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>Resumen de la autoevaluación %1 de %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="74"/>
        <source>Benchmark</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Office data</source>
        <translation>Datos de la oficina</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="90"/>
        <source>The rating differs from what the data shows.</source>
        <translation>La calificación no coincide con lo que muestran los datos.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="93"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>Cumplido: %1   Cumplido en parte: %2   No cumplido: %3   Sin calificar: %4   Calificación y datos discrepan: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="104"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>Enviada el %1 por %2: bloqueada.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="107"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>Borrador: al enviarla se bloquean las calificaciones y las cifras.</translation>
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
        <translation>solo la primera vez, p. ej., K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="40"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="54"/>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="56"/>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="60"/>
        <source>Enrollment code:</source>
        <translation>Código de inscripción:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="61"/>
        <source>Last sync:</source>
        <translation>Última sincronización:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="62"/>
        <source>Unsent changes:</source>
        <translation>Cambios sin enviar:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="73"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="74"/>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="75"/>
        <source>Set aside</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="76"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="116"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="117"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="119"/>
        <source>(%n refused, see Refused)</source>
        <translation>
            <numerusform>(%n rechazado, ver Rechazados)</numerusform>
            <numerusform>(%n rechazados, ver Rechazados)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="124"/>
        <source>Last sync failed: %1</source>
        <translation>Falló la última sincronización: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="126"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>Sin inscribir: introduzca la dirección y el código de la sede.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="128"/>
        <source>all offices</source>
        <translation>todas las oficinas</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="129"/>
        <source>Enrolled for %1.</source>
        <translation>Inscrito para %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="133"/>
        <source>Refused (%1)</source>
        <translation>Rechazados (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="135"/>
        <source>Set aside (%1)</source>
        <translation>Apartados (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="143"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>Introduzca primero la dirección del servidor de la sede.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="152"/>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="170"/>
        <source>Synced: %1 sent, %2 received, %3 conflict(s).</source>
        <translation>Sincronizado: %1 enviados, %2 recibidos, %3 conflicto(s).</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="174"/>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="183"/>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="185"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 Próximo intento en %2 s.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="140"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. Plantilla, monto, fechas y lugares</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="141"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>La plantilla precertificada define los resultados, el desglose del presupuesto, los informes y los riesgos.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="145"/>
        <source>Choose a pre-certified template</source>
        <translation>Elija una plantilla precertificada</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="151"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>Monto de UNICEF en USD, p. ej., 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="156"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>AAAA-MM-DD (de la plantilla)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="159"/>
        <source>Places, separated by commas</source>
        <translation>Lugares, separados por comas</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="166"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="167"/>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="169"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="170"/>
        <source>Locations</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="198"/>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="200"/>
        <source>Enter the UNICEF amount.</source>
        <translation>Introduzca el monto de UNICEF.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="202"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, p. ej., 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="204"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="206"/>
        <source>Name at least one place.</source>
        <translation>Indique al menos un lugar.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>Un SSFA financia como máximo %1 USD; reduzca el monto o use el PCA del socio.</translation>
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
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="55"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Assessment action</source>
        <translation>Acción de autoevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Programme document</source>
        <translation>Documento de programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="186"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>%1 está dañada (%2). Puede que los cambios que haga ahora no se guarden. Cierre PartnerDesk, guarde una copia del archivo para el servicio de asistencia y restaure la última copia de seguridad (el archivo .bak que está al lado) o pida al servicio de asistencia que la repare.</translation>
    </message>
    <message>
        <location filename="../app.py" line="190"/>
        <source>Database damaged</source>
        <translation>Base de datos dañada</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Landscape</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnering cycle</source>
        <translation>Ciclo de alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Partnerships</source>
        <translation>Alianzas</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="242"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
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
        <location filename="strings.py" line="243"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (diligencia debida: %2)</translation>
    </message>
    <message>
        <location filename="strings.py" line="244"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>%n problema(s) por corregir antes de guardar.</translation>
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
        <translation>Actividades y plan de trabajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>Actividades, plan de trabajo, presupuesto, recursos, tipo de acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>Añadir las organizaciones halladas en los archivos IATI y 3W de esta oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Add stakeholder</source>
        <translation>Agregar parte interesada</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Adequate</source>
        <translation>Suficiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>Acuerde objetivos, principios, funciones y contribuciones (la diligencia debida debe estar aprobada).</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreed goals and objectives</source>
        <translation>Metas y objetivos acordados</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Agreement signed on</source>
        <translation>Acuerdo firmado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Agreement type</source>
        <translation>Tipo de acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Amber: needs attention</source>
        <translation>Ámbar: requiere atención</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Amendments in light of the review.</source>
        <translation>Enmiendas a la luz de la revisión.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>Evalúe a cada socio candidato y registre la diligencia debida de cada socio.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Build structures that last beyond the project.</source>
        <translation>Cree estructuras que perduren más allá del proyecto.</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Building</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Candidate partners</source>
        <translation>Socios candidatos</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>Socios candidatos, su evaluación y diligencia debida.</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Cash contributions</source>
        <translation>Contribuciones en efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cash-transfer modality</source>
        <translation>Modalidad de transferencia de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Cleared with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Communication plan</source>
        <translation>Plan de comunicación</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>Continuar o ampliar solo con una revisión en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contribution of the partnership to results</source>
        <translation>Contribución de la alianza a los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contribution to results</source>
        <translation>Contribución a los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Contributions of each partner</source>
        <translation>Contribuciones de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Contributions of each partner and modality.</source>
        <translation>Contribuciones de cada socio y modalidad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Core principles</source>
        <translation>Principios fundamentales</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Corporate screening (companies only)</source>
        <translation>Evaluación empresarial (solo empresas)</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Current partner</source>
        <translation>Socio actual</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Current relation</source>
        <translation>Relación actual</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>Decida las modificaciones que pide la revisión.</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>Decisión respaldada por la evaluación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Delayed</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Delivery against the workplan</source>
        <translation>Ejecución respecto del plan de trabajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>Describa el desafío y los resultados buscados, y mapee las partes interesadas.</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Direct cash transfer</source>
        <translation>Transferencia directa de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Direct payment</source>
        <translation>Pago directo</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Due diligence</source>
        <translation>Diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Due-diligence outcome</source>
        <translation>Resultado de la diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>Evalúe y luego decida continuar, ampliar, traspasar o cerrar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluated on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Evaluation due *</source>
        <translation>Fecha de evaluación *</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Evaluation findings</source>
        <translation>Conclusiones de la evaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>Toda alianza necesita una estrategia de salida o de sostenibilidad: cuánto tiempo se prevé que dure, cuándo una evaluación decidirá si continúa y las condiciones para ponerle fin o traspasarla (documento de base, párr. 60).</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Every six months</source>
        <translation>Cada seis meses</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Exchange of letters</source>
        <translation>Intercambio de cartas</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Exit conditions *</source>
        <translation>Condiciones de salida *</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Expand</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Financial stability</source>
        <translation>Estabilidad financiera</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Focal points of each partner</source>
        <translation>Puntos focales de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>Former partner</source>
        <translation>Antiguo socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>Mecanismos contra el fraude, de PEAS y de salvaguardia establecidos</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>From the landscape...</source>
        <translation>Desde el panorama...</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Governance and management structure</source>
        <translation>Estructura de gobernanza y gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Governance, focal points, communication.</source>
        <translation>Gobernanza, puntos focales, comunicación.</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Green: healthy</source>
        <translation>Verde: saludable</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Hand over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Health check</source>
        <translation>Evaluación de salud</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Identifying</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>Ejecute: registre la firma, la ejecución, las visitas y el calendario de informes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>Implementing</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>In-kind contributions</source>
        <translation>Contribuciones en especie</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>In-kind only (no cash)</source>
        <translation>Solo en especie (sin efectivo)</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Individual partners&apos; contributions</source>
        <translation>Contribuciones individuales de los socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Influence (1-5)</source>
        <translation>Influencia (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Informal contact</source>
        <translation>Contacto informal</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Institutionalising</source>
        <translation>Institucionalización</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Integration into national systems</source>
        <translation>Integración en los sistemas nacionales</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Interest (1-5)</source>
        <translation>Interés (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Keep informed</source>
        <translation>Mantener informados</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Keep satisfied</source>
        <translation>Mantener satisfechos</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Lifespan ends</source>
        <translation>Fin de la duración prevista</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Managing</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Managing and maintaining</source>
        <translation>Gestión y mantenimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>Mandato compatible con el de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Measure results against the indicators.</source>
        <translation>Mida los resultados con respecto a los indicadores.</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Measuring</source>
        <translation>Medición</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>Cumple las normas laborales en sus operaciones y su cadena de suministro</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Membership</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Memorandum of Understanding</source>
        <translation>Memorando de Entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>Monitor</source>
        <translation>Supervisar</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>Mutual benefit</source>
        <translation>Beneficio mutuo</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No change needed</source>
        <translation>No se requieren cambios</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>Sin implicación en corrupción ni en violaciones de sanciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No relation</source>
        <translation>Sin relación</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>No serious environmental harm</source>
        <translation>Sin daños ambientales graves</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>No written agreement</source>
        <translation>Sin acuerdo escrito</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Not applicable</source>
        <translation>No procede</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Off track</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>On track</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Opposed</source>
        <translation>En contra</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Other risks</source>
        <translation>Otros riesgos</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner assessment</source>
        <translation>Evaluación del socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partner feedback</source>
        <translation>Opinión de los socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partner screened</source>
        <translation>Socio evaluado</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Partnership review and health check.</source>
        <translation>Revisión y evaluación de salud de la alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>Planifique el trabajo y el presupuesto, y elija el tipo de acuerdo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planned lifespan (months) *</source>
        <translation>Duración prevista (meses) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Planned visits</source>
        <translation>Visitas previstas</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Poor</source>
        <translation>Deficiente</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>Sus productos y su publicidad no perjudican a la infancia (p. ej., sucedáneos de la leche materna, armas, tabaco)</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Acuerdo de Cooperación Programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>Calidad de la alianza, incl. costos de transacción</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Ready to save.</source>
        <translation>Listo para guardar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>Registre la diligencia debida de un socio a la vez; cada socio necesita un resultado.</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>Registre las contribuciones en efectivo y en especie de cada socio y la modalidad.</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Red: at risk</source>
        <translation>Rojo: en riesgo</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Reimbursement</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rechazada (riesgo inaceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Remove selected</source>
        <translation>Quitar selección</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Reporting schedule</source>
        <translation>Calendario de informes</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>Obligatorio para socios del sector empresarial (documento de base, párr. 40).</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Required when cleared with conditions.</source>
        <translation>Obligatorio si se aprueba con condiciones.</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Resource map</source>
        <translation>Mapa de recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Resourcing</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>Respeta los derechos humanos y los derechos del niño (sin trabajo infantil)</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>Resultados alcanzados y contribución de la alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results and indicators achieved</source>
        <translation>Resultados e indicadores alcanzados</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>Resultados para la infancia, no actores (documento de base, párr. 51).</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Results sought</source>
        <translation>Resultados buscados</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>Revise la alianza con los socios: califique las cuatro dimensiones y anote sus opiniones.</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewed on</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewer</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Reviewing</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Reviewing and revising</source>
        <translation>Revisión y modificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Revising</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Revisions decided</source>
        <translation>Modificaciones decididas</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Roles of each partner</source>
        <translation>Funciones de cada socio</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Save exit strategy</source>
        <translation>Guardar estrategia de salida</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Save phase</source>
        <translation>Guardar fase</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Scoping</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Scoping and building</source>
        <translation>Alcance y construcción</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>Cotejado con las listas de sanciones: sin coincidencias</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Screened on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>Establezca la gobernanza, designe los puntos focales y acuerde cómo comunicarse.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Shared vision</source>
        <translation>Visión compartida</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>Acuerdo firmado, ejecución, visitas, informes.</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Acuerdo de Financiamiento a Pequeña Escala</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Stakeholder and partner landscape</source>
        <translation>Panorama de partes interesadas y socios</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Standing and reputation</source>
        <translation>Prestigio y reputación</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Structures for longer-term commitment</source>
        <translation>Estructuras para un compromiso a más largo plazo</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Structures for longer-term commitment.</source>
        <translation>Estructuras para un compromiso a más largo plazo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>Sustaining or terminating</source>
        <translation>Continuidad o fin</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>Sustaining outcomes</source>
        <translation>Sostener los resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>El desafío, los resultados buscados y quién más está presente.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>Las cuatro dimensiones (documento de base, párr. 53)</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>The partnering agreement.</source>
        <translation>El acuerdo de alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>The problem for children this partnership would address.</source>
        <translation>El problema para la infancia que abordaría esta alianza.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>Marque cuando se haya verificado, con la evidencia adjunta.</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Total planned budget, digits only.</source>
        <translation>Presupuesto total previsto, solo dígitos.</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Track record</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Transparency</source>
        <translation>Transparencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>Un riesgo inaceptable detiene la colaboración.</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Valid legal registration</source>
        <translation>Registro legal válido</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Value added</source>
        <translation>Valor añadido</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>Value added compared with alternatives</source>
        <translation>Valor añadido frente a las alternativas</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>Quién está presente, su interés e influencia (1 bajo - 5 alto), relación actual.</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>Why not applicable</source>
        <translation>Por qué no procede</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="strings.py" line="442"/>
        <source>e.g. 36</source>
        <translation>p. ej., 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>not set yet</source>
        <translation>sin definir</translation>
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
        <location filename="strings.py" line="444"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>Un PIN tiene al menos {n} caracteres; elija uno más largo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>A name has at most {n} characters.</source>
        <translation>Un nombre tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>Una frase de contraseña tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Give the user&apos;s name.</source>
        <translation>Indique el nombre del usuario.</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>Configure primero la oficina de este portátil (primer inicio, o &apos;join&apos;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>Ese PIN es demasiado fácil de adivinar (un dígito repetido o una serie); elija otro.</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>The role is one of: {roles}.</source>
        <translation>El rol es uno de: {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>PIN incorrecto para {name}; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>{name} aún no tiene PIN en este portátil; un administrador de la oficina se lo asigna con &apos;users add&apos;.</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} ya es usuario de la oficina {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} ya es usuario de la oficina {office}; cambie su rol en su lugar.</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} no es usuario de la oficina {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} no es usuario de esta oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} es el último administrador de la oficina {office}; nombre antes a otra persona administradora.</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>{user} (rol: {role}) no puede cambiar los registros de la oficina {office}; hace falta el rol de editor, aprobador o administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>{user} (rol: {role}) no puede gestionar los usuarios de la oficina {office}; hace falta el rol de administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>{user} (rol: {role}) no puede firmar ni aprobar en la oficina {office}; hace falta el rol de aprobador o administrador de la oficina.</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} no es usuario de la oficina {office}; un administrador de la oficina añade usuarios (&apos;users add&apos;), o lo hace la sede.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Academic institution</source>
        <translation>Institución académica</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Administrative</source>
        <translation>Administrativa</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Approver</source>
        <translation>Aprobador</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Assessed by another UN agency</source>
        <translation>Evaluado por otro organismo de la ONU</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Budget change</source>
        <translation>Cambio presupuestario</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>Cancelled</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>Civil society organisation</source>
        <translation>Organización de la sociedad civil</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Cleared with conditions</source>
        <translation>Aprobada con condiciones</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Collaboration</source>
        <translation>Colaboración</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Community-based organisation</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Convening</source>
        <translation>Convocante</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Corporate sector</source>
        <translation>Sector empresarial</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Country</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Direct cash transfer</source>
        <translation>Transferencia directa de efectivo</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Direct payment</source>
        <translation>Pago directo</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Due diligence documents</source>
        <translation>Documentos de diligencia debida</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>East Asia and Pacific</source>
        <translation>Asia Oriental y el Pacífico</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Eastern and Southern Africa</source>
        <translation>África Oriental y Meridional</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>Electronic signature record</source>
        <translation>Registro de firma electrónica</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>Europe and Central Asia</source>
        <translation>Europa y Asia Central</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>Final report</source>
        <translation>Informe final</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>Final review</source>
        <translation>Revisión final</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>Full programme document</source>
        <translation>Documento de programa completo</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>Evaluación completa del riesgo (microevaluación)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>Funding</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>Global</source>
        <translation>Mundial</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>Global programme partnership</source>
        <translation>Alianza programática mundial</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>HACT macro assessment</source>
        <translation>Macroevaluación HACT</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>Headquarters</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>Headquarters staff</source>
        <translation>Personal de la sede</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>High risk assumed</source>
        <translation>Riesgo alto presunto</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>Humanitarian report</source>
        <translation>Informe humanitario</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Implementing</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>International NGO</source>
        <translation>ONG internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Knowledge and innovation</source>
        <translation>Conocimiento e innovación</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Knowledge and research</source>
        <translation>Conocimiento e investigación</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Latin America and Caribbean</source>
        <translation>América Latina y el Caribe</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Lead</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Legal agreement</source>
        <translation>Acuerdo jurídico</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Low capacity assumed - emergency</source>
        <translation>Baja capacidad presunta - emergencia</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>Marginal</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>Media and communication</source>
        <translation>Medios y comunicación</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>Memorandum of Understanding</source>
        <translation>Memorando de Entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>Memorandum of understanding</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>Micro assessment</source>
        <translation>Microevaluación</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Middle East and North Africa</source>
        <translation>Oriente Medio y Norte de África</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Mobilising resources</source>
        <translation>Movilización de recursos</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Multilateral / international financial institution</source>
        <translation>Institución multilateral / financiera internacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>National NGO</source>
        <translation>ONG nacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>No-cost extension</source>
        <translation>Prórroga sin costo</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Not required</source>
        <translation>No se requiere</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Office administrator</source>
        <translation>Administrador de la oficina</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Other</source>
        <translation>Otro</translation>
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
        <translation>Punto focal de la alianza</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>Policy and advocacy</source>
        <translation>Políticas y promoción</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Programmatic visit</source>
        <translation>Visita programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Programme Cooperation Agreement</source>
        <translation>Acuerdo de Cooperación Programática</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Programme Document</source>
        <translation>Documento de Programa</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Programme implementation</source>
        <translation>Ejecución de programas</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Programme officer</source>
        <translation>Oficial de programas</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Quarterly progress report</source>
        <translation>Informe trimestral</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Red Cross / Red Crescent</source>
        <translation>Cruz Roja / Media Luna Roja</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Reimbursement</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>Rechazada (riesgo inaceptable)</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Representative</source>
        <translation>Representante</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Results change</source>
        <translation>Cambio de resultados</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Signature</source>
        <translation>En firma</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Signed agreement / document</source>
        <translation>Acuerdo / documento firmado</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Signed original of the agreement</source>
        <translation>Original firmado del acuerdo</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>Documento de Programa Humanitario Simplificado</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Simplified checklist</source>
        <translation>Lista de verificación simplificada</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Small Scale Funding Agreement</source>
        <translation>Acuerdo de Financiamiento a Pequeña Escala</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>South Asia</source>
        <translation>Asia Meridional</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Spot check</source>
        <translation>Verificación puntual</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Subnational</source>
        <translation>Subnacional</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="strings.py" line="568"/>
        <source>Terminated</source>
        <translation>Rescindido</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Termination document</source>
        <translation>Documento de rescisión</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>UNICEF National Committee</source>
        <translation>Comité Nacional pro UNICEF</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>United Nations entity</source>
        <translation>Entidad de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
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
</context>
</TS>
