"""One way to write numbers, euros and dates (issue 10): the same text on every view."""

from __future__ import annotations

import datetime

import pytest

from minigrid_app.core.formatting import (
    MINUS,
    date_text,
    euro,
    euro_range,
    group_thousands,
    number,
    percent,
)


@pytest.mark.parametrize(
    ("value", "decimals", "language", "expected"),
    [
        (1234.5, 1, "nl", "1.234,5"),
        (1234.5, 1, "en", "1,234.5"),
        (1234567, 0, "nl", "1.234.567"),
        (-1234.4, 0, "nl", f"{MINUS}1.234"),
        (-1.5, 1, "nl", f"{MINUS}1,5"),
        (-0.4, 0, "nl", "0"),  # rounds to zero: no sign
        (0.125, 2, "en", "0.12"),  # half to even, as Python formats
    ],
)
def test_group_thousands(value, decimals, language, expected):
    assert group_thousands(value, decimals, language) == expected


def test_euro_has_one_minus_sign_before_the_euro():
    assert euro(1234.4) == "€ 1.234"
    assert euro(1234.4, language="en") == "€ 1,234"
    assert euro(-56.2) == "\u2212€ 56"
    assert euro(-0.3) == "€ 0"
    assert euro(12.345, 2) == "€ 12,35"  # the binary 12.345 is 12.34500000000000064…
    assert euro(1999.999, 2, "nl") == "€ 2.000,00"
    assert euro(None) == "–"
    assert "-" not in euro(-1e6) and "-" not in number(-3.0)


def test_ranges_numbers_and_dates():
    assert euro_range(215, 185) == "€ 185 – € 215"
    assert euro_range(185, 215, "en", per_month=True) == "€ 185 – € 215 per month"
    assert euro_range(185, 215, "nl", per_month=True) == "€ 185 – € 215 per maand"
    assert number(11318.0, 0, "kWh") == "11.318 kWh"
    assert number(None) == "–"
    assert date_text(datetime.date(2025, 3, 4)) == "04-03-2025"
    assert date_text("2025-03-14") == "14-03-2025"
    assert date_text("") == "" and date_text(None) == ""
    assert date_text("volgende week") == "volgende week"


def test_parameter_values_as_the_assumptions_tables_show_them():
    from minigrid_app.core.formatting import is_calendar_year_key, parameter_value

    # a calendar year has no thousands separator (the report said '1.990 jaar')
    assert parameter_value(1990, "nl", calendar_year=True) == "1990"
    assert parameter_value((1975.0, 1992.0, 2015.0), "en", calendar_year=True) == "1975; 1992; 2015"
    # a quantity keeps them and shows only the decimals it has
    assert parameter_value(1990, "nl") == "1.990"
    assert parameter_value(9.769, "nl") == "9,769"
    assert parameter_value(0.0435, "en") == "0.0435"
    assert parameter_value(-1.5, "nl") == "\u22121,5"
    assert [is_calendar_year_key(k) for k in ("modern_build_year", "price_year", "cooling_build_year_bands",
                                              "loan_term_years", "horizon_years")] == [True, True, True, False, False]


def test_a_share_is_said_so_that_the_parts_add_up():
    """'2 boorgaten van 160 m' beside '319 m' (each depth rounded on its own): in tenths, 2 × 159,6."""
    from minigrid_app.core.formatting import share_decimals

    assert share_decimals(2, 159.55, 319.1) == 1  # 2 × 160 = 320, not 319; 2 × 159,6 = 319,2 → 319
    assert share_decimals(2, 160.2, 320.4) == 0  # 2 × 160 = 320: whole metres add up
    assert share_decimals(1, 112.4, 112.4) == 0
    # tenths at most: hofje-8's source slide said '4 boorgaten van gemiddeld 155,63 m' (622,5 m)
    assert share_decimals(4, 622.52 / 4, 622.52) == 1
    assert share_decimals(3, 100.0 + 1 / 3, 301.0) == 1


