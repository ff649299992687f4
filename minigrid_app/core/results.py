"""The results of a project's business case: what :func:`~minigrid_app.core.analysis.compute_project` returns.

Plain dataclasses, one per level (household, borefield, cluster, group) plus the
sensitivity; every view (screen, workbook, documents, JSON, CLI) reads these and
nothing else. Money is in euros incl. VAT, energy in kWh or m³ per year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Problem, in_language
from minigrid_app.core.regulation import WcwRegime
from minigrid_app.core.variants import CostLine, VariantResult

if TYPE_CHECKING:  # the borefield model (numpy) is not loaded with the results' shapes
    from minigrid_app.core.borefield import FieldSizing
    from minigrid_app.core.entry_fee import EntryFee
    from minigrid_app.core.fieldsizing import StreetFields
    from minigrid_app.core.organisation import OrganisationComparison
    from minigrid_app.core.signatures import GoNoGo, SignatureCurves


@dataclass
class HouseholdResult:
    """All variants of one household.

    Attributes
    ----------
    id, label : str
        The household's id and the name shown for it ('Woning 3' / 'Home 3' when it has none: :meth:`name`).
    row : int
        1-based row in the households table.
    computable : bool
        The input is complete enough to compute (no error in ``problems``).
    participates : bool
        Not declined.
    cluster_id : str | None
        The cluster of its shared ground loop; None when in none.
    demand : HeatDemand | None
        Heat demand; None when not computable.
    variants : dict[str, VariantResult | None]
        ``variants[code]`` is None when it cannot be computed: input incomplete (see
        ``problems``), or ``shared_loop`` for a household that is in no cluster (declined).
    problems : list[Problem]
        What is wrong or doubtful in its input.
    """

    id: str
    label: str
    row: int
    computable: bool
    participates: bool
    cluster_id: str | None
    demand: HeatDemand | None
    variants: dict[str, VariantResult | None]
    problems: list[Problem] = field(default_factory=list)

    def name(self, language: str = "nl") -> str:
        """:attr:`label` in ``language``: 'Home 3' in English for a home the residents gave no name."""
        return in_language(self.label, language)


@dataclass
class FieldResult:
    """One borefield: a home's own (``ground_hp``) or a cluster's (``shared_loop``).

    Attributes
    ----------
    id : str
        ``own-<household id>`` or ``shared-<cluster id>``.
    variant : str
        ``ground_hp`` or ``shared_loop``.
    cluster_id : str | None
        The cluster of a shared field.
    households : list[str]
        Ids of the homes on the field.
    sizing : FieldSizing
        Boreholes, depth and fluid temperatures.
    cost_lines : list[CostLine]
        The investment of the field, line by line [€].
    shared_cost_eur : float
        Total investment of the field and what the cluster shares [€].
    cost_shares_eur : dict[str, float]
        Each household's part of ``shared_cost_eur`` [€]; adds up to the cent.
    maintenance_eur : float
        Shared upkeep of the field [€/yr].
    maintenance_shares_eur : dict[str, float]
        Each household's part of the shared upkeep [€/yr].
    allocation_key : str
        How the costs are split: ``extraction``, ``equal``, ``design_load`` or ``own``.
    extra_homes : int
        Homes the field is sized for in reserve (late joiners).
    designed_by_engineer : bool
        The geometry is the engineer's final design ("ontwerp van de ingenieur"), evaluated
        rather than sized by Minigrid (:mod:`minigrid_app.core.engineer_design`).
    """

    id: str
    variant: str
    cluster_id: str | None
    households: list[str]
    sizing: FieldSizing
    cost_lines: list[CostLine]
    shared_cost_eur: float
    cost_shares_eur: dict[str, float]
    maintenance_eur: float
    maintenance_shares_eur: dict[str, float]
    allocation_key: str
    extra_homes: int = 0
    designed_by_engineer: bool = False


@dataclass
class VariantTotals:
    """Sum over a group of households for one variant.

    Attributes
    ----------
    households : int
        Households summed.
    investment_gross_eur, subsidy_eur, investment_net_eur : float
        Investment before subsidy, subsidy, and after subsidy [€].
    monthly_costs_year1_eur : float
        Monthly costs in year 1, summed [€/month].
    monthly_costs_year1_average_eur : float
        The same per household [€/month].
    annual_energy_costs_eur : float
        Gas and electricity in year 1 [€/yr].
    tco_eur, npv_eur : float
        Total cost of ownership and net present value over the period [€].
    co2_kg_per_year : float
        CO₂ emission [kg/yr].
    electric_peak_kw : float
        Electric peak load, summed without simultaneity [kW].
    gas_m3_per_year, electricity_kwh_per_year : float
        Energy use [m³/yr], [kWh/yr].
    monthly_costs_after_loan_eur : float
        Monthly costs once the loan is paid off (year-1 prices), summed [€/month].
    difference_to_gas_eur : float | None
        ``tco_eur`` − the same homes' gas total: the verdict of the sum [€] (None when unknown).
    households_cheaper : int
        Homes among ``households`` whose total is lower than with gas.
    payback_years : float | None
        Payback of the sum: from the summed cumulative cash flows of the same homes with gas
        (:func:`minigrid_app.core.verdict.payback_years`) [yr]; None when the sum is not lower.
    """

    variant: str
    households: int
    investment_gross_eur: float
    subsidy_eur: float
    investment_net_eur: float
    monthly_costs_year1_eur: float
    monthly_costs_year1_average_eur: float
    annual_energy_costs_eur: float
    tco_eur: float
    npv_eur: float
    co2_kg_per_year: float
    electric_peak_kw: float
    gas_m3_per_year: float
    electricity_kwh_per_year: float
    monthly_costs_after_loan_eur: float = 0.0
    difference_to_gas_eur: float | None = None
    households_cheaper: int = 0
    payback_years: float | None = None

    def per_home(self, name: str) -> float | None:
        """A summed figure divided by :attr:`households` (the average per home); None for no homes."""
        value = getattr(self, name)
        if value is None or not self.households:
            return None
        return value / self.households


@dataclass
class ClusterResult:
    """One cluster of homes on a shared ground loop.

    Attributes
    ----------
    households : list[str]
        Member ids in street order.
    manual : bool
        Put together by hand, not by the automatic clustering.
    field_id : str
        Its borefield (``shared-<id>``).
    pipe_length_m, largest_gap_m : float
        Horizontal pipe between the homes, and the longest stretch between neighbours [m].
    wcw : WcwRegime
        The heat act regime for its number of connections.
    warnings : list[str]
        Remarks for the residents (Dutch, :class:`~minigrid_app.core.problems.Bilingual`).
    totals : dict[str, VariantTotals]
        Sums over its members per variant.
    signed, complete :
        Members who signed; every member signed.
    """

    id: str
    name: str
    households: list[str]
    manual: bool
    field_id: str
    pipe_length_m: float
    largest_gap_m: float
    wcw: WcwRegime
    warnings: list[str]
    totals: dict[str, VariantTotals]
    signed: int = 0
    complete: bool = False


@dataclass
class GroupResult:
    """The whole group of households.

    Attributes
    ----------
    households_total, households_computed : int
        Households in the project, and those that could be computed.
    participants : int
        Computable households that did not decline.
    signed, declined, interested : int
        Households per participation state.
    participation_rate : float
        Signed households over all households [-].
    clusters : int
        Number of clusters formed.
    wcw : WcwRegime
        The heat act regime for the participants.
    totals : dict[str, VariantTotals]
        Sums per variant over the homes of ``basis``; a what-if shared loop of a home that does
        not take part (``as_joiner``) is never in them.
    basis : str
        What the totals and averages are over: ``"participants"``, the homes that take part
        (computed and not declined).
    households_counted : int
        How many homes that is (so "gemiddeld per deelnemende woning, 18 woningen").
    """

    households_total: int
    households_computed: int
    participants: int
    signed: int
    declined: int
    interested: int
    participation_rate: float
    clusters: int
    wcw: WcwRegime
    totals: dict[str, VariantTotals]
    basis: str = "participants"
    households_counted: int = 0


@dataclass
class SensitivityBar:
    """Effect of one factor on the total-cost difference against gas [€], group sum.

    Attributes
    ----------
    factor : str
        Code of the factor (:data:`minigrid_app.core.sensitivity.FACTORS`).
    label_nl, label_en : str
        Its name.
    low_eur, high_eur : dict[str, float]
        Variant → TCO(variant) − TCO(gas) with the factor at −step and +step [€].
    """

    factor: str
    label_nl: str
    label_en: str
    low_eur: dict[str, float]
    high_eur: dict[str, float]


@dataclass
class Sensitivity:
    """The tornado and the price band.

    Attributes
    ----------
    step : float
        Relative change of every factor [-].
    base_difference_eur : dict[str, float]
        Variant → TCO(variant) − TCO(gas), group sum [€].
    bars : list[SensitivityBar]
        One per factor, widest first.
    price_band : dict[str, dict[str, float]]
        Scenario (``low``, ``mid``, ``high``) → variant → group monthly costs in year 1 [€/month].
    household_difference_eur : dict[str, dict[str, dict[str, float]]]
        ``["base"][household id][variant]`` → TCO(variant) − TCO(gas) [€].
    """

    step: float
    base_difference_eur: dict[str, float]
    bars: list[SensitivityBar]
    price_band: dict[str, dict[str, float]]
    household_difference_eur: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


@dataclass
class ProjectResults:
    """Everything computed for a project.

    Attributes
    ----------
    households : list[HouseholdResult]
        In the order of the project's households.
    group : GroupResult
    clusters : list[ClusterResult]
    fields : list[FieldResult]
        Every home's own field first (household order), then one per cluster.
    parameters : ParameterSet
        The figures the results were computed with.
    problems : list[Problem]
        Input problems (households, overrides).
    warnings : list[str]
        Remarks on clusters and borefields (Dutch, :class:`~minigrid_app.core.problems.Bilingual`).
    sensitivity : Sensitivity | None
        None when not asked for or nothing could be computed.
    street : StreetFields | None
        The street: where every home and borehole is (``street.layout``, each field's
        ``sizing.positions``), and both scenarios sized with their neighbours
        (``street.own``: every home drilling its own loop; ``street.shared``: the clusters'
        fields). None for results made without it.
    go_no_go : GoNoGo | None
        The group's go/no-go rule against today's signatures (:mod:`minigrid_app.core.signatures`).
    organisation : OrganisationComparison | None
        The organisation models side by side (:mod:`minigrid_app.core.organisation`); None when
        no home is in a cluster.
    signatures : SignatureCurves | None
        The signature curves; None unless asked for (``compute_project(signature_curve=True)``).
    entry_fees : list[EntryFee]
        The entry fee of every home in the plan of later joiners that joins a cluster
        (:mod:`minigrid_app.core.entry_fee`), in the order of the plan's years.
    """

    households: list[HouseholdResult]
    group: GroupResult
    clusters: list[ClusterResult]
    fields: list[FieldResult]
    parameters: ParameterSet
    problems: list[Problem]
    warnings: list[str]
    sensitivity: Sensitivity | None = None
    street: StreetFields | None = None
    go_no_go: GoNoGo | None = None
    organisation: OrganisationComparison | None = None
    signatures: SignatureCurves | None = None
    entry_fees: list[EntryFee] = field(default_factory=list)

    def household(self, household_id: str) -> HouseholdResult | None:
        for result in self.households:
            if result.id == household_id:
                return result
        return None

    def field(self, field_id: str) -> FieldResult | None:
        for result in self.fields:
            if result.id == field_id:
                return result
        return None
