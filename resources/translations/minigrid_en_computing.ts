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
    <name>WarningsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/warnings.py" line="49" />
      <source>Nog geen berekening.</source>
      <translation>Not calculated yet.</translation>
    </message>
  </context>
</TS>
