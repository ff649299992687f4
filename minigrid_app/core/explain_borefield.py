"""'Hoe berekend?' of a ground loop's length: how the field was designed, with what it saw.

An own loop is the fewest boreholes, each as shallow as the fluid limit allows; a shared field
the layout with the lowest investment that its strip along the street holds (count, rows and
spacing; docs/borefield.md); an engineer's design is his, checked. The explanation says which
rule made this field, and what else set its length: the fields nearby that cool the ground too
(with the field's length alone beside it) and the heat summer cooling gives back. Pure, no Qt.
"""

from __future__ import annotations

from minigrid_app.core.explain_parts import ExplanationLine, num, param_line, say, source_of
from minigrid_app.core.fieldtypes import FieldSizing
from minigrid_app.core.formatting import borehole_depth, count, field_length, percent
from minigrid_app.core.results import FieldResult, HouseholdResult, ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import VariantResult


def borefield_explanation(
    results: ProjectResults, household: HouseholdResult, result: VariantResult | None, language: str
) -> tuple[str, list[ExplanationLine]]:
    """The formula in words and the lines of a home's ground loop length (:func:`~minigrid_app.core.explain.explain`)."""
    found = results.field(result.field_id) if result is not None and result.field_id else None
    if found is None:
        return say(language, "Deze variant heeft geen bodemlus.", "This variant has no ground loop."), []
    sizing = found.sizing
    lines = [
        ExplanationLine(say(language, "Woningen op dit veld", "Homes on this field"), _homes(found, language)),
        param_line(results, "ground_conductivity_w_mk", language),
        param_line(results, "ground_temp_c", language, 1),
        param_line(results, "min_fluid_temp_c", language, 1),
        param_line(results, "max_borehole_depth_m", language),
        ExplanationLine(say(language, "Boorgaten", "Boreholes"), str(sizing.boreholes)),
    ]
    if sizing.rows > 1:
        lines.append(ExplanationLine(say(language, "Rijen", "Rows"), str(sizing.rows)))
    if sizing.boreholes > 1 and sizing.spacing_m > 0:
        lines.append(
            ExplanationLine(say(language, "Afstand tussen de boorgaten", "Distance between the boreholes"),
                            num(sizing.spacing_m, 0 if sizing.spacing_m == round(sizing.spacing_m) else 1, "m", language))
        )
    lines.append(
        ExplanationLine(
            say(language, "Diepte per boorgat", "Depth per borehole"),
            borehole_depth(sizing.boreholes, sizing.depth_m, sizing.total_length_m, language),
        )
    )
    if len(found.households) + found.extra_homes > 1:
        lines.append(
            ExplanationLine(say(language, "Gelijktijdigheid (piek)", "Simultaneity (peak)"), percent(sizing.simultaneity, language))
        )
    lines += _neighbours(sizing, language) + _cooling(sizing, language)
    lines += [
        ExplanationLine(
            say(language, "Laagste vloeistoftemperatuur", "Lowest fluid temperature"), num(sizing.min_fluid_temp_c, 1, "°C", language)
        ),
        ExplanationLine(
            say(language, "Vuistregel (controle)", "Rule of thumb (check)"),
            num(sizing.rule_of_thumb_length_m, 0, "m", language),
            source_of(results, "rule_of_thumb_w_per_m", language),
        ),
        ExplanationLine(say(language, "Totale lengte", "Total length"), field_length(sizing.total_length_m, language)),
    ]
    if sizing.provisional:
        lines.insert(
            0,
            ExplanationLine(say(language, "Let op", "Note"), say(language, "voorlopig, alleen vuistregel", "provisional, rule of thumb only")),
        )
    return _formula(found, sizing, language), lines


def _formula(found: FieldResult, sizing: FieldSizing, language: str) -> str:
    if found.designed_by_engineer:
        text = say(
            language,
            "het ontwerp van de ingenieur (zijn boorgaten en dieptes), nagerekend: de vloeistof in de bodemlus mag "
            "nooit kouder worden dan de ondergrens",
            "the engineer's design (his boreholes and depths), checked: the fluid in the ground loop may never get "
            "colder than the limit",
        )
    elif found.variant == Variant.SHARED_LOOP:
        text = say(
            language,
            "de indeling met de laagste investering die in de strook langs de straat past (aantal boorgaten, rijen "
            "en afstand ertussen), elk boorgat zo ondiep als kan zodat de vloeistof in de bodemlus nooit kouder wordt "
            "dan de ondergrens",
            "the layout with the lowest investment that fits the strip along the street (number of boreholes, rows "
            "and the distance between them), each borehole as shallow as it can be so that the fluid in the ground "
            "loop never gets colder than the limit",
        )
    else:
        text = say(
            language,
            "zo weinig mogelijk boorgaten en zo ondiep mogelijk, zodat de vloeistof in de bodemlus nooit kouder wordt "
            "dan de ondergrens",
            "as few and as shallow boreholes as possible, so that the fluid in the ground loop never gets colder "
            "than the limit",
        )
    if sizing.neighbours:
        text += say(language, "; de velden in de buurt koelen de bodem mee af en zijn meegerekend",
                    "; the fields nearby cool the ground too and are taken into account")
    if sizing.annual_injection_kwh > 0:
        text += say(language, "; zomerkoeling geeft warmte terug aan de bodem", "; summer cooling gives heat back to the ground")
    return text + say(language, "; totale lengte = aantal boorgaten × diepte", "; total length = boreholes × depth")


def _homes(found: FieldResult, language: str) -> str:
    homes = str(len(found.households))
    if found.extra_homes:
        homes += say(language, f" (en ruimte voor {found.extra_homes} later)", f" (and room for {found.extra_homes} later)")
    return homes


def _neighbours(sizing: FieldSizing, language: str) -> list[ExplanationLine]:
    """The fields nearby: how much colder they make the ground, and this field's length without them."""
    if not sizing.neighbours or sizing.interference_k >= 0:
        return []
    fields = count(len(sizing.neighbours), "veld", "velden") if language != "en" else count(len(sizing.neighbours), "field", "fields")
    found = [
        ExplanationLine(
            say(language, "Velden in de buurt", "Fields nearby"),
            say(language, f"{fields}: de bodem tot {num(-sizing.interference_k, 1, '°C', language)} kouder",
                f"{fields}: the ground up to {num(-sizing.interference_k, 1, '°C', language)} colder"),
        )
    ]
    if sizing.alone_total_length_m is not None and sizing.alone_boreholes is not None:
        found.append(
            ExplanationLine(
                say(language, "Zonder velden in de buurt", "Without fields nearby"),
                f"{sizing.alone_boreholes} × "
                f"{borehole_depth(sizing.alone_boreholes, sizing.alone_depth_m or 0.0, sizing.alone_total_length_m, language)}"
                f" = {field_length(sizing.alone_total_length_m, language)}",
            )
        )
    return found


def _cooling(sizing: FieldSizing, language: str) -> list[ExplanationLine]:
    if sizing.annual_injection_kwh <= 0:
        return []
    return [
        ExplanationLine(
            say(language, "Warmte terug door zomerkoeling", "Heat given back by summer cooling"),
            say(language, f"{num(sizing.annual_injection_kwh, 0, 'kWh', language)} per jaar",
                f"{num(sizing.annual_injection_kwh, 0, 'kWh', language)} a year"),
        )
    ]
