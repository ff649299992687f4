"""Charts that said something the texts around them did not (found walking the program):
the street drawing's depths, the cumulative chart's labels against its title."""

from __future__ import annotations

from types import SimpleNamespace

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex

from minigrid_app.core.formatting import borehole_depth
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.streetview import FieldMark, HomeMark, StreetView
from minigrid_app.core.variant import Variant, variant_colour
from minigrid_app.io import charts
from minigrid_app.io.documents.common import field_text


def test_a_depth_is_said_in_tenths_when_whole_metres_do_not_add_up():
    # 2 × 160 m = 320 m, but the field is 319,2 m: 2 × 159,6 m is what step 3's table says
    assert borehole_depth(2, 159.6, 319.2) == "159,6 m"
    assert borehole_depth(2, 159.6, language="en") == "159.6 m"
    assert borehole_depth(3, 120.0, 360.0) == "120 m"  # whole metres add up: no decimals


def test_the_street_drawing_says_the_depth_as_the_table_does():
    homes = (HomeMark("h1", "Dorpsstraat 1", 0.0, 8.0), HomeMark("h2", "Dorpsstraat 3", 8.0, 8.0))
    field = FieldMark("f1", "Cluster 1", True, ((4.0, -3.0), (10.0, -3.0)), 2, 159.6, 6.0, strip=(1.0, -1.0, 14.0, 4.0))
    view = StreetView(homes, (field,), 16.0, Bilingual("Eén veld", "One field"))
    texts = [t.get_text() for t in charts.street_layout_figure(view).axes[0].texts]
    assert "Cluster 1: 2 × 159,6 m" in texts


def test_the_documents_say_the_depth_as_the_table_does():
    sizing = SimpleNamespace(boreholes=2, depth_m=159.6, total_length_m=319.2, provisional=False)
    ctx = SimpleNamespace(t=lambda nl, en: nl)
    assert field_text(ctx, sizing) == "2 boorgaten van 159,6 m (319 m in totaal)"


def test_the_evening_says_the_tenders_length_in_whole_metres():
    """250,47 m: the tender says '2 × 125,25 m = 250,5 m' (the bill's decimetres), the evening said '250 m in
    totaal' where a reader rounds 250,5 m to 251 m; one boring said '147 m' beside the tender's '147,5 m'."""
    from minigrid_app.core.formatting import drilling_words

    ctx = SimpleNamespace(t=lambda nl, en: nl)
    assert drilling_words(2, 125.235, 250.47) == ("125,25 m", "250,5 m")
    assert field_text(ctx, SimpleNamespace(boreholes=2, depth_m=125.235, total_length_m=250.47, provisional=False)) \
        == "2 boorgaten van 125,3 m (251 m in totaal)"  # 2 × 125,3 = 250,6 → 251
    assert drilling_words(1, 147.47, 147.47)[0] == "147,5 m"
    assert field_text(ctx, SimpleNamespace(boreholes=1, depth_m=147.47, total_length_m=147.47, provisional=False)) \
        == "1 boorgat van 148 m"  # as '1 × 148 m = 148 m' where both are said, not '1 × 147,5 m = 148 m'


def test_two_lines_crossing_gas_at_one_spot_each_keep_their_own_label():
    # both heat pumps cheaper than gas after 14,9 years, at the same height: the labels stood on one another
    gas = [10_000 + 1_000 * year for year in range(16)]
    pump = [11_490 + 900 * year for year in range(16)]  # 1 490 more, 100 a year less: cheaper after 14,9 years
    series = {Variant.GAS: gas, Variant.GROUND_HP: pump, Variant.SHARED_LOOP: list(pump)}
    figure = charts.cumulative_costs_figure(series, language="nl")
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)
    labels = [t for t in figure.axes[0].texts if t.get_text().startswith("na ")]
    assert sorted(to_hex(t.get_color()) for t in labels) == sorted(
        to_hex(variant_colour(v)) for v in (Variant.GROUND_HP, Variant.SHARED_LOOP))
    first, second = (t.get_window_extent(renderer) for t in labels)
    assert not first.overlaps(second)
    # the title names both, as the two labels say
    assert " ".join(figure._suptitle.get_text().split()) == (  # noqa: SLF001 - wrapped when drawn
        f"De eigen bodemlus en de gedeelde bodemlus zijn na {labels[0].get_text()[3:]} goedkoper dan gas")


def test_the_rule_of_thumb_warning_says_the_length_as_the_table_does():
    """The table said '251 m' (the tender's 250,5 m rounded half up), the warning under it '250 m'."""
    from minigrid_app.core.analysis import _field_warnings

    sizing = SimpleNamespace(warnings=(), differs_from_rule_of_thumb=True, provisional=False, total_length_m=250.47,
                             limited_by="heating", max_fluid_temp_c=None, alone_total_length_m=None,
                             rule_of_thumb_length_m=180.0)
    said = _field_warnings(SimpleNamespace(sizing=sizing), Bilingual("Cluster 1", "Cluster 1"))
    assert said[0].nl.startswith("Cluster 1: de berekende lengte (251 m) wijkt meer dan 30 % af van de vuistregel (180 m)")
    assert "(251 m)" in said[0].en


def test_a_line_below_gas_all_along_is_named_before_the_ones_that_cross():
    """straat-24's slide (walk of session 17): 'De eigen bodemlus en de gedeelde bodemlus zijn na 14,7 jaar
    goedkoper dan gas' above an air heat pump line that stayed under gas from the first year: the finding
    left out the cheapest of them."""
    gas = [10_000 + 1_000 * year for year in range(16)]
    air = [10_000 + 950 * year for year in range(16)]  # under gas every year
    pump = [11_490 + 900 * year for year in range(16)]  # cheaper after 14,9 years
    series = {Variant.GAS: gas, Variant.AIR_HP: air, Variant.GROUND_HP: pump, Variant.SHARED_LOOP: list(pump)}
    figure = charts.cumulative_costs_figure(series, language="nl")
    assert " ".join(figure._suptitle.get_text().split()) == (  # noqa: SLF001 - wrapped when drawn
        "De eigen luchtwarmtepomp is steeds goedkoper dan gas; de eigen bodemlus en de gedeelde bodemlus zijn het "
        "na 14,9 jaar")
    english = charts.cumulative_costs_figure(series, language="en")
    assert " ".join(english._suptitle.get_text().split()).startswith(  # noqa: SLF001
        "The own air heat pump is cheaper than gas all along; the own ground loop and the shared ground loop are after")
