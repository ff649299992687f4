<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>de documenten voor de bewonersavond</source>
            <translation>the documents for the residents' evening</translation>
        </message>
    </context>
    <context>
        <name>ProjectController</name>
        <message>
            <source>Minigrid schrijft nog: {0}. Als u nu afsluit, is dat niet af. Wachten tot het klaar is, of toch afsluiten?</source>
            <translation>Minigrid is still writing: {0}. If you close now, it will not be finished. Wait until it is done, or close anyway?</translation>
        </message>
        <message>
            <source>Nog bezig met schrijven</source>
            <translation>Still writing</translation>
        </message>
        <message>
            <source>Toch afsluiten</source>
            <translation>Close anyway</translation>
        </message>
        <message>
            <source>Wachten</source>
            <translation>Wait</translation>
        </message>
        <message>
            <source>de Excel-werkmap</source>
            <translation>the Excel workbook</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>het besluit (PDF)</source>
            <translation>the decision (PDF)</translation>
        </message>
    </context>
    <context>
        <name>TenderDocumentsPanel</name>
        <message>
            <source>de uitvraag</source>
            <translation>the tender request</translation>
        </message>
    </context>
</TS>
