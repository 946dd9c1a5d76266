"""The reports' own sentences (cycle record, self-assessment, HQ summary) in French, Spanish and
Arabic, keyed by their English text; placeholders in braces are filled after translation."""

FR = {
    "Partnering cycle: {reference}": "Cycle de partenariat : {reference}",
    "Office": "Bureau", "Status": "Statut", "Focal point": "Point focal",
    "none designated": "aucun désigné", "Progress": "Avancement",
    "{done} of {total} phases complete": "{done} phases terminées sur {total}",
    "Next step": "Prochaine étape", "Partners": "Partenaires",
    "{name} ({role}, due diligence: {status})": "{name} ({role}, diligence raisonnable : {status})",
    "Exit strategy": "Stratégie de sortie", "Planned lifespan": "Durée prévue",
    "{months} months, to {end}": "{months} mois, jusqu'au {end}", "not set": "non fixé",
    "Evaluation due": "Évaluation prévue", "Exit conditions": "Conditions de sortie",
    "Decision": "Décision", "{decision} on {date}": "{decision} le {date}",
    "not decided yet": "pas encore décidé", "Phases": "Phases", "Stage": "Étape",
    "Phase": "Phase", "Completed": "Terminée", "Phase {code}: {title} ({status})":
    "Phase {code} : {title} ({status})", "Not applicable: {reason}": "Sans objet : {reason}",
    "Notes": "Notes", "No answers recorded yet.": "Aucune réponse enregistrée.",
    "Reviews": "Examens", "Date": "Date", "Reviewer": "Examinateur",
    "Contribution / partners / value added / quality":
    "Contribution / partenaires / valeur ajoutée / qualité", "Health": "État",
    "Partner feedback": "Retour des partenaires",
    "No review recorded yet.": "Aucun examen enregistré.", "Yes": "Oui", "No": "Non",
    "Green": "Vert", "Amber": "Orange", "Red": "Rouge",
    "PartnerDesk - {reference} - cycle summary, printed {date} (specification {version})":
    "PartnerDesk - {reference} - récapitulatif du cycle, imprimé le {date} (spécification "
    "{version})",
    "Page {n}": "Page {n}",
    "Phase {code} ({title}): {step}": "Phase {code} ({title}) : {step}",
    "Benchmark self-assessment {year}": "Auto-évaluation des critères de référence {year}",
    "Benchmark set: {title} ({identifier}, edition {edition})":
    "Jeu de critères : {title} ({identifier}, édition {edition})",
    "Status: {status}": "Statut : {status}", "{status} on {date} by {who}":
    "{status} le {date} par {who}",
    "Met: {met}   Partly met: {partly}   Not met: {not_met}   Not rated: {unrated}   Rating "
    "and data disagree: {disagree}": "Atteint : {met}   Partiellement : {partly}   Non "
    "atteint : {not_met}   Non noté : {unrated}   Note et données divergent : {disagree}",
    "Benchmark": "Critère", "Office data": "Données du bureau", "Not rated": "Non noté",
    "Warning: the rating ({rating}) differs from what the data shows ({data}).":
    "Attention : la note ({rating}) diffère de ce que montrent les données ({data}).",
    "Benchmarks in detail": "Critères en détail", "Rating {year}": "Note {year}",
    "Evidence": "Justificatifs", "Attachments": "Pièces jointes", "Action plan":
    "Plan d'action", "No actions recorded.": "Aucune action enregistrée.", "Action": "Action",
    "Owner": "Responsable", "Due": "Échéance", "Done": "Fait", "yes": "oui", "no": "non",
    "Office data (% of partnerships)": "Données du bureau (% des partenariats)",
    "Data and ratings by benchmark (rating: met 100, partly met 50, not met 0)":
    "Données et notes par critère (note : atteint 100, partiellement 50, non atteint 0)",
    "PartnerDesk - benchmark self-assessment": "PartnerDesk - auto-évaluation",
    "Benchmark self-assessment {year}: headquarters summary":
    "Auto-évaluation des critères {year} : synthèse du siège",
    "{reported} of {offices} offices submitted their self-assessment for {year}; {all_met} met "
    "all benchmarks ({share} of the offices that reported). Shares are of the offices that "
    "reported; drafts do not count.": "{reported} bureaux sur {offices} ont soumis leur "
    "auto-évaluation pour {year} ; {all_met} ont atteint tous les critères ({share} des bureaux "
    "ayant répondu). Les parts portent sur les bureaux ayant répondu ; les projets ne comptent "
    "pas.",
    "Met": "Atteint", "Partly met": "Partiellement atteint", "Not met": "Non atteint",
    "Share met": "Part atteinte", "All": "Tous", "All benchmarks met": "Tous les critères "
    "atteints", "Region": "Région", "Offices": "Bureaux", "Reported": "Ont répondu",
    "All met": "Tous atteints", "(no region)": "(sans région)", "Year": "Année",
    "Name": "Nom", "By region": "Par région", "Trend": "Évolution",
    "Offices that met the benchmark, {year}": "Bureaux ayant atteint le critère, {year}",
    "Share of reporting offices that met each benchmark":
    "Part des bureaux ayant répondu qui ont atteint chaque critère",
    "Met all benchmarks (% of reporting offices)":
    "Tous les critères atteints (% des bureaux ayant répondu)",
    "Offices that reported (% of offices)": "Bureaux ayant répondu (% des bureaux)",
    "Trend over the years": "Évolution au fil des ans", "Not started": "Pas commencé",
    "Draft": "Projet", "Submitted": "Soumis", "Acknowledged": "Accusé de réception",
    "Printed on {date}": "Imprimé le {date}",
}

