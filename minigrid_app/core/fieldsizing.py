"""Sizing the borefields of a project: the glue between the business case and the engine (method.md#borefield-sizing).

Builds :class:`~minigrid_app.core.borefield.GroundParameters` from the parameter set, lays
the street out (:mod:`.street`) and sizes its fields together (:mod:`.streetsizing`): the
own loops of every home that could drill one, and the shared field of every cluster, each
scenario with the interference between its fields. Sizings are cached, so sensitivity runs
and break-even searches reuse identical streets.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from minigrid_app.core import borefield, streetsizing
from minigrid_app.core.clusters import Cluster
from minigrid_app.core.demand import HeatDemand
from minigrid_app.core.fielddesign import DesignCosts
from minigrid_app.core.fieldtypes import with_changes
from minigrid_app.core.home_labels import home_name
from minigrid_app.core.kept import Kept
from minigrid_app.core.model import ClusterSettings, Household
from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.problems import Bilingual, in_language
from minigrid_app.core.street import StreetLayout, street_layout
from minigrid_app.core.streetsizing import FieldRequest, StreetSizing


def ground_parameters(params: ParameterSet, layout: str = "line") -> borefield.GroundParameters:
    """The ground and heat pump figures the sizing needs."""
    return borefield.GroundParameters(
        conductivity_w_mk=params["ground_conductivity_w_mk"],
        volumetric_heat_capacity_j_m3k=params["ground_heat_capacity_mj_m3k"] * 1e6,
        undisturbed_temp_c=params["ground_temp_c"],
        borehole_radius_m=params["borehole_radius_m"],
        buried_depth_m=params["borehole_buried_depth_m"],
        borehole_resistance_mk_w=params["borehole_resistance_mk_w"],
        spacing_m=params["borehole_spacing_m"],
        max_depth_m=params["max_borehole_depth_m"],
        min_fluid_temp_c=params["min_fluid_temp_c"],
        simulation_years=params.int("simulation_years"),
        peak_duration_h=params["peak_duration_h"],
        layout=layout,
        eta_water=params["eta_water"],
        cop_max=params["cop_max"],
        min_lift_k=params["min_lift_k"],
        dhw_temp_c=params["dhw_temp_c"],
        simultaneity_base=params["simultaneity_base"],
        simultaneity_coef=params["simultaneity_coef"],
        first_estimate_source_temp_c=params["first_estimate_source_temp_c"],
        rule_of_thumb_w_per_m=params["rule_of_thumb_w_per_m"],
        rule_of_thumb_hours=params["rule_of_thumb_hours"],
        convergence_tolerance=params["sizing_tolerance"],
        max_fluid_temp_c=params["max_fluid_temp_c"],
    )


def home_heat(demand: HeatDemand) -> borefield.HomeHeatDemand:
    """What a home asks of its ground loop: heat, and (passive cooling) the heat it puts back."""
    cooling = getattr(demand, "cooling_kwh", 0.0) > 0
    return borefield.HomeHeatDemand(
        space_heat_monthly_kwh=tuple(demand.space_monthly_kwh),
        dhw_monthly_kwh=tuple(demand.dhw_monthly_kwh),
        supply_temp_c=demand.supply_temp_c,
        design_load_kw=demand.design_load_kw,
        cooling_monthly_kwh=tuple(demand.cooling_monthly_kwh) if cooling else (),
        cooling_peak_kw=demand.cooling_load_kw if cooling else 0.0,
    )


@lru_cache(maxsize=8192)
def _size_cached(
    homes: tuple[borefield.HomeHeatDemand, ...],
    ground: borefield.GroundParameters,
    extra_homes: int,
    method: str,
) -> borefield.FieldSizing:
    if method == "rule_of_thumb":
        return borefield.size_field_rule_of_thumb(list(homes), ground, extra_homes=extra_homes)
    return borefield.size_field(list(homes), ground, extra_homes=extra_homes)


def size(
    demands: Sequence[HeatDemand],
    params: ParameterSet,
    layout: str = "line",
    extra_homes: int = 0,
    method: str = "pygfunction",
) -> borefield.FieldSizing:
    """Size one borefield for the homes on it (cached by inputs).

    ``method`` is ``"pygfunction"`` (the real sizing) or ``"rule_of_thumb"`` (quick cross-check).
    """
    homes = tuple(home_heat(d) for d in demands)
    return _size_cached(homes, ground_parameters(params, layout), int(extra_homes), method)


def clear_cache() -> None:
    _size_cached.cache_clear()
    _STREETS.clear()
    streetsizing.clear_cache()


# ---------------------------------------------------------------- the street (issue 13)


#: Stand-in prices for the street of own loops (sized by the fewest boreholes; prices unused).
OWN_LOOP_PRICES = DesignCosts(per_m_eur=0.0, per_borehole_eur=0.0, header_per_m_eur=0.0)


def design_costs(params: ParameterSet) -> DesignCosts:
    """Prices the lowest-investment field design weighs."""
    return DesignCosts(
        per_m_eur=params["drilling_per_m_eur"],
        per_borehole_eur=params["borehole_fixed_eur"],
        header_per_m_eur=params["header_pipe_per_m_eur"],
    )


def _lengths(values: object) -> dict[str, float]:
    """Cluster id → a length entered in the project file (bad entries left out) [m]."""
    if not isinstance(values, dict):
        return {}
    found = {}
    for key, value in values.items():
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value >= 0:
            found[str(key)] = float(value)
    return found


@dataclass(frozen=True)
class StreetFields:
    """Every borefield of a project in its street: the own loops and the shared fields.

    Attributes
    ----------
    layout : StreetLayout
        The homes' places and the clusters' strips.
    own, shared : StreetSizing
        The two scenarios, each sized with the interference between its fields: every
        computable home drilling its own loop; every cluster its shared field.
    requests : dict
        Field id → what was sized (to size one field again with other loads).
    ground : GroundParameters
    costs : DesignCosts
    max_spacing_m : float
    """

    layout: StreetLayout
    own: StreetSizing
    shared: StreetSizing
    requests: dict[str, FieldRequest]
    ground: borefield.GroundParameters
    costs: DesignCosts
    max_spacing_m: float
    method: str = "pygfunction"

    def own_field(self, household_id: str) -> borefield.FieldSizing | None:
        return self.own.sizings.get(f"own-{household_id}")

    def shared_field(self, cluster_id: str) -> borefield.FieldSizing | None:
        return self.shared.sizings.get(f"shared-{cluster_id}")

    def resize(
        self,
        field_id: str,
        demands: Sequence[HeatDemand],
        compare: bool = True,
        homes: tuple[borefield.HomeHeatDemand, ...] | None = None,
        curves: bool = True,
    ) -> borefield.FieldSizing:
        """Size one field again for other homes' demands, its neighbours as they are.

        ``compare`` False: without the fewest-boreholes comparison (``fewest_design`` None);
        ``curves`` False: without the fluid temperatures (:func:`.borefield.size_field`).
        ``homes``: the demands' :func:`home_heat`, when the caller has them already.
        """
        if homes is None:
            homes = tuple(home_heat(d) for d in demands)
        request = replace(self.requests[field_id], homes=homes)
        if self.method == "rule_of_thumb":
            return borefield.size_field_rule_of_thumb(list(request.homes), self.ground, request.extra_homes, request.name)
        street = self.own if field_id.startswith("own-") else self.shared
        return streetsizing.resize(
            street, request, self.ground, costs=self.costs, max_spacing_m=self.max_spacing_m, compare=compare,
            curves=curves,
        )


#: How many streets :func:`_street_cached` keeps (the least recently asked goes first).
STREETS_KEPT = 64
_STREETS = Kept(STREETS_KEPT)


def _street_cached(
    requests: tuple[FieldRequest, ...],
    ground: borefield.GroundParameters,
    costs: DesignCosts,
    max_spacing_m: float,
    method: str,
    details: bool = True,
) -> StreetSizing:
    """The street sized (:func:`.streetsizing.size_street`), kept for the same inputs.

    Asked without ``details``, a street kept with them is taken: the same fields with more
    figures (the sensitivity's reruns at other prices find the project's own street).
    """
    details = details or method == "rule_of_thumb"
    keys = [(requests, ground, costs, max_spacing_m, method, True)]
    if not details:
        keys.append((requests, ground, costs, max_spacing_m, method, False))
    for key in keys:
        found = _STREETS.get(key)
        if found is not None:
            return found
    found = _street(requests, ground, costs, max_spacing_m, method, details)
    _STREETS.put(keys[-1], found)
    return found


def _street(
    requests: tuple[FieldRequest, ...],
    ground: borefield.GroundParameters,
    costs: DesignCosts,
    max_spacing_m: float,
    method: str,
    details: bool,
) -> StreetSizing:
    if method == "rule_of_thumb":
        sizings = {}
        for request in requests:
            sizing = borefield.size_field_rule_of_thumb(list(request.homes), ground, request.extra_homes, request.name)
            sizings[request.id] = with_changes(sizing, positions=request.positions(sizing))
        return StreetSizing(sizings, {}, 0, True)
    return streetsizing.size_street(requests, ground, costs=costs, max_spacing_m=max_spacing_m, details=details)


def street_fields(
    households: Sequence[Household],
    demands: Mapping[str, HeatDemand],
    clusters: Sequence[Cluster],
    params: ParameterSet,
    settings: ClusterSettings,
    method: str = "pygfunction",
    names: Mapping[str, str] | None = None,
    own: bool = True,
    details: bool = True,
) -> StreetFields:
    """Lay out the street and size both scenarios (cached by inputs).

    Parameters
    ----------
    households : sequence of Household
        All homes in street order.
    demands : mapping
        Household id → heat demand, for the homes that can be computed.
    clusters : sequence of Cluster
    settings : ClusterSettings
        Reserve for joiners, layout, strips entered per cluster, available street length.
    names : mapping, optional
        Household id → how messages name the home.
    own : bool
        Size the own loops too; False leaves them out (a computation that reads only the
        shared fields: their street does not depend on the own loops).
    details : bool
        False: the fields without the fewest-boreholes comparison and their fluid temperatures
        (:func:`.streetsizing.size_street`), for a what-if run that reads what they cost only.
    """
    ground = ground_parameters(params, "line")
    spacing = ground.spacing_m
    rectangle = settings.layout == "rectangle"
    default_width = 2.0 * spacing if rectangle else params["field_strip_width_m"]
    available = getattr(settings, "street_length_m", None)
    layout = street_layout(
        households,
        clusters,
        default_distance_m=params["distance_default_m"],
        own_setback_m=params["own_borehole_setback_m"],
        strip_offset_m=params["field_strip_offset_m"],
        strip_width_m=default_width,
        strip_lengths_m=_lengths(getattr(settings, "strip_lengths_m", {})),
        strip_widths_m=_lengths(getattr(settings, "strip_widths_m", {})),
        available_length_m=available if isinstance(available, int | float) and available > 0 else None,
        field_gap_m=spacing,  # two clusters' boreholes at least the minimum spacing apart
    )
    names = names or {}
    own_requests = []
    for row, household in enumerate(households if own else (), 1):
        demand = demands.get(household.id)
        if demand is None:
            continue
        label = names.get(household.id) or home_name(household, row)
        own_requests.append(
            FieldRequest(
                f"own-{household.id}",
                (home_heat(demand),),
                name=Bilingual(f"De eigen bodemlus van {label}", f"The own ground loop of {in_language(label, 'en')}"),
                home=layout.home(household.id),
            )
        )
    reserve = max(0, int(settings.reserve_joiners))
    shared_requests = []
    for cluster in clusters:
        members = [demands[h] for h in cluster.household_ids if h in demands]
        if not members:
            continue
        shared_requests.append(
            FieldRequest(
                f"shared-{cluster.id}",
                tuple(home_heat(d) for d in members),
                extra_homes=reserve,
                name=Bilingual(f"De gedeelde bodemlus van {cluster.name}", f"The shared ground loop of {cluster.name}"),
                strip=layout.strip(cluster.id),
            )
        )
    costs = design_costs(params)
    max_spacing = max(spacing, params["max_borehole_spacing_m"])
    # own loops get the fewest boreholes, never a design by price: their street does not depend
    # on the prices, and with the same stand-in prices a change of price (the sensitivity's
    # investment factor) finds it in the cache
    own = _street_cached(tuple(own_requests), ground, OWN_LOOP_PRICES, max_spacing, method, details)
    shared = _street_cached(tuple(shared_requests), ground, costs, max_spacing, method, details)
    requests = {r.id: r for r in (*own_requests, *shared_requests)}
    return StreetFields(layout, own, shared, requests, ground, costs, max_spacing, method)
