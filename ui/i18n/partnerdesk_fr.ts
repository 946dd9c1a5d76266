<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../cycle_exit.py" line="28"/>
        <source>e.g. 36</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="31"/>
        <location filename="../cycle_form.py" line="161"/>
        <location filename="../forms.py" line="121"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="40"/>
        <source>Planned lifespan (months) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="42"/>
        <source>Evaluation due *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="43"/>
        <source>Exit conditions *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="55"/>
        <source>Lifespan ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="56"/>
        <source>Save exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="59"/>
        <source>Every partnership needs an exit or sustainability strategy: how long it is planned to last, when an evaluation decides on continuation, and the conditions for ending or handing over (seed para. 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="83"/>
        <source>not set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="110"/>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="110"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="110"/>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="111"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="111"/>
        <source>Value added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="111"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="112"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_exit.py" line="112"/>
        <source>Partner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="26"/>
        <source>%1 (due diligence: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="69"/>
        <source>Why not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="79"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="83"/>
        <source>Save phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="249"/>
        <source>%n problem(s) to fix before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_form.py" line="252"/>
        <source>Ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="51"/>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="51"/>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="52"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="52"/>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="67"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="72"/>
        <source>Influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="109"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="109"/>
        <source>Interest (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="110"/>
        <source>Influence (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="110"/>
        <source>Current relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="118"/>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_landscape.py" line="121"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementContent</name>
    <message>
        <location filename="../agreements_editor.py" line="47"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="48"/>
        <source>UNICEF total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="54"/>
        <source>Open programme document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="57"/>
        <source>New programme document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="69"/>
        <source>&lt;b&gt;Authorised officers of the partner&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="71"/>
        <source>&lt;b&gt;Programme documents&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../agreements_editor.py" line="125"/>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="129"/>
        <source> (emergency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="153"/>
        <source>None recorded: add them to the partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_editor.py" line="161"/>
        <source>UNICEF total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsArea</name>
    <message>
        <location filename="../areas/a50_agreements.py" line="34"/>
        <source>Search references, partners, titles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a50_agreements.py" line="39"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a50_agreements.py" line="41"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a50_agreements.py" line="43"/>
        <source>&amp;New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a50_agreements.py" line="77"/>
        <source>Choose an agreement in the list, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a50_agreements.py" line="164"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../amendment_dialog.py" line="18"/>
        <source>New amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_dialog.py" line="23"/>
        <source>e.g. Extend to 31 March and add a water point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_dialog.py" line="24"/>
        <source>The signed version stays in force until this amendment is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_dialog.py" line="33"/>
        <source>What does the amendment change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_dialog.py" line="35"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_dialog.py" line="44"/>
        <source>Tick at least one kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentEdits</name>
    <message>
        <location filename="../assessment_edits.py" line="94"/>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_edits.py" line="121"/>
        <source>Self-assessment submitted to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_edits.py" line="127"/>
        <source>Save the self-assessment as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_edits.py" line="133"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../assessment_page.py" line="25"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="39"/>
        <source>The rating (%1) differed from what the data showed (%2) when the assessment was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="43"/>
        <source>Your rating (%1) differs from what the data shows (%2). Explain why in the evidence, or change the rating.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../assessment_view.py" line="53"/>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="55"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="74"/>
        <source>&lt; Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="76"/>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="105"/>
        <source>Start the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="133"/>
        <source>Computing the evidence from the office&apos;s data...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="146"/>
        <source>Could not load the self-assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="162"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="163"/>
        <source>%1 has no self-assessment for %2 yet. Start it to rate the office against the benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="185"/>
        <source>Summary and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="186"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="196"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="196"/>
        <source>Submitted (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_view.py" line="197"/>
        <source>Acknowledged by headquarters (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkPage</name>
    <message>
        <location filename="../assessment_page.py" line="76"/>
        <source>What the office&apos;s own data showed when it was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="77"/>
        <source>What the office&apos;s own data shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="83"/>
        <source>The data suggests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="84"/>
        <source>no suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="88"/>
        <source>no self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="89"/>
        <source>Last year (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="104"/>
        <source>Your rating %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="118"/>
        <source>Evidence (what shows the benchmark is met, or why not):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="134"/>
        <source>Attach a document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="146"/>
        <source>Action plan for this benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="151"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="151"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="151"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="151"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="162"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="165"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="170"/>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="173"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="261"/>
        <source>No documents attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_page.py" line="262"/>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../pd_budget.py" line="75"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="75"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="75"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="75"/>
        <source>UNICEF cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="76"/>
        <source>Partner contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="76"/>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="76"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="89"/>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="92"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_budget.py" line="206"/>
        <source>UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="strings.py" line="5"/>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="6"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="7"/>
        <source>Due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="8"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="9"/>
        <source>Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="10"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="12"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="13"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="14"/>
        <source>Planned end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="15"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="16"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="17"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="18"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="19"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="20"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="21"/>
        <source>UNICEF total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../sync_tables.py" line="29"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="29"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="29"/>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="30"/>
        <source>Headquarters&apos; value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="30"/>
        <source>Changed at HQ by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="30"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="37"/>
        <source>No conflicts: every change merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="38"/>
        <source>Keep my value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="40"/>
        <source>Keep headquarters&apos; value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="58"/>
        <source>%1 (deleted at HQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="60"/>
        <source>deleted here, edited at HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="62"/>
        <source>could not be stored here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleView</name>
    <message>
        <location filename="../cycle_view.py" line="48"/>
        <source>Find a partnership (reference, title, partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="59"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="69"/>
        <source>Choose a partnership to work on its partnering cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="79"/>
        <source>%v of %m phases complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="95"/>
        <source>Phase form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="96"/>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="97"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="144"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="145"/>
        <source>Status: %1 · Focal point: %2 · Partners: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="147"/>
        <source>none designated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="152"/>
        <source>Every phase is complete. Keep reviewing the partnership every year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="155"/>
        <source>Next: phase %1 (%2). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="214"/>
        <source>Phase %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_view.py" line="227"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../cycle_dashboard.py" line="73"/>
        <source>What needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="77"/>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="80"/>
        <source>Only my partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="82"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="93"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="94"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="94"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="95"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="99"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="99"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="100"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="100"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="101"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="110"/>
        <source>Open partnerships by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="112"/>
        <source>By contribution to results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="150"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="156"/>
        <source>Could not load the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="175"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="176"/>
        <source>My partnerships (%1 as focal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="181"/>
        <source>all phases complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dashboard.py" line="187"/>
        <source>%1 alert(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../amendment_diff.py" line="47"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_diff.py" line="47"/>
        <source>Signed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../amendment_diff.py" line="48"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../amendment_diff.py" line="80"/>
        <source>%n change(s) against the signed version.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeping</name>
    <message>
        <location filename="../agreements_drafts.py" line="51"/>
        <source>Restored changes you had not saved (%1). Save them to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyArea</name>
    <message>
        <location filename="../areas/a55_emergency.py" line="23"/>
        <source>&lt;h3&gt;Emergency fast track&lt;/h3&gt;&lt;p&gt;Launch a simplified humanitarian programme document from a pre-certified template in four screens: under the partner&apos;s signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and the paperwork are deferred with due dates and come back as alerts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="34"/>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="39"/>
        <source>Open the programme document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="47"/>
        <source>&lt;b&gt;Deferred items still open&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="85"/>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="97"/>
        <source>Choose an item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../areas/a55_emergency.py" line="104"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyWizard</name>
    <message>
        <location filename="../emergency_wizard.py" line="135"/>
        <source>Emergency fast track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../first_run.py" line="16"/>
        <source>Welcome to PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="19"/>
        <source>&lt;h2&gt;Welcome to PartnerDesk&lt;/h2&gt;&lt;p&gt;Everything you enter is kept on this computer and works without a connection; it is sent to headquarters when you sync.&lt;/p&gt;&lt;p&gt;Set up your office to start, or explore with demo data first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="24"/>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="25"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="26"/>
        <source>Kenya Country Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="27"/>
        <source>Country (ISO3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="28"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="30"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="34"/>
        <source>Set up my office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../first_run.py" line="37"/>
        <source>Explore with demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../sync_tables.py" line="97"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="97"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="97"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="97"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="98"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="98"/>
        <source>Bytes (sent/received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="98"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="106"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="106"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListArea</name>
    <message>
        <location filename="../list_area.py" line="23"/>
        <source>Search names, acronyms, objectives, places...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../list_area.py" line="160"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../list_model.py" line="111"/>
        <source>%1+ records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../list_model.py" line="113"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="21"/>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="33"/>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117"/>
        <source>Nothing here can open a %1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="125"/>
        <source>%n unsent change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130"/>
        <source>Offline: not connected to headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="132"/>
        <source>Offline: last sync failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <location filename="../members_table.py" line="21"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../members_table.py" line="21"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../members_table.py" line="22"/>
        <source>Comparative advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../members_table.py" line="30"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../members_table.py" line="33"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../partner_editor.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partner_editor.py" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partner_editor.py" line="56"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partner_editor.py" line="56"/>
        <source>Add officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partner_editor.py" line="58"/>
        <source>Authorised officers (they sign agreements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partner_editor.py" line="104"/>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../emergency_pages.py" line="36"/>
        <source>1. Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="37"/>
        <source>Choose a partner you already know, or add one in a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="38"/>
        <source>A partner we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="40"/>
        <source>A new partner: high risk assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="57"/>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="62"/>
        <source>Legal name of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="64"/>
        <source>Recorded as a national civil society organisation with risk rating High (high risk assumed). Its full assessment and due diligence are deferred and come back as alerts with their due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="71"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="72"/>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="105"/>
        <source>PCA %1 (humanitarian PD under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="107"/>
        <source>A new SSFA (up to %1 USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <location filename="../partnership_editor.py" line="45"/>
        <source>Partners in this partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partnership_editor.py" line="58"/>
        <source>Partnering &amp;cycle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partnership_editor.py" line="60"/>
        <source>Work through the twelve phases of this partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partnership_editor.py" line="71"/>
        <source>A reference is given when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../partnership_editor.py" line="93"/>
        <source>New partnership</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdBuilder</name>
    <message>
        <location filename="../pd_builder.py" line="57"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_builder.py" line="58"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_builder.py" line="102"/>
        <source>UNICEF total (cash, supplies, management) %1 · Partner share %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdPanel</name>
    <message>
        <location filename="../pd_editor.py" line="26"/>
        <source>&lt; Back to the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_editor.py" line="63"/>
        <source>New programme document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../agreements_print.py" line="47"/>
        <source>&amp;Print PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_print.py" line="53"/>
        <source>Open PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_print.py" line="79"/>
        <source>Printing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_print.py" line="86"/>
        <source>Printed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_print.py" line="93"/>
        <source>Could not print: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../record_editor.py" line="47"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../record_editor.py" line="50"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../record_editor.py" line="109"/>
        <source>Restored changes you had not saved (%1). Save them, or Revert to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../record_editor.py" line="149"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../record_editor.py" line="171"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../record_editor.py" line="172"/>
        <source>You have changed this record without saving. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../agreements_record.py" line="59"/>
        <source>Attach signed document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="62"/>
        <source>Attach termination document...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="82"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="83"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="84"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="88"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="91"/>
        <source>Amend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="169"/>
        <source>Save first; then sign and attach documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="190"/>
        <source>Attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="192"/>
        <source>Nothing attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="197"/>
        <source>Amendment %1 against the signed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="228"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="238"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="239"/>
        <source>Say why, in a sentence (it is kept on record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="251"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="258"/>
        <source>Choose the scanned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="271"/>
        <source>Attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../agreements_record.py" line="287"/>
        <source>Amendment %1 drafted: change what it amends, save, then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../sync_tables.py" line="124"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="124"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="125"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="125"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="132"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="146"/>
        <source>new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="146"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_tables.py" line="147"/>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../emergency_pages.py" line="225"/>
        <source>3. Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="226"/>
        <source>From the template, with targets scaled to the amount. Change a target if you know better; nothing here is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <location filename="../pd_results.py" line="51"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="51"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="51"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="51"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="52"/>
        <source>Means of verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="63"/>
        <source>Add indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pd_results.py" line="66"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../rows_table.py" line="25"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../emergency_wizard.py" line="27"/>
        <source>4. Sign electronically and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="28"/>
        <source>Both signatures are recorded electronically with the date and a fingerprint of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="39"/>
        <source>Both signatories agree to sign electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="41"/>
        <source>Sign and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="51"/>
        <source>Partner signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="52"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="53"/>
        <source>UNICEF signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="54"/>
        <source>Title </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="87"/>
        <source>Name both signatories and tick the electronic signature consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_wizard.py" line="114"/>
        <source>Deferred:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../assessment_summary.py" line="47"/>
        <source>Print PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="50"/>
        <source>Submit to headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="68"/>
        <source>Summary of the %1 self-assessment of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="71"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="72"/>
        <source>Office data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="87"/>
        <source>The rating differs from what the data shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="90"/>
        <source>Met: %1   Partly met: %2   Not met: %3   Not rated: %4   Rating and data disagree: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="99"/>
        <source>Submitted on %1 by %2: locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assessment_summary.py" line="102"/>
        <source>Draft: submitting locks the ratings and the figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../sync_view.py" line="41"/>
        <source>http://hq.example.org:8700</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="44"/>
        <source>only the first time, e.g. K7QX-M2PA-9FTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="45"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="59"/>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="61"/>
        <source>Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="65"/>
        <source>Enrollment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="66"/>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="67"/>
        <source>Unsent changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="68"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="77"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="78"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="79"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="109"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_view.py" line="110"/>
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_view.py" line="112"/>
        <source>(%n refused, see Refused)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="117"/>
        <source>Last sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="119"/>
        <source>Not enrolled: enter the address and the code from HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="121"/>
        <source>all offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="122"/>
        <source>Enrolled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="124"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="126"/>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="134"/>
        <source>Enter the address of the HQ server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="141"/>
        <source>Syncing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="162"/>
        <source>Synced: %1 sent, %2 received, %3 conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="172"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../sync_view.py" line="174"/>
        <source>%1 Next try in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../emergency_pages.py" line="139"/>
        <source>2. Template, amount, dates and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="140"/>
        <source>The pre-certified template gives the results, budget split, reporting and risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="144"/>
        <source>Choose a pre-certified template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="150"/>
        <source>UNICEF amount in USD, e.g. 40000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="155"/>
        <source>YYYY-MM-DD (from the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="158"/>
        <source>Places, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="165"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="166"/>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="167"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="168"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="169"/>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="197"/>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="199"/>
        <source>Enter the UNICEF amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="201"/>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="203"/>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="205"/>
        <source>Name at least one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../emergency_pages.py" line="209"/>
        <source>An SSFA funds at most %1 USD; lower the amount or use the partner&apos;s PCA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LiveDelegate</name>
    <message>
        <location filename="../pd_budget.py" line="54"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../app.py" line="39"/>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="41"/>
        <source>PartnerDesk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="42"/>
        <source>Something went wrong: %1

Your saved work and drafts are safe. Details were written to %2; please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="strings.py" line="22"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="23"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="24"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="25"/>
        <source>Partnering cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="26"/>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="27"/>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="28"/>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="29"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="strings.py" line="30"/>
        <source>Academic institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="31"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="32"/>
        <source>Administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="33"/>
        <source>Assessed by another UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="34"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="35"/>
        <source>Budget change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="36"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="37"/>
        <source>Civil society organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="38"/>
        <source>Cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="39"/>
        <source>Cleared with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="40"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="41"/>
        <source>Collaboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="42"/>
        <source>Community-based organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="43"/>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="44"/>
        <source>Convening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="45"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="46"/>
        <source>Corporate sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="47"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="48"/>
        <source>Direct cash transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="49"/>
        <source>Direct payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="50"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="51"/>
        <source>Due diligence documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="52"/>
        <source>East Asia and Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="53"/>
        <source>Eastern and Southern Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="54"/>
        <source>Electronic signature record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="55"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="56"/>
        <source>Europe and Central Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="57"/>
        <source>Final report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="58"/>
        <source>Final review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="59"/>
        <source>Full programme document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="60"/>
        <source>Full risk assessment (micro assessment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="61"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="62"/>
        <source>Global</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="63"/>
        <source>Global programme partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="64"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="65"/>
        <source>HACT macro assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="66"/>
        <source>HPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="67"/>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="68"/>
        <source>Headquarters staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="69"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="70"/>
        <source>High risk assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="71"/>
        <source>Humanitarian report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="72"/>
        <source>Implementing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="73"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="74"/>
        <source>Informal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="75"/>
        <source>International NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="76"/>
        <source>Knowledge and innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="77"/>
        <source>Knowledge and research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="78"/>
        <source>Latin America and Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="79"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="80"/>
        <source>Legal agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="81"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="82"/>
        <source>Low capacity assumed - emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="83"/>
        <source>MOU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="84"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="85"/>
        <source>Media and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="86"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="87"/>
        <source>Memorandum of Understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="88"/>
        <source>Memorandum of understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="89"/>
        <source>Micro assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="90"/>
        <source>Middle East and North Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="91"/>
        <source>Mobilising resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="92"/>
        <source>Multilateral / international financial institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="93"/>
        <source>National NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="94"/>
        <source>No-cost extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="95"/>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="96"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="97"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="98"/>
        <source>PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="99"/>
        <source>PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="100"/>
        <source>Partnership focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="101"/>
        <source>Policy and advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="102"/>
        <source>Programmatic visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="103"/>
        <source>Programme Cooperation Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="104"/>
        <source>Programme Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="105"/>
        <source>Programme implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="106"/>
        <source>Programme officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="107"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="108"/>
        <source>Quarterly progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="109"/>
        <source>Red Cross / Red Crescent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="110"/>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="111"/>
        <source>Reimbursement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="112"/>
        <source>Rejected (unacceptable risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="113"/>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="114"/>
        <source>Results change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="115"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="116"/>
        <source>SSFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="117"/>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="118"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="119"/>
        <source>Signed agreement / document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="120"/>
        <source>Signed original of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="121"/>
        <source>Significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="122"/>
        <source>Simplified Humanitarian Programme Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="123"/>
        <source>Simplified checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="124"/>
        <source>Small Scale Funding Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="125"/>
        <source>South Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="126"/>
        <source>Spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="127"/>
        <source>Subnational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="128"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="129"/>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="130"/>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="131"/>
        <source>Termination document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="132"/>
        <source>UNICEF National Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="133"/>
        <source>United Nations entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="strings.py" line="134"/>
        <source>West and Central Africa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