ES = {
    "Partnering cycle: {reference}": "Ciclo de la alianza: {reference}",
    "Office": "Oficina", "Status": "Estado", "Focal point": "Coordinador",
    "none designated": "ninguno designado", "Progress": "Avance",
    "{done} of {total} phases complete": "{done} de {total} fases terminadas",
    "Next step": "Paso siguiente", "Partners": "Asociados",
    "{name} ({role}, due diligence: {status})": "{name} ({role}, diligencia debida: {status})",
    "Exit strategy": "Estrategia de salida", "Planned lifespan": "Duración prevista",
    "{months} months, to {end}": "{months} meses, hasta el {end}", "not set": "sin fijar",
    "Evaluation due": "Evaluación prevista", "Exit conditions": "Condiciones de salida",
    "Decision": "Decisión", "{decision} on {date}": "{decision} el {date}",
    "not decided yet": "sin decidir", "Phases": "Fases", "Stage": "Etapa", "Phase": "Fase",
    "Completed": "Terminada", "Phase {code}: {title} ({status})":
    "Fase {code}: {title} ({status})", "Not applicable: {reason}": "No aplicable: {reason}",
    "Notes": "Notas", "No answers recorded yet.": "Aún no hay respuestas registradas.",
    "Reviews": "Exámenes", "Date": "Fecha", "Reviewer": "Examinador",
    "Contribution / partners / value added / quality":
    "Contribución / asociados / valor añadido / calidad", "Health": "Estado de salud",
    "Partner feedback": "Opinión de los asociados",
    "No review recorded yet.": "Aún no hay exámenes registrados.", "Yes": "Sí", "No": "No",
    "Green": "Verde", "Amber": "Ámbar", "Red": "Rojo",
    "PartnerDesk - {reference} - cycle summary, printed {date} (specification {version})":
    "PartnerDesk - {reference} - resumen del ciclo, impreso el {date} (especificación "
    "{version})",
    "Page {n}": "Página {n}",
    "Phase {code} ({title}): {step}": "Fase {code} ({title}): {step}",
    "Benchmark self-assessment {year}": "Autoevaluación de los parámetros {year}",
    "Benchmark set: {title} ({identifier}, edition {edition})":
    "Conjunto de parámetros: {title} ({identifier}, edición {edition})",
    "Status: {status}": "Estado: {status}", "{status} on {date} by {who}":
    "{status} el {date} por {who}",
    "Met: {met}   Partly met: {partly}   Not met: {not_met}   Not rated: {unrated}   Rating "
    "and data disagree: {disagree}": "Cumplido: {met}   Parcialmente: {partly}   No "
    "cumplido: {not_met}   Sin calificar: {unrated}   Calificación y datos difieren: "
    "{disagree}",
    "Benchmark": "Parámetro", "Office data": "Datos de la oficina", "Not rated":
    "Sin calificar",
    "Warning: the rating ({rating}) differs from what the data shows ({data}).":
    "Atención: la calificación ({rating}) difiere de lo que muestran los datos ({data}).",
    "Benchmarks in detail": "Parámetros en detalle", "Rating {year}": "Calificación {year}",
    "Evidence": "Pruebas", "Attachments": "Adjuntos", "Action plan": "Plan de acción",
    "No actions recorded.": "No hay acciones registradas.", "Action": "Acción",
    "Owner": "Responsable", "Due": "Vencimiento", "Done": "Hecho", "yes": "sí", "no": "no",
    "Office data (% of partnerships)": "Datos de la oficina (% de las alianzas)",
    "Data and ratings by benchmark (rating: met 100, partly met 50, not met 0)":
    "Datos y calificaciones por parámetro (cumplido 100, parcialmente 50, no cumplido 0)",
    "PartnerDesk - benchmark self-assessment": "PartnerDesk - autoevaluación",
    "Benchmark self-assessment {year}: headquarters summary":
    "Autoevaluación de los parámetros {year}: resumen de la sede",
    "{reported} of {offices} offices submitted their self-assessment for {year}; {all_met} met "
    "all benchmarks ({share} of the offices that reported). Shares are of the offices that "
    "reported; drafts do not count.": "{reported} de {offices} oficinas presentaron su "
    "autoevaluación de {year}; {all_met} cumplieron todos los parámetros ({share} de las "
    "oficinas que informaron). Los porcentajes se refieren a las oficinas que informaron; los "
    "borradores no cuentan.",
    "Met": "Cumplido", "Partly met": "Parcialmente cumplido", "Not met": "No cumplido",
    "Share met": "Porcentaje cumplido", "All": "Todos", "All benchmarks met":
    "Todos los parámetros cumplidos", "Region": "Región", "Offices": "Oficinas",
    "Reported": "Informaron", "All met": "Todos cumplidos", "(no region)": "(sin región)",
    "Year": "Año", "Name": "Nombre", "By region": "Por región", "Trend": "Tendencia",
    "Offices that met the benchmark, {year}": "Oficinas que cumplieron el parámetro, {year}",
    "Share of reporting offices that met each benchmark":
    "Porcentaje de oficinas que cumplieron cada parámetro",
    "Met all benchmarks (% of reporting offices)":
    "Cumplieron todos los parámetros (% de las oficinas que informaron)",
    "Offices that reported (% of offices)": "Oficinas que informaron (% de las oficinas)",
    "Trend over the years": "Tendencia a lo largo de los años", "Not started": "Sin empezar",
    "Draft": "Borrador", "Submitted": "Presentada", "Acknowledged": "Acusado recibo",
    "Printed on {date}": "Impreso el {date}",
}

