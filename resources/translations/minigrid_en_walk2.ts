<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ScopePanel</name>
    <message>
        <source>Leeg: dan {0}, de contactpersoon bij de intake</source>
        <translation>Empty: then {0}, the contact person of the intake</translation>
    </message>
    <message>
        <source>Leeg: dan de initiatiefnemers</source>
        <translation>Empty: then the initiators</translation>
    </message>
    <message>
        <source>Planning:</source>
        <translation>Planning:</translation>
    </message>
    <message>
        <source>Planning, gerekend vanaf vandaag zolang 'Uitvraag verstuurd op' leeg is:</source>
        <translation>Planning, counted from today while 'Request sent on' is empty:</translation>
    </message>
</context>
</TS>
