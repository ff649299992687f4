<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>ClustersCompletePanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/clusters.py" line="38" />
      <source>Zijn de clusters compleet?</source>
      <translation>Are the clusters complete?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/clusters.py" line="42" />
      <source>Nog geen clusters.</source>
      <translation>No clusters yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/clusters.py" line="50" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: alle {1} woningen hebben getekend: compleet.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: all {1} homes have signed: complete.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/clusters.py" line="54" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: {1} van {2} getekend, nog niet compleet. Nog nodig: {3}.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} signed, not complete yet. Still needed: {3}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/clusters.py" line="59" />
      <source>Wat als {0} niet tekent?</source>
      <translation>What if {0} does not sign?</translation>
    </message>
  </context>
  <context>
    <name>ClustersPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="129" />
      <source>Clusters: buren die één bron delen</source>
      <translation>Clusters: neighbours who share one source</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="132" />
      <source>Sleep een woning naar een ander cluster, of klik er met de rechtermuisknop op en kies 'Verplaats naar cluster…'.</source>
      <translation>Drag a home to another cluster, or right-click it and choose 'Move to cluster…'.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="136" />
      <source>Automatisch indelen</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="137" />
      <source>Woningen per cluster</source>
      <translation>Homes per cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="138" />
      <source>Ruimte voor latere deelnemers (per cluster)</source>
      <translation>Room for later joiners (per cluster)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="139" />
      <source>Opstelling boorgaten</source>
      <translation>Borehole layout</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="140" />
      <source>Verdeelsleutel gedeelde kosten</source>
      <translation>Allocation of shared costs</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="142" />
      <source>Verdeelsleutel: hoe de kosten van de gedeelde bron (boorgaten en leidingen) over de woningen van een cluster worden verdeeld.</source>
      <translation>Allocation key: how the costs of the shared source (boreholes and pipes) are split between the homes of a cluster.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="147" />
      <source>Op een lijn</source>
      <translation>In a line</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="148" />
      <source>In een rechthoek</source>
      <translation>In a rectangle</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="149" />
      <source>Naar onttrokken bodemwarmte</source>
      <translation>By ground heat extracted</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="150" />
      <source>Gelijk over de woningen</source>
      <translation>Equally over the homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="151" />
      <source>Naar ontwerpvermogen</source>
      <translation>By design load</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="168" />
      <source>Woningen per cluster wijzigen</source>
      <translation>Change homes per cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="172" />
      <source>Reserve voor latere deelnemers wijzigen</source>
      <translation>Change reserve for later joiners</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="177" />
      <source>Opstelling boorgaten wijzigen</source>
      <translation>Change borehole layout</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="182" />
      <source>Verdeelsleutel wijzigen</source>
      <translation>Change allocation key</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="236" />
      <source>{0} naar {1} verplaatsen</source>
      <translation>Move {0} to {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="252" />
      <source>Clusters automatisch indelen</source>
      <translation>Arrange clusters automatically</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="257" />
      <source>Verplaats naar cluster…</source>
      <translation>Move to cluster…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="269" />
      <source>Nieuw cluster</source>
      <translation>New cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="289" />
      <source>{0}: {1} woningen, {2} m leiding</source>
      <translation>{0}: {1} homes, {2} m of pipe</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="291" />
      <source> (met de hand ingedeeld)</source>
      <translation> (arranged by hand)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="313" />
      <source>Niet in een cluster ({0})</source>
      <translation>Not in a cluster ({0})</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="316" />
      <source>doet niet mee</source>
      <translation>not joining</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/clusters.py" line="316" />
      <source>gegevens onvolledig</source>
      <translation>data incomplete</translation>
    </message>
  </context>
  <context>
    <name>ConditionsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="62" />
      <source>Voorwaarden van de bewoners</source>
      <translation>The residents' conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="65" />
      <source>Per voorwaarde van de eerste bewonersavond: ✓ voldaan, ✗ niet voldaan, ? niet met de cijfers te controleren. Dit geldt voor de woningen die meedoen.</source>
      <translation>Per condition from the first residents' evening: ✓ met, ✗ not met, ? cannot be checked by the numbers. This applies to the homes that take part.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="70" />
      <source>Voorwaarde</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="82" />
      <source>voldaan</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="82" />
      <source>niet voldaan</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="82" />
      <source>niet te controleren</source>
      <translation>cannot be checked</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/conditions.py" line="99" />
      <source>Nog geen voorwaarden ingevuld: doe dat bij de eerste bewonersavond.</source>
      <translation>No conditions entered yet: do that at the first residents' evening.</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="55" />
      <source>Documenten voor de bewonersavond</source>
      <extracomment>files written by the last make_documents(), and the folder</extracomment>
      <translation>Documents for the residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="61" />
      <source>Eén intentieverklaring per woning die meedoet (en alle samen in één bestand om te printen), een keukentafelblad per woning en het verslag voor de avond, als PDF.</source>
      <translation>One declaration of intent per participating home (and all of them in one file for printing), a kitchen-table handout per home and the report for the evening, as PDF.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="65" />
      <source>Buren noemen met:</source>
      <translation>Name neighbours by:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="69" />
      <source>alleen huisnummer</source>
      <translation>house number only</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="70" />
      <source>anoniem (Woning 1, 2, …)</source>
      <translation>anonymous (Home 1, 2, …)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="73" />
      <source>Documenten voor de bewonersavond…</source>
      <translation>Documents for the residents' evening…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="91" />
      <source>Er is nog niets berekend: vul eerst de woningen en hun gasverbruik in.</source>
      <translation>Nothing has been computed yet: first enter the homes and their gas use.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="95" />
      <source>Map voor de documenten kiezen</source>
      <translation>Choose a folder for the documents</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="108" />
      <source>Bezig met de documenten…</source>
      <translation>Making the documents…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="142" />
      <source>{0} documenten geschreven in {1}</source>
      <translation>{0} documents written to {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="149" />
      <source>De documenten konden niet worden gemaakt.</source>
      <translation>The documents could not be made.</translation>
    </message>
  </context>
  <context>
    <name>DropOutPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="63" />
      <source>Wat als iemand niet meedoet?</source>
      <extracomment>a monthly change smaller than this is "not more expensive" [€/month] (whole euros on screen)</extracomment>
      <translation>What if someone does not join?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="64" />
      <source>Stel dat deze woning niet meedoet:</source>
      <translation>Suppose this home does not join:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="67" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="68" />
      <source>Cluster (nu → dan)</source>
      <translation>Cluster (now → then)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="69" />
      <source>Per maand nu</source>
      <translation>Per month now</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="70" />
      <source>Per maand dan</source>
      <translation>Per month then</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="71" />
      <source>Eenmalig (nu → dan)</source>
      <translation>One-off (now → then)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="87" />
      <source>kies een woning…</source>
      <translation>choose a home…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="114" />
      <source>Bezig met rekenen…</source>
      <translation>Calculating…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="123" />
      <source>Dit kon niet worden berekend.</source>
      <translation>This could not be calculated.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="130" />
      <source>Kies een woning om te zien wat er voor de buren verandert als die niet meedoet.</source>
      <translation>Choose a home to see what changes for the neighbours if it does not join.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="140" />
      <source>Als {0} niet meedoet, verandert er voor de anderen niets.</source>
      <translation>If {0} does not join, nothing changes for the others.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="144" />
      <source>Er blijven {0} clusters.</source>
      <translation>{0} clusters remain.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="146" />
      <source>Er zijn dan {0} clusters in plaats van {1}.</source>
      <translation>There are then {0} clusters instead of {1}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="149" />
      <source>hooguit {0} per maand meer</source>
      <translation>at most {0} a month more</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="151" />
      <source>per maand niet duurder</source>
      <translation>not dearer per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/dropout.py" line="153" />
      <source>Als {0} niet meedoet, verandert voor {1} woningen de gedeelde bodemlus: {2}. {3}</source>
      <translation>If {0} does not join, the shared ground loop changes for {1} homes: {2}. {3}</translation>
    </message>
  </context>
  <context>
    <name>FieldsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="54" />
      <source>Bodemvelden (de bron)</source>
      <extracomment>fields shown without scrolling</extracomment>
      <translation>Borefields (the source)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="57" />
      <source>Bodemveld</source>
      <translation>Borefield</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="58" />
      <source>Woningen</source>
      <translation>Homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="59" />
      <source>Boorgaten</source>
      <translation>Boreholes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="60" />
      <source>Diepte</source>
      <translation>Depth</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="61" />
      <source>Totale lengte</source>
      <translation>Total length</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="62" />
      <source>Laagste vloeistoftemperatuur</source>
      <translation>Lowest fluid temperature</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="63" />
      <source>Vuistregel</source>
      <translation>Rule of thumb</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="70" />
      <source>Gedeelde bodemlus {0}</source>
      <translation>Shared ground loop {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="72" />
      <source>Eigen bodemlus {0}</source>
      <translation>Own ground loop {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="81" />
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="132" />
      <source>Nog geen bodemvelden berekend.</source>
      <translation>No borefields computed yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="92" />
      <source> (wijkt &gt; 30 % af)</source>
      <translation> (differs &gt; 30%)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="115" />
      <source>niet mogelijk</source>
      <translation>not possible</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="145" />
      <source>Voorlopig: deze lengte komt alleen uit de vuistregel; de berekening volgt.</source>
      <translation>Provisional: this length comes from the rule of thumb only; the calculation follows.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="155" />
      <source>Controle met de vuistregel (50 W per meter): {0} m, dat klopt in grote lijnen.</source>
      <translation>Check with the rule of thumb (50 W per metre): {0} m, which broadly agrees.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="193" />
      <source>Vuistregel (50 W per meter): {0} m. Geen controle hier: het kortste boorgat dat Minigrid rekent ({1} m) is al genoeg, korter zou ook volstaan.</source>
      <translation>Rule of thumb (50 W per metre): {0} m. No check here: the shortest borehole Minigrid sizes ({1} m) is already enough; shorter would do too.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/fields.py" line="160" />
      <source>Investering in dit veld: {0}.</source>
      <translation>Investment in this field: {0}.</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/households.py" line="42" />
      <source>Per woning</source>
      <extracomment>rows shown without scrolling, and their height [px]</extracomment>
      <translation>Per home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/households.py" line="45" />
      <source>De aanvoertemperatuur is hoe heet het water in de radiator moet zijn; Minigrid stelt die voor uit het bouwjaar en de isolatie. Dubbelklik op een grijze waarde om een eigen waarde in te vullen.</source>
      <translation>The supply temperature is how hot the water in the radiator must be; Minigrid suggests it from the build year and insulation. Double-click a grey value to enter your own.</translation>
    </message>
  </context>
  <context>
    <name>ParticipationPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="69" />
      <source>Wie doet mee?</source>
      <translation>Who takes part?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="71" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="71" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="71" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="71" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="77" />
      <source>Onbekend</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="78" />
      <source>Geïnteresseerd</source>
      <translation>Interested</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="79" />
      <source>Getekend</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="80" />
      <source>Doet niet mee</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="107" />
      <source>dd-mm-jjjj</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="121" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="157" />
      <source>Status van {0}: {1}</source>
      <translation>Status of {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="164" />
      <source>'{0}' is geen datum; schrijf bijvoorbeeld 14-03-2025.</source>
      <translation>'{0}' is not a date; write for example 14-03-2025.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="174" />
      <source>Datum van {0} wijzigen</source>
      <translation>Change date of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="185" />
      <source>{0} van {1} woningen heeft getekend ({2} %).</source>
      <translation>{0} of {1} homes has signed ({2}%).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="187" />
      <source>{0} van {1} woningen hebben getekend ({2} %).</source>
      <translation>{0} of {1} homes have signed ({2}%).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="190" />
      <source>{0} geïnteresseerd, {1} doet niet mee.</source>
      <translation>{0} interested, {1} declined.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="192" />
      <source>{0} geïnteresseerd, {1} doen niet mee.</source>
      <translation>{0} interested, {1} declined.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="200" />
      <source>{0} % getekend</source>
      <translation>{0}% signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/participation.py" line="204" />
      <source>Ter vergelijking: in de Utrechtse pilots deed na drie maanden gemiddeld {0} % mee; u zit {1}. Wie niet meedoet, kan later vaak nog aansluiten als er ruimte is gereserveerd.</source>
      <translation>For comparison: in the Utrecht pilots on average {0}% took part after three months; you are {1}. Those who do not join now can often connect later if room is reserved.</translation>
    </message>
  </context>
  <context>
    <name>QuickscanPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/page.py" line="39" />
      <source>Kan het technisch?</source>
      <translation>Is it technically possible?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/page.py" line="42" />
      <source>Technische quickscan</source>
      <translation>Technical quick scan</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/page.py" line="46" />
      <source>De bodemvelden zijn nog voorlopig (vuistregel).</source>
      <translation>The borefields are still provisional (rule of thumb).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/page.py" line="47" />
      <source>Nog geen clusters: er zijn (nog) geen deelnemende woningen met compleet gasverbruik.</source>
      <translation>No clusters yet: there are no participating homes with complete gas use (yet).</translation>
    </message>
  </context>
  <context>
    <name>ScorecardPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="47" />
      <source>Afwegingskader: hoe kansrijk is het initiatief?</source>
      <translation>Assessment framework: how promising is the initiative?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="49" />
      <source>Acht punten uit de handreiking van de provincie Utrecht, gevuld uit de intake en de cijfers.</source>
      <translation>Eight points from the guide of the Province of Utrecht, filled in from the intake and the numbers.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="51" />
      <source>Punt</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="51" />
      <source>Oordeel</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="51" />
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="55" />
      <source>gunstig</source>
      <translation>favourable</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="55" />
      <source>nagaan</source>
      <translation>check</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/scorecard.py" line="55" />
      <source>zwak</source>
      <translation>weak</translation>
    </message>
  </context>
  <context>
    <name>SecondEveningPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/page.py" line="38" />
      <source>Wie tekent?</source>
      <translation>Who signs?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/page.py" line="41" />
      <source>Tweede bewonersavond</source>
      <translation>Second residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/page.py" line="45" />
      <source>Nog geen voorwaarden van bewoners (eerste bewonersavond).</source>
      <translation>No residents' conditions yet (first residents' evening).</translation>
    </message>
  </context>
  <context>
    <name>WarningsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/warnings.py" line="31" />
      <source>Aandachtspunten</source>
      <translation>Points to note</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/warnings.py" line="46" />
      <source>Geen aandachtspunten: de invoer is compleet en de clusters passen.</source>
      <translation>Nothing to note: the input is complete and the clusters fit.</translation>
    </message>
  </context>
  <context>
    <name>WcwPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/wcw.py" line="31" />
      <source>Regels: Wet collectieve warmte</source>
      <translation>Rules: Collective Heat Act (Wcw)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/wcw.py" line="35" />
      <source>Nog niet bepaald: vul eerst de woningen in.</source>
      <translation>Not determined yet: enter the homes first.</translation>
    </message>
    <message numerus="yes">
      <source>%n aansluitingen: de woningen die meedoen.</source>
      <translation>
        <numerusform>%n connection: the home taking part.</numerusform>
        <numerusform>%n connections: the homes taking part.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n aansluitingen in de berekening.</source>
      <translation>
        <numerusform>%n connection in the calculation.</numerusform>
        <numerusform>%n connections in the calculation.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Van de {0} woningen die meedoen is %n nog niet berekend: gegevens onvolledig (zie de intake).</source>
      <translation>
        <numerusform>Of the {0} homes taking part, %n is not computed yet: data incomplete (see the intake).</numerusform>
        <numerusform>Of the {0} homes taking part, %n are not computed yet: data incomplete (see the intake).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/wcw.py" line="46" />
      <source>Passende organisatievormen, beste eerst:</source>
      <translation>Fitting forms of organisation, best first:</translation>
    </message>
  </context>
</TS>
