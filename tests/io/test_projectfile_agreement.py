"""The fields of issue 17 in the project file: the go/no-go rule, the organisation model, later
joiners and each home's financing go through the one validating loader, within bounds."""

from __future__ import annotations

import json

from minigrid_app.core.model import Agreement, PlannedJoiner
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, loads_project


def _loaded(data: dict):
    result = loads_project(json.dumps(data))
    assert result.project is not None, result.problems
    return result


def test_round_trip():
    project = load_example("hofje-8")
    declined = project.households[4]
    declined.participation = "declined"
    project.agreement = Agreement(
        cluster_share=0.75, street_share=0.6, organisation="cooperative", market_billing="gj", market_heat_pumps=True,
        joiners=[PlannedJoiner(declined.id, 3)],
    )  # fmt: skip
    home = project.households[0]
    home.financing, home.loan_amount_eur, home.income_below_loan_limit, home.room_to_borrow = "mix", 8000.0, True, False
    result = loads_project(dumps_project(project))
    assert not result.problems and not result.repaired
    assert result.project.agreement == project.agreement
    assert result.project.households[0] == home


def test_older_files_have_no_rule_and_self_management():
    data = json.loads(dumps_project(load_example("hofje-8")))
    del data["agreement"]
    for home in data["households"]:
        for key in ("financing", "loan_amount_eur", "income_below_loan_limit", "room_to_borrow"):
            home.pop(key)
    result = _loaded(data)
    assert result.project.agreement == Agreement()
    assert all(h.financing == "default" for h in result.project.households)
    assert not result.problems


def test_bad_values_are_reported_and_left_out():
    data = json.loads(dumps_project(load_example("hofje-8")))
    ids = [h["id"] for h in data["households"]]
    data["agreement"] = {
        "cluster_share": 75,  # a percentage where a share is asked
        "street_share": -0.2,
        "organisation": "housing association",
        "market_billing": "per kWh",
        "joiners": [
            {"household_id": ids[0], "year": 0},
            {"household_id": "nobody", "year": 2},
            {"household_id": ids[1], "year": 3},
            {"household_id": ids[1], "year": 4},
            {"household_id": ids[2], "year": 1e300},
        ],
    }
    data["households"][0]["financing"] = "credit card"
    data["households"][1]["loan_amount_eur"] = -5
    data["households"][2]["income_below_loan_limit"] = "yes"
    result = _loaded(data)
    agreement = result.project.agreement
    assert agreement.cluster_share is None and agreement.street_share is None
    assert agreement.organisation == "self_management" and agreement.market_billing == "month"
    assert agreement.joiners == [PlannedJoiner(ids[1], 3)]
    homes = result.project.households
    assert homes[0].financing == "default"
    assert homes[1].loan_amount_eur is None
    assert homes[2].income_below_loan_limit is None
    text = " ".join(p.nl for p in result.problems)
    for words in ("Spelregel", "Organisatievorm", "Afrekening", "Latere aansluiter", "financiering", "leenbedrag"):
        assert words in text
    # figures as Dutch writes them, not Python's '-5' and '1000000'
    assert "leenbedrag −€ 5 ligt niet tussen € 0 en € 1.000.000; leeg gelaten." in text
    assert ": 75 is geen aandeel tussen 0 en 1" in text and ": −0,2 is geen aandeel tussen 0 en 1" in text
    english = " ".join(p.en for p in result.problems)
    assert "loan amount −€ 5 is not between € 0 and € 1,000,000" in english
    assert result.repaired


def test_agreement_of_the_wrong_type():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["agreement"] = ["go", "no go"]
    result = _loaded(data)
    assert result.project.agreement == Agreement()
    assert result.problems
