"""Step 7 "Offertes": quotes compared with the indicative business case, and the business case on a quote's prices.

A quote prices the lines of the bill of quantities (:func:`minigrid_app.core.tender.bill_of_quantities`).
:func:`compare_quote` sets every line against the engine's indicative amount: within the
tolerance (±20 % by default), above, below, or missing from the quote; and sums per cluster,
per home (a home's own lines plus its share of its cluster's lines, split by the cluster's
allocation key) and in total.

:func:`quote_case` recomputes the business case with the quote's prices ("businesscase op
basis van offerte X"): the engine's own variant computation runs again for every home in
the tender with the quoted amounts in place of the indicative ones, so monthly costs, loan,
replacements, payback and the price band follow exactly as they do for the indicative case.
Lines the quote leaves open keep their indicative amount (and stay flagged).
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field

from minigrid_app.core.clusters import allocate
from minigrid_app.core.costs import COST_LINES
from minigrid_app.core.formatting import count, euro, exact, names_listed
from minigrid_app.core.home_labels import home_label
from minigrid_app.core.method import HOUSEHOLD_INPUTS, applying
from minigrid_app.core.model import Project
from minigrid_app.core.participation import has_signed
from minigrid_app.core.problems import Bilingual, Problem, in_language
from minigrid_app.core.results import FieldResult, HouseholdResult, ProjectResults
from minigrid_app.core.tender import UNIT_LABELS, BillLine
from minigrid_app.core.tender_model import Quote
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import CostLine, FieldShare, compute_variant
from minigrid_app.core.verdict import shown_monthly_difference

OK, HIGH, LOW, MISSING, NOT_QUOTED = "ok", "high", "low", "missing", "not_quoted"
STATUS_LABELS = {
    OK: ("binnen de marge", "within the margin"),
    HIGH: ("duurder dan verwacht", "dearer than expected"),
    LOW: ("goedkoper dan verwacht", "cheaper than expected"),
    MISSING: ("ontbreekt in de offerte", "missing from the quote"),
    NOT_QUOTED: ("niet door de aannemer", "not by the contractor"),
}


@dataclass(frozen=True)
class LineComparison:
    """One bill line against one quote.

    Attributes
    ----------
    quoted_eur : float | None
        The quote's amount [€]; None when the quote leaves the line open.
    used_eur : float
        What the quote case uses: the quoted amount, else the indicative one [€].
    status : str
        ``ok``, ``high``, ``low``, ``missing`` or ``not_quoted`` (a line the group, the grid
        operator or the resident takes care of: not expected in a quote).
    difference_eur : float | None
        quoted − indicative [€].
    difference_fraction : float | None
        (quoted − indicative) / indicative [-]; None when either is missing or indicative is 0.
    quantity_changed : float | None
        The quantity the supplier priced when it differs from the tender's.
    """

    line: BillLine
    quoted_eur: float | None
    used_eur: float
    status: str
    difference_eur: float | None
    difference_fraction: float | None
    quantity_changed: float | None = None

    @property
    def flagged(self) -> bool:
        return self.status in (HIGH, LOW, MISSING)


@dataclass(frozen=True)
class Sum:
    """An indicative and a quoted sum [€]; ``quoted`` counts the indicative amount for open lines."""

    indicative_eur: float
    quoted_eur: float

    @property
    def difference_eur(self) -> float:
        return self.quoted_eur - self.indicative_eur

    @property
    def difference_fraction(self) -> float | None:
        return self.difference_eur / self.indicative_eur if self.indicative_eur else None


@dataclass
class QuoteComparison:
    """A quote set against the indicative business case.

    Attributes
    ----------
    lines : list[LineComparison]
        Every bill line, in the bill's order.
    unknown_ids : list[str]
        Quote amounts for lines the current tender does not have (the tender changed).
    total : Sum
        One-off lines the contractors price.
    total_all : Sum
        All one-off lines (also the group's, the grid operator's, the resident's).
    annual : Sum
        The yearly maintenance lines [€/yr].
    per_cluster : dict[str, Sum]
        Cluster id → its lines and its homes' lines (one-off, all parties).
    per_home : dict[str, Sum]
        Household id → its own one-off lines plus its share of its cluster's.
    tolerance : float
    """

    quote: Quote
    lines: list[LineComparison]
    unknown_ids: list[str]
    total: Sum
    total_all: Sum
    annual: Sum
    per_cluster: dict[str, Sum]
    per_home: dict[str, Sum]
    tolerance: float

    @property
    def missing(self) -> list[LineComparison]:
        return [c for c in self.lines if c.status == MISSING]

    @property
    def flagged(self) -> list[LineComparison]:
        return [c for c in self.lines if c.flagged]

    @property
    def other_quantities(self) -> list[LineComparison]:
        """The priced lines for which the supplier priced another quantity than the tender's."""
        return [c for c in self.lines if c.quantity_changed is not None and c.quoted_eur is not None]

    def quantity_note(self) -> Problem | None:
        """The lines priced for another quantity than the tender's, each with both quantities; None when none.

        The bill asks a supplier to enter their own quantity and explain it; the amount then is for
        that quantity, and a line that reads only 'dearer' hides why. Said where a quote's figures
        are shown (step 7, the decision on screen and on paper), by this one sentence.
        """
        changed = self.other_quantities
        if not changed:
            return None
        supplier = self.quote.supplier.strip() or "?"

        def listed(language: str) -> str:
            en = language == "en"
            shown = [
                f"{c.line.number}: {exact(c.quantity_changed, language)} {UNIT_LABELS[c.line.unit][en]} "
                f"{'instead of' if en else 'in plaats van'} {exact(c.line.shown_quantity, language)} {UNIT_LABELS[c.line.unit][en]}"
                for c in changed[:5]
            ]
            return "; ".join(shown) + ("; …" if len(changed) > 5 else "")

        return Problem(
            f"De offerte van {supplier} rekent bij {count(len(changed), 'regel', 'regels')} met een andere hoeveelheid "
            f"dan de uitvraag ({listed('nl')}); het bedrag geldt voor die hoeveelheid. Vraag de aanbieder waarom.",
            f"The quote of {supplier} prices another quantity than the tender on {count(len(changed), 'line', 'lines')} "
            f"({listed('en')}); the amount is for that quantity. Ask the supplier why.",
            severity="warning",
        )

    @property
    def others_eur(self) -> float:
        """The one-off work no contractor prices (the group's, the grid operator's, the residents') [€]:
        what ``per_cluster`` and ``total_all`` hold beyond ``total`` (counted at its indicative price)."""
        return self.total_all.quoted_eur - self.total.quoted_eur


def percent_decimals(fraction: float | None, tolerance: float) -> int:
    """The decimals a difference in percent needs to read as what it is: whole percents, more where
    a difference beyond the margin would round onto it (+20,4 % flagged ▲ read '20 %' next to a
    margin of ±20 %)."""
    if fraction is None or abs(fraction) <= tolerance + 1e-9:
        return 0
    return next((d for d in (0, 1, 2) if abs(round(100 * fraction, d)) > round(100 * tolerance, 3)), 3)


def _status(line: BillLine, quoted: float | None, tolerance: float) -> tuple[str, float | None, float | None]:
    if not line.in_quote:
        return NOT_QUOTED, None, None
    if quoted is None:
        return MISSING, None, None
    difference = quoted - line.indicative_amount_eur
    if line.indicative_amount_eur == 0:
        return (OK if abs(difference) < 0.5 else HIGH), difference, None
    fraction = difference / line.indicative_amount_eur
    if fraction > tolerance + 1e-9:
        return HIGH, difference, fraction
    if fraction < -tolerance - 1e-9:
        return LOW, difference, fraction
    return OK, difference, fraction


def share_fractions(results: ProjectResults) -> dict[str, dict[str, float]]:
    """Household id → cluster line key → the home's share of that line [-] (the allocation key's)."""
    fractions: dict[str, dict[str, float]] = {}
    for cluster in results.clusters:
        field_result = results.field(cluster.field_id)
        if field_result is None:
            continue
        totals = {line.key: line.amount_eur for line in field_result.cost_lines}
        for household_id in cluster.households:
            result = results.household(household_id)
            variant = result.variants.get(Variant.SHARED_LOOP) if result else None
            if variant is None:
                continue
            own = fractions.setdefault(household_id, {})
            for line in variant.cost_lines:
                if line.shared:
                    total = totals.get(line.key, 0.0)
                    own[line.key] = line.amount_eur / total if total else 1.0 / len(cluster.households)
    return fractions


def compare_quote(lines: list[BillLine], quote: Quote, results: ProjectResults, tolerance: float | None = None) -> QuoteComparison:
    """Set a quote against the bill of quantities line by line, per cluster, per home and in total.

    Parameters
    ----------
    lines : list of BillLine
        The tender's bill of quantities.
    quote : Quote
    results : ProjectResults
        The tendered project's results (for each home's share of its cluster's lines).
    tolerance : float, optional
        Relative margin around the indicative amount [-]; default the ``quote_tolerance`` figure.
    """
    if tolerance is None:
        tolerance = results.parameters["quote_tolerance"]
    compared = []
    for line in lines:
        raw = quote.amounts.get(line.id)
        quoted = float(raw) if raw is not None and line.in_quote else None
        status, difference, fraction = _status(line, quoted, tolerance)
        quantity = quote.quantities.get(line.id)
        # against the quantity the bill showed the supplier: 227,1 m typed for 227,12 m is the same
        changed = float(quantity) if quantity is not None and abs(float(quantity) - line.shown_quantity) > 1e-6 else None
        compared.append(
            LineComparison(
                line, quoted, quoted if quoted is not None else line.indicative_amount_eur, status, difference, fraction, changed
            )
        )
    known = {line.id for line in lines}
    unknown = sorted(key for key in quote.amounts if key not in known)

    def total(predicate) -> Sum:
        chosen = [c for c in compared if predicate(c.line)]
        return Sum(sum(c.line.indicative_amount_eur for c in chosen), sum(c.used_eur for c in chosen))

    fractions = share_fractions(results)
    per_home: dict[str, Sum] = {}
    for household_id, shares in fractions.items():
        indicative = quoted = 0.0
        for c in compared:
            if c.line.kind != "investment":
                continue
            if c.line.household_id == household_id:
                weight = 1.0
            elif c.line.household_id is None and c.line.cluster_id == results.household(household_id).cluster_id:
                weight = shares.get(c.line.key, 0.0)
            else:
                continue
            indicative += weight * c.line.indicative_amount_eur
            quoted += weight * c.used_eur
        per_home[household_id] = Sum(indicative, quoted)
    clusters = {line.cluster_id for line in lines}
    return QuoteComparison(
        quote=quote,
        lines=compared,
        unknown_ids=unknown,
        total=total(lambda line: line.kind == "investment" and line.in_quote),
        total_all=total(lambda line: line.kind == "investment"),
        annual=total(lambda line: line.kind == "annual"),
        per_cluster={cid: total(lambda line, cid=cid: line.kind == "investment" and line.cluster_id == cid) for cid in clusters},
        per_home=per_home,
        tolerance=tolerance,
    )


# ---------------------------------------------------------------- the business case on a quote's prices

#: A home's line key → the values by name (figures, household inputs) that make the engine price
#: that line of the shared loop at a given amount: the ``quoted`` of the method table's entries,
#: plus the yearly maintenance.
HOME_LINE_FIGURES = {
    **{item.key: item.quoted for item in applying(COST_LINES, Variant.SHARED_LOOP) if item.quoted is not None},
    "maintenance": lambda amount: {"maintenance_ground_hp_eur": amount},
}


@dataclass
class QuoteCase:
    """The business case on one quote's prices.

    Attributes
    ----------
    comparison : QuoteComparison
    results : ProjectResults
        The tendered project's results with every tendered home's ``shared_loop`` variant and
        every shared field on the quote's prices; cluster and group totals summed again. Other
        variants are the indicative ones (they do not depend on the quote).
    problems : list[Problem]
        Lines that could not be priced as quoted (kept indicative).
    """

    comparison: QuoteComparison
    results: ProjectResults
    problems: list[Problem] = field(default_factory=list)

    def label(self, language: str = "nl") -> str:
        supplier = self.comparison.quote.supplier.strip() or ("quote" if language == "en" else "offerte")
        return f"business case on the quote of {supplier}" if language == "en" else f"businesscase op basis van offerte {supplier}"

    def notes(self) -> list[Problem]:
        """What the figures on this quote's prices rest on besides the quote, to say next to them: the
        lines the quote leaves open (priced indicatively) and the lines that could not be recomputed."""
        missing = self.comparison.missing
        notes = list(self.problems)
        if (quantities := self.comparison.quantity_note()) is not None:
            notes.insert(0, quantities)
        if missing:
            supplier = self.comparison.quote.supplier.strip() or "?"
            shown = [c.line.number for c in missing[:5]] + (["…"] if len(missing) > 5 else [])
            notes.insert(0, Problem(
                f"De offerte van {supplier} mist {count(len(missing), 'regel', 'regels')} ({', '.join(shown)}): daar "
                "telt de indicatieve prijs, dus deze bedragen zijn voor een deel nog een schatting.",
                f"The quote of {supplier} misses {count(len(missing), 'line', 'lines')} ({', '.join(shown)}): the "
                "indicative price counts there, so these amounts are still partly an estimate.",
                severity="warning",
            ))
        return notes


def _share_on_quote(share: CostLine, amount: float, quoted: CostLine, allocation_key: str) -> CostLine:
    """A home's share of a field line priced in the quote: its amount, and its words naming the
    quote's amount (they named the indicative one, next to the quote's share: 'hoe berekend?')."""
    from minigrid_app.core.field_costs import ALLOCATION_WORDS

    if not share.formula_nl:  # made without words (a trial of the break-even search)
        return dataclasses.replace(share, amount_eur=amount)
    fraction = amount / quoted.amount_eur if quoted.amount_eur else 0.0
    key_nl, key_en = ALLOCATION_WORDS[allocation_key]
    return dataclasses.replace(
        share,
        amount_eur=amount,
        formula_nl=f"{fraction:.1%} van {euro(quoted.amount_eur)} ({quoted.formula_nl}), verdeeld {key_nl}",
        formula_en=f"{fraction:.1%} of {euro(quoted.amount_eur)} ({quoted.formula_en}), split {key_en}",
    )


def _relabel(line: CostLine, amount: float, supplier: str) -> CostLine:
    return dataclasses.replace(
        line, amount_eur=amount, formula_nl=f"offerte {supplier}", formula_en=f"quote of {supplier}"
    )


def quote_case(project: Project, results: ProjectResults, lines: list[BillLine], quote: Quote) -> QuoteCase:
    """Recompute the tendered homes' shared ground loop with the quote's prices.

    Parameters
    ----------
    project : Project
        The tendered project (its households give the homes' inputs).
    results : ProjectResults
        Its indicative results.
    lines : list of BillLine
        Its bill of quantities.
    quote : Quote

    Returns
    -------
    QuoteCase
    """
    # the engine (numpy) loads when a quote is computed, not when the window opens (issue 16)
    from minigrid_app.core.analysis import add_price_band, add_verdict, set_break_even, totals_over

    comparison = compare_quote(lines, quote, results)
    supplier = quote.supplier.strip() or "?"
    used = {c.line.id: c for c in comparison.lines}
    params = results.parameters
    problems: list[Problem] = []
    new = copy.copy(results)
    new.sensitivity = None
    new_fields: list[FieldResult] = []
    shares_by_home: dict[str, FieldShare] = {}
    for field_result in results.fields:
        cluster = next((c for c in results.clusters if c.field_id == field_result.id), None)
        if cluster is None:
            new_fields.append(field_result)
            continue
        quoted_lines = []
        for line in field_result.cost_lines:
            choice = used.get(f"{field_result.id}:{line.key}")
            amount = choice.used_eur if choice is not None else line.amount_eur
            quoted_lines.append(_relabel(line, amount, supplier) if choice and choice.quoted_eur is not None else line)
        members = list(cluster.households)
        by_line = []
        for line in field_result.cost_lines:
            weights = []
            for household_id in members:
                variant = results.household(household_id).variants.get(Variant.SHARED_LOOP)
                share = next((s.amount_eur for s in variant.cost_lines if s.shared and s.key == line.key), 0.0) if variant else 0.0
                weights.append(share)
            by_line.append(weights)
        split = [allocate(q.amount_eur, weights) for q, weights in zip(quoted_lines, by_line, strict=True)]
        cost_shares = {h: round(sum(s[i] for s in split), 2) for i, h in enumerate(members)}
        new_fields.append(
            dataclasses.replace(
                field_result,
                cost_lines=quoted_lines,
                shared_cost_eur=round(sum(q.amount_eur for q in quoted_lines), 2),
                cost_shares_eur=cost_shares,
            )
        )
        for i, household_id in enumerate(members):
            variant = results.household(household_id).variants.get(Variant.SHARED_LOOP)
            if variant is None:
                continue
            old_shares = [s for s in variant.cost_lines if s.shared]
            share_lines = tuple(
                _share_on_quote(old, split[j][i], quoted_lines[j], field_result.allocation_key)
                if quoted_lines[j] is not field_result.cost_lines[j]
                else dataclasses.replace(old, amount_eur=split[j][i])
                for j, old in enumerate(old_shares)
            )
            sizing = field_result.sizing
            shares_by_home[household_id] = FieldShare(
                field_id=field_result.id,
                source_temp_by_month_c=tuple(sizing.source_temp_by_month_c),
                design_source_temp_c=sizing.design_source_temp_c,
                lines=share_lines,
                maintenance_eur=field_result.maintenance_shares_eur.get(household_id, 0.0),
                provisional=sizing.provisional,
            )
    new.fields = new_fields

    new_households: list[HouseholdResult] = []
    for result in results.households:
        share = shares_by_home.get(result.id)
        household = project.household(result.id)
        if share is None or household is None or result.demand is None:
            new_households.append(result)
            continue
        household = copy.copy(household)
        changes: dict[str, float] = {}
        targets: dict[str, float] = {}
        quoted_lines: dict[str, BillLine] = {}
        for c in comparison.lines:
            if c.line.household_id != result.id or c.quoted_eur is None:
                continue
            if c.line.key in HOME_LINE_FIGURES:
                targets[c.line.key], quoted_lines[c.line.key] = c.quoted_eur, c.line
                for name, value in HOME_LINE_FIGURES[c.line.key](c.quoted_eur).items():
                    if name in HOUSEHOLD_INPUTS:  # a value of the home itself (its low-temperature measures)
                        setattr(household, HOUSEHOLD_INPUTS[name].attribute, value)
                    else:
                        changes[name] = value
            else:  # said once: not also as a price that did not reach the computation (below)
                problems.append(
                    Problem(
                        f"Regel {c.line.number} ({c.line.description_nl}) kan niet met de offerteprijs worden "
                        "doorgerekend; de indicatieve prijs is gebruikt.",
                        f"Line {c.line.number} ({c.line.description_en}) cannot be recomputed at the quoted price; "
                        "the indicative price is used.",
                        severity="warning",
                    )
                )
        home_params = params.with_overrides(changes) if changes else params
        variants = dict(result.variants)
        variant = compute_variant(household, result.demand, Variant.SHARED_LOOP, home_params, share)
        variant.cost_lines = [
            _relabel(line, line.amount_eur, supplier) if line.key in targets and not line.shared else line
            for line in variant.cost_lines
        ]
        for key, target in targets.items():
            if key == "maintenance":
                continue
            got = next((line.amount_eur for line in variant.cost_lines if line.key == key and not line.shared), None)
            if got is None or abs(got - target) > 0.005:
                billed = quoted_lines[key]  # named as the bill names it ('Lindehof 1: warmtepomp …'), not by its key
                problems.append(
                    Problem(
                        f"Regel {billed.number} ({billed.description_nl}): de offerteprijs kwam niet in de berekening terecht.",
                        f"Line {billed.number} ({billed.description_en}): the quoted price did not reach the computation.",
                        severity="warning",
                    )
                )
        variants[Variant.SHARED_LOOP] = variant
        add_verdict({Variant.GAS: variants[Variant.GAS], Variant.SHARED_LOOP: variant})
        add_price_band(household, result.demand, {Variant.SHARED_LOOP: variant}, {(result.id, Variant.SHARED_LOOP): share}, home_params)
        set_break_even(variant, None)
        new_households.append(dataclasses.replace(result, variants=variants))
    new.households = new_households

    by_id = {r.id: r for r in new_households}
    new.clusters = [
        dataclasses.replace(cluster, totals=totals_over([by_id[h] for h in cluster.households]))
        for cluster in results.clusters
    ]
    new.group = dataclasses.replace(results.group, totals=totals_over(new_households))
    return QuoteCase(comparison, new, problems)


#: What 'Indicatief' beside a quote counts, said wherever the two stand side by side (step 7, the
#: decision record, the tender slides): the tender's business case, with only the homes that signed,
#: so a home can read € 192 there and € 182 on step 4 and its handout (fewer neighbours per field).
INDICATIVE_BASIS = Bilingual(
    "Indicatief: met alleen de woningen van de uitvraag (wie tekende); stap 4 rekent met alle woningen die meedoen.",
    "Indicative: with only the homes in the tender (those who signed); step 4 counts every home that takes part.",
)


@dataclass(frozen=True)
class HomeMonthly:
    """One home's shared ground loop, indicative and on the quote's prices [€/month, €]."""

    household_id: str
    label: str
    gas_monthly_eur: float
    indicative_monthly_eur: float
    quote_monthly_eur: float
    indicative_net_investment_eur: float
    quote_net_investment_eur: float

    @property
    def monthly_change_eur(self) -> float:
        return self.quote_monthly_eur - self.indicative_monthly_eur

    @property
    def shown_monthly_change_eur(self) -> float:
        """The change as every view shows it beside the two figures: the difference of the figures
        in whole euros ('−€ 79' stood beside € 250 and € 172)."""
        return shown_monthly_difference(self.quote_monthly_eur, self.indicative_monthly_eur)


def monthly_per_home(indicative: ProjectResults, case: QuoteCase) -> list[HomeMonthly]:
    """Per tendered home: monthly costs in year 1 and net investment, indicative and on the quote."""
    rows = []
    for result in indicative.households:
        before = result.variants.get(Variant.SHARED_LOOP)
        after_result = case.results.household(result.id)
        after = after_result.variants.get(Variant.SHARED_LOOP) if after_result else None
        gas = result.variants.get(Variant.GAS)
        if before is None or after is None or gas is None or result.cluster_id is None:
            continue
        rows.append(
            HomeMonthly(
                result.id,
                result.label,
                gas.monthly_costs_year1_eur,
                before.monthly_costs_year1_eur,
                after.monthly_costs_year1_eur,
                before.investment_net_eur,
                after.investment_net_eur,
            )
        )
    return rows



def _owner(line_id: str) -> str:
    """The home or the shared field a bill line belongs to (``hofje-1:heat_pump`` → ``hofje-1``)."""
    return line_id.rpartition(":")[0]  # an id may hold a ":", a key not


def changed_tender_note(comparison: QuoteComparison, project: Project) -> Problem | None:
    """Why a quote has amounts the tender no longer has, in words for the quotes page; None when it has none.

    The tender follows the homes that signed: a signed home deleted (or no longer signing), or
    clusters formed again, takes lines out of the bill after a quote was entered. Those amounts
    no longer count, and a line that is new in the bill says 'ontbreekt'; said without a reason,
    that reads as the contractor's omission.
    """
    unknown = comparison.unknown_ids
    if not unknown:
        return None
    supplier = comparison.quote.supplier.strip() or "?"
    reasons_nl: list[str] = []
    reasons_en: list[str] = []
    owners = list(dict.fromkeys(_owner(line_id) for line_id in unknown))
    rows = {h.id: row for row, h in enumerate(project.households, 1)}
    for owner in owners:
        household = project.household(owner)
        if household is not None:
            label = home_label(household, rows[owner])
            label_en = in_language(label, "en")  # 'Home 3' for a home with no name
            if has_signed(household):  # signed, but its cluster has too few signers (method.md#tender)
                reasons_nl.append(f"in het cluster van {label} tekenden te weinig buren voor een gedeelde bron")
                reasons_en.append(f"too few neighbours in the cluster of {label_en} signed for a shared source")
            else:
                reasons_nl.append(f"{label} tekent niet (meer)")
                reasons_en.append(f"{label_en} does not sign (any more)")
    gone_homes = sum(1 for owner in owners if project.household(owner) is None and not owner.startswith("shared-"))
    if gone_homes:
        one = gone_homes == 1
        reasons_nl.append(f"{gone_homes} {'woning die getekend had, is' if one else 'woningen die getekend hadden, zijn'} "
                          "uit het project verwijderd (stap 1)")
        reasons_en.append(f"{gone_homes} {'home that had signed was' if one else 'homes that had signed were'} "
                          "deleted from the project (step 1)")
    if any(owner.startswith("shared-") for owner in owners):
        reasons_nl.append("de gedeelde bodemvelden zijn opnieuw ingedeeld")
        reasons_en.append("the shared fields were laid out again")
    one = len(unknown) == 1
    nl = (f"De uitvraag is veranderd nadat de offerte van {supplier} is ingevoerd: {'; '.join(reasons_nl)}. "
          f"{count(len(unknown), 'bedrag', 'bedragen')} van de offerte {'hoort' if one else 'horen'} bij geen regel "
          f"meer en {'telt' if one else 'tellen'} niet mee.")
    en = (f"The tender changed after the quote of {supplier} was entered: {'; '.join(reasons_en)}. "
          f"{count(len(unknown), 'amount', 'amounts')} of the quote {'belongs' if one else 'belong'} to no line "
          f"any more and {'does' if one else 'do'} not count.")
    if comparison.missing:
        nl += " Een regel die 'ontbreekt' zegt, kan nieuw zijn in de uitvraag."
        en += " A line that says 'missing' may be new in the tender."
    nl += f" Vraag {supplier} de offerte bij te werken voor de uitvraag zoals die nu is."
    en += f" Ask {supplier} to update the quote for the tender as it is now."
    return Problem(nl, en, severity="warning")


def deleted_homes_note(project: Project, household_ids: list[str]) -> Problem | None:
    """What deleting ``household_ids`` does to the quotes entered (step 7), said where the homes
    are deleted (step 1); None when no quote prices a line of them."""
    wanted = set(household_ids)
    homes = [home_label(h, row) for row, h in enumerate(project.households, 1) if h.id in wanted]
    suppliers = [q.supplier.strip() or "?" for q in project.tender.quotes
                 if any(_owner(line_id) in wanted for line_id in q.amounts)]
    if not homes or not suppliers:
        return None
    names, names_en = names_listed(homes), names_listed(homes, "en")
    one = len(homes) == 1
    quotes_nl = "de offerte van " + " en ".join(suppliers) if len(suppliers) == 1 else "de offertes van " + names_listed(suppliers)
    quotes_en = "the quote of " + " and ".join(suppliers) if len(suppliers) == 1 else "the quotes of " + names_listed(suppliers)
    return Problem(
        f"{names} {'staat' if one else 'staan'} in {quotes_nl} (stap 7). Die bedragen tellen niet meer mee en de "
        "uitvraag verandert; bij stap 7 staat waarom. Ongedaan maken zet de woning terug.",
        f"{names_en} {'is' if one else 'are'} in {quotes_en} (step 7). Those amounts no longer count and the tender "
        "changes; step 7 says why. Undo puts the home back.",
        severity="warning",
    )
