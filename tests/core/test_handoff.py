"""The engineer's hand-off in the engine: the loads out, the design back in (issue 18, item 4)."""

from __future__ import annotations

import pytest

from minigrid_app.core import borefield, fields
from minigrid_app.core.analysis import compute_project
from minigrid_app.core.engineer_design import design_parameters, design_sizing, evaluate_design
from minigrid_app.core.handoff import (
    CSV_COLUMNS,
    DesignError,
    csv_rows,
    design_from_dict,
    design_to_dict,
    export_to_dict,
    field_exports,
    field_ground,
)
from minigrid_app.core.tender import tender_scope
from minigrid_app.core.tender_model import EngineerDesign, FieldDesign
from minigrid_app.io.examples import load_example


@pytest.fixture(scope="module")
def hofje():
    project = load_example("hofje-8")
    results = compute_project(project, break_even=False, sensitivity=False)
    return project, results


@pytest.fixture(scope="module")
def one_cluster():
    """The first four homes of hofje-8 alone: one field, no neighbouring field cooling it."""
    project = load_example("hofje-8")
    project.households = project.households[:4]
    results = compute_project(project, break_even=False, sensitivity=False)
    assert not results.field(results.clusters[0].field_id).sizing.neighbours
    return project, results


def test_exported_loads_are_those_the_field_was_sized_for(one_cluster):
    project, results = one_cluster
    exports = field_exports(project, results)
    assert [e.field_id for e in exports] == [c.field_id for c in results.clusters]
    export = exports[0]
    sizing = results.field(export.field_id).sizing
    ground = field_ground(results.parameters, export.layout, export.spacing_m)
    assert export.spacing_m == sizing.spacing_m and export.positions_m == sizing.positions
    cooling = {"injection_kwh": export.monthly_injection_kwh, "peak_injection_kw": export.peak_injection_kw}
    at = borefield.fluid_temperatures(
        export.monthly_extraction_kwh, export.peak_extraction_kw, export.boreholes, export.depth_m, ground, **cooling
    )
    assert at.minimum_c == pytest.approx(sizing.min_fluid_temp_c, abs=1e-9)
    # Minigrid sized the depth to the limit: 1 % shallower with these loads is too cold (or, when
    # the summer limit sets the depth, too warm)
    shallower = borefield.fluid_temperatures(
        export.monthly_extraction_kwh, export.peak_extraction_kw, export.boreholes, 0.99 * export.depth_m, ground,
        **cooling,
    )
    if sizing.limited_by == "cooling":
        assert shallower.maximum_c > export.max_fluid_temp_limit_c >= at.maximum_c - 1e-6
    else:
        assert shallower.minimum_c < export.min_fluid_temp_limit_c <= at.minimum_c + 1e-6


def test_json_and_csv_say_the_same(hofje):
    project, results = hofje
    export = field_exports(project, results)[0]
    document = export_to_dict(export, project.intake.name)
    assert document["loads"]["monthly_extraction_kwh"] == list(export.monthly_extraction_kwh)
    assert document["geometry"]["boreholes"] == export.boreholes
    assert document["ground"]["conductivity_w_mk"] == results.parameters["ground_conductivity_w_mk"]
    rows = csv_rows(export)
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 13
    assert sum(row[2] for row in rows[1:]) == pytest.approx(export.annual_extraction_kwh, abs=0.01)
    january = rows[1]
    assert january[4] == pytest.approx(january[2] / (31 * 24), rel=1e-4)


