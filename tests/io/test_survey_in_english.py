"""An English survey is read, and explained, in English.

'Annual gas use (m3)' was chosen as the gas column because 'the header says ‘verbruik’, ‘m³’, ‘jaar’'
(minigrid import-households --lang en): the reason named the Dutch words the program looks for,
not the words of the header. Now it quotes the header ('‘use’, ‘m³’, ‘annual’'); a Dutch header is
quoted as before.
"""

from __future__ import annotations

import pytest

from minigrid_app.io.survey import choose_columns, read_table


@pytest.mark.parametrize(("header", "said"), [
    ("Annual gas use (m3)", "‘use’, ‘m³’, ‘annual’"),
    ("Gas consumption per year", "‘consumption’, ‘year’"),
    ("Gasverbruik per jaar (m3)", "‘verbruik’, ‘m³’, ‘jaar’"),
])
def test_the_gas_columns_reason_quotes_the_header(tmp_path, header, said):
    path = tmp_path / "survey.csv"
    path.write_text(f"Name,{header}\nNo. 1,1450\nNo. 3,1180\n", encoding="utf-8")
    choice = choose_columns(read_table(path)).choices["gas_m3_per_year"]
    assert choice.column == 1
    assert f"the header says {said}" in choice.en and f"de kop noemt {said}" in choice.nl
