"""Step 5, "Wie tekent?": one panel module per feature of the second residents' evening.

- :mod:`.conditions`: the residents' conditions checked per variant (✓ / ✗ / ?);
- :mod:`.participation`: who signs, with the date, against the Utrecht pilots;
- :mod:`.clusters`: which clusters are complete, with a link to the drop-out "what if";
- :mod:`.documents`: the declarations of intent, handouts and the report (PDF);
- :mod:`.dropout`: what changes for the others when one home does not join.

:mod:`.page` puts them together under the step's question.
"""

from minigrid_app.ui.pages.second_evening.page import SecondEveningPage

__all__ = ["SecondEveningPage"]
