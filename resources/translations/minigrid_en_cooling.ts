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
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="160" />
      <source>In de straat gerekend met de boorgaten van %n andere velden in de buurt; als niemand anders in de buurt boort: {0} m.</source>
      <translation>
        <numerusform>Computed in the street with the boreholes of %n other field nearby; if nobody else nearby drilled: {0} m.</numerusform>
        <numerusform>Computed in the street with the boreholes of %n other fields nearby; if nobody else nearby drilled: {0} m.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ClustersPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Ruimte langs de straat voor de velden</source>
      <translation>Room along the street for the fields</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>hele straat</source>
      <translation>whole street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Hoeveel meter langs de straat de gedeelde velden mogen gebruiken, vanaf de eerste woning. De strook van één cluster past u aan met de rechtermuisknop op het cluster.</source>
      <translation>How many metres along the street the shared fields may use, from the first home. Change one cluster's strip with a right click on the cluster.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Ruimte langs de straat wijzigen</source>
      <translation>Change the room along the street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Strook voor het veld van {0} wijzigen</source>
      <translation>Change the strip for the field of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Ruimte voor het gedeelde veld van {0}</source>
      <translation>Room for the shared field of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Waar het gedeelde veld mag komen, langs de straat. 0 = standaard: langs de gevels van de woningen, één rij breed.</source>
      <translation>Where the shared field may go, along the street. 0 = default: along the homes' frontage, one row wide.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>standaard</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Lengte langs de straat</source>
      <translation>Length along the street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Breedte</source>
      <translation>Width</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="1" />
      <source>Ruimte voor het gedeelde veld…</source>
      <translation>Room for the shared field…</translation>
    </message>
  </context>
</TS>
