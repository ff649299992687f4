<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>SteadySpinBox</name>
    <message>
        <source>‘{0}’ is geen getal; het blijft {1}.</source>
        <translation>‘{0}’ is not a number; it stays {1}.</translation>
    </message>
    <message>
        <source>‘{0}’: vul een heel getal in; het blijft {1}.</source>
        <translation>‘{0}’: enter a whole number; it stays {1}.</translation>
    </message>
    <message>
        <source>‘{0}’ heeft te veel cijfers achter de komma; het blijft {1}.</source>
        <translation>‘{0}’ has too many decimals; it stays {1}.</translation>
    </message>
    <message>
        <source>‘{0}’ ligt niet tussen {2} en {3}; het blijft {1}.</source>
        <translation>‘{0}’ is not between {2} and {3}; it stays {1}.</translation>
    </message>
</context>
</TS>
