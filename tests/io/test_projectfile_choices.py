"""The intake's choices and the evenings' counts of a hand-edited project file are read as the window takes them.

Before: 'mega' as the kind of heat network loaded without a word (and counted as not mini), a heat source
'kernfusie' stayed where no check box shows it (dropped at the first click on one), −3 people present and −5
planned connections loaded silently, and a file without its list of homes opened as an empty project unsaid.
"""

from __future__ import annotations

import json

from minigrid_app.io.projectfile import dumps_project, loads_project


def _loaded(**sections):
    data = {"format": "minigrid-project", "version": 2, "households": [], **sections}
    return loads_project(json.dumps(data))


def test_unknown_choices_are_read_or_replaced_and_said():
    result = _loaded(intake={"network_type": "mega", "heat_sources": ["PVT", "kernfusie", "bodemwarmte"],
                             "financing": ["Subsidies", "loterij"]})
    intake = result.project.intake
    assert intake.network_type == "mini"
    assert intake.heat_sources == ["pvt", "anders", "bodemwarmte"]
    assert intake.financing == ["subsidies"]
    said = [p.nl for p in result.problems]
    assert said == [
        "Intake, soort warmtenet: ‘mega’ is onbekend; ‘mini-warmtenet’ gebruikt. Kies de juiste soort bij stap 1 "
        "(Intake).",
        "Intake, warmtebronnen: ‘kernfusie’ staat niet in de lijst; ‘anders’ aangevinkt. Controleer de keuze bij "
        "stap 1 (Intake).",
        "Intake, financiering: ‘loterij’ staat niet in de lijst; weggelaten. Controleer de keuze bij stap 1 (Intake).",
    ]
    assert result.repaired
    assert _loaded(intake={"network_type": " Kleinschalig"}).project.intake.network_type == "kleinschalig"


def test_counts_below_zero_are_left_empty_and_said():
    result = _loaded(intake={"connections_planned": -5, "estimated_cost_eur": 120000},
                     first_evening={"attendance": -3, "interested": 4})
    assert result.project.intake.connections_planned is None
    assert result.project.intake.estimated_cost_eur == 120000
    assert (result.project.first_evening.attendance, result.project.first_evening.interested) == (None, 4)
    assert [p.en for p in result.problems] == [
        "Intake, planned connections: −5 cannot be below 0; left empty. Enter it at the step ‘Intake’.",
        "First residents' evening, present (people): −3 cannot be below 0; left empty. Enter it at the step ‘First "
        "residents' evening’.",
    ]


def test_a_file_without_its_list_of_homes_says_so_and_an_empty_project_does_not():
    data = {"format": "minigrid-project", "version": 2}
    said = [p.nl for p in loads_project(json.dumps(data)).problems]
    assert said == ["Het projectbestand bevat geen lijst met woningen; het project is zonder woningen geopend. Is het "
                    "bestand met de hand aangepast? Voeg de woningen toe bij stap 1 (Intake)."]
    empty = loads_project(dumps_project(loads_project(json.dumps(data)).project))
    assert empty.problems == []
