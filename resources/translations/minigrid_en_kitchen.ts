<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>BusinessCasePage</name>
        <message numerus="yes">
            <source>{0} van %n woningen nog niet berekend: gegevens onvolledig.</source>
            <translation>
                <numerusform>{0} of %n home not computed yet: data incomplete.</numerusform>
                <numerusform>{0} of %n homes not computed yet: data incomplete.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChoicePanel</name>
        <message>
            <source>(nog niet gekozen; stap 5 rekent met: {0})</source>
            <translation>(not chosen yet; step 5 works with: {0})</translation>
        </message>
    </context>
    <context>
        <name>ClustersCompletePanel</name>
        <message>
            <source>&lt;b&gt;{0}&lt;/b&gt;: beide woningen hebben getekend: compleet.</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt;: both homes have signed: complete.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{0}&lt;/b&gt;: alle %n woningen hebben getekend: compleet.</source>
            <translation>
                <numerusform>&lt;b&gt;{0}&lt;/b&gt;: the home has signed: complete.</numerusform>
                <numerusform>&lt;b&gt;{0}&lt;/b&gt;: all %n homes have signed: complete.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPanel</name>
        <message numerus="yes">
            <source>{0}: %n woningen, {1} m leiding</source>
            <translation>
                <numerusform>{0}: %n home, {1} m of pipe</numerusform>
                <numerusform>{0}: %n homes, {1} m of pipe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DropOutPanel</name>
        <message numerus="yes">
            <source>Er blijven %n clusters.</source>
            <translation>
                <numerusform>%n cluster remains.</numerusform>
                <numerusform>%n clusters remain.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Er zijn dan %n clusters in plaats van {0}.</source>
            <translation>
                <numerusform>There is then %n cluster instead of {0}.</numerusform>
                <numerusform>There are then %n clusters instead of {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Als {0} niet meedoet, verandert voor %n woningen de gedeelde bodemlus: {1}. {2}</source>
            <translation>
                <numerusform>If {0} does not take part, the shared ground loop changes for %n home: {1}. {2}</numerusform>
                <numerusform>If {0} does not take part, the shared ground loop changes for %n homes: {1}. {2}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstEveningPage</name>
        <message>
            <source>Typ eerst de voorwaarde, dan '+ Voorwaarde toevoegen'.</source>
            <translation>Type the condition first, then '+ Add condition'.</translation>
        </message>
    </context>
    <context>
        <name>GroupSummary</name>
        <message numerus="yes">
            <source>%n woningen</source>
            <translation>
                <numerusform>%n home</numerusform>
                <numerusform>%n homes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n clusters</source>
            <translation>
                <numerusform>, %n cluster</numerusform>
                <numerusform>, %n clusters</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} getekend</source>
            <translation>{0} signed</translation>
        </message>
        <message>
            <source>{0} nog niet berekend</source>
            <translation>{0} not computed yet</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsModel</name>
        <message numerus="yes">
            <source>%n woningen verwijderen</source>
            <translation>
                <numerusform>Remove %n home</numerusform>
                <numerusform>Remove %n homes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rijen plakken</source>
            <translation>
                <numerusform>Paste %n row</numerusform>
                <numerusform>Paste %n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>{0}, {1}: ‘{2}’ gelezen als nog niet bekend; het vak blijft leeg tot u het invult.</source>
            <translation>{0}, {1}: ‘{2}’ read as not known yet; the cell stays empty until you fill it in.</translation>
        </message>
    </context>
    <context>
        <name>IntakePage</name>
        <message>
            <source>bodemwarmte</source>
            <translation>ground heat</translation>
        </message>
        <message>
            <source>aquathermie</source>
            <translation>heat from surface water</translation>
        </message>
        <message>
            <source>restwarmte</source>
            <translation>waste heat</translation>
        </message>
        <message>
            <source>PVT-panelen</source>
            <translation>PVT panels</translation>
        </message>
        <message>
            <source>anders</source>
            <translation>other</translation>
        </message>
        <message>
            <source>eigen middelen</source>
            <translation>own funds</translation>
        </message>
        <message>
            <source>leningen</source>
            <translation>loans</translation>
        </message>
        <message>
            <source>subsidies</source>
            <translation>subsidies</translation>
        </message>
        <message>
            <source>samenwerkingsverbanden</source>
            <translation>partnerships</translation>
        </message>
        <message numerus="yes">
            <source>Bij %n woningen ontbreekt nog iets of klopt iets niet.</source>
            <translation>
                <numerusform>%n home still lacks something or has something wrong.</numerusform>
                <numerusform>%n homes still lack something or have something wrong.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… en nog %n opmerkingen.</source>
            <translation>
                <numerusform>… and %n more remark.</numerusform>
                <numerusform>… and %n more remarks.</numerusform>
            </translation>
        </message>
        <message>
            <source>'{0}' is geen datum; typ bijvoorbeeld 12-03-2026.</source>
            <translation>'{0}' is not a date; type for example 12-03-2026.</translation>
        </message>
        <message>
            <source>Het klembord is leeg: kopieer eerst de regels in de spreadsheet (Ctrl+C) en klik dan hier.</source>
            <translation>The clipboard is empty: first copy the rows in the spreadsheet (Ctrl+C), then click here.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>← Vorige stap</source>
            <translation>← Previous step</translation>
        </message>
        <message>
            <source>Volgende stap →</source>
            <translation>Next step →</translation>
        </message>
    </context>
    <context>
        <name>ParticipationPanel</name>
        <message>
            <source>Datum van {0}: {1}</source>
            <translation>Date of {0}: {1}</translation>
        </message>
        <message numerus="yes">
            <source>Getekend: {0} van %n woningen ({1} %).</source>
            <translation>
                <numerusform>Signed: {0} of %n home ({1} %).</numerusform>
                <numerusform>Signed: {0} of %n homes ({1} %).</numerusform>
            </translation>
        </message>
        <message>
            <source>Geïnteresseerd: {0}. Nog niet bekend: {1}. Doen niet mee: {2}.</source>
            <translation>Interested: {0}. Not known yet: {1}. Not taking part: {2}.</translation>
        </message>
        <message numerus="yes">
            <source>Van de geïnteresseerden zijn er %n alleen geteld op de eerste bewonersavond; zet ze hieronder op 'Geïnteresseerd' als u weet welke woningen het zijn.</source>
            <translation>
                <numerusform>Of the interested homes, %n was only counted at the first residents' evening; set it to 'Interested' below when you know which home it is.</numerusform>
                <numerusform>Of the interested homes, %n were only counted at the first residents' evening; set them to 'Interested' below when you know which homes they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>{0}, samen {1} van gemiddeld {2} m diep.</source>
            <translation>{0}, together {1} with an average depth of {2} m.</translation>
        </message>
        <message numerus="yes">
            <source>%n bodemvelden</source>
            <translation>
                <numerusform>%n borefield</numerusform>
                <numerusform>%n borefields</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n boorgaten</source>
            <translation>
                <numerusform>%n borehole</numerusform>
                <numerusform>%n boreholes</numerusform>
            </translation>
        </message>
        <message>
            <source>woningen in het onderzoek</source>
            <translation>homes in the study</translation>
        </message>
        <message>
            <source>doen mee (niet afgezegd)</source>
            <translation>take part (did not decline)</translation>
        </message>
        <message>
            <source>zijn geïnteresseerd</source>
            <translation>are interested</translation>
        </message>
        <message>
            <source>Gedeelde bodemlus min gas, per maand in jaar 1 (met lening). Elke woning heeft een letter, A, B, C … langs de straat; uw letter staat op uw eigen overzicht.</source>
            <translation>Shared ground loop minus gas, per month in year 1 (with the loan). Every home has a letter, A, B, C … along the street; your letter is on your own overview.</translation>
        </message>
    </context>
    <context>
        <name>SecondEveningPage</name>
        <message numerus="yes">
            <source>Nog %n woningen hebben niet getekend en niet afgezegd.</source>
            <translation>
                <numerusform>%n home has neither signed nor declined yet.</numerusform>
                <numerusform>%n homes have neither signed nor declined yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainActions</name>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Wcw&lt;/b&gt;: de Wet collectieve warmte, de wet voor warmtenetten. &lt;b&gt;Wcw-plichtig&lt;/b&gt;: het net valt onder die wet (boven 10 aansluitingen), met regels voor tarieven en toezicht.&lt;br&gt;&lt;b&gt;ACM&lt;/b&gt;: de Autoriteit Consument &amp;amp; Markt, de toezichthouder op onder meer warmtetarieven.&lt;br&gt;&lt;b&gt;Art. 7.22&lt;/b&gt;: het artikel van de Wcw dat zegt dat tarieven op de kosten gebaseerd moeten zijn.&lt;br&gt;&lt;b&gt;Vuistregel&lt;/b&gt;: een snelle schatting uit ervaringscijfers; Minigrid rekent daarna nauwkeuriger en toont de vuistregel ter controle.&lt;br&gt;&lt;b&gt;Laagste vloeistoftemperatuur&lt;/b&gt;: de koudste temperatuur van het water in de bodemlus over de hele rekenperiode; die mag niet onder de ondergrens zakken, anders wordt de bodem te koud.&lt;br&gt;&lt;b&gt;Lage-temperatuurkosten&lt;/b&gt;: wat een woning moet aanpassen om met minder heet water warm te blijven, zoals grotere radiatoren of vloerverwarming.&lt;br&gt;&lt;b&gt;Rendement (η)&lt;/b&gt;: welk deel van de energie een apparaat nuttig gebruikt, of bij een warmtepomp welk deel van het theoretisch haalbare het haalt.&lt;br&gt;&lt;b&gt;SCOP&lt;/b&gt;: de gemiddelde COP over een heel stookseizoen.&lt;br&gt;&lt;b&gt;Ontwerpvermogen&lt;/b&gt;: hoeveel warmte de woning op een heel koude dag nodig heeft.&lt;br&gt;&lt;b&gt;Gelijktijdigheid&lt;/b&gt;: niet alle woningen vragen tegelijk hun grootste vermogen, dus een gedeelde bron kan kleiner zijn dan de som.&lt;br&gt;&lt;b&gt;Voordeliger dan gas vanaf&lt;/b&gt;: bij zoveel gas per jaar of meer is deze manier van verwarmen goedkoper dan gas.&lt;br&gt;&lt;b&gt;Intentieverklaring&lt;/b&gt;: een verklaring dat een huishouden wil meedoen; nog niet bindend. De bindende overeenkomst volgt na de offertes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Wcw&lt;/b&gt;: the Dutch Collective Heat Act (Wet collectieve warmte), the law for heat networks. &lt;b&gt;Wcw-plichtig&lt;/b&gt;: under the Wcw, the network falls under that law (above 10 connections), with rules for tariffs and supervision.&lt;br&gt;&lt;b&gt;ACM&lt;/b&gt;: the Netherlands Authority for Consumers &amp;amp; Markets, the regulator that among other things reviews heat tariffs.&lt;br&gt;&lt;b&gt;Art. 7.22&lt;/b&gt;: the article of the Wcw that says tariffs must be based on costs.&lt;br&gt;&lt;b&gt;Rule of thumb&lt;/b&gt;: a quick estimate from experience figures; Minigrid then calculates more precisely and shows the rule of thumb as a check.&lt;br&gt;&lt;b&gt;Lowest fluid temperature&lt;/b&gt;: the coldest temperature of the water in the ground loop over the whole period; it must not fall below the limit, or the ground gets too cold.&lt;br&gt;&lt;b&gt;Low-temperature costs&lt;/b&gt;: what a home must change to stay warm with less hot water, such as larger radiators or floor heating.&lt;br&gt;&lt;b&gt;Efficiency (η)&lt;/b&gt;: the share of the energy an appliance uses usefully, or for a heat pump the share of the theoretical best it reaches.&lt;br&gt;&lt;b&gt;SCOP&lt;/b&gt;: the average COP over a whole heating season.&lt;br&gt;&lt;b&gt;Design load&lt;/b&gt;: how much heat the home needs on a very cold day.&lt;br&gt;&lt;b&gt;Simultaneity&lt;/b&gt;: not all homes ask for their largest load at the same time, so a shared source can be smaller than the sum.&lt;br&gt;&lt;b&gt;Cheaper than gas from&lt;/b&gt;: at this much gas a year or more, this way of heating is cheaper than gas.&lt;br&gt;&lt;b&gt;Declaration of intent&lt;/b&gt;: a statement that a household wants to take part; not binding yet. The binding agreement follows after the quotes.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ChoicePanel</name>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
    </context>
    <context>
        <name>ScopePanel</name>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-yyyy</translation>
        </message>
    </context>
    <context>
        <name>FileSession</name>
        <message>
            <source>het project ‘{0}’ (bestand {1})</source>
            <translation>the project ‘{0}’ (file {1})</translation>
        </message>
        <message>
            <source>het bestand {0}</source>
            <translation>the file {0}</translation>
        </message>
        <message>
            <source>Laatst gewijzigd: {0}
