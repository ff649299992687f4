"""A text that sends the resident to a field names it as the window shows it, in both languages.

Step 5 said "stel 'reserve voor latere deelnemers' in bij de quickscan" (the project file's word)
while step 3's field is called "Ruimte voor latere deelnemers (per cluster)" (found walking the program).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minigrid_app.core.conditions import NOT_MET, _qualitative
from minigrid_app.core.model import Condition, Project
from minigrid_app.core.variant import Variant

#: the label of step 3's field, as ClustersPanel sets it (the source text of its translation)
RESERVE_LABEL = "Ruimte voor latere deelnemers (per cluster)"


def test_the_room_to_join_condition_names_step_3s_field(qapp):
    from minigrid_app.ui.i18n import Translations

    outcome = _qualitative(Condition(kind="room_to_join", text="Buren kunnen later aansluiten"), Variant.SHARED_LOOP, Project())
    assert outcome.status == NOT_MET
    translations = Translations(qapp)
    try:
        for language in ("nl", "en"):
            translations.set_language(language)
            label = QCoreApplication.translate("ClustersPanel", RESERVE_LABEL)
            name = label.split(" (")[0]  # without '(per cluster)'
            assert f"‘{name}’" in outcome.reason(language), (language, name, outcome.reason(language))
            assert "3" in outcome.reason(language)
    finally:
        translations.set_language("nl")
