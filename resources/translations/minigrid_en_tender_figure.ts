<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Per woning</source>
            <translation>Per home</translation>
        </message>
    </context>
</TS>
