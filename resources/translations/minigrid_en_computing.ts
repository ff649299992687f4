<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>StepPage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/base.py" line="196" />
      <source>Bezig met rekenen…</source>
      <translation>Calculating…</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/second_evening/documents.py" line="106" />
      <source>De cijfers worden nog berekend; maak de documenten zodra ze er zijn.</source>
      <translation>The figures are still being calculated; make the documents once they are there.</translation>
    </message>
  </context>
  <context>
    <name>ProjectController</name>
    <message>
      <location filename="../../minigrid_app/ui/controller.py" line="392" />
      <source>De cijfers worden nog berekend; exporteer zodra ze er zijn.</source>
      <translation>The figures are still being calculated; export once they are there.</translation>
    </message>
  </context>
  <context>
    <name>WarningsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/warnings.py" line="49" />
      <source>Nog geen berekening.</source>
      <translation>Not calculated yet.</translation>
    </message>
  </context>
</TS>
