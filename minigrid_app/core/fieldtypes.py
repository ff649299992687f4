"""What a borefield sizing takes and gives: the ground, one home's demand, a sized field.

Plain data (:mod:`.borefield` sizes, :mod:`.fieldsizing` builds them from a project's
parameters); numbers come from ``resources/defaults.toml``, never from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from minigrid_app.core.fielddesign import Design
from minigrid_app.core.fieldmodel import MIN_DEPTH_M


def at_shortest(depth_m: float) -> bool:
    """A borehole ``depth_m`` [m] at the shortest Minigrid sizes (:data:`~minigrid_app.core.fieldmodel.MIN_DEPTH_M`,
    up to a rounding): the depth search stopped at its floor, so shorter would do too."""
    return depth_m <= MIN_DEPTH_M + 1e-9


@dataclass(frozen=True)
class GroundParameters:
    """Ground, borehole and heat pump figures the sizing needs (units in the names).

    No defaults here: the figures live in ``resources/defaults.toml`` only, and
    :func:`minigrid_app.core.fields.ground_parameters` builds this from a project's
    :class:`~minigrid_app.core.parameters.ParameterSet`.

    Attributes
    ----------
    conductivity_w_mk : float
        Ground thermal conductivity λ [W/mK].
    volumetric_heat_capacity_j_m3k : float
        Ground volumetric heat capacity [J/m³K].
    undisturbed_temp_c : float
        Undisturbed ground temperature T_g [°C].
    borehole_radius_m, buried_depth_m : float
        Borehole radius and depth of its top below ground [m].
    borehole_resistance_mk_w : float
        Effective borehole thermal resistance R_b [mK/W].
    spacing_m : float
        Distance between boreholes B [m].
    max_depth_m : float
        Deepest borehole allowed [m].
    min_fluid_temp_c : float
        Lowest allowed mean fluid temperature, peak included [°C].
    simulation_years : int
        Period over which the temperature must stay above the minimum [yr].
    peak_duration_h : float
        Duration of the design peak [h].
    layout : str
        ``line`` (along the street) or ``rectangle``.
    eta_water, cop_max, min_lift_k, dhw_temp_c :
        Heat pump model (:func:`minigrid_app.core.heatpump.cop_carnot_fraction`).
    simultaneity_base, simultaneity_coef : float
        s(N) = base + coef / √N for N homes on the field [-].
    first_estimate_source_temp_c : float
        Source temperature before the first sizing [°C].
    rule_of_thumb_w_per_m, rule_of_thumb_hours : float
        The quick cross-check: extraction per metre at a number of full-load hours.
    convergence_tolerance : float
        Relative change of the length at which the COP iteration stops [-].
    max_fluid_temp_c : float or None
        Highest allowed mean fluid temperature, peak injection included [°C]; checked when
        the field takes heat back (passive cooling). None: not checked.
    cooling_simultaneity : float
        Share of the homes' cooling peaks that coincide [-] (hot afternoons: all at once).
    """

    conductivity_w_mk: float
    volumetric_heat_capacity_j_m3k: float
    undisturbed_temp_c: float
    borehole_radius_m: float
    buried_depth_m: float
    borehole_resistance_mk_w: float
    spacing_m: float
    max_depth_m: float
    min_fluid_temp_c: float
    simulation_years: int
    peak_duration_h: float
    layout: str
    eta_water: float
    cop_max: float
    min_lift_k: float
    dhw_temp_c: float
    simultaneity_base: float
    simultaneity_coef: float
    first_estimate_source_temp_c: float
    rule_of_thumb_w_per_m: float
    rule_of_thumb_hours: float
    convergence_tolerance: float
    max_fluid_temp_c: float | None = None
    cooling_simultaneity: float = 1.0

    @property
    def diffusivity_m2_s(self) -> float:
        """Ground thermal diffusivity α = λ / (ρc) [m²/s]."""
        return self.conductivity_w_mk / self.volumetric_heat_capacity_j_m3k


@dataclass(frozen=True)
class HomeHeatDemand:
    """What one home asks of the ground (from :class:`~minigrid_app.core.demand.HeatDemand`).

    Attributes
    ----------
    space_heat_monthly_kwh, dhw_monthly_kwh : tuple[float, ...]
        Heat delivered per calendar month, Jan..Dec [kWh].
    supply_temp_c : float
        Space heating supply temperature [°C].
    design_load_kw : float
        Space heating load at design conditions [kW].
    cooling_monthly_kwh : tuple[float, ...]
        Cooling delivered by passive cooling per calendar month [kWh]; the heat goes into
        the ground. Empty: no cooling.
    cooling_peak_kw : float
        Cooling load at design conditions [kW].
    """

    space_heat_monthly_kwh: tuple[float, ...]
    dhw_monthly_kwh: tuple[float, ...]
    supply_temp_c: float
    design_load_kw: float
    cooling_monthly_kwh: tuple[float, ...] = ()
    cooling_peak_kw: float = 0.0


@dataclass(frozen=True)
class FieldSizing:
    """A sized borefield.

    Attributes
    ----------
    boreholes : int
        Number of boreholes.
    depth_m : float
        Depth of each borehole [m].
    total_length_m : float
        boreholes × depth [m].
    min_fluid_temp_c : float
        Coldest mean fluid temperature over the simulation, peak included [°C].
    mean_fluid_temp_c : float
        Average of the monthly mean fluid temperatures over the simulation [°C].
    monthly_fluid_temp_c : tuple[float, ...]
        Mean fluid temperature of every month of the simulation [°C].
    monthly_peak_fluid_temp_c : tuple[float, ...]
        The same during the design peak [°C].
    source_temp_by_month_c : tuple[float, ...]
        Source temperature per calendar month for the heat pump COP: the month's fluid
        temperature averaged over the simulation years [°C].
    design_source_temp_c : float
        Source temperature at design conditions (the coldest peak) [°C].
    extraction_per_home_kwh : tuple[float, ...]
        Heat each home takes from the ground per year, in the order given [kWh/yr].
    design_load_per_home_kw : tuple[float, ...]
        Design heat load of each home [kW].
    annual_extraction_kwh : float
        All extraction of the field, reserved joiners included [kWh/yr].
    peak_extraction_kw : float
        Design peak extraction with simultaneity [kW].
    simultaneity : float
        s(N) used [-].
    rule_of_thumb_length_m : float
        Length by the rule of thumb (cross-check) [m]; 0 for a field that cannot be built
        (``feasible`` False: no length of any kind is shown for it).
    differs_from_rule_of_thumb : bool
        The two lengths differ by more than 30 %.
    provisional : bool
        True when sized by the rule of thumb only.
    converged : bool
        The COP ↔ length iteration met its tolerance.
    iterations : int
        COP ↔ length iterations used.
    fits : bool
        A field within the maximum depth and borehole count was found.
    extra_homes : int
        Later joiners the field has room for.
    layout : str
        ``line`` or ``rectangle``.
    warnings : tuple[str, ...]
        Messages for the warnings panel (:class:`~minigrid_app.core.problems.Bilingual`).
    spacing_m : float
        Distance between neighbouring boreholes [m].
    rows : int
        Rows of boreholes (1: a line).
    positions : tuple of (x, y)
        Where each borehole is [m]: relative to the field's first borehole, or in street
        coordinates when the field was placed in a street.
    max_fluid_temp_c : float or None
        Warmest mean fluid temperature, peak injection included [°C]; None without cooling.
    monthly_peak_injection_fluid_temp_c : tuple[float, ...]
        Mean fluid temperature during the peak injection, every month [°C] (empty without cooling).
    annual_injection_kwh : float
        Heat put back by passive cooling, all homes [kWh/yr].
    peak_injection_kw : float
        Design peak injection [kW].
    injection_per_home_kwh : tuple[float, ...]
        Heat each home puts back per year [kWh/yr] (zeros without cooling).
    limited_by : str
        What sets the depth: ``heating`` (the minimum temperature), ``cooling`` (the maximum)
        or ``none`` (the shallowest depth already meets both).
    heat_surplus : bool
        More heat put back than taken out over a year: against the rule that over every
        five years the ground may not warm on balance (Besluit activiteiten leefomgeving).
    feasible : bool
        A field within the limits exists, whatever the sizing method. False: no length, depth,
        count or costs may be shown; ``infeasible_reason``
        and ``warnings`` say why and what would help.
    infeasible_reason : str
        ``""``, ``limit_above_ground`` (minimum fluid temperature at or above the ground),
        ``limit_below_ground`` (maximum at or below it), ``too_many`` (no count within the
        maximum fits) or ``no_room`` (not within the room available).
    depth_trials : int
        Fluid temperature evaluations the depth searches of the last round used.
    design : Design or None
        The chosen layout with its investment (drilling, boreholes, header pipe).
    fewest_design : Design or None
        With the lowest-investment rule: the fewest-boreholes design at the same loads, the
        comparison an engineer may ask for. None under the fewest-boreholes rule.
    header_length_m : float
        Pipe connecting the boreholes of the field [m].
    alone_boreholes, alone_depth_m, alone_total_length_m : int, float, float or None
        The same field sized as if no other field were near (a home that would be the only
        one drilling); None when the field was sized alone anyway.
    neighbours : tuple[str, ...]
        The other fields whose boreholes were taken into account (within reach).
    interference_k : float
        The largest cooling by the neighbours' fields over the simulation [K] (≤ 0; 0 alone).
    monthly_extraction_kwh, monthly_injection_kwh : tuple[float, ...]
        The field's ground loads per calendar month at the final source temperatures [kWh].
    """

    boreholes: int
    depth_m: float
    total_length_m: float
    min_fluid_temp_c: float
    mean_fluid_temp_c: float
    monthly_fluid_temp_c: tuple[float, ...]
    monthly_peak_fluid_temp_c: tuple[float, ...]
    source_temp_by_month_c: tuple[float, ...]
    design_source_temp_c: float
    extraction_per_home_kwh: tuple[float, ...]
    design_load_per_home_kw: tuple[float, ...]
    annual_extraction_kwh: float
    peak_extraction_kw: float
    simultaneity: float
    rule_of_thumb_length_m: float
    differs_from_rule_of_thumb: bool
    provisional: bool
    converged: bool
    iterations: int
    fits: bool = True
    extra_homes: int = 0
    layout: str = "line"
    warnings: tuple[str, ...] = field(default_factory=tuple)
    spacing_m: float = 0.0
    rows: int = 1
    positions: tuple[tuple[float, float], ...] = ()
    max_fluid_temp_c: float | None = None
    monthly_peak_injection_fluid_temp_c: tuple[float, ...] = ()
    annual_injection_kwh: float = 0.0
    peak_injection_kw: float = 0.0
    injection_per_home_kwh: tuple[float, ...] = ()
    limited_by: str = "heating"
    heat_surplus: bool = False
    feasible: bool = True
    infeasible_reason: str = ""
    depth_trials: int = 0
    design: Design | None = None
    fewest_design: Design | None = None
    header_length_m: float = 0.0
    alone_boreholes: int | None = None
    alone_depth_m: float | None = None
    alone_total_length_m: float | None = None
    neighbours: tuple[str, ...] = ()
    interference_k: float = 0.0
    monthly_extraction_kwh: tuple[float, ...] = ()
    monthly_injection_kwh: tuple[float, ...] = ()

    @property
    def at_shortest_depth(self) -> bool:
        """The boreholes are the shortest Minigrid sizes (:data:`~minigrid_app.core.fieldmodel.MIN_DEPTH_M`):
        shorter would do too, so the length is no computed figure a rule of thumb can check."""
        return self.feasible and self.boreholes > 0 and at_shortest(self.depth_m)


_SIZING_FIELDS = frozenset(f.name for f in fields(FieldSizing))
assert not hasattr(FieldSizing, "__post_init__")  # with_changes copies the fields as they are


def with_changes(sizing: FieldSizing, **changes) -> FieldSizing:
    """``dataclasses.replace(sizing, **changes)``, without running the generated ``__init__`` over
    all the fields again (some 40 µs a call; the street's rounds and the break-even search place
    thousands of sizings in the street): a copy of the instance's fields with these changed,
    equal to replace's (FieldSizing has no ``__post_init__``, no field left out of ``__init__``
    and nothing but its fields in its ``__dict__``)."""
    unknown = changes.keys() - _SIZING_FIELDS
    if unknown:
        raise TypeError(f"FieldSizing has no field {', '.join(sorted(unknown))}")
    found = object.__new__(FieldSizing)
    found.__dict__.update(sizing.__dict__)
    found.__dict__.update(changes)
    return found
