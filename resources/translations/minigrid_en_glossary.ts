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
      <source>&lt;h3&gt;Zo werkt Minigrid&lt;/h3&gt;&lt;p&gt;Links staan de acht stappen van het proces. U mag vrij heen en weer gaan; wat nog ontbreekt staat onderaan elke stap. Alles rekent vanzelf opnieuw na elke wijziging.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: wie doen er mee? Het projectformulier en de woningen met hun gasverbruik (of ingelezen uit een enquête met de knop 'Importeren uit enquête…' in deze stap).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Eerste bewonersavond&lt;/b&gt;: wat vinden we belangrijk? De voorwaarden van de bewoners.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technische quickscan&lt;/b&gt;: kan het technisch? Temperaturen, clusters en bodemlussen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicatieve businesscase&lt;/b&gt;: wat kost het mij? Per maand, eenmalig en over 15 jaar. Bij elk getal staat 'hoe berekend?': daar ziet u waar het vandaan komt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tweede bewonersavond&lt;/b&gt;: wie tekent? Voorwaarden getoetst, deelname en intentieverklaring per woning.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Uitvraag&lt;/b&gt;: de vraag aan installateurs en boorbedrijven, met de staat van hoeveelheden.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Offertes&lt;/b&gt;: de offertes naast elkaar en de businesscase met hun bedragen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Besluit&lt;/b&gt;: de gekozen offerte, de organisatievorm en wie de bindende overeenkomst tekent.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Opslaan en terugdraaien.&lt;/b&gt; Bestand → Opslaan bewaart het project in één bestand. Elke wijziging kunt u terugdraaien met Ctrl+Z (Bewerken → Ongedaan maken). Minigrid bewaart elke minuut een herstelkopie: na een storing biedt het die bij de volgende start aan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Delen.&lt;/b&gt; Bestand → Exporteren naar Excel maakt het werkboek met werkende formules, naar het model van de Provincie Utrecht. Bestand → Documenten voor bewonersavond maakt de PDF's: per woning een keukentafelblad en een intentieverklaring, en het verslag.&lt;/p&gt;&lt;p&gt;Met F5 start de presentatie voor de beamer; Esc stopt.&lt;/p&gt;&lt;p&gt;Een woord in &lt;span style='color:{1}'&gt;blauw&lt;/span&gt; legt zichzelf uit: wijs het aan of klik erop.&lt;/p&gt;&lt;h3&gt;{0}&lt;/h3&gt;</source>
      <translation>&lt;h3&gt;How Minigrid works&lt;/h3&gt;&lt;p&gt;The eight steps of the process are on the left. You can move back and forth freely; what is still missing is shown at the bottom of each step. Everything is recalculated by itself after each change.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Intake&lt;/b&gt;: who is taking part? The project form and the homes with their gas use (or read from a survey with the button 'Import from survey…' in this step).&lt;/li&gt;&lt;li&gt;&lt;b&gt;First residents' evening&lt;/b&gt;: what matters to us? The residents' conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Technical quick scan&lt;/b&gt;: is it technically possible? Temperatures, clusters and ground loops.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Indicative business case&lt;/b&gt;: what does it cost me? Per month, one-off and over 15 years. Every figure has 'how calculated?': it shows where the figure comes from.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Second residents' evening&lt;/b&gt;: who signs? Conditions checked, participation and declaration of intent per home.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tender&lt;/b&gt;: the request to installers and drilling companies, with the bill of quantities.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Quotes&lt;/b&gt;: the quotes side by side and the business case with their amounts.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decision&lt;/b&gt;: the chosen quote, the organisation model and who signs the binding agreement.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Saving and undoing.&lt;/b&gt; File → Save keeps the project in one file. Every change can be undone with Ctrl+Z (Edit → Undo). Minigrid keeps a recovery copy every minute: after a failure it offers it at the next start.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sharing.&lt;/b&gt; File → Export to Excel makes the workbook with live formulas, in the shape of the Province of Utrecht model and, like it, in Dutch. File → Documents for the residents' evening makes the PDFs: for each home a kitchen-table sheet and a declaration of intent, and the report.&lt;/p&gt;&lt;p&gt;F5 starts the presentation for the projector; Esc stops it.&lt;/p&gt;&lt;p&gt;A word in &lt;span style='color:{1}'&gt;blue&lt;/span&gt; explains itself: point at it or click it.&lt;/p&gt;&lt;h3&gt;{0}&lt;/h3&gt;</translation>
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
