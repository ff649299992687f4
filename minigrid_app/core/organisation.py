"""Who owns the shared part, and what each home pays: the organisation models with numbers (method.md#organisation-models).

The three models of the Handreiking mini-warmtenetten (table 11), for the same clusters and
fields as the business case:

- **self-management** (``self_management``): the members own the shared part and each pays
  its share up front, financed as the home chose (:mod:`minigrid_app.core.financing`): the
  shared loop of the business case as it is.
- **energy cooperative** (``cooperative``): the cooperative owns and finances each cluster's
  shared part and charges every member a fixed fee set at cost (Wcw art. 7.22): capital (an
  annuity on the shared investment at ``coop_interest_rate`` over ``coop_financing_years``),
  upkeep (the field's shared upkeep), a reserve (``coop_reserve_share`` of the investment per
  year) and administration (``coop_admin_per_connection_eur`` per connection; a network with
  more than ``wcw_limited_max_connections`` connections needs an exemption and a full heat
  company: ``heat_company_admin_eur`` per network on top). Capital and reserve are split by
  the cluster's cost key, upkeep as the business case splits it, administration per
  connection. The home pays its own installation itself, financed as it chose.
- **market partner** (``market_partner``): the same lines at ``market_interest_rate`` over
  ``market_financing_years`` and ``market_admin_per_connection_eur``, plus ``market_margin``
  on the whole fee; billed per month (split as the cooperative's) or per GJ (the network's fee
  over its heat: the ground heat, or the heat delivered when the partner also owns the heat
  pumps). With ``market_heat_pumps`` the partner also owns, finances and maintains the heat
  pumps (their ISDE handed over to it).

Every fee line adds up to the network's total to the cent (largest remainder). Pure, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from minigrid_app.core.clusters import allocate
from minigrid_app.core.finance import MoneyInputs, annuity, money
from minigrid_app.core.financing import home_money_settings
from minigrid_app.core.formatting import count, euro, number
from minigrid_app.core.model import Project
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.regulation import ORGANISATION_MODELS, wcw_regime
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.variants import FieldShare, VariantResult, compute_variant, money_settings

MODELS = ("self_management", "cooperative", "market_partner")
#: kWh in one GJ
KWH_PER_GJ = 1e6 / 3600.0


@dataclass(frozen=True)
class FeeLine:
    """One line of a network's yearly fee.

    Attributes
    ----------
    key : str
        ``capital``, ``upkeep``, ``reserve``, ``administration``, ``heat_company`` or ``margin``.
    label_nl, label_en : str
    amount_eur : float
        For the whole network, per year [€/yr].
    formula_nl, formula_en : str
        How it is found, with the figures used.
    split : str
        How it is divided over the members: ``key`` (the cost key), ``upkeep`` (as the
        shared upkeep), ``equal`` (per connection).
    """

    key: str
    label_nl: str
    label_en: str
    amount_eur: float
    formula_nl: str
    formula_en: str
    split: str


@dataclass(frozen=True)
class NetworkFee:
    """A cluster's network under a cooperative or market partner.

    Attributes
    ----------
    cluster_id, name : str
    connections : int
    regime : str
        The Wcw regime of its connections (``limited``, ``exemption``, ``basic``).
    investment_eur : float
        What the owner finances [€].
    lines : tuple[FeeLine, ...]
    total_eur : float
        The fee per year for the network [€/yr].
    heat_gj : float
        Heat the fee is per-GJ billed over [GJ/yr].
    shares_eur : dict[str, float]
        Household id → its fee per year [€/yr]; adds up to ``total_eur`` to the cent.
    per_gj : bool
        Billed per GJ (each home by its heat) rather than line by line.
    """

    cluster_id: str
    name: str
    connections: int
    regime: str
    investment_eur: float
    lines: tuple[FeeLine, ...]
    total_eur: float
    heat_gj: float
    shares_eur: dict[str, float]
    per_gj: bool = False

    @property
    def per_gj_eur(self) -> float | None:
        """The fee per GJ [€/GJ]; None without heat."""
        return self.total_eur / self.heat_gj if self.heat_gj > 0 else None


@dataclass(frozen=True)
class HomeFigures:
    """What one home pays under a model.

    Attributes
    ----------
    monthly_costs_year1_eur : float
        Everything per month in year 1: energy, upkeep, loan and the fee [€/month].
    upfront_eur : float
        Own money in year 0 [€].
    fee_eur_per_year : float
        The fee to the owner of the shared part [€/yr] (0 under self-management).
    tco_eur : float
        Total over the horizon: the home's own part plus every year's fee [€].
    """

    monthly_costs_year1_eur: float
    upfront_eur: float
    fee_eur_per_year: float
    tco_eur: float


@dataclass(frozen=True)
class Risk:
    """Who carries a risk under a model (Dutch, English)."""

    what_nl: str
    what_en: str
    who_nl: str
    who_en: str


@dataclass(frozen=True)
class ModelResult:
    """One organisation model for the whole group.

    Attributes
    ----------
    code : str
        Key of :data:`~minigrid_app.core.regulation.ORGANISATION_MODELS`.
    homes : dict[str, HomeFigures]
        Every home in a cluster.
    networks : dict[str, NetworkFee]
        Cluster id → its fee (empty for self-management).
    monthly_costs_year1_eur, upfront_eur, tco_eur : float
        Means per participating home.
    risks : tuple[Risk, ...]
    law_nl, law_en : tuple[str, ...]
        What the law asks of this model for these networks (Wcw, method.md#rules).
    """

    code: str
    homes: dict[str, HomeFigures]
    networks: dict[str, NetworkFee]
    monthly_costs_year1_eur: float
    upfront_eur: float
    tco_eur: float
    risks: tuple[Risk, ...]
    law_nl: tuple[str, ...]
    law_en: tuple[str, ...]

    def label(self, language: str = "nl") -> str:
        return ORGANISATION_MODELS[self.code]["en" if language == "en" else "nl"]


@dataclass(frozen=True)
class OrganisationComparison:
    """The three models side by side, and the group's choice (``Agreement.organisation``)."""

    models: dict[str, ModelResult]
    chosen: str


# ---------------------------------------------------------------- risks and law

_GROUP = ("de deelnemers samen", "the members together")
RISKS = {
    "self_management": (
        Risk("Investering en lening", "Investment and loan", "elke woning (eigen lening)", "each home (own loan)"),
        Risk("Storing en reparatie bron", "Failure and repair of the source", *_GROUP),
        Risk("Iemand verhuist of stopt", "Someone moves or stops", "de overige deelnemers", "the other members"),
        Risk("Rente", "Interest rate", "niemand: vaste rente van de lening", "nobody: the loan's fixed rate"),
        Risk("Voortbestaan organisatie", "Continuity of the organisation", *_GROUP),
    ),
    "cooperative": (
        Risk("Investering en lening", "Investment and loan", "de coöperatie", "the cooperative"),
        Risk("Storing en reparatie bron", "Failure and repair of the source", "de coöperatie (via de reserve)", "the cooperative (through the reserve)"),
        Risk("Iemand verhuist of stopt", "Someone moves or stops", "de coöperatie, en via de kostprijs de leden", "the cooperative, and through the cost price its members"),
        Risk("Rente", "Interest rate", "de coöperatie bij herfinanciering", "the cooperative when refinancing"),
        Risk("Voortbestaan organisatie", "Continuity of the organisation", "de coöperatie", "the cooperative"),
    ),
    "market_partner": (
        Risk("Investering en lening", "Investment and loan", "de marktpartij", "the market partner"),
        Risk("Storing en reparatie bron", "Failure and repair of the source", "de marktpartij (volgens contract)", "the market partner (by contract)"),
        Risk("Iemand verhuist of stopt", "Someone moves or stops", "de marktpartij (in de marge)", "the market partner (in its margin)"),
        Risk("Rente", "Interest rate", "de marktpartij", "the market partner"),
        Risk("Voortbestaan organisatie", "Continuity of the organisation", "de bewoners: lange binding aan één partij", "the residents: a long tie to one party"),
    ),
}


def law(code: str, networks: Mapping[str, int], params: ParameterSet) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the Wcw asks of model ``code`` for networks of these sizes (cluster name → connections)."""
    limited = params.int("wcw_limited_max_connections")
    exemption = params.int("wcw_exemption_max_connections")
    nl, en = [], []
    by_regime: dict[str, list[str]] = {}  # networks under the same regime said once
    for name, connections in networks.items():
        by_regime.setdefault(wcw_regime(connections, limited, exemption).code, []).append(name)
    for names in by_regime.values():
        sizes = sorted(networks[name] for name in names)
        # the connections of every network named, not the first one's ('Met 4 aansluitingen' for 4, 3 and 2);
        # networks of one size keep 'Met 4 aansluitingen' (the golden results hold that wording)
        counted = None if sizes[0] == sizes[-1] else (
            f"{sizes[0]} tot {sizes[-1]} aansluitingen per net", f"{sizes[0]} to {sizes[-1]} connections per network"
        )
        regime = wcw_regime(sizes[-1], limited, exemption, counted=counted)
        nl.append(f"{', '.join(names)}: {regime.title_nl}. {regime.explanation_nl}")
        en.append(f"{', '.join(names)}: {regime.title_en}. {regime.explanation_en}")
    large = [n for n, c in networks.items() if c > limited]
    if code == "self_management":
        if large:
            nl.append(f"Zelfbeheer boven {limited} aansluitingen ({', '.join(large)}) is lastig: splits in kleinere netten.")
            en.append(f"Self-management above {limited} connections ({', '.join(large)}) is hard: split into smaller networks.")
        nl.append("De bewoners richten samen een vereniging, coöperatie of mandeligheid op voor het gedeelde deel.")
        en.append("The residents set up an association, cooperative or joint ownership for the shared part.")
    else:
        owner_nl, owner_en = ("De coöperatie", "The cooperative") if code == "cooperative" else ("De marktpartij", "The market partner")
        nl.append(f"{owner_nl} levert warmte: het tarief moet kostengebaseerd zijn (art. 7.22) en de factuur volgt art. 2.36.")
        en.append(f"{owner_en} supplies heat: the tariff must be cost-based (art. 7.22) and the invoice follows art. 2.36.")
        if large:
            nl.append(f"{owner_nl} heeft voor {', '.join(large)} een ontheffing nodig en moet een volwaardig warmtebedrijf zijn.")
            en.append(f"{owner_en} needs an exemption for {', '.join(large)} and must be a full heat company.")
    return tuple(nl), tuple(en)


# ---------------------------------------------------------------- the fee of a network


def _pct(value: float, language: str = "nl") -> str:
    return number(value * 100, 1, "%", language)


def network_fee(
    cluster_id: str,
    name: str,
    members: list[str],
    investment_eur: float,
    key_weights: list[float],
    upkeep_shares_eur: Mapping[str, float],
    heat_kwh: Mapping[str, float],
    params: ParameterSet,
    owner: str,
    per_gj: bool = False,
) -> NetworkFee:
    """The yearly fee of one network (module docstring) and each member's part.

    Parameters
    ----------
    members : list[str]
        Household ids, street order.
    investment_eur : float
        What the owner finances [€].
    key_weights : list[float]
        The cost key's weights of the members (same order).
    upkeep_shares_eur : mapping
        Household id → its share of the shared upkeep [€/yr] (what the business case splits).
    heat_kwh : mapping
        Household id → heat the per-GJ fee counts [kWh/yr].
    owner : str
        ``cooperative`` or ``market_partner``.
    per_gj : bool
        Split the fee by heat instead of line by line (market partner per GJ).
    """
    coop = owner == "cooperative"
    prefix = "coop" if coop else "market"
    rate = params[f"{prefix}_interest_rate"]
    years = params.int(f"{prefix}_financing_years")
    admin = params[f"{prefix}_admin_per_connection_eur"]
    connections = len(members)
    limited = params.int("wcw_limited_max_connections")
    regime = wcw_regime(connections, limited, params.int("wcw_exemption_max_connections"))
    capital = annuity(investment_eur, rate, years)
    reserve = params["coop_reserve_share"] * investment_eur
    upkeep = sum(upkeep_shares_eur[h] for h in members)
    lines = [
        FeeLine(
            "capital", "Rente en aflossing", "Interest and repayment", capital,
            f"annuïteit op {euro(investment_eur)} tegen {_pct(rate)} in {years} jaar",
            f"annuity on {euro(investment_eur, language='en')} at {_pct(rate, 'en')} over {years} years", "key",
        ),
        FeeLine(
            "upkeep", "Onderhoud gedeeld deel", "Upkeep of the shared part", upkeep,
            "het gedeelde onderhoud van de businesscase", "the shared upkeep of the business case", "upkeep",
        ),
        FeeLine(
            "reserve", "Reserve", "Reserve", reserve,
            f"{_pct(params['coop_reserve_share'])} van {euro(investment_eur)} per jaar",
            f"{_pct(params['coop_reserve_share'], 'en')} of {euro(investment_eur, language='en')} a year", "key",
        ),
        FeeLine(
            "administration", "Administratie", "Administration", admin * connections,
            f"{euro(admin)} × {count(connections, 'aansluiting', 'aansluitingen')}",
            f"{euro(admin, language='en')} × {count(connections, 'connection', 'connections')}", "equal",
        ),
    ]
    if connections > limited:
        extra = params["heat_company_admin_eur"]
        lines.append(
            FeeLine(
                "heat_company", "Warmtebedrijf (ontheffing)", "Heat company (exemption)", extra,
                f"meer dan {limited} aansluitingen: ontheffing en volwaardig warmtebedrijf, {euro(extra)} per jaar",
                f"more than {limited} connections: exemption and a full heat company, {euro(extra, language='en')} a year",
                "equal",
            )
        )
    if not coop:
        margin = params["market_margin"]
        base = sum(line.amount_eur for line in lines)
        lines.append(
            FeeLine(
                "margin", "Marge marktpartij", "Market partner's margin", base * margin,
                f"{_pct(margin)} van {euro(base)}", f"{_pct(margin, 'en')} of {euro(base, language='en')}", "fee",
            )
        )
    total = round(sum(line.amount_eur for line in lines), 2)
    heat_gj = sum(heat_kwh.get(h, 0.0) for h in members) / KWH_PER_GJ
    if per_gj:
        shares = allocate(total, [heat_kwh.get(h, 0.0) for h in members])
    else:
        shares = _split_lines(lines, members, key_weights, upkeep_shares_eur, total)
    return NetworkFee(
        cluster_id, name, connections, regime.code, investment_eur, tuple(lines), total, heat_gj,
        dict(zip(members, shares, strict=True)),
        per_gj,
    )


def _split_lines(
    lines: list[FeeLine], members: list[str], weights: list[float], upkeep: Mapping[str, float], total: float
) -> list[float]:
    """Each member's part of the fee, line by line, then made to add up to ``total`` to the cent."""
    exact = [0.0] * len(members)
    margin_share = 0.0
    base = sum(line.amount_eur for line in lines if line.split != "fee")
    for line in lines:
        if line.split == "fee":
            margin_share = line.amount_eur / base if base else 0.0
            continue
        if line.split == "key":
            weight_sum = sum(weights) or len(members)
            parts = [line.amount_eur * (w if sum(weights) else 1.0) / weight_sum for w in weights]
        elif line.split == "upkeep":
            parts = [upkeep[h] for h in members]
        else:
            parts = [line.amount_eur / len(members)] * len(members)
        exact = [a + b for a, b in zip(exact, parts, strict=True)]
    exact = [value * (1.0 + margin_share) for value in exact]
    return allocate(total, exact)


# ---------------------------------------------------------------- a home's own part


def _own_part(project: Project, results: ProjectResults, household_id: str, params: ParameterSet) -> VariantResult:
    """The home's shared-loop variant without its share of the shared part (lines and upkeep)."""
    household = project.household(household_id)
    result = results.household(household_id)
    field = results.field(f"shared-{result.cluster_id}")
    share = FieldShare(
        field_id=field.id,
        source_temp_by_month_c=tuple(field.sizing.source_temp_by_month_c),
        design_source_temp_c=field.sizing.design_source_temp_c,
        lines=(),
        maintenance_eur=0.0,
        provisional=field.sizing.provisional,
    )
    return compute_variant(household, result.demand, Variant.SHARED_LOOP, params, share)


def _without_heat_pump(project: Project, household_id: str, own: VariantResult, params: ParameterSet) -> tuple[VariantResult, float, float]:
    """The home's own part when the market partner owns the heat pump.

    Returns the home's money (the other lines, once; no upkeep of its own), the net heat pump
    investment the partner takes over [€] and its upkeep [€/yr].
    """
    heat_pump = sum(line.amount_eur for line in own.cost_lines if line.component == "heat_pump")
    net_heat_pump = max(0.0, heat_pump - own.subsidy_eur)
    net_home = own.investment_net_eur - net_heat_pump
    household = project.household(household_id)
    settings = home_money_settings(household, params, net_home, money_settings(params))
    found = money(MoneyInputs(net_home, (), own.annual_energy_costs_eur, own.annual_fixed_costs_eur, 0.0), settings)
    home = VariantResult(
        variant=own.variant,
        investment_gross_eur=own.investment_gross_eur - heat_pump,
        subsidy_eur=0.0,
        investment_net_eur=net_home,
        gas_m3_per_year=own.gas_m3_per_year,
        electricity_kwh_per_year=own.electricity_kwh_per_year,
        annual_energy_costs_eur=own.annual_energy_costs_eur,
        annual_fixed_costs_eur=own.annual_fixed_costs_eur,
        annual_maintenance_eur=0.0,
        annual_loan_payment_eur=found.annual_loan_payment_eur,
        monthly_costs_year1_eur=found.monthly_costs_year1_eur,
        tco_eur=found.tco_eur,
        npv_eur=found.npv_eur,
        co2_kg_per_year=own.co2_kg_per_year,
        electric_peak_kw=own.electric_peak_kw,
        loan_principal_eur=found.loan_principal_eur,
        loan_rate=settings.loan_rate,
        own_money_year0_eur=found.own_money_year0_eur,
    )
    return home, net_heat_pump, own.annual_maintenance_eur


def fee_over_horizon(fee: NetworkFee, share_eur: float, params: ParameterSet, owner: str) -> float:
    """A member's fees summed over the horizon [€]: capital and reserve as long as the financing
    runs, upkeep and administration rising with maintenance costs (method.md#organisation-models)."""
    if fee.total_eur <= 0:
        return 0.0
    fraction = share_eur / fee.total_eur
    prefix = "coop" if owner == "cooperative" else "market"
    years = params.int(f"{prefix}_financing_years")
    escalation = params["maintenance_escalation"]
    fixed = sum(line.amount_eur for line in fee.lines if line.key == "capital")
    margin = next((line.amount_eur for line in fee.lines if line.key == "margin"), 0.0)
    base = fee.total_eur - margin
    factor = 1.0 + (margin / base if base else 0.0)
    running = fee.total_eur / factor - fixed
    total = 0.0
    for year in range(1, params.int("horizon_years") + 1):
        capital = fixed if year <= years else 0.0
        total += (capital + running * (1.0 + escalation) ** (year - 1)) * factor
    return total * fraction


# ---------------------------------------------------------------- the comparison


def _means(homes: Mapping[str, HomeFigures]) -> tuple[float, float, float]:
    count = len(homes)
    if not count:
        return 0.0, 0.0, 0.0
    return (
        sum(h.monthly_costs_year1_eur for h in homes.values()) / count,
        sum(h.upfront_eur for h in homes.values()) / count,
        sum(h.tco_eur for h in homes.values()) / count,
    )


def _model(code, homes, networks, sizes, params) -> ModelResult:
    monthly, upfront, tco = _means(homes)
    law_nl, law_en = law(code, sizes, params)
    return ModelResult(code, homes, networks, monthly, upfront, tco, RISKS[code], law_nl, law_en)


def compare_organisation_models(project: Project, results: ProjectResults, params: ParameterSet | None = None) -> OrganisationComparison:
    """The three organisation models for the clusters of ``results`` (module docstring)."""
    params = params if params is not None else results.parameters
    agreement = project.agreement
    shared = {}
    for household in results.households:
        variant = household.variants.get(Variant.SHARED_LOOP)
        if household.cluster_id is not None and variant is not None:
            shared[household.id] = variant
    self_homes = {
        h: HomeFigures(v.monthly_costs_year1_eur, v.own_money_year0_eur, 0.0, v.tco_eur) for h, v in shared.items()
    }
    sizes = {c.name: len(c.households) for c in results.clusters}
    models = {"self_management": _model("self_management", self_homes, {}, sizes, params)}
    own = {h: _own_part(project, results, h, params) for h in shared}
    for owner in ("cooperative", "market_partner"):
        with_pumps = owner == "market_partner" and agreement.market_heat_pumps
        per_gj = owner == "market_partner" and agreement.market_billing == "gj"
        homes, networks = {}, {}
        for cluster in results.clusters:
            members = [h for h in cluster.households if h in shared]
            field = results.field(cluster.field_id)
            if not members or field is None:
                continue
            home_parts, investment = {}, field.shared_cost_eur
            upkeep = dict(field.maintenance_shares_eur)
            heat = dict(zip(field.households, field.sizing.extraction_per_home_kwh, strict=True))
            weights = [field.cost_shares_eur.get(h, 0.0) for h in members]
            for h in members:
                if with_pumps:
                    home_parts[h], pump, pump_upkeep = _without_heat_pump(project, h, own[h], params)
                    investment += pump
                    upkeep[h] = upkeep.get(h, 0.0) + pump_upkeep
                    weights[members.index(h)] += pump
                    heat[h] = results.household(h).demand.heat_kwh
                else:
                    home_parts[h] = own[h]
            fee = network_fee(cluster.id, cluster.name, members, investment, weights, upkeep, heat, params, owner, per_gj)
            networks[cluster.id] = fee
            for h in members:
                part = home_parts[h]
                yearly = fee.shares_eur[h]
                homes[h] = HomeFigures(
                    part.monthly_costs_year1_eur + yearly / 12.0,
                    part.own_money_year0_eur,
                    yearly,
                    part.tco_eur + fee_over_horizon(fee, yearly, params, owner),
                )
        models[owner] = _model(owner, homes, networks, sizes, params)
    chosen = agreement.organisation if agreement.organisation in models else "self_management"
    return OrganisationComparison(models, chosen)
