"""The project file's ``tender`` section: round trip and validation (issue 18)."""

from __future__ import annotations

import json

from minigrid_app.core.tender_model import (
    Agreement,
    FieldDesign,
    PermitStatus,
    Quote,
)
from minigrid_app.io.examples import load_example
from minigrid_app.io.projectfile import dumps_project, loads_project


def _filled():
    project = load_example("hofje-8")
    tender = project.tender
    tender.settings.issued_on = "2026-12-01"
    tender.settings.scope_overrides = {"pipe": "installer"}
    tender.settings.permits = [PermitStatus("ground_loop", "applied", "2026-12-10", "OLO 123")]
    quote = Quote(supplier="Boorbedrijf Oost", amounts={"shared-C1:drilling": 17000.0}, quantities={"shared-C1:drilling": 250.0})
    tender.quotes = [quote]
    tender.decision.quote_id = quote.id
    tender.decision.organisation_model = "cooperative"
    tender.decision.agreements = [Agreement("hofje-1", "signed", "2026-11-20")]
    tender.decision.opt_out_terms = "Kosteloos tot de opdracht; daarna de gemaakte kosten."
    tender.design.fields = [FieldDesign("shared-C1", ["hofje-1", "hofje-3", "hofje-7"], 2, 125.0, 6.5)]
    tender.design.conductivity_w_mk = 2.05
    return project


def test_round_trip_keeps_everything():
    project = _filled()
    result = loads_project(dumps_project(project))
    assert result.ok and not result.problems
    assert result.project.tender == project.tender


def test_files_without_a_tender_section_still_open():
    data = json.loads(dumps_project(load_example("hofje-8")))
    del data["tender"]
    result = loads_project(json.dumps(data))
    assert result.ok and not result.problems
    assert result.project.tender.quotes == []


def test_bad_values_are_dropped_with_a_message():
    data = json.loads(dumps_project(_filled()))
    tender = data["tender"]
    tender["settings"]["contracting"] = "whoever"
    tender["settings"]["scope_overrides"]["drilling"] = "the neighbour"
    tender["settings"]["permits"].append({"kind": "trees", "status": "maybe"})
    tender["quotes"][0]["amounts"]["shared-C1:pipe"] = "veel"
    tender["quotes"][0]["amounts"]["shared-C1:boreholes"] = -5
    tender["quotes"].append("not a quote")
    tender["decision"]["organisation_model"] = "commune"
    tender["decision"]["agreements"].append({"household_id": "hofje-3", "status": "perhaps"})
    tender["design"]["fields"].append({"field_id": "shared-C2", "households": ["hofje-2"], "depth_m": 5000})
    tender["design"]["conductivity_w_mk"] = 99
    result = loads_project(json.dumps(data))
    assert result.ok and result.repaired
    loaded = result.project.tender
    assert loaded.settings.contracting == "main_contractor"
    assert loaded.settings.scope_overrides == {"pipe": "installer"}
    assert loaded.settings.permit("trees").status == "to_do"
    assert loaded.quotes[0].amounts == {"shared-C1:drilling": 17000.0}
    assert len(loaded.quotes) == 1
    assert loaded.decision.organisation_model == ""
    assert loaded.decision.agreement("hofje-3").status == "not_asked"
    assert len(loaded.design.fields) == 1 and loaded.design.conductivity_w_mk is None
    texts = " ".join(p.nl for p in result.problems)
    for word in ("aanbestedingsvorm", "partij", "veel", "Offerte 2", "organisatievorm", "Ontwerpveld", "warmtegeleiding van de bodem"):
        assert word in texts, word
    # the cost item by its words, not its key 'drilling'
    assert "Uitvraag: partij ‘the neighbour’ bij ‘Boren en bodemlus’ onbekend; weggelaten." in texts


def test_a_chosen_quote_that_is_gone_is_cleared():
    data = json.loads(dumps_project(_filled()))
    data["tender"]["quotes"] = []
    result = loads_project(json.dumps(data))
    assert result.project.tender.decision.quote_id == ""
    assert any("gekozen offerte" in p.nl for p in result.problems)


def test_unreadable_section():
    data = json.loads(dumps_project(load_example("hofje-8")))
    data["tender"] = [1, 2]
    result = loads_project(json.dumps(data))
    assert result.ok and result.project.tender.quotes == []
    assert any("Uitvraag" in p.nl for p in result.problems)


def test_a_quote_figure_typed_as_text_by_hand_is_read_as_a_suppliers_cell_and_said():
    # was: '12.500' and '227,1' dropped ('overgeslagen'), the quantity called a 'bedrag', no reason given
    data = json.loads(dumps_project(_filled()))
    quote = data["tender"]["quotes"][0]
    quote["amounts"] = {"shared-C1:drilling": "12.500", "shared-C1:pipe": "ca. 4000", "hofje-1:heat_pump": -5}
    quote["quantities"] = {"shared-C1:drilling": "227,1 m"}
    result = loads_project(json.dumps(data))
    loaded = result.project.tender.quotes[0]
    assert loaded.amounts == {"shared-C1:drilling": 12500.0}
    assert loaded.quantities == {"shared-C1:drilling": 227.1}
    said = [p.nl for p in result.problems]
    # a line named as the bill names it (its cluster or home, its cost item), not by its id 'shared-C1:drilling'
    assert ("Offerte 1 (Boorbedrijf Oost): bedrag bij ‘Cluster 1: Boren en bodemlus’ stond als tekst in het bestand "
            "(‘12.500’); gelezen als 12.500.") in said
    assert ("Offerte 1 (Boorbedrijf Oost): hoeveelheid bij ‘Cluster 1: Boren en bodemlus’ stond als tekst in het "
            "bestand (‘227,1 m’); gelezen als 227,1.") in said
    assert any("bedrag bij ‘Cluster 1: Horizontale leiding tussen de woningen’ overgeslagen: ‘ca. 4000’ is een schatting"
               in text for text in said)
    assert any("bedrag bij ‘Lindehof 1: Water-waterwarmtepomp (geïnstalleerd)’ overgeslagen: ‘-5’ is negatief" in text
               for text in said)
    assert any("amount for ‘Lindehof 1: Water-to-water heat pump (installed)’ skipped" in p.en for p in result.problems)
    assert not any("shared-C1" in text or "hofje-1" in text for text in said)
    assert loads_project(dumps_project(result.project)).project.tender.quotes[0].amounts == loaded.amounts