AR = {
    "Partnering cycle: {reference}": "دورة الشراكة: {reference}",
    "Office": "المكتب", "Status": "الحالة", "Focal point": "جهة التنسيق",
    "none designated": "لم تُعيَّن", "Progress": "التقدم المحرز",
    "{done} of {total} phases complete": "اكتملت {done} من {total} مراحل",
    "Next step": "الخطوة التالية", "Partners": "الشركاء",
    "{name} ({role}, due diligence: {status})": "{name} ({role}، العناية الواجبة: {status})",
    "Exit strategy": "استراتيجية الخروج", "Planned lifespan": "المدة المقررة",
    "{months} months, to {end}": "{months} شهراً، حتى {end}", "not set": "غير محدد",
    "Evaluation due": "موعد التقييم", "Exit conditions": "شروط الخروج", "Decision": "القرار",
    "{decision} on {date}": "{decision} في {date}", "not decided yet": "لم يُتخذ بعد",
    "Phases": "المراحل", "Stage": "الطور", "Phase": "المرحلة", "Completed": "اكتملت",
    "Phase {code}: {title} ({status})": "المرحلة {code}: {title} ({status})",
    "Not applicable: {reason}": "لا ينطبق: {reason}", "Notes": "ملاحظات",
    "No answers recorded yet.": "لم تُسجَّل أي إجابات بعد.", "Reviews": "الاستعراضات",
    "Date": "التاريخ", "Reviewer": "المستعرِض",
    "Contribution / partners / value added / quality":
    "المساهمة / الشركاء / القيمة المضافة / الجودة", "Health": "السلامة",
    "Partner feedback": "آراء الشركاء", "No review recorded yet.": "لم يُسجَّل أي استعراض بعد.",
    "Yes": "نعم", "No": "لا", "Green": "أخضر", "Amber": "برتقالي", "Red": "أحمر",
    "PartnerDesk - {reference} - cycle summary, printed {date} (specification {version})":
    "PartnerDesk - {reference} - ملخص الدورة، طُبع في {date} (المواصفة {version})",
    "Page {n}": "الصفحة {n}",
    "Phase {code} ({title}): {step}": "المرحلة {code} ({title}): {step}",
    "Benchmark self-assessment {year}": "التقييم الذاتي للمعايير المرجعية {year}",
    "Benchmark set: {title} ({identifier}, edition {edition})":
    "مجموعة المعايير: {title} ({identifier}، الطبعة {edition})",
    "Status: {status}": "الحالة: {status}", "{status} on {date} by {who}":
    "{status} في {date} من {who}",
    "Met: {met}   Partly met: {partly}   Not met: {not_met}   Not rated: {unrated}   Rating "
    "and data disagree: {disagree}": "مستوفى: {met}   مستوفى جزئياً: {partly}   غير مستوفى: "
    "{not_met}   غير مقيَّم: {unrated}   تعارض التقييم والبيانات: {disagree}",
    "Benchmark": "المعيار", "Office data": "بيانات المكتب", "Not rated": "غير مقيَّم",
    "Warning: the rating ({rating}) differs from what the data shows ({data}).":
    "تنبيه: التقييم ({rating}) يختلف عما تُظهره البيانات ({data}).",
    "Benchmarks in detail": "المعايير بالتفصيل", "Rating {year}": "تقييم {year}",
    "Evidence": "الأدلة", "Attachments": "المرفقات", "Action plan": "خطة العمل",
    "No actions recorded.": "لم تُسجَّل أي إجراءات.", "Action": "الإجراء",
    "Owner": "المسؤول", "Due": "الموعد", "Done": "أُنجز", "yes": "نعم", "no": "لا",
    "Office data (% of partnerships)": "بيانات المكتب (% من الشراكات)",
    "Data and ratings by benchmark (rating: met 100, partly met 50, not met 0)":
    "البيانات والتقييمات حسب المعيار (مستوفى 100، جزئياً 50، غير مستوفى 0)",
    "PartnerDesk - benchmark self-assessment": "PartnerDesk - التقييم الذاتي",
    "Benchmark self-assessment {year}: headquarters summary":
    "التقييم الذاتي للمعايير المرجعية {year}: ملخص المقر",
    "{reported} of {offices} offices submitted their self-assessment for {year}; {all_met} met "
    "all benchmarks ({share} of the offices that reported). Shares are of the offices that "
    "reported; drafts do not count.": "قدّم {reported} من أصل {offices} مكاتب تقييمها الذاتي "
    "لعام {year}؛ واستوفى {all_met} منها جميع المعايير ({share} من المكاتب التي قدّمت). "
    "النسب محسوبة من المكاتب التي قدّمت؛ ولا تُحتسب المسودات.",
    "Met": "مستوفى", "Partly met": "مستوفى جزئياً", "Not met": "غير مستوفى",
    "Share met": "نسبة الاستيفاء", "All": "الكل", "All benchmarks met": "استيفاء جميع المعايير",
    "Region": "المنطقة", "Offices": "المكاتب", "Reported": "قدّمت", "All met": "استوفت الكل",
    "(no region)": "(بلا منطقة)", "Year": "السنة", "Name": "الاسم", "By region":
    "حسب المنطقة", "Trend": "الاتجاه",
    "Offices that met the benchmark, {year}": "المكاتب التي استوفت المعيار، {year}",
    "Share of reporting offices that met each benchmark":
    "نسبة المكاتب المقدِّمة التي استوفت كل معيار",
    "Met all benchmarks (% of reporting offices)": "استوفت جميع المعايير (% من المكاتب المقدِّمة)",
    "Offices that reported (% of offices)": "المكاتب التي قدّمت (% من المكاتب)",
    "Trend over the years": "الاتجاه على مر السنين", "Not started": "لم يبدأ",
    "Draft": "مسودة", "Submitted": "مقدَّم", "Acknowledged": "تم الإقرار بالاستلام",
    "Printed on {date}": "طُبع في {date}",
}

TEXTS = {"fr": FR, "es": ES, "ar": AR}
