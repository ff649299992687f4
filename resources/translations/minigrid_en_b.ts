<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>BusinessCasePage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="224" />
      <source>Wat kost het mij?</source>
      <extracomment>rows of the comparison, monthly costs first</extracomment>
      <translation>What does it cost me?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="227" />
      <source>Indicatieve businesscase</source>
      <translation>Indicative business case</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="232" />
      <source>Nog geen berekening: vul bij de intake de woningen en hun gasverbruik in.</source>
      <translation>No calculation yet: enter the homes and their gas use at the intake.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="234" />
      <source>Nog geen woning met compleet gasverbruik.</source>
      <translation>No home with complete gas use yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="238" />
      <source>{0} van {1} woningen nog niet berekend: gegevens onvolledig.</source>
      <translation>{0} of {1} homes not computed yet: data incomplete.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="248" />
      <source>Bekijk voor:</source>
      <translation>Show for:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="251" />
      <source>Wat kost elke manier van verwarmen per maand, eenmalig en over de hele rekenperiode? De bedragen zijn inclusief btw; de bandbreedte komt van lage en hoge energieprijzen. Klik op 'hoe berekend?' om te zien waar een getal vandaan komt.</source>
      <translation>What does each way of heating cost per month, once, and over the whole horizon? Amounts include VAT; the range comes from low and high energy prices. Click 'how calculated?' to see where a number comes from.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="261" />
      <source>Per maand</source>
      <translation>Per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="262" />
      <source>Eenmalig (na subsidie)</source>
      <translation>One-off (after subsidy)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="263" />
      <source>Totaal over {0} jaar</source>
      <translation>Total over {0} years</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="264" />
      <source>CO₂ per jaar</source>
      <translation>CO₂ per year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="265" />
      <source>Terugverdientijd</source>
      <translation>Payback time</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="266" />
      <source>Voordeliger dan gas vanaf</source>
      <translation>Cheaper than gas from</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="273" />
      <source>minder stroom en minder CO₂</source>
      <translation>less electricity and less CO₂</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="274" />
      <source>zuinig passief koelen in de zomer</source>
      <translation>efficient passive cooling in summer</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="275" />
      <source>minder onderhoud, geen geluid</source>
      <translation>less maintenance, no noise</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="276" />
      <source>geen buitenunit aan gevel of in de tuin</source>
      <translation>no outdoor unit on the wall or in the garden</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="277" />
      <source>minder belasting van het stroomnet</source>
      <translation>less load on the electricity grid</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="280" />
      <source>hogere investering (wel lager dan een eigen bodemlus)</source>
      <translation>higher investment (but lower than an own ground loop)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="281" />
      <source>overlast tijdens het boren</source>
      <translation>nuisance while drilling</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="282" />
      <source>meer regelen en organiseren met de buren</source>
      <translation>more to arrange and organise with the neighbours</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="283" />
      <source>afhankelijk van buren en/of een partner</source>
      <translation>dependent on neighbours and/or a partner</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="286" />
      <source>Wat de cijfers niet laten zien: de gedeelde bodemlus naast een eigen luchtwarmtepomp</source>
      <translation>What the numbers do not show: the shared ground loop next to an own air heat pump</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="288" />
      <source>Voordelen</source>
      <translation>Advantages</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="292" />
      <source>Nadelen</source>
      <translation>Disadvantages</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="297" />
      <source>Vergelijking</source>
      <translation>Comparison</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="298" />
      <source>Uitgangspunten</source>
      <translation>Assumptions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="301" />
      <source>Alle aannames waarmee Minigrid rekent, met bron en jaar. Dubbelklik op een waarde om die aan te passen; aangepaste waarden staan vet met '(aangepast)'. Ongedaan maken kan altijd.</source>
      <translation>Every assumption Minigrid calculates with, with source and year. Double-click a value to change it; changed values are bold and marked '(changed)'. You can always undo.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="305" />
      <source>Gekozen aanname terug naar standaard</source>
      <translation>Reset selected assumption</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="306" />
      <source>Alles terug naar standaard</source>
      <translation>Reset all to defaults</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="322" />
      <source>Hele groep (gemiddeld per woning)</source>
      <translation>Whole group (average per home)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="327" />
      <source> (nog niet compleet)</source>
      <translation> (not complete yet)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="329" />
      <source> (doet niet mee)</source>
      <translation> (not joining)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="350" />
      <source>Bezig met rekenen…</source>
      <translation>Calculating…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="399" />
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="405" />
      <source>vergelijkingsbasis</source>
      <translation>reference</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="401" />
      <source>verdient zich niet terug</source>
      <translation>never pays back</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="402" />
      <source>{0} jaar</source>
      <translation>{0} years</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="410" />
      <source>niet onder {0} m³</source>
      <translation>not below {0} m³</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="411" />
      <source>{0} m³ gas per jaar</source>
      <translation>{0} m³ gas a year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="415" />
      <source>{0} kg</source>
      <translation>{0} kg</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="426" />
      <source>Nog geen resultaten: vul de woningen en hun gasverbruik in.</source>
      <translation>No results yet: enter the homes and their gas use.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="438" />
      <source>De gevoeligheid wordt nog berekend…</source>
      <translation>The sensitivity is still being calculated…</translation>
    </message>
    <message>
      <source>inclusief vervanging en restwaarde</source>
      <translation>including replacements and residual value</translation>
    </message>
    <message>
      <source>meerprijs gedeeld door de besparing per jaar</source>
      <translation>extra cost divided by the saving per year</translation>
    </message>
    <message>
      <source>bij zoveel gas per jaar of meer is dit goedkoper</source>
      <translation>at this much gas a year or more, this is cheaper</translation>
    </message>
  </context>
  <context>
    <name>ExplainButton</name>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="98" />
      <source>hoe berekend?</source>
      <translation>how calculated?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="99" />
      <source>Hoe berekend?</source>
      <translation>How calculated?</translation>
    </message>
  </context>
  <context>
    <name>ExplainDialog</name>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="29" />
      <source>Hoe berekend?</source>
      <translation>How calculated?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="45" />
      <source>Wat</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="45" />
      <source>Waarde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="45" />
      <source>Bron</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/explain_button.py" line="71" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsTechModel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="169" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="170" />
      <source>Bouwjaar</source>
      <translation>Build year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="171" />
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="284" />
      <source>Aanvoertemperatuur</source>
      <translation>Supply temperature</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="172" />
      <source>Warmtevraag</source>
      <translation>Heat demand</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="173" />
      <source>Warmtepomp</source>
      <translation>Heat pump</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="174" />
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="285" />
      <source>Lage-temperatuurkosten</source>
      <translation>Low-temperature costs</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="175" />
      <source>Afstand tot volgende woning</source>
      <translation>Distance to next home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="176" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="182" />
      <source>Hoe heet het water in de radiator moet zijn. Leeg laten: voorstel uit bouwjaar en isolatie.</source>
      <translation>How hot the water in the radiator must be. Leave empty: suggestion from build year and insulation.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="183" />
      <source>Warmte per jaar voor verwarming en warm water, uit het gasverbruik. Wijs een getal aan voor de berekening.</source>
      <translation>Heat per year for heating and hot water, from the gas use. Point at a number for the calculation.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="184" />
      <source>Vermogen van de warmtepomp. Wijs een getal aan voor de berekening.</source>
      <translation>Size of the heat pump. Point at a number for the calculation.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="185" />
      <source>Radiatoren of vloerverwarming die met lagere temperatuur werken. Leeg: standaardbedrag.</source>
      <translation>Radiators or floor heating that work at a lower temperature. Empty: default amount.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="186" />
      <source>Leiding naar de volgende woning in de straat (meer dan 20 m maakt het duurder).</source>
      <translation>Pipe to the next home in the street (more than 20 m makes it dearer).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="187" />
      <source>Buren die één bron delen.</source>
      <translation>Neighbours who share one source.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="225" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="232" />
      <source>{0} °C (voorstel)</source>
      <translation>{0} °C (suggested)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="233" />
      <source>voorstel volgt</source>
      <translation>suggestion follows</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="243" />
      <source>{0} (standaard)</source>
      <translation>{0} (default)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="244" />
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="253" />
      <source>standaard</source>
      <translation>default</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="249" />
      <source> (ver)</source>
      <translation> (far)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="252" />
      <source>{0} m (standaard)</source>
      <translation>{0} m (default)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="256" />
      <source>doet niet mee</source>
      <translation>not joining</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="276" />
      <source>Dubbelklik om te wijzigen; leegmaken zet het voorstel of standaardbedrag terug.</source>
      <translation>Double-click to change; clearing it restores the suggestion or default amount.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="286" />
      <source>Afstand</source>
      <translation>Distance</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="299" />
      <source>{0}: '{1}' is geen getal.</source>
      <translation>{0}: '{1}' is not a number.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="303" />
      <source>{0} moet tussen {1} en {2} {3} liggen.</source>
      <translation>{0} must be between {1} and {2} {3}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="313" />
      <source>{0} van {1} wijzigen</source>
      <translation>Change {0} of {1}</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <location filename="../../minigrid_app/ui/widgets/money_label.py" line="21" />
      <source>nl</source>
      <translation>en</translation>
    </message>
  </context>
  <context>
    <name>ParametersModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="116" />
      <source>Aanname</source>
      <translation>Assumption</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="117" />
      <source>Waarde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="118" />
      <source>Standaard</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="119" />
      <source>Eenheid</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="120" />
      <source>Bron</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="121" />
      <source>Jaar</source>
      <translation>Year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="170" />
      <source> (aangepast)</source>
      <translation> (changed)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="180" />
      <source>Toegestaan: {0} tot {1} {2}. Dubbelklik om te wijzigen.</source>
      <translation>Allowed: {0} to {1} {2}. Double-click to change.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="226" />
      <source>{0}: '{1}' is geen getal.</source>
      <translation>{0}: '{1}' is not a number.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="252" />
      <source>Aanname '{0}' wijzigen</source>
      <translation>Change assumption '{0}'</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="263" />
      <source>Aanname '{0}' terugzetten</source>
      <translation>Reset assumption '{0}'</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="274" />
      <source>Alle aannames terugzetten</source>
      <translation>Reset all assumptions</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="31" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="49" />
      <source>Minigrid: presentatie</source>
      <translation>Minigrid: presentation</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="101" />
      <source>{0} / {1}   ·   pijltjes, spatie of klikker: verder   ·   Esc: stoppen</source>
      <translation>{0} / {1}   ·   arrows, space or clicker: next   ·   Esc: stop</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="211" />
      <source>Nog geen resultaten</source>
      <translation>No results yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="214" />
      <source>De groep in cijfers</source>
      <translation>The group in numbers</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="215" />
      <source>Wat kost het per maand?</source>
      <translation>What does it cost per month?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="216" />
      <source>Wat kost het eenmalig?</source>
      <translation>What does it cost once?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="217" />
      <source>Wat kost het over {0} jaar?</source>
      <translation>What does it cost over {0} years?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="218" />
      <source>Wat betekent het per woning?</source>
      <translation>What does it mean per home?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="221" />
      <source>De bron: de gedeelde bodemlus</source>
      <translation>The source: the shared ground loop</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="222" />
      <source>Onze voorwaarden</source>
      <translation>Our conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="227" />
      <source>Een mini-warmtenet voor onze straat?</source>
      <translation>A mini heat network for our street?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="231" />
      <source>Gedeelde bodemlus, eigen warmtepomp of toch gas: wat past bij ons?</source>
      <translation>Shared ground loop, own heat pump or gas after all: what suits us?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="241" />
      <source>Vul eerst de woningen en hun gasverbruik in.</source>
      <translation>First enter the homes and their gas use.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="248" />
      <source>woningen doen mee aan het onderzoek</source>
      <translation>homes take part in the study</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="249" />
      <source>willen (misschien) meedoen</source>
      <translation>(may) want to join</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="250" />
      <source>clusters: buren die één bron delen</source>
      <translation>clusters: neighbours sharing one source</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="251" />
      <source>hebben al getekend</source>
      <translation>have already signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="254" />
      <source>gemiddeld per maand met de gedeelde bodemlus</source>
      <translation>average per month with the shared ground loop</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="261" />
      <source>Gemiddeld per woning, in het eerste jaar, inclusief lening en onderhoud.</source>
      <translation>Average per home, in the first year, including loan and maintenance.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="278" />
      <source>Eenmalige investering na subsidie</source>
      <translation>One-off investment after subsidy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="279" />
      <source>Gemiddeld per woning, na ISDE-subsidie. Te lenen via het Warmtefonds.</source>
      <translation>Average per home, after ISDE subsidy. Can be borrowed from the Warmtefonds.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="286" />
      <source>Alles opgeteld, gemiddeld per woning: energie, onderhoud, lening en vervanging.</source>
      <translation>Everything added up, average per home: energy, maintenance, loan and replacement.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="297" />
      <source>Nog geen woningen in een cluster.</source>
      <translation>No homes in a cluster yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="299" />
      <source>Gedeelde bodemlus min gas, per maand. Woningen genummerd langs de straat.</source>
      <translation>Shared ground loop minus gas, per month. Homes numbered along the street.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="313" />
      <source>{0} bodemvelden, samen {1} boorgaten van gemiddeld {2} m diep.</source>
      <translation>{0} borefields, together {1} boreholes of on average {2} m deep.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="334" />
      <source>Er zijn nog geen voorwaarden vastgelegd.</source>
      <translation>No conditions have been recorded yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="352" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="352" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="352" />
      <source>bespreken</source>
      <translation>discuss</translation>
    </message>
  </context>
</TS>