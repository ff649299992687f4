<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>AgreementsModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="314" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="314" />
      <source>Bindende overeenkomst</source>
      <translation>Binding agreement</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="314" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="353" />
      <source>'{0}' is geen datum; schrijf dd-mm-jjjj.</source>
      <translation>'{0}' is not a date; write dd-mm-yyyy.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="356" />
      <source>Overeenkomst van {0} wijzigen</source>
      <translation>Change the agreement of {0}</translation>
    </message>
  </context>
  <context>
    <name>AgreementsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="121" />
      <source>Wie tekent de bindende overeenkomst?</source>
      <translation>Who signs the binding agreement?</translation>
    </message>
    <message>
      <source>dd-mm-jjjj</source>
      <translation>dd-mm-yyyy</translation>
    </message>
  </context>
  <context>
    <name>BillModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Nr.</source>
      <extracomment>Edit role data for a choice column: the list of (code, label) to offer.</extracomment>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Werk</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Wie doet het</source>
      <translation>Who does it</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Eenheid</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Hoeveelheid</source>
      <translation>Quantity</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="86" />
      <source>Indicatief</source>
      <translation>Indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="125" />
      <source>Wie het werk doet wijzigen</source>
      <translation>Change who does the work</translation>
    </message>
  </context>
  <context>
    <name>BillPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="176" />
      <source>Wie doet wat: de staat van hoeveelheden</source>
      <translation>Who does what: the bill of quantities</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="178" />
      <source>Elke regel komt uit de businesscase. Dubbelklik op 'Wie doet het' om een regel aan een andere partij te geven; grijze regels prijst de aannemer niet (de groep, de netbeheerder of de bewoner regelt ze).</source>
      <translation>Every line comes from the business case. Double-click 'Who does it' to give a line to another party; the contractor does not price grey lines (the group, the grid operator or the resident takes care of them).</translation>
    </message>
  </context>
  <context>
    <name>ChoicePanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="44" />
      <source>Offerte kiezen</source>
      <translation>Choose a quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="46" />
      <source>Organisatievorm kiezen</source>
      <translation>Choose an organisation model</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="56" />
      <source>Voorwaarden om uit te stappen wijzigen</source>
      <translation>Change the terms for opting out</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="68" />
      <source>Het besluit</source>
      <translation>The decision</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="69" />
      <source>Gekozen offerte</source>
      <translation>Chosen quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="70" />
      <source>Organisatievorm</source>
      <translation>Organisation model</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="71" />
      <source>Datum besluit</source>
      <translation>Date of the decision</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="72" />
      <source>Uitstappen</source>
      <translation>Opting out</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="73" />
      <source>Voorwaarden bewaren</source>
      <translation>Keep the terms</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="74" />
      <source>Tot wanneer en op welke voorwaarden kan een woning nog afzien, en wat kost dat?</source>
      <translation>Until when and on what terms can a home still withdraw, and what does it cost?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="79" />
      <source>(nog geen)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="81" />
      <source>Offerte</source>
      <translation>Quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="84" />
      <source>(nog niet gekozen)</source>
      <translation>(not chosen yet)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="99" />
      <source>'{0}' is geen datum; schrijf dd-mm-jjjj.</source>
      <translation>'{0}' is not a date; write dd-mm-yyyy.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="102" />
      <source>Datum van het besluit wijzigen</source>
      <translation>Change the date of the decision</translation>
    </message>
  </context>
  <context>
    <name>DecisionPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="205" />
      <source>Wat besluiten we?</source>
      <translation>What do we decide?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="208" />
      <source>Besluit</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="220" />
      <source>Kies een offerte.</source>
      <translation>Choose a quote.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="222" />
      <source>Kies een organisatievorm.</source>
      <translation>Choose an organisation model.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="224" />
      <source>1 woning tekende de bindende overeenkomst nog niet.</source>
      <translation>1 home has not signed the binding agreement yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="224" />
      <source>{0} woningen tekenden de bindende overeenkomst nog niet.</source>
      <translation>{0} homes have not signed the binding agreement yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="226" />
      <source>Nog 1 vergunning of melding open.</source>
      <translation>1 permit or notification still open.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="226" />
      <source>Nog {0} vergunningen of meldingen open.</source>
      <translation>{0} permits or notifications still open.</translation>
    </message>
  </context>
  <context>
    <name>PermitsModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="139" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="139" />
      <source>Door</source>
      <translation>By</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="139" />
      <source>Stand</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="139" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="139" />
      <source>Notitie</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="182" />
      <source>'{0}' is geen datum; schrijf dd-mm-jjjj.</source>
      <translation>'{0}' is not a date; write dd-mm-yyyy.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="191" />
      <source>Stand van '{0}' wijzigen</source>
      <translation>Change the status of '{0}'</translation>
    </message>
  </context>
  <context>
    <name>PermitsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="182" />
      <source>dd-mm-jjjj</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="199" />
      <source>Vergunningen, meldingen en afspraken</source>
      <translation>Permits, notifications and agreements</translation>
    </message>
  </context>
  <context>
    <name>QuoteCasePanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="164" />
      <source>Wat het per woning kost met de prijzen van een offerte</source>
      <translation>What it costs per home at the prices of a quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="165" />
      <source>Offerte:</source>
      <translation>Quote:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="171" />
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="198" />
      <source>Offerte</source>
      <translation>Quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="180" />
      <source>Voeg een offerte toe om de maandlasten met echte prijzen te zien.</source>
      <translation>Add a quote to see the monthly costs at real prices.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="183" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="183" />
      <source>Gas nu</source>
      <translation>Gas now</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="183" />
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="198" />
      <source>Indicatief</source>
      <translation>Indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="183" />
      <source>Verschil</source>
      <translation>Difference</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="184" />
      <source>Eenmalig indicatief</source>
      <translation>One-off indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="184" />
      <source>Eenmalig offerte</source>
      <translation>One-off quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="198" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="200" />
      <source>Per maand in het eerste jaar: energie, vastrecht, onderhoud en aflossing. Eenmalig: na subsidie.</source>
      <translation>Per month in the first year: energy, fixed charges, maintenance and loan. One-off: after subsidy.</translation>
    </message>
  </context>
  <context>
    <name>QuotesModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="226" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="226" />
      <source>Werk</source>
      <translation>Work</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="226" />
      <source>Indicatief</source>
      <translation>Indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="226" />
      <source>Offerte</source>
      <translation>Quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="253" />
      <source>ontbreekt</source>
      <translation>missing</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="263" />
      <source>{0} % ten opzichte van indicatief</source>
      <translation>{0} % against indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="280" />
      <source>'{0}' is geen bedrag.</source>
      <translation>'{0}' is not an amount.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="283" />
      <source>Een bedrag kan niet negatief zijn.</source>
      <translation>An amount cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="296" />
      <source>Bedrag in offerte {0} wijzigen</source>
      <translation>Change an amount in the quote of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/tender_models.py" line="346" />
      <source>{0} is het bedrag voor de hele regel ({1}). Is het een prijs per {2}? Dan is het bedrag {3}.</source>
      <translation>{0} is the amount for the whole line ({1}). Is it a price per {2}? Then the amount is {3}.</translation>
    </message>
  </context>
  <context>
    <name>QuotesPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="213" />
      <source>Wat bieden de aannemers aan?</source>
      <translation>What do the contractors offer?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="216" />
      <source>Offertes</source>
      <translation>Quotes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="227" />
      <source>Nog geen offerte; vraag er twee tot drie.</source>
      <translation>No quote yet; ask for two to three.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="227" />
      <source>Pas 1 offerte; vraag er twee tot drie.</source>
      <translation>Only 1 quote; ask for two to three.</translation>
    </message>
  </context>
  <context>
    <name>QuotesPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="100" />
      <source>De eerdere offerte van {0} is vervangen (ongedaan maken zet haar terug).</source>
      <translation>The earlier quote of {0} was replaced (undo puts it back).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="100" />
      <source>Er is al een offerte van {0}; vul die aan in de tabel.</source>
      <translation>There is already a quote of {0}; complete it in the table.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="100" />
      <source>Het project heeft al {0} offertes; verwijder er een voordat u een nieuwe toevoegt.</source>
      <translation>The project already holds {0} quotes; remove one before adding another.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="72" />
      <source>Offertes per regel</source>
      <translation>Quotes line by line</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="74" />
      <source>Vul per offerte de bedragen per regel in (dubbelklik), of lees een ingevulde staat van hoeveelheden in. ▲ duurder en ▼ goedkoper dan de marge rond de indicatieve prijs; 'ontbreekt': de regel staat niet in de offerte (dan telt de indicatieve prijs).</source>
      <translation>Enter each quote's amounts line by line (double-click), or read a filled-in bill of quantities. ▲ dearer and ▼ cheaper than the margin around the indicative price; 'missing': the line is not in the quote (then the indicative price counts).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="78" />
      <source>naam van de aanbieder</source>
      <translation>supplier's name</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="79" />
      <source>Offerte toevoegen</source>
      <translation>Add a quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="80" />
      <source>Offerte inlezen uit werkmap…</source>
      <translation>Read a quote from a workbook…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="81" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="86" />
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="97" />
      <source>Offerte</source>
      <translation>Quote</translation>
    </message>
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="96" />
      <source>{0}: {1} tegen {2} indicatief ({3} %), %n regels ontbreken, {4} buiten de marge</source>
      <translation>
        <numerusform>{0}: {1} against {2} indicative ({3} %), %n line missing, {4} outside the margin</numerusform>
        <numerusform>{0}: {1} against {2} indicative ({3} %), %n lines missing, {4} outside the margin</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="111" />
      <source>Offerte {0}</source>
      <translation>Quote {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="113" />
      <source>Offerte van {0} toevoegen</source>
      <translation>Add the quote of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="120" />
      <source>Ingevulde staat van hoeveelheden</source>
      <translation>Filled-in bill of quantities</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="131" />
      <source>Offerte van {0} inlezen</source>
      <translation>Read the quote of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="139" />
      <source>Offerte verwijderen</source>
      <translation>Remove a quote</translation>
    </message>
  </context>
  <context>
    <name>RecordPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="144" />
      <source>Het besluit op papier</source>
      <translation>The decision on paper</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="145" />
      <source>Besluit als PDF…</source>
      <translation>Decision as PDF…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="163" />
      <source>indicatief</source>
      <translation>indicative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="163" />
      <source>met de offerte</source>
      <translation>with the quote</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="171" />
      <source>De voorwaarden van de bewoners</source>
      <translation>The residents' conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="173" />
      <source>niemand</source>
      <translation>nobody</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="174" />
      <source>Nog niet getekend</source>
      <translation>Not signed yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="176" />
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="177" />
      <source>Nog open</source>
      <translation>Still open</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="186" />
      <source>Besluit bewaren als PDF</source>
      <translation>Save the decision as PDF</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="238" />
      <source>PDF-bestand (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="194" />
      <source>Geschreven: {0}</source>
      <translation>Written: {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/decision.py" line="195" />
      <source>Niet gelukt: {0}</source>
      <translation>Failed: {0}</translation>
    </message>
  </context>
  <context>
    <name>ScopePanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="105" />
      <source>Wie, wanneer en hoe</source>
      <translation>Who, when and how</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="106" />
      <source>Uitvraag verstuurd op</source>
      <translation>Request sent on</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="107" />
      <source>Offertes binnen op</source>
      <translation>Quotes due on</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="108" />
      <source>Vragen beantwoordt</source>
      <translation>Questions answered by</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="109" />
      <source>Opdracht aan</source>
      <translation>Contract to</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="126" />
      <source>De uitvraag wordt berekend…</source>
      <translation>The tender is being computed…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="132" />
      <source>geen</source>
      <translation>none</translation>
    </message>
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/pages/tender.py" line="116" />
      <source>De uitvraag gaat over %n van de {2} woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</source>
      <translation>
        <numerusform>The tender covers %n of the {2} homes that signed the declaration of intent: {0}. Not yet: {1}.</numerusform>
        <numerusform>The tender covers %n of the {2} homes that signed the declaration of intent: {0}. Not yet: {1}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/pages/tender.py" line="134" />
      <source>De uitvraag gaat over de %n woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}.</source>
      <translation>
        <numerusform>The tender covers the one home that signed the declaration of intent: {0}. Not yet: {1}.</numerusform>
        <numerusform>The tender covers the %n homes that signed the declaration of intent: {0}. Not yet: {1}.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="149" />
      <source>'{0}' is geen datum; schrijf dd-mm-jjjj.</source>
      <translation>'{0}' is not a date; write dd-mm-yyyy.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="152" />
      <source>Datum van de uitvraag wijzigen</source>
      <translation>Change the date of the tender</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="155" />
      <source>Contact voor vragen wijzigen</source>
      <translation>Change the contact for questions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="158" />
      <source>Opdrachtvorm wijzigen</source>
      <translation>Change the contracting</translation>
    </message>
  </context>
  <context>
    <name>TenderDocumentsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="296" />
      <source>Weggehaald (velden van een eerdere overdracht): {0}</source>
      <translation>Removed (fields of an earlier hand-off): {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="237" />
      <source>Documenten en de ingenieur</source>
      <translation>Documents and the engineer</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="238" />
      <source>Uitvraag en staat van hoeveelheden maken…</source>
      <translation>Make the tender request and bill of quantities…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="239" />
      <source>indicatieve bedragen in de staat zetten</source>
      <translation>put the indicative amounts in the bill</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="240" />
      <source>Bestanden voor de ingenieur…</source>
      <translation>Files for the engineer…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="241" />
      <source>Ontwerp van de ingenieur inlezen…</source>
      <translation>Read the engineer's design…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="250" />
      <source>Ontwerp van de ingenieur {0} ({1}) wordt gebruikt: {2}.</source>
      <translation>The engineer's design {0} ({1}) is used: {2}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="260" />
      <source>Nog bezig met rekenen.</source>
      <translation>Still computing.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="262" />
      <source>Map voor de uitvraag</source>
      <translation>Folder for the tender request</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="268" />
      <source>Bezig met schrijven…</source>
      <translation>Writing…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="271" />
      <location filename="../../minigrid_app/ui/pages/tender.py" line="292" />
      <source>Geschreven in {0}: {1}</source>
      <translation>Written in {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="274" />
      <source>Niet gelukt: {0}</source>
      <translation>Failed: {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="282" />
      <source>Map voor de bestanden van de ingenieur</source>
      <translation>Folder for the engineer's files</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="298" />
      <source>Ontwerp van de ingenieur</source>
      <translation>The engineer's design</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="308" />
      <source>Ontwerp van de ingenieur inlezen</source>
      <translation>Read the engineer's design</translation>
    </message>
  </context>
  <context>
    <name>TenderPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="318" />
      <source>Wat vragen we aan de aannemers?</source>
      <translation>What do we ask of the contractors?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="321" />
      <source>Uitvraag</source>
      <translation>Tender</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="334" />
      <source>Nog niemand tekende de intentieverklaring (stap 5).</source>
      <translation>Nobody signed the declaration of intent yet (step 5).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="336" />
      <source>Vul de datum in waarop de uitvraag verstuurd is.</source>
      <translation>Enter the date the tender request was sent.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="338" />
      <source>Nog 1 vergunning of melding open.</source>
      <translation>1 permit or notification still open.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/tender.py" line="338" />
      <source>Nog {0} vergunningen of meldingen open.</source>
      <translation>{0} permits or notifications still open.</translation>
    </message>
  </context>
  <context>
    <name>TenderSlides</name>
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/tender_slides.py" line="37" />
      <source>{0}: %n regels ontbreken, {1} buiten de marge</source>
      <translation>
        <numerusform>{0}: %n line missing, {1} outside the margin</numerusform>
        <numerusform>{0}: %n lines missing, {1} outside the margin</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="42" />
      <source>De offertes naast de indicatieve businesscase (totaal van de aannemersregels).</source>
      <translation>The quotes next to the indicative business case (total of the contractors' lines).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="51" />
      <source>woning {0}: was {1} indicatief, gas nu {2}</source>
      <translation>home {0}: was {1} indicative, gas now {2}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="55" />
      <source>Per maand met de prijzen van {0}.</source>
      <translation>Per month at the prices of {0}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../minigrid_app/ui/tender_slides.py" line="64" />
      <source>nog open: %n vergunningen of meldingen.</source>
      <translation>
        <numerusform>still open: %n permit or notification.</numerusform>
        <numerusform>still open: %n permits or notifications.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="64" />
      <source>woning {0}</source>
      <translation>home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="69" />
      <source>De offertes vergeleken</source>
      <translation>The quotes compared</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="70" />
      <source>Wat het per maand kost met echte prijzen</source>
      <translation>What it costs per month at real prices</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/tender_slides.py" line="71" />
      <source>Wie tekent?</source>
      <translation>Who signs?</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" />
      <source>Uitvraag</source>
      <translation>Tender</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" />
      <source>Offertes</source>
      <translation>Quotes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" />
      <source>Besluit</source>
      <translation>Decision</translation>
    </message>
  </context>
  <context>
    <name>TenderService</name>
    <message>
      <source>De uitvraag wordt berekend…</source>
      <translation>The tender is being computed…</translation>
    </message>
  </context>
  <context>
    <name>QuotesPanel</name>
    <message>
      <source>De uitvraag wordt nog berekend; lees de staat van hoeveelheden zo dadelijk in.</source>
      <translation>The tender is still being computed; read the bill of quantities in a moment.</translation>
    </message>
  </context>
  <context>
    <name>QuoteCasePanel</name>
    <message>
      <source>Per cluster de hele eenmalige investering: ook het werk dat geen aannemer prijst (de groep, de netbeheerder of de bewoners), samen {0} tegen de indicatieve prijs.</source>
      <translation>Per cluster the whole one-off investment: also the work no contractor prices (the group, the grid operator or the residents), {0} in all at the indicative price.</translation>
    </message>
    <message>
      <source>Per cluster de hele eenmalige investering.</source>
      <translation>Per cluster the whole one-off investment.</translation>
    </message>
  </context>
</TS>
