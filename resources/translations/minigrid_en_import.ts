<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ImportHouseholdsDialog</name>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="190"/>
        <source>Woningen importeren uit enquête</source>
        <translation>Import homes from a survey</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="195"/>
        <source>Welke woningen neemt u over uit de enquête? Controleer de kolommen en de rijen; er verandert niets tot u op ‘Importeren’ drukt.</source>
        <translation>Which homes do you take over from the survey? Check the columns and the rows; nothing changes until you press ‘Import’.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="200"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="333"/>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="205"/>
        <source>Werkblad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="228"/>
        <source>Jaarverbruik voor woning:</source>
        <translation>Year's use for home:</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="233"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="434"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="437"/>
        <source>Jaarverbruik invullen</source>
        <translation>Fill in the year's use</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="248"/>
        <source>Welke kolom is wat? (met de reden van de keuze)</source>
        <translation>Which column is what? (with the reason for the choice)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="279"/>
        <source>Verslag per rij</source>
        <translation>Report per row</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="290"/>
        <source>Ook twijfelachtige rijen overnemen</source>
        <translation>Also take over doubtful rows</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="294"/>
        <source>Twijfelachtige waarden worden leeg gelaten of als schatting overgenomen; u kunt ze daarna bij de intake aanvullen.</source>
        <translation>Doubtful values are left empty or taken as an estimate; you can complete them at the intake afterwards.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="305"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="309"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="348"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="407"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="335"/>
        <source>Bestand: {0} (kolomnamen op rij {1} en {2})</source>
        <translation>File: {0} (column names on rows {1} and {2})</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="339"/>
        <source>Bestand: {0} (kolomnamen op rij {1})</source>
        <translation>File: {0} (column names on row {1})</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="377"/>
        <source>{0} (verborgen)</source>
        <translation>{0} (hidden)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="386"/>
        <source>Dit bestand kan niet worden ingelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="387"/>
        <source>Er is niets veranderd aan uw project.</source>
        <translation>Nothing in your project has changed.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="396"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="410"/>
        <source>(zonder naam)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="411"/>
        <source>Nieuwe woning toevoegen</source>
        <translation>Add a new home</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="457"/>
        <source>— kies de woning —</source>
        <translation>— choose the home —</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="425"/>
        <source>Woning {0}</source>
        <translation>Home {0}</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="447"/>
        <source>Naam of woning</source>
        <translation>Name or home</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="448"/>
        <source>Adres (straat)</source>
        <translation>Address (street)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="449"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="458"/>
        <source>Toevoeging huisnummer</source>
        <translation>House number addition</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="450"/>
        <source>Type woning</source>
        <translation>House type</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="451"/>
        <source>Bouwjaar</source>
        <translation>Build year</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="452"/>
        <source>Woonoppervlak (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="453"/>
        <source>Gasverbruik (m³ per jaar)</source>
        <translation>Gas use (m³ a year)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="454"/>
        <source>Koken op gas</source>
        <translation>Cooks on gas</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="455"/>
        <source>Aantal bewoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="456"/>
        <source>Interesse / deelname</source>
        <translation>Interest / participation</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="457"/>
        <source>Besparing door isolatie (%)</source>
        <translation>Insulation savings (%)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="458"/>
        <source>Aanvoertemperatuur (°C)</source>
        <translation>Supply temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="459"/>
        <source>Leeftijd cv-ketel (jaar)</source>
        <translation>Boiler age (years)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="460"/>
        <source>Krachtstroom (3-fase)</source>
        <translation>Three-phase connection</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="461"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="483"/>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="485"/>
        <source>(zonder kop)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="510"/>
        <source>uw keuze</source>
        <translation>your choice</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="514"/>
        <source>⚠ Voorstel {0}, niet gebruikt: {1}. Kies de kolom als hij klopt.</source>
        <translation>⚠ Proposal {0}, not used: {1}. Choose the column if it is right.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="553"/>
        <source>Rij {0} is leeg en overgeslagen.</source>
        <translation>Row {0} is empty and skipped.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="555"/>
        <source>Alle rijen zijn in orde.</source>
        <translation>All rows are fine.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="570"/>
        <source>Te veel woningen: het project kan er ten hoogste {0} bevatten.</source>
        <translation>Too many homes: the project can hold at most {0}.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="573"/>
        <source>Er zijn geen rijen om over te nemen.</source>
        <translation>There are no rows to take over.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="575"/>
        <source>1 woning wordt toegevoegd aan het project.</source>
        <translation>1 home will be added to the project.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="577"/>
        <source>%n woningen worden toegevoegd aan het project.</source>
        <translation>
            <numerusform>%n home will be added to the project.</numerusform>
            <numerusform>%n homes will be added to the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="633"/>
        <source>%n woningen staan al in het project (zelfde adres of naam) en worden niet opnieuw toegevoegd; wat de enquête anders zegt, staat bij de rij.</source>
        <translation>
            <numerusform>%n home is already in the project (same address or name) and is not added again; what the survey says otherwise is shown at its row.</numerusform>
            <numerusform>%n homes are already in the project (same address or name) and are not added again; what the survey says otherwise is shown at their rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="580"/>
        <source>Geweigerde rijen worden nooit overgenomen: verbeter ze in de enquête.</source>
        <translation>Refused rows are never taken over: correct them in the survey.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="598"/>
        <source>Woningen importeren</source>
        <translation>Import homes</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="99"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="101"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="102"/>
        <source>Gasverbruik</source>
        <translation>Gas use</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="103"/>
        <source>Bouwjaar</source>
        <translation>Build year</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="104"/>
        <source>Type woning</source>
        <translation>House type</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="105"/>
        <source>Koken op gas</source>
        <translation>Cooks on gas</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="106"/>
        <source>Bewoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="107"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="108"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="109"/>
        <source>Wat is er aan de hand?</source>
        <translation>What is the matter?</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="113"/>
        <source>Goed</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="113"/>
        <source>Twijfel</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="120"/>
        <source>Al in het project</source>
        <translation>Already in the project</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="113"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="147"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="147"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HouseholdsModel</name>
    <message>
        <source>{0}, {1}: {2}.</source>
        <translation>{0}, {1}: {2}.</translation>
    </message>
    <message>
        <source>Rij {0}, {1}</source>
        <translation>Row {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/models/households_model.py" line="490"/>
        <source>Kolom ‘{0}’ hoort bij geen kolom van de tabel; niet geplakt.</source>
        <translation>Column ‘{0}’ matches no column of the table; not pasted.</translation>
    </message>
</context>
</TS>
