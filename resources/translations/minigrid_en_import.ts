<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ImportHouseholdsDialog</name>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="187"/>
        <source>Woningen importeren uit enquête</source>
        <translation>Import homes from a survey</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="192"/>
        <source>Welke woningen neemt u over uit de enquête? Controleer de kolommen en de rijen; er verandert niets tot u op ‘Importeren’ drukt.</source>
        <translation>Which homes do you take over from the survey? Check the columns and the rows; nothing changes until you press ‘Import’.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="197"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="297"/>
        <source>Bestand: {0}</source>
        <translation>File: {0}</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="202"/>
        <source>Werkblad:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="225"/>
        <source>Welke kolom is wat?</source>
        <translation>Which column is what?</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="244"/>
        <source>Verslag per rij</source>
        <translation>Report per row</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="254"/>
        <source>Ook twijfelachtige rijen overnemen</source>
        <translation>Also take over doubtful rows</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="258"/>
        <source>Twijfelachtige waarden worden leeg gelaten of als schatting overgenomen; u kunt ze daarna bij de intake aanvullen.</source>
        <translation>Doubtful values are left empty or taken as an estimate; you can complete them at the intake afterwards.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="269"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="273"/>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="302"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="300"/>
        <source>Bestand: {0} (kolomnamen op rij {1})</source>
        <translation>File: {0} (column names on row {1})</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="323"/>
        <source>Dit bestand kan niet worden ingelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="324"/>
        <source>Er is niets veranderd aan uw project.</source>
        <translation>Nothing in your project has changed.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="332"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="342"/>
        <source>Naam of woning</source>
        <translation>Name or home</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="343"/>
        <source>Adres (straat)</source>
        <translation>Address (street)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="344"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="345"/>
        <source>Type woning</source>
        <translation>House type</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="346"/>
        <source>Bouwjaar</source>
        <translation>Build year</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="347"/>
        <source>Woonoppervlak (m²)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="348"/>
        <source>Gasverbruik (m³ per jaar)</source>
        <translation>Gas use (m³ a year)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="349"/>
        <source>Koken op gas</source>
        <translation>Cooks on gas</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="350"/>
        <source>Aantal bewoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="351"/>
        <source>Interesse / deelname</source>
        <translation>Interest / participation</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="352"/>
        <source>Besparing door isolatie (%)</source>
        <translation>Insulation savings (%)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="353"/>
        <source>Aanvoertemperatuur (°C)</source>
        <translation>Supply temperature (°C)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="354"/>
        <source>Leeftijd cv-ketel (jaar)</source>
        <translation>Boiler age (years)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="355"/>
        <source>Krachtstroom (3-fase)</source>
        <translation>Three-phase connection</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="356"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="370"/>
        <source>(niet gebruiken)</source>
        <translation>(do not use)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="372"/>
        <source>(zonder kop)</source>
        <translation>(no header)</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="410"/>
        <source>Rij {0} is leeg en overgeslagen.</source>
        <translation>Row {0} is empty and skipped.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="412"/>
        <source>Alle rijen zijn in orde.</source>
        <translation>All rows are fine.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="426"/>
        <source>Te veel woningen: het project kan er ten hoogste {0} bevatten.</source>
        <translation>Too many homes: the project can hold at most {0}.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="429"/>
        <source>Er zijn geen rijen om over te nemen.</source>
        <translation>There are no rows to take over.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="431"/>
        <source>1 woning wordt toegevoegd aan het project.</source>
        <translation>1 home will be added to the project.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="433"/>
        <source>{0} woningen worden toegevoegd aan het project.</source>
        <translation>{0} homes will be added to the project.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="436"/>
        <source>Geweigerde rijen worden nooit overgenomen: verbeter ze in de enquête.</source>
        <translation>Refused rows are never taken over: correct them in the survey.</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="454"/>
        <source>Woningen importeren</source>
        <translation>Import homes</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="98"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="100"/>
        <source>Woning</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="101"/>
        <source>Gasverbruik</source>
        <translation>Gas use</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="102"/>
        <source>Bouwjaar</source>
        <translation>Build year</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="103"/>
        <source>Type woning</source>
        <translation>House type</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="104"/>
        <source>Koken op gas</source>
        <translation>Cooks on gas</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="105"/>
        <source>Bewoners</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="106"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="107"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="108"/>
        <source>Wat is er aan de hand?</source>
        <translation>What is the matter?</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="112"/>
        <source>Goed</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="112"/>
        <source>Twijfel</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="112"/>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="146"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../minigrid_app/ui/dialogs/import_households.py" line="146"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
</TS>
