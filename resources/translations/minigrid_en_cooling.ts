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
  <context>
    <name>HouseholdsModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="262" />
      <source>Wil koelen</source>
      <translation>Wants cooling</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="292" />
      <source>Wil deze woning in de zomer koelen? Minigrid rekent dan de koeling mee: passief via de bodemlus, actief met een luchtwarmtepomp; een cv-ketel kan niet koelen.</source>
      <translation>Does this home want cooling in summer? Minigrid then counts the cooling: passive through the ground loop, active with an air heat pump; a gas boiler cannot cool.</translation>
    </message>
  </context>
  <context>
    <name>FieldsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="160" />
      <source>In de straat gerekend met de boorgaten van {0} andere velden in de buurt; als niemand anders in de buurt boort: {1} m.</source>
      <translation>Computed in the street with the boreholes of {0} other fields nearby; if nobody else nearby drilled: {1} m.</translation>
    </message>
  </context>
</TS>
