"""What residents read about a borefield that cannot be built: which field, why, what would help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from minigrid_app.core.formatting import field_length, form, names_listed, number
from minigrid_app.core.problems import Bilingual

if TYPE_CHECKING:
    from minigrid_app.core.fieldtypes import GroundParameters


#: Reasons that hold for every field on the same ground: said once for all of them.
GROUND_WIDE = ("limit_above_ground", "limit_below_ground")


def _name(name: Bilingual | None) -> tuple[str, str]:
    if name is None:
        return "Bodemveld", "Borefield"
    return str(name), getattr(name, "en", str(name))


def _ground_wide_why(reason: str, ground: GroundParameters) -> tuple[str, str]:
    """Why no depth helps and what does, after "kan niet: " / "is impossible: "."""
    t_min, t_max, t_g = ground.min_fluid_temp_c, ground.max_fluid_temp_c, ground.undisturbed_temp_c
    if reason == "limit_above_ground":
        return (
            f"de vloeistof moet boven {number(t_min, 1, '°C', 'nl')} blijven, maar de bodem zelf is maar {number(t_g, 1, '°C', 'nl')}. "
            "Geen enkele diepte of aantal boorgaten helpt. Wat wel helpt: een lagere ondergrens voor de vloeistof "
            "(met water-glycol gangbaar −1,5 °C; de wet staat in de retourleiding −3 °C toe) of de bodemtemperatuur "
            "laten nagaan.",
            f"the fluid must stay above {number(t_min, 1, '°C', 'en')}, but the ground itself is only {number(t_g, 1, '°C', 'en')}. No depth or "
            "number of boreholes helps. What does help: a lower minimum for the fluid (with water-glycol −1.5 °C is "
            "common; the law allows −3 °C in the return pipe) or having the ground temperature checked.",
        )
    return (
        f"koelen kan niet: de vloeistof mag niet warmer worden dan {number(t_max, 1, '°C', 'nl')}, maar de bodem zelf is al "
        f"{number(t_g, 1, '°C', 'nl')}. Wat helpt: een hogere bovengrens voor de vloeistof, of koelen zonder de bron.",
        f"cooling is impossible: the fluid may not get warmer than {number(t_max, 1, '°C', 'en')}, but the ground itself is already "
        f"{number(t_g, 1, '°C', 'en')}. What helps: a higher maximum for the fluid, or cooling without the source.",
    )


def infeasible_warning(reason: str, ground: GroundParameters, name: Bilingual | None = None, count: int = 0) -> Bilingual:
    """What a resident reads when no field can meet the limits: which field, why, what would help."""
    nl, en = _name(name)
    t_min = ground.min_fluid_temp_c
    if reason in GROUND_WIDE:
        why_nl, why_en = _ground_wide_why(reason, ground)
        return Bilingual(f"{nl} kan niet: {why_nl}", f"{en} is impossible: {why_en}")
    if reason == "no_room" and count == 0:  # not one borehole: the strip is too short, or past the street's available length
        return Bilingual(
            f"{nl} heeft geen ruimte voor een boorgat: de strook ligt voorbij de beschikbare lengte van de straat, of "
            "een veld ernaast houdt er de afstand tussen boorgaten vrij. Wat helpt: meer beschikbare straatlengte, "
            "een eigen strook voor dit cluster, of deze woningen bij een ander cluster.",
            f"{en} has no room for a borehole: the strip lies past the street's available length, or a field beside "
            "it keeps the distance between boreholes free there. What helps: more available street length, a strip of "
            "its own for this cluster, or these homes in another cluster.",
        )
    if reason == "no_room":
        return Bilingual(
            f"{nl} past niet in de beschikbare ruimte: ook {count} {form(count, 'boorgat', 'boorgaten')} van "
            f"{number(ground.max_depth_m, 0, 'm', 'nl')} {form(count, 'houdt', 'houden')} de vloeistof niet binnen de grenzen. Wat helpt: een langere of bredere strook, dieper boren als dat mag, "
            "of minder woningen op deze bron.",
            f"{en} does not fit in the room available: even {count} {form(count, 'borehole', 'boreholes')} of "
            f"{number(ground.max_depth_m, 0, 'm', 'en')} {form(count, 'does', 'do')} not keep the fluid within its limits. What helps: a longer or wider strip, drilling deeper where allowed, "
            "or fewer homes on this source.",
        )
    return Bilingual(
        f"{nl} past niet: ook {count} boorgaten van {number(ground.max_depth_m, 0, 'm', 'nl')} houden de vloeistof niet binnen de "
        f"grenzen ({number(t_min, 1, '°C', 'nl')}). Wat helpt: een grotere maximale diepte of minder woningen per bron.",
        f"{en} does not fit: even {count} boreholes of {number(ground.max_depth_m, 0, 'm', 'en')} do not keep the fluid within its "
        f"limits ({number(t_min, 1, '°C', 'en')}). What helps: a larger maximum depth or fewer homes per source.",
    )


def heat_surplus_warning(name: Bilingual | None, injection_kwh: float, extraction_kwh: float) -> Bilingual:
    """A field that warms the ground on balance (the five-year energy balance rule)."""
    nl, en = _name(name)
    return Bilingual(
        f"{nl}: met koelen gaat er per jaar meer warmte de bodem in ({number(injection_kwh, 0, 'kWh')}) dan er "
        f"voor verwarmen uit komt ({number(extraction_kwh, 0, 'kWh')}). De regels voor gesloten "
        "bodemenergiesystemen vragen dat de bodem over elke vijf jaar niet opwarmt. Wat helpt: minder koelen, of "
        "een ontwerper laten nagaan hoe de balans sluit.",
        f"{en}: with cooling, more heat goes into the ground each year ({number(injection_kwh, 0, 'kWh', 'en')}) "
        f"than heating takes out ({number(extraction_kwh, 0, 'kWh', 'en')}). The rules for closed ground loops require that the ground does not "
        "warm up over any five years. What helps: less cooling, or a designer checking how the balance closes.",
    )


def rule_of_thumb_warning(sizing, name: Bilingual | None = None) -> Bilingual:
    """What residents read of a field whose length is more than 30 % from the rule of thumb (method.md#rule-of-thumb).

    ``sizing``: the field's :class:`~minigrid_app.core.fieldtypes.FieldSizing` (``differs_from_rule_of_thumb``).
    The rule counts heating alone, for one field alone (annual extraction ÷ 50 W/m ÷ 1 800 h):
    - a field whose length the summer sets (``limited_by`` "cooling": the fluid reaches its highest
      temperature before its lowest) is longer for a reason the rule does not know; that is said,
      not "have the design checked". Hofje-8's Lindehof 6 (passive cooling) read "de berekende lengte
      (93 m) wijkt meer dan 30 % af van de vuistregel (59 m); laat het bronontwerp controleren".
    - in a street the check is of the field sized alone (:func:`~minigrid_app.core.streetsizing.size_street`):
      the length said is that one, beside the length with the neighbours' fields (it said the latter
      only, a figure that need not differ 30 % from the rule).
    """
    nl, en = _name(name)
    said = rule_of_thumb_said(sizing)
    return Bilingual(f"{nl}: {said.nl}", f"{en}: {said.en}")


def rule_of_thumb_said(sizing) -> Bilingual:
    """:func:`rule_of_thumb_warning` without the field's name, as step 3's note of the selected field says it.

    Step 3 said 'De berekende lengte (93 m) wijkt meer dan 30 % af van de vuistregel (59 m). Laat het
    bronontwerp door een specialist controleren.' of hofje-8's Lindehof 6 beside the warning that the
    summer sets that length: one text now for both.
    """
    rule_nl, rule_en = number(sizing.rule_of_thumb_length_m, 0, "m", "nl"), number(sizing.rule_of_thumb_length_m, 0, "m", "en")
    length_nl, length_en = field_length(sizing.total_length_m, "nl"), field_length(sizing.total_length_m, "en")
    if sizing.limited_by == "cooling" and sizing.max_fluid_temp_c is not None:
        top_nl, top_en = number(sizing.max_fluid_temp_c, 0, "°C", "nl"), number(sizing.max_fluid_temp_c, 0, "°C", "en")
        return Bilingual(
            f"het koelen in de zomer bepaalt de lengte ({length_nl}): de vloeistof mag niet warmer worden dan "
            f"{top_nl}, dus het boorgat moet de warmte van het koelen kwijt kunnen. De vuistregel ({rule_nl}) rekent "
            "alleen met verwarmen en is daarom geen controle van deze lengte. Minder koelen maakt het boorgat korter.",
            f"summer cooling sets the length ({length_en}): the fluid may not get warmer than {top_en}, so the "
            f"borehole must be able to give off the heat of cooling. The rule of thumb ({rule_en}) counts heating only, "
            "so it is no check of this length. Less cooling makes the borehole shorter.",
        )
    alone = sizing.alone_total_length_m
    if alone is not None and field_length(alone, "nl") != length_nl:
        alone_nl, alone_en = field_length(alone, "nl"), field_length(alone, "en")
        return Bilingual(
            f"de berekende lengte als enige veld in de buurt ({alone_nl}; met de velden van de buren {length_nl}) "
            f"wijkt meer dan 30 % af van de vuistregel ({rule_nl}); laat het bronontwerp controleren.",
            f"the computed length as the only field nearby ({alone_en}; with the neighbours' fields {length_en}) "
            f"differs more than 30 % from the rule of thumb ({rule_en}); have the source design checked.",
        )
    return Bilingual(
        f"de berekende lengte ({length_nl}) wijkt meer dan 30 % af van de vuistregel ({rule_nl}); "
        "laat het bronontwerp controleren.",
        f"the computed length ({length_en}) differs more than 30 % from the rule of thumb ({rule_en}); "
        "have the source design checked.",
    )


def shortest_depth_warning(name: Bilingual | None, shortest_m: float, rule_length_m: float) -> Bilingual:
    """A field at the shortest depth Minigrid sizes: shorter would do, so the rule of thumb is no check of it.

    It was 'de berekende lengte (10 m) wijkt meer dan 30 % af van de vuistregel (17 m); laat het bronontwerp
    controleren' for a home using 300 m³ gas a year (all of it hot water and cooking), as if the design were in doubt.
    """
    nl, en = _name(name)
    shortest_nl, shortest_en = number(shortest_m, 0, "m", "nl"), number(shortest_m, 0, "m", "en")
    rule_nl, rule_en = number(rule_length_m, 0, "m", "nl"), number(rule_length_m, 0, "m", "en")
    return Bilingual(
        f"{nl}: voor zo weinig warmte is het kortste boorgat dat Minigrid rekent ({shortest_nl}) al genoeg; "
        f"korter zou ook volstaan, dus de vuistregel ({rule_nl}) is geen controle van deze lengte. Vraag een "
        "boorbedrijf wat het kortste boorgat is dat het boort, en wat dat kost.",
        f"{en}: for so little heat the shortest borehole Minigrid sizes ({shortest_en}) is already enough; "
        f"shorter would do too, so the rule of thumb ({rule_en}) is no check of this length. Ask a drilling "
        "company for the shortest borehole it drills, and what that costs.",
    )


def grouped_infeasible_warning(
    reason: str, ground: GroundParameters, own_labels: list[str], cluster_names: list[str]
) -> Bilingual:
    """One message for all fields that fail for the same ground-wide reason (which, why, what helps)."""
    parts_nl, parts_en = [], []
    if own_labels:
        parts_nl.append("de eigen bodemlus van " + names_listed(own_labels))
        parts_en.append("the own ground loop of " + names_listed(own_labels, "en"))
    if cluster_names:
        parts_nl.append("de gedeelde bodemlus van " + names_listed(cluster_names))
        parts_en.append("the shared ground loop of " + names_listed(cluster_names))
    why_nl, why_en = _ground_wide_why(reason, ground)
    return Bilingual(
        f"Geen bodemlus mogelijk ({' en '.join(parts_nl)}): {why_nl}",  # '; ' may stand between names
        f"No ground loop possible ({' and '.join(parts_en)}): {why_en}",
    )


def fluid_title(lowest_c: float, min_limit_c: float, *, warmest_c: float | None = None,
                max_limit_c: float | None = None, loops: int = 1) -> Bilingual:
    """What a chart of the loop's fluid temperature says in its title, in the number of loops it speaks for.

    Parameters
    ----------
    lowest_c : float
        The lowest fluid temperature drawn [°C] (of the coldest loop when ``loops`` > 1).
    min_limit_c : float
        The lower limit of the fluid [°C]; 0.05 K below it still counts as on it (rounding).
    warmest_c, max_limit_c : float, optional
        The highest summer peak drawn and the upper limit with passive cooling [°C].
    loops : int
        The ground loops the chart stands for: 1 for one field; more when it shows the coldest of
        several ('De bodemlussen blijven boven …' holds for all when it holds for the coldest,
        'Let op: een bodemlus komt onder …' then says one does). A limit passed, the lower or the
        summer one, is said as 'Let op: …'.
    """
    low, low_en = number(min_limit_c, 1), number(min_limit_c, 1, language="en")
    several = loops > 1
    below = bool(lowest_c - min_limit_c < -0.05)  # the temperatures may be numpy floats
    above = bool(max_limit_c is not None and warmest_c is not None and warmest_c - max_limit_c > 0.05)
    if below or above:  # a limit passed is said, also the summer one (it was left out: 'blijft boven de ondergrens')
        passed_nl = [f"onder de ondergrens van {low} °C"] if below else []
        passed_en = [f"below the limit of {low_en} °C"] if below else []
        if above:
            passed_nl.append(f"boven de bovengrens van {number(max_limit_c, 1)} °C")
            passed_en.append(f"above the summer limit of {number(max_limit_c, 1, language='en')} °C")
        return Bilingual(
            f"Let op: {'een' if several else 'de'} bodemlus komt {' en '.join(passed_nl)}",
            f"Note: {'a' if several else 'the'} ground loop goes {' and '.join(passed_en)}",
        )
    loop_nl, stays_nl = ("De bodemlussen", "blijven") if several else ("De bodemlus", "blijft")
    loop_en, stays_en = ("The ground loops", "stay") if several else ("The ground loop", "stays")
    if max_limit_c is not None:
        high, high_en = number(max_limit_c, 1), number(max_limit_c, 1, language="en")
        # the limits, said as limits: 'blijft tussen −1,5 °C en 17,0 °C' read as the coldest and
        # warmest the fluid gets, while 17,0 °C is the summer limit, not the warmest reached
        return Bilingual(f"{loop_nl} {stays_nl} binnen de grenzen van {low} °C en {high} °C",
                         f"{loop_en} {stays_en} within the limits of {low_en} °C and {high_en} °C")
    return Bilingual(f"{loop_nl} {stays_nl} boven de ondergrens van {low} °C",
                     f"{loop_en} {stays_en} above the limit of {low_en} °C")