Het bestand is opgeslagen: {1}</source>
            <translation>Last changed: {0}
The file was saved: {1}</translation>
        </message>
        <message>
            <source>het project ‘{0}’, nog niet opgeslagen</source>
            <translation>the project ‘{0}’, not saved yet</translation>
        </message>
        <message>
            <source>een nieuw project dat nog niet is opgeslagen</source>
            <translation>a new project that has not been saved yet</translation>
        </message>
        <message>
            <source>Laatst gewijzigd: {0}</source>
            <translation>Last changed: {0}</translation>
        </message>
        <message>
            <source>vandaag om {0}</source>
            <translation>today at {0}</translation>
        </message>
        <message>
            <source>gisteren om {0}</source>
            <translation>yesterday at {0}</translation>
        </message>
        <message>
            <source>{0} om {1}</source>
            <translation>{0} at {1}</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Bezig met schrijven…</source>
            <translation>Writing…</translation>
        </message>
    </context>
    <context>
        <name>BillPanel</name>
        <message>
            <source>Hier komen de werkzaamheden van de uitvraag, regel voor regel, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5).</source>
            <translation>The works of the tender appear here, line by line, once enough neighbours in a cluster have signed the declaration of intent (step 5).</translation>
        </message>
    </context>
    <context>
        <name>PermitsPanel</name>
        <message>
            <source>Hier komen de vergunningen, meldingen en afspraken die de uitvraag nodig heeft, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5).</source>
            <translation>The permits, notifications and agreements the tender needs appear here once enough neighbours in a cluster have signed the declaration of intent (step 5).</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <source>Hier komen de woningen van de uitvraag met hun bindende overeenkomst, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5).</source>
            <translation>The homes of the tender and their binding agreement appear here once enough neighbours in a cluster have signed the declaration of intent (step 5).</translation>
        </message>
    </context>
    <context>
        <name>QuotesPanel</name>
        <message>
            <source>Hier komen de regels van de uitvraag met de bedragen van elke offerte, zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5).</source>
            <translation>The lines of the tender with the amounts of each quote appear here once enough neighbours in a cluster have signed the declaration of intent (step 5).</translation>
        </message>
    </context>
</TS>