def test_a_design_says_every_key_it_does_not_read(hofje):
    """An engineer's measured conductivity written as 'conductivity' (the template says 'conductivity_w_mk'), the
    ground temperature as the project's 'ground_temp_c', a field's 'spacing': each was left out without a word and
    the default used. Each is said, with the key that was likely meant; the template's own keys say nothing."""
    project, results = hofje
    cluster = results.clusters[0]
    document = {
        "format": "minigrid-design", "engineer": "Bronadvies BV", "remarks": "zie rapport",
        "ground": {"conductivity": 2.1, "ground_temp_c": 10.5, "borehole_resistance_mk_w": 0.12},
        "fields": [{"field_id": cluster.field_id, "boreholes": 2, "depth_m": 150.5, "spacing": 7.0, "comment": "TRT"}],
    }
    design, problems = design_from_dict(document, project, results)
    assert design.conductivity_w_mk is None and design.borehole_resistance_mk_w == 0.12
    said = [p.nl for p in problems]
    assert said == [
        "Ontwerp: ‘remarks’ kent Minigrid niet; genegeerd. Vraag de ingenieur het te schrijven zoals in het sjabloon.",
        "Ontwerp: ‘conductivity’ in ‘ground’ kent Minigrid niet; genegeerd. Bedoeld: ‘conductivity_w_mk’? Vraag de "
        "ingenieur het te schrijven zoals in het sjabloon.",
        "Ontwerp: ‘ground_temp_c’ in ‘ground’ kent Minigrid niet; genegeerd. Bedoeld: ‘undisturbed_temp_c’? Vraag de "
        "ingenieur het te schrijven zoals in het sjabloon.",
        f"Ontwerp: ‘spacing’ bij veld {cluster.field_id} kent Minigrid niet; genegeerd. Bedoeld: ‘spacing_m’? Vraag "
        "de ingenieur het te schrijven zoals in het sjabloon.",
        f"Ontwerp: ‘comment’ bij veld {cluster.field_id} kent Minigrid niet; genegeerd. Vraag de ingenieur het te "
        "schrijven zoals in het sjabloon.",
    ]
    assert all(p.severity == "warning" for p in problems)
    assert design_from_dict(design_to_dict(design), project, results)[1] == []  # the template says nothing


def test_design_read_back_and_checked(hofje):
    project, results = hofje
    cluster = results.clusters[0]
    document = {
        "format": "minigrid-design",
        "engineer": "Bronadvies BV",
        "ground": {"conductivity_w_mk": 2.1},
        "fields": [
            {"field_id": cluster.field_id, "boreholes": 3, "depth_m": 110, "spacing_m": 7},
            {"field_id": "shared-C9", "boreholes": 1, "depth_m": 50},
        ],
    }
    design, problems = design_from_dict(document, project, results)
    assert design.conductivity_w_mk == 2.1 and design.engineer == "Bronadvies BV"
    assert design.fields == [FieldDesign(cluster.field_id, list(cluster.households), 3, 110.0, 7.0)]
    assert len(problems) == 1 and "shared-C9" in problems[0].nl
    # by the homes on it instead of the field id; round trip through the template
    again, _ = design_from_dict(
        {**design_to_dict(design), "fields": [{"homes": list(reversed(cluster.households)), "boreholes": 3}]}, project, results
    )
    assert again.fields[0].field_id == cluster.field_id
    for bad, word in (
        ({"format": "something"}, "ontwerpbestand"),
        ({"format": "minigrid-design", "fields": [{"field_id": cluster.field_id, "depth_m": "deep"}]}, "getal"),
        ({"format": "minigrid-design", "ground": {"conductivity_w_mk": 210}}, "eenheid"),
        ({"format": "minigrid-design"}, "geen veld"),
    ):
        with pytest.raises(DesignError) as caught:
            design_from_dict(bad, project, results)
        assert word in caught.value.problem.nl


def test_engineer_geometry_evaluated(one_cluster):
    project, results = one_cluster
    field_result = results.field(results.clusters[0].field_id)
    sizing = field_result.sizing
    homes = [fields.home_heat(results.household(h).demand) for h in field_result.households]
    ground = field_ground(results.parameters, sizing.layout, sizing.spacing_m)
    same = evaluate_design(homes, ground, sizing.boreholes, sizing.depth_m)
    assert same.converged and same.fits
    assert same.min_fluid_temp_c == pytest.approx(sizing.min_fluid_temp_c, abs=0.02)
    assert same.annual_extraction_kwh == pytest.approx(sizing.annual_extraction_kwh, rel=1e-3)
    sized = evaluate_design(homes, ground, sizing.boreholes, None)
    assert sized.depth_m == pytest.approx(sizing.depth_m, rel=0.01)
    deeper = design_sizing(FieldDesign(boreholes=sizing.boreholes + 1, depth_m=sizing.depth_m), homes, ground, sizing)
    assert deeper.min_fluid_temp_c > sizing.min_fluid_temp_c and deeper.total_length_m > sizing.total_length_m
    too_short = evaluate_design(homes, ground, 1, 40.0)
    assert not too_short.fits and "ingenieur" in too_short.warnings[0]


