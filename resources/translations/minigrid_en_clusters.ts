<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ClusterChangesNote</name>
    <message>
        <source>Melding sluiten</source>
        <translation>Close this note</translation>
    </message>
    <message>
        <source>Clusters gewijzigd</source>
        <translation>Clusters changed</translation>
    </message>
</context>
<context>
    <name>ClustersPanel</name>
    <message>
        <source>Clusters opnieuw indelen</source>
        <translation>Re-form clusters</translation>
    </message>
    <message>
        <source>Verdeelt alle deelnemende woningen opnieuw over clusters langs de straat, met het aantal woningen per cluster hiernaast. Ook met de hand verplaatste woningen worden opnieuw ingedeeld. Wat er verandert, ziet u boven de clusters; Ongedaan maken zet het terug.</source>
        <translation>Divides all participating homes again into clusters along the street, with the number of homes per cluster set alongside. Homes moved by hand are divided again too. What changes is shown above the clusters; Undo puts it back.</translation>
    </message>
    <message>
        <source>Nog geen clusters: die komen er zodra er woningen met hun gasverbruik zijn.</source>
        <translation>No clusters yet: they come as soon as there are homes with their gas use.</translation>
    </message>
    <message>
        <source>Niet nodig: de clusters zijn al automatisch ingedeeld.</source>
        <translation>Not needed: the clusters are already formed automatically.</translation>
    </message>
    <message>
        <source>Niet nodig: de clusters zijn nu al automatisch ingedeeld langs de straat, dus opnieuw indelen verandert niets. De knop werkt weer zodra de indeling vaststaat, bijvoorbeeld als u een woning naar een ander cluster verplaatst of als er een woning afvalt.</source>
        <translation>Not needed: the clusters are already formed automatically along the street, so re-forming them changes nothing. The button works again once the arrangement is fixed, for example when you move a home to another cluster or a home drops out.</translation>
    </message>
    <message>
        <source>De indeling staat vast: doet een woning niet meer mee of komt er een bij, dan blijven de andere woningen in hun cluster. &apos;Clusters opnieuw indelen&apos; verdeelt alle woningen opnieuw (ook een ander aantal woningen per cluster geldt pas dan).</source>
        <translation>The clusters are fixed: when a home drops out or joins, the other homes keep their cluster. &apos;Re-form clusters&apos; divides all homes again (a different number of homes per cluster also takes effect only then).</translation>
    </message>
</context>
</TS>
