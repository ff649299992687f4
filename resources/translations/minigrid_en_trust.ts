<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>QuotesPanel</name>
        <message>
            <source>… en nog {0} (onder de tabel)</source>
            <translation>… and {0} more (under the table)</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>De grafiek toont het veld dat het koudst wordt: {0}.</source>
            <translation>The chart shows the field that gets coldest: {0}.</translation>
        </message>
    </context>
</TS>