def test_thermal_response_test_changes_the_ground(hofje):
    _, results = hofje
    params = design_parameters(results.parameters, EngineerDesign(conductivity_w_mk=2.4, ground_temp_c=11.5))
    assert params["ground_conductivity_w_mk"] == 2.4 and params["ground_temp_c"] == 11.5
    assert design_parameters(results.parameters, EngineerDesign()) is results.parameters


def test_tender_scope_hand_off_covers_the_signers():
    scope = tender_scope(load_example("hofje-8"))
    results = compute_project(scope.project, break_even=False, sensitivity=False)
    (export,) = field_exports(scope.project, results)
    assert [h for h, _ in export.households] == scope.signed


def test_the_engine_follows_the_engineers_design():
    """Issue 18: an imported design recomputes the business case, marked as the engineer's."""
    project = load_example("hofje-8")
    before = compute_project(project, break_even=False, sensitivity=False)
    cluster = before.clusters[0]
    project.tender.design = EngineerDesign(
        engineer="Bronadvies BV", fields=[FieldDesign(cluster.field_id, list(cluster.households), 3, 110.0, 7.0)], conductivity_w_mk=2.2
    )
    after = compute_project(project, break_even=False, sensitivity=False)
    designed = after.field(cluster.field_id)
    assert designed.designed_by_engineer and not after.field(after.clusters[1].field_id).designed_by_engineer
    assert (designed.sizing.boreholes, designed.sizing.depth_m, designed.sizing.total_length_m) == (3, 110.0, 330.0)
    drilling = next(line for line in designed.cost_lines if line.key == "drilling")
    assert drilling.amount_eur == pytest.approx(330.0 * after.parameters["drilling_per_m_eur"])
    assert after.parameters["ground_conductivity_w_mk"] == 2.2
    member = cluster.households[0]
    assert after.household(member).variants["shared_loop"].investment_gross_eur != pytest.approx(
        before.household(member).variants["shared_loop"].investment_gross_eur
    )
    # the cluster changes: the design no longer applies, Minigrid sizes the field and says so
    project.households[1].participation = "declined"
    changed = compute_project(project, break_even=False, sensitivity=False)
    assert not any(f.designed_by_engineer for f in changed.fields)
    assert any("ontwerp van de ingenieur" in w for w in changed.warnings)


