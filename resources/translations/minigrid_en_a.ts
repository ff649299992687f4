<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>FirstEveningPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="186" />
      <source>Wat vinden we belangrijk?</source>
      <extracomment>the value of the checkable conditions: (minimum, maximum, step) [€/month, €, years]</extracomment>
      <translation>What matters to us?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="189" />
      <source>Eerste bewonersavond</source>
      <translation>First residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="195" />
      <source>Vul de datum van de avond in.</source>
      <translation>Enter the date of the evening.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="197" />
      <source>Hoeveel mensen waren er?</source>
      <translation>How many people came?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="199" />
      <source>Nog geen voorwaarden van de bewoners.</source>
      <translation>No conditions from the residents yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="206" />
      <source>Wat vinden de bewoners belangrijk? Vink de voorwaarden aan die op de avond zijn genoemd. Voorwaarden met een bedrag of een aantal jaren toetst Minigrid bij de tweede bewonersavond aan de cijfers.</source>
      <translation>What matters to the residents? Tick the conditions that were mentioned at the evening. Conditions with an amount or a number of years are checked against the numbers at the second residents' evening.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="210" />
      <source>De eerste bewonersavond</source>
      <translation>The first residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="211" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="212" />
      <source>dd-mm-jjjj</source>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="213" />
      <source>Aanwezig (personen)</source>
      <translation>Attended (people)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="214" />
      <source>Geïnteresseerd (woningen)</source>
      <translation>Interested (homes)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="215" />
      <source>Opmerkingen</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="216" />
      <source>Veelgenoemde voorwaarden</source>
      <translation>Common conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="217" />
      <source>Vink aan wat voor de bewoners moet gelden. Pas de bedragen aan wat op de avond is afgesproken.</source>
      <translation>Tick what must hold for the residents. Adjust the amounts to what was agreed at the evening.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="219" />
      <source>Per maand hoogstens</source>
      <translation>Per month at most</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="219" />
      <source>meer dan nu met gas</source>
      <translation>more than now with gas</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="220" />
      <source>Eenmalig hoogstens</source>
      <translation>One-off at most</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="220" />
      <source>per woning (na subsidie)</source>
      <translation>per home (after subsidy)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="221" />
      <source>Terugverdiend binnen</source>
      <translation>Paid back within</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="221" />
      <source>jaar</source>
      <translation>years</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="233" />
      <source>Eigen voorwaarden</source>
      <translation>Our own conditions</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="235" />
      <source>Wat verder is genoemd, in de woorden van de bewoners. Deze worden op de tweede avond besproken, niet berekend.</source>
      <translation>Anything else that was said, in the residents' own words. These are discussed at the second evening, not calculated.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="237" />
      <source>bijvoorbeeld: de straat mag maar één keer open</source>
      <translation>for example: the street may be dug up only once</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="238" />
      <source>+ Voorwaarde toevoegen</source>
      <translation>+ Add condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="240" />
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="299" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="294" />
      <source>Aangevinkt: deze voorwaarde telt mee</source>
      <translation>Ticked: this condition counts</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="322" />
      <source>'{0}' is geen datum; typ bijvoorbeeld 12-03-2026.</source>
      <translation>'{0}' is not a date; type for example 12-03-2026.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="327" />
      <source>Datum van de avond wijzigen</source>
      <translation>Change the date of the evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="330" />
      <source>Aantal aanwezigen wijzigen</source>
      <translation>Change the attendance</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="330" />
      <source>Aantal geïnteresseerden wijzigen</source>
      <translation>Change the number interested</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="335" />
      <source>Opmerkingen wijzigen</source>
      <translation>Change the notes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="353" />
      <source>Voorwaarde aanvinken</source>
      <translation>Tick condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="353" />
      <source>Voorwaarde uitvinken</source>
      <translation>Untick condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="363" />
      <source>Bedrag van een voorwaarde wijzigen</source>
      <translation>Change the amount of a condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="370" />
      <source>Voorwaarde toevoegen</source>
      <translation>Add condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="382" />
      <source>Voorwaarde aan- of uitzetten</source>
      <translation>Switch condition on or off</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="391" />
      <source>Voorwaarde wijzigen</source>
      <translation>Change condition</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/first_evening.py" line="395" />
      <source>Voorwaarde verwijderen</source>
      <translation>Remove condition</translation>
    </message>
  </context>
  <context>
    <name>GroupSummary</name>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="51" />
      <source>{0} woningen</source>
      <translation>{0} homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="51" />
      <source>1 woning</source>
      <translation>1 home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="54" />
      <source>Nog geen woningen: begin bij de intake.</source>
      <translation>No homes yet: start at the intake.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="55" />
      <source>; nog geen berekening</source>
      <translation>; not calculated yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="57" />
      <source>, {0} doen mee</source>
      <translation>, {0} taking part</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="58" />
      <source>, {0} clusters</source>
      <translation>, {0} clusters</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="58" />
      <source>, 1 cluster</source>
      <translation>, 1 cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="61" />
      <source>; gedeelde bodemlus ≈ {0} p/m</source>
      <translation>; shared ground loop ≈ {0} a month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="69" />
      <source> · De laatste berekening is niet gelukt; controleer de invoer bij de intake.</source>
      <translation> · The last calculation did not succeed; check the input at the intake.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="87" />
      <location filename="../../minigrid_app/ui/widgets/group_summary.py" line="95" />
      <source>Bezig met rekenen…</source>
      <translation>Calculating…</translation>
    </message>
  </context>
  <context>
    <name>HouseholdsModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="223" />
      <location filename="../../minigrid_app/ui/models/households_model.py" line="386" />
      <location filename="../../minigrid_app/ui/models/households_model.py" line="468" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="227" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="228" />
      <source>Adres</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="229" />
      <source>Type woning</source>
      <translation>House type</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="230" />
      <source>Bouwjaar</source>
      <translation>Build year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="231" />
      <source>Oppervlak (m²)</source>
      <translation>Floor area (m²)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="232" />
      <source>Gasverbruik (m³/jaar)</source>
      <translation>Gas use (m³/year)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="233" />
      <source>Kookt op gas</source>
      <translation>Cooks on gas</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="234" />
      <source>Bewoners</source>
      <translation>Residents</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="235" />
      <source>Besparing isolatie</source>
      <translation>Insulation savings</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="236" />
      <source>Afstand volgende (m)</source>
      <translation>Distance to next (m)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="237" />
      <source>Leeftijd cv-ketel</source>
      <translation>Boiler age</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="238" />
      <source>3-fase</source>
      <translation>3-phase</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="239" />
      <source>Opmerkingen</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="245" />
      <source>tussenwoning</source>
      <translation>terraced</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="246" />
      <source>hoekwoning</source>
      <translation>end of terrace</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="247" />
      <source>twee-onder-een-kap</source>
      <translation>semi-detached</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="248" />
      <source>vrijstaand</source>
      <translation>detached</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="249" />
      <source>appartement</source>
      <translation>flat</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="250" />
      <source>anders</source>
      <translation>other</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="255" />
      <source>Hoe de buren de woning noemen, bijvoorbeeld 'nr. 12' of 'Jansen'.</source>
      <translation>What the neighbours call the home, for example 'no. 12' or 'Jansen'.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="256" />
      <source>Straat en huisnummer.</source>
      <translation>Street and house number.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="257" />
      <source>Tussenwoning, hoekwoning, twee-onder-een-kap, vrijstaand, appartement of anders.</source>
      <translation>Terraced (tussenwoning), end of terrace (hoekwoning), semi-detached (twee-onder-een-kap), detached (vrijstaand), flat (appartement) or other (anders).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="258" />
      <source>Het jaar waarin de woning is gebouwd, bijvoorbeeld 1996.</source>
      <translation>The year the home was built, for example 1996.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="259" />
      <source>Woonoppervlak in vierkante meter (staat op de WOZ-beschikking).</source>
      <translation>Floor area in square metres (on the WOZ property valuation).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="260" />
      <source>Gasverbruik van één jaar in m³, van de jaarafrekening (inclusief koken).</source>
      <translation>Gas use of one year in m³, from the annual bill (including cooking).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="261" />
      <source>Wordt er op gas gekookt? Dat gas valt weg bij een warmtepomp.</source>
      <translation>Is cooking done on gas? That gas goes away with a heat pump.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="262" />
      <source>Aantal bewoners (voor het warme water).</source>
      <translation>Number of residents (for hot water).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="263" />
      <source>Hoeveel van de verwarming geplande isolatie bespaart, in procenten.</source>
      <translation>How much of the heating planned insulation saves, in percent.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="264" />
      <source>Meter leiding tot de volgende woning in de straat (leeg: standaardwaarde).</source>
      <translation>Metres of pipe to the next home in the street (empty: default value).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="265" />
      <source>Hoe oud de huidige cv-ketel is, in jaren (leeg: standaardwaarde).</source>
      <translation>How old the current boiler is, in years (empty: default value).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="266" />
      <source>Heeft de woning een 3-fase stroomaansluiting (3 × 25 A)?</source>
      <translation>Does the home have a 3-phase electricity connection (3 × 25 A)?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="267" />
      <source>Vrije tekst.</source>
      <translation>Free text.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="302" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="302" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="370" />
      <source>{0}, {1}: {2}</source>
      <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="378" />
      <source>{0} van {1} wijzigen</source>
      <translation>Change {0} of {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="395" />
      <source>Woning toevoegen</source>
      <translation>Add home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="413" />
      <source>Woning verwijderen</source>
      <translation>Remove home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="413" />
      <source>{0} woningen verwijderen</source>
      <translation>Remove {0} homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="428" />
      <source>{0} verplaatsen</source>
      <translation>Move {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="462" />
      <source>Rij {0}, {1}: {2}</source>
      <translation>Row {0}, {1}: {2}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/models/households_model.py" line="475" />
      <source>{0} rijen plakken</source>
      <translation>Paste {0} rows</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="257" />
      <source>Wie doen er mee?</source>
      <extracomment>project form fields: (field, kind); kinds: text, int, money, network, yesno</extracomment>
      <translation>Who is taking part?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="260" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="266" />
      <source>Geef het project een naam.</source>
      <translation>Give the project a name.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="268" />
      <source>Voeg de woningen toe.</source>
      <translation>Add the homes.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="300" />
      <source>Voeg de andere woningen toe: een gedeelde bodemlus is voor twee of meer buren.</source>
      <translation>Add the other homes: a shared ground loop is for two or more neighbours.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="272" />
      <source>Bij {0} woningen ontbreekt nog iets of klopt iets niet.</source>
      <translation>For {0} homes something is missing or not right.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="279" />
      <source>Wie doen er mee, en hoeveel gas gebruiken ze nu? Vul het projectformulier en de woningen in. Alles wordt meteen bewaard in het project en kan ongedaan worden gemaakt (Ctrl+Z).</source>
      <translation>Who is taking part, and how much gas do they use now? Fill in the project form and the homes. Everything is kept in the project at once and can be undone (Ctrl+Z).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="283" />
      <source>Het project</source>
      <translation>The project</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="284" />
      <source>De woningen</source>
      <translation>The homes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="287" />
      <source>Eén regel per woning, in de volgorde van de straat. Dubbelklik of begin te typen om een vak te wijzigen. U kunt ook regels uit een spreadsheet kopiëren en hier plakken (Ctrl+V).</source>
      <translation>One line per home, in the order of the street. Double-click or start typing to change a cell. You can also copy lines from a spreadsheet and paste them here (Ctrl+V).</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="291" />
      <source>Meer over het project (projectformulier van de gemeente)</source>
      <translation>More about the project (the municipality's project form)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="292" />
      <source>Niet verplicht; helpt bij de beoordeling in de quickscan.</source>
      <translation>Optional; helps the assessment in the quick scan.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="294" />
      <source>Naam van het project</source>
      <translation>Project name</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="295" />
      <source>Locatie (straat, wijk)</source>
      <translation>Location (street, area)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="296" />
      <source>Contactpersoon</source>
      <translation>Contact person</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="297" />
      <source>Telefoon of e-mail</source>
      <translation>Phone or e-mail</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="298" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="299" />
      <source>Soort warmtenet</source>
      <translation>Type of heat network</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="300" />
      <source>Geplande aansluitingen</source>
      <translation>Planned connections</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="301" />
      <source>Geschatte kosten (€)</source>
      <translation>Estimated cost (€)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="302" />
      <source>Soort aansluitingen</source>
      <translation>Type of connections</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="303" />
      <source>Blijft de warmtevraag gelijk?</source>
      <translation>Will the heat demand stay the same?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="304" />
      <source>Technisch onderzoek</source>
      <translation>Technical study</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="305" />
      <source>Geplande werkzaamheden in de straat</source>
      <translation>Planned works in the street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="306" />
      <source>Kabels en leidingen in de grond</source>
      <translation>Cables and pipes underground</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="307" />
      <source>Past bij gemeentelijk beleid</source>
      <translation>Fits municipal policy</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="308" />
      <source>Beleidsstukken</source>
      <translation>Policy documents</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="309" />
      <source>Draagvlak bij bewoners</source>
      <translation>Support among residents</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="310" />
      <source>Hoe bewoners meedoen</source>
      <translation>How residents take part</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="311" />
      <source>Samenwerkingspartners</source>
      <translation>Partners</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="312" />
      <source>Wat de initiatiefnemers inbrengen</source>
      <translation>What the initiators contribute</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="370" />
      <source>Aantekeningen over de groep</source>
      <translation>Notes about the group</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="375" />
      <source>bijvoorbeeld: wie mee wil doen en waarom</source>
      <translation>for example: who wants to join, and why</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="316" />
      <source>bijvoorbeeld 12-03-2026</source>
      <translation>for example 12-03-2026</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="317" />
      <source>bijvoorbeeld 250.000</source>
      <translation>for example 250,000</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="320" />
      <source>Mini (2 tot 50 woningen)</source>
      <translation>Mini (2 to 50 homes)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="321" />
      <source>Kleinschalig (51 tot 1500 woningen)</source>
      <translation>Small-scale (51 to 1500 homes)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="324" />
      <source>weet ik nog niet</source>
      <translation>not known yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="325" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="326" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="327" />
      <source>Warmtebronnen</source>
      <translation>Heat sources</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="328" />
      <source>Financiering</source>
      <translation>Financing</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="329" />
      <source>+ Woning toevoegen</source>
      <translation>+ Add home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="330" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="331" />
      <source>↑ Omhoog</source>
      <translation>↑ Up</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="332" />
      <source>↓ Omlaag</source>
      <translation>↓ Down</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="333" />
      <source>Plakken uit spreadsheet</source>
      <translation>Paste from spreadsheet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="334" />
      <source>Importeren uit enquête…</source>
      <translation>Import from survey…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="376" />
      <source>{0} wijzigen</source>
      <translation>Change {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="390" />
      <source>{0} kan niet negatief zijn.</source>
      <translation>{0} cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="394" />
      <source>{0}: vul een heel getal in.</source>
      <translation>{0}: enter a whole number.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="449" />
      <source>Het klembord is leeg: kopieer eerst regels in de spreadsheet.</source>
      <translation>The clipboard is empty: copy lines in the spreadsheet first.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="464" />
      <location filename="../../minigrid_app/ui/pages/intake.py" line="472" />
      <source>Importeren uit enquête</source>
      <translation>Import from survey</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="464" />
      <source>Enquête (*.xlsx *.csv);;Alle bestanden (*)</source>
      <translation>Survey (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="473" />
      <source>Importeren uit een enquête is in deze versie nog niet beschikbaar. U kunt de regels ook kopiëren in de spreadsheet en hier plakken.</source>
      <translation>Importing from a survey is not available in this version yet. You can also copy the lines in the spreadsheet and paste them here.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="502" />
      <source>Nog geen woningen. Klik op '+ Woning toevoegen' of plak regels uit een spreadsheet.</source>
      <translation>No homes yet. Click '+ Add home' or paste lines from a spreadsheet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="505" />
      <source>✓ Alle woningen zijn compleet.</source>
      <translation>✓ All homes are complete.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="509" />
      <source>… en nog {0} opmerkingen.</source>
      <translation>… and {0} more remarks.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="510" />
      <source>Let op:</source>
      <translation>Please check:</translation>
    </message>
  </context>
  <context>
    <name>MainActions</name>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="96" />
      <source>&amp;Ongedaan maken</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="97" />
      <source>O&amp;pnieuw</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="120" />
      <source>Lijst wissen</source>
      <translation>Clear list</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="123" />
      <source>(nog geen bestanden)</source>
      <translation>(no files yet)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="132" />
      <source>&amp;Bestand</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="133" />
      <source>&amp;Nieuw</source>
      <translation>&amp;New</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="134" />
      <source>&amp;Openen…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="135" />
      <source>&amp;Recent geopend</source>
      <translation>Open &amp;recent</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="136" />
      <source>Op&amp;slaan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="137" />
      <source>Opslaan &amp;als…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="138" />
      <source>&amp;Exporteren naar Excel…</source>
      <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="139" />
      <source>&amp;Documenten voor bewonersavond…</source>
      <translation>&amp;Documents for the residents' evening…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="140" />
      <source>A&amp;fsluiten</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="141" />
      <source>Be&amp;werken</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="143" />
      <source>Bee&amp;ld</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="144" />
      <source>&amp;Presentatie</source>
      <translation>&amp;Presentation</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="145" />
      <source>&amp;Grotere tekst</source>
      <translation>&amp;Larger text</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="165" />
      <source>&amp;Normale tekst</source>
      <translation>&amp;Normal text</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="146" />
      <source>&amp;Taal</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="147" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="148" />
      <source>&amp;Handleiding en woordenlijst</source>
      <translation>&amp;Manual and glossary</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="149" />
      <source>Hoe &amp;rekent Minigrid?</source>
      <translation>How does Minigrid &amp;calculate?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="150" />
      <source>&amp;Over {0}</source>
      <translation>&amp;About {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="156" />
      <source>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Past een klein warmtenet met gedeelde bodemlussen bij onze straat? Minigrid vergelijkt per woning vier mogelijkheden: de huidige gasketel, een eigen luchtwarmtepomp, een eigen bodemlus en een gedeelde bodemlus.&lt;/p&gt;&lt;p&gt;Alle berekeningen zijn indicatief. Minigrid werkt zonder internet; uw gegevens blijven op deze computer.&lt;/p&gt;&lt;p&gt;Licentie: EUPL-1.2&lt;/p&gt;</source>
      <translation>&lt;h3&gt;{0} {1}&lt;/h3&gt;&lt;p&gt;Does a small heat network with shared ground loops suit our street? Minigrid compares four options per home: the current gas boiler, an own air heat pump, an own ground loop and a shared ground loop.&lt;/p&gt;&lt;p&gt;All calculations are indicative. Minigrid works without the internet; your data stays on this computer.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/actions.py" line="165" />
      <source>&lt;h3&gt;Zo werkt Minigrid&lt;/h3&gt;&lt;p&gt;Links staan de stappen van het proces. U mag vrij heen en weer gaan; wat nog ontbreekt staat onderaan elke stap. Alles rekent vanzelf opnieuw na elke wijziging.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: wie doen er mee? Het projectformulier en de woningen met hun gasverbruik.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eerste bewonersavond&lt;/b&gt;: wat vinden we belangrijk? De voorwaarden van de bewoners.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technische quickscan&lt;/b&gt;: kan het technisch? Temperaturen, clusters en bodemlussen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicatieve businesscase&lt;/b&gt;: wat kost het mij? Per maand, eenmalig en over 15 jaar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tweede bewonersavond&lt;/b&gt;: wie tekent? Voorwaarden getoetst en deelname per woning.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Met F5 start de presentatie voor de beamer; Esc stopt.&lt;/p&gt;&lt;h3&gt;Woordenlijst&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Bodemlus&lt;/b&gt;: een buis diep in de grond waar water doorheen stroomt dat warmte uit de bodem haalt.&lt;br&gt;&lt;b&gt;Bron&lt;/b&gt;: waar de warmte vandaan komt, hier de bodem.&lt;br&gt;&lt;b&gt;Warmtepomp&lt;/b&gt;: een apparaat dat met stroom warmte van lage temperatuur naar een hogere temperatuur brengt.&lt;br&gt;&lt;b&gt;Aanvoertemperatuur&lt;/b&gt;: hoe heet het water in de radiator moet zijn.&lt;br&gt;&lt;b&gt;COP&lt;/b&gt;: hoeveel warmte per kWh stroom.&lt;br&gt;&lt;b&gt;Cluster&lt;/b&gt;: buren die één bron delen.&lt;br&gt;&lt;b&gt;Gedeelde bodemlus&lt;/b&gt;: één bodemveld voor een cluster buren, elk met een eigen warmtepomp.&lt;br&gt;&lt;b&gt;Terugverdientijd&lt;/b&gt;: na hoeveel jaar de extra investering is terugverdiend met lagere jaarkosten.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;How Minigrid works&lt;/h3&gt;&lt;p&gt;The steps of the process are on the left. You can move back and forth freely; what is still missing is shown at the bottom of each step. Everything is recalculated by itself after each change.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: who is taking part? The project form and the homes with their gas use.&lt;/li&gt;&lt;li&gt;&lt;b&gt;First residents' evening&lt;/b&gt;: what matters to us? The residents' conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technical quick scan&lt;/b&gt;: is it technically possible? Temperatures, clusters and ground loops.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicative business case&lt;/b&gt;: what does it cost me? Per month, one-off and over 15 years.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Second residents' evening&lt;/b&gt;: who signs? Conditions checked and participation per home.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;F5 starts the presentation for the projector; Esc stops it.&lt;/p&gt;&lt;h3&gt;Glossary&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ground loop (bodemlus)&lt;/b&gt;: a pipe deep in the ground with water flowing through it that takes heat from the ground.&lt;br&gt;&lt;b&gt;Source (bron)&lt;/b&gt;: where the heat comes from, here the ground.&lt;br&gt;&lt;b&gt;Heat pump (warmtepomp)&lt;/b&gt;: a device that uses electricity to bring heat from a low temperature to a higher one.&lt;br&gt;&lt;b&gt;Supply temperature (aanvoertemperatuur)&lt;/b&gt;: how hot the water in the radiator has to be.&lt;br&gt;&lt;b&gt;COP&lt;/b&gt;: how much heat per kWh of electricity.&lt;br&gt;&lt;b&gt;Cluster&lt;/b&gt;: neighbours who share one source.&lt;br&gt;&lt;b&gt;Shared ground loop (gedeelde bodemlus)&lt;/b&gt;: one borefield for a cluster of neighbours, each with their own heat pump.&lt;br&gt;&lt;b&gt;Payback time (terugverdientijd)&lt;/b&gt;: after how many years the extra investment has been earned back by lower annual costs.&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="126" />
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="127" />
      <source>Eerste bewonersavond</source>
      <translation>First residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="128" />
      <source>Technische quickscan</source>
      <translation>Technical quick scan</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="129" />
      <source>Indicatieve businesscase</source>
      <translation>Indicative business case</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="130" />
      <source>Tweede bewonersavond &amp; intentieverklaring</source>
      <translation>Second residents' evening &amp; declaration of intent</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="134" />
      <source>nog niet begonnen</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="134" />
      <source>bezig</source>
      <translation>in progress</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="134" />
      <source>klaar</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="152" />
      <source>Stap klaar</source>
      <translation>Step done</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="152" />
      <source>Stap weer open</source>
      <translation>Step reopened</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="171" />
      <source>Nog te doen: {0}</source>
      <translation>Still to do: {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="173" />
      <source>Niets meer te doen in deze stap.</source>
      <translation>Nothing left to do in this step.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="175" />
      <source>Stap weer openen</source>
      <translation>Reopen this step</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="175" />
      <source>✓ Deze stap is klaar</source>
      <translation>✓ This step is done</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="225" />
      <source>Documenten voor bewonersavond</source>
      <translation>Documents for the residents' evening</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="226" />
      <source>Het maken van documenten voor de bewonersavond is in deze versie nog niet beschikbaar.</source>
      <translation>Making documents for the residents' evening is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="280" />
      <source>Stappen</source>
      <translation>Steps</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="290" />
      <source>Over {0}</source>
      <translation>About {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="293" />
      <source>Handleiding en woordenlijst</source>
      <translation>Manual and glossary</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/main_window.py" line="296" />
      <source>Hoe rekent Minigrid?</source>
      <translation>How does Minigrid calculate?</translation>
    </message>
  </context>
  <context>
    <name>ProjectController</name>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="72" />
      <source>Minigrid-project (*{0})</source>
      <translation>Minigrid project (*{0})</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="80" />
      <source>Niet opgeslagen wijzigingen</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="81" />
      <source>Het project '{0}' heeft wijzigingen die nog niet zijn opgeslagen. Wilt u ze opslaan?</source>
      <translation>The project '{0}' has changes that have not been saved yet. Do you want to save them?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="97" />
      <source>Nieuw project</source>
      <translation>New project</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="111" />
      <source>Project openen</source>
      <translation>Open project</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="123" />
      <source>Project kan niet worden geopend</source>
      <translation>The project cannot be opened</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="124" />
      <source>{0}

Bestand: {1}</source>
      <translation>{0}

File: {1}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="135" />
      <source>Het originele bestand blijft ongewijzigd; sla het project op onder een nieuwe naam.</source>
      <translation>The original file stays unchanged; save the project under a new name.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="137" />
      <source>Project geopend, met opmerkingen</source>
      <translation>Project opened, with remarks</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="155" />
      <source>Project opslaan als</source>
      <translation>Save project as</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="166" />
      <source>Opslaan mislukt</source>
      <translation>Saving failed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="180" />
      <source>project</source>
      <translation>project</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="246" />
      <source>een nog niet opgeslagen project</source>
      <translation>a project not saved yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="248" />
      <source>Herstellen na een onderbreking</source>
      <translation>Recover after an interruption</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="250" />
      <source>Minigrid is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van {0}. Wilt u daarmee verder werken?</source>
      <translation>Minigrid was not closed properly last time. There is an automatically saved version of {0}. Do you want to continue with it?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="258" />
      <source>Herstellen mislukt</source>
      <translation>Recovery failed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="277" />
      <location filename="../../minigrid_app/ui/controller.py" line="285" />
      <location filename="../../minigrid_app/ui/controller.py" line="290" />
      <location filename="../../minigrid_app/ui/controller.py" line="312" />
      <location filename="../../minigrid_app/ui/controller.py" line="319" />
      <source>Exporteren naar Excel</source>
      <translation>Export to Excel</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="278" />
      <source>Er is nog geen berekening om te exporteren. Vul eerst de woningen en hun gasverbruik in.</source>
      <translation>There is no calculation to export yet. First enter the homes and their gas use.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="286" />
      <source>Exporteren naar Excel is in deze versie nog niet beschikbaar.</source>
      <translation>Exporting to Excel is not available in this version yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="290" />
      <source>Excel-werkmap (*.xlsx)</source>
      <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="296" />
      <source>Anonimiseren?</source>
      <translation>Anonymise?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="298" />
      <source>Wilt u de woningen anoniem tonen (Woning 1, 2, …), zonder namen en adressen? Kies dit als het bestand buiten de groep wordt gedeeld.</source>
      <translation>Do you want to show the homes anonymously (Home 1, 2, …), without names and addresses? Choose this when the file is shared outside the group.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="460" />
      <source>Werkmap wordt gemaakt…</source>
      <translation>Making the workbook…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="312" />
      <source>De werkmap is opgeslagen:
{0}</source>
      <translation>The workbook has been saved (in Dutch, as the Province of Utrecht's model it follows):
{0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="320" />
      <source>Het exporteren is niet gelukt. Uw project is niet veranderd.

({0})</source>
      <translation>The export did not succeed. Your project has not changed.

({0})</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="328" />
      <source>Het exporteren is niet gelukt. Uw project is niet veranderd.

{0}</source>
      <translation>The export did not succeed. Your project has not changed.

{0}</translation>
    </message>
    <message>
      <source>Is dit de enquête van de bewoners? Die leest u in bij stap 1, Intake, met de knop 'Importeren uit enquête…'.</source>
      <translation>Is this the residents' survey? Read it in at step 1, Intake, with the button 'Import from survey…'.</translation>
    </message>
    <message>
      <source>Kiest u Nee, dan bewaart Minigrid die versie toch, in de map {0}.</source>
      <translation>If you choose No, Minigrid still keeps that version, in the folder {0}.</translation>
    </message>
  </context>
  <context>
    <name>ChartWidget</name>
    <message>
      <location filename="../../minigrid_app/ui/widgets/charts.py" line="1" />
      <source>Grafiek wordt getekend…</source>
      <translation>Drawing the chart…</translation>
    </message>
  </context>
</TS>
