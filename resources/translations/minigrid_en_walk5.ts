<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>IntakePage</name>
        <message>
            <source>bijvoorbeeld: geen bekend</source>
            <translation>for example: none known</translation>
        </message>
        <message numerus="yes">
            <source>Lees de opmerking onder de tabel bij %n woningen.</source>
            <translation>
                <numerusform>Read the remark under the table on %n home.</numerusform>
                <numerusform>Read the remarks under the table on %n homes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TenderPage</name>
        <message>
            <source>Geen cluster heeft genoeg handtekeningen voor een uitvraag (stap 5).</source>
            <translation>No cluster has enough signatures for a tender request (step 5).</translation>
        </message>
    </context>
    <context>
        <name>QuotesModel</name>
        <message>
            <source>Geprijsd voor {0} in plaats van {1} uit de uitvraag.</source>
            <translation>Priced for {0} instead of the tender's {1}.</translation>
        </message>
    </context>
</TS>
