<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>FileSession</name>
    <message>
        <source>Gerepareerd bestand overschrijven?</source>
        <translation>Overwrite the repaired file?</translation>
    </message>
    <message>
        <source>een nog niet opgeslagen project</source>
        <translation>a project that was not saved yet</translation>
    </message>
    <message>
        <source>Herstellen na een onderbreking</source>
        <translation>Recover after an interruption</translation>
    </message>
    <message>
        <source>Project is al geopend</source>
        <translation>Project is already open</translation>
    </message>
    <message>
        <source>Het bestand is alleen-lezen (beveiligd tegen schrijven).</source>
        <translation>The file is read-only (write-protected).</translation>
    </message>
    <message>
        <source>Het project is geopend in een ander Minigrid-venster.</source>
        <translation>The project is open in another Minigrid window.</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Herstellen mislukt</source>
        <translation>Recovery failed</translation>
    </message>
    <message>
        <source>Bij het openen moest Minigrid onleesbare delen van {0} weglaten of omzetten (zie de melding van toen). Wilt u het originele bestand overschrijven met de gerepareerde versie?

Kiest u Nee, dan kiest u een nieuwe naam en blijft het origineel zoals het was.</source>
        <translation>When opening {0}, Minigrid had to leave out or convert unreadable parts (see the message shown then). Do you want to overwrite the original file with the repaired version?

If you choose No, you choose a new name and the original stays as it was.</translation>
    </message>
    <message>
        <source>Automatisch bewaard: {0}
Het bestand is opgeslagen: {1}</source>
        <translation>Saved automatically: {0}
The file was saved: {1}</translation>
    </message>
    <message>
        <source>(bestand niet gevonden)</source>
        <translation>(file not found)</translation>
    </message>
    <message>
        <source>Automatisch bewaard: {0}</source>
        <translation>Saved automatically: {0}</translation>
    </message>
    <message>
        <source>Kiest u Nee, dan bewaart Minigrid die versie toch, in de map {0}.</source>
        <translation>If you choose No, Minigrid keeps that version anyway, in the folder {0}.</translation>
    </message>
    <message>
        <source> op de computer '{0}'</source>
        <translation> on the computer '{0}'</translation>
    </message>
    <message>
        <source>{0} is al geopend in een ander Minigrid-venster{1}. Twee vensters die hetzelfde bestand opslaan, overschrijven elkaars werk.

Wilt u het alleen bekijken (alleen lezen), of een kopie openen die u onder een nieuwe naam opslaat?</source>
        <translation>{0} is already open in another Minigrid window{1}. Two windows saving the same file overwrite each other's work.

Do you want to only look at it (read-only), or open a copy that you save under a new name?</translation>
    </message>
    <message>
        <source>Kopie openen</source>
        <translation>Open a copy</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{0}
Sla het project op onder een nieuwe naam.</source>
        <translation>{0}
Save the project under a new name.</translation>
    </message>
    <message>
        <source>Dit is een kopie.</source>
        <translation>This is a copy.</translation>
    </message>
    <message>
        <source>{0} is geopend in een ander Minigrid-venster. Kies een andere naam, of sluit dat venster eerst.</source>
        <translation>{0} is open in another Minigrid window. Choose another name, or close that window first.</translation>
    </message>
    <message>
        <source>De automatisch bewaarde versie kon niet worden gelezen: {0}
Hij blijft bewaard in de map {1}.</source>
        <translation>The automatically saved version could not be read: {0}
It is kept in the folder {1}.</translation>
    </message>
    <message>
        <source>Minigrid is de vorige keer niet netjes afgesloten. Er is een automatisch bewaarde versie van {0}. Wilt u daarmee verder werken?</source>
        <translation>Minigrid was not closed properly last time. There is an automatically saved version of {0}. Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Verschil met het opgeslagen bestand:</source>
        <translation>Differences from the saved file:</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>kopie</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Kopie van het project opslaan</source>
        <translation>Save a copy of the project</translation>
    </message>
    <message>
        <source>Kopie opslaan</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>{0} is het geopende project zelf. Een kopie krijgt een eigen naam, zodat het geopende bestand blijft zoals het was. Kies een andere naam.</source>
        <translation>{0} is the open project itself. A copy gets a name of its own, so that the open file stays as it was. Choose another name.</translation>
    </message>
    <message>
        <source>Automatisch bewaren lukt niet</source>
        <translation>Automatic saving does not work</translation>
    </message>
    <message>
        <source>Minigrid kan uw werk niet automatisch bewaren in {0}: {1}. Sla het project zelf op (Bestand → Opslaan); deze melding komt niet terug.</source>
        <translation>Minigrid cannot save your work automatically in {0}: {1}. Save the project yourself (File → Save); this message does not come back.</translation>
    </message>
    <message>
        <source> (alleen lezen)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source> (kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Het originele bestand blijft ongewijzigd tot u opslaat; Minigrid vraagt dan eerst of u het wilt overschrijven of onder een nieuwe naam wilt opslaan.</source>
        <translation>The original file stays unchanged until you save; Minigrid then first asks whether to overwrite it or save under a new name.</translation>
    </message>
    <message>
        <source>{0}
U kunt het project bekijken en wijzigen, maar alleen opslaan onder een nieuwe naam.</source>
        <translation>{0}
You can view and change the project, but only save it under a new name.</translation>
    </message>
</context>
<context>
    <name>LastResort</name>
    <message>
        <source>De technische details staan in {0}; meld de fout met dat bestand erbij.</source>
        <translation>The technical details are in {0}; please report the fault with that file.</translation>
    </message>
    <message>
        <source>De technische details konden niet worden bewaard.</source>
        <translation>The technical details could not be kept.</translation>
    </message>
    <message>
        <source>Minigrid liep vast op een fout in het programma zelf ({0}), niet in uw invoer. Uw project is nog open en er is niets verloren. Sla voor de zekerheid een kopie op en start Minigrid daarna opnieuw. {1}</source>
        <translation>Minigrid ran into a fault in the program itself ({0}), not in your input. Your project is still open and nothing is lost. To be safe, save a copy and then start Minigrid again. {1}</translation>
    </message>
    <message>
        <source>Er ging iets mis in Minigrid</source>
        <translation>Something went wrong in Minigrid</translation>
    </message>
    <message>
        <source>Kopie opslaan…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Kopie opgeslagen</source>
        <translation>Copy saved</translation>
    </message>
    <message>
        <source>Een kopie van het project staat in {0}. Het geopende project blijft zoals het was.</source>
        <translation>A copy of the project is in {0}. The open project stays as it was.</translation>
    </message>
</context>
</TS>
