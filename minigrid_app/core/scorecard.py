"""The afwegingskader of the quick scan (Handreiking mini-warmtenetten, 4.3 and 5.3): eight factors of a promising initiative.

A pure decision on the intake form and the engine's results (no arithmetic beyond comparisons),
shown as a scorecard on the quick scan page.
"""

from __future__ import annotations

from minigrid_app.core import words as W
from minigrid_app.core.formatting import number
from minigrid_app.core.participation import group_participation
from minigrid_app.core.reading import no_answer, read_yes_no, words
from minigrid_app.core.steps import parameters_in_force
from minigrid_app.core.variant import Variant

GOOD, DOUBT, WEAK = "good", "doubt", "weak"
#: what the intake says about cables and pipes underground (:func:`obstacles_answer`)
NONE_KNOWN, SOME, UNANSWERED = "none_known", "some", "unanswered"


def obstacles_answer(text: str) -> str:
    """NONE_KNOWN ('geen', 'nee, niets bekend'), UNANSWERED (empty, 'weet niet') or SOME (anything else)."""
    key = words(text)
    if key in W.NO_OBSTACLES or read_yes_no(text).value is False:
        return NONE_KNOWN
    if no_answer(text):
        return UNANSWERED
    return SOME


def scorecard(project, results, language: str = "nl") -> list[tuple[str, str, str]]:
    """The afwegingskader (Handreiking mini-warmtenetten, 4.3 and 5.3): (factor, GOOD/DOUBT/WEAK, why) for eight factors.

    A pure decision on the intake form and the engine's results; no arithmetic beyond comparisons.
    """
    nl = language != "en"
    intake = project.intake
    rows: list[tuple[str, str, str]] = []

    def add(name_nl, name_en, status, why_nl, why_en):
        rows.append((name_nl if nl else name_en, status, why_nl if nl else why_en))

    obstacles = intake.underground_obstacles.strip()
    answer = obstacles_answer(obstacles)
    if "bodemwarmte" not in intake.heat_sources:
        add("Geschikte bron", "Suitable source", DOUBT, "bodemwarmte staat niet bij de bronnen in de intake",
            "ground heat is not among the sources in the intake")
    elif answer == SOME:
        add("Geschikte bron", "Suitable source", DOUBT, f"ruimte om te boren nagaan: {obstacles}",
            f"check room to drill: {obstacles}")
    elif answer == UNANSWERED:
        # a new project has ground heat ticked and nothing under 'Kabels en leidingen in de grond':
        # nobody looked yet, so it is not favourable (it read '✓ gunstig' on an empty project)
        add("Geschikte bron", "Suitable source", DOUBT,
            "nog niet beoordeeld: vul bij de intake in of er kabels en leidingen in de grond liggen "
            "('geen bekend' als er niets bekend is)",
            "not assessed yet: say at the intake whether there are cables and pipes underground "
            "('none known' if nothing is known)")
    else:
        add("Geschikte bron", "Suitable source", GOOD, "bodemwarmte, geen obstakels bekend", "ground heat, no obstacles known")

    if results is None or not results.clusters:
        add("Dichte bebouwing", "Density", DOUBT, "nog geen clusters", "no clusters yet")
    else:
        limit = results.parameters["max_connection_distance_m"]
        largest = max(c.largest_gap_m for c in results.clusters)
        assumed = sum(1 for h in project.households if h.distance_to_next_m is None)
        default = results.parameters["distance_default_m"]
        if largest <= limit and assumed:
            # the distances nobody entered are the default figure: no finding about this street
            add("Dichte bebouwing", "Density", DOUBT,
                f"nog niet beoordeeld: de afstand tot de volgende woning is bij {assumed} van "
                f"{len(project.households)} woningen niet ingevuld (gerekend met {number(default, 0, 'm', 'nl')}); "
                "vul die in bij de intake (Meer kolommen)",
                f"not assessed yet: the distance to the next home is not filled in for {assumed} of "
                f"{len(project.households)} homes (counted as {number(default, 0, 'm', 'en')}); "
                "fill it in at the intake (More columns)")
        elif largest <= limit:
            add("Dichte bebouwing", "Density", GOOD, f"woningen hooguit {number(largest, 0, 'm', 'nl')} uit elkaar (grens {number(limit, 0, 'm', 'nl')})",
                f"homes at most {number(largest, 0, 'm', 'en')} apart (limit {number(limit, 0, 'm', 'en')})")
        else:
            add("Dichte bebouwing", "Density", WEAK, f"{number(largest, 0, 'm', 'nl')} leiding tussen twee woningen (grens {number(limit, 0, 'm', 'nl')})",
                f"{number(largest, 0, 'm', 'en')} of pipe between two homes (limit {number(limit, 0, 'm', 'en')})")

    if answer == SOME:
        add("Technisch haalbaar", "Technically feasible", DOUBT, "kabels, leidingen of smalle straat: laat het ter plekke bekijken",
            "cables, pipes or a narrow street: have it checked on site")
    elif results is not None and results.fields and not any(f.sizing.provisional for f in results.fields):
        if answer == UNANSWERED:  # the fields fit, but nobody said yet what lies under the street
            add("Technisch haalbaar", "Technically feasible", DOUBT,
                "bodemvelden passen binnen de grenzen; of er kabels en leidingen in de grond liggen, is nog niet "
                "ingevuld bij de intake",
                "borefields fit within the limits; whether there are cables and pipes underground is not filled in "
                "at the intake yet")
        else:
            add("Technisch haalbaar", "Technically feasible", GOOD, "bodemvelden passen binnen de grenzen",
                "borefields fit within the limits")
    else:
        add("Technisch haalbaar", "Technically feasible", DOUBT, "bodemvelden nog voorlopig", "borefields still provisional")

    paybacks = []
    if results is not None:
        paybacks = [
            h.variants[Variant.SHARED_LOOP].payback_years
            for h in results.households
            if h.computable and h.participates and h.variants.get(Variant.SHARED_LOOP) is not None
        ]
    if not paybacks:
        add("Financieel haalbaar", "Financially feasible", DOUBT, "nog niet berekend", "not computed yet")
    else:
        horizon = results.parameters.int("horizon_years")
        paid = sum(1 for p in paybacks if p is not None and p <= horizon)
        status = GOOD if paid == len(paybacks) else (DOUBT if paid else WEAK)
        add("Financieel haalbaar", "Financially feasible", status,
            f"gedeelde bodemlus binnen {horizon} jaar terugverdiend bij {paid} van {len(paybacks)} woningen",
            f"shared ground loop paid back within {horizon} years for {paid} of {len(paybacks)} homes")

    # what the intake says about the municipality's policy is free text: Minigrid cannot tell
    # whether it fits ("transitievisie: individueel all-electric" does not), so it is shown to
    # be checked with the municipality and never rated favourable by itself
    policy = intake.policy_fit.strip()
    if policy:
        add("Past bij gemeentelijk beleid", "Fits municipal policy", DOUBT,
            f"volgens de intake: '{policy}'; laat de gemeente bevestigen dat het past",
            f"the intake says: '{policy}'; have the municipality confirm that it fits")
    else:
        add("Past bij gemeentelijk beleid", "Fits municipal policy", DOUBT, "nog niet ingevuld bij de intake",
            "not filled in at the intake")

    counts = group_participation(project)
    total, joining = counts.total, counts.supporting
    benchmark = parameters_in_force(project, results)["participation_benchmark"]
    if total == 0:
        add("Draagvlak bij bewoners", "Support among residents", DOUBT, "nog geen woningen", "no homes yet")
    else:
        add("Draagvlak bij bewoners", "Support among residents", GOOD if counts.support_share >= benchmark else DOUBT,
            f"{joining} van {total} woningen geïnteresseerd of getekend"
            + (" (volgens de eerste bewonersavond)" if counts.from_evening else ""),
            f"{joining} of {total} homes interested or signed" + (" (as noted at the first evening)" if counts.from_evening else ""))
    for name_nl, name_en, text in (
        ("Samenwerking", "Collaboration", intake.partners),
        ("Wat de initiatiefnemers zelf inbrengen", "What the initiators contribute", intake.initiators_contribution),
    ):
        add(name_nl, name_en, GOOD if text.strip() else DOUBT, text.strip() or "nog niet ingevuld bij de intake",
            text.strip() or "not filled in at the intake")
    return rows
