<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>MethodViewer</name>
    <message>
      <location filename="../../minigrid_app/ui/dialogs/method_viewer.py" line="93" />
      <source>Hoe rekent Minigrid?</source>
      <translation>How does Minigrid calculate?</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/dialogs/method_viewer.py" line="99" />
      <source>De uitleg van de rekenmethode is niet gevonden bij dit programma. Installeer Minigrid opnieuw; de berekeningen zelf werken gewoon.</source>
      <translation>The explanation of the method was not found with this program. Reinstall Minigrid; the calculations themselves work as usual.</translation>
    </message>
  </context>
  <context>
    <name>ParametersModel</name>
    <message>
      <location filename="../../minigrid_app/ui/models/parameters_model.py" line="216" />
      <source>Gecontroleerd op {0}</source>
      <translation>Checked on {0}</translation>
    </message>
  </context>
</TS>