@pytest.mark.parametrize("written", [45992, "45992"])
def test_a_design_date_pasted_as_a_number_is_read_as_the_spreadsheets_day_and_said(hofje, written):
    # was: kept as '45992', shown at step 6 as 'Ontwerp van de ingenieur X (45992)'
    project, results = hofje
    cluster = results.clusters[0]
    document = {"format": "minigrid-design", "date": written,
                "fields": [{"field_id": cluster.field_id, "boreholes": 3, "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert design.date == "2025-12-01"
    assert [p.nl for p in problems] == [
        "Datum, in het bestand ‘date’: het getal 45992; gelezen als de datum die een spreadsheet zo telt: 01-12-2025. "
        "Controleer het."]
    assert problems[0].en.startswith("Date, in the file ‘date’: the number 45992;")


def test_a_design_date_and_time_pasted_as_a_number_is_that_day_said_with_its_time(hofje):
    # was: 'het getal 45992.25' refused as no date, left empty and put with the note
    project, results = hofje
    document = {"format": "minigrid-design", "date": 45992.25,
                "fields": [{"field_id": results.clusters[0].field_id, "boreholes": 3, "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert design.date == "2025-12-01" and "45992" not in design.note
    assert [p.nl for p in problems] == [
        "Datum, in het bestand ‘date’: het getal 45992,25; gelezen als de datum die een spreadsheet zo telt: "
        "01-12-2025 (de tijd, 06:00, weggelaten). Controleer het."]


@pytest.mark.parametrize(("written", "stored"), [("1-12-26", "2026-12-01"), ("20261201", "2026-12-01")])
def test_a_design_date_is_read_as_residents_type_dates(hofje, written, stored):
    project, results = hofje
    document = {"format": "minigrid-design", "date": written,
                "fields": [{"field_id": results.clusters[0].field_id, "boreholes": 3, "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert design.date == stored and problems == []


@pytest.mark.parametrize(("written", "why"), [("december", "‘december’ is geen datum"),
                                              ("31-02-2026", "‘31-02-2026’ is geen bestaande datum (die dag is er niet)")])
def test_a_design_date_that_is_no_date_is_kept_with_the_note_and_said(hofje, written, why):
    # was: kept as written without a word ('december', a day that does not exist), and moved by the next
    # load of the project with a message; now read by the project file's own rule when it comes in
    project, results = hofje
    document = {"format": "minigrid-design", "date": written, "note": "boorput 2 dieper",
                "fields": [{"field_id": results.clusters[0].field_id, "boreholes": 3, "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert (design.date, design.note) == ("", f"boorput 2 dieper; Datum: {written}")
    assert [p.nl for p in problems] == [f"Datum, in het bestand ‘date’: {why}; leeg gelaten en bij de opmerking gezet. "
                                        "Vraag de ingenieur de datum."]


def test_a_design_dated_in_the_future_and_homes_not_of_the_cluster_are_said(hofje):
    project, results = hofje
    cluster = results.clusters[0]
    document = {"format": "minigrid-design", "date": "2099-01-01",
                "fields": [{"field_id": cluster.field_id, "homes": [*cluster.households, "hofje-99"], "boreholes": 3,
                            "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert design.date == "2099-01-01" and design.fields[0].households == list(cluster.households)
    assert [p.nl for p in problems] == [
        "Datum, in het bestand ‘date’: 01-01-2099 ligt in de toekomst; klopt het jaar? Vraag het de ingenieur.",
        f"Veld {cluster.field_id}: het ontwerp noemt woningen die niet in {cluster.name} zitten (‘hofje-99’); het veld is "
        "voor de woningen van het cluster gebruikt. Vraag de ingenieur voor welke woningen het ontwerp is."]


def test_a_field_named_wrong_but_matched_on_its_homes_is_said(hofje):
    # was: given to the cluster of the same homes without a word
    project, results = hofje
    cluster = results.clusters[0]
    document = {"format": "minigrid-design",
                "fields": [{"field_id": "shared-C9", "homes": list(cluster.households), "boreholes": 3, "depth_m": 110}]}
    design, problems = design_from_dict(document, project, results)
    assert [f.field_id for f in design.fields] == [cluster.field_id]
    assert [p.nl for p in problems] == [
        f"Veld shared-C9 is geen veld van deze uitvraag; op zijn woningen toegekend aan {cluster.name} "
        f"({cluster.field_id}). Controleer het."]


@pytest.mark.parametrize("ground, nl, en", [
    ({"conductivity_w_mk": 0.35},
     "Warmtegeleiding van de bodem (W/m·K), in het bestand ‘ground.conductivity_w_mk’: 0,35 ligt buiten 0,5 tot 6; controleer de eenheid.",
     "Thermal conductivity of the ground (W/m·K), in the file ‘ground.conductivity_w_mk’: 0.35 is outside 0.5 to 6; check the unit."),
    ({"undisturbed_temp_c": "warm"},
     "Bodemtemperatuur (°C), in het bestand ‘ground.undisturbed_temp_c’: ",
     "Ground temperature (°C), in the file ‘ground.undisturbed_temp_c’: "),
])
def test_a_design_value_refused_is_named_in_words_and_by_its_key_in_the_file(ground, nl, en):
    """The engineer's file read "'ground.conductivity_w_mk' = 0,35 ligt buiten 0,5 tot 6" on step 6:
    the residents' words first, the key after it for the engineer who wrote the file."""
    from minigrid_app.core.handoff import DESIGN_FORMAT, design_from_dict

    with pytest.raises(DesignError) as raised:
        design_from_dict({"format": DESIGN_FORMAT, "ground": ground}, load_example("hofje-8"))
    assert raised.value.problem.nl.startswith(nl) and raised.value.problem.en.startswith(en)


def test_a_design_is_matched_on_its_homes_as_a_quote_is_not_on_the_cluster_id():
    """A design for the tender's 'shared-C1' as the tender formed it before (Lindehof 1, 3 and 7, formed again
    from the signers) was put on today's 'shared-C1' (Lindehof 1 and 3, the residents' cluster): a field
    designed for three homes' loads on two. It is matched on its homes (method.md#tender-old-quotes)."""
    project = load_example("hofje-8")
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    (cluster,) = results.clusters
    assert (cluster.field_id, cluster.households) == ("shared-C1", ["hofje-1", "hofje-3"])

    def field(field_id, homes):
        return {"format": "minigrid-design", "fields": [{"field_id": field_id, "homes": homes, "boreholes": 3, "depth_m": 100}]}

    with pytest.raises(DesignError) as refused:
        design_from_dict(field("shared-C1", ["hofje-1", "hofje-3", "hofje-7"]), scope.project, results)
    assert refused.value.problem.nl.endswith(
        "Veld shared-C1 is ontworpen voor Lindehof 1, Lindehof 3 en Lindehof 7; geen cluster van de uitvraag heeft "
        "precies deze woningen (Cluster 1 is nu Lindehof 1 en Lindehof 3), dus dit ontwerp telt niet en Minigrid "
        "berekent dat veld zelf. Vraag de ingenieur een nieuw ontwerp voor de uitvraag zoals die nu is.")
    # the same homes under another id: theirs, and said; no homes named: by the id, as before
    design, problems = design_from_dict(field("shared-C2", ["hofje-3", "hofje-1"]), scope.project, results)
    assert [(f.field_id, f.households) for f in design.fields] == [("shared-C1", ["hofje-1", "hofje-3"])]
    assert [p.nl for p in problems] == [
        "Veld shared-C2 is geen veld van deze uitvraag; op zijn woningen toegekend aan Cluster 1 (shared-C1). Controleer het."]
    design, problems = design_from_dict(field("shared-C1", []), scope.project, results)
    assert [(f.field_id, f.households) for f in design.fields] == [("shared-C1", ["hofje-1", "hofje-3"])] and problems == []


def test_a_design_for_the_tender_is_no_mismatch_on_the_steps_that_compute_every_home():
    """Steps 3 to 5 compute every home taking part: Cluster 1 of hofje-8 is Lindehof 1 to 4 there, while the
    engineer designed the tender's Cluster 1 (Lindehof 1 and 3, who signed). Each computation said 'Het
    ontwerp van de ingenieur voor shared-C1 hoort bij een andere samenstelling'; a design for other homes
    still says it."""
    project = load_example("hofje-8")
    project.tender.design = EngineerDesign(fields=[FieldDesign("shared-C1", ["hofje-1", "hofje-3"], boreholes=2, depth_m=100)])
    said = [w.nl for w in compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb").warnings]
    assert not any("ontwerp van de ingenieur" in w for w in said), said
    project.tender.design.fields[0].households = ["hofje-1", "hofje-3", "hofje-7"]  # the tender as formed before
    said = [w.nl for w in compute_project(project, break_even=False, sensitivity=False, method="rule_of_thumb").warnings]
    # named by its homes, not by the id 'shared-C1' no resident knows
    assert "Het ontwerp van de ingenieur voor Lindehof 1, Lindehof 3 en Lindehof 7 hoort bij een andere samenstelling van het cluster; " \
           "Minigrid heeft dat veld zelf berekend. Vraag de ingenieur om een nieuw ontwerp." in said, said
