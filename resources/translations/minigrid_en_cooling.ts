<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>BusinessCasePage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="259" />
      <source>Koelen in de zomer</source>
      <translation>Cooling in summer</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="260" />
      <source>deze woning wil koelen; de stroom ervoor zit in de maandlasten</source>
      <translation>this home wants cooling; its electricity is in the monthly costs</translation>
    </message>
  </context>
</TS>
