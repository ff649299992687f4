<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>IntakePage</name>
        <message>
            <source>bijvoorbeeld: geen bekend, of glasvezel in de stoep</source>
            <translation>for example: none known, or fibre under the pavement</translation>
        </message>
    </context>
</TS>
