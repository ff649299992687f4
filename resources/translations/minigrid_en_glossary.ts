<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>MainActions</name>
    <message>
      <source>&amp;Woordenlijst</source>
      <translation>&amp;Glossary</translation>
    </message>
    <message>
      <source>Woordenlijst</source>
      <translation>Glossary</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Zo werkt Minigrid&lt;/h3&gt;&lt;p&gt;Links staan de stappen van het proces. U mag vrij heen en weer gaan; wat nog ontbreekt staat onderaan elke stap. Alles rekent vanzelf opnieuw na elke wijziging.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: wie doen er mee? Het projectformulier en de woningen met hun gasverbruik.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eerste bewonersavond&lt;/b&gt;: wat vinden we belangrijk? De voorwaarden van de bewoners.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technische quickscan&lt;/b&gt;: kan het technisch? Temperaturen, clusters en bodemlussen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicatieve businesscase&lt;/b&gt;: wat kost het mij? Per maand, eenmalig en over 15 jaar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tweede bewonersavond&lt;/b&gt;: wie tekent? Voorwaarden getoetst en deelname per woning.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Met F5 start de presentatie voor de beamer; Esc stopt.&lt;/p&gt;&lt;p&gt;Een woord in &lt;span style='color:{1}'&gt;blauw&lt;/span&gt; legt zichzelf uit: wijs het aan of klik erop.&lt;/p&gt;&lt;h3&gt;{0}&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;How Minigrid works&lt;/h3&gt;&lt;p&gt;The steps of the process are on the left. You can move back and forth freely; what is still missing is shown at the bottom of each step. Everything is recalculated by itself after each change.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: who is taking part? The project form and the homes with their gas use.&lt;/li&gt;&lt;li&gt;&lt;b&gt;First residents' evening&lt;/b&gt;: what matters to us? The residents' conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technical quick scan&lt;/b&gt;: is it technically possible? Temperatures, clusters and ground loops.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicative business case&lt;/b&gt;: what does it cost me? Per month, one-off and over 15 years.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Second residents' evening&lt;/b&gt;: who signs? Conditions checked and participation per home.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;F5 starts the presentation for the projector; Esc stops it.&lt;/p&gt;&lt;p&gt;A word in &lt;span style='color:{1}'&gt;blue&lt;/span&gt; explains itself: point at it or click it.&lt;/p&gt;&lt;h3&gt;{0}&lt;/h3&gt;</translation>
    </message>
  </context>
  <context>
    <name>TermPopup</name>
    <message>
      <source>Meer in de woordenlijst</source>
      <translation>More in the glossary</translation>
    </message>
    <message>
      <source>Hoe rekent Minigrid?</source>
      <translation>How does Minigrid calculate?</translation>
    </message>
  </context>
  <context>
    <name>GlossaryDialog</name>
    <message>
      <source>Woordenlijst</source>
      <translation>Glossary</translation>
    </message>
    <message>
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
  </context>
</TS>
