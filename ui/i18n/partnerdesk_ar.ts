<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="27"/>
        <source>e.g. 36</source>
        <translation>مثلًا 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="124"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="39"/>
        <source>Planned lifespan (months) *</source>
        <translation>المدة المخططة (بالأشهر) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="41"/>
        <source>Evaluation due *</source>
        <translation>موعد التقييم *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Exit conditions *</source>
        <translation>شروط الخروج *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="54"/>
        <source>Lifespan ends</source>
        <translation>تنتهي المدة في</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="55"/>
        <source>Save exit strategy</source>
        <translation>حفظ استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>تحتاج كل شراكة إلى استراتيجية للخروج أو للاستدامة: المدة المخطط لها، وموعد التقييم الذي يقرر استمرارها، وشروط إنهائها أو تسليمها (الفقرة 60 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="82"/>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="109"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Value added</source>
        <translation>القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="110"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Health</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="111"/>
        <source>Partner feedback</source>
        <translation>ملاحظات الشركاء</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="27"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (العناية الواجبة: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="69"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Why not applicable</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="80"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="84"/>
        <source>Save phase</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="250"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>مشكلات يجب إصلاحها قبل الحفظ: %n.</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>جاهز للحفظ.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="50"/>
        <source>Keep satisfied</source>
        <translation>إبقاؤهم راضين</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="51"/>
        <source>Manage closely</source>
        <translation>إدارة عن كثب</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Monitor</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Keep informed</source>
        <translation>إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="68"/>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="73"/>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="109"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="110"/>
        <source>Current relation</source>
        <translation>العلاقة الحالية</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="118"/>
        <source>Add stakeholder</source>
        <translation>إضافة جهة معنية</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="121"/>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="124"/>
        <source>From the landscape...</source>
        <translation>من خريطة الجهات الفاعلة...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>إضافة المنظمات الواردة في ملفات IATI و3W الخاصة بهذا المكتب</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="20"/>
        <source>Export to a file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="21"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel ‏(*.xlsx);;CSV بترميز UTF-8 ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="33"/>
        <source>Writing %1 ...</source>
        <translation>جارٍ كتابة %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="34"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="52"/>
        <source>Exported %1 rows to %2.</source>
        <translation>تم تصدير %1 صفاً إلى %2.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="58"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Not exported</source>
        <translation>لم يتم التصدير</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="94"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>حفظ هذه القائمة، بالتصفية والترتيب الحاليين، بصيغة Excel أو CSV</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <location filename="../interchange/actors.py" line="19"/>
        <source>Organisations in the landscape</source>
        <translation>المنظمات في خريطة الجهات الفاعلة</translation>
    </message>
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%n activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%n أنشطة</numerusform>
            <numerusform>%n نشاطاً</numerusform>
            <numerusform>%n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="28"/>
        <source>partner: %1</source>
        <translation>شريك: %1</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="32"/>
        <source>Organisations other publishers and clusters report in %1 (import IATI or 3W files in the Landscape area). Tick those to place on the map.</source>
        <translation>منظمات يُبلغ عنها ناشرون آخرون والمجموعات القطاعية في %1 (استورد ملفات IATI أو 3W في قسم خريطة الجهات الفاعلة). ضع علامة على ما تريد وضعه على الخريطة.</translation>
    </message>
    <message>
        <location filename="../interchange/actors.py" line="35"/>
        <source>No organisations in this office&apos;s landscape yet: import an IATI file or a 3W table in the Landscape area first.</source>
        <translation>لا توجد منظمات في خريطة هذا المكتب بعد: استورد أولاً ملف IATI أو جدول 3W في قسم خريطة الجهات الفاعلة.</translation>
    </message>
</context>
<context>
    <name>AgreementActions</name>
    <message>
        <location filename="strings.py" line="5"/>
        <source>Activate</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <location filename="strings.py" line="6"/>
        <source>Back to draft</source>
        <translation>إعادة إلى المسودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="7"/>
        <source>Cancel it</source>
        <translation>إلغاؤها</translation>
    </message>
    <message>
        <location filename="strings.py" line="8"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="9"/>
        <source>End</source>
        <translation>اختتام</translation>
    </message>
    <message>
        <location filename="strings.py" line="10"/>
        <source>Send for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="11"/>
        <source>Send for signature</source>
        <translation>إرسال للتوقيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="12"/>
        <source>Sign</source>
        <translation>توقيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="13"/>
        <source>Suspend</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="strings.py" line="14"/>
        <source>Terminate</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>AgreementContent</name>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="51"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>UNICEF total</source>
        <translation>مجموع اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="58"/>
        <source>Open programme document</source>
        <translation>فتح وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="61"/>
        <source>New programme document</source>
        <translation>وثيقة برنامج جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="73"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;الموظفون المفوضون لدى الشريك&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="75"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;وثائق البرامج&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="100"/>
        <source> · amendment %1 draft</source>
        <translation> · التعديل %1 مسودة</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <location filename="strings.py" line="15"/>
        <source>Cash moves under this MoU</source>
        <translation>تُحوَّل أموال بموجب هذه المذكرة</translation>
    </message>
    <message>
        <location filename="strings.py" line="16"/>
        <source>Country programme</source>
        <translation>البرنامج القطري</translation>
    </message>
    <message>
        <location filename="strings.py" line="17"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="strings.py" line="18"/>
        <source>MoU only: tick when UNICEF transfers cash under it; the printed MoU then carries the cash-transfer clauses.</source>
        <translation>للمذكرات فقط: ضع علامة إذا حوّلت اليونيسف أموالاً بموجبها؛ فتتضمن المذكرة المطبوعة عندئذ أحكام التحويلات النقدية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="19"/>
        <source>PCA only: the country programme period it covers.</source>
        <translation>لاتفاقية PCA فقط: فترة البرنامج القطري التي تغطيها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="20"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="21"/>
        <source>Special conditions</source>
        <translation>شروط خاصة</translation>
    </message>
    <message>
        <location filename="strings.py" line="22"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="23"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="24"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../agreements/editor.py" line="134"/>
        <source>New agreement</source>
        <translation>اتفاقية جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="138"/>
        <source> (emergency)</source>
        <translation> (طوارئ)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="164"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>لا أحد مسجَّل: أضفهم إلى الشريك أولًا.</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="172"/>
        <source>UNICEF total %1</source>
        <translation>مجموع اليونيسف %1</translation>
    </message>
</context>
<context>
    <name>AgreementsArea</name>
    <message>
        <location filename="../agreements/area.py" line="33"/>
        <source>Search references, partners, titles...</source>
        <translation>ابحث: مرجع، شريك، عنوان...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="38"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="40"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="42"/>
        <source>&amp;New agreement</source>
        <translation>اتفاقية &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="66"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>اختر اتفاقية من القائمة، أو أنشئ اتفاقية جديدة.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="91"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="94"/>
        <source>Agreements, as listed...</source>
        <translation>الاتفاقات كما هي مدرجة...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="96"/>
        <source>Programme documents...</source>
        <translation>وثائق البرامج...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="174"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>%n agreement status change(s) applied for today&apos;s date.</source>
        <translation>تغييرات حالة الاتفاقيات المطبّقة وفق تاريخ اليوم: %n.</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Agreements updated</source>
        <translation>تحديث الاتفاقيات</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Automatic status changes failed: %1</source>
        <translation>فشلت التغييرات التلقائية للحالة: %1</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="80"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="93"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="94"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="131"/>
        <source>Alerts: %1</source>
        <translation>التنبيهات: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="132"/>
        <source>Nothing needs you now.</source>
        <translation>لا شيء يتطلب انتباهك الآن.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="174"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 في القائمة، الأكثر إلحاحًا أولًا.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="178"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>تُعرض أكثر %1 إلحاحًا من أصل %2.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
        <source>Show all %1</source>
        <translation>عرض الكل (%1)</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="18"/>
        <source>New amendment</source>
        <translation>تعديل جديد</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="23"/>
        <source>e.g. Extend to 31 March and add a water point</source>
        <translation>مثلًا: تمديد حتى 31 مارس ونقطة مياه</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="24"/>
        <source>The signed version stays in force until this amendment is signed.</source>
        <translation>تبقى النسخة الموقعة نافذة إلى أن يُوقَّع هذا التعديل.</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="33"/>
        <source>What does the amendment change?</source>
        <translation>ما الذي يغيّره التعديل؟</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="35"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_dialog.py" line="44"/>
        <source>Tick at least one kind of change.</source>
        <translation>حدّد نوعًا واحدًا على الأقل من التغييرات.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../assessment/page.py" line="26"/>
        <source>Not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="40"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>كان التقدير (%1) مختلفًا عمّا أظهرته البيانات (%2) عند تقديم التقييم.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="44"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>تقديرك (%1) يختلف عمّا تُظهره البيانات (%2). اشرح السبب في الأدلة، أو غيّر التقدير.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="56"/>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="58"/>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="61"/>
        <source>All offices (headquarters summary)...</source>
        <translation>كل المكاتب (ملخص المقر)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="83"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="86"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="117"/>
        <source>Start the self-assessment</source>
        <translation>بدء التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="145"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>جارٍ حساب الأدلة من بيانات المكتب...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="158"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>تعذّر تحميل التقييم الذاتي: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="174"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="175"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>لا يوجد بعد تقييم ذاتي للمكتب %1 لعام %2. ابدأه لتقدير أداء المكتب مقابل المعايير المرجعية.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="197"/>
        <source>Summary and submit</source>
        <translation>الملخص والتقديم</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="198"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="208"/>
        <source>Submitted (locked)</source>
        <translation>مُقدَّم (مقفل)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="209"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>أقرّه المقر (مقفل)</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Attach a document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Save the self-assessment as PDF</source>
        <translation>حفظ التقييم الذاتي بصيغة PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>قُدِّم التقييم الذاتي إلى المقر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Wrote %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="41"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>جارٍ جلب %1 من المقر...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="59"/>
        <source>Could not fetch %1: %2</source>
        <translation>تعذّر جلب %1: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="77"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>ما أظهرته بيانات المكتب نفسه عند التقديم</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="78"/>
        <source>What the office&apos;s own data shows</source>
        <translation>ما تُظهره بيانات المكتب نفسه</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="84"/>
        <source>The data suggests: %1</source>
        <translation>تشير البيانات إلى: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="85"/>
        <source>no suggestion</source>
        <translation>لا اقتراح</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>no self-assessment</source>
        <translation>لا تقييم ذاتي</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="90"/>
        <source>Last year (%1): %2</source>
        <translation>العام الماضي (%1): %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="105"/>
        <source>Your rating %1:</source>
        <translation>تقديرك لعام %1:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="119"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>الأدلة (ما يُثبت استيفاء المعيار، أو سبب عدم استيفائه):</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="135"/>
        <source>Attach a document...</source>
        <translation>إرفاق وثيقة...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Action plan for this benchmark</source>
        <translation>خطة العمل لهذا المعيار</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="152"/>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="163"/>
        <source>What will be done</source>
        <translation>ما الذي سيُنجَز</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="166"/>
        <source>Who</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="171"/>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="174"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="262"/>
        <source>No documents attached.</source>
        <translation>لا وثائق مرفقة.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="263"/>
        <source>Attached: %1</source>
        <translation>مرفق: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="76"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Partner contribution</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Supplies</source>
        <translation>اللوازم</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="77"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="78"/>
        <source>Output no.</source>
        <translation>رقم الناتج</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="80"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>رقم الناتج، في تبويب النتائج، الذي يخدمه هذا النشاط.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="93"/>
        <source>Add budget line</source>
        <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="96"/>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="214"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>نقد اليونيسف {0}  ·  الشريك {1}  ·  اللوازم {2}  ·  المجموع {3}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Implementing</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="59"/>
        <source>UNICEF total</source>
        <translation>مجموع اليونيسف</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../interchange/import_pages.py" line="58"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="58"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="59"/>
        <source>Goes into</source>
        <translation>يُدخل في</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="72"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1: ‏%2 صفاً. تحقق مما يحتويه كل عمود؛ الأعمدة المتروكة على «(لا يُستورد)» تُحفظ في سجل الاستيراد فقط.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="83"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="29"/>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Headquarters&apos; value</source>
        <translation>قيمة المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>Changed at HQ by</source>
        <translation>المعدِّل في المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="30"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="37"/>
        <source>No conflicts: every change merged.</source>
        <translation>لا تعارضات: دُمجت كل التغييرات.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="38"/>
        <source>Keep my value</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>Keep headquarters&apos; value</source>
        <translation>الإبقاء على قيمة المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="58"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (حُذف في المقر)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="60"/>
        <source>deleted here, edited at HQ</source>
        <translation>حُذف هنا، وعُدِّل في المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="62"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (مستخدم في سجل آخر: أُعيدت تسميته)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="64"/>
        <source>could not be stored here</source>
        <translation>تعذّر تخزينه هنا</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="60"/>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>أُغلق PartnerDesk بشكل غير متوقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
        <source>PartnerDesk closed unexpectedly the last time it ran. Your saved work and drafts are safe.

A report of the crash was written to:
%1

Please send that file to support.</source>
        <translation>أُغلق PartnerDesk بشكل غير متوقع في آخر مرة استُخدم فيها. عملك المحفوظ ومسوداتك في أمان.

كُتب تقرير عن العطل في:
%1

يُرجى إرسال ذلك الملف إلى الدعم الفني.</translation>
    </message>
    <message>
        <location filename="strings.py" line="64"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk: خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>حدث خطأ: %1

عملك المحفوظ ومسوداتك في أمان. كُتبت التفاصيل في %2؛ يُرجى إرسال ذلك الملف إلى الدعم الفني.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="47"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>ابحث عن شراكة (المرجع، العنوان، الشريك)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="58"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="68"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>اختر شراكة للعمل على دورة الشراكة الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="79"/>
        <source>%v of %m phases complete</source>
        <translation>اكتملت %v من %m مرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Phase form</source>
        <translation>استمارة المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="97"/>
        <source>Exit strategy</source>
        <translation>استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="145"/>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>الحالة: %1 · جهة التنسيق: %2 · الشركاء: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="148"/>
        <source>none designated</source>
        <translation>لم تُعيَّن</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="153"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>اكتملت كل المراحل. واصل مراجعة الشراكة كل عام.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="156"/>
        <source>Next: phase %1 (%2). </source>
        <translation>التالي: المرحلة %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="218"/>
        <source>Phase %1 saved.</source>
        <translation>حُفظت المرحلة %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements ending soon</source>
        <translation>اتفاقيات تنتهي قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Agreements past their end</source>
        <translation>اتفاقيات تجاوزت تاريخ انتهائها</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes not synced</source>
        <translation>تغييرات لم تُزامَن</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Changes refused by headquarters</source>
        <translation>تغييرات رفضها المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Due diligence missing</source>
        <translation>العناية الواجبة غير منجزة</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items due soon</source>
        <translation>بنود طوارئ يحين موعدها قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Emergency items overdue</source>
        <translation>بنود طوارئ متأخرة</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>انقضت المدة دون تقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>No focal point</source>
        <translation>لا جهة تنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Phases stalled</source>
        <translation>مراحل متوقفة</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Programme documents not started</source>
        <translation>وثائق برامج لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews due soon</source>
        <translation>مراجعات يحين موعدها قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Reviews overdue</source>
        <translation>مراجعات متأخرة</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expired</source>
        <translation>تقييمات مخاطر منتهية</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Risk assessments expiring</source>
        <translation>تقييمات مخاطر على وشك الانتهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment actions due</source>
        <translation>إجراءات تقييم ذاتي مستحقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Self-assessment not submitted</source>
        <translation>تقييم ذاتي لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="70"/>
        <source>What needs you</source>
        <translation>ما يتطلب انتباهك</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="74"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>المكتب الذي تُعرض تنبيهاته وشراكاته</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Only mine</source>
        <translation>شراكاتي فقط</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="77"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>الشراكات التي أنت جهة تنسيقها فقط</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="140"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>الشراكات التي تكون %1 جهة تنسيقها</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="213"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="97"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="115"/>
        <source>Open partnerships by stage</source>
        <translation>الشراكات المفتوحة حسب المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>By contribution to results</source>
        <translation>حسب المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="153"/>
        <location filename="../cycle/dashboard.py" line="195"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="166"/>
        <source>Could not load the dashboard: %1</source>
        <translation>تعذّر تحميل لوحة المتابعة: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="175"/>
        <source>My partnerships (%1)</source>
        <translation>شراكاتي (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="176"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="214"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="182"/>
        <source>all phases complete</source>
        <translation>اكتملت كل المراحل</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="30"/>
        <source>Close a deferred item</source>
        <translation>إقفال بند مؤجل</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="45"/>
        <source>Document (scan)</source>
        <translation>الوثيقة (نسخة ممسوحة)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="50"/>
        <source>Done on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="62"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="63"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="67"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="86"/>
        <source>The signed document</source>
        <translation>الوثيقة الموقّعة</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="49"/>
        <source>Signed version</source>
        <translation>النسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="50"/>
        <source>Amendment</source>
        <translation>التعديل</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="82"/>
        <source>%n change(s) against the signed version.</source>
        <translation>
            <numerusform>لا تغييرات مقارنةً بالنسخة الموقعة.</numerusform>
            <numerusform>تغيير واحد مقارنةً بالنسخة الموقعة.</numerusform>
            <numerusform>تغييران مقارنةً بالنسخة الموقعة.</numerusform>
            <numerusform>%n تغييرات مقارنةً بالنسخة الموقعة.</numerusform>
            <numerusform>%n تغييرًا مقارنةً بالنسخة الموقعة.</numerusform>
            <numerusform>%n تغيير مقارنةً بالنسخة الموقعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../agreements/drafts.py" line="51"/>
        <source>Restored changes you had not saved (%1). Save them to keep them.</source>
        <translation>استُعيدت تغييرات لم تحفظها (%1). احفظها للإبقاء عليها.</translation>
    </message>
</context>
<context>
    <name>EmergencyArea</name>
    <message>
        <location filename="../agreements/emergency_area.py" line="24"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;المسار السريع للطوارئ&lt;/h3&gt;&lt;p&gt;أطلِق وثيقة برنامج إنساني مبسطة من نموذج معتمد مسبقًا في أربع شاشات: في إطار اتفاقية التعاون البرنامجي (PCA) الموقعة مع الشريك، أو كاتفاقية تمويل صغير (SSFA) جديدة. التوقيعات إلكترونية؛ ويُؤجَّل التقييم الكامل والوثائق إلى مواعيد محددة، وتعود في صورة تنبيهات.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="35"/>
        <source>Close with evidence…</source>
        <translation>الإقفال مع الأدلة…</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="40"/>
        <source>Open the programme document</source>
        <translation>فتح وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="88"/>
        <source>Deferred items still open in %1</source>
        <translation>البنود المؤجلة التي ما زالت مفتوحة في %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open</source>
        <translation>البنود المؤجلة التي ما زالت مفتوحة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="93"/>
        <source> (overdue)</source>
        <translation> (متأخر)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="107"/>
        <source>Choose an item in the list first.</source>
        <translation>اختر بندًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="115"/>
        <source>Done: the evidence is recorded.</source>
        <translation>تم: سُجّلت الأدلة.</translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="172"/>
        <source>Emergency fast track</source>
        <translation>المسار السريع للطوارئ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel ‏(*.xlsx);;CSV بترميز UTF-8 ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export to a file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Exported %1 rows to %2.</source>
        <translation>تم تصدير %1 صفاً إلى %2.</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Not exported</source>
        <translation>لم يتم التصدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="92"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>حفظ هذه القائمة، بالتصفية والترتيب الحاليين، بصيغة Excel أو CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Writing %1 ...</source>
        <translation>جارٍ كتابة %1 ...</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="26"/>
        <source>Welcome to PartnerDesk</source>
        <translation>مرحبًا بك في PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="141"/>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Kenya Country Office</source>
        <translation>المكتب القطري في كينيا</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Country (ISO3)</source>
        <translation>البلد (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="68"/>
        <location filename="../first_run.py" line="147"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="29"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في PartnerDesk&lt;/h2&gt;&lt;p&gt;يُحفظ كل شيء على هذا الحاسوب ويعمل دون اتصال، وتُرسل التغييرات إلى المقر عند المزامنة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="34"/>
        <location filename="../first_run.py" line="70"/>
        <source>Join my office</source>
        <translation>الانضمام إلى مكتبي</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <source>Set up a new office</source>
        <translation>إعداد مكتب جديد</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="39"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>سجلات وهمية في ملف مستقل، بعيدًا عن بيانات مكتبك</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="58"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>يعمل مكتبك بالفعل بـ PartnerDesk: اطلب من المقر رمز تسجيل لهذا الحاسوب. ستصل بعدها شركاء مكتبك وشراكاته واتفاقياته من المقر، ويمكنك البدء ما إن يصل أولها. والحاسوب البديل عن حاسوب مفقود ينضم بالطريقة نفسها.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="64"/>
        <source>Headquarters address</source>
        <translation>عنوان المقر</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="66"/>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="100"/>
        <source>Contacting headquarters…</source>
        <translation>جارٍ الاتصال بالمقر…</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="129"/>
        <source>Could not join: %1</source>
        <translation>تعذّر الانضمام: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="138"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>فقط لمكتب لا يستخدم PartnerDesk بعد.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="150"/>
        <source>Set up my office</source>
        <translation>إعداد مكتبي</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="37"/>
        <source>Explore with demo data</source>
        <translation>الاستكشاف ببيانات تجريبية</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="94"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="23"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>قيم واردة من المقر لم يتمكن هذا الحاسوب من حفظها. وهي محفوظة جانبًا وستُحفظ تلقائيًا بعد تصحيحها في المقر؛ وقد حُفظ كل ما عداها.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="27"/>
        <source>What</source>
        <translation>ما المعني</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="36"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>بانتظار وصول تعديلك إلى المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="38"/>
        <source>the whole record</source>
        <translation>السجل بأكمله</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="99"/>
        <source>Received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Bytes (sent/received)</source>
        <translation>البايتات (مُرسَلة/مُستلَمة)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="100"/>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>OK</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="108"/>
        <source>Failed: %1</source>
        <translation>فشلت: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="28"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>التقييم الذاتي: ملخص المقر</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="40"/>
        <source>Print PDF...</source>
        <translation>طباعة PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="55"/>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="153"/>
        <source>All benchmarks met</source>
        <translation>كل المعايير مستوفاة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Benchmark</source>
        <translation>المعيار المرجعي</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="53"/>
        <source>Benchmarks</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="60"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="82"/>
        <source>Partly met</source>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="83"/>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="61"/>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="98"/>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Rated</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="99"/>
        <source>Data shows</source>
        <translation>ما تُظهره البيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="100"/>
        <source>Office data</source>
        <translation>بيانات المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="101"/>
        <source>Disagreements (%1)</source>
        <translation>الاختلافات (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Reported</source>
        <translation>المُبلِّغة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (rating)</source>
        <translation>استيفاء الكل (التقييم)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <location filename="../assessment/hq.py" line="121"/>
        <location filename="../assessment/hq.py" line="183"/>
        <source>All met (data)</source>
        <translation>استيفاء الكل (البيانات)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="113"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="120"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="122"/>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;التقييمات الذاتية المقدَّمة لعام %3: %1 من أصل %2 مكاتب.&lt;/b&gt; المكاتب التي استوفت المعايير الـ%5 كلها وفق تقييمها الخاص: %4، ووفق بياناتها الخاصة: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="134"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>التقييمات التي تخالف بيانات المكتب نفسه: %1، في %2 من المكاتب التي قدّمت تقييمها.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="141"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="142"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Acknowledged</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="157"/>
        <source>Met by rating</source>
        <translation>مستوفى وفق التقييم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Met by data</source>
        <translation>مستوفى وفق البيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="158"/>
        <source>Disagree</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="159"/>
        <source>No data</source>
        <translation>بلا بيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="164"/>
        <source>No earlier year to compare with.</source>
        <translation>لا توجد سنة سابقة للمقارنة.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>تُقارن كل سنة بالسنة التي قبلها على المكاتب نفسها: تلك التي قدّمت في السنتين (%1 من %2 إلى %3). المكاتب التي قدّمت: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Offices in both</source>
        <translation>المكاتب في السنتين</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="182"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="204"/>
        <source>Save the summary as PDF</source>
        <translation>حفظ الملخص بصيغة PDF</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Academic, Training and Research</source>
        <translation>الأوساط الأكاديمية والتدريب والبحث</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Finalisation</source>
        <translation>الإنجاز النهائي</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Foundation</source>
        <translation>مؤسسة خيرية</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>Local Government</source>
        <translation>حكومة محلية</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Multilateral</source>
        <translation>متعددة الأطراف</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Other Public Sector</source>
        <translation>قطاع عام آخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Partner Country based NGO</source>
        <translation>منظمة غير حكومية من البلد الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Pipeline/identification</source>
        <translation>قيد الإعداد / التحديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>القطاع الخاص في البلد المتلقي للمعونة</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Private Sector in Provider Country</source>
        <translation>القطاع الخاص في البلد المانح</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Private Sector in Third Country</source>
        <translation>القطاع الخاص في بلد ثالث</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Public Private Partnership</source>
        <translation>شراكة بين القطاعين العام والخاص</translation>
    </message>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Regional NGO</source>
        <translation>منظمة غير حكومية إقليمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Suspended</source>
        <translation>معلقة</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="39"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="40"/>
        <source>Matches existing</source>
        <translation>يطابق سجلاً موجوداً</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>Conflicts</source>
        <translation>متعارض</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Looks like existing</source>
        <translation>يشبه سجلاً موجوداً</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Agreement reference</source>
        <translation>مرجع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Agreement type</source>
        <translation>نوع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>Assessment type</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Assessments (type and date)</source>
        <translation>التقييمات (النوع والتاريخ)</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>CSO type</source>
        <translation>نوع منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Core values date</source>
        <translation>تاريخ تقييم القيم الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Country programme</source>
        <translation>البرنامج القطري</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>FR amount</source>
        <translation>مبلغ طلبات التمويل</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>FR numbers</source>
        <translation>أرقام طلبات التمويل</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Humanitarian</source>
        <translation>إنساني</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>PD reference</source>
        <translation>مرجع وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>PSEA assessment date</source>
        <translation>تاريخ تقييم الحماية من الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner contribution</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner name</source>
        <translation>اسم الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner signatory</source>
        <translation>موقّع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Partner signed on</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>SEA risk rating</source>
        <translation>تصنيف مخاطر الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Short name / acronym</source>
        <translation>الاسم المختصر / الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>Total budget</source>
        <translation>إجمالي الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF signatory</source>
        <translation>موقّع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>UNICEF signed on</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="158"/>
        <source>UNICEF supplies</source>
        <translation>إمدادات اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Vendor number</source>
        <translation>رقم المورد</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="31"/>
        <source>Import data</source>
        <translation>استيراد البيانات</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="41"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>الشركاء (CSV أو Excel، مثل ملف مُصدَّر من eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>الاتفاقات ووثائق البرامج (CSV أو Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>IATI activity file (XML)</source>
        <translation>ملف أنشطة IATI ‏(XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>جدول 3W بصيغة HXL: من يفعل ماذا وأين (CSV أو Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="49"/>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="58"/>
        <source>(the sheet says)</source>
        <translation>(حسب الجدول)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="66"/>
        <source>What the file holds</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Partner type when the sheet has none</source>
        <translation>نوع الشريك إذا لم يحدده الجدول</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="87"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="88"/>
        <source>Save mapping...</source>
        <translation>حفظ المطابقة...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>Load mapping...</source>
        <translation>تحميل مطابقة...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <location filename="../interchange/import_wizard.py" line="128"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Undo this import</source>
        <translation>ال&amp;تراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="127"/>
        <source>&amp;Preview &gt;</source>
        <translation>م&amp;عاينة &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="158"/>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <location filename="../interchange/import_wizard.py" line="172"/>
        <location filename="../interchange/import_wizard.py" line="193"/>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="164"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="165"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>ملفات البيانات (*.csv *.xlsx *.xml);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="173"/>
        <source>Choose a file that exists.</source>
        <translation>اختر ملفاً موجوداً.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="194"/>
        <source>Choose the column that holds: %1.</source>
        <translation>اختر العمود الذي يحتوي على: %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="215"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>قُرئ %1 صفاً: %2 جديدة، و%3 تطابق سجلات موجودة، و%4 متعارضة (تبقى كما هي)، و%5 تشبه شركاء موجودين (اختر)، و%6 غير صالحة (تُتخطى).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="229"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>قُرئ %1 نشاطاً: %2 للإضافة، و%3 موجودة مسبقاً، و%4 تم تخطيها.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="256"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>تم الاستيراد: أُنشئ %1، وطوبق %2، وتُخطي %3. يمكن التراجع عن الدفعة %4 بالكامل.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="269"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>تم التراجع عن الاستيراد: أُزيل %1 سجلاً.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="283"/>
        <source>Save the column mapping</source>
        <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="289"/>
        <source>Load a column mapping</source>
        <translation>تحميل مطابقة أعمدة</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="295"/>
        <source>Cannot use this mapping</source>
        <translation>لا يمكن استخدام هذه المطابقة</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Candidate</source>
        <translation>مرشحة</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Dismissed</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="162"/>
        <source>Is a partner</source>
        <translation>شريك بالفعل</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Made a partner</source>
        <translation>أصبحت شريكاً</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="47"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>ابحث في العناوين والمنظمات والقطاعات والأماكن...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="54"/>
        <source>&amp;Import data...</source>
        <translation>ا&amp;ستيراد بيانات...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="69"/>
        <source>Make a &amp;partner</source>
        <translation>تحويلها إلى &amp;شريك</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="72"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;مطابقة لشريك...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="75"/>
        <source>&amp;Dismiss</source>
        <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="89"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="127"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>Any sector</source>
        <translation>أي قطاع</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="130"/>
        <source>Any area</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any organisation type</source>
        <translation>أي نوع من المنظمات</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="184"/>
        <source>Landscape</source>
        <translation>خريطة الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Choose an organisation in the list first.</source>
        <translation>اختر منظمة من القائمة أولاً.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="190"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="205"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>لا يوجد شريك باسم يشبه اسم هذه المنظمة.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="207"/>
        <source>Same as a partner</source>
        <translation>مطابقة لشريك</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>This organisation is:</source>
        <translation>هذه المنظمة هي:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="110"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>يحتوي %1 على سجلات ليست بيانات تجريبية، وقد تُرك كما هو. انقله إلى مكان آخر لاستكشاف العرض التجريبي.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="47"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>ابحث في الأسماء والاختصارات والأهداف والأماكن...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="198"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="41"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="44"/>
        <source>Remove row</source>
        <translation>إزالة الصف</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="332"/>
        <source>Counting...</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="333"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
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
        <translation>&lt;b&gt;بيانات تجريبية.&lt;/b&gt; شركاء وشراكات وهمية لاستكشاف PartnerDesk، في ملف مستقل: لا شيء هنا يخص مكتبك، ولا يُرسل شيء إلى المقر.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111"/>
        <source>Leave the demo</source>
        <translation>مغادرة العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122"/>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129"/>
        <source>Syncing %p%</source>
        <translation>جارٍ المزامنة %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>لا يوجد هنا ما يمكنه فتح سجل من نوع %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="191"/>
        <source>%n unsent change(s)</source>
        <translation>
            <numerusform>لا تغييرات غير مُرسَلة</numerusform>
            <numerusform>تغيير واحد غير مُرسَل</numerusform>
            <numerusform>تغييران غير مُرسَلين</numerusform>
            <numerusform>%n تغييرات غير مُرسَلة</numerusform>
            <numerusform>%n تغييرًا غير مُرسَل</numerusform>
            <numerusform>%n تغيير غير مُرسَل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Offline: not connected to headquarters</source>
        <translation>غير متصل: لا اتصال بالمقر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>غير متصل: فشلت آخر مزامنة (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="21"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="22"/>
        <source>Comparative advantage</source>
        <translation>الميزة النسبية</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="30"/>
        <source>Add partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <location filename="../directory/members_table.py" line="33"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="56"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="strings.py" line="164"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Also counts as</source>
        <translation>يُحتسب أيضًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Assessment type</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>Bank</source>
        <translation>المصرف</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>CSO type</source>
        <translation>نوع منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Core values assessed on</source>
        <translation>تاريخ تقييم القيم الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Country (ISO3)</source>
        <translation>البلد (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="176"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Due diligence date</source>
        <translation>تاريخ العناية الواجبة</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="178"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>PSEA assessed on</source>
        <translation>تاريخ تقييم PSEA</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>Required for civil society organisations.</source>
        <translation>مطلوب لمنظمات المجتمع المدني.</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="187"/>
        <source>Short name / acronym</source>
        <translation>الاسم المختصر / الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
        <source>Vendor number</source>
        <translation>رقم المورّد</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <source>Add officer</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="59"/>
        <source>Authorised officers (they sign agreements)</source>
        <translation>الموظفون المفوضون (يوقّعون الاتفاقيات)</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="112"/>
        <source>Partners with a similar name already exist: %1. If this is one of them, open it instead; press Save again to add a new partner anyway.</source>
        <translation>يوجد بالفعل شركاء بأسماء مشابهة: %1. إن كان أحدهم، فافتحه بدلاً من ذلك؛ واضغط حفظ مرة أخرى لإضافة شريك جديد على أي حال.</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="125"/>
        <source>New partner</source>
        <translation>شريك جديد</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="37"/>
        <source>1. Partner</source>
        <translation>1. الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="38"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>اختر شريكًا تعرفه من قبل، أو أضف شريكًا في سطر واحد.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="39"/>
        <source>A partner we know</source>
        <translation>شريك نعرفه</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="41"/>
        <source>A new partner: high risk assumed</source>
        <translation>شريك جديد: يُفترض خطر مرتفع</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="58"/>
        <source>Type part of the name</source>
        <translation>اكتب جزءًا من الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="63"/>
        <source>Legal name of the organisation</source>
        <translation>الاسم القانوني للمنظمة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="65"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>يُسجَّل بوصفه منظمة مجتمع مدني وطنية بتصنيف مخاطر «مرتفع» (يُفترض خطر مرتفع). ويُؤجَّل تقييمه الكامل والعناية الواجبة، ويعودان في صورة تنبيهات مع مواعيدهما.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="72"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Under</source>
        <translation>في إطار</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="75"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="106"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>اتفاقية PCA %1 (وثيقة برنامج إنساني في إطارها)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="108"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>اتفاقية SSFA جديدة (حتى %1 دولار)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="189"/>
        <source>&amp;New partner</source>
        <translation>شريك &amp;جديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="191"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
        <source>Any risk</source>
        <translation>أي مستوى مخاطر</translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <location filename="../directory/partnership_editor.py" line="45"/>
        <source>Partners in this partnership</source>
        <translation>الشركاء في هذه الشراكة</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="58"/>
        <source>Partnering &amp;cycle...</source>
        <translation>&amp;دورة الشراكة...</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="60"/>
        <source>Work through the twelve phases of this partnership</source>
        <translation>اعمل على المراحل الاثنتي عشرة لهذه الشراكة</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="71"/>
        <source>A reference is given when you save.</source>
        <translation>يُمنَح المرجع عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../directory/partnership_editor.py" line="93"/>
        <source>New partnership</source>
        <translation>شراكة جديدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="193"/>
        <source>Contribution to results</source>
        <translation>المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Engagement</source>
        <translation>نوع التعامل</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Formality</source>
        <translation>الطابع الرسمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Geographic reach</source>
        <translation>النطاق الجغرافي</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>الشراكات تقودها النتائج لا الجهات الفاعلة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Results for children</source>
        <translation>النتائج للأطفال</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="204"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="206"/>
        <source>&amp;New partnership</source>
        <translation>شراكة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Any contribution</source>
        <translation>أي مساهمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="63"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="64"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Visits, reporting, risks</source>
        <translation>الزيارات والتقارير والمخاطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="117"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>مجموع اليونيسف (نقد، لوازم، إدارة) %1 · حصة الشريك %2%</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Cash transfer</source>
        <translation>التحويل النقدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Management costs</source>
        <translation>تكاليف الإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>تكاليف دعم البرنامج لدى الشريك، بعملة وثيقة البرنامج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>مثلًا توركانا، غاريسا</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="131"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>تاريخ (YYYY-MM-DD) أو ربع سنة، مثلًا 2026 Q3</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>Kind of visit</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="134"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Where the visit goes</source>
        <translation>مكان الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Kind of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="138"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>الموعد النهائي (YYYY-MM-DD) أو التواتر، مثلًا كل ربع سنة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="141"/>
        <source>What could go wrong</source>
        <translation>ما الذي قد يسوء</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>Mitigation</source>
        <translation>التخفيف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="142"/>
        <source>What the partner will do</source>
        <translation>ما سيفعله الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Planned visits</source>
        <translation>الزيارات المخططة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="147"/>
        <source>Reporting requirements</source>
        <translation>متطلبات التقارير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="148"/>
        <source>Risks and mitigation</source>
        <translation>المخاطر والتخفيف</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="47"/>
        <source>One country programme output per line</source>
        <translation>ناتج واحد من نواتج البرنامج القطري في كل سطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="53"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="54"/>
        <source>Implementation strategy</source>
        <translation>استراتيجية التنفيذ</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="55"/>
        <source>Country programme outputs</source>
        <translation>نواتج البرنامج القطري</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Gender</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Equity</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Sustainability</source>
        <translation>الاستدامة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="65"/>
        <source>Why this rating</source>
        <translation>سبب هذا التصنيف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="76"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>الاسم &lt;البريد&gt;؛ الاسم &lt;البريد&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="78"/>
        <source>UNICEF focal points</source>
        <translation>جهات التنسيق في اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
        <source>Partner focal points</source>
        <translation>جهات التنسيق لدى الشريك</translation>
    </message>
</context>
<context>
    <name>PdPanel</name>
    <message>
        <location filename="../agreements/pd_editor.py" line="27"/>
        <source>Back to the agreement</source>
        <translation>العودة إلى الاتفاقية</translation>
    </message>
    <message>
        <location filename="../agreements/pd_editor.py" line="63"/>
        <source>New programme document</source>
        <translation>وثيقة برنامج جديدة</translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Fate</source>
        <translation>المآل</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="105"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="106"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="128"/>
        <source>Create a new partner</source>
        <translation>إنشاء شريك جديد</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Same as %1 (%2%)</source>
        <translation>مطابق لـ %1 (%2٪)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Skip this row</source>
        <translation>تخطي هذا الصف</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="137"/>
        <source>Matches %1; nothing changes.</source>
        <translation>يطابق %1؛ لا يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="56"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;طباعة PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="62"/>
        <source>Open PDF</source>
        <translation>فتح PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="88"/>
        <source>Printing %1...</source>
        <translation>جارٍ طباعة %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="95"/>
        <source>Printed to %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="102"/>
        <source>Could not print: %1</source>
        <translation>تعذّرت الطباعة: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="53"/>
        <source>&amp;Revert</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="112"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>استُعيدت تغييرات لم تحفظها (%1). احفظها، أو اختر «تراجع» للتخلي عنها.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="154"/>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="176"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="177"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>غيّرت هذا السجل دون حفظ. هل تريد حفظ التغييرات؟</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="67"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>انقر على اسم المستند لفتحه.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="71"/>
        <source>Attach signed document...</source>
        <translation>إرفاق الوثيقة الموقعة...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="74"/>
        <source>Attach termination document...</source>
        <translation>إرفاق وثيقة الإنهاء...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="81"/>
        <source>UNICEF signatories...</source>
        <translation>الموقّعون عن اليونيسف...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="84"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>موظفو المكتب المفوَّضون بالتوقيع عن اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="97"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open amendment</source>
        <translation>فتح التعديل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="104"/>
        <source>Open the signed record it amends</source>
        <translation>فتح الوثيقة الموقّعة التي يعدّلها</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="118"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="119"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="120"/>
        <source>Amendment</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <location filename="../agreements/record.py" line="277"/>
        <source>Amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="128"/>
        <source>Amend...</source>
        <translation>تعديل...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="207"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>احفظ أولًا، ثم وقّع وأرفق الوثائق.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="233"/>
        <source>Attached: %1</source>
        <translation>مرفق: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="234"/>
        <source>Nothing attached yet.</source>
        <translation>لا شيء مرفق بعد.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="241"/>
        <source>Amendment %1 against the signed version</source>
        <translation>التعديل %1 مقارنةً بالنسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="276"/>
        <source>Amendments (%1 draft)</source>
        <translation>التعديلات (%1 مسودة)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="309"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="319"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="320"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>اذكر السبب في جملة واحدة (يُحفَظ في السجل):</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="333"/>
        <source>%1 is now %2.</source>
        <translation>أصبحت حالة %1: %2.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="340"/>
        <source>Choose the scanned document</source>
        <translation>اختر الوثيقة الممسوحة ضوئيًا</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="360"/>
        <source>Attached.</source>
        <translation>أُرفقت.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="376"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>أُعِدّت مسودة التعديل %1: غيّر ما يعدّله، واحفظ، ثم وقّعه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>موظف فوّضه المكتب بالتوقيع عن اليونيسف (زر الموقّعون عن اليونيسف أدناه).</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Partner signatory</source>
        <translation>موقِّع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Partner signed on</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>Title </source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="strings.py" line="225"/>
        <source>UNICEF signatory</source>
        <translation>موقِّع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>UNICEF signed on</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="139"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="140"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="141"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>new record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="155"/>
        <source>edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="156"/>
        <source>file upload</source>
        <translation>رفع ملف</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="226"/>
        <source>3. Results</source>
        <translation>3. النتائج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="227"/>
        <source>From the template, with targets scaled to the amount. Change a target if you know better; nothing here is required.</source>
        <translation>من النموذج، مع أهداف متناسبة مع المبلغ. غيّر أي هدف إن كانت لديك معرفة أدق؛ لا شيء هنا إلزامي.</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Output</source>
        <translation>المخرج</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="51"/>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="52"/>
        <source>Means of verification</source>
        <translation>وسائل التحقق</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="63"/>
        <source>Add indicator</source>
        <translation>إضافة مؤشر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_results.py" line="66"/>
        <source>Remove row</source>
        <translation>إزالة الصف</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../widgets/rows_table.py" line="25"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="23"/>
        <source>Sign in to PartnerDesk</source>
        <translation>تسجيل الدخول إلى PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="26"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>يستخدم عدة أشخاص PartnerDesk على هذا الحاسوب. اختر اسمك واكتب رمزك السري: كل ما تغيّره يُوقَّع باسمك.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="45"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="46"/>
        <source>PIN or passphrase</source>
        <translation>الرمز السري أو عبارة المرور</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="49"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="32"/>
        <source>4. Sign electronically and print</source>
        <translation>4. التوقيع الإلكتروني والطباعة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="33"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>تُسجَّل كل توقيع مع الموقّع والوقت وهذا الجهاز وبصمة SHA-256 للنص الموقّع، ويُطبع في خانة التوقيع.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="47"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>لا يوجد موظف في هذا المكتب مفوَّض بالتوقيع عن اليونيسف. أضف الموظفين المفوَّضين: أي اتفاق، تبويب التوقيعات، الموقّعون عن اليونيسف.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="56"/>
        <source>Sign and print</source>
        <translation>التوقيع والطباعة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="66"/>
        <source>Partner signatory</source>
        <translation>موقِّع الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="67"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>UNICEF signatory</source>
        <translation>موقِّع اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="70"/>
        <source>Title </source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="114"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (اليونيسف) يؤكد توقيع هذه الوثيقة إلكترونياً</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (الشريك) يؤكد توقيع هذه الوثيقة إلكترونياً</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="123"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>اختر الموقّعَين؛ ويؤكد كل منهما التوقيع الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="151"/>
        <source>Deferred:</source>
        <translation>المؤجَّل:</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="22"/>
        <source>UNICEF signatories of office %1</source>
        <translation>الموقّعون عن اليونيسف في المكتب %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="37"/>
        <source>Title</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="26"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="27"/>
        <location filename="../agreements/signatories_dialog.py" line="39"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="28"/>
        <source>Withdraw the authority to sign</source>
        <translation>سحب تفويض التوقيع</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="35"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>YYYY-MM-DD (فارغ: مفتوح)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>Authorise this officer</source>
        <translation>تفويض هذا الموظف</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="51"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>لا يجوز إلا لهؤلاء الموظفين التوقيع على الاتفاقات عن اليونيسف في هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="90"/>
        <source>Choose an officer in the list first.</source>
        <translation>اختر موظفاً من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="50"/>
        <source>Print PDF...</source>
        <translation>طباعة PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Submit to headquarters</source>
        <translation>تقديم إلى المقر</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="71"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>ملخص التقييم الذاتي لعام %1 للمكتب %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="74"/>
        <source>Benchmark</source>
        <translation>المعيار المرجعي</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Office data</source>
        <translation>بيانات المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="90"/>
        <source>The rating differs from what the data shows.</source>
        <translation>يختلف التقدير عمّا تُظهره البيانات.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="93"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>مستوفى: %1   مستوفى جزئيًا: %2   غير مستوفى: %3   غير مقيَّم: %4   تعارض بين التقدير والبيانات: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="104"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>قدّمه %2 في %1: مقفل.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="107"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>مسودة: التقديم يُقفل التقديرات والأرقام.</translation>
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
        <translation>في المرة الأولى فقط، مثلًا K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="40"/>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="54"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="56"/>
        <source>Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="60"/>
        <source>Enrollment code:</source>
        <translation>رمز التسجيل:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="61"/>
        <source>Last sync:</source>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="62"/>
        <source>Unsent changes:</source>
        <translation>تغييرات غير مُرسَلة:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>State:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="73"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="74"/>
        <source>Refused</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="75"/>
        <source>Set aside</source>
        <translation>المُنحّاة جانبًا</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="76"/>
        <source>History</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="116"/>
        <source>never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="117"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>لا تغييرات في الانتظار</numerusform>
            <numerusform>تغيير واحد في الانتظار</numerusform>
            <numerusform>تغييران في الانتظار</numerusform>
            <numerusform>%n تغييرات في الانتظار</numerusform>
            <numerusform>%n تغييرًا في الانتظار</numerusform>
            <numerusform>%n تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="119"/>
        <source>(%n refused, see Refused)</source>
        <translation>
            <numerusform>(لا مرفوض، انظر «المرفوضة»)</numerusform>
            <numerusform>(تغيير واحد مرفوض، انظر «المرفوضة»)</numerusform>
            <numerusform>(تغييران مرفوضان، انظر «المرفوضة»)</numerusform>
            <numerusform>(%n تغييرات مرفوضة، انظر «المرفوضة»)</numerusform>
            <numerusform>(%n تغييرًا مرفوضًا، انظر «المرفوضة»)</numerusform>
            <numerusform>(%n تغيير مرفوض، انظر «المرفوضة»)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="124"/>
        <source>Last sync failed: %1</source>
        <translation>فشلت آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="126"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>غير مسجَّل: أدخل العنوان والرمز الواردين من المقر.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="128"/>
        <source>all offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="129"/>
        <source>Enrolled for %1.</source>
        <translation>مسجَّل لـ %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="133"/>
        <source>Refused (%1)</source>
        <translation>المرفوضة (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="135"/>
        <source>Set aside (%1)</source>
        <translation>المُنحّاة جانبًا (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="143"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>أدخل عنوان خادم المقر أولًا.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="152"/>
        <source>Syncing...</source>
        <translation>جارٍ المزامنة...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="170"/>
        <source>Synced: %1 sent, %2 received, %3 conflict(s).</source>
        <translation>تمت المزامنة: أُرسل %1، واستُلم %2، والتعارضات %3.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="174"/>
        <source>Problems: %1</source>
        <translation>المشكلات: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="183"/>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="185"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 المحاولة التالية بعد %2 ث.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="140"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. النموذج والمبلغ والتواريخ والأماكن</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="141"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>يحدد النموذج المعتمد مسبقًا النتائج وتوزيع الميزانية والتقارير والمخاطر.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="145"/>
        <source>Choose a pre-certified template</source>
        <translation>اختر نموذجًا معتمدًا مسبقًا</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="151"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>مبلغ اليونيسف بالدولار، مثلًا 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="156"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>YYYY-MM-DD (من النموذج)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="159"/>
        <source>Places, separated by commas</source>
        <translation>الأماكن، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="166"/>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="167"/>
        <source>Amount (USD)</source>
        <translation>المبلغ (دولار)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="169"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="170"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="198"/>
        <source>Choose a template.</source>
        <translation>اختر نموذجًا.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="200"/>
        <source>Enter the UNICEF amount.</source>
        <translation>أدخل مبلغ اليونيسف.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="202"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>اكتب التواريخ بالصيغة YYYY-MM-DD، مثلًا 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="204"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="206"/>
        <source>Name at least one place.</source>
        <translation>اذكر مكانًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>لا تموّل اتفاقية SSFA أكثر من %1 دولار؛ خفّض المبلغ أو استخدم اتفاقية PCA الخاصة بالشريك.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../users/roles.py" line="25"/>
        <source>Not signed in as a user of this office: changes are refused</source>
        <translation>لم تسجّل الدخول بصفتك مستخدمًا لهذا المكتب: التغييرات مرفوضة</translation>
    </message>
    <message>
        <location filename="../users/roles.py" line="29"/>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجَّل الدخول: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="55"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Assessment action</source>
        <translation>إجراء التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Info</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Programme document</source>
        <translation>وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="186"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>الملف %1 تالف (%2). قد لا تُحفظ التغييرات التي تُجرى الآن. أغلق PartnerDesk واحتفظ بنسخة من الملف لفريق الدعم، ثم استعد آخر نسخة احتياطية (ملف ‎.bak‎ المجاور له) أو اطلب من فريق الدعم إصلاحه.</translation>
    </message>
    <message>
        <location filename="../app.py" line="190"/>
        <source>Database damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Agreements</source>
        <translation>الاتفاقيات</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Landscape</source>
        <translation>خريطة الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnering cycle</source>
        <translation>دورة الشراكة</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="strings.py" line="242"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>benchmarks</name>
    <message>
        <location filename="../assessment/strings.py" line="25"/>
        <source>Partner landscape mapped and analysed in programme planning</source>
        <translation>خريطة الشركاء مرسومة ومحللة في تخطيط البرامج</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="26"/>
        <source>Map who works on the results you seek, their interest and influence, and what each partner brings (its comparative advantage). Evidence: the comparative advantage of every partner is recorded for each active partnership.</source>
        <translation>ارسم خريطة لمن يعمل على النتائج التي تنشدها، واهتمامه وتأثيره، وما يقدمه كل شريك (ميزته النسبية). الدليل: الميزة النسبية لكل شريك مسجلة في كل شراكة نشطة.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="27"/>
        <source>Due diligence and risk screening done before every new partnership</source>
        <translation>العناية الواجبة وفحص المخاطر قبل كل شراكة جديدة</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="28"/>
        <source>Before engaging, check registration, mandate, fraud, PSEA and safeguarding, sanctions and other risks. Evidence: every partner of each partnership started in the last 12 months was cleared before the start.</source>
        <translation>قبل التعامل، تحقق من التسجيل والولاية ومكافحة الاحتيال والحماية من الاستغلال والانتهاك الجنسيين (PSEA) والصون والجزاءات والمخاطر الأخرى. الدليل: أُجيز كل شريك في كل شراكة بدأت خلال الأشهر الاثني عشر الماضية قبل بدئها.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="29"/>
        <source>Every active partnership has a designated focal point and a written agreement with defined results</source>
        <translation>لكل شراكة نشطة جهة تنسيق معيّنة واتفاق مكتوب بنتائج محددة</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="30"/>
        <source>Name one focal point per partnership, put the partnership in writing (MoU or legal agreement) and state the results for children it serves.</source>
        <translation>عيّن جهة تنسيق واحدة لكل شراكة، ودوّن الشراكة كتابةً (مذكرة تفاهم أو اتفاق قانوني)، واذكر النتائج التي تحققها للأطفال.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="31"/>
        <source>Every active partnership reviewed at least once a year, with partner feedback</source>
        <translation>مراجعة كل شراكة نشطة مرة في السنة على الأقل، مع ملاحظات الشركاء</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="32"/>
        <source>Review each partnership on the four dimensions of monitoring and evaluation and ask the partners for feedback. Evidence: a review recorded in the last 12 months.</source>
        <translation>راجِع كل شراكة وفق الأبعاد الأربعة للرصد والتقييم واطلب ملاحظات الشركاء. الدليل: مراجعة مسجلة خلال الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="33"/>
        <source>Contribution of partnerships to results measured and reported</source>
        <translation>قياس مساهمة الشراكات في النتائج والإبلاغ عنها</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="34"/>
        <source>Measure results and indicators achieved and the partnership&apos;s contribution to them. Evidence: results measured (partnering cycle phase viii) in the last 12 months.</source>
        <translation>قِس النتائج والمؤشرات المحققة ومساهمة الشراكة فيها. الدليل: قياس النتائج (المرحلة viii من دورة الشراكة) خلال الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="35"/>
        <source>Every partnership has an exit or sustainability strategy</source>
        <translation>لكل شراكة استراتيجية للخروج أو للاستدامة</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="36"/>
        <source>Plan from the start how the partnership ends, is handed over or is sustained, with the evaluation that decides continuation.</source>
        <translation>خطّط منذ البداية لكيفية إنهاء الشراكة أو تسليمها أو استدامتها، مع التقييم الذي يقرر استمرارها.</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <location filename="strings.py" line="243"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (العناية الواجبة: %2)</translation>
    </message>
    <message>
        <location filename="strings.py" line="244"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation>مشكلات يجب إصلاحها قبل الحفظ: %n.</translation>
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
        <translation>الأنشطة وخطة العمل</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>الأنشطة، وخطة العمل، والميزانية، والموارد، ونوع الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>إضافة المنظمات الواردة في ملفات IATI و3W الخاصة بهذا المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Add stakeholder</source>
        <translation>إضافة جهة معنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Adequate</source>
        <translation>كافٍ</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>اتفق على الغايات والمبادئ والأدوار والمساهمات (يجب إجازة العناية الواجبة).</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreed goals and objectives</source>
        <translation>الغايات والأهداف المتفق عليها</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreed on</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Agreement signed on</source>
        <translation>تاريخ توقيع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Agreement type</source>
        <translation>نوع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Amber: needs attention</source>
        <translation>كهرماني: تحتاج إلى اهتمام</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Amendments in light of the review.</source>
        <translation>التعديلات في ضوء المراجعة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>قيّم كل شريك مرشح وسجّل العناية الواجبة لكل شريك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Budget (USD)</source>
        <translation>الميزانية (دولار)</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Build structures that last beyond the project.</source>
        <translation>أنشئ هياكل تدوم بعد انتهاء المشروع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Building</source>
        <translation>البناء</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Candidate partners</source>
        <translation>الشركاء المرشحون</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>الشركاء المرشحون، وتقييمهم، والعناية الواجبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Cash contributions</source>
        <translation>المساهمات النقدية</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cash-transfer modality</source>
        <translation>طريقة التحويل النقدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Cleared</source>
        <translation>تمت الإجازة</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Cleared with conditions</source>
        <translation>أُجيزت بشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Close</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Communication plan</source>
        <translation>خطة التواصل</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Continue</source>
        <translation>الاستمرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>لا استمرار ولا توسيع إلا بمراجعة خلال الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contribution of the partnership to results</source>
        <translation>مساهمة الشراكة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contribution to results</source>
        <translation>المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Contributions of each partner</source>
        <translation>مساهمات كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Contributions of each partner and modality.</source>
        <translation>مساهمات كل شريك وطريقة التحويل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Core principles</source>
        <translation>المبادئ الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Corporate screening (companies only)</source>
        <translation>فحص الشركات (للشركات فقط)</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Current partner</source>
        <translation>شريك حالي</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Current relation</source>
        <translation>العلاقة الحالية</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>قرّر التنقيحات التي تستدعيها المراجعة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>القرار والتقييم الذي يستند إليه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Delivery against the workplan</source>
        <translation>الإنجاز مقارنةً بخطة العمل</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>صِف التحدي والنتائج المنشودة، وارسم خريطة الجهات المعنية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Direct cash transfer</source>
        <translation>تحويل نقدي مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Direct payment</source>
        <translation>دفع مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Done</source>
        <translation>مُنجَزة</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Due-diligence outcome</source>
        <translation>نتيجة العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Equity</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>قيّم، ثم قرّر الاستمرار أو التوسيع أو التسليم أو الإغلاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluated on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Evaluation due *</source>
        <translation>موعد التقييم *</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Evaluation findings</source>
        <translation>نتائج التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>تحتاج كل شراكة إلى استراتيجية للخروج أو للاستدامة: المدة المخطط لها، وموعد التقييم الذي يقرر استمرارها، وشروط إنهائها أو تسليمها (الفقرة 60 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Every six months</source>
        <translation>كل ستة أشهر</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Exchange of letters</source>
        <translation>تبادل رسائل</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Exit conditions *</source>
        <translation>شروط الخروج *</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Expand</source>
        <translation>التوسيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Financial stability</source>
        <translation>الاستقرار المالي</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Focal points of each partner</source>
        <translation>جهات التنسيق لدى كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>Former partner</source>
        <translation>شريك سابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>آليات قائمة لمكافحة الاحتيال وللحماية من الاستغلال والانتهاك الجنسيين (PSEA) وللصون</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>From the landscape...</source>
        <translation>من خريطة الجهات الفاعلة...</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Governance and management structure</source>
        <translation>هيكل الحوكمة والإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Governance, focal points, communication.</source>
        <translation>الحوكمة، وجهات التنسيق، والتواصل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Green: healthy</source>
        <translation>أخضر: سليمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Hand over</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Health</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Health check</source>
        <translation>فحص السلامة</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Identifying</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>نفّذ: سجّل التوقيع والإنجاز والزيارات وجدول التقارير.</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>Implementing</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>In-kind contributions</source>
        <translation>المساهمات العينية</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>In-kind only (no cash)</source>
        <translation>عيني فقط (دون نقد)</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Individual partners&apos; contributions</source>
        <translation>مساهمات الشركاء منفردين</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Informal contact</source>
        <translation>تواصل غير رسمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Institutionalising</source>
        <translation>المأسسة</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Integration into national systems</source>
        <translation>الإدماج في النظم الوطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Keep informed</source>
        <translation>إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Keep satisfied</source>
        <translation>إبقاؤهم راضين</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Lifespan ends</source>
        <translation>تنتهي المدة في</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Manage closely</source>
        <translation>إدارة عن كثب</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Managing</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Managing and maintaining</source>
        <translation>الإدارة والمتابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>ولاية متسقة مع ولاية الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Measure results against the indicators.</source>
        <translation>قِس النتائج مقارنةً بالمؤشرات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Measuring</source>
        <translation>القياس</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>تستوفي معايير العمل في عملياتها وسلسلة إمدادها</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Membership</source>
        <translation>العضوية</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Memorandum of Understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>Monitor</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>Mutual benefit</source>
        <translation>المنفعة المتبادلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No change needed</source>
        <translation>لا حاجة إلى تغيير</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>لا تورط في فساد أو خرق للجزاءات</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No relation</source>
        <translation>لا علاقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>No serious environmental harm</source>
        <translation>لا ضرر بيئي جسيم</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>No written agreement</source>
        <translation>لا اتفاق مكتوب</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>On track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Opposed</source>
        <translation>معارض</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Other risks</source>
        <translation>مخاطر أخرى</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner assessment</source>
        <translation>تقييم الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partner feedback</source>
        <translation>ملاحظات الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partner screened</source>
        <translation>الشريك الخاضع للفحص</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Partnership review and health check.</source>
        <translation>مراجعة الشراكة وفحص سلامتها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>خطّط العمل والميزانية، واختر نوع الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planned lifespan (months) *</source>
        <translation>المدة المخططة (بالأشهر) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Planned visits</source>
        <translation>الزيارات المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Poor</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>لا تضر منتجاتها وتسويقها بالأطفال (مثل بدائل حليب الأم والأسلحة والتبغ)</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Programme Cooperation Agreement</source>
        <translation>اتفاقية التعاون البرنامجي</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>جودة الشراكة، بما فيها تكاليف المعاملات</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Quarterly</source>
        <translation>فصلي</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Ready to save.</source>
        <translation>جاهز للحفظ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>سجّل العناية الواجبة لشريك واحد في كل مرة؛ يلزم لكل شريك قرار.</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>سجّل المساهمات النقدية والعينية لكل شريك وطريقة التحويل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Red: at risk</source>
        <translation>أحمر: معرّضة للخطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Reimbursement</source>
        <translation>سداد</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>رُفض (خطر غير مقبول)</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Reporting schedule</source>
        <translation>جدول التقارير</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>مطلوب لشركاء قطاع الشركات (الفقرة 40 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Required when cleared with conditions.</source>
        <translation>مطلوب عند الإجازة بشروط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Resource map</source>
        <translation>خريطة الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Resourcing</source>
        <translation>توفير الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>تحترم حقوق الإنسان وحقوق الطفل (لا عمل للأطفال)</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>النتائج المحققة ومساهمة الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results and indicators achieved</source>
        <translation>النتائج والمؤشرات المحققة</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>نتائج للأطفال، لا للجهات الفاعلة (الفقرة 51 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Results sought</source>
        <translation>النتائج المنشودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>راجِع الشراكة مع الشركاء: قيّم الأبعاد الأربعة، ودوّن الملاحظات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Reviewing</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Reviewing and revising</source>
        <translation>المراجعة والتنقيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Revising</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Revisions decided</source>
        <translation>التنقيحات المقررة</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Roles of each partner</source>
        <translation>أدوار كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Save exit strategy</source>
        <translation>حفظ استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Save phase</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Scoping</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Scoping and building</source>
        <translation>التحديد والبناء</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>فُحص مقابل قوائم الجزاءات: لا تطابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Screened on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>أنشئ الحوكمة، وسمِّ جهات التنسيق، واتفق على طريقة التواصل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Shared vision</source>
        <translation>الرؤية المشتركة</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>الاتفاق الموقع، والإنجاز، والزيارات، والتقارير.</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Small Scale Funding Agreement</source>
        <translation>اتفاقية التمويل الصغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Stakeholder and partner landscape</source>
        <translation>خريطة الجهات المعنية والشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Standing and reputation</source>
        <translation>المكانة والسمعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Structures for longer-term commitment</source>
        <translation>هياكل لالتزام أطول أمدًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Structures for longer-term commitment.</source>
        <translation>هياكل لالتزام أطول أمدًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>Sustaining or terminating</source>
        <translation>الاستدامة أو الإنهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>Sustaining outcomes</source>
        <translation>استدامة النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>التحدي، والنتائج المنشودة، والجهات الأخرى الموجودة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>الأبعاد الأربعة (الفقرة 53 من الوثيقة المرجعية)</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>The partnering agreement.</source>
        <translation>اتفاق الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>The problem for children this partnership would address.</source>
        <translation>المشكلة التي تعالجها هذه الشراكة لصالح الأطفال.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>حدّد عند التحقق، مع إرفاق الدليل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Total planned budget, digits only.</source>
        <translation>مجموع الميزانية المخططة، أرقام فقط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Track record</source>
        <translation>السجل السابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Transparency</source>
        <translation>الشفافية</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>الخطر غير المقبول يوقف التعامل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Valid legal registration</source>
        <translation>تسجيل قانوني ساري</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Value added</source>
        <translation>القيمة المضافة</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>Value added compared with alternatives</source>
        <translation>القيمة المضافة مقارنةً بالبدائل</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>What changes</source>
        <translation>ما الذي يتغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>مَن الموجود، واهتمامه وتأثيره (1 منخفض - 5 مرتفع)، والعلاقة الحالية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>Why not applicable</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="strings.py" line="442"/>
        <source>e.g. 36</source>
        <translation>مثلًا 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <location filename="../assessment/strings.py" line="10"/>
        <source>{num} of {den} active partnerships record the comparative advantage of every partner ({pct} %).</source>
        <translation>الشراكات النشطة التي تسجّل الميزة النسبية لكل شريك: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="11"/>
        <location filename="../assessment/strings.py" line="15"/>
        <location filename="../assessment/strings.py" line="17"/>
        <location filename="../assessment/strings.py" line="20"/>
        <location filename="../assessment/strings.py" line="23"/>
        <source>No active partnerships to measure.</source>
        <translation>لا شراكات نشطة للقياس.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="12"/>
        <source>{num} of {den} partnerships started in the last 12 months had every partner cleared by due diligence before the start ({pct} %).</source>
        <translation>الشراكات التي بدأت خلال الأشهر الاثني عشر الماضية وأُجيز كل شركائها بالعناية الواجبة قبل بدئها: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="13"/>
        <source>No partnership started in the last 12 months.</source>
        <translation>لم تبدأ أي شراكة خلال الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="14"/>
        <source>{num} of {den} active partnerships have a focal point and a written agreement with defined results ({pct} %).</source>
        <translation>الشراكات النشطة التي لها جهة تنسيق واتفاق مكتوب بنتائج محددة: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="16"/>
        <source>{num} of {den} active partnerships were reviewed with partner feedback in the last 12 months ({pct} %).</source>
        <translation>الشراكات النشطة التي رُوجعت مع ملاحظات الشركاء خلال الأشهر الاثني عشر الماضية: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="18"/>
        <source>Not recorded: this database keeps no partnership reviews.</source>
        <translation>غير مسجَّل: لا تحفظ قاعدة البيانات هذه مراجعات للشراكات.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="19"/>
        <source>{num} of {den} active partnerships had their results measured in the last 12 months ({pct} %).</source>
        <translation>الشراكات النشطة التي قِيست نتائجها خلال الأشهر الاثني عشر الماضية: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="21"/>
        <source>Not recorded: this database keeps no measured results of partnerships.</source>
        <translation>غير مسجَّل: لا تحفظ قاعدة البيانات هذه نتائج مقيسة للشراكات.</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="22"/>
        <source>{num} of {den} active partnerships have an exit or sustainability strategy ({pct} %).</source>
        <translation>الشراكات النشطة التي لها استراتيجية للخروج أو للاستدامة: {num} من أصل {den} ({pct} %).</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="24"/>
        <source>Not recorded: this database keeps no exit strategies.</source>
        <translation>غير مسجَّل: لا تحفظ قاعدة البيانات هذه استراتيجيات خروج.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="strings.py" line="444"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>يتكوّن الرمز السري من {n} أحرف على الأقل؛ اختر رمزًا أطول.</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>A name has at most {n} characters.</source>
        <translation>يتكوّن الاسم من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>تتكوّن عبارة المرور من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Give the user&apos;s name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>اضبط مكتب هذا الحاسوب أولًا (عند التشغيل الأول، أو بالأمر &apos;join&apos;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>هذا الرمز السري سهل التخمين (رقم مكرَّر أو أرقام متتالية)؛ اختر رمزًا آخر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>The role is one of: {roles}.</source>
        <translation>الدور واحد مما يلي: {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>الرمز السري غير صحيح لـ {name}؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>ليس لدى {name} رمز سري على هذا الحاسوب بعد؛ يمنحه مسؤول المكتب رمزًا بالأمر &apos;users add&apos;.</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} مستخدم في المكتب {office} بالفعل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} مستخدم في المكتب {office} بالفعل؛ غيّر دوره بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} ليس مستخدمًا في المكتب {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} ليس مستخدمًا في هذا المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} هو آخر مسؤول للمكتب {office}؛ عيّن شخصًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) تغيير سجلات المكتب {office}؛ يتطلب ذلك دور المحرِّر أو المعتمِد أو مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) إدارة مستخدمي المكتب {office}؛ يتطلب ذلك دور مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) التوقيع أو الاعتماد في المكتب {office}؛ يتطلب ذلك دور المعتمِد أو مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} ليس مستخدمًا في المكتب {office}؛ يضيف مسؤول المكتب المستخدمين (&apos;users add&apos;)، أو يضيفهم المقر.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Academic institution</source>
        <translation>مؤسسة أكاديمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Administrative</source>
        <translation>إداري</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Approver</source>
        <translation>معتمِد</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Assessed by another UN agency</source>
        <translation>قيّمته وكالة أخرى للأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Audit</source>
        <translation>تدقيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Budget change</source>
        <translation>تغيير الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>Civil society organisation</source>
        <translation>منظمة مجتمع مدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Cleared</source>
        <translation>تمت الإجازة</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Cleared with conditions</source>
        <translation>أُجيزت بشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Collaboration</source>
        <translation>تعاون</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Community-based organisation</source>
        <translation>منظمة مجتمعية</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Consultation</source>
        <translation>تشاور</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Convening</source>
        <translation>داعٍ</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Coordination</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Corporate sector</source>
        <translation>قطاع الشركات</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Country</source>
        <translation>قطري</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Direct cash transfer</source>
        <translation>تحويل نقدي مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Direct payment</source>
        <translation>دفع مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Due diligence documents</source>
        <translation>وثائق العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>East Asia and Pacific</source>
        <translation>شرق آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Eastern and Southern Africa</source>
        <translation>شرق أفريقيا والجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>Editor</source>
        <translation>محرِّر</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>Electronic signature record</source>
        <translation>سجل التوقيع الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>Europe and Central Asia</source>
        <translation>أوروبا وآسيا الوسطى</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>Final report</source>
        <translation>التقرير النهائي</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>Final review</source>
        <translation>المراجعة النهائية</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>Full programme document</source>
        <translation>وثيقة البرنامج الكاملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>تقييم كامل للمخاطر (تقييم جزئي)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>Funding</source>
        <translation>ممول</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>Global</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>Global programme partnership</source>
        <translation>شراكة برامجية عالمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>HACT macro assessment</source>
        <translation>تقييم كلي (HACT)</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>Headquarters staff</source>
        <translation>موظفو المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>High risk assumed</source>
        <translation>يُفترض خطر مرتفع</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>Humanitarian report</source>
        <translation>تقرير إنساني</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Implementing</source>
        <translation>منفذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Informal</source>
        <translation>غير رسمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Knowledge and innovation</source>
        <translation>المعرفة والابتكار</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Knowledge and research</source>
        <translation>المعرفة والبحوث</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Latin America and Caribbean</source>
        <translation>أمريكا اللاتينية والبحر الكاريبي</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Lead</source>
        <translation>رائد</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Legal agreement</source>
        <translation>اتفاقية قانونية</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Low capacity assumed - emergency</source>
        <translation>يُفترض ضعف القدرات - طوارئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>Marginal</source>
        <translation>هامشي</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>Media and communication</source>
        <translation>الإعلام والاتصال</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>Memorandum of Understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>Memorandum of understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>Micro assessment</source>
        <translation>تقييم جزئي</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Middle East and North Africa</source>
        <translation>الشرق الأوسط وشمال أفريقيا</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Mobilising resources</source>
        <translation>تعبئة الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Multilateral / international financial institution</source>
        <translation>مؤسسة متعددة الأطراف / مؤسسة مالية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>No-cost extension</source>
        <translation>تمديد دون تكلفة</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Not required</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Office administrator</source>
        <translation>مسؤول المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Other</source>
        <translation>أخرى</translation>
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
        <translation>جهة تنسيق الشراكة</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>Policy and advocacy</source>
        <translation>السياسات والدعوة</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Principal</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Programmatic visit</source>
        <translation>زيارة برنامجية</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Programme Cooperation Agreement</source>
        <translation>اتفاقية التعاون البرنامجي</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Programme Document</source>
        <translation>وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Programme implementation</source>
        <translation>تنفيذ البرامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Programme officer</source>
        <translation>موظف برامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Quarterly progress report</source>
        <translation>تقرير التقدم الفصلي</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Red Cross / Red Crescent</source>
        <translation>الصليب الأحمر / الهلال الأحمر</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Reimbursement</source>
        <translation>سداد</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>رُفض (خطر غير مقبول)</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Representative</source>
        <translation>ممثل</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Results change</source>
        <translation>تغيير النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Signature</source>
        <translation>للتوقيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Signed</source>
        <translation>موقعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Signed agreement / document</source>
        <translation>اتفاقية / وثيقة موقعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Signed original of the agreement</source>
        <translation>النسخة الأصلية الموقعة من الاتفاقية</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Significant</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>وثيقة البرنامج الإنساني المبسطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Simplified checklist</source>
        <translation>قائمة مرجعية مبسطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Small Scale Funding Agreement</source>
        <translation>اتفاقية التمويل الصغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>South Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Spot check</source>
        <translation>فحص مفاجئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Subnational</source>
        <translation>دون وطني</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Suspended</source>
        <translation>معلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Technical</source>
        <translation>فني</translation>
    </message>
    <message>
        <location filename="strings.py" line="568"/>
        <source>Terminated</source>
        <translation>منهاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Termination document</source>
        <translation>وثيقة الإنهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>UNICEF National Committee</source>
        <translation>لجنة وطنية لليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>United Nations entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Viewer</source>
        <translation>مُطّلِع</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
        <source>West and Central Africa</source>
        <translation>غرب ووسط أفريقيا</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="7"/>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="8"/>
        <source>Partly met</source>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <location filename="../assessment/strings.py" line="9"/>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
</context>
</TS>
