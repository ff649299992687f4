"""What was typed is read as it looks: characters that show nothing, and a sentence's end after a figure.

A figure copied from a web page, a PDF, an online form or a phone carries a zero-width space, a
directional mark or a byte-order mark: '\u200b1450' was 'geen getal', quoted as '‘1450’ is geen getal' (the
mark shows nothing), and a survey with such marks in its gas column lost the whole column ('er is geen kolom
voor het gasverbruik gekozen'). '1200.' was 'geen getal' where '1200 m3.' was read.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minigrid_app.core.quote_entry import read_price, read_quantity
from minigrid_app.core.reading import read_field
from minigrid_app.core.reading_dates import read_date

TODAY = datetime.date(2025, 6, 1)
#: a zero-width space, non-joiner and joiner, left-to-right and right-to-left marks, embeddings and overrides,
#: isolates, the word joiner, the byte-order mark, the soft hyphen
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2060\ufeff\u00ad\u061c"

#: (reader, what people type): every reader of typed text
TYPED = [
    *((lambda text, f=field: read_field(f, text, today=TODAY), text) for field, text in (
        ("gas_m3_per_year", "1.450"), ("gas_m3_per_year", "1510,5 m3"), ("gas_m3_per_year", "ca 1100"),
        ("floor_area_m2", "120 m²"), ("persons", "4"), ("build_year", "1996"), ("build_year", "12-6-1905"),
        ("cooks_on_gas", "ja"), ("three_phase", "nee"), ("participation", "getekend"), ("house_type", "hoekwoning"),
        ("insulation_savings", "20 %"), ("supply_temp_c", "55"), ("boiler_age_years", "7"))),
    (lambda text: read_date(text, today=TODAY), "14-03-2025"),
    (lambda text: read_date(text, today=TODAY), "1 jan 2023"),
    (read_price, "€ 12.500,-"),
    (read_quantity, "227,1 m"),
]


def _same(first, second) -> bool:
    if hasattr(first, "value"):
        return (first.value, first.status) == (second.value, second.status)
    return first == second


@pytest.mark.parametrize("index", range(len(TYPED)))
def test_characters_that_show_nothing_change_no_reading(index):
    read, text = TYPED[index]
    expected = read(text)

    @given(st.lists(st.tuples(st.integers(0, len(text)), st.sampled_from(INVISIBLE)), min_size=1, max_size=3))
    @settings(max_examples=40, deadline=None)
    def check(inserts):
        marked = text
        for position, mark in sorted(inserts, reverse=True):
            marked = marked[:position] + mark + marked[position:]
        assert _same(read(marked), expected), (marked, read(marked), expected)

    check()


@pytest.mark.parametrize(("field", "text", "value"), [
    ("gas_m3_per_year", "1200.", 1200.0), ("gas_m3_per_year", "1.200.", 1200.0), ("gas_m3_per_year", "1200,", 1200.0),
    ("gas_m3_per_year", "1200!", 1200.0), ("persons", "2.", 2), ("build_year", "1996.", 1996),
])
def test_a_sentences_end_after_a_figure_is_not_part_of_it(field, text, value):
    reading = read_field(field, text, today=TODAY)
    assert (reading.value, reading.status) == (value, "ok")
    estimate = read_field("gas_m3_per_year", "ongeveer 1200.")
    assert (estimate.value, estimate.status) == (1200.0, "doubtful")


def test_a_survey_column_with_marks_in_it_is_still_read(tmp_path):
    from minigrid_app.io.survey import choose_columns, convert, read_table

    path = tmp_path / "enquete.csv"
    path.write_text("Adres;Bouwjaar;Gasverbruik 2023 (m3);Aantal bewoners\n"
                    "Lindehof 1;\u200e1996;\u200b1450;4\n"
                    "Lindehof 2;1996;1180.;2\u200e\n"
                    "Lindehof 3;1997;\u202d1100\u202c;3\n", encoding="utf-8")
    plan = choose_columns(read_table(path), today=TODAY)
    report = convert(plan.table, plan.mapping(), notes=plan.notes)
    homes = [row.household for row in report.rows]
    assert [h.gas_m3_per_year for h in homes] == [1450.0, 1180.0, 1100.0]
    assert [h.build_year for h in homes] == [1996, 1996, 1997] and [h.persons for h in homes] == [4, 2, 3]
