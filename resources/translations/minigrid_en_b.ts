<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>BusinessCasePage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/business_case.py" line="224" />
      <source>Wat kost het mij?</source>
      <extracomment>rows of the comparison, monthly costs first (UI.md principle 2)</extracomment>
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
  <context>
    <name>QuickscanPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="421" />
      <source>Reserve voor latere deelnemers wijzigen</source>
      <translation>Change reserve for later joiners</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="427" />
      <source>Opstelling boorgaten wijzigen</source>
      <translation>Change borehole layout</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="433" />
      <source>Verdeelsleutel wijzigen</source>
      <translation>Change allocation key</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="505" />
      <source>Kan het technisch?</source>
      <translation>Is it technically possible?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="508" />
      <source>Technische quickscan</source>
      <translation>Technical quick scan</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="513" />
      <source>Nog geen clusters: er zijn (nog) geen deelnemende woningen met compleet gasverbruik.</source>
      <translation>No clusters yet: there are no participating homes with complete gas use (yet).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="515" />
      <source>De bodemvelden zijn nog voorlopig (vuistregel).</source>
      <translation>The borefields are still provisional (rule of thumb).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="520" />
      <source>Aandachtspunten</source>
      <translation>Points to note</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="521" />
      <source>Per woning</source>
      <translation>Per home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="524" />
      <source>De aanvoertemperatuur is hoe heet het water in de radiator moet zijn; Minigrid stelt die voor uit het bouwjaar en de isolatie. Dubbelklik op een grijze waarde om een eigen waarde in te vullen.</source>
      <translation>The supply temperature is how hot the water in the radiator must be; Minigrid suggests it from the build year and insulation. Double-click a grey value to enter your own.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="528" />
      <source>Clusters: buren die één bron delen</source>
      <translation>Clusters: neighbours who share one source</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="531" />
      <source>Sleep een woning naar een ander cluster, of klik er met de rechtermuisknop op en kies 'Verplaats naar cluster…'.</source>
      <translation>Drag a home to another cluster, or right-click it and choose 'Move to cluster…'.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="535" />
      <source>Automatisch indelen</source>
      <translation>Arrange automatically</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="536" />
      <source>Woningen per cluster</source>
      <translation>Homes per cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="537" />
      <source>Ruimte voor latere deelnemers (per cluster)</source>
      <translation>Room for later joiners (per cluster)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="538" />
      <source>Opstelling boorgaten</source>
      <translation>Borehole layout</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="539" />
      <source>Verdeelsleutel gedeelde kosten</source>
      <translation>Allocation of shared costs</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="540" />
      <source>Op een lijn</source>
      <translation>In a line</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="541" />
      <source>In een rechthoek</source>
      <translation>In a rectangle</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="542" />
      <source>Naar onttrokken bodemwarmte</source>
      <translation>By ground heat extracted</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="543" />
      <source>Gelijk over de woningen</source>
      <translation>Equally over the homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="544" />
      <source>Naar ontwerpvermogen</source>
      <translation>By design load</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="545" />
      <source>Bodemvelden (de bron)</source>
      <translation>Borefields (the source)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="548" />
      <source>Bodemveld</source>
      <translation>Borefield</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="549" />
      <source>Woningen</source>
      <translation>Homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="550" />
      <source>Boorgaten</source>
      <translation>Boreholes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="551" />
      <source>Diepte</source>
      <translation>Depth</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="552" />
      <source>Totale lengte</source>
      <translation>Total length</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="553" />
      <source>Laagste vloeistoftemperatuur</source>
      <translation>Lowest fluid temperature</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="554" />
      <source>Vuistregel</source>
      <translation>Rule of thumb</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="557" />
      <source>Regels: Wet collectieve warmte</source>
      <translation>Rules: Collective Heat Act (Wcw)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="558" />
      <source>Afwegingskader: hoe kansrijk is het initiatief?</source>
      <translation>Assessment framework: how promising is the initiative?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="560" />
      <source>Acht punten uit de handreiking van de provincie Utrecht, gevuld uit de intake en de cijfers.</source>
      <translation>Eight points from the guide of the Province of Utrecht, filled in from the intake and the numbers.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="562" />
      <source>Punt</source>
      <translation>Point</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="562" />
      <source>Oordeel</source>
      <translation>Verdict</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="562" />
      <source>Waarom</source>
      <translation>Why</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="582" />
      <source>Woningen per cluster wijzigen</source>
      <translation>Change homes per cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="632" />
      <source>{0} naar {1} verplaatsen</source>
      <translation>Move {0} to {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="647" />
      <source>Clusters automatisch indelen</source>
      <translation>Arrange clusters automatically</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="652" />
      <source>Verplaats naar cluster…</source>
      <translation>Move to cluster…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="664" />
      <source>Nieuw cluster</source>
      <translation>New cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="683" />
      <source>{0}: {1} woningen, {2} m leiding</source>
      <translation>{0}: {1} homes, {2} m of pipe</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="685" />
      <source> (met de hand ingedeeld)</source>
      <translation> (arranged by hand)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="707" />
      <source>Niet in een cluster ({0})</source>
      <translation>Not in a cluster ({0})</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="710" />
      <source>doet niet mee</source>
      <translation>not joining</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="710" />
      <source>gegevens onvolledig</source>
      <translation>data incomplete</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="744" />
      <source>Geen aandachtspunten: de invoer is compleet en de clusters passen.</source>
      <translation>Nothing to note: the input is complete and the clusters fit.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="752" />
      <source>Gedeelde bodemlus {0}</source>
      <translation>Shared ground loop {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="754" />
      <source>Eigen bodemlus {0}</source>
      <translation>Own ground loop {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="762" />
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="813" />
      <source>Nog geen bodemvelden berekend.</source>
      <translation>No borefields computed yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="773" />
      <source> (wijkt &gt; 30 % af)</source>
      <translation> (differs &gt; 30%)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="829" />
      <source>Voorlopig: deze lengte komt alleen uit de vuistregel; de berekening volgt.</source>
      <translation>Provisional: this length comes from the rule of thumb only; the calculation follows.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="833" />
      <source>De berekende lengte ({0} m) wijkt meer dan 30 % af van de vuistregel ({1} m). Laat het bronontwerp door een specialist controleren.</source>
      <translation>The computed length ({0} m) differs more than 30% from the rule of thumb ({1} m). Have a specialist check the source design.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="839" />
      <source>Controle met de vuistregel (50 W per meter): {0} m, dat klopt in grote lijnen.</source>
      <translation>Check with the rule of thumb (50 W per metre): {0} m, which broadly agrees.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="844" />
      <source>Investering in dit veld: {0}.</source>
      <translation>Investment in this field: {0}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="849" />
      <source>gunstig</source>
      <translation>favourable</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="849" />
      <source>nagaan</source>
      <translation>check</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="849" />
      <source>zwak</source>
      <translation>weak</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="864" />
      <source>Nog niet bepaald: vul eerst de woningen in.</source>
      <translation>Not determined yet: enter the homes first.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="872" />
      <source>{0} deelnemende aansluitingen.</source>
      <translation>{0} participating connections.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan.py" line="875" />
      <source>Passende organisatievormen, beste eerst:</source>
      <translation>Fitting forms of organisation, best first:</translation>
    </message>
    <message>
      <source>Verdeelsleutel: hoe de kosten van de gedeelde bron (boorgaten en leidingen) over de woningen van een cluster worden verdeeld.</source>
      <translation>Allocation key: how the costs of the shared source (boreholes and pipes) are split between the homes of a cluster.</translation>
    </message>
  </context>
  <context>
    <name>SecondEveningPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="176" />
      <source>Wie tekent?</source>
      <translation>Who signs?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="179" />
      <source>Tweede bewonersavond</source>
      <translation>Second residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="185" />
      <source>Nog geen voorwaarden van bewoners (eerste bewonersavond).</source>
      <translation>No residents' conditions yet (first residents' evening).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="188" />
      <source>Van {0} woningen is nog niet bekend of ze tekenen.</source>
      <translation>For {0} homes it is not known yet whether they sign.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="193" />
      <source>Voorwaarden van de bewoners</source>
      <translation>The residents' conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="196" />
      <source>Per voorwaarde van de eerste bewonersavond: ✓ voldaan, ✗ niet voldaan, ? niet met de cijfers te controleren. Dit geldt voor de woningen die meedoen.</source>
      <translation>Per condition from the first residents' evening: ✓ met, ✗ not met, ? cannot be checked by the numbers. This applies to the homes that take part.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="201" />
      <source>Voorwaarde</source>
      <translation>Condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="202" />
      <source>Wie doet mee?</source>
      <translation>Who takes part?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="204" />
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="211" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="204" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="204" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="204" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="206" />
      <source>Zijn de clusters compleet?</source>
      <translation>Are the clusters complete?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="207" />
      <source>Wat als iemand niet meedoet?</source>
      <translation>What if someone does not join?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="208" />
      <source>Stel dat deze woning niet meedoet:</source>
      <translation>Suppose this home does not join:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="212" />
      <source>Cluster (nu → dan)</source>
      <translation>Cluster (now → then)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="213" />
      <source>Per maand nu</source>
      <translation>Per month now</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="214" />
      <source>Per maand dan</source>
      <translation>Per month then</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="215" />
      <source>Eenmalig (nu → dan)</source>
      <translation>One-off (now → then)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="231" />
      <source>voldaan</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="231" />
      <source>niet voldaan</source>
      <translation>not met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="231" />
      <source>niet te controleren</source>
      <translation>cannot be checked</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="246" />
      <source>Nog geen voorwaarden ingevuld: doe dat bij de eerste bewonersavond.</source>
      <translation>No conditions entered yet: do that at the first residents' evening.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="256" />
      <source>Onbekend</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="257" />
      <source>Geïnteresseerd</source>
      <translation>Interested</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="258" />
      <source>Getekend</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="259" />
      <source>Doet niet mee</source>
      <translation>Declined</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="280" />
      <source>dd-mm-jjjj</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="287" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="324" />
      <source>Status van {0}: {1}</source>
      <translation>Status of {0}: {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="331" />
      <source>'{0}' is geen datum; schrijf bijvoorbeeld 14-03-2025.</source>
      <translation>'{0}' is not a date; write for example 14-03-2025.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="341" />
      <source>Datum van {0} wijzigen</source>
      <translation>Change date of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="356" />
      <source>{0} van {1} woningen hebben getekend ({2} %).</source>
      <translation>{0} of {1} homes have signed ({2}%).</translation>
    </message>
    <message>
      <source>{0} van {1} woningen heeft getekend ({2} %).</source>
      <translation>{0} of {1} homes has signed ({2}%).</translation>
    </message>
    <message>
      <source>{0} geïnteresseerd, {1} doen niet mee.</source>
      <translation>{0} interested, {1} declined.</translation>
    </message>
    <message>
      <source>{0} geïnteresseerd, {1} doet niet mee.</source>
      <translation>{0} interested, {1} declined.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="361" />
      <source>{0} % getekend</source>
      <translation>{0}% signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="362" />
      <source>daarboven</source>
      <translation>above it</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="362" />
      <source>daaronder</source>
      <translation>below it</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="365" />
      <source>Ter vergelijking: in de Utrechtse pilots deed na drie maanden gemiddeld {0} % mee; u zit {1}. Wie niet meedoet, kan later vaak nog aansluiten als er ruimte is gereserveerd.</source>
      <translation>For comparison: in the Utrecht pilots on average {0}% took part after three months; you are {1}. Those who do not join now can often connect later if room is reserved.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="373" />
      <source>Nog geen clusters.</source>
      <translation>No clusters yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="380" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: alle {1} woningen hebben getekend: compleet.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: all {1} homes have signed: complete.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="390" />
      <source>&lt;b&gt;{0}&lt;/b&gt;: {1} van {2} getekend, nog niet compleet. Nog nodig: {3}.</source>
      <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} of {2} signed, not complete yet. Still needed: {3}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="401" />
      <source>kies een woning…</source>
      <translation>choose a home…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="427" />
      <source>Bezig met rekenen…</source>
      <translation>Calculating…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="438" />
      <source>Dit kon niet worden berekend.</source>
      <translation>This could not be calculated.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="447" />
      <source>Kies een woning om te zien wat er voor de buren verandert als die niet meedoet.</source>
      <translation>Choose a home to see what changes for the neighbours if it does not join.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="457" />
      <source>Als {0} niet meedoet, verandert er voor de anderen niets.</source>
      <translation>If {0} does not join, nothing changes for the others.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="461" />
      <source>Er blijven {0} clusters.</source>
      <translation>{0} clusters remain.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="463" />
      <source>Er zijn dan {0} clusters in plaats van {1}.</source>
      <translation>There are then {0} clusters instead of {1}.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="466" />
      <source>hooguit {0} per maand meer</source>
      <translation>at most {0} a month more</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="468" />
      <source>per maand niet duurder</source>
      <translation>not dearer per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening.py" line="470" />
      <source>Als {0} niet meedoet, verandert voor {1} woningen de gedeelde bodemlus: {2}. {3}</source>
      <translation>If {0} does not join, the shared ground loop changes for {1} homes: {2}. {3}</translation>
    </message>
    <message>
      <source>voor {0} van de {1} woningen</source>
      <translation>for {0} of the {1} homes</translation>
    </message>
    <message>
      <source>{0}; bijvoorbeeld {1}</source>
      <translation>{0}; for example {1}</translation>
    </message>
  </context>
</TS>