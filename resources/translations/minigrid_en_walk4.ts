<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>FileSession</name>
        <message>
            <source>Al geopend in een ander Minigrid-venster, met wijzigingen die daar automatisch worden bewaard:</source>
            <translation>Already open in another Minigrid window, with changes that are saved automatically there:</translation>
        </message>
        <message>
            <source>Er is niets verloren: werk in dat venster verder (het kan achter andere vensters liggen; kijk in de taakbalk). In dit venster kunt u een ander project openen of een nieuw project beginnen.</source>
            <translation>Nothing is lost: carry on in that window (it may be behind other windows; look in the taskbar). In this window you can open another project or start a new one.</translation>
        </message>
    </context>
    <context>
        <name>DropOutPanel</name>
        <message>
            <source>Er zit nog geen woning in een cluster: pas als buren samen een bron delen, verandert er iets voor de anderen als er één niet meedoet.</source>
            <translation>No home is in a cluster yet: only once neighbours share a source does anything change for the others when one does not join.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>klaar, nog iets te doen</source>
            <translation>done, something left to do</translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message>
            <source>Handleiding en woordenlijst</source>
            <translation>Manual and glossary</translation>
        </message>
    </context>
    <context>
        <name>QuickscanPage</name>
        <message numerus="yes">
            <source>Bekijk de %n aandachtspunten bovenaan deze stap.</source>
            <translation>
                <numerusform>Look at the point to note at the top of this step.</numerusform>
                <numerusform>Look at the %n points to note at the top of this step.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RefusedMark</name>
        <message>
            <source>‘{0}’ is niet overgenomen; in het project staat {1}.</source>
            <translation>‘{0}’ was not taken; the project holds {1}.</translation>
        </message>
        <message>
            <source>‘{0}’ is niet overgenomen; in het project staat hier nog niets.</source>
            <translation>‘{0}’ was not taken; the project holds nothing here yet.</translation>
        </message>
    </context>
</TS>
