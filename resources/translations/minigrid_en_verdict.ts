<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>BusinessCasePage</name>
    <message>
      <source> (als u nu aansluit)</source>
      <translation> (if you joined now)</translation>
    </message>
    <message>
      <source>Hele groep (gemiddeld per deelnemende woning)</source>
      <translation>Whole group (average per participating home)</translation>
    </message>
    <message>
      <source>Hele groep ({0})</source>
      <translation>Whole group ({0})</translation>
    </message>
    <message>
      <source>… en nog {0} opmerkingen.</source>
      <translation>… and {0} more remarks.</translation>
    </message>
    <message>
      <source>Voordeliger dan gas</source>
      <translation>Cheaper than gas</translation>
    </message>
    <message>
      <source>Per maand na de lening</source>
      <translation>Per month after the loan</translation>
    </message>
    <message>
      <source>bij meer gas per jaar is dit over de hele periode goedkoper</source>
      <translation>with more gas a year this is cheaper over the whole period</translation>
    </message>
    <message>
      <source>in jaar 1, met de lening</source>
      <translation>in year 1, with the loan</translation>
    </message>
    <message>
      <source>inclusief lening, vervanging en restwaarde</source>
      <translation>including the loan, replacements and residual value</translation>
    </message>
    <message>
      <source>vanaf dan bent u in totaal minder kwijt dan met gas</source>
      <translation>from then on you have spent less in total than with gas</translation>
    </message>
    <message>
      <source>zonder aflossing, tegen de prijzen van nu</source>
      <translation>without loan payments, at today's prices</translation>
    </message>
  </context>
  <context>
    <name>GroupSummary</name>
    <message>
      <source>; gedeelde bodemlus gemiddeld per deelnemende woning ≈ {0} per maand ({1} na de lening), {2}</source>
      <translation>; shared ground loop on average per participating home ≈ {0} a month ({1} after the loan), {2}</translation>
    </message>
  </context>
  <context>
    <name>PresentationWindow</name>
    <message numerus="yes">
      <source>Alles opgeteld, gemiddeld per deelnemende woning (%n woningen): energie, onderhoud, lening en vervanging.</source>
      <translation>
        <numerusform>Everything added up, average per participating home (%n home): energy, upkeep, loan and replacements.</numerusform>
        <numerusform>Everything added up, average per participating home (%n homes): energy, upkeep, loan and replacements.</numerusform>
      </translation>
    </message>
    <message>
      <source>Gedeelde bodemlus min gas, per maand in jaar 1 (met lening). Woningen genummerd langs de straat.</source>
      <translation>Shared ground loop minus gas, per month in year 1 (with the loan). Homes numbered along the street.</translation>
    </message>
    <message numerus="yes">
      <source>Gemiddeld per deelnemende woning (%n woningen), in het eerste jaar, inclusief lening en onderhoud.</source>
      <translation>
        <numerusform>Average per participating home (%n home), in the first year, including the loan and upkeep.</numerusform>
        <numerusform>Average per participating home (%n homes), in the first year, including the loan and upkeep.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Gemiddeld per deelnemende woning (%n woningen), na ISDE-subsidie. Te lenen via het Warmtefonds.</source>
      <translation>
        <numerusform>Average per participating home (%n home), after the ISDE subsidy. Can be borrowed from the Warmtefonds.</numerusform>
        <numerusform>Average per participating home (%n homes), after the ISDE subsidy. Can be borrowed from the Warmtefonds.</numerusform>
      </translation>
    </message>
    <message>
      <source>duurder dan gas over {0} jaar, gemiddeld per deelnemende woning</source>
      <translation>dearer than gas over {0} years, on average per participating home</translation>
    </message>
    <message>
      <source>goedkoper dan gas over {0} jaar, gemiddeld per deelnemende woning</source>
      <translation>cheaper than gas over {0} years, on average per participating home</translation>
    </message>
    <message>
      <source>per maand als de lening is afgelost, gemiddeld per deelnemende woning</source>
      <translation>a month once the loan is paid off, on average per participating home</translation>
    </message>
    <message>
      <source>per maand in jaar 1 met de gedeelde bodemlus (met lening), gemiddeld per deelnemende woning ({0})</source>
      <translation>a month in year 1 with the shared ground loop (with the loan), average per participating home ({0})</translation>
    </message>
  </context>
</TS>
