<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch is the source language; this part holds only the plural forms of messages that
     count something (tr("%n woningen", "", n)), as Qt asks for a source language with plurals. -->
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>BusinessCasePage</name>
    <message numerus="yes">
        <source>{0} van %n woningen nog niet berekend: gegevens onvolledig.</source>
        <translation>
            <numerusform>{0} van %n woning nog niet berekend: gegevens onvolledig.</numerusform>
            <numerusform>{0} van %n woningen nog niet berekend: gegevens onvolledig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClustersCompletePanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;{0}&lt;/b&gt;: alle %n woningen hebben getekend: compleet.</source>
        <translation>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: de woning heeft getekend: compleet.</numerusform>
            <numerusform>&lt;b&gt;{0}&lt;/b&gt;: alle %n woningen hebben getekend: compleet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClustersPanel</name>
    <message numerus="yes">
        <source>{0}: %n woningen, {1} m leiding</source>
        <translation>
            <numerusform>{0}: %n woning, {1} m leiding</numerusform>
            <numerusform>{0}: %n woningen, {1} m leiding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropOutPanel</name>
    <message numerus="yes">
        <source>Er blijven %n clusters.</source>
        <translation>
            <numerusform>Er blijft %n cluster.</numerusform>
            <numerusform>Er blijven %n clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Er zijn dan %n clusters in plaats van {0}.</source>
        <translation>
            <numerusform>Er is dan %n cluster in plaats van {0}.</numerusform>
            <numerusform>Er zijn dan %n clusters in plaats van {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Als {0} niet meedoet, verandert voor %n woningen de gedeelde bodemlus: {1}. {2}</source>
        <translation>
            <numerusform>Als {0} niet meedoet, verandert voor %n woning de gedeelde bodemlus: {1}. {2}</numerusform>
            <numerusform>Als {0} niet meedoet, verandert voor %n woningen de gedeelde bodemlus: {1}. {2}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupSummary</name>
    <message numerus="yes">
        <source>%n woningen</source>
        <translation>
            <numerusform>%n woning</numerusform>
            <numerusform>%n woningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n clusters</source>
        <translation>
            <numerusform>, %n cluster</numerusform>
            <numerusform>, %n clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message numerus="yes">
        <source>%n woningen verwijderen</source>
        <translation>
            <numerusform>%n woning verwijderen</numerusform>
            <numerusform>%n woningen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rijen plakken</source>
        <translation>
            <numerusform>%n rij plakken</numerusform>
            <numerusform>%n rijen plakken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHouseholdsDialog</name>
    <message numerus="yes">
        <source>%n woningen worden toegevoegd aan het project.</source>
        <translation>
            <numerusform>%n woning wordt toegevoegd aan het project.</numerusform>
            <numerusform>%n woningen worden toegevoegd aan het project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n woningen staan al in het project (zelfde adres of naam) en worden niet opnieuw toegevoegd; wat de enquête anders zegt, staat bij de rij.</source>
        <translation>
            <numerusform>%n woning staat al in het project (zelfde adres of naam) en wordt niet opnieuw toegevoegd; wat de enquête anders zegt, staat bij de rij.</numerusform>
            <numerusform>%n woningen staan al in het project (zelfde adres of naam) en worden niet opnieuw toegevoegd; wat de enquête anders zegt, staat bij de rij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>Bij %n woningen ontbreekt nog iets of klopt iets niet.</source>
        <translation>
            <numerusform>Bij %n woning ontbreekt nog iets of klopt iets niet.</numerusform>
            <numerusform>Bij %n woningen ontbreekt nog iets of klopt iets niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lees de opmerking onder de tabel bij %n woningen.</source>
        <translation>
            <numerusform>Lees de opmerking onder de tabel bij %n woning.</numerusform>
            <numerusform>Lees de opmerkingen onder de tabel bij %n woningen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… en nog %n opmerkingen.</source>
        <translation>
            <numerusform>… en nog %n opmerking.</numerusform>
            <numerusform>… en nog %n opmerkingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipationPanel</name>
    <message numerus="yes">
        <source>Getekend: {0} van %n woningen ({1} %).</source>
        <translation>
            <numerusform>Getekend: {0} van %n woning ({1} %).</numerusform>
            <numerusform>Getekend: {0} van %n woningen ({1} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Van de geïnteresseerden zijn er %n alleen geteld op de eerste bewonersavond; zet ze hieronder op 'Geïnteresseerd' als u weet welke woningen het zijn.</source>
        <translation>
            <numerusform>Van de geïnteresseerden is er %n alleen geteld op de eerste bewonersavond; zet die woning hieronder op 'Geïnteresseerd' als u weet welke het is.</numerusform>
            <numerusform>Van de geïnteresseerden zijn er %n alleen geteld op de eerste bewonersavond; zet ze hieronder op 'Geïnteresseerd' als u weet welke woningen het zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <source>%n bodemvelden</source>
        <translation>
            <numerusform>%n bodemveld</numerusform>
            <numerusform>%n bodemvelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boorgaten</source>
        <translation>
            <numerusform>%n boorgat</numerusform>
            <numerusform>%n boorgaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alles opgeteld, gemiddeld per deelnemende woning (%n woningen): energie, onderhoud, lening en vervanging.</source>
        <translation>
            <numerusform>Alles opgeteld, gemiddeld per deelnemende woning (%n woning): energie, onderhoud, lening en vervanging.</numerusform>
            <numerusform>Alles opgeteld, gemiddeld per deelnemende woning (%n woningen): energie, onderhoud, lening en vervanging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gemiddeld per deelnemende woning (%n woningen), in het eerste jaar, inclusief lening en onderhoud.</source>
        <translation>
            <numerusform>Gemiddeld per deelnemende woning (%n woning), in het eerste jaar, inclusief lening en onderhoud.</numerusform>
            <numerusform>Gemiddeld per deelnemende woning (%n woningen), in het eerste jaar, inclusief lening en onderhoud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gemiddeld per deelnemende woning (%n woningen), na ISDE-subsidie. Te lenen via het Warmtefonds.</source>
        <translation>
            <numerusform>Gemiddeld per deelnemende woning (%n woning), na ISDE-subsidie. Te lenen via het Warmtefonds.</numerusform>
            <numerusform>Gemiddeld per deelnemende woning (%n woningen), na ISDE-subsidie. Te lenen via het Warmtefonds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecondEveningPage</name>
    <message numerus="yes">
        <source>Nog %n woningen hebben niet getekend en niet afgezegd.</source>
        <translation>
            <numerusform>Nog %n woning heeft niet getekend en niet afgezegd.</numerusform>
            <numerusform>Nog %n woningen hebben niet getekend en niet afgezegd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message numerus="yes">
        <source>{0}: {1} tegen {2} indicatief ({3} %), %n regels ontbreken, {4} buiten de marge</source>
        <translation>
            <numerusform>{0}: {1} tegen {2} indicatief ({3} %), %n regel ontbreekt, {4} buiten de marge</numerusform>
            <numerusform>{0}: {1} tegen {2} indicatief ({3} %), %n regels ontbreken, {4} buiten de marge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenderSlides</name>
    <message numerus="yes">
        <source>{0}: %n regels ontbreken, {1} buiten de marge</source>
        <translation>
            <numerusform>{0}: %n regel ontbreekt, {1} buiten de marge</numerusform>
            <numerusform>{0}: %n regels ontbreken, {1} buiten de marge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nog open: %n vergunningen of meldingen.</source>
        <translation>
            <numerusform>nog open: %n vergunning of melding.</numerusform>
            <numerusform>nog open: %n vergunningen of meldingen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WcwPanel</name>
    <message numerus="yes">
        <source>%n aansluitingen: de woningen die meedoen.</source>
        <translation>
            <numerusform>%n aansluiting: de woning die meedoet.</numerusform>
            <numerusform>%n aansluitingen: de woningen die meedoen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n aansluitingen in de berekening.</source>
        <translation>
            <numerusform>%n aansluiting in de berekening.</numerusform>
            <numerusform>%n aansluitingen in de berekening.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Van de {0} woningen die meedoen is %n nog niet berekend: gegevens onvolledig (zie de intake).</source>
        <translation>
            <numerusform>Van de {0} woningen die meedoen is %n nog niet berekend: gegevens onvolledig (zie de intake).</numerusform>
            <numerusform>Van de {0} woningen die meedoen zijn %n nog niet berekend: gegevens onvolledig (zie de intake).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message numerus="yes">
        <source>In de straat gerekend met de boorgaten van %n andere velden in de buurt; als niemand anders in de buurt boort: {0} m.</source>
        <translation>
            <numerusform>In de straat gerekend met de boorgaten van %n ander veld in de buurt; als niemand anders in de buurt boort: {0} m.</numerusform>
            <numerusform>In de straat gerekend met de boorgaten van %n andere velden in de buurt; als niemand anders in de buurt boort: {0} m.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePanel</name>
    <message numerus="yes">
        <source>De uitvraag gaat over %n van de {2} woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</source>
        <translation>
            <numerusform>De uitvraag gaat over %n van de {2} woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</numerusform>
            <numerusform>De uitvraag gaat over %n van de {2} woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De uitvraag gaat over de %n woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</source>
        <translation>
            <numerusform>De uitvraag gaat over de woning die de intentieverklaring tekende: {0}. Nog niet: {1}.</numerusform>
            <numerusform>De uitvraag gaat over de %n woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickscanPage</name>
    <message numerus="yes">
        <source>Bekijk de %n aandachtspunten bovenaan deze stap.</source>
        <translation>
            <numerusform>Bekijk het aandachtspunt bovenaan deze stap.</numerusform>
            <numerusform>Bekijk de %n aandachtspunten bovenaan deze stap.</numerusform>
        </translation>
    </message>
</context>
</TS>
