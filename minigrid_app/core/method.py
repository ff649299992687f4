"""The method table's machinery: one entry per quantity, evaluated by the engine, written by the workbook.

A :class:`Quantity` is one row of the method: its key, unit and labels, the Python function
that computes it and the Excel formula template the workbook writes for it. As pvlib's
model functions do (``pvlib.temperature.sapm_cell(poa_global, temp_air, wind_speed, a, b,
deltaT)``), the function names its inputs: the names of its parameters are the names of
the values it needs, and the Excel template refers to the same names in braces
(``"{gas_heating_m3}*{gas_hhv_kwh_per_m3}*{boiler_efficiency}"``). A name is one of

- a default figure: a key of ``resources/defaults.toml`` (``gas_price_eur_m3``);
- a household input: :data:`HOUSEHOLD_INPUTS` (``gas_use_m3``, ``cooks_on_gas``);
- a variant figure: :data:`VARIANT_FIGURES` (``eta`` is ``eta_air`` or ``eta_water``,
  whichever the variant's spec in :mod:`minigrid_app.core.variant` names);
- a constant of the method: :data:`CONSTANTS` (``kelvin``);
- the key of another quantity (computed before it), or a value handed in by the caller
  (the borefield's source temperatures, the household's share of its costs).

The tables themselves live with their topic: :data:`minigrid_app.core.demand.DEMAND`,
:data:`minigrid_app.core.heatpump.HEAT_PUMP`, :data:`minigrid_app.core.costs.COST_LINES`,
:data:`~minigrid_app.core.costs.SUBSIDIES` and :data:`~minigrid_app.core.costs.ANNUAL`.
The engine evaluates the functions (:func:`evaluate`); ``minigrid_app.io.excel`` writes the
templates with every name replaced by a cell reference (:func:`render`); "hoe berekend?"
(:mod:`minigrid_app.core.explain`) lists the inputs of the same entry.

References
----------
pvlib-python, ``pvlib/temperature.py``: model functions that name their inputs, and the
figures in a data table (``TEMPERATURE_MODEL_PARAMETERS``) rather than in the function.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from typing import Any

from minigrid_app.core.parameters import ParameterSet
from minigrid_app.core.variant import SPECS, VARIANTS, Variant

MONTHS = 12
#: Days per calendar month, January first (a non-leap year).
DAYS_PER_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: 0 °C in kelvin.
KELVIN = 273.15
#: Planned insulation that saves at least this fraction of space heating makes an older
#: home fit for a 45 °C supply temperature [-].
LOW_TEMPERATURE_SAVINGS = 0.2
#: A design load this close above a whole kW is that kW (floating-point noise) [kW].
SIZE_TOLERANCE_KW = 1e-9

#: Fixed numbers of the method, by the name formulas use for them.
CONSTANTS: dict[str, float | tuple[float, ...]] = {
    "kelvin": KELVIN,
    "low_temperature_savings": LOW_TEMPERATURE_SAVINGS,
    "size_tolerance_kw": SIZE_TOLERANCE_KW,
    "days_per_month": tuple(float(d) for d in DAYS_PER_MONTH),
}

#: Names for the default figures that differ per variant → the VariantSpec field naming
#: the defaults key (e.g. ``eta`` → ``VariantSpec.eta_key`` → ``eta_air``).
VARIANT_FIGURES = {
    "eta": "eta_key",
    "own_maintenance_eur": "maintenance_key",
    "heat_source_lifetime_years": "lifetime_key",
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class HouseholdInput:
    """A value the residents give per home (the Woningen sheet of the workbook).

    Attributes
    ----------
    name : str
        The name formulas use.
    attribute : str
        The :class:`~minigrid_app.core.model.Household` field it comes from.
    kind : str
        ``"number"``; ``"optional"`` (None or an empty cell: a default figure applies);
        ``"yes_no"`` (a bool; ``ja``/``nee`` in the workbook); ``"text"`` (a word, e.g. the
        house type).
    """

    name: str
    attribute: str
    label_nl: str
    label_en: str
    unit: str
    kind: str = "number"

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


HOUSEHOLD_INPUTS: dict[str, HouseholdInput] = {
    item.name: item
    for item in (
        HouseholdInput("gas_use_m3", "gas_m3_per_year", "Gasverbruik", "Gas use", "m³/jaar"),
        HouseholdInput(
            "cooks_on_gas", "cooks_on_gas", "Kookt op gas", "Cooks on gas", "", "yes_no"
        ),
        HouseholdInput("persons", "persons", "Bewoners", "Residents", "", "optional"),
        HouseholdInput(
            "insulation_savings",
            "insulation_savings",
            "Besparing door isolatie",
            "Insulation savings",
            "-",
        ),
        HouseholdInput(
            "supply_temp_entered_c",
            "supply_temp_c",
            "Aanvoertemperatuur (ingevuld)",
            "Supply temperature (entered)",
            "°C",
            "optional",
        ),
        HouseholdInput("build_year", "build_year", "Bouwjaar", "Build year", "", "optional"),
        HouseholdInput(
            "lt_measures_entered_eur",
            "lt_measures_cost_eur",
            "LT-maatregelen (ingevuld)",
            "Low-temperature measures (entered)",
            "€",
            "optional",
        ),
        HouseholdInput(
            "boiler_age_entered_years",
            "boiler_age_years",
            "Leeftijd cv-ketel (ingevuld)",
            "Boiler age (entered)",
            "jaar",
            "optional",
        ),
        HouseholdInput(
            "three_phase", "three_phase", "3-fase aansluiting", "3-phase connection", "", "yes_no"
        ),
        HouseholdInput("house_type", "house_type", "Woningtype", "House type", "", "text"),
        HouseholdInput("floor_area_m2", "floor_area_m2", "Woonoppervlak", "Floor area", "m²", "optional"),
        HouseholdInput("wants_cooling", "wants_cooling", "Wil koelen", "Wants cooling", "", "yes_no"),
        HouseholdInput(
            "cooling_entered_kwh",
            "cooling_kwh_per_year",
            "Koelvraag (ingevuld)",
            "Cooling need (entered)",
            "kWh/jaar",
            "optional",
        ),
    )
}


def household_inputs(household, gas_use_m3: float | None = None) -> dict[str, Any]:
    """The household inputs of one home by name; ``gas_use_m3`` replaces its gas use (break-even)."""
    values = {name: getattr(household, item.attribute) for name, item in HOUSEHOLD_INPUTS.items()}
    if gas_use_m3 is not None:
        values["gas_use_m3"] = gas_use_m3
    return values


def inputs_of(function: Callable | None) -> tuple[str, ...]:
    """The names a function takes: its parameter names."""
    if function is None:
        return ()
    return tuple(inspect.signature(function).parameters)


@dataclass(frozen=True)
class Quantity:
    """One quantity of the method.

    Attributes
    ----------
    key : str
        Stable name; other entries use it as an input, results carry it as a field name.
    unit : str
        Unit as shown (``kWh/jaar``, ``€``, ``-``).
    label_nl, label_en : str
        What it is, for residents.
    function : callable
        Computes the quantity; its parameter names are the entry's inputs.
    excel : str | None
        Excel formula template (without ``=``) over the same names in braces; None when the
        quantity is not a workbook formula.
    variants : tuple of Variant
        The variants it applies to (entries with the same key split the variants).
    monthly : bool
        A value per calendar month: the function is called once per month, with each
        monthly input (a 12-tuple) replaced by that month's value.
    words_nl, words_en : str
        The formula in words, for "hoe berekend?".
    """

    key: str
    unit: str
    label_nl: str
    label_en: str
    function: Callable[..., Any]
    excel: str | None
    variants: tuple[Variant, ...] = VARIANTS
    monthly: bool = False
    words_nl: str = ""
    words_en: str = ""
    inputs: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "inputs", inputs_of(self.function))
        # the inputs read in their order by one call in C (:func:`evaluate`; thousands a computation)
        object.__setattr__(self, "_read", itemgetter(*self.inputs) if self.inputs else None)
        object.__setattr__(self, "_single", len(self.inputs) == 1)  # itemgetter of one name gives the value itself

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl

    def words(self, language: str = "nl") -> str:
        return self.words_en if language == "en" else self.words_nl

    def applies_to(self, variant: str | None) -> bool:
        return variant is None or variant in self.variants


class Namespace(dict):
    """Values by name for one computation: known values, then constants, variant figures, defaults.

    A dict of the values known so far (household inputs, quantities computed, values from the
    caller); a name it does not hold yet is looked up as a constant, a variant figure or a
    default figure, and kept.

    Parameters
    ----------
    params : ParameterSet
        The default figures (with the project's overrides).
    variant : str, optional
        Resolves the :data:`VARIANT_FIGURES`; None outside a variant.
    known : mapping
        Household inputs, quantities computed so far, values from the caller.
    """

    def __init__(
        self,
        params: ParameterSet,
        variant: str | None = None,
        known: Mapping[str, Any] | None = None,
    ):
        super().__init__(known or {})
        self.params = params
        self.variant = None if variant is None else Variant(variant)

    @property
    def known(self) -> dict[str, Any]:
        return self

    def __missing__(self, name: str) -> Any:
        if name in CONSTANTS:
            value = CONSTANTS[name]
        elif name in VARIANT_FIGURES and self.variant is not None:
            value = self.params[variant_figure_key(self.variant, name)]
        else:
            params = self.params
            try:
                if type(params) is ParameterSet:  # ParameterSet.__getitem__ without its call (thousands a computation)
                    overrides = params.overrides
                    value = overrides[name] if name in overrides else params.definitions[name].value
                else:
                    value = params[name]
            except KeyError:
                raise KeyError(f"the method has no value named {name!r}") from None
        self[name] = value
        return value


def variant_figure_key(variant: str, name: str) -> str:
    """The defaults key behind a variant figure (``eta`` of ``air_hp`` → ``eta_air``)."""
    key = getattr(SPECS[Variant(variant)], VARIANT_FIGURES[name])
    if key is None:
        raise KeyError(f"variant {variant} has no {name}")
    return key


def call(
    function: Callable, values: Mapping[str, Any], inputs: tuple[str, ...] | None = None
) -> Any:
    """Call a function with the values named by its parameters."""
    names = inputs_of(function) if inputs is None else inputs
    return function(*[values[name] for name in names])


def evaluate(quantity: Quantity, values: Mapping[str, Any]) -> Any:
    """The value of one quantity from the named values (a 12-tuple for a monthly quantity)."""
    read = quantity._read  # values[name] for every input, in order
    args = () if read is None else (read(values),) if quantity._single else read(values)
    if not quantity.monthly:
        return quantity.function(*args)
    columns = [a if isinstance(a, tuple) else (a,) * MONTHS for a in args]
    return tuple(map(quantity.function, *columns)) if columns else (quantity.function(),) * MONTHS


_APPLYING: dict[tuple[int, str | None], tuple[tuple[Quantity, ...], tuple[Quantity, ...]]] = {}


def applying(table: tuple[Quantity, ...], variant: str | None) -> tuple[Quantity, ...]:
    """The entries of a table that apply to ``variant`` (all of them for None), in order."""
    cached = _APPLYING.get((id(table), variant))
    if cached is None or cached[0] is not table:
        cached = (table, tuple(q for q in table if q.applies_to(variant)))
        _APPLYING[(id(table), variant)] = cached
    return cached[1]


def evaluate_all(table: tuple[Quantity, ...], namespace: Namespace) -> Namespace:
    """Evaluate every entry of a table that applies to the namespace's variant, in order.

    Each value is stored under its key, so later entries can use it.
    """
    for quantity in applying(table, namespace.variant):
        namespace[quantity.key] = evaluate(quantity, namespace)
    return namespace


def entry(table: Iterable[Quantity], key: str, variant: str | None = None) -> Quantity:
    """The entry of a table with this key that applies to ``variant``; KeyError when none."""
    for quantity in table:
        if quantity.key == key and quantity.applies_to(variant):
            return quantity
    raise KeyError(f"no method entry {key!r} for variant {variant!r}")


# ---------------------------------------------------------------------------- Excel templates


def placeholders(template: str) -> list[str]:
    """The names a template refers to, in order of appearance (repeats included)."""
    return _PLACEHOLDER.findall(template)


def render(template: str, reference: Callable[[str], str]) -> str:
    """A template with every ``{name}`` replaced by ``reference(name)``."""
    return _PLACEHOLDER.sub(lambda match: reference(match.group(1)), template)


def excel_number(value: float) -> str:
    """A number as Excel formula text, never in exponent notation (1e-09 → 0.000000001)."""
    text = repr(float(value))
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if text.endswith(".0"):
        text = text[:-2]
    return text


def input_kind(name: str, params: ParameterSet) -> str:
    """What a name is: ``household``, ``constant``, ``variant``, ``parameter`` or ``value``."""
    if name in HOUSEHOLD_INPUTS:
        return "household"
    if name in CONSTANTS:
        return "constant"
    if name in VARIANT_FIGURES:
        return "variant"
    if name in params.definitions:
        return "parameter"
    return "value"
