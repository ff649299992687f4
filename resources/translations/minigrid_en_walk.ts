<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
  <context>
    <name>QuotesPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="145" />
      <source>{0}: geen enkele regel heeft een prijs; is het de staat zoals die verstuurd is? Er is niets ingelezen.</source>
      <translation>{0}: no line has a price; is it the bill as it was sent? Nothing was read.</translation>
    </message>
    <message>
      <location filename="../../minigrid_app/ui/pages/quotes.py" line="148" />
      <source>Er is nog geen staat van hoeveelheden om in te lezen: die komt er zodra in een cluster genoeg buren de intentieverklaring tekenden (stap 5) en wordt bij stap 6 gemaakt.</source>
      <translation>There is no bill of quantities to read yet: there will be one once enough neighbours in a cluster have signed the declaration of intent (step 5), and it is made at step 6.</translation>
    </message>
  </context>
  <context>
    <name>WarningsPanel</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/quickscan/warnings.py" line="46" />
      <source>Nog geen woningen: vul ze in bij de intake (stap 1).</source>
      <translation>No homes yet: fill them in at the intake (step 1).</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <location filename="../../minigrid_app/ui/pages/intake.py" line="310" />
      <source>woning {0}</source>
      <translation>home {0}</translation>
    </message>
  </context>
</TS>