def test_a_depth_beside_the_fields_length_adds_up_to_it():
    """'4 × 132,1 m = 529 m' (4 × 132,1 = 528,4) in the evening report, step 3 and the explanation: tenths at most
    did not add up for 3 or more boreholes (hand-computed: 4 × 132,15 = 528,6 → 529)."""
    from minigrid_app.core.formatting import borehole_depth

    # was '132,1 m'; the tender says 4 × 132,15 m = 528,6 m, the evening that depth in tenths: 4 × 132,2 = 528,8 → 529
    assert borehole_depth(4, 132.14930502814138, 528.5972201125655) == "132,2 m"
    assert borehole_depth(4, 622.52 / 4, 622.52) == "155,63 m"  # 4 × 155,6 = 622,4, not 623
    assert borehole_depth(5, 93.48903208362105, language="en") == "93.49 m"  # 467,4452: 5 × 93,5 = 467,5 → 468
    assert borehole_depth(2, 159.55, 319.1) == "159,6 m" and borehole_depth(3, 120.0, 360.0) == "120 m"
    # a figure beyond any field (a hostile design file) is said, not raised (decimal.InvalidOperation)
    assert borehole_depth(3, 1e300).startswith("1.000.000") and borehole_depth(3, float("inf")) == "inf m"


def test_any_field_is_said_in_figures_that_add_up_as_the_reader_works_them_out():
    """Independent route: the said figures as exact decimals, multiplied, rounded half up as a reader rounds.

    Each paper adds up on its own (the evening's depth to its whole metres, the tender's to the bill's decimetres),
    the evening's whole metres are the tender's decimetres rounded half up (250,47 m was '250 m' beside the
    tender's '250,5 m'), and no depth is further from the computed one than its last decimal and the bill's
    rounding shared over the boreholes allow. Up to 5 boreholes, 7 % of tender fields said a depth that did not add
    up to the bill (5 × 100,09 m = 500,45 m beside 500,4 m)."""
    from decimal import ROUND_HALF_UP, Decimal

    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from minigrid_app.core.formatting import borehole_depth, drilling_words, field_length

    def value(text: str) -> Decimal:
        return Decimal(text.removesuffix(" m").replace(".", "").replace(",", "."))

    @given(st.integers(1, 12), st.floats(20, 300))
    @example(2, 125.235)
    @example(5, 100.0898)
    @example(1, 147.47)
    @example(1, 20.5)
    @example(1, 93.47)
    @settings(max_examples=300, deadline=None)
    def check(boreholes, depth):
        total = boreholes * depth
        evening, tender = (value(borehole_depth(boreholes, depth, total)), value(field_length(total))), \
            tuple(map(value, drilling_words(boreholes, depth, total)))
        assert tender[1].quantize(Decimal(1), ROUND_HALF_UP) == evening[1], (boreholes, depth)
        # the evening's depth may be the tender's rounded again (93,47 m: 93,5 m, at the evening 94 m)
        for (said, length), unit, margin in ((evening, "1", "0.051"), (tender, "0.1", "0.026")):
            if boreholes <= 5:  # more boreholes may need millimetres to add up
                assert (boreholes * said).quantize(Decimal(unit), ROUND_HALF_UP) == length, (boreholes, depth, said)
            assert abs(said - Decimal(depth)) <= Decimal(5).scaleb(said.as_tuple().exponent - 1) + Decimal(margin)

    check()


def test_a_fields_drilling_is_said_as_the_bill_counts_it():
    """The field's length to the decimetre, as the bill of quantities counts it; each borehole's depth with the
    fewest decimals that add up to it (hand-computed)."""
    from minigrid_app.core.formatting import bill_metres, drilling_words

    assert bill_metres(250.4999) == 250.5 and bill_metres(227.1235) == 227.1
    assert drilling_words(2, 125.25, 250.5) == ("125,25 m", "250,5 m")  # 2 × 125,3 = 250,6: tenths do not add up
    assert drilling_words(2, 127.2796, 254.5592) == ("127,3 m", "254,6 m")  # 2 × 127 = 254; 2 × 127,3 = 254,6
    assert drilling_words(2, 160.0, 320.0) == ("160 m", "320,0 m")
    assert drilling_words(3, 1158.664, 3475.992, "en") == ("1,158.66 m", "3,476.0 m")  # 3 × 1,158.7 = 3,476.1
    # the bill's length is itself rounded: 5 × 100,09 = 500,45 → 500,5, not the bill's 500,4; its share is 100,08
    assert drilling_words(5, 100.0898, 500.449) == ("100,08 m", "500,4 m")


