<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>SecondEveningPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="249" />
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="471" />
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="516" />
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="532" />
      <source>Documenten voor de bewonersavond</source>
      <translation>Documents for the residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="252" />
      <source>Eén intentieverklaring per woning die meedoet (en alle samen in één bestand om te printen), een keukentafelblad per woning en het verslag voor de avond, als PDF.</source>
      <translation>One declaration of intent per participating home (and all of them in one file for printing), a kitchen-table handout per home and the report for the evening, as PDF.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="256" />
      <source>Buren noemen met:</source>
      <translation>Name neighbours by:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="260" />
      <source>alleen huisnummer</source>
      <translation>house number only</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="261" />
      <source>anoniem (Woning 1, 2, …)</source>
      <translation>anonymous (Home 1, 2, …)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="264" />
      <source>Documenten voor de bewonersavond…</source>
      <translation>Documents for the residents' evening…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="452" />
      <source>Wat als {0} niet tekent?</source>
      <translation>What if {0} does not sign?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="478" />
      <source>Er is nog niets berekend: vul eerst de woningen en hun gasverbruik in.</source>
      <translation>Nothing has been computed yet: first enter the homes and their gas use.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="483" />
      <source>Map voor de documenten kiezen</source>
      <translation>Choose a folder for the documents</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="495" />
      <source>Bezig met de documenten…</source>
      <translation>Making the documents…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="524" />
      <source>{0} documenten geschreven in {1}</source>
      <translation>{0} documents written to {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="530" />
      <source>De documenten konden niet worden gemaakt.</source>
      <translation>The documents could not be made.</translation>
    </message>
  </context>
</TS>