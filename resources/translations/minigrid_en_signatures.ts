<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>FinancingPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="63" />
      <source>Hoe betaalt elke woning? (alleen voor de adviseur)</source>
      <translation>How does each home pay? (for the advisor only)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="66" />
      <source>Eigen geld, de Energiebespaarlening van het Warmtefonds (0 % rente bij een inkomen tot de grens), of deels lenen. De maandlasten van de gedeelde bodemlus volgen de keuze.</source>
      <translation>Own money, the heat fund loan (Energiebespaarlening; 0 % interest for an income up to the limit), or partly borrowing. The monthly costs of the shared ground loop follow the choice.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="72" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="73" />
      <source>Financiering</source>
      <translation>Financing</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="74" />
      <source>Leenbedrag (bij deels lenen)</source>
      <translation>Loan (when partly borrowing)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="75" />
      <source>Inkomen tot de grens?</source>
      <translation>Income up to the limit?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="76" />
      <source>Kan lenen?</source>
      <translation>Can borrow?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="77" />
      <source>Per maand</source>
      <translation>Per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="78" />
      <source>Eigen geld vooraf</source>
      <translation>Own money up front</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="85" />
      <source>zoals het project rekent</source>
      <translation>as the project assumes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="86" />
      <source>eigen geld</source>
      <translation>own money</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="87" />
      <source>Warmtefonds-lening</source>
      <translation>heat fund loan</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="88" />
      <source>deels lenen</source>
      <translation>partly borrowing</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="92" />
      <source>onbekend</source>
      <translation>unknown</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="92" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="92" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="140" />
      <source>Woning {0}</source>
      <translation>Home {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="177" />
      <source>Geen leenruimte: {0}</source>
      <translation>No room to borrow: {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="188" />
      <source>Financiering van {0}</source>
      <translation>Financing of {0}</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="199" />
      <source>'{0}' is geen bedrag; schrijf bijvoorbeeld 12.000.</source>
      <translation>'{0}' is not an amount; write for example 12,000.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/financing.py" line="202" />
      <source>Een leenbedrag ligt tussen 0 en 1.000.000 euro.</source>
      <translation>A loan lies between 0 and 1,000,000 euros.</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="112" />
      <source>Zelfbeheer</source>
      <translation>Self-management</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="113" />
      <source>Energiecoöperatie</source>
      <translation>Energy cooperative</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="114" />
      <source>Marktpartij</source>
      <translation>Market partner</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="92" />
      <source>Wie wordt eigenaar van het gedeelde deel?</source>
      <translation>Who will own the shared part?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="93" />
      <source>Gekozen organisatievorm:</source>
      <translation>Chosen organisation model:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="94" />
      <source>Een marktpartij rekent af:</source>
      <translation>A market partner bills:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="95" />
      <source>de marktpartij bezit ook de warmtepompen</source>
      <translation>the market partner also owns the heat pumps</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="96" />
      <source>Vergoeding van woning:</source>
      <translation>Fee of home:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="105" />
      <source>een vast bedrag per maand</source>
      <translation>a fixed amount per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="105" />
      <source>per GJ warmte</source>
      <translation>per GJ of heat</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="109" />
      <source>coöperatie: hoe berekend?</source>
      <translation>cooperative: how calculated?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="110" />
      <source>marktpartij: hoe berekend?</source>
      <translation>market partner: how calculated?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="130" />
      <source>Organisatievorm aangepast</source>
      <translation>Organisation model changed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="139" />
      <source>Nog geen clusters: er is nog niets te vergelijken.</source>
      <translation>No clusters yet: nothing to compare yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="146" />
      <source>Per maand, jaar 1 (gemiddeld)</source>
      <translation>Per month, year 1 (mean)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="147" />
      <source>Eigen geld vooraf (gemiddeld)</source>
      <translation>Own money up front (mean)</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="149" />
      <source>Waarvan vergoeding aan de eigenaar per maand</source>
      <translation>Of which the fee to the owner per month</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/organisation.py" line="179" />
      <source>Wat de wet vraagt bij {0}:</source>
      <translation>What the law asks with {0}:</translation>
    </message>
  </context>
  <context>
    <name>SignaturesPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="89" />
      <source>Hoeveel van ons moeten tekenen?</source>
      <translation>How many of us must sign?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="90" />
      <source>Het gaat door als van elk cluster ten minste dit deel tekent:</source>
      <translation>It goes ahead when at least this share of every cluster signs:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="91" />
      <source>… en van de hele straat ten minste:</source>
      <translation>… and of the whole street at least:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="92" />
      <source>Curve voor:</source>
      <translation>Curve for:</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="94" />
      <source>Waar</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="94" />
      <source>Getekend</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="94" />
      <source>Nodig</source>
      <translation>Needed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="94" />
      <source>Nog te beslissen</source>
      <translation>Still to decide</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="94" />
      <source>Stand</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="99" />
      <source>Het gaat door: de spelregel is gehaald.</source>
      <translation>It goes ahead: the rule is met.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="100" />
      <source>Nog niet: er zijn nog handtekeningen nodig.</source>
      <translation>Not yet: more signatures are needed.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="101" />
      <source>De spelregel is niet meer te halen: te veel woningen doen niet mee.</source>
      <translation>The rule can no longer be met: too many homes do not take part.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="102" />
      <source>Nog geen spelregel afgesproken. Kies hierboven wanneer het doorgaat.</source>
      <translation>No go/no-go rule agreed yet. Choose above when it goes ahead.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="140" />
      <source>Spelregel voor doorgaan aangepast</source>
      <translation>Go/no-go rule changed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="155" />
      <source>De straat</source>
      <translation>The street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="156" />
      <source>gehaald</source>
      <translation>met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="156" />
      <source>nog niet</source>
      <translation>not yet</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="156" />
      <source>niet meer te halen</source>
      <translation>can no longer be met</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="171" />
      <source>Nog geen clusters: er is nog geen curve.</source>
      <translation>No clusters yet: there is no curve yet.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="180" />
      <source>Bezig met rekenen: de curve van de handtekeningen…</source>
      <translation>Calculating: the signature curve…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="185" />
      <source>Bezig met rekenen: de curve van de handtekeningen… {0} %</source>
      <translation>Calculating: the signature curve… {0} %</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="189" />
      <source>De curve kon niet worden berekend.</source>
      <translation>The curve could not be calculated.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="196" />
      <source>de hele straat</source>
      <translation>the whole street</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/signatures.py" line="247" />
      <source>Bij geen enkel aantal is de gedeelde bodemlus over de hele periode voordeliger dan een eigen luchtwarmtepomp.</source>
      <translation>At no count does the shared ground loop cost less over the whole period than an own air heat pump.</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="239" />
      <source>Hoeveel van ons moeten tekenen?</source>
      <translation>How many of us must sign?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="339" />
      <source>Bezig met rekenen: de curve van de handtekeningen…</source>
      <translation>Calculating: the signature curve…</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="348" />
      <source>{0} van de {1} woningen hebben getekend.</source>
      <translation>{0} of the {1} homes have signed.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/presentation.py" line="348" />
      <source>{0} van de {1} woningen heeft getekend.</source>
      <translation>{0} of the {1} homes has signed.</translation>
    </message>
  </context>
  <context>
    <name>JoinersPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="43" />
      <source>Later aansluiten</source>
      <translation>Joining later</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="45" />
      <source>Wie nu niet meedoet, kan later aansluiten tegen een aansluitbijdrage: zijn deel van het gedeelde deel, afgeschreven tot het jaar van aansluiten, plus extra boormeters als de reserve op is. De oprichters krijgen de inkoop terug.</source>
      <translation>Whoever does not take part now can join later for an entry fee: their share of the shared part, written off up to the year of joining, plus extra borehole metres once the reserve is used up. The founders get the buy-in back.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="51" />
      <source>Geen woning heeft afgezegd: er is niemand om later aan te sluiten.</source>
      <translation>No home has declined: there is nobody to join later.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="54" />
      <source>Woning</source>
      <translation>Home</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="55" />
      <source>Sluit aan in jaar</source>
      <translation>Joins in year</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="56" />
      <source>Cluster</source>
      <translation>Cluster</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="57" />
      <source>Aansluitbijdrage</source>
      <translation>Entry fee</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="58" />
      <source>Terug naar de oprichters</source>
      <translation>Back to the founders</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="62" />
      <source>niet gepland</source>
      <translation>not planned</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="94" />
      <source>Plan van latere deelnemers aangepast</source>
      <translation>Plan of later joiners changed</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="110" />
      <source>geen cluster met plaats: vul bij stap 3 ‘Ruimte voor latere deelnemers’ in</source>
      <translation>no cluster with room: fill in ‘Room for later joiners’ in step 3</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/joiners.py" line="115" />
      <source>wordt opnieuw berekend…</source>
      <translation>being computed again…</translation>
    </message>
  </context>
</TS>
