<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <location filename="../cycle/exit.py" line="30"/>
        <source>e.g. 36</source>
        <translation>مثلًا 36</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="33"/>
        <location filename="../cycle/form.py" line="162"/>
        <location filename="../widgets/forms.py" line="139"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="42"/>
        <source>Planned lifespan (months) *</source>
        <translation>المدة المخططة (بالأشهر) *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="44"/>
        <source>Evaluation due *</source>
        <translation>موعد التقييم *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="45"/>
        <source>Exit conditions *</source>
        <translation>شروط الخروج *</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="57"/>
        <source>Lifespan ends</source>
        <translation>تنتهي المدة في</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="58"/>
        <source>Save exit strategy</source>
        <translation>حفظ استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="61"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>تحتاج كل شراكة إلى استراتيجية للخروج أو للاستدامة: المدة المخطط لها، وموعد التقييم الذي يقرر استمرارها، وشروط إنهائها أو تسليمها (الفقرة 60 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="86"/>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="113"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Value added</source>
        <translation>القيمة المضافة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="114"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Health</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="../cycle/exit.py" line="115"/>
        <source>Partner feedback</source>
        <translation>ملاحظات الشركاء</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="29"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (العناية الواجبة: %2)</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="70"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="71"/>
        <source>Why not applicable</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="81"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="86"/>
        <source>Save phase</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/form.py" line="253"/>
        <source>Ready to save.</source>
        <translation>جاهز للحفظ.</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="52"/>
        <source>Keep satisfied</source>
        <translation>إبقاؤهم راضين</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="53"/>
        <source>Manage closely</source>
        <translation>إدارة عن كثب</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="54"/>
        <source>Monitor</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="55"/>
        <source>Keep informed</source>
        <translation>إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="70"/>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="75"/>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="111"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="112"/>
        <source>Current relation</source>
        <translation>العلاقة الحالية</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="120"/>
        <source>Add stakeholder</source>
        <translation>إضافة جهة معنية</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="123"/>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="126"/>
        <source>From the landscape...</source>
        <translation>من خريطة الجهات الفاعلة...</translation>
    </message>
    <message>
        <location filename="../cycle/landscape.py" line="128"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>إضافة المنظمات الواردة في ملفات IATI و3W الخاصة بهذا المكتب</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="22"/>
        <source>Export to a file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="23"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel ‏(*.xlsx);;CSV بترميز UTF-8 ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="35"/>
        <source>Writing %1 ...</source>
        <translation>جارٍ كتابة %1 ...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="36"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="38"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="60"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="62"/>
        <source>Not exported</source>
        <translation>لم يتم التصدير</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="96"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="../interchange/export.py" line="98"/>
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
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%Ln أنشطة</numerusform>
            <numerusform>%Ln نشاطًا</numerusform>
            <numerusform>%Ln نشاط</numerusform>
        </translation>
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
        <location filename="../agreements/editor.py" line="52"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="52"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="53"/>
        <source>UNICEF total</source>
        <translation>مجموع اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="59"/>
        <source>Open programme document</source>
        <translation>فتح وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="62"/>
        <source>New programme document</source>
        <translation>وثيقة برنامج جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="74"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation>&lt;b&gt;الموظفون المفوضون لدى الشريك&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="76"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;وثائق البرامج&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="101"/>
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
        <location filename="../agreements/editor.py" line="135"/>
        <source>New agreement</source>
        <translation>اتفاقية جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="139"/>
        <source> (emergency)</source>
        <translation> (طوارئ)</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="165"/>
        <source>None recorded: add them to the partner first.</source>
        <translation>لا أحد مسجَّل: أضفهم إلى الشريك أولًا.</translation>
    </message>
    <message>
        <location filename="../agreements/editor.py" line="173"/>
        <source>UNICEF total %1</source>
        <translation>مجموع اليونيسف %1</translation>
    </message>
</context>
<context>
    <name>AgreementsArea</name>
    <message>
        <location filename="../agreements/area.py" line="34"/>
        <source>Search references, partners, titles...</source>
        <translation>ابحث: مرجع، شريك، عنوان...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="39"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="41"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="43"/>
        <source>&amp;New agreement</source>
        <translation>اتفاقية &amp;جديدة</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="67"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation>اختر اتفاقية من القائمة، أو أنشئ اتفاقية جديدة.</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="92"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="95"/>
        <source>Agreements, as listed...</source>
        <translation>الاتفاقات كما هي مدرجة...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="97"/>
        <source>Programme documents...</source>
        <translation>وثائق البرامج...</translation>
    </message>
    <message>
        <location filename="../agreements/area.py" line="175"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message>
        <location filename="strings.py" line="25"/>
        <source>Agreements updated</source>
        <translation>تحديث الاتفاقيات</translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Automatic status changes failed: %1</source>
        <translation>فشلت التغييرات التلقائية للحالة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1058"/>
        <source>%Ln agreement status changes applied for today&apos;s date.</source>
        <translation>
            <numerusform>لم يُطبَّق أي تغيير في حالة الاتفاقات لتاريخ اليوم.</numerusform>
            <numerusform>طُبِّق تغيير واحد في حالة الاتفاقات لتاريخ اليوم.</numerusform>
            <numerusform>طُبِّق تغييران في حالة الاتفاقات لتاريخ اليوم.</numerusform>
            <numerusform>طُبِّقت %Ln تغييرات في حالة الاتفاقات لتاريخ اليوم.</numerusform>
            <numerusform>طُبِّق %Ln تغييرًا في حالة الاتفاقات لتاريخ اليوم.</numerusform>
            <numerusform>طُبِّق %Ln تغيير في حالة الاتفاقات لتاريخ اليوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="82"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="95"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="96"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="133"/>
        <source>Alerts: %1</source>
        <translation>التنبيهات: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="134"/>
        <source>Nothing needs you now.</source>
        <translation>لا شيء يتطلب انتباهك الآن.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="176"/>
        <source>%1 listed, most urgent first.</source>
        <translation>%1 في القائمة، الأكثر إلحاحًا أولًا.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="180"/>
        <source>the %1 most urgent of %2 are listed.</source>
        <translation>تُعرض أكثر %1 إلحاحًا من أصل %2.</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard_alerts.py" line="182"/>
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
        <location filename="../assessment/page.py" line="30"/>
        <source>Not rated</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="45"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation>كان التقدير (%1) مختلفًا عمّا أظهرته البيانات (%2) عند تقديم التقييم.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="49"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation>تقديرك (%1) يختلف عمّا تُظهره البيانات (%2). اشرح السبب في الأدلة، أو غيّر التقدير.</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment/view.py" line="60"/>
        <source>Office:</source>
        <translation>المكتب:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="62"/>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="65"/>
        <source>All offices (headquarters summary)...</source>
        <translation>كل المكاتب (ملخص المقر)...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="90"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="93"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="124"/>
        <source>Start the self-assessment</source>
        <translation>بدء التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="152"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation>جارٍ حساب الأدلة من بيانات المكتب...</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="165"/>
        <source>Could not load the self-assessment: %1</source>
        <translation>تعذّر تحميل التقييم الذاتي: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="182"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="183"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation>لا يوجد بعد تقييم ذاتي للمكتب %1 لعام %2. ابدأه لتقدير أداء المكتب مقابل المعايير المرجعية.</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="205"/>
        <source>Summary and submit</source>
        <translation>الملخص والتقديم</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="206"/>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="216"/>
        <source>Submitted (locked)</source>
        <translation>مُقدَّم (مقفل)</translation>
    </message>
    <message>
        <location filename="../assessment/view.py" line="217"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation>أقرّه المقر (مقفل)</translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Attach a document</source>
        <translation>إرفاق وثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Save the self-assessment as PDF</source>
        <translation>حفظ التقييم الذاتي بصيغة PDF</translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation>قُدِّم التقييم الذاتي إلى المقر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Wrote %1</source>
        <translation>حُفظ في %1</translation>
    </message>
</context>
<context>
    <name>AttachmentOpener</name>
    <message>
        <location filename="../agreements/opening.py" line="43"/>
        <source>Fetching %1 from headquarters...</source>
        <translation>جارٍ جلب %1 من المقر...</translation>
    </message>
    <message>
        <location filename="../agreements/opening.py" line="61"/>
        <source>Could not fetch %1: %2</source>
        <translation>تعذّر جلب %1: %2</translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment/page.py" line="88"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation>ما أظهرته بيانات المكتب نفسه عند التقديم</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="89"/>
        <source>What the office&apos;s own data shows</source>
        <translation>ما تُظهره بيانات المكتب نفسه</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="95"/>
        <source>The data suggests: %1</source>
        <translation>تشير البيانات إلى: %1</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="96"/>
        <source>no suggestion</source>
        <translation>لا اقتراح</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="100"/>
        <source>no self-assessment</source>
        <translation>لا تقييم ذاتي</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="101"/>
        <source>Last year (%1): %2</source>
        <translation>العام الماضي (%1): %2</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="116"/>
        <source>Your rating %1:</source>
        <translation>تقديرك لعام %1:</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="131"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation>الأدلة (ما يُثبت استيفاء المعيار، أو سبب عدم استيفائه):</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="147"/>
        <source>Attach a document...</source>
        <translation>إرفاق وثيقة...</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="159"/>
        <source>Action plan for this benchmark</source>
        <translation>خطة العمل لهذا المعيار</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="164"/>
        <source>Done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="175"/>
        <source>What will be done</source>
        <translation>ما الذي سيُنجَز</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="178"/>
        <source>Who</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="183"/>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="186"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="274"/>
        <source>No documents attached.</source>
        <translation>لا وثائق مرفقة.</translation>
    </message>
    <message>
        <location filename="../assessment/page.py" line="275"/>
        <source>Attached: %1</source>
        <translation>مرفق: %1</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="86"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Partner contribution</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Supplies</source>
        <translation>اللوازم</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="87"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="88"/>
        <source>Output no.</source>
        <translation>رقم الناتج</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="90"/>
        <source>The number of the output, on the Results tab, that this activity serves.</source>
        <translation>رقم الناتج، في تبويب النتائج، الذي يخدمه هذا النشاط.</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="103"/>
        <source>Add budget line</source>
        <translation>إضافة بند ميزانية</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="106"/>
        <source>Remove line</source>
        <translation>إزالة البند</translation>
    </message>
    <message>
        <location filename="../agreements/pd_budget.py" line="226"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation>نقد اليونيسف {0}  ·  الشريك {1}  ·  اللوازم {2}  ·  المجموع {3}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="228"/>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="232"/>
        <source>Backups made before keep the passphrase they were made with.</source>
        <translation>تحتفظ النسخ الاحتياطية السابقة بعبارة المرور التي أُنشئت بها.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="236"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="237"/>
        <source>Change</source>
        <translation>تغيير</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <location filename="../passphrase.py" line="94"/>
        <source>Protect PartnerDesk&apos;s data</source>
        <translation>حماية بيانات PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="97"/>
        <source>&lt;b&gt;Choose a passphrase&lt;/b&gt;&lt;p&gt;Partners&apos; bank details, officers&apos; e-mails and agreements on this computer are encrypted with it: a lost or stolen laptop gives nothing away. It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;اختر عبارة مرور&lt;/b&gt;&lt;p&gt;تُشفَّر بها البيانات المصرفية للشركاء وعناوين البريد الإلكتروني للمسؤولين والاتفاقات الموجودة على هذا الحاسوب: فلا يكشف الحاسوب المفقود أو المسروق شيئًا. وتُطلب كلما بدأ تشغيل PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="101"/>
        <source>&lt;b&gt;PartnerDesk now encrypts its data&lt;/b&gt;&lt;p&gt;Choose a passphrase: %1 is encrypted with it now (a copy is kept until that is done, then removed). It is asked whenever PartnerDesk starts.&lt;/p&gt;</source>
        <translation>&lt;b&gt;أصبح PartnerDesk يشفّر بياناته&lt;/b&gt;&lt;p&gt;اختر عبارة مرور: يُشفَّر بها الملف %1 الآن (تُحفظ نسخة منه حتى يكتمل ذلك ثم تُحذف). وتُطلب كلما بدأ تشغيل PartnerDesk.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="106"/>
        <source>Use at least %1 characters: a few unusual words are easy to remember and hard to guess. If it is forgotten, headquarters can help once this computer has synced.</source>
        <translation>استخدم %1 من الأحرف على الأقل: بضع كلمات غير مألوفة يسهل تذكّرها ويصعب تخمينها. وإذا نُسيت، يمكن للمقر أن يساعد بعد أن يُزامَن هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="111"/>
        <source>Encrypt</source>
        <translation>تشفير</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Implementing</source>
        <translation>الجهة المنفذة</translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Reported by</source>
        <translation>أبلغ عنه</translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>UNICEF total</source>
        <translation>مجموع اليونيسف</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../interchange/import_pages.py" line="60"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="60"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="61"/>
        <source>Goes into</source>
        <translation>يُدخل في</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="74"/>
        <source>%1: %2 rows. Check which column holds what; columns left on &apos;(not imported)&apos; are kept only in the import record.</source>
        <translation>%1: ‏%2 صفاً. تحقق مما يحتويه كل عمود؛ الأعمدة المتروكة على «(لا يُستورد)» تُحفظ في سجل الاستيراد فقط.</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="85"/>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="32"/>
        <source>Your value</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Headquarters&apos; value</source>
        <translation>قيمة المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>Changed at HQ by</source>
        <translation>المعدِّل في المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="33"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="40"/>
        <source>No conflicts: every change merged.</source>
        <translation>لا تعارضات: دُمجت كل التغييرات.</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="41"/>
        <source>Keep my value</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="43"/>
        <source>Keep headquarters&apos; value</source>
        <translation>الإبقاء على قيمة المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="61"/>
        <source>%1 (deleted at HQ)</source>
        <translation>%1 (حُذف في المقر)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="63"/>
        <source>deleted here, edited at HQ</source>
        <translation>حُذف هنا، وعُدِّل في المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="65"/>
        <source>%1 (already used by another record: renamed)</source>
        <translation>%1 (مستخدم في سجل آخر: أُعيدت تسميته)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="67"/>
        <source>could not be stored here</source>
        <translation>تعذّر تخزينه هنا</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="strings.py" line="59"/>
        <source>Copy report</source>
        <translation>نسخ التقرير</translation>
    </message>
    <message>
        <location filename="strings.py" line="60"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>PartnerDesk closed unexpectedly</source>
        <translation>أُغلق PartnerDesk بشكل غير متوقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
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
        <location filename="strings.py" line="63"/>
        <source>PartnerDesk: unexpected error</source>
        <translation>PartnerDesk: خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="64"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation>حدث خطأ: %1

عملك المحفوظ ومسوداتك في أمان. كُتبت التفاصيل في %2؛ يُرجى إرسال ذلك الملف إلى الدعم الفني.</translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle/view.py" line="49"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation>ابحث عن شراكة (المرجع، العنوان، الشريك)</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="60"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="69"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation>اختر شراكة للعمل على دورة الشراكة الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="80"/>
        <source>%v of %m phases complete</source>
        <translation>اكتملت %v من %m مرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="94"/>
        <source>Phase form</source>
        <translation>استمارة المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="95"/>
        <source>Exit strategy</source>
        <translation>استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="96"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="146"/>
        <source>none yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="147"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation>الحالة: %1 · جهة التنسيق: %2 · الشركاء: %3</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="149"/>
        <source>none designated</source>
        <translation>لم تُعيَّن</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="154"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>اكتملت كل المراحل. واصل مراجعة الشراكة كل عام.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="157"/>
        <source>Next: phase %1 (%2). </source>
        <translation>التالي: المرحلة %1 (%2). </translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="220"/>
        <source>Phase %1 saved.</source>
        <translation>حُفظت المرحلة %1.</translation>
    </message>
    <message>
        <location filename="../cycle/view.py" line="98"/>
        <source>History</source>
        <translation>السجل الزمني</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="strings.py" line="65"/>
        <source>Agreements ending soon</source>
        <translation>اتفاقيات تنتهي قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="66"/>
        <source>Agreements past their end</source>
        <translation>اتفاقيات تجاوزت تاريخ انتهائها</translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Changes not synced</source>
        <translation>تغييرات لم تُزامَن</translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Changes refused by headquarters</source>
        <translation>تغييرات رفضها المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>Due diligence missing</source>
        <translation>العناية الواجبة غير منجزة</translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>Emergency items due soon</source>
        <translation>بنود طوارئ يحين موعدها قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Emergency items overdue</source>
        <translation>بنود طوارئ متأخرة</translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Lifespan passed, no evaluation</source>
        <translation>انقضت المدة دون تقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>No focal point</source>
        <translation>لا جهة تنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>Phases stalled</source>
        <translation>مراحل متوقفة</translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>Programme documents not started</source>
        <translation>وثائق برامج لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Reviews due soon</source>
        <translation>مراجعات يحين موعدها قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Reviews overdue</source>
        <translation>مراجعات متأخرة</translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Risk assessments expired</source>
        <translation>تقييمات مخاطر منتهية</translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Risk assessments expiring</source>
        <translation>تقييمات مخاطر على وشك الانتهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Self-assessment actions due</source>
        <translation>إجراءات تقييم ذاتي مستحقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Self-assessment not submitted</source>
        <translation>تقييم ذاتي لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle/dashboard.py" line="71"/>
        <source>What needs you</source>
        <translation>ما يتطلب انتباهك</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="75"/>
        <source>Office whose alerts and partnerships are shown</source>
        <translation>المكتب الذي تُعرض تنبيهاته وشراكاته</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="76"/>
        <source>Only mine</source>
        <translation>شراكاتي فقط</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="78"/>
        <source>Only the partnerships you are focal point of</source>
        <translation>الشراكات التي أنت جهة تنسيقها فقط</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="141"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="79"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="180"/>
        <source>Partnerships with %1 as focal point</source>
        <translation>الشراكات التي تكون %1 جهة تنسيقها</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>What</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="216"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="98"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="99"/>
        <source>Next review</source>
        <translation>المراجعة التالية</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="100"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="116"/>
        <source>Open partnerships by stage</source>
        <translation>الشراكات المفتوحة حسب المرحلة</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="117"/>
        <source>By contribution to results</source>
        <translation>حسب المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="167"/>
        <source>Could not load the dashboard: %1</source>
        <translation>تعذّر تحميل لوحة المتابعة: %1</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="177"/>
        <source>My partnerships (%1)</source>
        <translation>شراكاتي (%1)</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="179"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>Alert</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="217"/>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="185"/>
        <source>all phases complete</source>
        <translation>اكتملت كل المراحل</translation>
    </message>
    <message>
        <location filename="../cycle/dashboard.py" line="154"/>
        <location filename="../cycle/dashboard.py" line="198"/>
        <source>Loading...</source>
        <translation>جارٍ التحميل...</translation>
    </message>
</context>
<context>
    <name>DeferredDialog</name>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="33"/>
        <source>Close a deferred item</source>
        <translation>إقفال بند مؤجل</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="48"/>
        <source>Document (scan)</source>
        <translation>الوثيقة (نسخة ممسوحة)</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="53"/>
        <source>Done on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="65"/>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="66"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="70"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="93"/>
        <source>The signed document</source>
        <translation>الوثيقة الموقّعة</translation>
    </message>
    <message>
        <location filename="../agreements/deferred_dialog.py" line="40"/>
        <source>Choose...</source>
        <translation>اختيار...</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="51"/>
        <source>Signed version</source>
        <translation>النسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../agreements/amendment_diff.py" line="52"/>
        <source>Amendment</source>
        <translation>التعديل</translation>
    </message>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="84"/>
        <source>%Ln changes against the signed version.</source>
        <translation>
            <numerusform>لا تغييرات مقارنة بالنسخة الموقعة.</numerusform>
            <numerusform>تغيير واحد مقارنة بالنسخة الموقعة.</numerusform>
            <numerusform>تغييران مقارنة بالنسخة الموقعة.</numerusform>
            <numerusform>%Ln تغييرات مقارنة بالنسخة الموقعة.</numerusform>
            <numerusform>%Ln تغييرًا مقارنة بالنسخة الموقعة.</numerusform>
            <numerusform>%Ln تغيير مقارنة بالنسخة الموقعة.</numerusform>
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
        <location filename="../agreements/emergency_area.py" line="25"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;المسار السريع للطوارئ&lt;/h3&gt;&lt;p&gt;أطلِق وثيقة برنامج إنساني مبسطة من نموذج معتمد مسبقًا في أربع شاشات: في إطار اتفاقية التعاون البرنامجي (PCA) الموقعة مع الشريك، أو كاتفاقية تمويل صغير (SSFA) جديدة. التوقيعات إلكترونية؛ ويُؤجَّل التقييم الكامل والوثائق إلى مواعيد محددة، وتعود في صورة تنبيهات.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="41"/>
        <source>Open the programme document</source>
        <translation>فتح وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="89"/>
        <source>Deferred items still open in %1</source>
        <translation>البنود المؤجلة التي ما زالت مفتوحة في %1</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="90"/>
        <source>Deferred items still open</source>
        <translation>البنود المؤجلة التي ما زالت مفتوحة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="111"/>
        <source>Choose an item in the list first.</source>
        <translation>اختر بندًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="119"/>
        <source>Done: the evidence is recorded.</source>
        <translation>تم: سُجّلت الأدلة.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="36"/>
        <source>Close with evidence...</source>
        <translation>الإقفال مع الأدلة...</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_area.py" line="97"/>
        <source>%1 (overdue): %2</source>
        <translation>%1 (متأخر): %2</translation>
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
        <translation>المسار السريع للطوارئ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="strings.py" line="83"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>مصنف Excel ‏(*.xlsx);;CSV بترميز UTF-8 ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Export to a file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Not exported</source>
        <translation>لم يتم التصدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Save this list, as filtered and sorted, to Excel or CSV</source>
        <translation>حفظ هذه القائمة، بالتصفية والترتيب الحاليين، بصيغة Excel أو CSV</translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Writing %1 ...</source>
        <translation>جارٍ كتابة %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1063"/>
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>لم تُصدَّر أي صفوف إلى %1.</numerusform>
            <numerusform>صُدِّر صف واحد إلى %1.</numerusform>
            <numerusform>صُدِّر صفان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln صفوف إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln صفًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln صف إلى %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileButtons</name>
    <message>
        <location filename="../sync_state/files.py" line="41"/>
        <source>Export to file…</source>
        <translation>تصدير إلى ملف…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="43"/>
        <source>No network: write the changes HQ has not received to a file to carry to HQ</source>
        <translation>دون شبكة: اكتب في ملف التغييرات التي لم يستلمها المقر بعد، لتحمله إلى المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="46"/>
        <source>Import answer…</source>
        <translation>استيراد الرد…</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="48"/>
        <source>Apply the answer file HQ made from your file</source>
        <translation>طبّق ملف الرد الذي أعدّه المقر من ملفك</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="57"/>
        <source>PartnerDesk sync files (*.%1);;All files (*)</source>
        <translation>ملفات مزامنة PartnerDesk (*.%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="62"/>
        <source>Export changes for HQ</source>
        <translation>تصدير التغييرات إلى المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="74"/>
        <location filename="../sync_state/files.py" line="84"/>
        <source>HQ&apos;s file key</source>
        <translation>مفتاح ملفات المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="75"/>
        <source>This computer does not have HQ&apos;s file key yet (it comes with any sync over a network). Type the key HQ gives you: 43 characters, printed at HQ by &apos;hq file-key&apos;.</source>
        <translation>لا يملك هذا الحاسوب مفتاح ملفات المقر بعد (يصل مع أي مزامنة عبر الشبكة). اكتب المفتاح الذي يعطيك إياه المقر: 43 حرفاً، يطبعها المقر بالأمر &apos;hq file-key&apos;.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="79"/>
        <source>No file written: HQ&apos;s file key is needed first.</source>
        <translation>لم يُكتب أي ملف: يلزم أولاً مفتاح ملفات المقر.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="85"/>
        <source>Key stored. Its fingerprint is %1: check with HQ that theirs is the same.</source>
        <translation>حُفظ المفتاح. بصمته %1: تحقق مع المقر من أن بصمته هي نفسها.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="92"/>
        <source>Import HQ&apos;s answer</source>
        <translation>استيراد رد المقر</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/files.py" line="105"/>
        <source>%Ln changes written to the file. Take it to HQ, then import the answer HQ gives you.</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
            <numerusform>كُتب تغيير واحد في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
            <numerusform>كُتب تغييران في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
            <numerusform>كُتبت %Ln تغييرات في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
            <numerusform>كُتب %Ln تغييرًا في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
            <numerusform>كُتب %Ln تغيير في الملف. احمله إلى المقر، ثم استورد الرد الذي يعطيك إياه المقر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="107"/>
        <source>HQ&apos;s answer applied: %1 acknowledged, %2 received, %3 in conflict.</source>
        <translation>طُبّق رد المقر: المؤكَّد %1، المستلَم %2، المتعارض %3.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="111"/>
        <source>This answer was already applied: nothing changed.</source>
        <translation>سبق تطبيق هذا الرد: لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../sync_state/files.py" line="113"/>
        <source>HQ has more for this office: export again and bring the new file.</source>
        <translation>لدى المقر المزيد لهذا المكتب: صدِّر مرة أخرى واحمل الملف الجديد.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="27"/>
        <source>Welcome to PartnerDesk</source>
        <translation>مرحبًا بك في PartnerDesk</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="142"/>
        <source>Office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="143"/>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="144"/>
        <source>Kenya Country Office</source>
        <translation>المكتب القطري في كينيا</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="145"/>
        <source>Country (ISO3)</source>
        <translation>البلد (ISO3)</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="146"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="69"/>
        <location filename="../first_run.py" line="148"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="30"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything is kept on this computer and works without a connection; changes go to headquarters when you sync.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;مرحبًا بك في PartnerDesk&lt;/h2&gt;&lt;p&gt;يُحفظ كل شيء على هذا الحاسوب ويعمل دون اتصال، وتُرسل التغييرات إلى المقر عند المزامنة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="35"/>
        <location filename="../first_run.py" line="71"/>
        <source>Join my office</source>
        <translation>الانضمام إلى مكتبي</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="36"/>
        <source>Set up a new office</source>
        <translation>إعداد مكتب جديد</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="40"/>
        <source>Made-up records in a file of their own, apart from your office&apos;s data</source>
        <translation>سجلات وهمية في ملف مستقل، بعيدًا عن بيانات مكتبك</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="59"/>
        <source>Your office already works with PartnerDesk: ask headquarters for an enrollment code for this computer. Your office&apos;s partners, partnerships and agreements then arrive from headquarters, and you can start as soon as the first of them are here. A replacement for a lost laptop joins the same way.</source>
        <translation>يعمل مكتبك بالفعل بـ PartnerDesk: اطلب من المقر رمز تسجيل لهذا الحاسوب. ستصل بعدها شركاء مكتبك وشراكاته واتفاقياته من المقر، ويمكنك البدء ما إن يصل أولها. والحاسوب البديل عن حاسوب مفقود ينضم بالطريقة نفسها.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="65"/>
        <source>Headquarters address</source>
        <translation>عنوان المقر</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="67"/>
        <source>Enrollment code</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="130"/>
        <source>Could not join: %1</source>
        <translation>تعذّر الانضمام: %1</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="139"/>
        <source>Only for an office that does not use PartnerDesk yet.</source>
        <translation>فقط لمكتب لا يستخدم PartnerDesk بعد.</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="151"/>
        <source>Set up my office</source>
        <translation>إعداد مكتبي</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="38"/>
        <source>Explore with demo data</source>
        <translation>الاستكشاف ببيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../first_run.py" line="101"/>
        <source>Contacting headquarters...</source>
        <translation>جارٍ الاتصال بالمقر...</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="strings.py" line="92"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HeldPanel</name>
    <message>
        <location filename="../sync_state/held.py" line="24"/>
        <source>Values from headquarters that this computer could not store. They are kept and stored by themselves once corrected at headquarters; everything else was stored.</source>
        <translation>قيم واردة من المقر لم يتمكن هذا الحاسوب من حفظها. وهي محفوظة جانبًا وستُحفظ تلقائيًا بعد تصحيحها في المقر؛ وقد حُفظ كل ما عداها.</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="28"/>
        <source>What</source>
        <translation>ما المعني</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="29"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="37"/>
        <source>waiting for your change to reach headquarters</source>
        <translation>بانتظار وصول تعديلك إلى المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/held.py" line="39"/>
        <source>the whole record</source>
        <translation>السجل بأكمله</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Sent</source>
        <translation>المُرسَل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="102"/>
        <source>Received</source>
        <translation>المُستلَم</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Bytes (sent/received)</source>
        <translation>البايتات (مُرسَلة/مُستلَمة)</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="103"/>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>OK</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="111"/>
        <source>Failed: %1</source>
        <translation>فشلت: %1</translation>
    </message>
</context>
<context>
    <name>HqSummaryDialog</name>
    <message>
        <location filename="../assessment/hq.py" line="31"/>
        <source>Self-assessment: headquarters summary</source>
        <translation>التقييم الذاتي: ملخص المقر</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="43"/>
        <source>Print PDF...</source>
        <translation>طباعة PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="69"/>
        <source>Year:</source>
        <translation>السنة:</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="58"/>
        <source>By region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="162"/>
        <source>All benchmarks met</source>
        <translation>كل المعايير مستوفاة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Benchmark</source>
        <translation>المعيار المرجعي</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="56"/>
        <source>Benchmarks</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="63"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="88"/>
        <source>Partly met</source>
        <translation>مستوفى جزئيًا</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="89"/>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="64"/>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="95"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 من %2 (%3)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="106"/>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Rated</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="107"/>
        <source>Data shows</source>
        <translation>ما تُظهره البيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="108"/>
        <source>Office data</source>
        <translation>بيانات المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="109"/>
        <source>Disagreements (%1)</source>
        <translation>الاختلافات (%1)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="116"/>
        <source>Reported</source>
        <translation>المُبلِّغة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (rating)</source>
        <translation>استيفاء الكل (التقييم)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="117"/>
        <location filename="../assessment/hq.py" line="129"/>
        <location filename="../assessment/hq.py" line="193"/>
        <source>All met (data)</source>
        <translation>استيفاء الكل (البيانات)</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="121"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="128"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="130"/>
        <source>Disagreements</source>
        <translation>الاختلافات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="136"/>
        <source>&lt;b&gt;%1 of %2 offices reported for %3.&lt;/b&gt; By their own rating, %4 met all %5 benchmarks; by their own data, %6 did.</source>
        <translation>&lt;b&gt;التقييمات الذاتية المقدَّمة لعام %3: %1 من أصل %2 مكاتب.&lt;/b&gt; المكاتب التي استوفت المعايير الـ%5 كلها وفق تقييمها الخاص: %4، ووفق بياناتها الخاصة: %6.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="143"/>
        <source>Ratings that disagree with the office&apos;s own data: %1, in %2 of the offices that reported.</source>
        <translation>التقييمات التي تخالف بيانات المكتب نفسه: %1، في %2 من المكاتب التي قدّمت تقييمها.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="150"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="151"/>
        <source>Submitted</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="152"/>
        <source>Acknowledged</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="166"/>
        <source>Met by rating</source>
        <translation>مستوفى وفق التقييم</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Met by data</source>
        <translation>مستوفى وفق البيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="167"/>
        <source>Disagree</source>
        <translation>اختلاف</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="168"/>
        <source>No data</source>
        <translation>بلا بيانات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="173"/>
        <source>No earlier year to compare with.</source>
        <translation>لا توجد سنة سابقة للمقارنة.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="177"/>
        <source>Each year is compared with the one before over the same offices: those that reported in both (%1 from %2 to %3). Offices that reported: %4.</source>
        <translation>تُقارن كل سنة بالسنة التي قبلها على المكاتب نفسها: تلك التي قدّمت في السنتين (%1 من %2 إلى %3). المكاتب التي قدّمت: %4.</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Offices in both</source>
        <translation>المكاتب في السنتين</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="192"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="214"/>
        <source>Save the summary as PDF</source>
        <translation>حفظ الملخص بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../assessment/hq.py" line="67"/>
        <source>Time to sign</source>
        <translation>مدة التوقيع</translation>
    </message>
</context>
<context>
    <name>IatiCodes</name>
    <message>
        <location filename="strings.py" line="93"/>
        <source>Academic, Training and Research</source>
        <translation>الأوساط الأكاديمية والتدريب والبحث</translation>
    </message>
    <message>
        <location filename="strings.py" line="94"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Finalisation</source>
        <translation>الإنجاز النهائي</translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Foundation</source>
        <translation>مؤسسة خيرية</translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Local Government</source>
        <translation>حكومة محلية</translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>Multilateral</source>
        <translation>متعددة الأطراف</translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>Other Public Sector</source>
        <translation>قطاع عام آخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Partner Country based NGO</source>
        <translation>منظمة غير حكومية من البلد الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Pipeline/identification</source>
        <translation>قيد الإعداد / التحديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Private Sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Private Sector in Aid Recipient Country</source>
        <translation>القطاع الخاص في البلد المتلقي للمعونة</translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Private Sector in Provider Country</source>
        <translation>القطاع الخاص في البلد المانح</translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Private Sector in Third Country</source>
        <translation>القطاع الخاص في بلد ثالث</translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Public Private Partnership</source>
        <translation>شراكة بين القطاعين العام والخاص</translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Regional NGO</source>
        <translation>منظمة غير حكومية إقليمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Suspended</source>
        <translation>معلقة</translation>
    </message>
</context>
<context>
    <name>ImportFate</name>
    <message>
        <location filename="../interchange/import_pages.py" line="41"/>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="42"/>
        <source>Matches existing</source>
        <translation>يطابق سجلاً موجوداً</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="43"/>
        <source>Conflicts</source>
        <translation>متعارض</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="44"/>
        <source>Looks like existing</source>
        <translation>يشبه سجلاً موجوداً</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="45"/>
        <source>Invalid</source>
        <translation>غير صالح</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>Agreement reference</source>
        <translation>مرجع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Agreement type</source>
        <translation>نوع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Assessment date</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Assessment type</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Assessments (type and date)</source>
        <translation>التقييمات (النوع والتاريخ)</translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>CSO type</source>
        <translation>نوع منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Core values date</source>
        <translation>تاريخ تقييم القيم الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Country programme</source>
        <translation>البرنامج القطري</translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>FR amount</source>
        <translation>مبلغ طلبات التمويل</translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>FR numbers</source>
        <translation>أرقام طلبات التمويل</translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>Humanitarian</source>
        <translation>إنساني</translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="135"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="136"/>
        <source>Offices</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="137"/>
        <source>PD reference</source>
        <translation>مرجع وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="138"/>
        <source>PSEA assessment date</source>
        <translation>تاريخ تقييم الحماية من الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="139"/>
        <source>Partner contribution</source>
        <translation>مساهمة الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="140"/>
        <source>Partner name</source>
        <translation>اسم الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="141"/>
        <source>Partner signatory</source>
        <translation>موقّع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="142"/>
        <source>Partner signed on</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="143"/>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="144"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="strings.py" line="145"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="146"/>
        <source>SEA risk rating</source>
        <translation>تصنيف مخاطر الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="147"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="strings.py" line="148"/>
        <source>Short name / acronym</source>
        <translation>الاسم المختصر / الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="149"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="strings.py" line="150"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="151"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="152"/>
        <source>Total budget</source>
        <translation>إجمالي الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="153"/>
        <source>UNICEF cash</source>
        <translation>نقد اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="154"/>
        <source>UNICEF signatory</source>
        <translation>موقّع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="155"/>
        <source>UNICEF signed on</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="156"/>
        <source>UNICEF supplies</source>
        <translation>إمدادات اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="157"/>
        <source>Vendor number</source>
        <translation>رقم المورد</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../interchange/import_wizard.py" line="32"/>
        <source>Import data</source>
        <translation>استيراد البيانات</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="42"/>
        <source>Partners (CSV or Excel, e.g. an eTools export)</source>
        <translation>الشركاء (CSV أو Excel، مثل ملف مُصدَّر من eTools)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="43"/>
        <source>Agreements and programme documents (CSV or Excel)</source>
        <translation>الاتفاقات ووثائق البرامج (CSV أو Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="44"/>
        <source>IATI activity file (XML)</source>
        <translation>ملف أنشطة IATI ‏(XML)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="45"/>
        <source>HXL 3W table: who does what where (CSV or Excel)</source>
        <translation>جدول 3W بصيغة HXL: من يفعل ماذا وأين (CSV أو Excel)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="50"/>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="59"/>
        <source>(the sheet says)</source>
        <translation>(حسب الجدول)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="67"/>
        <source>What the file holds</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="68"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="69"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="70"/>
        <source>Partner type when the sheet has none</source>
        <translation>نوع الشريك إذا لم يحدده الجدول</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="89"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="90"/>
        <source>Save mapping...</source>
        <translation>حفظ المطابقة...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="91"/>
        <source>Load mapping...</source>
        <translation>تحميل مطابقة...</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="92"/>
        <location filename="../interchange/import_wizard.py" line="130"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="93"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="94"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="95"/>
        <source>&amp;Undo this import</source>
        <translation>ال&amp;تراجع عن هذا الاستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="96"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="129"/>
        <source>&amp;Preview &gt;</source>
        <translation>م&amp;عاينة &gt;</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="160"/>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="162"/>
        <location filename="../interchange/import_wizard.py" line="174"/>
        <location filename="../interchange/import_wizard.py" line="195"/>
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="166"/>
        <source>Choose the file to import</source>
        <translation>اختر الملف المراد استيراده</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="167"/>
        <source>Data files (*.csv *.xlsx *.xml);;All files (*)</source>
        <translation>ملفات البيانات (*.csv *.xlsx *.xml);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="175"/>
        <source>Choose a file that exists.</source>
        <translation>اختر ملفاً موجوداً.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="196"/>
        <source>Choose the column that holds: %1.</source>
        <translation>اختر العمود الذي يحتوي على: %1.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="217"/>
        <source>%1 rows read: %2 new, %3 match existing records, %4 conflict (kept as they are), %5 look like existing partners (choose), %6 invalid (skipped).</source>
        <translation>قُرئ %1 صفاً: %2 جديدة، و%3 تطابق سجلات موجودة، و%4 متعارضة (تبقى كما هي)، و%5 تشبه شركاء موجودين (اختر)، و%6 غير صالحة (تُتخطى).</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="231"/>
        <source>%1 activities read: %2 to add, %3 already here, %4 skipped.</source>
        <translation>قُرئ %1 نشاطاً: %2 للإضافة، و%3 موجودة مسبقاً، و%4 تم تخطيها.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="258"/>
        <source>Imported: %1 created, %2 matched, %3 skipped. Batch %4 can be undone as a whole.</source>
        <translation>تم الاستيراد: أُنشئ %1، وطوبق %2، وتُخطي %3. يمكن التراجع عن الدفعة %4 بالكامل.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="272"/>
        <source>The import was undone: %1 records removed.</source>
        <translation>تم التراجع عن الاستيراد: أُزيل %1 سجلاً.</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="286"/>
        <source>Save the column mapping</source>
        <translation>حفظ مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="292"/>
        <source>Load a column mapping</source>
        <translation>تحميل مطابقة أعمدة</translation>
    </message>
    <message>
        <location filename="../interchange/import_wizard.py" line="298"/>
        <source>Cannot use this mapping</source>
        <translation>لا يمكن استخدام هذه المطابقة</translation>
    </message>
</context>
<context>
    <name>LandscapeArea</name>
    <message>
        <location filename="strings.py" line="158"/>
        <source>Candidate</source>
        <translation>مرشحة</translation>
    </message>
    <message>
        <location filename="strings.py" line="159"/>
        <source>Dismissed</source>
        <translation>مستبعدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="160"/>
        <source>Is a partner</source>
        <translation>شريك بالفعل</translation>
    </message>
    <message>
        <location filename="strings.py" line="161"/>
        <source>Made a partner</source>
        <translation>أصبحت شريكاً</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="48"/>
        <source>Search titles, organisations, sectors, places...</source>
        <translation>ابحث في العناوين والمنظمات والقطاعات والأماكن...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="55"/>
        <source>&amp;Import data...</source>
        <translation>ا&amp;ستيراد بيانات...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="70"/>
        <source>Make a &amp;partner</source>
        <translation>تحويلها إلى &amp;شريك</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="73"/>
        <source>&amp;Same as a partner...</source>
        <translation>&amp;مطابقة لشريك...</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="76"/>
        <source>&amp;Dismiss</source>
        <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="90"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="91"/>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="128"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="129"/>
        <source>Any sector</source>
        <translation>أي قطاع</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="131"/>
        <source>Any area</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="132"/>
        <source>Any organisation type</source>
        <translation>أي نوع من المنظمات</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="185"/>
        <source>Landscape</source>
        <translation>خريطة الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="186"/>
        <source>Choose an organisation in the list first.</source>
        <translation>اختر منظمة من القائمة أولاً.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="191"/>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="206"/>
        <source>No partner has a name like this organisation&apos;s.</source>
        <translation>لا يوجد شريك باسم يشبه اسم هذه المنظمة.</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="208"/>
        <source>Same as a partner</source>
        <translation>مطابقة لشريك</translation>
    </message>
    <message>
        <location filename="../interchange/landscape_area.py" line="209"/>
        <source>This organisation is:</source>
        <translation>هذه المنظمة هي:</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../app.py" line="123"/>
        <source>%1 holds records that are not demo data; it is left as it is. Move it aside to explore the demo.</source>
        <translation>يحتوي %1 على سجلات ليست بيانات تجريبية، وقد تُرك كما هو. انقله إلى مكان آخر لاستكشاف العرض التجريبي.</translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../widgets/list_area.py" line="48"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation>ابحث في الأسماء والاختصارات والأهداف والأماكن...</translation>
    </message>
    <message>
        <location filename="../widgets/list_area.py" line="196"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="43"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="46"/>
        <source>Remove row</source>
        <translation>إزالة الصف</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../widgets/list_model.py" line="340"/>
        <source>Counting...</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="341"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../lock.py" line="35"/>
        <source>&lt;h2&gt;PartnerDesk is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;أُقفل PartnerDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../lock.py" line="36"/>
        <source>It was not used for a while. Type the passphrase to go on; nothing you were typing is lost.</source>
        <translation>لم يُستخدم منذ مدة. اكتب عبارة المرور للمتابعة؛ لن يضيع شيء مما كنت تكتبه.</translation>
    </message>
    <message>
        <location filename="../lock.py" line="41"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
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
        <translation>تبديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>&lt;b&gt;Demo data.&lt;/b&gt; Made-up partners and partnerships to explore PartnerDesk, in a file of their own: nothing here is your office&apos;s, and nothing is sent to headquarters.</source>
        <translation>&lt;b&gt;بيانات تجريبية.&lt;/b&gt; شركاء وشراكات وهمية لاستكشاف PartnerDesk، في ملف مستقل: لا شيء هنا يخص مكتبك، ولا يُرسل شيء إلى المقر.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Leave the demo</source>
        <translation>مغادرة العرض التجريبي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147"/>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Syncing %p%</source>
        <translation>جارٍ المزامنة %p%</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204"/>
        <source>Nothing here can open a %1 record.</source>
        <translation>لا يوجد هنا ما يمكنه فتح سجل من نوع %1.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Office: %1</source>
        <translation>المكتب: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Offline: not connected to headquarters</source>
        <translation>غير متصل: لا اتصال بالمقر</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="226"/>
        <location filename="../main_window.py" line="228"/>
        <source>Offline: last sync failed (%1)</source>
        <translation>غير متصل: فشلت آخر مزامنة (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="230"/>
        <source>Synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="218"/>
        <source>%Ln unsent changes</source>
        <translation>
            <numerusform>لا تغييرات غير مرسلة</numerusform>
            <numerusform>تغيير واحد غير مرسل</numerusform>
            <numerusform>تغييران غير مرسلين</numerusform>
            <numerusform>%Ln تغييرات غير مرسلة</numerusform>
            <numerusform>%Ln تغييرًا غير مرسل</numerusform>
            <numerusform>%Ln تغيير غير مرسل</numerusform>
        </translation>
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
    <name>NewPassphrase</name>
    <message>
        <location filename="../passphrase.py" line="59"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="60"/>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="71"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
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
        <location filename="strings.py" line="162"/>
        <source>Account name</source>
        <translation>اسم الحساب</translation>
    </message>
    <message>
        <location filename="strings.py" line="163"/>
        <source>Account number</source>
        <translation>رقم الحساب</translation>
    </message>
    <message>
        <location filename="strings.py" line="164"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="165"/>
        <source>Also counts as</source>
        <translation>يُحتسب أيضًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="166"/>
        <source>Assessed on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="167"/>
        <source>Assessment type</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="168"/>
        <source>Bank</source>
        <translation>المصرف</translation>
    </message>
    <message>
        <location filename="strings.py" line="169"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="strings.py" line="170"/>
        <source>CSO type</source>
        <translation>نوع منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="171"/>
        <source>Core values assessed on</source>
        <translation>تاريخ تقييم القيم الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="172"/>
        <source>Country (ISO3)</source>
        <translation>البلد (ISO3)</translation>
    </message>
    <message>
        <location filename="strings.py" line="173"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="174"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="175"/>
        <source>Due diligence date</source>
        <translation>تاريخ العناية الواجبة</translation>
    </message>
    <message>
        <location filename="../directory/partner_editor.py" line="57"/>
        <location filename="strings.py" line="176"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="177"/>
        <source>Legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location filename="strings.py" line="178"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="179"/>
        <source>PSEA assessed on</source>
        <translation>تاريخ تقييم PSEA</translation>
    </message>
    <message>
        <location filename="strings.py" line="180"/>
        <source>Partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="181"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="strings.py" line="182"/>
        <source>Required for civil society organisations.</source>
        <translation>مطلوب لمنظمات المجتمع المدني.</translation>
    </message>
    <message>
        <location filename="strings.py" line="183"/>
        <source>Risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="184"/>
        <source>SWIFT / BIC</source>
        <translation>SWIFT / BIC</translation>
    </message>
    <message>
        <location filename="strings.py" line="185"/>
        <source>Short name / acronym</source>
        <translation>الاسم المختصر / الاختصار</translation>
    </message>
    <message>
        <location filename="strings.py" line="186"/>
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
        <location filename="../agreements/emergency_pages.py" line="45"/>
        <source>1. Partner</source>
        <translation>1. الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="46"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation>اختر شريكًا تعرفه من قبل، أو أضف شريكًا في سطر واحد.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="47"/>
        <source>A partner we know</source>
        <translation>شريك نعرفه</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="49"/>
        <source>A new partner: high risk assumed</source>
        <translation>شريك جديد: يُفترض خطر مرتفع</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="66"/>
        <source>Type part of the name</source>
        <translation>اكتب جزءًا من الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="71"/>
        <source>Legal name of the organisation</source>
        <translation>الاسم القانوني للمنظمة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="73"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation>يُسجَّل بوصفه منظمة مجتمع مدني وطنية بتصنيف مخاطر «مرتفع» (يُفترض خطر مرتفع). ويُؤجَّل تقييمه الكامل والعناية الواجبة، ويعودان في صورة تنبيهات مع مواعيدهما.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="80"/>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="81"/>
        <source>Under</source>
        <translation>في إطار</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="83"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="115"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation>اتفاقية PCA %1 (وثيقة برنامج إنساني في إطارها)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="117"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation>اتفاقية SSFA جديدة (حتى %1 دولار)</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <location filename="strings.py" line="187"/>
        <source>&amp;New partner</source>
        <translation>شريك &amp;جديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="188"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="189"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="strings.py" line="190"/>
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
        <location filename="strings.py" line="191"/>
        <source>Contribution to results</source>
        <translation>المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="192"/>
        <source>Engagement</source>
        <translation>نوع التعامل</translation>
    </message>
    <message>
        <location filename="strings.py" line="193"/>
        <source>Focal point</source>
        <translation>جهة التنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="194"/>
        <source>Formality</source>
        <translation>الطابع الرسمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="195"/>
        <source>Geographic reach</source>
        <translation>النطاق الجغرافي</translation>
    </message>
    <message>
        <location filename="strings.py" line="196"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="strings.py" line="197"/>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <location filename="strings.py" line="198"/>
        <source>Partnerships are driven by results, not actors.</source>
        <translation>الشراكات تقودها النتائج لا الجهات الفاعلة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="199"/>
        <source>Planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="200"/>
        <source>Results for children</source>
        <translation>النتائج للأطفال</translation>
    </message>
    <message>
        <location filename="strings.py" line="201"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="202"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="203"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
</context>
<context>
    <name>PartnershipsArea</name>
    <message>
        <location filename="strings.py" line="204"/>
        <source>&amp;New partnership</source>
        <translation>شراكة &amp;جديدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="205"/>
        <source>All offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="206"/>
        <source>Any contribution</source>
        <translation>أي مساهمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="207"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../agreements/pd_builder.py" line="65"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="66"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="67"/>
        <source>Visits, reporting, risks</source>
        <translation>الزيارات والتقارير والمخاطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="68"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../agreements/pd_builder.py" line="119"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation>مجموع اليونيسف (نقد، لوازم، إدارة) %1 · حصة الشريك %2%</translation>
    </message>
    <message>
        <location filename="strings.py" line="208"/>
        <source>Cash transfer</source>
        <translation>التحويل النقدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="209"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="210"/>
        <source>Document type</source>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="211"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="strings.py" line="212"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="strings.py" line="213"/>
        <source>Management costs</source>
        <translation>تكاليف الإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="214"/>
        <source>Programme support costs of the partner, in the PD currency.</source>
        <translation>تكاليف دعم البرنامج لدى الشريك، بعملة وثيقة البرنامج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="215"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="strings.py" line="216"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="217"/>
        <source>e.g. Turkana, Garissa</source>
        <translation>مثلًا توركانا، غاريسا</translation>
    </message>
</context>
<context>
    <name>PdExtras</name>
    <message>
        <location filename="../agreements/pd_extras.py" line="133"/>
        <source>A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3</source>
        <translation>تاريخ (YYYY-MM-DD) أو ربع سنة، مثلًا 2026 Q3</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="135"/>
        <source>Kind of visit</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="136"/>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="137"/>
        <source>Where the visit goes</source>
        <translation>مكان الزيارة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="139"/>
        <source>Kind of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due</source>
        <translation>الموعد النهائي</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="140"/>
        <source>Due date (YYYY-MM-DD) or frequency, e.g. every quarter</source>
        <translation>الموعد النهائي (YYYY-MM-DD) أو التواتر، مثلًا كل ربع سنة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="143"/>
        <source>What could go wrong</source>
        <translation>ما الذي قد يسوء</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>Mitigation</source>
        <translation>التخفيف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="144"/>
        <source>What the partner will do</source>
        <translation>ما سيفعله الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Planned visits</source>
        <translation>الزيارات المخططة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="149"/>
        <source>Reporting requirements</source>
        <translation>متطلبات التقارير</translation>
    </message>
    <message>
        <location filename="../agreements/pd_extras.py" line="150"/>
        <source>Risks and mitigation</source>
        <translation>المخاطر والتخفيف</translation>
    </message>
</context>
<context>
    <name>PdNarrative</name>
    <message>
        <location filename="../agreements/pd_narrative.py" line="50"/>
        <source>One country programme output per line</source>
        <translation>ناتج واحد من نواتج البرنامج القطري في كل سطر</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="56"/>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="57"/>
        <source>Implementation strategy</source>
        <translation>استراتيجية التنفيذ</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="58"/>
        <source>Country programme outputs</source>
        <translation>نواتج البرنامج القطري</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Gender</source>
        <translation>المساواة بين الجنسين</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="59"/>
        <source>Equity</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="60"/>
        <source>Sustainability</source>
        <translation>الاستدامة</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="68"/>
        <source>Why this rating</source>
        <translation>سبب هذا التصنيف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="79"/>
        <source>Name &lt;e-mail&gt;; Name &lt;e-mail&gt;</source>
        <translation>الاسم &lt;البريد&gt;؛ الاسم &lt;البريد&gt;</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="81"/>
        <source>UNICEF focal points</source>
        <translation>جهات التنسيق في اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/pd_narrative.py" line="82"/>
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
    <name>PhaseForm</name>
    <message numerus="yes">
        <location filename="../cycle/form.py" line="250"/>
        <source>%Ln problems to fix before saving.</source>
        <translation>
            <numerusform>لا مشكلات يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>مشكلة واحدة يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>مشكلتان يلزم تصحيحهما قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلات يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلة يلزم تصحيحها قبل الحفظ.</numerusform>
            <numerusform>%Ln مشكلة يلزم تصحيحها قبل الحفظ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewTable</name>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Fate</source>
        <translation>المآل</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="107"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="108"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="130"/>
        <source>Create a new partner</source>
        <translation>إنشاء شريك جديد</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="132"/>
        <source>Same as %1 (%2%)</source>
        <translation>مطابق لـ %1 (%2٪)</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="134"/>
        <source>Skip this row</source>
        <translation>تخطي هذا الصف</translation>
    </message>
    <message>
        <location filename="../interchange/import_pages.py" line="139"/>
        <source>Matches %1; nothing changes.</source>
        <translation>يطابق %1؛ لا يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements/printing.py" line="58"/>
        <source>&amp;Print PDF</source>
        <translation>&amp;طباعة PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="64"/>
        <source>Open PDF</source>
        <translation>فتح PDF</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="90"/>
        <source>Printing %1...</source>
        <translation>جارٍ طباعة %1...</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="97"/>
        <source>Printed to %1</source>
        <translation>طُبع في %1</translation>
    </message>
    <message>
        <location filename="../agreements/printing.py" line="104"/>
        <source>Could not print: %1</source>
        <translation>تعذّرت الطباعة: %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../widgets/record_editor.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="51"/>
        <source>&amp;Revert</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="110"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation>استُعيدت تغييرات لم تحفظها (%1). احفظها، أو اختر «تراجع» للتخلي عنها.</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="152"/>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="174"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../widgets/record_editor.py" line="175"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation>غيّرت هذا السجل دون حفظ. هل تريد حفظ التغييرات؟</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements/record.py" line="68"/>
        <source>Click a document&apos;s name to open it.</source>
        <translation>انقر على اسم المستند لفتحه.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="72"/>
        <source>Attach signed document...</source>
        <translation>إرفاق الوثيقة الموقعة...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="75"/>
        <source>Attach termination document...</source>
        <translation>إرفاق وثيقة الإنهاء...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="82"/>
        <source>UNICEF signatories...</source>
        <translation>الموقّعون عن اليونيسف...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="85"/>
        <source>The office&apos;s officers authorised to sign for UNICEF</source>
        <translation>موظفو المكتب المفوَّضون بالتوقيع عن اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="94"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="95"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="98"/>
        <source>Open amendment</source>
        <translation>فتح التعديل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="101"/>
        <source>Open the signed record it amends</source>
        <translation>فتح الوثيقة الموقّعة التي يعدّلها</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="112"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="113"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="114"/>
        <source>Amendment</source>
        <translation>التعديل</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="115"/>
        <location filename="../agreements/record.py" line="275"/>
        <source>Amendments</source>
        <translation>التعديلات</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="121"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="124"/>
        <source>Amend...</source>
        <translation>تعديل...</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="203"/>
        <source>Save first; then sign and attach documents.</source>
        <translation>احفظ أولًا، ثم وقّع وأرفق الوثائق.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="230"/>
        <source>Attached: %1</source>
        <translation>مرفق: %1</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="231"/>
        <source>Nothing attached yet.</source>
        <translation>لا شيء مرفق بعد.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="238"/>
        <source>Amendment %1 against the signed version</source>
        <translation>التعديل %1 مقارنةً بالنسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="274"/>
        <source>Amendments (%1 draft)</source>
        <translation>التعديلات (%1 مسودة)</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="307"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="317"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="318"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation>اذكر السبب في جملة واحدة (يُحفَظ في السجل):</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="331"/>
        <source>%1 is now %2.</source>
        <translation>أصبحت حالة %1: %2.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="338"/>
        <source>Choose the scanned document</source>
        <translation>اختر الوثيقة الممسوحة ضوئيًا</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="358"/>
        <source>Attached.</source>
        <translation>أُرفقت.</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="374"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation>أُعِدّت مسودة التعديل %1: غيّر ما يعدّله، واحفظ، ثم وقّعه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="218"/>
        <source>An officer the office authorised to sign for UNICEF (button UNICEF signatories below).</source>
        <translation>موظف فوّضه المكتب بالتوقيع عن اليونيسف (زر الموقّعون عن اليونيسف أدناه).</translation>
    </message>
    <message>
        <location filename="strings.py" line="219"/>
        <source>Partner signatory</source>
        <translation>موقِّع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="220"/>
        <source>Partner signed on</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="221"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="strings.py" line="222"/>
        <source>Title </source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="strings.py" line="223"/>
        <source>UNICEF signatory</source>
        <translation>موقِّع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="224"/>
        <source>UNICEF signed on</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/record.py" line="117"/>
        <source>History</source>
        <translation>السجل الزمني</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="145"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="146"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="147"/>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>new record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="161"/>
        <source>edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>deletion</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../sync_state/tables.py" line="162"/>
        <source>file upload</source>
        <translation>رفع ملف</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="236"/>
        <source>3. Results</source>
        <translation>3. النتائج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="237"/>
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
    <name>Revoked</name>
    <message>
        <location filename="../sync_state/revoked.py" line="23"/>
        <source>Removed by HQ</source>
        <translation>حذفه المقر</translation>
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
    <name>Security</name>
    <message>
        <location filename="../lock.py" line="147"/>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <location filename="../lock.py" line="150"/>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <location filename="../lock.py" line="151"/>
        <source>Change the passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="153"/>
        <source>Lock after…</source>
        <translation>القفل بعد…</translation>
    </message>
    <message>
        <location filename="../lock.py" line="162"/>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <location filename="../lock.py" line="163"/>
        <source>Minutes without use before PartnerDesk locks:</source>
        <translation>عدد الدقائق دون استخدام قبل أن يُقفَل PartnerDesk:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../users/sign_in.py" line="24"/>
        <source>Switch user</source>
        <translation>تبديل المستخدم</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="25"/>
        <source>Sign in to PartnerDesk</source>
        <translation>تسجيل الدخول إلى PartnerDesk</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="28"/>
        <source>Several people use PartnerDesk on this computer. Choose your name and type your PIN: what you change is signed with your name.</source>
        <translation>يستخدم عدة أشخاص PartnerDesk على هذا الحاسوب. اختر اسمك واكتب رمزك السري: كل ما تغيّره يُوقَّع باسمك.</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="50"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="51"/>
        <source>PIN or passphrase</source>
        <translation>الرمز السري أو عبارة المرور</translation>
    </message>
    <message>
        <location filename="../users/sign_in.py" line="54"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="34"/>
        <source>4. Sign electronically and print</source>
        <translation>4. التوقيع الإلكتروني والطباعة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="35"/>
        <source>Each signature is recorded with the signatory, the time, this device and the SHA-256 fingerprint of the text signed, and is printed in the signature block.</source>
        <translation>تُسجَّل كل توقيع مع الموقّع والوقت وهذا الجهاز وبصمة SHA-256 للنص الموقّع، ويُطبع في خانة التوقيع.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="49"/>
        <source>No UNICEF officer of this office is authorised to sign. Add the office&apos;s authorised officers: any agreement, Signatures tab, UNICEF signatories.</source>
        <translation>لا يوجد موظف في هذا المكتب مفوَّض بالتوقيع عن اليونيسف. أضف الموظفين المفوَّضين: أي اتفاق، تبويب التوقيعات، الموقّعون عن اليونيسف.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="58"/>
        <source>Sign and print</source>
        <translation>التوقيع والطباعة</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="68"/>
        <source>Partner signatory</source>
        <translation>موقِّع الشريك</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="69"/>
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="71"/>
        <source>UNICEF signatory</source>
        <translation>موقِّع اليونيسف</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="72"/>
        <source>Title </source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="117"/>
        <source>%1 (UNICEF) confirms signing this document electronically</source>
        <translation>%1 (اليونيسف) يؤكد توقيع هذه الوثيقة إلكترونياً</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="120"/>
        <source>%1 (partner) confirms signing this document electronically</source>
        <translation>%1 (الشريك) يؤكد توقيع هذه الوثيقة إلكترونياً</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="126"/>
        <source>Choose both signatories; each of them confirms the electronic signature.</source>
        <translation>اختر الموقّعَين؛ ويؤكد كل منهما التوقيع الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="157"/>
        <source>Deferred:</source>
        <translation>المؤجَّل:</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_wizard.py" line="152"/>
        <source>%1, due %2</source>
        <translation>%1، موعده %2</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="25"/>
        <source>UNICEF signatories of office %1</source>
        <translation>الموقّعون عن اليونيسف في المكتب %1</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="40"/>
        <source>Title</source>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="29"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="41"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="30"/>
        <location filename="../agreements/signatories_dialog.py" line="42"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="31"/>
        <source>Withdraw the authority to sign</source>
        <translation>سحب تفويض التوقيع</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="38"/>
        <source>YYYY-MM-DD (blank: open)</source>
        <translation>YYYY-MM-DD (فارغ: مفتوح)</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="44"/>
        <source>Authorise this officer</source>
        <translation>تفويض هذا الموظف</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="54"/>
        <source>Only these officers can sign agreements for UNICEF in this office.</source>
        <translation>لا يجوز إلا لهؤلاء الموظفين التوقيع على الاتفاقات عن اليونيسف في هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../agreements/signatories_dialog.py" line="94"/>
        <source>Choose an officer in the list first.</source>
        <translation>اختر موظفاً من القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment/summary.py" line="53"/>
        <source>Print PDF...</source>
        <translation>طباعة PDF...</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="56"/>
        <source>Submit to headquarters</source>
        <translation>تقديم إلى المقر</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="75"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation>ملخص التقييم الذاتي لعام %1 للمكتب %2</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="79"/>
        <source>Benchmark</source>
        <translation>المعيار المرجعي</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="80"/>
        <source>Office data</source>
        <translation>بيانات المكتب</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="95"/>
        <source>The rating differs from what the data shows.</source>
        <translation>يختلف التقدير عمّا تُظهره البيانات.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="98"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation>مستوفى: %1   مستوفى جزئيًا: %2   غير مستوفى: %3   غير مقيَّم: %4   تعارض بين التقدير والبيانات: %5</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="110"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation>قدّمه %2 في %1: مقفل.</translation>
    </message>
    <message>
        <location filename="../assessment/summary.py" line="113"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation>مسودة: التقديم يُقفل التقديرات والأرقام.</translation>
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
        <translation>في المرة الأولى فقط، مثلًا K7QX-M2PA-9FTR</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="43"/>
        <source>Sync now</source>
        <translation>زامِن الآن</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="57"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="59"/>
        <source>Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="63"/>
        <source>Enrollment code:</source>
        <translation>رمز التسجيل:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="64"/>
        <source>Last sync:</source>
        <translation>آخر مزامنة:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="65"/>
        <source>Unsent changes:</source>
        <translation>تغييرات غير مُرسَلة:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="68"/>
        <source>State:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="79"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="80"/>
        <source>Refused</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="81"/>
        <source>Set aside</source>
        <translation>المُنحّاة جانبًا</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="82"/>
        <source>History</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="123"/>
        <source>never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="131"/>
        <source>Last sync failed: %1</source>
        <translation>فشلت آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="134"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation>غير مسجَّل: أدخل العنوان والرمز الواردين من المقر.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="136"/>
        <source>all offices</source>
        <translation>كل المكاتب</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="137"/>
        <source>Enrolled for %1.</source>
        <translation>مسجَّل لـ %1.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="139"/>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="142"/>
        <source>Refused (%1)</source>
        <translation>المرفوضة (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="145"/>
        <source>Set aside (%1)</source>
        <translation>المُنحّاة جانبًا (%1)</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="154"/>
        <source>Enter the address of the HQ server first.</source>
        <translation>أدخل عنوان خادم المقر أولًا.</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="166"/>
        <source>Syncing...</source>
        <translation>جارٍ المزامنة...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="193"/>
        <source>Problems: %1</source>
        <translation>المشكلات: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="207"/>
        <location filename="../sync_state/view.py" line="214"/>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="215"/>
        <source>%1 Next try in %2 s.</source>
        <translation>%1 المحاولة التالية بعد %2 ث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="124"/>
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>لا تغييرات في الانتظار</numerusform>
            <numerusform>تغيير واحد في الانتظار</numerusform>
            <numerusform>تغييران في الانتظار</numerusform>
            <numerusform>%Ln تغييرات في الانتظار</numerusform>
            <numerusform>%Ln تغييرًا في الانتظار</numerusform>
            <numerusform>%Ln تغيير في الانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="126"/>
        <source>(%Ln refused, see Refused)</source>
        <translation>
            <numerusform>(لا مرفوض)</numerusform>
            <numerusform>(واحد مرفوض، انظر المرفوضة)</numerusform>
            <numerusform>(اثنان مرفوضان، انظر المرفوضة)</numerusform>
            <numerusform>(%Ln مرفوضة، انظر المرفوضة)</numerusform>
            <numerusform>(%Ln مرفوضًا، انظر المرفوضة)</numerusform>
            <numerusform>(%Ln مرفوض، انظر المرفوضة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="188"/>
        <source>Synced: %1, %2, %3.</source>
        <translation>تمت المزامنة: %1، %2، %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="189"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>لم يُرسَل شيء</numerusform>
            <numerusform>واحد مرسل</numerusform>
            <numerusform>اثنان مرسلان</numerusform>
            <numerusform>%Ln مرسلة</numerusform>
            <numerusform>%Ln مرسلًا</numerusform>
            <numerusform>%Ln مرسل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="190"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>لم يُستلَم شيء</numerusform>
            <numerusform>واحد مستلم</numerusform>
            <numerusform>اثنان مستلمان</numerusform>
            <numerusform>%Ln مستلمة</numerusform>
            <numerusform>%Ln مستلمًا</numerusform>
            <numerusform>%Ln مستلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="191"/>
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%Ln تعارضات</numerusform>
            <numerusform>%Ln تعارضًا</numerusform>
            <numerusform>%Ln تعارض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="67"/>
        <source>Without a network:</source>
        <translation>دون شبكة:</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="164"/>
        <source>Writing the file for HQ...</source>
        <translation>جارٍ كتابة الملف للمقر...</translation>
    </message>
    <message>
        <location filename="../sync_state/view.py" line="165"/>
        <source>Applying HQ&apos;s answer...</source>
        <translation>جارٍ تطبيق رد المقر...</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../agreements/emergency_pages.py" line="149"/>
        <source>2. Template, amount, dates and places</source>
        <translation>2. النموذج والمبلغ والتواريخ والأماكن</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="150"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation>يحدد النموذج المعتمد مسبقًا النتائج وتوزيع الميزانية والتقارير والمخاطر.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="154"/>
        <source>Choose a pre-certified template</source>
        <translation>اختر نموذجًا معتمدًا مسبقًا</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="160"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation>مبلغ اليونيسف بالدولار، مثلًا 40000</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="165"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation>YYYY-MM-DD (من النموذج)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="168"/>
        <source>Places, separated by commas</source>
        <translation>الأماكن، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="175"/>
        <source>Template</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="176"/>
        <source>Amount (USD)</source>
        <translation>المبلغ (دولار)</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="177"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="178"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="179"/>
        <source>Locations</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="208"/>
        <source>Choose a template.</source>
        <translation>اختر نموذجًا.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="210"/>
        <source>Enter the UNICEF amount.</source>
        <translation>أدخل مبلغ اليونيسف.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="212"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>اكتب التواريخ بالصيغة YYYY-MM-DD، مثلًا 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="214"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="216"/>
        <source>Name at least one place.</source>
        <translation>اذكر مكانًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../agreements/emergency_pages.py" line="220"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation>لا تموّل اتفاقية SSFA أكثر من %1 دولار؛ خفّض المبلغ أو استخدم اتفاقية PCA الخاصة بالشريك.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="63"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="64"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="73"/>
        <source>Save the record first; its status changes are listed here.</source>
        <translation>احفظ السجل أولًا؛ ستظهر هنا تغييرات حالته.</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="82"/>
        <source>Created as %1</source>
        <translation>أُنشئ: %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="85"/>
        <source>Phase %1</source>
        <translation>المرحلة %1</translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="89"/>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/timeline.py" line="99"/>
        <source>%Ln status changes, oldest first.</source>
        <translation>
            <numerusform>لا توجد تغييرات في الحالة.</numerusform>
            <numerusform>تغيير واحد في الحالة، الأقدم أولًا.</numerusform>
            <numerusform>تغييران في الحالة، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرات في الحالة، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغييرًا في الحالة، الأقدم أولًا.</numerusform>
            <numerusform>%Ln تغيير في الحالة، الأقدم أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/timeline.py" line="102"/>
        <source>No status change recorded yet. Changes are kept from the moment this version of PartnerDesk was installed; earlier ones were not recorded.</source>
        <translation>لم يُسجَّل أي تغيير في الحالة بعد. تُحفظ التغييرات منذ تثبيت هذا الإصدار من PartnerDesk، ولم تُسجَّل التغييرات السابقة.</translation>
    </message>
</context>
<context>
    <name>TimingTable</name>
    <message>
        <location filename="../widgets/timing.py" line="35"/>
        <source>%1 days (%2)</source>
        <translation>%1 يوم (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="41"/>
        <source>PD: submission
to review</source>
        <translation>وثيقة البرنامج: من التقديم
إلى المراجعة</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: review
to signature</source>
        <translation>وثيقة البرنامج: من المراجعة
إلى التوقيع</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="42"/>
        <source>PD: submission
to signature</source>
        <translation>وثيقة البرنامج: من التقديم
إلى التوقيع</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="43"/>
        <source>Agreement: draft
to signature</source>
        <translation>الاتفاق: من المسودة
إلى التوقيع</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="48"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="60"/>
        <source>Median %1 days over %2; shortest %3, longest %4.</source>
        <translation>الوسيط %1 يومًا من %2؛ الأقصر %3، والأطول %4.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="71"/>
        <source>Median days, with the number of records in brackets, from the status history: a programme document is submitted when it goes to review, reviewed when it goes to signature. Records whose history began before PartnerDesk kept it are not counted.</source>
        <translation>الوسيط بالأيام، وبين قوسين عدد السجلات، مأخوذًا من سجل الحالات: تُقدَّم وثيقة البرنامج حين تُحال إلى المراجعة، وتُعدّ مراجَعة حين تُحال إلى التوقيع. لا تُحسب السجلات التي سبق تاريخها بدء حفظ PartnerDesk لسجل الحالات.</translation>
    </message>
    <message>
        <location filename="../widgets/timing.py" line="74"/>
        <source>No agreement or programme document has reached review or signature since the status history began.</source>
        <translation>لم يبلغ أي اتفاق أو وثيقة برنامج المراجعة أو التوقيع منذ بدء سجل الحالات.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../passphrase.py" line="36"/>
        <source>Wrong passphrase; nothing was changed. Type it again (capital letters count).</source>
        <translation>عبارة مرور خاطئة؛ لم يُغيَّر شيء. اكتبها مرة أخرى (حالة الأحرف مهمة).</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="140"/>
        <source>PartnerDesk</source>
        <translation>PartnerDesk</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="145"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="153"/>
        <source>&lt;b&gt;%1 is encrypted.&lt;/b&gt;&lt;p&gt;Type the passphrase to open it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;الملف %1 مشفَّر.&lt;/b&gt;&lt;p&gt;اكتب عبارة المرور لفتحه.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="158"/>
        <source>Forgot the passphrase?</source>
        <translation>هل نسيت عبارة المرور؟</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="173"/>
        <source>Ask headquarters for the recovery key of this computer (they check who you are first), type it here and choose a new passphrase. The recovery key then changes.</source>
        <translation>اطلب من المقر مفتاح الاسترداد الخاص بهذا الحاسوب (يتحقق المقر من هويتك أولًا)، واكتبه هنا واختر عبارة مرور جديدة. ثم يتغيّر مفتاح الاسترداد.</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="183"/>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../passphrase.py" line="194"/>
        <source>Set the new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../users/dialogs.py" line="26"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="27"/>
        <source>Change the role of %1</source>
        <translation>تغيير دور %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="28"/>
        <source>New PIN for %1</source>
        <translation>رمز سري جديد لـ %1</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="44"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="46"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="50"/>
        <source>PIN or passphrase</source>
        <translation>الرمز السري أو عبارة المرور</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="51"/>
        <source>Type it again</source>
        <translation>اكتبه مرة أخرى</translation>
    </message>
    <message>
        <location filename="../users/dialogs.py" line="78"/>
        <source>The two PINs differ.</source>
        <translation>الرمزان السريان مختلفان.</translation>
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
    <name>UsersView</name>
    <message>
        <location filename="../users/page.py" line="26"/>
        <source>Users of this office</source>
        <translation>مستخدمو هذا المكتب</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="28"/>
        <source>Each person who uses PartnerDesk on this computer signs in with a PIN; their role says what they may change. PINs stay on this computer; names and roles go to headquarters.</source>
        <translation>يسجّل كل من يستخدم PartnerDesk على هذا الحاسوب دخوله برمز سري، ويحدّد دوره ما يحق له تغييره. تبقى الرموز السرية على هذا الحاسوب، أما الأسماء والأدوار فتُرسل إلى المقر.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="35"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="36"/>
        <source>PIN on this computer</source>
        <translation>الرمز السري على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="47"/>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="48"/>
        <source>Change the role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="50"/>
        <source>New PIN</source>
        <translation>رمز سري جديد</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="51"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="83"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="108"/>
        <source>Choose a user in the list first.</source>
        <translation>اختر مستخدمًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="140"/>
        <source>Remove a user</source>
        <translation>إزالة مستخدم</translation>
    </message>
    <message>
        <location filename="../users/page.py" line="141"/>
        <source>Remove %1 from the users of this office? Their changes keep their name; they can no longer sign in.</source>
        <translation>هل تريد إزالة %1 من مستخدمي هذا المكتب؟ تبقى تغييراته باسمه، ولن يتمكن بعد الآن من تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>_LiveDelegate</name>
    <message>
        <location filename="../agreements/pd_budget.py" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>alerts</name>
    <message>
        <location filename="strings.py" line="225"/>
        <source>Assessment action</source>
        <translation>إجراء التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="strings.py" line="226"/>
        <source>Due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <location filename="strings.py" line="227"/>
        <source>Info</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="228"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="229"/>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="230"/>
        <source>Programme document</source>
        <translation>وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="231"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="226"/>
        <source>%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, keep a copy of the file for support, and restore the last backup (the .bak file beside it) or ask support to repair it.</source>
        <translation>الملف %1 تالف (%2). قد لا تُحفظ التغييرات التي تُجرى الآن. أغلق PartnerDesk واحتفظ بنسخة من الملف لفريق الدعم، ثم استعد آخر نسخة احتياطية (ملف ‎.bak‎ المجاور له) أو اطلب من فريق الدعم إصلاحه.</translation>
    </message>
    <message>
        <location filename="../app.py" line="230"/>
        <source>Database damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="232"/>
        <source>Agreements</source>
        <translation>الاتفاقيات</translation>
    </message>
    <message>
        <location filename="strings.py" line="233"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="234"/>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="235"/>
        <source>Landscape</source>
        <translation>خريطة الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="236"/>
        <source>Partnering cycle</source>
        <translation>دورة الشراكة</translation>
    </message>
    <message>
        <location filename="strings.py" line="237"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="238"/>
        <source>Partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <location filename="strings.py" line="239"/>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <location filename="strings.py" line="240"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="strings.py" line="241"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
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
        <location filename="strings.py" line="242"/>
        <source>%1 (due diligence: %2)</source>
        <translation>%1 (العناية الواجبة: %2)</translation>
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
        <translation>الأنشطة وخطة العمل</translation>
    </message>
    <message>
        <location filename="strings.py" line="249"/>
        <source>Activities, workplan, budget, resources, agreement type.</source>
        <translation>الأنشطة، وخطة العمل، والميزانية، والموارد، ونوع الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="250"/>
        <source>Add organisations found in IATI and 3W files of this office</source>
        <translation>إضافة المنظمات الواردة في ملفات IATI و3W الخاصة بهذا المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="251"/>
        <source>Add stakeholder</source>
        <translation>إضافة جهة معنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="252"/>
        <source>Adequate</source>
        <translation>كافٍ</translation>
    </message>
    <message>
        <location filename="strings.py" line="253"/>
        <source>Agree goals, principles, roles and contributions (due diligence must be cleared).</source>
        <translation>اتفق على الغايات والمبادئ والأدوار والمساهمات (يجب إجازة العناية الواجبة).</translation>
    </message>
    <message>
        <location filename="strings.py" line="254"/>
        <source>Agreed goals and objectives</source>
        <translation>الغايات والأهداف المتفق عليها</translation>
    </message>
    <message>
        <location filename="strings.py" line="255"/>
        <source>Agreed on</source>
        <translation>تاريخ الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="256"/>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <location filename="strings.py" line="257"/>
        <source>Agreement signed on</source>
        <translation>تاريخ توقيع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="258"/>
        <source>Agreement type</source>
        <translation>نوع الاتفاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="259"/>
        <source>Amber: needs attention</source>
        <translation>كهرماني: تحتاج إلى اهتمام</translation>
    </message>
    <message>
        <location filename="strings.py" line="260"/>
        <source>Amendments in light of the review.</source>
        <translation>التعديلات في ضوء المراجعة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="261"/>
        <source>Annual</source>
        <translation>سنوي</translation>
    </message>
    <message>
        <location filename="strings.py" line="262"/>
        <source>Assess each candidate partner and record due diligence for every partner.</source>
        <translation>قيّم كل شريك مرشح وسجّل العناية الواجبة لكل شريك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="263"/>
        <source>Budget (USD)</source>
        <translation>الميزانية (دولار)</translation>
    </message>
    <message>
        <location filename="strings.py" line="264"/>
        <source>Build structures that last beyond the project.</source>
        <translation>أنشئ هياكل تدوم بعد انتهاء المشروع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="265"/>
        <source>Building</source>
        <translation>البناء</translation>
    </message>
    <message>
        <location filename="strings.py" line="266"/>
        <source>Candidate partners</source>
        <translation>الشركاء المرشحون</translation>
    </message>
    <message>
        <location filename="strings.py" line="267"/>
        <source>Candidate partners, their assessment and due diligence.</source>
        <translation>الشركاء المرشحون، وتقييمهم، والعناية الواجبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="268"/>
        <source>Cash contributions</source>
        <translation>المساهمات النقدية</translation>
    </message>
    <message>
        <location filename="strings.py" line="269"/>
        <source>Cash-transfer modality</source>
        <translation>طريقة التحويل النقدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="270"/>
        <source>Challenge</source>
        <translation>التحدي</translation>
    </message>
    <message>
        <location filename="strings.py" line="271"/>
        <source>Cleared</source>
        <translation>تمت الإجازة</translation>
    </message>
    <message>
        <location filename="strings.py" line="272"/>
        <source>Cleared with conditions</source>
        <translation>أُجيزت بشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="273"/>
        <source>Close</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <location filename="strings.py" line="274"/>
        <source>Communication plan</source>
        <translation>خطة التواصل</translation>
    </message>
    <message>
        <location filename="strings.py" line="275"/>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="276"/>
        <source>Continue</source>
        <translation>الاستمرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="277"/>
        <source>Continue or expand only with a review in the last 12 months.</source>
        <translation>لا استمرار ولا توسيع إلا بمراجعة خلال الأشهر الاثني عشر الماضية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="278"/>
        <source>Contribution</source>
        <translation>المساهمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="279"/>
        <source>Contribution of the partnership to results</source>
        <translation>مساهمة الشراكة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="280"/>
        <source>Contribution to results</source>
        <translation>المساهمة في النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="281"/>
        <source>Contributions of each partner</source>
        <translation>مساهمات كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="282"/>
        <source>Contributions of each partner and modality.</source>
        <translation>مساهمات كل شريك وطريقة التحويل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="283"/>
        <source>Core principles</source>
        <translation>المبادئ الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="284"/>
        <source>Corporate screening (companies only)</source>
        <translation>فحص الشركات (للشركات فقط)</translation>
    </message>
    <message>
        <location filename="strings.py" line="285"/>
        <source>Current partner</source>
        <translation>شريك حالي</translation>
    </message>
    <message>
        <location filename="strings.py" line="286"/>
        <source>Current relation</source>
        <translation>العلاقة الحالية</translation>
    </message>
    <message>
        <location filename="strings.py" line="287"/>
        <source>Decide the revisions the review calls for.</source>
        <translation>قرّر التنقيحات التي تستدعيها المراجعة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="288"/>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="289"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="strings.py" line="290"/>
        <source>Decision with the evaluation behind it.</source>
        <translation>القرار والتقييم الذي يستند إليه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="291"/>
        <source>Delayed</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="292"/>
        <source>Delivery against the workplan</source>
        <translation>الإنجاز مقارنةً بخطة العمل</translation>
    </message>
    <message>
        <location filename="strings.py" line="293"/>
        <source>Describe the challenge and the results sought, and map the stakeholders.</source>
        <translation>صِف التحدي والنتائج المنشودة، وارسم خريطة الجهات المعنية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="294"/>
        <source>Direct cash transfer</source>
        <translation>تحويل نقدي مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="295"/>
        <source>Direct payment</source>
        <translation>دفع مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="296"/>
        <source>Done</source>
        <translation>مُنجَزة</translation>
    </message>
    <message>
        <location filename="strings.py" line="297"/>
        <source>Due diligence</source>
        <translation>العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="298"/>
        <source>Due-diligence outcome</source>
        <translation>نتيجة العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="299"/>
        <source>Equity</source>
        <translation>الإنصاف</translation>
    </message>
    <message>
        <location filename="strings.py" line="300"/>
        <source>Evaluate, then decide to continue, expand, hand over or close.</source>
        <translation>قيّم، ثم قرّر الاستمرار أو التوسيع أو التسليم أو الإغلاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="301"/>
        <source>Evaluated on</source>
        <translation>تاريخ التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="302"/>
        <source>Evaluation due *</source>
        <translation>موعد التقييم *</translation>
    </message>
    <message>
        <location filename="strings.py" line="303"/>
        <source>Evaluation findings</source>
        <translation>نتائج التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="304"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation>تحتاج كل شراكة إلى استراتيجية للخروج أو للاستدامة: المدة المخطط لها، وموعد التقييم الذي يقرر استمرارها، وشروط إنهائها أو تسليمها (الفقرة 60 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="305"/>
        <source>Every six months</source>
        <translation>كل ستة أشهر</translation>
    </message>
    <message>
        <location filename="strings.py" line="306"/>
        <source>Exchange of letters</source>
        <translation>تبادل رسائل</translation>
    </message>
    <message>
        <location filename="strings.py" line="307"/>
        <source>Exit conditions *</source>
        <translation>شروط الخروج *</translation>
    </message>
    <message>
        <location filename="strings.py" line="308"/>
        <source>Expand</source>
        <translation>التوسيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="309"/>
        <source>Financial stability</source>
        <translation>الاستقرار المالي</translation>
    </message>
    <message>
        <location filename="strings.py" line="310"/>
        <source>Focal points of each partner</source>
        <translation>جهات التنسيق لدى كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="311"/>
        <source>Former partner</source>
        <translation>شريك سابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="312"/>
        <source>Fraud, PSEA and safeguarding mechanisms in place</source>
        <translation>آليات قائمة لمكافحة الاحتيال وللحماية من الاستغلال والانتهاك الجنسيين (PSEA) وللصون</translation>
    </message>
    <message>
        <location filename="strings.py" line="313"/>
        <source>From the landscape...</source>
        <translation>من خريطة الجهات الفاعلة...</translation>
    </message>
    <message>
        <location filename="strings.py" line="314"/>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="315"/>
        <source>Governance and management structure</source>
        <translation>هيكل الحوكمة والإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="316"/>
        <source>Governance, focal points, communication.</source>
        <translation>الحوكمة، وجهات التنسيق، والتواصل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="317"/>
        <source>Green: healthy</source>
        <translation>أخضر: سليمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="318"/>
        <source>Hand over</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="strings.py" line="319"/>
        <source>Health</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <location filename="strings.py" line="320"/>
        <source>Health check</source>
        <translation>فحص السلامة</translation>
    </message>
    <message>
        <location filename="strings.py" line="321"/>
        <source>Identifying</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <location filename="strings.py" line="322"/>
        <source>Implement: record the signature, delivery, visits and reporting schedule.</source>
        <translation>نفّذ: سجّل التوقيع والإنجاز والزيارات وجدول التقارير.</translation>
    </message>
    <message>
        <location filename="strings.py" line="323"/>
        <source>Implementing</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="324"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="325"/>
        <source>In-kind contributions</source>
        <translation>المساهمات العينية</translation>
    </message>
    <message>
        <location filename="strings.py" line="326"/>
        <source>In-kind only (no cash)</source>
        <translation>عيني فقط (دون نقد)</translation>
    </message>
    <message>
        <location filename="strings.py" line="327"/>
        <source>Individual partners&apos; contributions</source>
        <translation>مساهمات الشركاء منفردين</translation>
    </message>
    <message>
        <location filename="strings.py" line="328"/>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <location filename="strings.py" line="329"/>
        <source>Influence (1-5)</source>
        <translation>التأثير (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="330"/>
        <source>Informal contact</source>
        <translation>تواصل غير رسمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="331"/>
        <source>Institutionalising</source>
        <translation>المأسسة</translation>
    </message>
    <message>
        <location filename="strings.py" line="332"/>
        <source>Integration into national systems</source>
        <translation>الإدماج في النظم الوطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="333"/>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <location filename="strings.py" line="334"/>
        <source>Interest (1-5)</source>
        <translation>الاهتمام (1-5)</translation>
    </message>
    <message>
        <location filename="strings.py" line="335"/>
        <source>Keep informed</source>
        <translation>إبقاؤهم على اطلاع</translation>
    </message>
    <message>
        <location filename="strings.py" line="336"/>
        <source>Keep satisfied</source>
        <translation>إبقاؤهم راضين</translation>
    </message>
    <message>
        <location filename="strings.py" line="337"/>
        <source>Lifespan ends</source>
        <translation>تنتهي المدة في</translation>
    </message>
    <message>
        <location filename="strings.py" line="338"/>
        <source>Manage closely</source>
        <translation>إدارة عن كثب</translation>
    </message>
    <message>
        <location filename="strings.py" line="339"/>
        <source>Managing</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="strings.py" line="340"/>
        <source>Managing and maintaining</source>
        <translation>الإدارة والمتابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="341"/>
        <source>Mandate consistent with the UN&apos;s</source>
        <translation>ولاية متسقة مع ولاية الأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="342"/>
        <source>Measure results against the indicators.</source>
        <translation>قِس النتائج مقارنةً بالمؤشرات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="343"/>
        <source>Measuring</source>
        <translation>القياس</translation>
    </message>
    <message>
        <location filename="strings.py" line="344"/>
        <source>Meets labour standards in its operations and supply chain</source>
        <translation>تستوفي معايير العمل في عملياتها وسلسلة إمدادها</translation>
    </message>
    <message>
        <location filename="strings.py" line="345"/>
        <source>Membership</source>
        <translation>العضوية</translation>
    </message>
    <message>
        <location filename="strings.py" line="346"/>
        <source>Memorandum of Understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="347"/>
        <source>Monitor</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="348"/>
        <source>Mutual benefit</source>
        <translation>المنفعة المتبادلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="349"/>
        <source>No change needed</source>
        <translation>لا حاجة إلى تغيير</translation>
    </message>
    <message>
        <location filename="strings.py" line="350"/>
        <source>No involvement in corruption or sanctions breaches</source>
        <translation>لا تورط في فساد أو خرق للجزاءات</translation>
    </message>
    <message>
        <location filename="strings.py" line="351"/>
        <source>No relation</source>
        <translation>لا علاقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="352"/>
        <source>No serious environmental harm</source>
        <translation>لا ضرر بيئي جسيم</translation>
    </message>
    <message>
        <location filename="strings.py" line="353"/>
        <source>No written agreement</source>
        <translation>لا اتفاق مكتوب</translation>
    </message>
    <message>
        <location filename="strings.py" line="354"/>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <location filename="strings.py" line="355"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="356"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="strings.py" line="357"/>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <location filename="strings.py" line="358"/>
        <source>On track</source>
        <translation>على المسار الصحيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="359"/>
        <source>Opposed</source>
        <translation>معارض</translation>
    </message>
    <message>
        <location filename="strings.py" line="360"/>
        <source>Other risks</source>
        <translation>مخاطر أخرى</translation>
    </message>
    <message>
        <location filename="strings.py" line="361"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="strings.py" line="362"/>
        <source>Partner assessment</source>
        <translation>تقييم الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="363"/>
        <source>Partner feedback</source>
        <translation>ملاحظات الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="364"/>
        <source>Partner screened</source>
        <translation>الشريك الخاضع للفحص</translation>
    </message>
    <message>
        <location filename="strings.py" line="365"/>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="366"/>
        <source>Partnership review and health check.</source>
        <translation>مراجعة الشراكة وفحص سلامتها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="367"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="368"/>
        <source>Plan the work and budget, and choose the type of agreement.</source>
        <translation>خطّط العمل والميزانية، واختر نوع الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="369"/>
        <source>Planned lifespan (months) *</source>
        <translation>المدة المخططة (بالأشهر) *</translation>
    </message>
    <message>
        <location filename="strings.py" line="370"/>
        <source>Planned visits</source>
        <translation>الزيارات المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="371"/>
        <source>Planning</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <location filename="strings.py" line="372"/>
        <source>Poor</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="373"/>
        <source>Products and marketing do not harm children (e.g. breast-milk substitutes, arms, tobacco)</source>
        <translation>لا تضر منتجاتها وتسويقها بالأطفال (مثل بدائل حليب الأم والأسلحة والتبغ)</translation>
    </message>
    <message>
        <location filename="strings.py" line="374"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="375"/>
        <source>Programme Cooperation Agreement</source>
        <translation>اتفاقية التعاون البرنامجي</translation>
    </message>
    <message>
        <location filename="strings.py" line="376"/>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="377"/>
        <source>Quality of the partnership, incl. transaction costs</source>
        <translation>جودة الشراكة، بما فيها تكاليف المعاملات</translation>
    </message>
    <message>
        <location filename="strings.py" line="378"/>
        <source>Quarterly</source>
        <translation>فصلي</translation>
    </message>
    <message>
        <location filename="strings.py" line="379"/>
        <source>Ready to save.</source>
        <translation>جاهز للحفظ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="380"/>
        <source>Record due diligence for one partner at a time; every partner needs an outcome.</source>
        <translation>سجّل العناية الواجبة لشريك واحد في كل مرة؛ يلزم لكل شريك قرار.</translation>
    </message>
    <message>
        <location filename="strings.py" line="381"/>
        <source>Record each partner&apos;s cash and in-kind contributions and the modality.</source>
        <translation>سجّل المساهمات النقدية والعينية لكل شريك وطريقة التحويل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="382"/>
        <source>Red: at risk</source>
        <translation>أحمر: معرّضة للخطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="383"/>
        <source>Reimbursement</source>
        <translation>سداد</translation>
    </message>
    <message>
        <location filename="strings.py" line="384"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>رُفض (خطر غير مقبول)</translation>
    </message>
    <message>
        <location filename="strings.py" line="385"/>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <location filename="strings.py" line="386"/>
        <source>Reporting schedule</source>
        <translation>جدول التقارير</translation>
    </message>
    <message>
        <location filename="strings.py" line="387"/>
        <source>Required for corporate-sector partners (seed para. 40).</source>
        <translation>مطلوب لشركاء قطاع الشركات (الفقرة 40 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="388"/>
        <source>Required when cleared with conditions.</source>
        <translation>مطلوب عند الإجازة بشروط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="389"/>
        <source>Resource map</source>
        <translation>خريطة الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="390"/>
        <source>Resourcing</source>
        <translation>توفير الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="391"/>
        <source>Respects human rights and children&apos;s rights (no child labour)</source>
        <translation>تحترم حقوق الإنسان وحقوق الطفل (لا عمل للأطفال)</translation>
    </message>
    <message>
        <location filename="strings.py" line="392"/>
        <source>Results achieved and the partnership&apos;s contribution.</source>
        <translation>النتائج المحققة ومساهمة الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="393"/>
        <source>Results and indicators achieved</source>
        <translation>النتائج والمؤشرات المحققة</translation>
    </message>
    <message>
        <location filename="strings.py" line="394"/>
        <source>Results for children, not actors (seed para. 51).</source>
        <translation>نتائج للأطفال، لا للجهات الفاعلة (الفقرة 51 من الوثيقة المرجعية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="395"/>
        <source>Results sought</source>
        <translation>النتائج المنشودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="396"/>
        <source>Review the partnership with the partners: rate the four dimensions, note feedback.</source>
        <translation>راجِع الشراكة مع الشركاء: قيّم الأبعاد الأربعة، ودوّن الملاحظات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="397"/>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="398"/>
        <source>Reviewer</source>
        <translation>المراجِع</translation>
    </message>
    <message>
        <location filename="strings.py" line="399"/>
        <source>Reviewing</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="400"/>
        <source>Reviewing and revising</source>
        <translation>المراجعة والتنقيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="401"/>
        <source>Revising</source>
        <translation>التنقيح</translation>
    </message>
    <message>
        <location filename="strings.py" line="402"/>
        <source>Revisions decided</source>
        <translation>التنقيحات المقررة</translation>
    </message>
    <message>
        <location filename="strings.py" line="403"/>
        <source>Roles of each partner</source>
        <translation>أدوار كل شريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="404"/>
        <source>Save exit strategy</source>
        <translation>حفظ استراتيجية الخروج</translation>
    </message>
    <message>
        <location filename="strings.py" line="405"/>
        <source>Save phase</source>
        <translation>حفظ المرحلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="406"/>
        <source>Scoping</source>
        <translation>التحديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="407"/>
        <source>Scoping and building</source>
        <translation>التحديد والبناء</translation>
    </message>
    <message>
        <location filename="strings.py" line="408"/>
        <source>Screened against sanctions lists: no match</source>
        <translation>فُحص مقابل قوائم الجزاءات: لا تطابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="409"/>
        <source>Screened on</source>
        <translation>تاريخ الفحص</translation>
    </message>
    <message>
        <location filename="strings.py" line="410"/>
        <source>Set up governance, name the focal points, agree how to communicate.</source>
        <translation>أنشئ الحوكمة، وسمِّ جهات التنسيق، واتفق على طريقة التواصل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="411"/>
        <source>Shared vision</source>
        <translation>الرؤية المشتركة</translation>
    </message>
    <message>
        <location filename="strings.py" line="412"/>
        <source>Signed agreement, delivery, visits, reporting.</source>
        <translation>الاتفاق الموقع، والإنجاز، والزيارات، والتقارير.</translation>
    </message>
    <message>
        <location filename="strings.py" line="413"/>
        <source>Small Scale Funding Agreement</source>
        <translation>اتفاقية التمويل الصغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="414"/>
        <source>Stakeholder and partner landscape</source>
        <translation>خريطة الجهات المعنية والشركاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="415"/>
        <source>Standing and reputation</source>
        <translation>المكانة والسمعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="416"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="417"/>
        <source>Strong</source>
        <translation>قوي</translation>
    </message>
    <message>
        <location filename="strings.py" line="418"/>
        <source>Structures for longer-term commitment</source>
        <translation>هياكل لالتزام أطول أمدًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="419"/>
        <source>Structures for longer-term commitment.</source>
        <translation>هياكل لالتزام أطول أمدًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="420"/>
        <source>Sustaining or terminating</source>
        <translation>الاستدامة أو الإنهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="421"/>
        <source>Sustaining outcomes</source>
        <translation>استدامة النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="422"/>
        <source>The challenge, the results sought and who else is there.</source>
        <translation>التحدي، والنتائج المنشودة، والجهات الأخرى الموجودة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="423"/>
        <source>The four dimensions (seed para. 53)</source>
        <translation>الأبعاد الأربعة (الفقرة 53 من الوثيقة المرجعية)</translation>
    </message>
    <message>
        <location filename="strings.py" line="424"/>
        <source>The partnering agreement.</source>
        <translation>اتفاق الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="425"/>
        <source>The problem for children this partnership would address.</source>
        <translation>المشكلة التي تعالجها هذه الشراكة لصالح الأطفال.</translation>
    </message>
    <message>
        <location filename="strings.py" line="426"/>
        <source>Tick when verified, with evidence attached.</source>
        <translation>حدّد عند التحقق، مع إرفاق الدليل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="427"/>
        <source>Total planned budget, digits only.</source>
        <translation>مجموع الميزانية المخططة، أرقام فقط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="428"/>
        <source>Track record</source>
        <translation>السجل السابق</translation>
    </message>
    <message>
        <location filename="strings.py" line="429"/>
        <source>Transparency</source>
        <translation>الشفافية</translation>
    </message>
    <message>
        <location filename="strings.py" line="430"/>
        <source>Unacceptable risk stops the engagement.</source>
        <translation>الخطر غير المقبول يوقف التعامل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="431"/>
        <source>Valid legal registration</source>
        <translation>تسجيل قانوني ساري</translation>
    </message>
    <message>
        <location filename="strings.py" line="432"/>
        <source>Value added</source>
        <translation>القيمة المضافة</translation>
    </message>
    <message>
        <location filename="strings.py" line="433"/>
        <source>Value added compared with alternatives</source>
        <translation>القيمة المضافة مقارنةً بالبدائل</translation>
    </message>
    <message>
        <location filename="strings.py" line="434"/>
        <source>Weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <location filename="strings.py" line="435"/>
        <source>What changes</source>
        <translation>ما الذي يتغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="436"/>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <location filename="strings.py" line="437"/>
        <source>Who is there, their interest and influence (1 low - 5 high), current relation.</source>
        <translation>مَن الموجود، واهتمامه وتأثيره (1 منخفض - 5 مرتفع)، والعلاقة الحالية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="438"/>
        <source>Why not applicable</source>
        <translation>سبب عدم الانطباق</translation>
    </message>
    <message>
        <location filename="strings.py" line="439"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="strings.py" line="440"/>
        <source>e.g. 36</source>
        <translation>مثلًا 36</translation>
    </message>
    <message>
        <location filename="strings.py" line="441"/>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
</context>
<context>
    <name>emergency templates</name>
    <message>
        <location filename="strings.py" line="442"/>
        <source>Access to affected areas is cut by insecurity or floods</source>
        <translation>انقطاع الوصول إلى المناطق المتضررة بسبب انعدام الأمن أو الفيضانات</translation>
    </message>
    <message>
        <location filename="strings.py" line="443"/>
        <source>Attendance records</source>
        <translation>سجلات الحضور</translation>
    </message>
    <message>
        <location filename="strings.py" line="444"/>
        <source>Attendance sheets</source>
        <translation>كشوف الحضور</translation>
    </message>
    <message>
        <location filename="strings.py" line="445"/>
        <source>Case management</source>
        <translation>إدارة الحالات</translation>
    </message>
    <message>
        <location filename="strings.py" line="446"/>
        <source>Case management database</source>
        <translation>قاعدة بيانات إدارة الحالات</translation>
    </message>
    <message>
        <location filename="strings.py" line="447"/>
        <source>Child protection</source>
        <translation>حماية الطفل</translation>
    </message>
    <message>
        <location filename="strings.py" line="448"/>
        <source>Child protection and psychosocial support in emergencies</source>
        <translation>حماية الطفل والدعم النفسي الاجتماعي في حالات الطوارئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="449"/>
        <source>Child-friendly spaces: staff and running costs</source>
        <translation>المساحات الصديقة للطفل: الموظفون وتكاليف التشغيل</translation>
    </message>
    <message>
        <location filename="strings.py" line="450"/>
        <source>Children access psychosocial support in child-friendly spaces</source>
        <translation>يحصل الأطفال على الدعم النفسي الاجتماعي في المساحات الصديقة للطفل</translation>
    </message>
    <message>
        <location filename="strings.py" line="451"/>
        <source>Children attending child-friendly spaces</source>
        <translation>الأطفال المترددون على المساحات الصديقة للطفل</translation>
    </message>
    <message>
        <location filename="strings.py" line="452"/>
        <source>Children under five screened and treated for severe wasting</source>
        <translation>أطفال دون الخامسة خضعوا للفحص والعلاج من الهزال الشديد</translation>
    </message>
    <message>
        <location filename="strings.py" line="453"/>
        <source>Children under five screened for wasting</source>
        <translation>أطفال دون الخامسة خضعوا لفحص الهزال</translation>
    </message>
    <message>
        <location filename="strings.py" line="454"/>
        <source>Children with severe wasting admitted for treatment</source>
        <translation>أطفال مصابون بالهزال الشديد أُدخلوا للعلاج</translation>
    </message>
    <message>
        <location filename="strings.py" line="455"/>
        <source>Code of conduct signed by all staff; PSEA focal point</source>
        <translation>مدونة سلوك يوقعها جميع الموظفين؛ جهة تنسيق للحماية من الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="456"/>
        <source>Distribution records and water trucking logs</source>
        <translation>سجلات التوزيع وسجلات نقل المياه بالشاحنات</translation>
    </message>
    <message>
        <location filename="strings.py" line="457"/>
        <source>Diversion of supplies</source>
        <translation>تحويل الإمدادات عن وجهتها</translation>
    </message>
    <message>
        <location filename="strings.py" line="458"/>
        <source>Emergency nutrition: screening and treatment of wasting</source>
        <translation>التغذية في حالات الطوارئ: فحص الهزال وعلاجه</translation>
    </message>
    <message>
        <location filename="strings.py" line="459"/>
        <source>Emergency water, sanitation and hygiene response</source>
        <translation>الاستجابة الطارئة في مجال المياه والصرف الصحي والنظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="460"/>
        <source>Households receiving a hygiene kit</source>
        <translation>الأسر التي تتلقى مجموعة لوازم النظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="461"/>
        <source>Hygiene kits</source>
        <translation>مجموعات لوازم النظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="462"/>
        <source>Hygiene kits distributed and hygiene promotion done</source>
        <translation>توزيع مجموعات لوازم النظافة الصحية وتنفيذ التوعية بالنظافة</translation>
    </message>
    <message>
        <location filename="strings.py" line="463"/>
        <source>Hygiene promotion</source>
        <translation>التوعية بالنظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="464"/>
        <source>Mobile screening teams</source>
        <translation>فرق الفحص المتنقلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="465"/>
        <source>Monitoring and coordination</source>
        <translation>الرصد والتنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="466"/>
        <source>Monitoring and reporting</source>
        <translation>الرصد والإبلاغ</translation>
    </message>
    <message>
        <location filename="strings.py" line="467"/>
        <source>Monthly stock reports; buffer stock of 20%</source>
        <translation>تقارير شهرية عن المخزون؛ مخزون احتياطي بنسبة 20٪</translation>
    </message>
    <message>
        <location filename="strings.py" line="468"/>
        <source>Nutrition</source>
        <translation>التغذية</translation>
    </message>
    <message>
        <location filename="strings.py" line="469"/>
        <source>People reached by hygiene promotion</source>
        <translation>الأشخاص الذين وصلتهم التوعية بالنظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="470"/>
        <source>People with access to 15 litres of safe water a day</source>
        <translation>الأشخاص الذين يحصلون على 15 لترًا من المياه المأمونة يوميًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="471"/>
        <source>Pre-position stocks; agree access with local authorities</source>
        <translation>التخزين المسبق للإمدادات؛ الاتفاق على الوصول مع السلطات المحلية</translation>
    </message>
    <message>
        <location filename="strings.py" line="472"/>
        <source>Recreational and learning kits</source>
        <translation>مجموعات الترفيه والتعلم</translation>
    </message>
    <message>
        <location filename="strings.py" line="473"/>
        <source>Safe water supplied to affected households</source>
        <translation>توفير المياه المأمونة للأسر المتضررة</translation>
    </message>
    <message>
        <location filename="strings.py" line="474"/>
        <source>Safeguarding incidents</source>
        <translation>حوادث الحماية والصون</translation>
    </message>
    <message>
        <location filename="strings.py" line="475"/>
        <source>Screening registers</source>
        <translation>سجلات الفحص</translation>
    </message>
    <message>
        <location filename="strings.py" line="476"/>
        <source>Signed distribution lists</source>
        <translation>قوائم التوزيع الموقعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="477"/>
        <source>Staff turnover in volunteers</source>
        <translation>تبدّل المتطوعين</translation>
    </message>
    <message>
        <location filename="strings.py" line="478"/>
        <source>Stock-outs of therapeutic food</source>
        <translation>نفاد مخزون الأغذية العلاجية</translation>
    </message>
    <message>
        <location filename="strings.py" line="479"/>
        <source>Therapeutic food (RUTF)</source>
        <translation>الأغذية العلاجية الجاهزة للاستخدام</translation>
    </message>
    <message>
        <location filename="strings.py" line="480"/>
        <source>Third-party monitoring and spot checks</source>
        <translation>الرصد من طرف ثالث والفحوص الفجائية</translation>
    </message>
    <message>
        <location filename="strings.py" line="481"/>
        <source>Train a reserve of volunteers</source>
        <translation>تدريب مجموعة احتياطية من المتطوعين</translation>
    </message>
    <message>
        <location filename="strings.py" line="482"/>
        <source>Training of health workers</source>
        <translation>تدريب العاملين الصحيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="483"/>
        <source>Treatment cards and monthly reports</source>
        <translation>بطاقات العلاج والتقارير الشهرية</translation>
    </message>
    <message>
        <location filename="strings.py" line="484"/>
        <source>Unaccompanied and separated children identified and referred</source>
        <translation>تحديد الأطفال غير المصحوبين والمنفصلين عن ذويهم وإحالتهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="485"/>
        <source>WASH</source>
        <translation>المياه والصرف الصحي والنظافة الصحية</translation>
    </message>
    <message>
        <location filename="strings.py" line="486"/>
        <source>Water trucking and treatment</source>
        <translation>نقل المياه بالشاحنات ومعالجتها</translation>
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
        <location filename="strings.py" line="568"/>
        <source>Could not write the backup {out}: {problem}; nothing was written.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية {out}: {problem}؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="578"/>
        <source>Encrypting {path} did not copy every row ({tables}); the database was left as it was.</source>
        <translation>لم ينسخ تشفير {path} كل الصفوف ({tables})؛ فتُركت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location filename="strings.py" line="591"/>
        <source>Give the passphrase the database had when {path} was made (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>أدخل عبارة المرور التي كانت لقاعدة البيانات عند إنشاء {path} (متغير البيئة {env}، أو ‎--passphrase-fd N، أو اكتبها عند طلبها).</translation>
    </message>
    <message>
        <location filename="strings.py" line="598"/>
        <source>HQ at {server} shows a certificate this computer does not trust, so nothing was sent. Check the address; if HQ uses its own certificate authority, name its certificate file in the SSL_CERT_FILE environment variable.</source>
        <translation>يقدّم المقر في {server} شهادة لا يثق بها هذا الحاسوب، لذا لم يُرسَل شيء. تحقّق من العنوان؛ وإذا كان المقر يستخدم جهة تصديق خاصة به، فاذكر ملف شهادتها في متغير البيئة SSL_CERT_FILE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="604"/>
        <source>HQ revoked this computer, so its PartnerDesk data and keys have been removed from it. Ask HQ for a new enrollment code to work here again.</source>
        <translation>ألغى المقر تسجيل هذا الحاسوب، لذا حُذفت منه بيانات PartnerDesk ومفاتيحها. اطلب من المقر رمز تسجيل جديدًا لتعمل هنا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="618"/>
        <source>Lock after {low} to {high} minutes without use.</source>
        <translation>القفل بعد {low} إلى {high} دقيقة دون استخدام.</translation>
    </message>
    <message>
        <location filename="strings.py" line="628"/>
        <source>No backup at {path}.</source>
        <translation>لا توجد نسخة احتياطية في {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="666"/>
        <source>Refusing to send this office&apos;s data unencrypted to {server}: use its https:// address, or add --allow-http if HQ is on a network you trust.</source>
        <translation>رُفض الإرسال: كانت بيانات هذا المكتب ستُرسَل دون تشفير إلى {server}. استخدم عنوانه الذي يبدأ بـ https://‏، أو أضف ‎--allow-http‏ إذا كان المقر على شبكة تثق بها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="699"/>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four, e.g. ABCD-EFGH-...</source>
        <translation>هذا ليس مفتاح استرداد: فهو يتكوّن من 32 حرفًا ورقمًا في مجموعات من أربعة، مثل ABCD-EFGH-...</translation>
    </message>
    <message>
        <location filename="strings.py" line="705"/>
        <source>The HQ database {store} let this command in without a password or certificate: a store reachable over the network must require one for admin commands (pg_hba.conf: scram-sha-256 or cert).</source>
        <translation>سمحت قاعدة بيانات المقر {store} لهذا الأمر بالدخول دون كلمة مرور أو شهادة: يجب أن تطلب القاعدة التي يمكن الوصول إليها عبر الشبكة إحداهما لأوامر الإدارة (pg_hba.conf: ‏scram-sha-256 أو cert).</translation>
    </message>
    <message>
        <location filename="strings.py" line="710"/>
        <source>The connection to the HQ database {store} is not encrypted, so the password and the office&apos;s data would cross the network readable: add sslmode=verify-full (or require) to the URL and turn on ssl at the server.</source>
        <translation>الاتصال بقاعدة بيانات المقر {store} غير مشفّر، فستعبر كلمة المرور وبيانات المكتب الشبكة مقروءة: أضف sslmode=verify-full (أو require) إلى العنوان وفعّل ssl على الخادم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="724"/>
        <source>The folder {folder} does not exist; create it or choose another --db path.</source>
        <translation>المجلد {folder} غير موجود؛ أنشئه أو اختر مسارًا آخر لـ ‎--db.</translation>
    </message>
    <message>
        <location filename="strings.py" line="727"/>
        <source>The key file {file} is damaged ({problem}); restore it from a backup. The database was not changed.</source>
        <translation>ملف المفتاح {file} تالف ({problem})؛ استعده من نسخة احتياطية. لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="745"/>
        <source>The passphrase cannot be only spaces.</source>
        <translation>لا يمكن أن تتكوّن عبارة المرور من مسافات فقط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="746"/>
        <source>The passphrase is too easy to guess: common words, names, dates, keyboard rows and repeats are tried first. Add an unusual word or two.</source>
        <translation>عبارة المرور سهلة التخمين جدًا: فالكلمات الشائعة والأسماء والتواريخ وصفوف لوحة المفاتيح والتكرارات تُجرَّب أولًا. أضف كلمة أو كلمتين غير مألوفتين.</translation>
    </message>
    <message>
        <location filename="strings.py" line="747"/>
        <source>The passphrase is too short: use at least {n} characters (three or four words are easier to remember than symbols).</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم {n} من الأحرف على الأقل (ثلاث كلمات أو أربع أسهل تذكّرًا من الرموز).</translation>
    </message>
    <message>
        <location filename="strings.py" line="786"/>
        <source>This recovery key does not open {path}; nothing was changed. Check it with headquarters (it belongs to one computer).</source>
        <translation>مفتاح الاسترداد هذا لا يفتح {path}؛ لم يُغيَّر شيء. تحقق منه مع المقر (فهو خاص بحاسوب واحد).</translation>
    </message>
    <message>
        <location filename="strings.py" line="811"/>
        <source>Wrong passphrase for {path}; nothing was changed. Type it again (capital letters count).</source>
        <translation>عبارة مرور خاطئة لـ {path}؛ لم يُغيَّر شيء. اكتبها مرة أخرى (حالة الأحرف مهمة).</translation>
    </message>
    <message>
        <location filename="strings.py" line="844"/>
        <source>{file} cannot be read: permission denied.</source>
        <translation>لا يمكن قراءة {file}: الإذن مرفوض.</translation>
    </message>
    <message>
        <location filename="strings.py" line="884"/>
        <source>{path} already exists; a backup is restored into a new file. Move the current database aside (or choose another --db), then restore again. Nothing was changed.</source>
        <translation>{path} موجود بالفعل؛ تُستعاد النسخة الاحتياطية في ملف جديد. انقل قاعدة البيانات الحالية جانبًا (أو اختر ‎--db آخر)، ثم أعد الاستعادة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="886"/>
        <source>{path} cannot be read with the key in {file}: that key file belongs to another database, or the database is damaged. Nothing was changed.</source>
        <translation>لا يمكن قراءة {path} بالمفتاح الموجود في {file}: ملف المفتاح هذا يخص قاعدة بيانات أخرى، أو أن قاعدة البيانات تالفة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="892"/>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} مجلد وليس ملف نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="896"/>
        <source>{path} is damaged ({problem}); no backup was written. Restore the last good backup.</source>
        <translation>{path} تالف ({problem})؛ لم تُكتب أي نسخة احتياطية. استعد آخر نسخة احتياطية سليمة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="898"/>
        <source>{path} is damaged or not a PartnerDesk backup ({problem}); it cannot be restored. Nothing was changed.</source>
        <translation>{path} تالف أو ليس نسخة احتياطية من PartnerDesk ({problem})؛ لا يمكن استعادته. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="900"/>
        <source>{path} is encrypted but its key file {file} is missing; put the key file back beside it (from a backup). The database was not changed.</source>
        <translation>{path} مشفَّر لكن ملف مفتاحه {file} مفقود؛ أعد ملف المفتاح إلى جانبه (من نسخة احتياطية). لم تُغيَّر قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="901"/>
        <source>{path} is encrypted: give its passphrase (the {env} environment variable, --passphrase-fd N, or type it when asked).</source>
        <translation>{path} مشفَّر: أدخل عبارة المرور الخاصة به (متغير البيئة {env}، أو ‎--passphrase-fd N، أو اكتبها عند طلبها).</translation>
    </message>
    <message>
        <location filename="strings.py" line="902"/>
        <source>{path} is not a PartnerDesk database (not an SQLite file, and no key file {file} beside it, as an encrypted one has).</source>
        <translation>{path} ليس قاعدة بيانات PartnerDesk (ليس ملف SQLite، ولا يوجد بجانبه ملف مفتاح {file} كما في قاعدة البيانات المشفَّرة).</translation>
    </message>
    <message>
        <location filename="strings.py" line="904"/>
        <source>{path} is not encrypted yet: open it once with PartnerDesk (any command) to encrypt it.</source>
        <translation>{path} غير مشفَّر بعد: افتحه مرة واحدة بـ PartnerDesk (بأي أمر) لتشفيره.</translation>
    </message>
    <message>
        <location filename="strings.py" line="905"/>
        <source>{path} is open in another PartnerDesk: close it there, then open it again here to encrypt it. Nothing was changed.</source>
        <translation>{path} مفتوح في نسخة أخرى من PartnerDesk: أغلقه هناك، ثم افتحه هنا مرة أخرى لتشفيره. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="907"/>
        <source>{path} is the demo, which is not encrypted and holds made-up records only: it is not backed up.</source>
        <translation>{path} هو العرض التجريبي، وهو غير مشفَّر ولا يحتوي إلا على سجلات وهمية: لا تُنشأ له نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="908"/>
        <source>{path} needs a passphrase to protect it: give one (the {env} environment variable, --passphrase-fd N, or type it when asked); nothing was changed.</source>
        <translation>يحتاج {path} إلى عبارة مرور لحمايته: أدخل واحدة (متغير البيئة {env}، أو ‎--passphrase-fd N، أو اكتبها عند طلبها)؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="638"/>
        <source>No partnership, agreement or programme document has the reference {ref}; &apos;list partnerships&apos; and &apos;list agreements&apos; show the references.</source>
        <translation>لا توجد شراكة أو اتفاق أو وثيقة برنامج بالمرجع {ref}؛ يعرض الأمران ‎&apos;list partnerships&apos;‎ و‎&apos;list agreements&apos;‎ المراجع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="756"/>
        <source>The status history is never edited or deleted; a status change that was a mistake is corrected by a new status change.</source>
        <translation>لا يُعدَّل سجل الحالات ولا يُحذف أبدًا؛ يُصحَّح تغيير الحالة الخاطئ بتغيير حالة جديد.</translation>
    </message>
    <message>
        <location filename="strings.py" line="487"/>
        <source>&apos;{budget}&apos; is not an amount; write digits only, e.g. 250000.</source>
        <translation>«{budget}» ليس مبلغًا؛ اكتب أرقامًا فقط، مثل 250000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="488"/>
        <source>&apos;{item}&apos; was already done on {day}.</source>
        <translation>«{item}» أُنجز بالفعل في {day}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="489"/>
        <source>&apos;{value}&apos; is not a date PartnerDesk can read; write it as YYYY-MM-DD (e.g. 2024-03-31) or DD/MM/YYYY.</source>
        <translation>«{value}» ليس تاريخًا يستطيع PartnerDesk قراءته؛ اكتبه بالصيغة YYYY-MM-DD (مثل 2024-03-31) أو DD/MM/YYYY.</translation>
    </message>
    <message>
        <location filename="strings.py" line="490"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>«{value}» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD، مثل 2026-03-31.</translation>
    </message>
    <message>
        <location filename="strings.py" line="491"/>
        <source>&apos;{value}&apos; is not an amount; write digits, e.g. 12500.00.</source>
        <translation>«{value}» ليس مبلغًا؛ اكتب أرقامًا، مثل 12500.00.</translation>
    </message>
    <message>
        <location filename="strings.py" line="492"/>
        <source>&apos;{value}&apos; is not an e-mail address; write it as name@example.org.</source>
        <translation>«{value}» ليس عنوان بريد إلكتروني؛ اكتبه بالصيغة name@example.org.</translation>
    </message>
    <message>
        <location filename="strings.py" line="493"/>
        <source>(no partner)</source>
        <translation>(لا شريك)</translation>
    </message>
    <message>
        <location filename="strings.py" line="495"/>
        <source>A draft is started; finish the ratings and submit it.</source>
        <translation>بدأت مسودة؛ أكمل التقديرات وقدّمها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="497"/>
        <source>A new partnership cannot start as active: save it as proposed, complete the partnering agreement (cycle phase iii, Building), then activate it.</source>
        <translation>لا يمكن أن تبدأ شراكة جديدة بحالة نشطة: احفظها بوصفها مقترحة، وأكمل اتفاق الشراكة (المرحلة iii من الدورة، البناء)، ثم فعّلها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="498"/>
        <source>A no-cost extension cannot change UNICEF&apos;s contribution; type it as a budget change too.</source>
        <translation>لا يمكن لتمديد بلا تكلفة أن يغيّر مساهمة اليونيسف؛ حدّده أيضًا بوصفه تغييرًا في الميزانية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="499"/>
        <source>A no-cost extension moves the end date later; check the new end date.</source>
        <translation>التمديد بلا تكلفة يؤخر تاريخ الانتهاء؛ تحقق من تاريخ الانتهاء الجديد.</translation>
    </message>
    <message>
        <location filename="strings.py" line="500"/>
        <source>A partner can only be cleared when every check is verified; not yet: {missing}. Tick them or record the outcome as rejected.</source>
        <translation>لا يمكن اعتماد الشريك إلا بعد التحقق من كل بند؛ لم يتم بعد: {missing}. حدّدها أو سجّل النتيجة بوصفها مرفوضة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="501"/>
        <source>A partner in the list no longer exists; remove it.</source>
        <translation>أحد الشركاء في القائمة لم يعد موجودًا؛ احذفه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="503"/>
        <source>A risk rating needs the date of the assessment that justifies it.</source>
        <translation>يحتاج تصنيف المخاطر إلى تاريخ التقييم الذي يسوّغه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="504"/>
        <source>A simplified humanitarian PD covers at most six months; shorten it or use a standard PD.</source>
        <translation>وثيقة البرنامج الإنسانية المبسطة تغطي ستة أشهر على الأكثر؛ قصّر مدتها أو استخدم وثيقة برنامج عادية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="505"/>
        <source>A {current} partnership cannot become {status}; allowed: {allowed}.</source>
        <translation>لا يمكن لشراكة حالتها {current} أن تصبح {status}؛ المسموح: {allowed}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="506"/>
        <source>Add at least one output with an indicator to the results framework.</source>
        <translation>أضف إلى إطار النتائج ناتجًا واحدًا على الأقل مع مؤشر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="507"/>
        <source>Add the budget: at least one activity with its amounts.</source>
        <translation>أضف الميزانية: نشاطًا واحدًا على الأقل مع مبالغه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="508"/>
        <source>Add the partners to this partnership before agreeing on a partnering agreement.</source>
        <translation>أضف الشركاء إلى هذه الشراكة قبل الاتفاق على اتفاق الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="509"/>
        <source>Agreement {reference} ended after its end date ({end}).</source>
        <translation>انتهى الاتفاق {reference} بعد تاريخ انتهائه ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="510"/>
        <source>Agreement {reference} ends on {end}.</source>
        <translation>ينتهي الاتفاق {reference} في {end}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="511"/>
        <source>Agreement {reference} is past its end date ({end}); end it or amend it with a no-cost extension.</source>
        <translation>تجاوز الاتفاق {reference} تاريخ انتهائه ({end})؛ أنهِه أو عدّله بتمديد بلا تكلفة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="512"/>
        <source>Agreement {reference} is suspended; resume it before adding a programme document.</source>
        <translation>الاتفاق {reference} معلق؛ استأنفه قبل إضافة وثيقة برنامج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="513"/>
        <source>Agreement {reference} is {status}; a new programme document needs an agreement in force.</source>
        <translation>حالة الاتفاق {reference}: {status}؛ تحتاج وثيقة البرنامج الجديدة إلى اتفاق نافذ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="514"/>
        <source>Agreement {reference} is {status}; this changes only through an amendment.</source>
        <translation>حالة الاتفاق {reference}: {status}؛ لا يتغير ذلك إلا بتعديل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="515"/>
        <source>Amendment {reference} is still a draft; sign or cancel it before starting another.</source>
        <translation>التعديل {reference} ما زال مسودة؛ وقّعه أو ألغه قبل بدء تعديل آخر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="516"/>
        <source>Amounts in other currencies than {currency} were left out of the totals.</source>
        <translation>استُبعدت من المجاميع المبالغ بعملات غير {currency}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="517"/>
        <source>An MoU is non-financial and has no programme documents; choose a PCA or an SSFA.</source>
        <translation>مذكرة التفاهم غير مالية وليست لها وثائق برامج؛ اختر PCA أو SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="518"/>
        <source>An SSFA funds at most {ceiling} USD from UNICEF (this budget asks {amount}); use a PCA instead.</source>
        <translation>يموّل SSFA ما لا يزيد على {ceiling} دولار أمريكي من اليونيسف (تطلب هذه الميزانية {amount})؛ استخدم PCA بدلًا منه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="519"/>
        <source>An SSFA funds at most {ceiling} USD; for {amount} choose the partner&apos;s PCA, or lower the amount.</source>
        <translation>يموّل SSFA ما لا يزيد على {ceiling} دولار أمريكي؛ لمبلغ {amount} اختر PCA الخاص بالشريك أو خفّض المبلغ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="520"/>
        <source>An active partnership needs a designated focal point; choose one before activating.</source>
        <translation>تحتاج الشراكة النشطة إلى جهة تنسيق معيّنة؛ اختر واحدة قبل التفعيل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="521"/>
        <source>An active partnership needs a designated focal point; choose one first.</source>
        <translation>تحتاج الشراكة النشطة إلى جهة تنسيق معيّنة؛ اختر واحدة أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="522"/>
        <source>An active partnership needs a lead partner; add one on the Partners tab before activating.</source>
        <translation>تحتاج الشراكة النشطة إلى شريك رئيسي؛ أضف واحدًا في تبويب الشركاء قبل التفعيل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="523"/>
        <source>An active partnership needs a start date.</source>
        <translation>تحتاج الشراكة النشطة إلى تاريخ بدء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="524"/>
        <source>An active partnership needs an agreement: complete the partnering agreement (cycle phase iii, Building) or record a signed agreement, then activate it.</source>
        <translation>تحتاج الشراكة النشطة إلى اتفاق: أكمل اتفاق الشراكة (المرحلة iii من الدورة، البناء) أو سجّل اتفاقًا موقعًا، ثم فعّلها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="525"/>
        <source>Another PartnerDesk is writing to {path}; try again in a moment.</source>
        <translation>نسخة أخرى من PartnerDesk تكتب في {path}؛ حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="526"/>
        <source>Attach the due diligence documents.</source>
        <translation>أرفق وثائق العناية الواجبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="527"/>
        <source>Attach the full programme document.</source>
        <translation>أرفق وثيقة البرنامج كاملة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="528"/>
        <source>Attach the scan of the signed original.</source>
        <translation>أرفق النسخة الممسوحة ضوئيًا من الأصل الموقع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="529"/>
        <source>Authorised officer {i} needs a name and a title.</source>
        <translation>يحتاج الموظف المفوض {i} إلى اسم ومسمى وظيفي.</translation>
    </message>
    <message>
        <location filename="strings.py" line="530"/>
        <source>Authorised officer {i}: {problem}</source>
        <translation>الموظف المفوض {i}: {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="531"/>
        <source>Benchmark self-assessment {year} not submitted yet</source>
        <translation>التقييم الذاتي للمعايير لعام {year} لم يُقدَّم بعد</translation>
    </message>
    <message>
        <location filename="strings.py" line="532"/>
        <source>Benchmark {code}: your rating differs from what the data shows; explain why in the evidence before submitting.</source>
        <translation>المعيار {code}: تقديرك يختلف عما تُظهره البيانات؛ اشرح السبب في الأدلة قبل التقديم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="533"/>
        <source>Budget line {i} is linked to output {link}, which does not exist (outputs 1 to {outputs}).</source>
        <translation>بند الميزانية {i} مرتبط بالناتج {link}، وهو غير موجود (النواتج من 1 إلى {outputs}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="534"/>
        <source>Budget line {i} needs an activity.</source>
        <translation>يحتاج بند الميزانية {i} إلى نشاط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="535"/>
        <source>Budget line {i}: amounts cannot be negative.</source>
        <translation>بند الميزانية {i}: لا يمكن أن تكون المبالغ سالبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="536"/>
        <source>Budget line {i}: the activity ends before it starts.</source>
        <translation>بند الميزانية {i}: ينتهي النشاط قبل أن يبدأ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="537"/>
        <source>Budget line {i}: {problem}</source>
        <translation>بند الميزانية {i}: {problem}</translation>
    </message>
    <message>
        <location filename="strings.py" line="538"/>
        <source>CSO type</source>
        <translation>نوع منظمة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="539"/>
        <source>Cancelling needs a justification: say why in a sentence.</source>
        <translation>يحتاج الإلغاء إلى مسوّغ: اذكر السبب في جملة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="540"/>
        <source>Cannot create the database: the folder {folder} does not exist.</source>
        <translation>تعذّر إنشاء قاعدة البيانات: المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <location filename="strings.py" line="541"/>
        <source>Cannot reach HQ at {server} ({reason}); the changes stay on this computer and will be sent at the next sync.</source>
        <translation>تعذّر الوصول إلى المقر على {server} ({reason})؛ تبقى التغييرات على هذا الحاسوب وستُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="544"/>
        <source>Change number {seq} of this device was already used for another change (was the database restored from a backup?). Enroll the device again with a new code.</source>
        <translation>رقم التغيير {seq} لهذا الجهاز استُخدم من قبل لتغيير آخر (هل استُعيدت قاعدة البيانات من نسخة احتياطية؟). سجّل الجهاز من جديد برمز جديد.</translation>
    </message>
    <message>
        <location filename="strings.py" line="545"/>
        <source>Change {seq} edits a record of office {office}, which this device is not enrolled for.</source>
        <translation>التغيير {seq} يعدّل سجلًا للمكتب {office}، وهذا الجهاز غير مسجل له.</translation>
    </message>
    <message>
        <location filename="strings.py" line="546"/>
        <source>Change {seq} is for office {office}, which this device is not enrolled for.</source>
        <translation>التغيير {seq} خاص بالمكتب {office}، وهذا الجهاز غير مسجل له.</translation>
    </message>
    <message>
        <location filename="strings.py" line="547"/>
        <source>Changes refused by headquarters</source>
        <translation>تغييرات رفضها المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="548"/>
        <source>Choose UNICEF&apos;s signatory among the office&apos;s authorised officers.</source>
        <translation>اختر موقّع اليونيسف من بين الموظفين المفوضين في المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="549"/>
        <source>Choose a PCA of this partner, or make an SSFA.</source>
        <translation>اختر PCA لهذا الشريك، أو أنشئ SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="550"/>
        <source>Choose a benchmark of this assessment&apos;s set for the action.</source>
        <translation>اختر للإجراء معيارًا من مجموعة معايير هذا التقييم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="551"/>
        <source>Choose a file to attach.</source>
        <translation>اختر ملفًا لإرفاقه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="552"/>
        <source>Choose a role for {partner}.</source>
        <translation>اختر دورًا لـ {partner}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="553"/>
        <source>Choose a standard or a humanitarian programme document.</source>
        <translation>اختر وثيقة برنامج عادية أو إنسانية.</translation>
    </message>
    <message>
        <location filename="strings.py" line="554"/>
        <source>Choose at least one contribution to results (programme, knowledge, advocacy or resources).</source>
        <translation>اختر مساهمة واحدة على الأقل في النتائج (البرنامج أو المعرفة أو المناصرة أو الموارد).</translation>
    </message>
    <message>
        <location filename="strings.py" line="555"/>
        <source>Choose met, partly met or not met.</source>
        <translation>اختر مستوفى أو مستوفى جزئيًا أو غير مستوفى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="556"/>
        <source>Choose one of the listed values for {field}.</source>
        <translation>اختر إحدى القيم المدرجة لـ {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="557"/>
        <source>Choose one of the pre-certified templates.</source>
        <translation>اختر أحد القوالب المعتمدة مسبقًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="558"/>
        <source>Choose the agreement this programme document falls under.</source>
        <translation>اختر الاتفاق الذي تندرج تحته وثيقة البرنامج هذه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="559"/>
        <source>Choose the cash-transfer modality (direct cash transfer, reimbursement or direct payment).</source>
        <translation>اختر طريقة التحويل النقدي (تحويل نقدي مباشر أو سداد أو دفع مباشر).</translation>
    </message>
    <message>
        <location filename="strings.py" line="560"/>
        <source>Choose the office that makes this agreement.</source>
        <translation>اختر المكتب الذي يبرم هذا الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="561"/>
        <source>Choose the partner organisation that signs this agreement.</source>
        <translation>اختر المنظمة الشريكة التي توقّع هذا الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="562"/>
        <source>Choose the partner this due-diligence outcome is about.</source>
        <translation>اختر الشريك الذي تخصه نتيجة العناية الواجبة هذه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="563"/>
        <source>Choose the type of agreement: PCA, SSFA or MoU.</source>
        <translation>اختر نوع الاتفاق: PCA أو SSFA أو مذكرة تفاهم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="564"/>
        <source>Choose to keep your value or the one at headquarters.</source>
        <translation>اختر الإبقاء على قيمتك أو على القيمة الموجودة في المقر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="565"/>
        <source>Closing needs the final review: record its date first.</source>
        <translation>يتطلب الإغلاق المراجعة النهائية: سجّل تاريخها أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="566"/>
        <source>Complete phase {earlier} ({title}) first, or mark it not applicable with a reason; phase {code} comes after it.</source>
        <translation>أكمل المرحلة {earlier} ({title}) أولًا، أو اجعلها غير منطبقة مع ذكر السبب؛ المرحلة {code} تأتي بعدها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="567"/>
        <source>Conflicts waiting</source>
        <translation>تعارضات في الانتظار</translation>
    </message>
    <message>
        <location filename="strings.py" line="569"/>
        <source>Deferred emergency item due: {item} (due {due}).</source>
        <translation>بند طوارئ مؤجل مستحق: {item} (موعده {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="570"/>
        <source>Deferred emergency item overdue: {item} (due {due}).</source>
        <translation>بند طوارئ مؤجل متأخر: {item} (موعده {due}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="571"/>
        <source>Deferred item &apos;{item}&apos; is not done (due {due}); complete it before closing.</source>
        <translation>البند المؤجل «{item}» لم يُنجز (موعده {due})؛ أكمله قبل الإغلاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="572"/>
        <source>Describe the exit conditions: when and how the partnership ends or is handed over.</source>
        <translation>صِف شروط الخروج: متى وكيف تنتهي الشراكة أو تُسلَّم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="573"/>
        <source>Due diligence cannot be skipped: every partner must be screened.</source>
        <translation>لا يمكن تخطي العناية الواجبة: يجب فحص كل شريك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="574"/>
        <source>Due diligence is not cleared for {names}; record a cleared outcome in phase ii (Identifying) before the partnering agreement.</source>
        <translation>العناية الواجبة غير معتمدة لـ {names}؛ سجّل نتيجة معتمدة في المرحلة ii (التحديد) قبل اتفاق الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="575"/>
        <source>Due diligence not done</source>
        <translation>العناية الواجبة لم تُجرَ</translation>
    </message>
    <message>
        <location filename="strings.py" line="576"/>
        <source>Due diligence not finished</source>
        <translation>العناية الواجبة لم تكتمل</translation>
    </message>
    <message>
        <location filename="strings.py" line="577"/>
        <source>Due diligence rejected {names} (unacceptable risk); remove them from the partnership before the partnering agreement.</source>
        <translation>رفضت العناية الواجبة {names} (مخاطر غير مقبولة)؛ احذفهم من الشراكة قبل اتفاق الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="579"/>
        <source>Enter the UNICEF amount for the response, e.g. 40000.</source>
        <translation>أدخل مبلغ اليونيسف للاستجابة، مثل 40000.</translation>
    </message>
    <message>
        <location filename="strings.py" line="580"/>
        <source>Enter the address of headquarters, e.g. https://hq.example.org:8700.</source>
        <translation>أدخل عنوان المقر، مثل https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="581"/>
        <source>Enter the enrollment code headquarters gave you for this computer.</source>
        <translation>أدخل رمز التسجيل الذي أعطاك إياه المقر لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="582"/>
        <source>Every focal point needs a name (UNICEF or partner side).</source>
        <translation>تحتاج كل جهة تنسيق إلى اسم (من جانب اليونيسف أو الشريك).</translation>
    </message>
    <message>
        <location filename="strings.py" line="583"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation>اكتملت كل المراحل. واصل مراجعة الشراكة كل عام.</translation>
    </message>
    <message>
        <location filename="strings.py" line="584"/>
        <source>Export to .csv or .xlsx, not &apos;{name}&apos;.</source>
        <translation>صدّر إلى ‎.csv أو ‎.xlsx، لا إلى «{name}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="585"/>
        <source>For a civil society organisation, the CSO type</source>
        <translation>نوع منظمة المجتمع المدني، إذا كان الشريك منظمة مجتمع مدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="586"/>
        <source>Give the action a due date (YYYY-MM-DD), so it comes back as an alert.</source>
        <translation>حدّد للإجراء موعدًا نهائيًا (YYYY-MM-DD) ليعود في صورة تنبيه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="587"/>
        <source>Give the date of the evaluation that decides whether the partnership continues.</source>
        <translation>اذكر تاريخ التقييم الذي يقرر استمرار الشراكة من عدمه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="588"/>
        <source>Give the date of the screening.</source>
        <translation>اذكر تاريخ الفحص.</translation>
    </message>
    <message>
        <location filename="strings.py" line="589"/>
        <source>Give the date.</source>
        <translation>اذكر التاريخ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="590"/>
        <source>Give the outcome of the due diligence: cleared, cleared with conditions, or rejected.</source>
        <translation>اذكر نتيجة العناية الواجبة: معتمد، أو معتمد بشروط، أو مرفوض.</translation>
    </message>
    <message>
        <location filename="strings.py" line="592"/>
        <source>Give the planned lifespan in months, from 1 to {most} (e.g. 36 for three years).</source>
        <translation>اذكر المدة المخططة بالأشهر، من 1 إلى {most} (مثل 36 لثلاث سنوات).</translation>
    </message>
    <message>
        <location filename="strings.py" line="593"/>
        <source>Give the risk rating the assessment concluded.</source>
        <translation>اذكر تصنيف المخاطر الذي خلص إليه التقييم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="595"/>
        <source>HQ answered {status}</source>
        <translation>ردّ المقر بـ {status}</translation>
    </message>
    <message>
        <location filename="strings.py" line="596"/>
        <source>HQ at {server} answered something that is not PartnerDesk&apos;s (is the address right?).</source>
        <translation>ردّ المقر على {server} بشيء لا يخص PartnerDesk (هل العنوان صحيح؟).</translation>
    </message>
    <message>
        <location filename="strings.py" line="597"/>
        <source>HQ at {server} answered the enrollment without a token (is the address right?).</source>
        <translation>ردّ المقر على {server} على طلب التسجيل دون رمز مميز (هل العنوان صحيح؟).</translation>
    </message>
    <message>
        <location filename="strings.py" line="599"/>
        <source>HQ does not accept this device&apos;s token (revoked?). Ask HQ for a new enrollment code and run sync with --enroll CODE.</source>
        <translation>لا يقبل المقر الرمز المميز لهذا الجهاز (هل أُلغي؟). اطلب من المقر رمز تسجيل جديدًا وشغّل sync مع ‎--enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="600"/>
        <source>HQ does not know the table &apos;{table}&apos; (is HQ older than this device?).</source>
        <translation>لا يعرف المقر الجدول «{table}» (هل إصدار المقر أقدم من هذا الجهاز؟).</translation>
    </message>
    <message>
        <location filename="strings.py" line="601"/>
        <source>HQ kept asking for parts of this file already sent ({tries} chunks sent); it was set aside.</source>
        <translation>ظل المقر يطلب أجزاء من هذا الملف أُرسلت من قبل (أُرسل {tries} جزءًا)؛ فوُضع جانبًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="602"/>
        <source>HQ refused the request ({status}: {detail}).</source>
        <translation>رفض المقر الطلب ({status}: {detail}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="603"/>
        <source>HQ refused this change of {table} {row}: {problems}.</source>
        <translation>رفض المقر هذا التغيير في {table} {row}: {problems}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="606"/>
        <source>Import {batch} ({file}) was already undone on {when}.</source>
        <translation>أُلغي الاستيراد {batch} ({file}) بالفعل في {when}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="607"/>
        <source>Import {batch} cannot be undone: {blockers}. Remove or change those first.</source>
        <translation>لا يمكن التراجع عن الاستيراد {batch}: {blockers}. احذفها أو غيّرها أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="608"/>
        <source>It ends ({end}) before it starts ({start}); fix the dates.</source>
        <translation>ينتهي ({end}) قبل أن يبدأ ({start})؛ صحّح التواريخ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="609"/>
        <source>It ends after its end date ({end}); to stop it earlier, terminate it.</source>
        <translation>ينتهي بعد تاريخ انتهائه ({end})؛ لإيقافه قبل ذلك، أنهِه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="610"/>
        <source>It has no end date; to stop it, terminate it.</source>
        <translation>ليس له تاريخ انتهاء؛ لإيقافه، أنهِه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="611"/>
        <source>It is typed as a {kind} but does not change {fields}; make that change or correct the type of amendment.</source>
        <translation>نوعه المحدد {kind} لكنه لا يغيّر {fields}؛ أجرِ ذلك التغيير أو صحّح نوع التعديل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="612"/>
        <source>It starts on {start}; it becomes active on that date (automatically).</source>
        <translation>يبدأ في {start}؛ ويصبح نشطًا في ذلك التاريخ (تلقائيًا).</translation>
    </message>
    <message>
        <location filename="strings.py" line="613"/>
        <source>It would be in force from {start}, before it is signed on {signed}; set the start date to the date of the later signature or after it.</source>
        <translation>سيكون نافذًا من {start}، قبل توقيعه في {signed}؛ اجعل تاريخ البدء في تاريخ آخر توقيع أو بعده.</translation>
    </message>
    <message>
        <location filename="strings.py" line="614"/>
        <source>Its agreement {reference} is {status}.</source>
        <translation>حالة اتفاقه {reference}: {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="615"/>
        <source>Its agreement {reference} is {status}; the agreement must be signed before its programme documents.</source>
        <translation>حالة اتفاقه {reference}: {status}؛ يجب توقيع الاتفاق قبل وثائق برامجه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="616"/>
        <source>Its end date ({end}) has passed; end it instead of resuming it.</source>
        <translation>مضى تاريخ انتهائه ({end})؛ أنهِه بدلًا من استئنافه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="617"/>
        <source>Its end date ({end}) has passed; end it instead.</source>
        <translation>مضى تاريخ انتهائه ({end})؛ أنهِه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="619"/>
        <source>Management costs cannot be negative.</source>
        <translation>لا يمكن أن تكون تكاليف الإدارة سالبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="620"/>
        <source>Name at least one place the response covers.</source>
        <translation>اذكر مكانًا واحدًا على الأقل تغطيه الاستجابة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="621"/>
        <source>Name the partner&apos;s signatory (an authorised officer).</source>
        <translation>اذكر موقّع الشريك (موظفًا مفوضًا).</translation>
    </message>
    <message>
        <location filename="strings.py" line="622"/>
        <source>Name the person who signs.</source>
        <translation>اذكر الشخص الذي يوقّع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="623"/>
        <source>Name who reviewed the due diligence.</source>
        <translation>اذكر من راجع العناية الواجبة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="624"/>
        <source>No HQ server address yet: give one with --server URL.</source>
        <translation>لا يوجد بعد عنوان لخادم المقر: حدّده باستخدام ‎--server URL.</translation>
    </message>
    <message>
        <location filename="strings.py" line="625"/>
        <source>No UNICEF officer of office {office} is authorised to sign on {day}; add the office&apos;s authorised officers first (Signatures tab &gt; UNICEF signatories, or &apos;officers add&apos;).</source>
        <translation>لا يوجد موظف من اليونيسف في المكتب {office} مفوض بالتوقيع في {day}؛ أضف أولًا الموظفين المفوضين في المكتب (تبويب التوقيعات &gt; موقّعو اليونيسف، أو ‎«officers add»).</translation>
    </message>
    <message>
        <location filename="strings.py" line="626"/>
        <source>No agreement or programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>لا يوجد اتفاق ولا وثيقة برنامج بالمرجع {reference}. يعرض الأمر ‎«list agreements» المراجع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="627"/>
        <source>No agreement with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>لا يوجد اتفاق بالمرجع {reference}. يعرض الأمر ‎«list agreements» المراجع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="629"/>
        <source>No benchmark set is recorded in this database. Synchronise with headquarters to receive one.</source>
        <translation>لا توجد مجموعة معايير مسجلة في قاعدة البيانات هذه. زامن مع المقر لتلقي واحدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="630"/>
        <source>No database at {path}. Check the path, or run &apos;python main.py demo --db {path}&apos; to make one.</source>
        <translation>لا توجد قاعدة بيانات في {path}. تحقق من المسار، أو شغّل ‎«python main.py demo --db {path}» لإنشاء واحدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="631"/>
        <source>No database is open, so attachments have nowhere to go.</source>
        <translation>لا توجد قاعدة بيانات مفتوحة، فلا مكان لحفظ المرفقات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="632"/>
        <source>No file at {path}; choose the scanned document again.</source>
        <translation>لا يوجد ملف في {path}؛ اختر المستند الممسوح ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="633"/>
        <source>No focal point designated</source>
        <translation>لم تُعيَّن جهة تنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="634"/>
        <source>No import batch {batch}. &apos;import list&apos; shows the batches with their ids.</source>
        <translation>لا توجد دفعة استيراد {batch}. يعرض الأمر ‎«import list» الدفعات مع معرّفاتها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="635"/>
        <source>No office on this computer is in country {country}; set up that office first, or leave out --country.</source>
        <translation>لا يوجد على هذا الحاسوب مكتب في البلد {country}؛ أعدّ ذلك المكتب أولًا، أو احذف ‎--country.</translation>
    </message>
    <message>
        <location filename="strings.py" line="636"/>
        <source>No partner with reference {reference}.</source>
        <translation>لا يوجد شريك بالمرجع {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="637"/>
        <source>No partnership with reference {reference}.</source>
        <translation>لا توجد شراكة بالمرجع {reference}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="639"/>
        <source>No programme document with reference {reference}. &apos;list agreements&apos; shows the references.</source>
        <translation>لا توجد وثيقة برنامج بالمرجع {reference}. يعرض الأمر ‎«list agreements» المراجع.</translation>
    </message>
    <message>
        <location filename="strings.py" line="640"/>
        <source>No {kind} template in {lang} on this device; synchronise with HQ to receive the templates.</source>
        <translation>لا يوجد قالب {kind} باللغة {lang} على هذا الجهاز؛ زامن مع المقر لتلقي القوالب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="641"/>
        <source>Office {code} is not set up on this computer; give an office code with --office, e.g. KEN.</source>
        <translation>المكتب {code} غير مُعدّ على هذا الحاسوب؛ حدّد رمز مكتب باستخدام ‎--office، مثل KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="642"/>
        <source>Office {office} already exists at HQ; offices are added there (&apos;hq office add&apos;).</source>
        <translation>المكتب {office} موجود بالفعل في المقر؛ تُضاف المكاتب هناك ‎(«hq office add»).</translation>
    </message>
    <message>
        <location filename="strings.py" line="643"/>
        <source>Office {office} is not set up on this computer.</source>
        <translation>المكتب {office} غير مُعدّ على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="644"/>
        <source>Office {office} is not set up on this computer; choose one of the offices in the list.</source>
        <translation>المكتب {office} غير مُعدّ على هذا الحاسوب؛ اختر أحد المكاتب في القائمة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="645"/>
        <source>Only a submitted self-assessment can be acknowledged.</source>
        <translation>لا يمكن الإقرار إلا بتقييم ذاتي مقدَّم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="646"/>
        <source>Output {i} needs a title.</source>
        <translation>يحتاج الناتج {i} إلى عنوان.</translation>
    </message>
    <message>
        <location filename="strings.py" line="647"/>
        <source>Output {i}, indicator {j} ({name}) needs a target.</source>
        <translation>الناتج {i}، المؤشر {j} ({name}): يحتاج إلى قيمة مستهدفة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="648"/>
        <source>Output {i}, indicator {j} needs a name.</source>
        <translation>الناتج {i}، المؤشر {j}: يحتاج إلى اسم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="649"/>
        <source>Owner: {owner}. From the {year} self-assessment, benchmark {code}.</source>
        <translation>المسؤول: {owner}. من التقييم الذاتي لعام {year}، المعيار {code}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="650"/>
        <source>Owner: {owner}. From the {year} self-assessment.</source>
        <translation>المسؤول: {owner}. من التقييم الذاتي لعام {year}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="651"/>
        <source>PCA {reference} is {status}; an emergency PD needs a signed PCA, or make an SSFA.</source>
        <translation>حالة PCA {reference}: {status}؛ تحتاج وثيقة برنامج الطوارئ إلى PCA موقع، أو أنشئ SSFA.</translation>
    </message>
    <message>
        <location filename="strings.py" line="652"/>
        <source>Partner type &apos;{value}&apos; is not one PartnerDesk knows (e.g. Civil Society Organization, Government, UN Agency); map its values in the column mapping.</source>
        <translation>نوع الشريك «{value}» غير معروف لدى PartnerDesk (مثل Civil Society Organization أو Government أو UN Agency)؛ طابق قيمه في مطابقة الأعمدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="653"/>
        <source>Partner {who} is not in PartnerDesk; import the partners first (import partners FILE).</source>
        <translation>الشريك {who} غير موجود في PartnerDesk؛ استورد الشركاء أولًا ‎(import partners FILE).</translation>
    </message>
    <message>
        <location filename="strings.py" line="654"/>
        <source>Phase {code} ({phase}) open since {started}</source>
        <translation>المرحلة {code} ({phase}) مفتوحة منذ {started}</translation>
    </message>
    <message>
        <location filename="strings.py" line="655"/>
        <source>Phase {code} ({title}): {step}</source>
        <translation>المرحلة {code} ({title}): {step}</translation>
    </message>
    <message>
        <location filename="strings.py" line="656"/>
        <source>Pick a known partner or type the new partner&apos;s name.</source>
        <translation>اختر شريكًا معروفًا أو اكتب اسم الشريك الجديد.</translation>
    </message>
    <message>
        <location filename="strings.py" line="657"/>
        <source>Planned lifespan ended on {end} without an evaluation</source>
        <translation>انتهت المدة المخططة في {end} دون تقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="658"/>
        <source>Programme document {reference} is still {status}; end or terminate it first.</source>
        <translation>حالة وثيقة البرنامج {reference} ما زالت {status}؛ أنهِها أو افسخها أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="659"/>
        <source>Rate benchmark {code} before submitting.</source>
        <translation>قدّر المعيار {code} قبل التقديم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="660"/>
        <source>Rate the office against the benchmarks and submit it to headquarters.</source>
        <translation>قيّم المكتب وفق المعايير وقدّم التقييم إلى المقر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="661"/>
        <source>Rate {area} as one of: {ratings} (gender, equity and sustainability only).</source>
        <translation>قدّر {area} بأحد ما يلي: {ratings} (النوع الاجتماعي والإنصاف والاستدامة فقط).</translation>
    </message>
    <message>
        <location filename="strings.py" line="662"/>
        <source>Reading or writing {path} failed (a disk or file-system error: {reason}).</source>
        <translation>فشلت قراءة {path} أو الكتابة فيه (خطأ في القرص أو نظام الملفات: {reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="663"/>
        <source>Record a due-diligence outcome for {names} before completing phase ii.</source>
        <translation>سجّل نتيجة العناية الواجبة لـ {names} قبل إكمال المرحلة ii.</translation>
    </message>
    <message>
        <location filename="strings.py" line="664"/>
        <source>Recorded when the emergency agreement was launched.</source>
        <translation>سُجّل عند إطلاق اتفاق الطوارئ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="665"/>
        <source>Records not synced for a long time</source>
        <translation>سجلات لم تُزامن منذ مدة طويلة</translation>
    </message>
    <message>
        <location filename="strings.py" line="667"/>
        <source>Review due by {due}</source>
        <translation>المراجعة مستحقة بحلول {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="668"/>
        <source>Review overdue since {due}</source>
        <translation>المراجعة متأخرة منذ {due}</translation>
    </message>
    <message>
        <location filename="strings.py" line="669"/>
        <source>Risk assessment of {day} is older than 4 years</source>
        <translation>تقييم المخاطر المؤرخ {day} عمره أكثر من 4 سنوات</translation>
    </message>
    <message>
        <location filename="strings.py" line="670"/>
        <source>Risk assessment of {day} turns 4 years old soon</source>
        <translation>تقييم المخاطر المؤرخ {day} سيبلغ عمره 4 سنوات قريبًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="671"/>
        <source>Risk {i} needs both the risk and its mitigation.</source>
        <translation>يحتاج الخطر {i} إلى وصف الخطر وإجراء التخفيف منه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="672"/>
        <source>Row {n} ({who}): choose a relation from the list.</source>
        <translation>الصف {n} ({who}): اختر علاقة من القائمة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="673"/>
        <source>Row {n} ({who}): influence must be a number from 1 to 5.</source>
        <translation>الصف {n} ({who}): يجب أن يكون التأثير رقمًا من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="674"/>
        <source>Row {n} ({who}): interest must be a number from 1 to 5.</source>
        <translation>الصف {n} ({who}): يجب أن يكون الاهتمام رقمًا من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="strings.py" line="675"/>
        <source>Row {n} of the landscape needs a name (who).</source>
        <translation>يحتاج الصف {n} من خريطة الجهات الفاعلة إلى اسم (مَن).</translation>
    </message>
    <message>
        <location filename="strings.py" line="676"/>
        <source>SSFA {reference} signed electronically.</source>
        <translation>وُقّع SSFA {reference} إلكترونيًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="677"/>
        <source>Same name as line {line} and no vendor number to tell them apart; keep one row.</source>
        <translation>الاسم نفسه كما في السطر {line} ولا يوجد رقم مورّد للتمييز بينهما؛ أبقِ صفًا واحدًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="678"/>
        <source>Same reference {reference} as line {line}.</source>
        <translation>المرجع نفسه {reference} كما في السطر {line}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="679"/>
        <source>Same vendor number {vendor} as line {line}; keep one row.</source>
        <translation>رقم المورّد نفسه {vendor} كما في السطر {line}؛ أبقِ صفًا واحدًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="680"/>
        <source>Say what the amendment changes: budget, results, a no-cost extension, an administrative change or other.</source>
        <translation>اذكر ما يغيّره التعديل: الميزانية، أو النتائج، أو تمديد بلا تكلفة، أو تغيير إداري، أو غير ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="681"/>
        <source>Say which assessment was done: {kinds}.</source>
        <translation>اذكر التقييم الذي أُجري: {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="682"/>
        <source>Say which office the officer signs for.</source>
        <translation>اذكر المكتب الذي يوقّع الموظف باسمه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="683"/>
        <source>Say why this phase does not apply to this partnership.</source>
        <translation>اذكر سبب عدم انطباق هذه المرحلة على هذه الشراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="684"/>
        <source>Self-assessment action due: {action}</source>
        <translation>إجراء تقييم ذاتي مستحق: {action}</translation>
    </message>
    <message>
        <location filename="strings.py" line="685"/>
        <source>Set the start and end dates first.</source>
        <translation>حدّد تاريخي البدء والانتهاء أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="687"/>
        <source>Sign it, or move its start date by an amendment.</source>
        <translation>وقّعه، أو غيّر تاريخ بدئه بتعديل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="688"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the agreement (or to the partner) first.</source>
        <translation>يتطلب التوقيع الموظفين المفوضين لدى الشريك؛ أضفهم أولًا إلى الاتفاق (أو إلى الشريك).</translation>
    </message>
    <message>
        <location filename="strings.py" line="689"/>
        <source>Signing needs the partner&apos;s authorised officers; add them to the programme document (or to the partner) first.</source>
        <translation>يتطلب التوقيع الموظفين المفوضين لدى الشريك؛ أضفهم أولًا إلى وثيقة البرنامج (أو إلى الشريك).</translation>
    </message>
    <message>
        <location filename="strings.py" line="690"/>
        <source>Signing needs the signed agreement: attach the scan (kind: signed document).</source>
        <translation>يتطلب التوقيع الاتفاق الموقع: أرفق النسخة الممسوحة ضوئيًا (النوع: مستند موقع).</translation>
    </message>
    <message>
        <location filename="strings.py" line="691"/>
        <source>Signing needs the signed programme document: attach the scan (kind: signed document).</source>
        <translation>يتطلب التوقيع وثيقة البرنامج الموقعة: أرفق النسخة الممسوحة ضوئيًا (النوع: مستند موقع).</translation>
    </message>
    <message>
        <location filename="strings.py" line="692"/>
        <source>Signing needs {missing}; fill them in on the signatures tab.</source>
        <translation>يتطلب التوقيع {missing}؛ املأها في تبويب التوقيعات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="693"/>
        <source>Skipped: {reason}.</source>
        <translation>تم التخطي: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="694"/>
        <source>Terminating needs the termination document: attach it (kind: termination document).</source>
        <translation>يتطلب الإنهاء وثيقة الإنهاء: أرفقها (النوع: وثيقة إنهاء).</translation>
    </message>
    <message>
        <location filename="strings.py" line="696"/>
        <source>That agreement no longer exists; it may have been deleted.</source>
        <translation>ذلك الاتفاق لم يعد موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
        <location filename="strings.py" line="697"/>
        <source>That date is in the future; give the date it happened.</source>
        <translation>ذلك التاريخ في المستقبل؛ اذكر تاريخ حدوثه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="698"/>
        <source>That deferred item no longer exists.</source>
        <translation>ذلك البند المؤجل لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="700"/>
        <source>That officer is no longer on the list.</source>
        <translation>ذلك الموظف لم يعد في القائمة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="701"/>
        <source>That organisation is no longer in the landscape; it may have been removed.</source>
        <translation>تلك المنظمة لم تعد في خريطة الجهات الفاعلة؛ ربما أُزيلت.</translation>
    </message>
    <message>
        <location filename="strings.py" line="702"/>
        <source>That partner no longer exists; it may have been deleted.</source>
        <translation>ذلك الشريك لم يعد موجودًا؛ ربما حُذف.</translation>
    </message>
    <message>
        <location filename="strings.py" line="703"/>
        <source>That partnership no longer exists; it may have been deleted.</source>
        <translation>تلك الشراكة لم تعد موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <location filename="strings.py" line="704"/>
        <source>That programme document no longer exists; it may have been deleted.</source>
        <translation>وثيقة البرنامج تلك لم تعد موجودة؛ ربما حُذفت.</translation>
    </message>
    <message>
        <location filename="strings.py" line="706"/>
        <source>The PSEA assessment date</source>
        <translation>تاريخ تقييم الحماية من الاستغلال والانتهاك الجنسيين</translation>
    </message>
    <message>
        <location filename="strings.py" line="707"/>
        <source>The action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="strings.py" line="708"/>
        <source>The address starts with https:// or http:// and names the server, e.g. https://hq.example.org:8700.</source>
        <translation>يبدأ العنوان بـ https://‎ أو http://‎ ويذكر اسم الخادم، مثل https://hq.example.org:8700.</translation>
    </message>
    <message>
        <location filename="strings.py" line="709"/>
        <source>The amended end date ({end}) is after the agreement&apos;s ({agreement_end}); amend the agreement first.</source>
        <translation>تاريخ الانتهاء المعدَّل ({end}) بعد تاريخ انتهاء الاتفاق ({agreement_end})؛ عدّل الاتفاق أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="711"/>
        <source>The core values assessment date</source>
        <translation>تاريخ تقييم القيم الأساسية</translation>
    </message>
    <message>
        <location filename="strings.py" line="712"/>
        <source>The country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="strings.py" line="713"/>
        <source>The country programme period (e.g. 2023-2027)</source>
        <translation>فترة البرنامج القطري (مثل 2023-2027)</translation>
    </message>
    <message>
        <location filename="strings.py" line="714"/>
        <source>The disk holding {path} is full; free some space and try again (nothing was changed).</source>
        <translation>القرص الذي يحوي {path} ممتلئ؛ أفرغ بعض المساحة وحاول مرة أخرى (لم يتغير شيء).</translation>
    </message>
    <message>
        <location filename="strings.py" line="715"/>
        <source>The due diligence date</source>
        <translation>تاريخ العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="716"/>
        <source>The end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="717"/>
        <source>The end of the delegation</source>
        <translation>نهاية التفويض</translation>
    </message>
    <message>
        <location filename="strings.py" line="718"/>
        <source>The evaluation ({due}) must come before the end of the planned lifespan ({end}), so that it can decide on continuation.</source>
        <translation>يجب أن يسبق التقييم ({due}) نهاية المدة المخططة ({end})، ليتسنى البت في الاستمرار.</translation>
    </message>
    <message>
        <location filename="strings.py" line="719"/>
        <source>The field {name} is too large to send to headquarters ({size} once compressed; a change may take {most}). Shorten it and save the record again.</source>
        <translation>الحقل {name} أكبر من أن يُرسل إلى المقر ({size} بعد الضغط؛ والحد الأقصى للتغيير {most}). اختصره واحفظ السجل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="720"/>
        <source>The file from HQ does not match its hash.</source>
        <translation>الملف الوارد من المقر لا يطابق بصمته.</translation>
    </message>
    <message>
        <location filename="strings.py" line="721"/>
        <source>The file is larger than 200 MB; scan it at a lower resolution.</source>
        <translation>حجم الملف أكبر من 200 ميغابايت؛ امسحه ضوئيًا بدقة أقل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="722"/>
        <source>The file of this attachment is not on this computer yet; sync to fetch it.</source>
        <translation>ملف هذا المرفق ليس على هذا الحاسوب بعد؛ زامن لجلبه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="723"/>
        <source>The folder {folder} does not exist; choose another place.</source>
        <translation>المجلد {folder} غير موجود؛ اختر مكانًا آخر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="725"/>
        <source>The folder {folder} is read-only: PartnerDesk keeps a journal beside the database there. Move the database to a folder you can write to.</source>
        <translation>المجلد {folder} للقراءة فقط: يحتفظ PartnerDesk بسجل بجوار قاعدة البيانات هناك. انقل قاعدة البيانات إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="726"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>أُلغي الاستيراد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="728"/>
        <source>The legal name</source>
        <translation>الاسم القانوني</translation>
    </message>
    <message>
        <location filename="strings.py" line="729"/>
        <source>The mapping {file} is for {other}, not {kind}.</source>
        <translation>المطابقة {file} مخصصة لـ {other}، لا لـ {kind}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="730"/>
        <source>The mapping {file} is not valid JSON ({reason}).</source>
        <translation>المطابقة {file} ليست JSON صالحًا ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="731"/>
        <source>The mapping {file} needs an object with &quot;columns&quot;: {{&quot;Header&quot;: &quot;field&quot;}}.</source>
        <translation>تحتاج المطابقة {file} إلى كائن فيه &quot;columns&quot;: {{&quot;Header&quot;: &quot;field&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="732"/>
        <source>The mapping {file} sends &apos;{header}&apos; to &apos;{target}&apos;, which is not a field; use one of: {fields}.</source>
        <translation>المطابقة {file} ترسل «{header}» إلى «{target}»، وهو ليس حقلًا؛ استخدم أحد الحقول: {fields}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="733"/>
        <source>The mapping {file}: &quot;values&quot; maps a field to {{&quot;value in the file&quot;: &quot;code&quot;}}.</source>
        <translation>المطابقة {file}: ‏&quot;values&quot; تربط حقلًا بـ {{&quot;value in the file&quot;: &quot;code&quot;}}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="734"/>
        <source>The office code</source>
        <translation>رمز المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="735"/>
        <source>The office code is 2 to 8 letters or digits, e.g. KEN or KEN-NBO.</source>
        <translation>يتكون رمز المكتب من 2 إلى 8 حروف أو أرقام، مثل KEN أو KEN-NBO.</translation>
    </message>
    <message>
        <location filename="strings.py" line="736"/>
        <source>The office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="737"/>
        <source>The officer&apos;s name</source>
        <translation>اسم الموظف</translation>
    </message>
    <message>
        <location filename="strings.py" line="738"/>
        <source>The officer&apos;s title</source>
        <translation>المسمى الوظيفي للموظف</translation>
    </message>
    <message>
        <location filename="strings.py" line="739"/>
        <source>The owner of the action</source>
        <translation>المسؤول عن الإجراء</translation>
    </message>
    <message>
        <location filename="strings.py" line="740"/>
        <source>The partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="741"/>
        <source>The partner&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>لم يؤكد موقّع الشريك التوقيع الإلكتروني؛ يؤكده كل موقّع على حدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="742"/>
        <source>The partner&apos;s signature date</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="743"/>
        <source>The partner&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>تاريخ توقيع الشريك ({day}) في المستقبل؛ ولا يجوز أن يكون تاريخ التوقيع كذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="744"/>
        <source>The partnership review cannot be skipped; record it, even briefly.</source>
        <translation>لا يمكن تخطي مراجعة الشراكة؛ سجّلها ولو باختصار.</translation>
    </message>
    <message>
        <location filename="strings.py" line="748"/>
        <source>The planned end</source>
        <translation>النهاية المخططة</translation>
    </message>
    <message>
        <location filename="strings.py" line="749"/>
        <source>The programme document ends after its agreement ({end}); end it by then or amend the agreement.</source>
        <translation>تنتهي وثيقة البرنامج بعد اتفاقها ({end})؛ أنهِها بحلول ذلك التاريخ أو عدّل الاتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="750"/>
        <source>The record this amendment changes no longer exists.</source>
        <translation>السجل الذي يغيّره هذا التعديل لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="751"/>
        <source>The risk assessment date</source>
        <translation>تاريخ تقييم المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="753"/>
        <source>The row has no programme document reference.</source>
        <translation>لا يحوي الصف مرجع وثيقة برنامج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="754"/>
        <source>The row names no agreement.</source>
        <translation>لا يذكر الصف أي اتفاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="755"/>
        <source>The server address must start with http:// or https://, not &apos;{server}&apos;.</source>
        <translation>يجب أن يبدأ عنوان الخادم بـ http://‎ أو https://‎، لا «{server}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="757"/>
        <source>The stored file {file} is damaged (its content changed); attach the document again.</source>
        <translation>الملف المحفوظ {file} تالف (تغيّر محتواه)؛ أرفق المستند مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="758"/>
        <source>The title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="strings.py" line="759"/>
        <source>The year {year} is out of range; choose a year between {first} and {last}.</source>
        <translation>السنة {year} خارج النطاق؛ اختر سنة بين {first} و{last}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="760"/>
        <source>The {field} is {length} characters long; at most {limit} fit.</source>
        <translation>طول الحقل {field} هو {length} حرفًا؛ والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="761"/>
        <source>The {year} self-assessment of {office} was submitted and is locked; headquarters can reopen it if it must change.</source>
        <translation>قُدِّم التقييم الذاتي لعام {year} الخاص بـ {office} وهو مقفل؛ يمكن للمقر إعادة فتحه إن لزم تغييره.</translation>
    </message>
    <message>
        <location filename="strings.py" line="762"/>
        <source>There is no file {path}.</source>
        <translation>لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="763"/>
        <source>There is no mapping file {path}.</source>
        <translation>لا يوجد ملف مطابقة {path}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="764"/>
        <source>There is no office {code} in this database; check the office code.</source>
        <translation>لا يوجد مكتب {code} في قاعدة البيانات هذه؛ تحقق من رمز المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="765"/>
        <source>This action no longer exists.</source>
        <translation>هذا الإجراء لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="766"/>
        <source>This amendment changes nothing yet: edit the draft so that it makes the change it is for, or cancel it.</source>
        <translation>هذا التعديل لا يغيّر شيئًا بعد: عدّل المسودة لتُجري التغيير المقصود، أو ألغها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="769"/>
        <source>This benchmark is not part of the assessment&apos;s benchmark set.</source>
        <translation>هذا المعيار ليس جزءًا من مجموعة معايير التقييم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="770"/>
        <source>This change holds text that is not valid UTF-8 (was the record edited outside PartnerDesk?); correct the record and save it again.</source>
        <translation>يحوي هذا التغيير نصًا ليس UTF-8 صالحًا (هل عُدّل السجل خارج PartnerDesk؟)؛ صحّح السجل واحفظه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="771"/>
        <source>This change is too large for headquarters: {reason}</source>
        <translation>هذا التغيير أكبر مما يقبله المقر: {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="772"/>
        <source>This change&apos;s stored text is damaged (not JSON); edit the record again.</source>
        <translation>النص المحفوظ لهذا التغيير تالف (ليس JSON)؛ عدّل السجل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="773"/>
        <source>This change&apos;s stored text is damaged (not a set of fields); edit the record again.</source>
        <translation>النص المحفوظ لهذا التغيير تالف (ليس مجموعة حقول)؛ عدّل السجل مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="774"/>
        <source>This conflict was already resolved or no longer exists.</source>
        <translation>هذا التعارض حُلّ بالفعل أو لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="776"/>
        <source>This device is not enrolled for office {office}.</source>
        <translation>هذا الجهاز غير مسجل للمكتب {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="777"/>
        <source>This device is not enrolled for office {office}; ask HQ for an enrollment that includes it.</source>
        <translation>هذا الجهاز غير مسجل للمكتب {office}؛ اطلب من المقر تسجيلًا يشمله.</translation>
    </message>
    <message>
        <location filename="strings.py" line="778"/>
        <source>This device is not enrolled yet: ask HQ for an enrollment code and run sync with --enroll CODE.</source>
        <translation>هذا الجهاز غير مسجل بعد: اطلب من المقر رمز تسجيل وشغّل sync مع ‎--enroll CODE.</translation>
    </message>
    <message>
        <location filename="strings.py" line="779"/>
        <source>This device no longer has the field {field}.</source>
        <translation>لم يعد لدى هذا الجهاز الحقل {field}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="780"/>
        <source>This is a demo database: it never syncs with headquarters. Open your office&apos;s database to sync.</source>
        <translation>هذه قاعدة بيانات تجريبية: لا تتزامن أبدًا مع المقر. افتح قاعدة بيانات مكتبك للمزامنة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="781"/>
        <source>This is already an amendment; amend the signed record instead.</source>
        <translation>هذا تعديل بالفعل؛ عدّل السجل الموقع بدلًا منه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="784"/>
        <source>This programme document is {status}; this can no longer change here. Amend it instead.</source>
        <translation>حالة وثيقة البرنامج هذه {status}؛ لم يعد ممكنًا تغيير ذلك هنا. عدّلها بتعديل رسمي بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="785"/>
        <source>This record was signed with the {kind} template edition {edition}, which this device does not hold in {lang}; synchronise with HQ to receive it before printing.</source>
        <translation>وُقّع هذا السجل بالإصدار {edition} من قالب {kind}، وهو غير موجود على هذا الجهاز باللغة {lang}؛ زامن مع المقر لتلقيه قبل الطباعة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="787"/>
        <source>This self-assessment no longer exists; it may have been removed.</source>
        <translation>هذا التقييم الذاتي لم يعد موجودًا؛ ربما أُزيل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="788"/>
        <source>This self-assessment record no longer exists.</source>
        <translation>سجل التقييم الذاتي هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="789"/>
        <source>To continue the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>لمواصلة الشراكة تلزم مراجعة خلال الأشهر الاثني عشر السابقة للقرار (من {since} إلى {decided})؛ {when}. سجّل مراجعة في المرحلة ix أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="790"/>
        <source>To expand the partnership it needs a review in the 12 months before the decision ({since} to {decided}); {when}. Record a review in phase ix first.</source>
        <translation>لتوسيع الشراكة تلزم مراجعة خلال الأشهر الاثني عشر السابقة للقرار (من {since} إلى {decided})؛ {when}. سجّل مراجعة في المرحلة ix أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="791"/>
        <source>UNICEF&apos;s signatory</source>
        <translation>موقّع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="792"/>
        <source>UNICEF&apos;s signatory has not confirmed the electronic signature; each signatory confirms it separately.</source>
        <translation>لم يؤكد موقّع اليونيسف التوقيع الإلكتروني؛ يؤكده كل موقّع على حدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="793"/>
        <source>UNICEF&apos;s signature date</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="794"/>
        <source>UNICEF&apos;s signature date ({day}) is in the future; a signature date cannot be.</source>
        <translation>تاريخ توقيع اليونيسف ({day}) في المستقبل؛ ولا يجوز أن يكون تاريخ التوقيع كذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="795"/>
        <source>Unknown amendment type {code}; choose from {codes}.</source>
        <translation>نوع تعديل غير معروف {code}؛ اختر من {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="796"/>
        <source>Unknown attachment kind &apos;{kind}&apos;. Choose one of: {kinds}.</source>
        <translation>نوع مرفق غير معروف «{kind}». اختر أحد الأنواع: {kinds}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="797"/>
        <source>Unknown cash-transfer modality &apos;{code}&apos;; choose from {codes}.</source>
        <translation>طريقة تحويل نقدي غير معروفة «{code}»؛ اختر من {codes}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="798"/>
        <source>Unknown category &apos;{code}&apos;.</source>
        <translation>فئة غير معروفة «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="799"/>
        <source>Unknown detail {name} for a status change.</source>
        <translation>تفصيل غير معروف {name} لتغيير الحالة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="800"/>
        <source>Unknown party &apos;{party}&apos;; a signature is UNICEF&apos;s or the partner&apos;s.</source>
        <translation>طرف غير معروف «{party}»؛ التوقيع إما لليونيسف أو للشريك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="801"/>
        <source>Unknown phase status &apos;{status}&apos;.</source>
        <translation>حالة مرحلة غير معروفة «{status}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="802"/>
        <source>Unknown print language &apos;{lang}&apos;; choose one of {langs}.</source>
        <translation>لغة طباعة غير معروفة «{lang}»؛ اختر إحدى اللغات {langs}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="803"/>
        <source>Unknown report kind &apos;{code}&apos;.</source>
        <translation>نوع تقرير غير معروف «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="804"/>
        <source>Unknown visit kind &apos;{code}&apos;.</source>
        <translation>نوع زيارة غير معروف «{code}».</translation>
    </message>
    <message>
        <location filename="strings.py" line="805"/>
        <source>Unknown {what} &apos;{code}&apos;. Choose one of: {choices}.</source>
        <translation>قيمة غير معروفة لـ {what}: «{code}». اختر إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="806"/>
        <source>Vendor number {number} is already {partner}&apos;s; a vendor number is one partner. Open that partner instead of adding it again.</source>
        <translation>رقم المورّد {number} يخص {partner} بالفعل؛ رقم المورّد لشريك واحد فقط. افتح ذلك الشريك بدلًا من إضافته مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="807"/>
        <source>Write the conditions attached to the clearance.</source>
        <translation>اكتب الشروط المرتبطة بالاعتماد.</translation>
    </message>
    <message>
        <location filename="strings.py" line="808"/>
        <source>Write the country as its three-letter ISO code, e.g. KEN.</source>
        <translation>اكتب البلد برمز ISO المكون من ثلاثة أحرف، مثل KEN.</translation>
    </message>
    <message>
        <location filename="strings.py" line="809"/>
        <source>Write the currency as its three-letter code, e.g. USD.</source>
        <translation>اكتب العملة برمزها المكون من ثلاثة أحرف، مثل USD.</translation>
    </message>
    <message>
        <location filename="strings.py" line="812"/>
        <source>assessment type</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <location filename="strings.py" line="813"/>
        <source>contribution type</source>
        <translation>نوع المساهمة</translation>
    </message>
    <message>
        <location filename="strings.py" line="814"/>
        <source>due diligence status</source>
        <translation>حالة العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="815"/>
        <source>engagement type</source>
        <translation>نوع المشاركة</translation>
    </message>
    <message>
        <location filename="strings.py" line="816"/>
        <source>file {name}: {reason}</source>
        <translation>الملف {name}: {reason}</translation>
    </message>
    <message>
        <location filename="strings.py" line="817"/>
        <source>formality</source>
        <translation>الطابع الرسمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="818"/>
        <source>it belongs to another application</source>
        <translation>يخص تطبيقًا آخر</translation>
    </message>
    <message>
        <location filename="strings.py" line="819"/>
        <source>it has no iati-identifier</source>
        <translation>ليس له iati-identifier</translation>
    </message>
    <message>
        <location filename="strings.py" line="820"/>
        <source>it names no recipient country (a region only, or nothing)</source>
        <translation>لا يذكر أي بلد مستفيد (منطقة فقط، أو لا شيء)</translation>
    </message>
    <message>
        <location filename="strings.py" line="821"/>
        <source>it targets {countries}, not {country}</source>
        <translation>يستهدف {countries}، لا {country}</translation>
    </message>
    <message>
        <location filename="strings.py" line="822"/>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="strings.py" line="823"/>
        <source>looks like {names}</source>
        <translation>يشبه {names}</translation>
    </message>
    <message>
        <location filename="strings.py" line="824"/>
        <source>no office on this computer is in {countries} (the country it targets)</source>
        <translation>لا يوجد على هذا الحاسوب مكتب في {countries} (البلد الذي يستهدفه)</translation>
    </message>
    <message>
        <location filename="strings.py" line="825"/>
        <source>no organisation in the #org column</source>
        <translation>لا توجد منظمة في العمود ‎#org</translation>
    </message>
    <message>
        <location filename="strings.py" line="826"/>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <location filename="strings.py" line="827"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="strings.py" line="828"/>
        <source>none (closed)</source>
        <translation>لا شيء (مغلقة)</translation>
    </message>
    <message>
        <location filename="strings.py" line="829"/>
        <source>partner type</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="830"/>
        <source>region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="831"/>
        <source>risk rating</source>
        <translation>تصنيف المخاطر</translation>
    </message>
    <message>
        <location filename="strings.py" line="832"/>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="strings.py" line="833"/>
        <source>tables {names} are missing</source>
        <translation>الجداول {names} مفقودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="834"/>
        <source>the date UNICEF signed</source>
        <translation>تاريخ توقيع اليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="835"/>
        <source>the date the partner signed</source>
        <translation>تاريخ توقيع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="836"/>
        <source>the default</source>
        <translation>العملة الافتراضية</translation>
    </message>
    <message>
        <location filename="strings.py" line="837"/>
        <source>the last one was on {day}</source>
        <translation>كانت آخر مراجعة في {day}</translation>
    </message>
    <message>
        <location filename="strings.py" line="838"/>
        <source>the partner&apos;s signatory</source>
        <translation>موقّع الشريك</translation>
    </message>
    <message>
        <location filename="strings.py" line="839"/>
        <source>there is none</source>
        <translation>لا توجد أي مراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="840"/>
        <source>{amount} {currency} is still outstanding; it must be reported or returned before closing.</source>
        <translation>ما زال مبلغ {amount} {currency} غير مسوّى؛ يجب الإبلاغ عنه أو إعادته قبل الإغلاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="841"/>
        <source>{field} &apos;{value}&apos; is not known; left empty</source>
        <translation>{field} «{value}» غير معروف؛ تُرك فارغًا</translation>
    </message>
    <message>
        <location filename="strings.py" line="842"/>
        <source>{field} is required to complete this phase.</source>
        <translation>{field} مطلوب لإكمال هذه المرحلة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="843"/>
        <source>{file} cannot be read as CSV at line {line} ({reason}); a quote is probably not closed.</source>
        <translation>تعذّرت قراءة {file} بصيغة CSV عند السطر {line} ({reason})؛ على الأرجح علامة اقتباس غير مغلقة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="845"/>
        <source>{file} declares a DTD or entities, which IATI files never do; PartnerDesk refuses it (it could expand without end).</source>
        <translation>يعلن {file} عن DTD أو كيانات، وهو ما لا تفعله ملفات IATI أبدًا؛ يرفضه PartnerDesk (فقد يتمدد بلا نهاية).</translation>
    </message>
    <message>
        <location filename="strings.py" line="846"/>
        <source>{file} declares a DTD, which IATI files never do; refused.</source>
        <translation>يعلن {file} عن DTD، وهو ما لا تفعله ملفات IATI أبدًا؛ مرفوض.</translation>
    </message>
    <message>
        <location filename="strings.py" line="847"/>
        <source>{file} has no HXL hashtag row (#org, #sector, #adm1 ...) under its headers; add one, or import it as a sheet with a column mapping.</source>
        <translation>لا يحوي {file} صف وسوم HXL ‏(#org و#sector و#adm1 ...) تحت العناوين؛ أضف صفًا، أو استورده جدولًا مع مطابقة للأعمدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="848"/>
        <source>{file} has no sheet &apos;{sheet}&apos;; it has: {sheets}.</source>
        <translation>لا توجد في {file} ورقة «{sheet}»؛ الموجود: {sheets}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="849"/>
        <source>{file} is XML but not an IATI activity file (its root is &lt;{name}&gt;, not &lt;iati-activities&gt;).</source>
        <translation>{file} ملف XML لكنه ليس ملف أنشطة IATI (جذره ‎&lt;{name}&gt;‎، لا ‎&lt;iati-activities&gt;‎).</translation>
    </message>
    <message>
        <location filename="strings.py" line="850"/>
        <source>{file} is a binary file, not a CSV or Excel sheet.</source>
        <translation>{file} ملف ثنائي، وليس جدول CSV أو Excel.</translation>
    </message>
    <message>
        <location filename="strings.py" line="851"/>
        <source>{file} is an old Excel .xls workbook; save it as .xlsx (or CSV UTF-8) and import that.</source>
        <translation>{file} مصنف Excel قديم بصيغة ‎.xls؛ احفظه بصيغة ‎.xlsx (أو CSV UTF-8) واستورد الناتج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="852"/>
        <source>{file} is damaged and cannot be read ({reason}).</source>
        <translation>{file} تالف ولا يمكن قراءته ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="853"/>
        <source>{file} is empty.</source>
        <translation>{file} فارغ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="854"/>
        <source>{file} is empty: there is no header row and no data.</source>
        <translation>{file} فارغ: لا صف عناوين ولا بيانات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="855"/>
        <source>{file} is empty; scan the document again.</source>
        <translation>{file} فارغ؛ امسح المستند ضوئيًا مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="856"/>
        <source>{file} is not UTF-8 text (byte 0x{byte} after line {line}). Save it from Excel as &apos;CSV UTF-8&apos; or as .xlsx, then import it again.</source>
        <translation>{file} ليس نصًا بترميز UTF-8 (البايت 0x{byte} بعد السطر {line}). احفظه من Excel بصيغة «CSV UTF-8» أو ‎.xlsx، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="857"/>
        <source>{file} is not XML ({reason}, line {line}).</source>
        <translation>{file} ليس XML ({reason}، السطر {line}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="858"/>
        <source>{file} is not XML.</source>
        <translation>{file} ليس XML.</translation>
    </message>
    <message>
        <location filename="strings.py" line="859"/>
        <source>{file} is not a readable Excel .xlsx workbook ({reason}).</source>
        <translation>{file} ليس مصنف Excel ‏‎.xlsx قابلًا للقراءة ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="860"/>
        <source>{file} is not whole XML ({reason}, line {line}); if it was downloaded, download it again.</source>
        <translation>{file} ليس XML كاملًا ({reason}، السطر {line})؛ إن كان قد نُزّل، فنزّله مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="861"/>
        <source>{file}: its HXL hashtags cannot be read ({reason}).</source>
        <translation>{file}: تعذّرت قراءة وسوم HXL فيه ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="862"/>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <location filename="strings.py" line="863"/>
        <source>{kind} for {reference}</source>
        <translation>{kind} لـ {reference}</translation>
    </message>
    <message>
        <location filename="strings.py" line="864"/>
        <source>{kind} is made only with a civil society organisation; {partner} is not one. Use an MoU instead.</source>
        <translation>لا يُبرم {kind} إلا مع منظمة مجتمع مدني؛ و{partner} ليست كذلك. استخدم مذكرة تفاهم بدلًا منه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="865"/>
        <source>{label}: created; {notes}</source>
        <translation>{label}: أُنشئ؛ {notes}</translation>
    </message>
    <message>
        <location filename="strings.py" line="866"/>
        <source>{names} failed due diligence (unacceptable risk); remove them from the partnership before activating it.</source>
        <translation>لم يجتز {names} العناية الواجبة (مخاطر غير مقبولة)؛ احذفهم من الشراكة قبل تفعيلها.</translation>
    </message>
    <message>
        <location filename="strings.py" line="870"/>
        <source>{name} is already linked to a partner.</source>
        <translation>{name} مرتبط بالفعل بشريك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="871"/>
        <source>{name} is in an open partnership without a due-diligence outcome. Screen it in cycle phase ii before any partnering agreement.</source>
        <translation>{name} في شراكة مفتوحة دون نتيجة للعناية الواجبة. افحصه في المرحلة ii من الدورة قبل أي اتفاق شراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="875"/>
        <source>{name} is not authorised to sign for UNICEF in office {office} on {day} (authorised: {names}).</source>
        <translation>{name} غير مفوض بالتوقيع باسم اليونيسف في المكتب {office} في {day} (المفوضون: {names}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="877"/>
        <source>{name}: no column holds the partner&apos;s {fields} (headers: {headers}). Choose the columns with a mapping (--map MAPPING.json, or in the import window).</source>
        <translation>{name}: لا يحوي أي عمود {fields} الخاص بالشريك (العناوين: {headers}). اختر الأعمدة بمطابقة ‎(--map MAPPING.json، أو في نافذة الاستيراد).</translation>
    </message>
    <message>
        <location filename="strings.py" line="878"/>
        <source>{name}: no column holds the programme document&apos;s {fields}; choose the columns with a mapping.</source>
        <translation>{name}: لا يحوي أي عمود {fields} الخاص بوثيقة البرنامج؛ اختر الأعمدة بمطابقة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="879"/>
        <source>{name}: plan a new assessment (micro assessment or checklist).</source>
        <translation>{name}: خطّط لتقييم جديد (تقييم مصغّر أو قائمة تحقق).</translation>
    </message>
    <message>
        <location filename="strings.py" line="880"/>
        <source>{partner} already has PCA {reference} for country programme {cp}; one PCA per partner per country programme. Amend that one, or add a programme document.</source>
        <translation>لدى {partner} بالفعل PCA {reference} للبرنامج القطري {cp}؛ PCA واحد لكل شريك في كل برنامج قطري. عدّله، أو أضف وثيقة برنامج.</translation>
    </message>
    <message>
        <location filename="strings.py" line="881"/>
        <source>{partner} failed due diligence (unacceptable risk) and cannot join a partnership.</source>
        <translation>لم يجتز {partner} العناية الواجبة (مخاطر غير مقبولة) ولا يمكنه الانضمام إلى شراكة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="882"/>
        <source>{partner} failed due diligence (unacceptable risk); no agreement can be made with it.</source>
        <translation>لم يجتز {partner} العناية الواجبة (مخاطر غير مقبولة)؛ لا يمكن إبرام أي اتفاق معه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="883"/>
        <source>{partner} is listed twice; keep one row.</source>
        <translation>{partner} مدرج مرتين؛ أبقِ صفًا واحدًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="885"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>تعذّر فتح {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="887"/>
        <source>{path} cannot be read: permission denied.</source>
        <translation>تعذّرت قراءة {path}: الإذن مرفوض.</translation>
    </message>
    <message>
        <location filename="strings.py" line="888"/>
        <source>{path} cannot be used: {reason}.</source>
        <translation>تعذّر استخدام {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="889"/>
        <source>{path} could not be upgraded to this version&apos;s schema ({reason}); the upgrade was rolled back and the file is as it was.</source>
        <translation>تعذّرت ترقية {path} إلى مخطط هذا الإصدار ({reason})؛ أُلغيت الترقية وبقي الملف كما كان.</translation>
    </message>
    <message>
        <location filename="strings.py" line="890"/>
        <source>{path} has schema {version}, this program {latest}; open it once with PartnerDesk (any command) to upgrade it.</source>
        <translation>مخطط {path} هو {version}، ومخطط هذا البرنامج {latest}؛ افتحه مرة واحدة باستخدام PartnerDesk (أي أمر) لترقيته.</translation>
    </message>
    <message>
        <location filename="strings.py" line="891"/>
        <source>{path} is a device or a pipe, not a database file.</source>
        <translation>{path} جهاز أو أنبوب، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="893"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <location filename="strings.py" line="894"/>
        <source>{path} is a symbolic link that loops back on itself; point --db at a real file.</source>
        <translation>{path} رابط رمزي يشير إلى نفسه في حلقة؛ وجّه ‎--db إلى ملف حقيقي.</translation>
    </message>
    <message>
        <location filename="strings.py" line="895"/>
        <source>{path} is an SQLite file but not a PartnerDesk database ({why}); it was not changed.</source>
        <translation>{path} ملف SQLite لكنه ليس قاعدة بيانات PartnerDesk ({why})؛ لم يُغيَّر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="897"/>
        <source>{path} is damaged and cannot be opened ({reason}).</source>
        <translation>{path} تالف ولا يمكن فتحه ({reason}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="899"/>
        <source>{path} is empty, not a PartnerDesk database yet: open it in the PartnerDesk window to start one.</source>
        <translation>{path} فارغ، وليس قاعدة بيانات PartnerDesk بعد: افتحه في نافذة PartnerDesk لبدء واحدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="903"/>
        <source>{path} is not a file; choose the document to attach.</source>
        <translation>{path} ليس ملفًا؛ اختر المستند المراد إرفاقه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="906"/>
        <source>{path} is read-only: PartnerDesk needs to write to it. Change its permissions, or copy it to a folder you can write to.</source>
        <translation>{path} للقراءة فقط: يحتاج PartnerDesk إلى الكتابة فيه. غيّر أذوناته، أو انسخه إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="strings.py" line="909"/>
        <source>{path} needs an upgrade (schema {version} -&gt; {latest}).</source>
        <translation>يحتاج {path} إلى ترقية (المخطط {version} ← {latest}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="910"/>
        <source>{path} was made by a newer PartnerDesk (schema {version}; this program knows up to {latest}). Install the newer version to open it; the file was not changed.</source>
        <translation>أُنشئ {path} بإصدار أحدث من PartnerDesk (المخطط {version}؛ وهذا البرنامج يعرف حتى {latest}). ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <location filename="strings.py" line="911"/>
        <source>{reference} became active on its start date ({start}).</source>
        <translation>أصبح {reference} نشطًا في تاريخ بدئه ({start}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="912"/>
        <source>{reference} cannot become {new} without a justification.</source>
        <translation>لا يمكن أن يصبح {reference} {new} دون مسوّغ.</translation>
    </message>
    <message>
        <location filename="strings.py" line="913"/>
        <source>{reference} cannot go from {old} to {new} (possible: {options}).</source>
        <translation>لا يمكن نقل {reference} من {old} إلى {new} (الممكن: {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="914"/>
        <source>{reference} ended after its end date ({end}).</source>
        <translation>انتهى {reference} بعد تاريخ انتهائه ({end}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="915"/>
        <source>{reference} is active.</source>
        <translation>{reference} نشط.</translation>
    </message>
    <message>
        <location filename="strings.py" line="916"/>
        <source>{reference} is already in PartnerDesk as &apos;{title}&apos; ({status}); it is kept as it is.</source>
        <translation>{reference} موجود بالفعل في PartnerDesk باسم «{title}» ({status})؛ ويُبقى كما هو.</translation>
    </message>
    <message>
        <location filename="strings.py" line="917"/>
        <source>{reference} is an amendment; add programme documents to the signed agreement it amends.</source>
        <translation>{reference} تعديل؛ أضف وثائق البرامج إلى الاتفاق الموقع الذي يعدّله.</translation>
    </message>
    <message>
        <location filename="strings.py" line="918"/>
        <source>{reference} is not an amendment.</source>
        <translation>{reference} ليس تعديلًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="919"/>
        <source>{reference} is suspended; resume it before amending it.</source>
        <translation>{reference} معلق؛ استأنفه قبل تعديله.</translation>
    </message>
    <message>
        <location filename="strings.py" line="920"/>
        <source>{reference} is {status}; it can no longer be amended.</source>
        <translation>حالة {reference}: {status}؛ لم يعد ممكنًا تعديله.</translation>
    </message>
    <message>
        <location filename="strings.py" line="921"/>
        <source>{reference} is {status}; it cannot become {target} (possible: {options}).</source>
        <translation>حالة {reference}: {status}؛ لا يمكن أن يصبح {target} (الممكن: {options}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="922"/>
        <source>{reference} is {status}; only a signed record is amended. Edit the draft directly instead.</source>
        <translation>حالة {reference}: {status}؛ لا يُعدَّل بتعديل رسمي إلا سجل موقع. حرّر المسودة مباشرة بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="923"/>
        <source>{reference} is {status}; only drafts can be deleted. Terminate or cancel it instead.</source>
        <translation>حالة {reference}: {status}؛ لا يمكن حذف إلا المسودات. أنهِه أو ألغه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="924"/>
        <source>{reference} should have started on {start} but is still {status}.</source>
        <translation>كان يُفترض أن يبدأ {reference} في {start} لكن حالته ما زالت {status}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="925"/>
        <source>{reference} signed electronically.</source>
        <translation>وُقّع {reference} إلكترونيًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="926"/>
        <source>{signatory} has not given consent to sign electronically; each signatory confirms it separately.</source>
        <translation>لم يوافق {signatory} على التوقيع الإلكتروني؛ يؤكد كل موقّع ذلك على حدة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="927"/>
        <source>{signatory} is not one of the partner&apos;s authorised officers ({officers}); the partner&apos;s signatory must be.</source>
        <translation>{signatory} ليس من الموظفين المفوضين لدى الشريك ({officers})؛ ويجب أن يكون موقّع الشريك منهم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="928"/>
        <source>{title} (last review {last}). Record the review in cycle phase ix.</source>
        <translation>{title} (آخر مراجعة {last}). سجّل المراجعة في المرحلة ix من الدورة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="929"/>
        <source>{title} (never reviewed). Record the review in cycle phase ix.</source>
        <translation>{title} (لم يُراجَع قط). سجّل المراجعة في المرحلة ix من الدورة.</translation>
    </message>
    <message>
        <location filename="strings.py" line="930"/>
        <source>{title}. Evaluate it and decide in cycle phase xii whether to continue, hand over or close.</source>
        <translation>{title}. قيّمها وقرّر في المرحلة xii من الدورة الاستمرار أو التسليم أو الإغلاق.</translation>
    </message>
    <message>
        <location filename="strings.py" line="931"/>
        <source>{title}: designate a focal point (seed para. 59).</source>
        <translation>{title}: عيّن جهة تنسيق (seed، الفقرة 59).</translation>
    </message>
    <message>
        <location filename="strings.py" line="932"/>
        <source>{title}: no progress for more than {days} days. Finish the phase or mark it not applicable with a reason.</source>
        <translation>{title}: لا تقدم منذ أكثر من {days} يومًا. أكمل المرحلة أو اجعلها غير منطبقة مع ذكر السبب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="937"/>
        <source>{value} is used by another record, so headquarters gave this one a new reference. Keep the new one, or edit the record to choose another.</source>
        <translation>{value} مستخدم في سجل آخر، لذا أعطى المقر هذا السجل مرجعًا جديدًا. احتفظ بالمرجع الجديد، أو عدّل السجل لاختيار مرجع آخر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="938"/>
        <source>{what} ({end}) is before the start date ({start}); move it after the start.</source>
        <translation>{what} ({end}) قبل تاريخ البدء ({start})؛ اجعله بعد البدء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="939"/>
        <source>{what} cannot be in the future ({day}).</source>
        <translation>لا يمكن أن يكون {what} في المستقبل ({day}).</translation>
    </message>
    <message>
        <location filename="strings.py" line="940"/>
        <source>{what} is required.</source>
        <translation>{what}: مطلوب.</translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1068"/>
        <source>%n changes have waited since {since}; last successful sync: {last}. Sync when a link is up.</source>
        <translation>
            <numerusform>لا تغييرات في الانتظار منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>تغيير واحد ينتظر منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>تغييران ينتظران منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغييرات تنتظر منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغييرًا ينتظر منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغيير ينتظر منذ {since}؛ آخر مزامنة ناجحة: {last}. زامن عند توفر الاتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1069"/>
        <source>%n changes have waited since {since}; none ever reached headquarters. Sync when a link is up.</source>
        <translation>
            <numerusform>لا تغييرات في الانتظار منذ {since}. زامن عند توفر الاتصال.</numerusform>
            <numerusform>تغيير واحد ينتظر منذ {since}؛ لم يصل إلى المقر قط. زامن عند توفر الاتصال.</numerusform>
            <numerusform>تغييران ينتظران منذ {since}؛ لم يصل أي منهما إلى المقر قط. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغييرات تنتظر منذ {since}؛ لم يصل أي منها إلى المقر قط. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغييرًا ينتظر منذ {since}؛ لم يصل أي منها إلى المقر قط. زامن عند توفر الاتصال.</numerusform>
            <numerusform>%Ln تغيير ينتظر منذ {since}؛ لم يصل أي منها إلى المقر قط. زامن عند توفر الاتصال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1070"/>
        <source>%n changes were set aside; see the Sync view for the reasons.</source>
        <translation>
            <numerusform>لم يوضع أي تغيير جانبًا.</numerusform>
            <numerusform>وُضع تغيير واحد جانبًا؛ انظر السبب في عرض المزامنة.</numerusform>
            <numerusform>وُضع تغييران جانبًا؛ انظر السببين في عرض المزامنة.</numerusform>
            <numerusform>وُضعت %Ln تغييرات جانبًا؛ انظر الأسباب في عرض المزامنة.</numerusform>
            <numerusform>وُضع %Ln تغييرًا جانبًا؛ انظر الأسباب في عرض المزامنة.</numerusform>
            <numerusform>وُضع %Ln تغيير جانبًا؛ انظر الأسباب في عرض المزامنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1071"/>
        <source>%n days left.</source>
        <translation>
            <numerusform>لم يتبقَّ أي يوم.</numerusform>
            <numerusform>يتبقى يوم واحد.</numerusform>
            <numerusform>يتبقى يومان.</numerusform>
            <numerusform>تتبقى %Ln أيام.</numerusform>
            <numerusform>يتبقى %Ln يومًا.</numerusform>
            <numerusform>يتبقى %Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1072"/>
        <source>%n fields were changed both here and at headquarters; choose which value to keep in the Sync view.</source>
        <translation>
            <numerusform>لم يُغيَّر أي حقل هنا وفي المقر معًا.</numerusform>
            <numerusform>غُيِّر حقل واحد هنا وفي المقر معًا؛ اختر القيمة التي تُبقيها في عرض المزامنة.</numerusform>
            <numerusform>غُيِّر حقلان هنا وفي المقر معًا؛ اختر القيم التي تُبقيها في عرض المزامنة.</numerusform>
            <numerusform>غُيِّرت %Ln حقول هنا وفي المقر معًا؛ اختر القيم التي تُبقيها في عرض المزامنة.</numerusform>
            <numerusform>غُيِّر %Ln حقلًا هنا وفي المقر معًا؛ اختر القيم التي تُبقيها في عرض المزامنة.</numerusform>
            <numerusform>غُيِّر %Ln حقل هنا وفي المقر معًا؛ اختر القيم التي تُبقيها في عرض المزامنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1073"/>
        <source>%n {table} records made since the import use its {parent} records</source>
        <translation>
            <numerusform>لا سجلات {table} أُنشئت منذ الاستيراد تستخدم سجلات {parent} التابعة له</numerusform>
            <numerusform>سجل واحد من {table} أُنشئ منذ الاستيراد يستخدم سجلات {parent} التابعة له</numerusform>
            <numerusform>سجلان من {table} أُنشئا منذ الاستيراد يستخدمان سجلات {parent} التابعة له</numerusform>
            <numerusform>%Ln سجلات من {table} أُنشئت منذ الاستيراد تستخدم سجلات {parent} التابعة له</numerusform>
            <numerusform>%Ln سجلًا من {table} أُنشئت منذ الاستيراد تستخدم سجلات {parent} التابعة له</numerusform>
            <numerusform>%Ln سجل من {table} أُنشئت منذ الاستيراد تستخدم سجلات {parent} التابعة له</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1074"/>
        <source>%n {table} records were edited after the import</source>
        <translation>
            <numerusform>لم يُعدَّل أي سجل من {table} بعد الاستيراد</numerusform>
            <numerusform>عُدِّل سجل واحد من {table} بعد الاستيراد</numerusform>
            <numerusform>عُدِّل سجلان من {table} بعد الاستيراد</numerusform>
            <numerusform>عُدِّلت %Ln سجلات من {table} بعد الاستيراد</numerusform>
            <numerusform>عُدِّل %Ln سجلًا من {table} بعد الاستيراد</numerusform>
            <numerusform>عُدِّل %Ln سجل من {table} بعد الاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1075"/>
        <source>HQ does not know the fields {fields} of {table}.</source>
        <translation>
            <numerusform>لا يعرف المقر حقول {fields} في {table}.</numerusform>
            <numerusform>لا يعرف المقر الحقل {fields} في {table}.</numerusform>
            <numerusform>لا يعرف المقر الحقلين {fields} في {table}.</numerusform>
            <numerusform>لا يعرف المقر الحقول {fields} في {table}.</numerusform>
            <numerusform>لا يعرف المقر الحقول {fields} في {table}.</numerusform>
            <numerusform>لا يعرف المقر الحقول {fields} في {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1076"/>
        <source>Matches {partner}, whose {fields} differ; the existing values are kept.</source>
        <translation>
            <numerusform>يطابق {partner}، ولا تختلف حقوله؛ تُبقى القيم الموجودة.</numerusform>
            <numerusform>يطابق {partner}، الذي يختلف حقله {fields}؛ تُبقى القيم الموجودة.</numerusform>
            <numerusform>يطابق {partner}، الذي يختلف حقلاه {fields}؛ تُبقى القيم الموجودة.</numerusform>
            <numerusform>يطابق {partner}، الذي تختلف حقوله {fields}؛ تُبقى القيم الموجودة.</numerusform>
            <numerusform>يطابق {partner}، الذي تختلف حقوله {fields}؛ تُبقى القيم الموجودة.</numerusform>
            <numerusform>يطابق {partner}، الذي تختلف حقوله {fields}؛ تُبقى القيم الموجودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1077"/>
        <source>Too many wrong enrollment codes from this address; try again in %n minutes with the code HQ gave you.</source>
        <translation>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة الآن بالرمز الذي أعطاك إياه المقر.</numerusform>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة بعد دقيقة واحدة بالرمز الذي أعطاك إياه المقر.</numerusform>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة بعد دقيقتين بالرمز الذي أعطاك إياه المقر.</numerusform>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة بعد %Ln دقائق بالرمز الذي أعطاك إياه المقر.</numerusform>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة بعد %Ln دقيقة بالرمز الذي أعطاك إياه المقر.</numerusform>
            <numerusform>رموز تسجيل خاطئة كثيرة من هذا العنوان؛ أعد المحاولة بعد %Ln دقيقة بالرمز الذي أعطاك إياه المقر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1078"/>
        <source>Unknown offices at HQ: {codes}. Add them first with &apos;hq office add&apos;.</source>
        <translation>
            <numerusform>لا مكاتب غير معروفة في المقر.</numerusform>
            <numerusform>مكتب غير معروف في المقر: {codes}. أضفه أولًا باستخدام ‎«hq office add».</numerusform>
            <numerusform>مكتبان غير معروفين في المقر: {codes}. أضفهما أولًا باستخدام ‎«hq office add».</numerusform>
            <numerusform>مكاتب غير معروفة في المقر: {codes}. أضفها أولًا باستخدام ‎«hq office add».</numerusform>
            <numerusform>مكاتب غير معروفة في المقر: {codes}. أضفها أولًا باستخدام ‎«hq office add».</numerusform>
            <numerusform>مكاتب غير معروفة في المقر: {codes}. أضفها أولًا باستخدام ‎«hq office add».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1079"/>
        <source>{problem} (%n more problems in this row)</source>
        <translation>
            <numerusform>{problem}</numerusform>
            <numerusform>{problem} (مشكلة أخرى في هذا الصف)</numerusform>
            <numerusform>{problem} (مشكلتان أخريان في هذا الصف)</numerusform>
            <numerusform>{problem} (%Ln مشكلات أخرى في هذا الصف)</numerusform>
            <numerusform>{problem} (%Ln مشكلة أخرى في هذا الصف)</numerusform>
            <numerusform>{problem} (%Ln مشكلة أخرى في هذا الصف)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="strings.py" line="542"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="543"/>
        <source>Cannot write {path}: {reason}. Choose another place (a folder you can write to, a USB stick with free space).</source>
        <translation>تعذّرت كتابة {path}: {reason}. اختر مكاناً آخر (مجلداً يمكنك الكتابة فيه، أو ذاكرة USB فيها مساحة فارغة).</translation>
    </message>
    <message>
        <location filename="strings.py" line="605"/>
        <source>HQ&apos;s file key must be 43 characters of base64, as &apos;hq file-key&apos; prints it.</source>
        <translation>يجب أن يتكون مفتاح ملفات المقر من 43 حرفاً بترميز base64، كما يطبعه الأمر &apos;hq file-key&apos;.</translation>
    </message>
    <message>
        <location filename="strings.py" line="767"/>
        <source>This answer does not hold what HQ writes; nothing was applied.</source>
        <translation>لا يحتوي هذا الرد على ما يكتبه المقر؛ لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="768"/>
        <source>This answer was changed after HQ made it, or it was made for another device: nothing was applied. Ask HQ for the answer to this computer&apos;s file.</source>
        <translation>عُدِّل هذا الرد بعد أن أعدّه المقر، أو أُعدّ لجهاز آخر: لم يُطبَّق شيء. اطلب من المقر الرد على ملف هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="775"/>
        <source>This device does not have HQ&apos;s file key yet. Sync once over a network, or ask HQ for the key (&apos;hq file-key&apos;) and enter it with sync --file-key KEY.</source>
        <translation>لا يملك هذا الجهاز مفتاح ملفات المقر بعد. زامِن مرة واحدة عبر الشبكة، أو اطلب المفتاح من المقر (&apos;hq file-key&apos;) وأدخله بالأمر sync --file-key KEY.</translation>
    </message>
    <message>
        <location filename="strings.py" line="782"/>
        <source>This is not a PartnerDesk sync file: nothing was applied.</source>
        <translation>هذا ليس ملف مزامنة من PartnerDesk: لم يُطبَّق شيء.</translation>
    </message>
    <message>
        <location filename="strings.py" line="783"/>
        <source>This is the file for HQ (an export), not HQ&apos;s answer: take it to HQ, and import the answer HQ gives back.</source>
        <translation>هذا هو الملف المُعدّ للمقر (ملف تصدير)، وليس رد المقر: احمله إلى المقر، ثم استورد الرد الذي يعيده إليك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="872"/>
        <source>{name} is larger than {mb} MB: it is not an answer from HQ.</source>
        <translation>حجم {name} أكبر من {mb} ميغابايت: ليس رداً من المقر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="494"/>
        <source>A PIN has at least {n} characters; choose a longer one.</source>
        <translation>يتكوّن الرمز السري من {n} أحرف على الأقل؛ اختر رمزًا أطول.</translation>
    </message>
    <message>
        <location filename="strings.py" line="496"/>
        <source>A name has at most {n} characters.</source>
        <translation>يتكوّن الاسم من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="502"/>
        <source>A passphrase has at most {n} characters.</source>
        <translation>تتكوّن عبارة المرور من {n} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="594"/>
        <source>Give the user&apos;s name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="strings.py" line="686"/>
        <source>Set up this laptop&apos;s office first (the first run, or &apos;join&apos;).</source>
        <translation>اضبط مكتب هذا الحاسوب أولًا (عند التشغيل الأول، أو بالأمر &apos;join&apos;).</translation>
    </message>
    <message>
        <location filename="strings.py" line="695"/>
        <source>That PIN is too easy to guess (one digit repeated or a run); choose another.</source>
        <translation>هذا الرمز السري سهل التخمين (رقم مكرَّر أو أرقام متتالية)؛ اختر رمزًا آخر.</translation>
    </message>
    <message>
        <location filename="strings.py" line="752"/>
        <source>The role is one of: {roles}.</source>
        <translation>الدور واحد مما يلي: {roles}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="810"/>
        <source>Wrong PIN for {name}; try again.</source>
        <translation>الرمز السري غير صحيح لـ {name}؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="strings.py" line="867"/>
        <source>{name} has no PIN on this laptop yet; an office administrator gives one with &apos;users add&apos;.</source>
        <oldsource>{name} has no PIN on this laptop yet; an office administrator gives one (Users, or &apos;users add&apos;).</oldsource>
        <translation>ليس لدى {name} رمز سري على هذا الحاسوب بعد؛ يمنحه مسؤول المكتب رمزًا بالأمر &apos;users add&apos;.</translation>
    </message>
    <message>
        <location filename="strings.py" line="868"/>
        <source>{name} is already a user of office {office}.</source>
        <translation>{name} مستخدم في المكتب {office} بالفعل.</translation>
    </message>
    <message>
        <location filename="strings.py" line="869"/>
        <source>{name} is already a user of office {office}; change the role instead.</source>
        <translation>{name} مستخدم في المكتب {office} بالفعل؛ غيّر دوره بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="strings.py" line="873"/>
        <source>{name} is not a user of office {office}.</source>
        <translation>{name} ليس مستخدمًا في المكتب {office}.</translation>
    </message>
    <message>
        <location filename="strings.py" line="874"/>
        <source>{name} is not a user of this office.</source>
        <translation>{name} ليس مستخدمًا في هذا المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="876"/>
        <source>{name} is the last office administrator of {office}; make someone else administrator first.</source>
        <translation>{name} هو آخر مسؤول للمكتب {office}؛ عيّن شخصًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <location filename="strings.py" line="933"/>
        <source>{user} (role: {role}) may not change the records of office {office}; that needs the editor, approver or office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) تغيير سجلات المكتب {office}؛ يتطلب ذلك دور المحرِّر أو المعتمِد أو مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="934"/>
        <source>{user} (role: {role}) may not manage the users of office {office}; that needs the office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) إدارة مستخدمي المكتب {office}؛ يتطلب ذلك دور مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="935"/>
        <source>{user} (role: {role}) may not sign or approve in office {office}; that needs the approver or office administrator role.</source>
        <translation>لا يجوز لـ {user} (الدور: {role}) التوقيع أو الاعتماد في المكتب {office}؛ يتطلب ذلك دور المعتمِد أو مسؤول المكتب.</translation>
    </message>
    <message>
        <location filename="strings.py" line="936"/>
        <source>{user} is not a user of office {office}; an office administrator adds users (&apos;users add&apos;), or headquarters does.</source>
        <oldsource>{user} is not a user of office {office}; an office administrator adds users (Users, or &apos;users add&apos;).</oldsource>
        <translation>{user} ليس مستخدمًا في المكتب {office}؛ يضيف مسؤول المكتب المستخدمين (&apos;users add&apos;)، أو يضيفهم المقر.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="941"/>
        <source>Academic institution</source>
        <translation>مؤسسة أكاديمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="942"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="943"/>
        <source>Administrative</source>
        <translation>إداري</translation>
    </message>
    <message>
        <location filename="strings.py" line="945"/>
        <source>Assessed by another UN agency</source>
        <translation>قيّمته وكالة أخرى للأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="946"/>
        <source>Audit</source>
        <translation>تدقيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="947"/>
        <source>Budget change</source>
        <translation>تغيير الميزانية</translation>
    </message>
    <message>
        <location filename="strings.py" line="948"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="949"/>
        <source>Civil society organisation</source>
        <translation>منظمة مجتمع مدني</translation>
    </message>
    <message>
        <location filename="strings.py" line="950"/>
        <source>Cleared</source>
        <translation>تمت الإجازة</translation>
    </message>
    <message>
        <location filename="strings.py" line="951"/>
        <source>Cleared with conditions</source>
        <translation>أُجيزت بشروط</translation>
    </message>
    <message>
        <location filename="strings.py" line="952"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="953"/>
        <source>Collaboration</source>
        <translation>تعاون</translation>
    </message>
    <message>
        <location filename="strings.py" line="954"/>
        <source>Community-based organisation</source>
        <translation>منظمة مجتمعية</translation>
    </message>
    <message>
        <location filename="strings.py" line="955"/>
        <source>Consultation</source>
        <translation>تشاور</translation>
    </message>
    <message>
        <location filename="strings.py" line="956"/>
        <source>Convening</source>
        <translation>داعٍ</translation>
    </message>
    <message>
        <location filename="strings.py" line="957"/>
        <source>Coordination</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <location filename="strings.py" line="958"/>
        <source>Corporate sector</source>
        <translation>قطاع الشركات</translation>
    </message>
    <message>
        <location filename="strings.py" line="959"/>
        <source>Country</source>
        <translation>قطري</translation>
    </message>
    <message>
        <location filename="strings.py" line="960"/>
        <source>Direct cash transfer</source>
        <translation>تحويل نقدي مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="961"/>
        <source>Direct payment</source>
        <translation>دفع مباشر</translation>
    </message>
    <message>
        <location filename="strings.py" line="962"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="strings.py" line="963"/>
        <source>Due diligence documents</source>
        <translation>وثائق العناية الواجبة</translation>
    </message>
    <message>
        <location filename="strings.py" line="964"/>
        <source>East Asia and Pacific</source>
        <translation>شرق آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="965"/>
        <source>Eastern and Southern Africa</source>
        <translation>شرق أفريقيا والجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="strings.py" line="967"/>
        <source>Electronic signature record</source>
        <translation>سجل التوقيع الإلكتروني</translation>
    </message>
    <message>
        <location filename="strings.py" line="968"/>
        <source>Ended</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <location filename="strings.py" line="969"/>
        <source>Europe and Central Asia</source>
        <translation>أوروبا وآسيا الوسطى</translation>
    </message>
    <message>
        <location filename="strings.py" line="970"/>
        <source>Final report</source>
        <translation>التقرير النهائي</translation>
    </message>
    <message>
        <location filename="strings.py" line="971"/>
        <source>Final review</source>
        <translation>المراجعة النهائية</translation>
    </message>
    <message>
        <location filename="strings.py" line="972"/>
        <source>Full programme document</source>
        <translation>وثيقة البرنامج الكاملة</translation>
    </message>
    <message>
        <location filename="strings.py" line="973"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation>تقييم كامل للمخاطر (تقييم جزئي)</translation>
    </message>
    <message>
        <location filename="strings.py" line="974"/>
        <source>Funding</source>
        <translation>ممول</translation>
    </message>
    <message>
        <location filename="strings.py" line="975"/>
        <source>Global</source>
        <translation>عالمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="976"/>
        <source>Global programme partnership</source>
        <translation>شراكة برامجية عالمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="977"/>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <location filename="strings.py" line="978"/>
        <source>HACT macro assessment</source>
        <translation>تقييم كلي (HACT)</translation>
    </message>
    <message>
        <location filename="strings.py" line="979"/>
        <source>HPD</source>
        <translation>HPD</translation>
    </message>
    <message>
        <location filename="strings.py" line="980"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="981"/>
        <source>Headquarters staff</source>
        <translation>موظفو المقر</translation>
    </message>
    <message>
        <location filename="strings.py" line="982"/>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <location filename="strings.py" line="983"/>
        <source>High risk assumed</source>
        <translation>يُفترض خطر مرتفع</translation>
    </message>
    <message>
        <location filename="strings.py" line="984"/>
        <source>Humanitarian report</source>
        <translation>تقرير إنساني</translation>
    </message>
    <message>
        <location filename="strings.py" line="985"/>
        <source>Implementing</source>
        <translation>منفذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="986"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="strings.py" line="987"/>
        <source>Informal</source>
        <translation>غير رسمية</translation>
    </message>
    <message>
        <location filename="strings.py" line="988"/>
        <source>International NGO</source>
        <translation>منظمة غير حكومية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="989"/>
        <source>Knowledge and innovation</source>
        <translation>المعرفة والابتكار</translation>
    </message>
    <message>
        <location filename="strings.py" line="990"/>
        <source>Knowledge and research</source>
        <translation>المعرفة والبحوث</translation>
    </message>
    <message>
        <location filename="strings.py" line="991"/>
        <source>Latin America and Caribbean</source>
        <translation>أمريكا اللاتينية والبحر الكاريبي</translation>
    </message>
    <message>
        <location filename="strings.py" line="992"/>
        <source>Lead</source>
        <translation>رائد</translation>
    </message>
    <message>
        <location filename="strings.py" line="993"/>
        <source>Legal agreement</source>
        <translation>اتفاقية قانونية</translation>
    </message>
    <message>
        <location filename="strings.py" line="994"/>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <location filename="strings.py" line="995"/>
        <source>Low capacity assumed - emergency</source>
        <translation>يُفترض ضعف القدرات - طوارئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="996"/>
        <source>MOU</source>
        <translation>MOU</translation>
    </message>
    <message>
        <location filename="strings.py" line="997"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <location filename="strings.py" line="998"/>
        <source>Marginal</source>
        <translation>هامشي</translation>
    </message>
    <message>
        <location filename="strings.py" line="999"/>
        <source>Media and communication</source>
        <translation>الإعلام والاتصال</translation>
    </message>
    <message>
        <location filename="strings.py" line="1000"/>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <location filename="strings.py" line="1001"/>
        <source>Memorandum of Understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="1002"/>
        <source>Memorandum of understanding</source>
        <translation>مذكرة تفاهم</translation>
    </message>
    <message>
        <location filename="strings.py" line="1003"/>
        <source>Micro assessment</source>
        <translation>تقييم جزئي</translation>
    </message>
    <message>
        <location filename="strings.py" line="1004"/>
        <source>Middle East and North Africa</source>
        <translation>الشرق الأوسط وشمال أفريقيا</translation>
    </message>
    <message>
        <location filename="strings.py" line="1005"/>
        <source>Mobilising resources</source>
        <translation>تعبئة الموارد</translation>
    </message>
    <message>
        <location filename="strings.py" line="1006"/>
        <source>Multilateral / international financial institution</source>
        <translation>مؤسسة متعددة الأطراف / مؤسسة مالية دولية</translation>
    </message>
    <message>
        <location filename="strings.py" line="1007"/>
        <source>National NGO</source>
        <translation>منظمة غير حكومية وطنية</translation>
    </message>
    <message>
        <location filename="strings.py" line="1008"/>
        <source>No-cost extension</source>
        <translation>تمديد دون تكلفة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1009"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="strings.py" line="1010"/>
        <source>Not required</source>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <location filename="strings.py" line="1011"/>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="strings.py" line="1013"/>
        <source>Other</source>
        <translation>أخرى</translation>
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
        <translation>جهة تنسيق الشراكة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1017"/>
        <source>Policy and advocacy</source>
        <translation>السياسات والدعوة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1018"/>
        <source>Principal</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="strings.py" line="1019"/>
        <source>Programmatic visit</source>
        <translation>زيارة برنامجية</translation>
    </message>
    <message>
        <location filename="strings.py" line="1020"/>
        <source>Programme Cooperation Agreement</source>
        <translation>اتفاقية التعاون البرنامجي</translation>
    </message>
    <message>
        <location filename="strings.py" line="1021"/>
        <source>Programme Document</source>
        <translation>وثيقة البرنامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="1022"/>
        <source>Programme implementation</source>
        <translation>تنفيذ البرامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="1023"/>
        <source>Programme officer</source>
        <translation>موظف برامج</translation>
    </message>
    <message>
        <location filename="strings.py" line="1024"/>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1025"/>
        <source>Quarterly progress report</source>
        <translation>تقرير التقدم الفصلي</translation>
    </message>
    <message>
        <location filename="strings.py" line="1026"/>
        <source>Red Cross / Red Crescent</source>
        <translation>الصليب الأحمر / الهلال الأحمر</translation>
    </message>
    <message>
        <location filename="strings.py" line="1027"/>
        <source>Regional</source>
        <translation>إقليمي</translation>
    </message>
    <message>
        <location filename="strings.py" line="1028"/>
        <source>Reimbursement</source>
        <translation>سداد</translation>
    </message>
    <message>
        <location filename="strings.py" line="1029"/>
        <source>Rejected (unacceptable risk)</source>
        <translation>رُفض (خطر غير مقبول)</translation>
    </message>
    <message>
        <location filename="strings.py" line="1030"/>
        <source>Representative</source>
        <translation>ممثل</translation>
    </message>
    <message>
        <location filename="strings.py" line="1031"/>
        <source>Results change</source>
        <translation>تغيير النتائج</translation>
    </message>
    <message>
        <location filename="strings.py" line="1032"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1033"/>
        <source>SSFA</source>
        <translation>SSFA</translation>
    </message>
    <message>
        <location filename="strings.py" line="1034"/>
        <source>Signature</source>
        <translation>للتوقيع</translation>
    </message>
    <message>
        <location filename="strings.py" line="1035"/>
        <source>Signed</source>
        <translation>موقعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1036"/>
        <source>Signed agreement / document</source>
        <translation>اتفاقية / وثيقة موقعة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1037"/>
        <source>Signed original of the agreement</source>
        <translation>النسخة الأصلية الموقعة من الاتفاقية</translation>
    </message>
    <message>
        <location filename="strings.py" line="1038"/>
        <source>Significant</source>
        <translation>كبير</translation>
    </message>
    <message>
        <location filename="strings.py" line="1039"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation>وثيقة البرنامج الإنساني المبسطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1040"/>
        <source>Simplified checklist</source>
        <translation>قائمة مرجعية مبسطة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1041"/>
        <source>Small Scale Funding Agreement</source>
        <translation>اتفاقية التمويل الصغير</translation>
    </message>
    <message>
        <location filename="strings.py" line="1042"/>
        <source>South Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <location filename="strings.py" line="1043"/>
        <source>Spot check</source>
        <translation>فحص مفاجئ</translation>
    </message>
    <message>
        <location filename="strings.py" line="1044"/>
        <source>Subnational</source>
        <translation>دون وطني</translation>
    </message>
    <message>
        <location filename="strings.py" line="1045"/>
        <source>Suspended</source>
        <translation>معلقة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1046"/>
        <source>Technical</source>
        <translation>فني</translation>
    </message>
    <message>
        <location filename="strings.py" line="1047"/>
        <source>Terminated</source>
        <translation>منهاة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1048"/>
        <source>Termination document</source>
        <translation>وثيقة الإنهاء</translation>
    </message>
    <message>
        <location filename="strings.py" line="1049"/>
        <source>UNICEF National Committee</source>
        <translation>لجنة وطنية لليونيسف</translation>
    </message>
    <message>
        <location filename="strings.py" line="1050"/>
        <source>United Nations entity</source>
        <translation>كيان تابع للأمم المتحدة</translation>
    </message>
    <message>
        <location filename="strings.py" line="1052"/>
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
    <message>
        <location filename="strings.py" line="944"/>
        <source>Approver</source>
        <translation>معتمِد</translation>
    </message>
    <message>
        <location filename="strings.py" line="966"/>
        <source>Editor</source>
        <translation>محرِّر</translation>
    </message>
    <message>
        <location filename="strings.py" line="1012"/>
        <source>Office administrator</source>
        <translation>مسؤول المكتب</translation>
    </message>
    <message>
        <location filename="strings.py" line="1051"/>
        <source>Viewer</source>
        <translation>مُطّلِع</translation>
    </message>
</context>
</TS>
