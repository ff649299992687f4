"""An assumption confirmed as the window writes it is taken without a remark, in both languages.

The assumptions tab writes the gas's higher heating value '9.769' kWh/m³ ('9,769' in Dutch); typed back, or
only opened and confirmed with Enter, it read 'Gas higher heating value (35.17 MJ/m³): ‘9.769’ can mean
9.769 kWh/m³ or 9,769 kWh/m³; 9.769 kWh/m³ assumed (9,769 kWh/m³ is not plausible): check it' (found by the
breaker, session 19: every one of the 141 assumptions confirmed as shown; this was the one remarked).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_assumption_confirmed_as_shown_says_nothing(qapp, monkeypatch, language):
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.models import parameters_model
    from minigrid_app.ui.services.tasks import SyncRunner

    monkeypatch.setattr(parameters_model, "ui_language", lambda: language)
    document = ProjectDocument(load_example("hofje-8"), runner=SyncRunner())
    model = parameters_model.ParametersModel(document)
    said = []
    model.validationFailed.connect(lambda text: said.append(text))
    model.inputNoted.connect(lambda text: text and said.append(text))
    confirmed = 0
    for row in range(model.rowCount()):
        key = model.key_at(row)
        shown = model.data(model.index(row, parameters_model.COL_VALUE), Qt.ItemDataRole.EditRole)
        if key is None or not isinstance(shown, str):
            continue
        assert model.set_value(key, shown), (key, shown, said)
        assert not said, (key, shown, said)
        confirmed += 1
    assert confirmed > 100 and not document.project.parameter_overrides


def test_a_doubtful_figure_not_as_written_is_still_said():
    from minigrid_app.core.typed_amounts import read_typed_amount

    # '1.850' in English is not how the window writes 1,850: still 'can mean … assumed: check it'
    assert read_typed_amount("1.850", "en", plausible=(1000, 100000)).how == "ambiguous"
    assert read_typed_amount("12,000", "nl", plausible=(1000, 100000)).how == "ambiguous"
