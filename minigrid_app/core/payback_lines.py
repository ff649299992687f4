"""What moves a payback but not the monthly costs: replacements and residual values.

Used by the payback's "hoe berekend?" (:mod:`minigrid_app.core.explain`). A variant that costs
more per month can be cheaper from the start when the boiler is due, and a payback read in the
last year often comes from the residual value of a borefield that lasts far longer than the
horizon (method.md#payback).
"""

from __future__ import annotations

from minigrid_app.core.formatting import euro
from minigrid_app.core.variants import VariantResult

#: (cash-flow field, sign shown, whose, Dutch label, English label, Dutch note, English note)
_KINDS = (
    (
        "investment_eur",
        1,
        "gas",
        "Gas: nieuwe cv-ketel in jaar {}",
        "Gas: new boiler in year {}",
        "telt mee in het totaal, niet in de maandlasten",
        "counts in the total, not in the monthly costs",
    ),
    (
        "investment_eur",
        1,
        "variant",
        "Deze variant: vervanging in jaar {}",
        "This variant: replacement in year {}",
        "telt mee in het totaal, niet in de maandlasten",
        "counts in the total, not in the monthly costs",
    ),
    (
        "residual_value_eur",
        -1,
        "variant",
        "Deze variant: restwaarde in jaar {}",
        "This variant: residual value in year {}",
        "wat nog niet versleten is, telt in het laatste jaar terug",
        "what is not yet worn out, counted back in the last year",
    ),
    (
        "residual_value_eur",
        -1,
        "gas",
        "Gas: restwaarde in jaar {}",
        "Gas: residual value in year {}",
        "wat nog niet versleten is, telt in het laatste jaar terug",
        "what is not yet worn out, counted back in the last year",
    ),
)


def replacement_lines(
    gas: VariantResult, result: VariantResult, up_to_year: int, language: str = "nl"
) -> list[tuple[str, str, str]]:
    """(label, amount, note) of every replacement and residual value in years 1..``up_to_year``.

    Gas's new boiler and the variant's replacements first, then the residual values (shown
    negative: money back). Amounts in whole euros.
    """
    english = language == "en"
    found = []
    for key, sign, whose, nl, en, note_nl, note_en in _KINDS:
        for flow in (gas if whose == "gas" else result).cash_flows[:up_to_year]:
            amount = getattr(flow, key)
            if amount > 0:
                found.append(
                    (
                        (en if english else nl).format(flow.year),
                        euro(sign * amount, 0, language),
                        note_en if english else note_nl,
                    )
                )
    return found
