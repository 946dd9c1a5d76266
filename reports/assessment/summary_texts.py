"""Sentences of the headquarters summary that compare ratings with the offices' own data, in
French, Spanish and Arabic (keyed by their English text; placeholders filled after translation).
The summary's other words are the reports' shared ones (reports/report_texts.py)."""

FR = {
    "{reported} of {offices} offices reported for {year}. By their own rating, {all_met} met all "
    "{n} benchmarks; by their own data, {by_data} did. Shares are of the offices that reported; "
    "drafts do not count.": "Auto-évaluations rendues pour {year} : {reported} bureaux sur "
    "{offices}. Bureaux ayant atteint les {n} critères selon leur propre note : {all_met} ; selon "
    "leurs propres données : {by_data}. Les parts portent sur les bureaux ayant répondu ; les "
    "projets ne comptent pas.",
    "Ratings that disagree with the office's own data: {count}, in {offices} of the offices "
    "that reported. They are listed below, office by office.": "Notes qui diffèrent des données "
    "du bureau : {count}, dans {offices} des bureaux ayant répondu. Elles sont listées "
    "ci-dessous, bureau par bureau.",
    "Met by rating": "Atteint selon la note", "Met by data": "Atteint selon les données",
    "Disagree": "Divergent", "No data": "Sans données",
    "Offices that met each benchmark, {year}": "Bureaux ayant atteint chaque critère, {year}",
    "By their own rating": "Selon leur note", "By their own data": "Selon leurs données",
    "Ratings and data disagree": "Notes et données divergent",
    "Rated": "Note", "Data shows": "Les données montrent", "Office data": "Données du bureau",
    "No rating disagrees with the office's own data.":
    "Aucune note ne diffère des données du bureau.",
    "All met (rating)": "Tous atteints (note)", "All met (data)": "Tous atteints (données)",
    "Disagreements": "Divergences", "Years": "Années", "Offices in both": "Bureaux dans les deux",
    "Each year is compared with the one before over the same offices: those that reported in "
    "both. Offices that reported: {reporting}.": "Chaque année est comparée à la précédente sur "
    "les mêmes bureaux : ceux qui ont répondu les deux années. Bureaux ayant répondu : "
    "{reporting}.",
    "No earlier year to compare with.": "Aucune année antérieure à comparer.",
    "The {n} offices that reported in {before} and {after}: share meeting each benchmark by "
    "their own rating": "Les {n} bureaux ayant répondu en {before} et en {after} : part ayant "
    "atteint chaque critère selon leur note",
}

ES = {
    "{reported} of {offices} offices reported for {year}. By their own rating, {all_met} met all "
    "{n} benchmarks; by their own data, {by_data} did. Shares are of the offices that reported; "
    "drafts do not count.": "Autoevaluaciones presentadas para {year}: {reported} de "
    "{offices} oficinas. Oficinas que cumplieron los {n} criterios según su propia calificación: "
    "{all_met}; según sus propios datos: {by_data}. Los porcentajes son de las oficinas que "
    "presentaron; los borradores no cuentan.",
    "Ratings that disagree with the office's own data: {count}, in {offices} of the offices "
    "that reported. They are listed below, office by office.": "Calificaciones que difieren de "
    "los datos de la oficina: {count}, en {offices} de las oficinas que presentaron. Se enumeran "
    "abajo, oficina por oficina.",
    "Met by rating": "Cumplido según la calificación", "Met by data": "Cumplido según los datos",
    "Disagree": "Difieren", "No data": "Sin datos",
    "Offices that met each benchmark, {year}": "Oficinas que cumplieron cada criterio, {year}",
    "By their own rating": "Según su calificación", "By their own data": "Según sus datos",
    "Ratings and data disagree": "Calificaciones y datos difieren",
    "Rated": "Calificación", "Data shows": "Los datos muestran",
    "Office data": "Datos de la oficina",
    "No rating disagrees with the office's own data.":
    "Ninguna calificación difiere de los datos de la oficina.",
    "All met (rating)": "Todos cumplidos (calificación)", "All met (data)":
    "Todos cumplidos (datos)", "Disagreements": "Diferencias", "Years": "Años",
    "Offices in both": "Oficinas en ambos",
    "Each year is compared with the one before over the same offices: those that reported in "
    "both. Offices that reported: {reporting}.": "Cada año se compara con el anterior sobre las "
    "mismas oficinas: las que presentaron en ambos. Oficinas que presentaron: {reporting}.",
    "No earlier year to compare with.": "No hay un año anterior con el que comparar.",
    "The {n} offices that reported in {before} and {after}: share meeting each benchmark by "
    "their own rating": "Las {n} oficinas que presentaron en {before} y en {after}: porcentaje "
    "que cumplió cada criterio según su calificación",
}

AR = {
    "{reported} of {offices} offices reported for {year}. By their own rating, {all_met} met all "
    "{n} benchmarks; by their own data, {by_data} did. Shares are of the offices that reported; "
    "drafts do not count.": "التقييمات الذاتية المقدَّمة لعام {year}: {reported} من أصل "
    "{offices}. المكاتب التي استوفت المعايير الـ{n} كلها وفق تقييمها الخاص: {all_met}، ووفق "
    "بياناتها الخاصة: {by_data}. النسب محسوبة من المكاتب التي قدّمت تقييمها، ولا تُحتسب المسودات.",
    "Ratings that disagree with the office's own data: {count}, in {offices} of the offices "
    "that reported. They are listed below, office by office.": "التقييمات التي تخالف بيانات "
    "المكتب نفسه: {count}، في {offices} من المكاتب التي قدّمت تقييمها. وهي مدرجة أدناه مكتبًا "
    "مكتبًا.",
    "Met by rating": "مستوفى وفق التقييم", "Met by data": "مستوفى وفق البيانات",
    "Disagree": "اختلاف", "No data": "بلا بيانات",
    "Offices that met each benchmark, {year}": "المكاتب التي استوفت كل معيار، {year}",
    "By their own rating": "وفق تقييمها", "By their own data": "وفق بياناتها",
    "Ratings and data disagree": "اختلاف التقييمات والبيانات",
    "Rated": "التقييم", "Data shows": "ما تُظهره البيانات", "Office data": "بيانات المكتب",
    "No rating disagrees with the office's own data.":
    "لا يخالف أي تقييم بيانات المكتب نفسه.",
    "All met (rating)": "استيفاء الكل (التقييم)", "All met (data)": "استيفاء الكل (البيانات)",
    "Disagreements": "الاختلافات", "Years": "السنوات", "Offices in both": "المكاتب في السنتين",
    "Each year is compared with the one before over the same offices: those that reported in "
    "both. Offices that reported: {reporting}.": "تُقارن كل سنة بالسنة التي قبلها على المكاتب "
    "نفسها: تلك التي قدّمت تقييمها في السنتين. المكاتب التي قدّمت: {reporting}.",
    "No earlier year to compare with.": "لا توجد سنة سابقة للمقارنة.",
    "The {n} offices that reported in {before} and {after}: share meeting each benchmark by "
    "their own rating": "المكاتب الـ{n} التي قدّمت في {before} و{after}: نسبة استيفاء كل معيار "
    "وفق تقييمها",
}

TEXTS = {"fr": FR, "es": ES, "ar": AR}
