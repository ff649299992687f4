<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>IntakePage</name>
    <message>
        <source>Meer kolommen: besparing isolatie, afstand, cv-ketel, 3-fase, opmerkingen, koelen</source>
        <translation>More columns: insulation savings, distance, boiler age, 3-phase, notes, cooling</translation>
    </message>
    <message>
        <source>Ook de kolommen tonen die meestal de adviseur invult of die weinig woningen nodig hebben. Bij plakken uit een spreadsheet komen ze ook zonder deze kolommen op hun plek.</source>
        <translation>Also show the columns the advisor usually fills in or few homes need. Pasted from a spreadsheet, they go to their place even when these columns are hidden.</translation>
    </message>
</context>
</TS>
