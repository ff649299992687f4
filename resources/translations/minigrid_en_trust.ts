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
</TS>