def test_names_that_hold_a_comma_are_listed_with_semicolons():
    """'Hof, noord, Hof, zuid en Plein' read as five names; a decimal comma is no separator."""
    from minigrid_app.core.formatting import join_names, names_listed

    assert join_names(["Hof, noord", "Hof, zuid", "Plein"]) == "Hof, noord; Hof, zuid en Plein"
    assert join_names(["Plein", "Hof, zuid"], "en") == "Plein and Hof, zuid"  # two names: nothing to tell apart
    assert join_names(["Plein", "Hof, zuid", "Dam"], "en") == "Plein; Hof, zuid and Dam"
    assert names_listed(["Lindehof 1, achter", "Lindehof 2"]) == "Lindehof 1, achter; Lindehof 2"
    assert names_listed(["Cluster 1: 3 × 95,5 m", "Cluster 2: 2 × 90 m"]) == "Cluster 1: 3 × 95,5 m, Cluster 2: 2 × 90 m"
    assert join_names(["A", "B", "C"]) == "A, B en C" and names_listed([]) == ""


def test_fields_that_cannot_be_built_name_their_homes_apart():
    from types import SimpleNamespace

    from minigrid_app.core.fieldmessages import grouped_infeasible_warning

    ground = SimpleNamespace(min_fluid_temp_c=-1.5, max_fluid_temp_c=17.0, undisturbed_temp_c=-2.0)
    said = grouped_infeasible_warning("limit_above_ground", ground, ["Lindehof 1, achter", "Lindehof 2"],
                                      ["Hof, noord"]).nl
    assert said.startswith("Geen bodemlus mogelijk (de eigen bodemlus van Lindehof 1, achter; Lindehof 2 en de "
                           "gedeelde bodemlus van Hof, noord): "), said  # was 'Lindehof 1, achter, Lindehof 2; de …'


def test_figures_stay_whole_where_a_text_wraps():
    """A resident read '€' at a line's end and '3.123' on the next: the space inside each figure
    becomes a no-break space (U+00A0), every other space stays."""
    from minigrid_app.core.formatting import unbroken

    nb = "\u00a0"
    said = "€ 3.123 per maand, −€ 56, € −56, 2 boorgaten van 125 m (250 m), 1.200 m³ en 3.400 kWh/jaar, 50 %, over 15 jaar, 3 maanden"
    assert unbroken(said) == (
        f"€{nb}3.123 per maand, −€{nb}56, €{nb}−56, 2 boorgaten van 125{nb}m (250{nb}m), 1.200{nb}m³ en 3.400{nb}kWh/jaar, "
        f"50{nb}%, over 15{nb}jaar, 3{nb}maanden"
    )
    # words after a number are no unit: '125 meter', '2 woningen', 'stap 6 van'
    assert unbroken("125 meter, 2 woningen, stap 6 van 8, 2 maal") == "125 meter, 2 woningen, stap 6 van 8, 2 maal"
    # in HTML only the text changes, never a tag's attributes
    assert unbroken('<a href="#x 3 m">over 15 jaar</a> € 5<br>10 %', html=True) == (
        f'<a href="#x 3 m">over 15{nb}jaar</a> €{nb}5<br>10{nb}%'
    )
    # '≈' stays with its figure: the English bottom bar wrapped 'indicative, ≈' | '€ 248 a month' (Xvfb, larger text)
    assert unbroken("indicatief, ≈ € 248 per maand") == f"indicatief, ≈{nb}€{nb}248 per maand"
    # the figures themselves keep their plain space (files, workbook, goldens)
    assert euro(3123) == "€ 3.123"


def test_percent_keeps_the_second_decimal_it_has():
    assert percent(0.0435) == "4,35 %"
    assert percent(0.0435, "en") == "4.35 %"
    assert percent(0.05) == "5,0 %"
    assert percent(0.0) == "0,0 %"
