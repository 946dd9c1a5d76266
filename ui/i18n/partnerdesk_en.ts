<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActorPicker</name>
    <message numerus="yes">
        <location filename="../interchange/actors.py" line="25"/>
        <source>%Ln activities</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsStartup</name>
    <message numerus="yes">
        <location filename="strings.py" line="1058"/>
        <source>%Ln agreement status changes applied for today&apos;s date.</source>
        <translation>
            <numerusform>%Ln agreement status change applied for today&apos;s date.</numerusform>
            <numerusform>%Ln agreement status changes applied for today&apos;s date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <location filename="../agreements/amendment_diff.py" line="84"/>
        <source>%Ln changes against the signed version.</source>
        <translation>
            <numerusform>%Ln change against the signed version.</numerusform>
            <numerusform>%Ln changes against the signed version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="strings.py" line="1063"/>
        <source>Exported %Ln rows to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileButtons</name>
    <message numerus="yes">
        <location filename="../sync_state/files.py" line="105"/>
        <source>%Ln changes written to the file. Take it to HQ, then import the answer HQ gives you.</source>
        <translation>
            <numerusform>%Ln change written to the file. Take it to HQ, then import the answer HQ gives you.</numerusform>
            <numerusform>%Ln changes written to the file. Take it to HQ, then import the answer HQ gives you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message numerus="yes">
        <location filename="../widgets/list_model.py" line="341"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../main_window.py" line="218"/>
        <source>%Ln unsent changes</source>
        <translation>
            <numerusform>%Ln unsent change</numerusform>
            <numerusform>%Ln unsent changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message numerus="yes">
        <location filename="../cycle/form.py" line="250"/>
        <source>%Ln problems to fix before saving.</source>
        <translation>
            <numerusform>%Ln problem to fix before saving.</numerusform>
            <numerusform>%Ln problems to fix before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="124"/>
        <source>%Ln changes waiting</source>
        <translation>
            <numerusform>%Ln change waiting</numerusform>
            <numerusform>%Ln changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="126"/>
        <source>(%Ln refused, see Refused)</source>
        <translation>
            <numerusform>(%Ln refused, see Refused)</numerusform>
            <numerusform>(%Ln refused, see Refused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="189"/>
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln sent</numerusform>
            <numerusform>%Ln sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="190"/>
        <source>%Ln received</source>
        <translation>
            <numerusform>%Ln received</numerusform>
            <numerusform>%Ln received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../sync_state/view.py" line="191"/>
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../widgets/timeline.py" line="99"/>
        <source>%Ln status changes, oldest first.</source>
        <translation>
            <numerusform>%Ln status change, oldest first.</numerusform>
            <numerusform>%Ln status changes, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message numerus="yes">
        <location filename="strings.py" line="1068"/>
        <source>%n changes have waited since {since}; last successful sync: {last}. Sync when a link is up.</source>
        <translation>
            <numerusform>%n change has waited since {since}; last successful sync: {last}. Sync when a link is up.</numerusform>
            <numerusform>%n changes have waited since {since}; last successful sync: {last}. Sync when a link is up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1069"/>
        <source>%n changes have waited since {since}; none ever reached headquarters. Sync when a link is up.</source>
        <translation>
            <numerusform>%n change has waited since {since}; it never reached headquarters. Sync when a link is up.</numerusform>
            <numerusform>%n changes have waited since {since}; none ever reached headquarters. Sync when a link is up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1070"/>
        <source>%n changes were set aside; see the Sync view for the reasons.</source>
        <translation>
            <numerusform>%n change was set aside; see the Sync view for the reason.</numerusform>
            <numerusform>%n changes were set aside; see the Sync view for the reasons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1071"/>
        <source>%n days left.</source>
        <translation>
            <numerusform>%n day left.</numerusform>
            <numerusform>%n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1072"/>
        <source>%n fields were changed both here and at headquarters; choose which value to keep in the Sync view.</source>
        <translation>
            <numerusform>%n field was changed both here and at headquarters; choose which value to keep in the Sync view.</numerusform>
            <numerusform>%n fields were changed both here and at headquarters; choose which value to keep in the Sync view.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1073"/>
        <source>%n {table} records made since the import use its {parent} records</source>
        <translation>
            <numerusform>%n {table} record made since the import uses its {parent} records</numerusform>
            <numerusform>%n {table} records made since the import use its {parent} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1074"/>
        <source>%n {table} records were edited after the import</source>
        <translation>
            <numerusform>%n {table} record was edited after the import</numerusform>
            <numerusform>%n {table} records were edited after the import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1075"/>
        <source>HQ does not know the fields {fields} of {table}.</source>
        <translation>
            <numerusform>HQ does not know the field {fields} of {table}.</numerusform>
            <numerusform>HQ does not know the fields {fields} of {table}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1076"/>
        <source>Matches {partner}, whose {fields} differ; the existing values are kept.</source>
        <translation>
            <numerusform>Matches {partner}, whose {fields} differs; the existing values are kept.</numerusform>
            <numerusform>Matches {partner}, whose {fields} differ; the existing values are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1077"/>
        <source>Too many wrong enrollment codes from this address; try again in %n minutes with the code HQ gave you.</source>
        <translation>
            <numerusform>Too many wrong enrollment codes from this address; try again in %n minute with the code HQ gave you.</numerusform>
            <numerusform>Too many wrong enrollment codes from this address; try again in %n minutes with the code HQ gave you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1078"/>
        <source>Unknown offices at HQ: {codes}. Add them first with &apos;hq office add&apos;.</source>
        <translation>
            <numerusform>Unknown office at HQ: {codes}. Add it first with &apos;hq office add&apos;.</numerusform>
            <numerusform>Unknown offices at HQ: {codes}. Add them first with &apos;hq office add&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="strings.py" line="1079"/>
        <source>{problem} (%n more problems in this row)</source>
        <translation>
            <numerusform>{problem} (%n more problem in this row)</numerusform>
            <numerusform>{problem} (%n more problems in this row)</numerusform>
        </translation>
    </message>
</context>
</TS>
