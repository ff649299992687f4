"""``minigrid compute`` says under its table what the window lists as 'Aandachtspunten', in the language asked.

Failed before: a gas use far too low for a home (250 m³) and a heat pump far too big for it (0,3 kW
on the coldest day, 'de bedragen dus te hoog') were not printed, only the borefields' warnings;
and those printed in Dutch after --lang en.
"""

from __future__ import annotations

import json

from minigrid_app.cli import main
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project


def test_the_homes_warnings_are_printed_with_the_figures_in_the_language_asked(tmp_path, capsys):
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["households"][2]["gas_m3_per_year"] = 250  # Lindehof 3
    path = tmp_path / "laag.minigrid"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["compute", str(path), "--quick"]) == 0
    out = capsys.readouterr().out
    assert "! Lindehof 3: 250 m³ per jaar is erg weinig voor een hele woning" in out
    assert "! Lindehof 3: deze woning vraagt op de koudste dag maar" in out
    assert main(["compute", str(path), "--quick", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "! Lindehof 3: 250 m³ a year is very little for a whole home" in out
    assert "! Own ground loop of Lindehof 3:" in out and "! Eigen bodemlus" not in out  # was Dutch
