"""How a residents' condition reads on screen, in the chosen language.

Shared by the first and second evening pages and the presentation mode.
"""

from __future__ import annotations

from minigrid_app.core.conditions import COMMON_CONDITIONS
from minigrid_app.core.formatting import group_thousands
from minigrid_app.core.model import Condition


def condition_text(kind: str, value: float | None, language: str = "nl") -> str:
    """The text of a common condition in the residents' words, with its value filled in."""
    for template_kind, nl, en, _default in COMMON_CONDITIONS:
        if template_kind == kind:
            template = en if language == "en" else nl
            return template.format(value=group_thousands(value or 0, 0, language))
    return ""


def shown_condition_text(condition: Condition, language: str = "nl") -> str:
    """How a condition reads on screen: the residents' own words in Dutch; in English a
    common condition shows its English template (the stored words are Dutch)."""
    if language == "en" and condition.kind != "custom":
        english = condition_text(condition.kind, condition.value, "en")
        if english:
            return english
    return condition.text.strip() or condition.kind
