<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>FirstEveningPage</name>
        <message>
            <source>de voorwaarde ‘{0}’ (stap 2)</source>
            <translation>the condition ‘{0}’ (step 2)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Niet toegevoegd</source>
            <translation>Not added</translation>
        </message>
        <message>
            <source>Niet toegevoegd: {0}. Toevoegen, weggooien of annuleren?</source>
            <translation>Not added: {0}. Add, discard or cancel?</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Weggooien</source>
            <translation>Discard</translation>
        </message>
    </context>
    <context>
        <name>QuotesPanel</name>
        <message>
            <source>de offerte van ‘{0}’ (stap 7)</source>
            <translation>the quote from ‘{0}’ (step 7)</translation>
        </message>
        <message>
            <source>De offerte van {0} is bij stap 8 gekozen. Na verwijderen is er geen offerte meer gekozen. Toch verwijderen?</source>
            <translation>The quote of {0} was chosen at step 8. Once it is removed, no quote is chosen. Remove it anyway?</translation>
        </message>
        <message>
            <source>De offerte van {0} is verwijderd; bij stap 8 is nu geen offerte gekozen. Ongedaan maken zet beide terug.</source>
            <translation>The quote of {0} was removed; no quote is chosen at step 8 now. Undo puts both back.</translation>
        </message>
        <message>
            <source>Gekozen offerte verwijderen</source>
            <translation>Remove the chosen quote</translation>
        </message>
        <message>
            <source>Gekozen offerte verwijderen?</source>
            <translation>Remove the chosen quote?</translation>
        </message>
    </context>
    <context>
        <name>QuoteCasePanel</name>
        <message>
            <source>hoe berekend?</source>
            <translation>how calculated?</translation>
        </message>
    </context>
</TS>
