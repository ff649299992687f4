"""The four heating variants compared for every home, and what sets each apart.

:class:`Variant` is a ``StrEnum`` whose values are the codes used in project files,
the results JSON and the workbook (``"gas"``, ``"air_hp"``, ``"ground_hp"``,
``"shared_loop"``), so ``Variant.GAS == "gas"`` and a variant can be used wherever a
code string was used before. :data:`SPECS` holds one :class:`VariantSpec` per variant:
its names in Dutch and English, its colour in charts, whether it needs a borefield,
and the keys of the default figures (``resources/defaults.toml``) that differ per
variant. Adding a variant is one member here plus one spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Variant(StrEnum):
    """A heating variant; the value is the stable code."""

    GAS = "gas"
    AIR_HP = "air_hp"
    GROUND_HP = "ground_hp"
    SHARED_LOOP = "shared_loop"

    @property
    def spec(self) -> VariantSpec:
        return SPECS[self]

    def label(self, language: str = "nl") -> str:
        """The variant's name in ``language`` (``"nl"`` or ``"en"``)."""
        return SPECS[self].label(language)


@dataclass(frozen=True)
class VariantSpec:
    """What sets one variant apart.

    Attributes
    ----------
    variant : Variant
    label_nl, label_en : str
        Name shown to residents.
    short_nl : str
        Short Dutch name for narrow column headers.
    colour : str
        Chart colour, ``#rrggbb``.
    heat_pump : bool
        The home heats with a heat pump (not the gas boiler).
    borefield : bool
        The heat pump's source is a borefield (own or shared).
    shared : bool
        The borefield is shared by a cluster of neighbours.
    maintenance_key : str
        Default figure of the home's own yearly maintenance [€/yr].
    subsidy_keys : tuple[str, ...]
        Default figures of the ISDE subsidy for this variant [€, €/kW].
    eta_key : str | None
        Carnot efficiency fraction of the heat pump [-]; None for gas.
    lifetime_key : str
        Technical lifetime of the heat source that is replaced [yr].
    """

    variant: Variant
    label_nl: str
    label_en: str
    short_nl: str
    colour: str
    heat_pump: bool
    borefield: bool
    shared: bool
    maintenance_key: str
    subsidy_keys: tuple[str, ...]
    eta_key: str | None
    lifetime_key: str

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl


SPECS: dict[Variant, VariantSpec] = {
    spec.variant: spec
    for spec in (
        VariantSpec(
            Variant.GAS,
            label_nl="Gasketel (huidig)",
            label_en="Gas boiler (current)",
            short_nl="gas",
            colour="#7f7f7f",
            heat_pump=False,
            borefield=False,
            shared=False,
            maintenance_key="maintenance_gas_eur",
            subsidy_keys=(),
            eta_key=None,
            lifetime_key="boiler_lifetime_years",
        ),
        VariantSpec(
            Variant.AIR_HP,
            label_nl="Eigen luchtwarmtepomp",
            label_en="Own air heat pump",
            short_nl="lucht-WP",
            colour="#1f77b4",
            heat_pump=True,
            borefield=False,
            shared=False,
            maintenance_key="maintenance_air_hp_eur",
            subsidy_keys=("isde_air_base_eur", "isde_air_per_kw_eur", "isde_air_label_bonus_eur"),
            eta_key="eta_air",
            lifetime_key="air_hp_lifetime_years",
        ),
        VariantSpec(
            Variant.GROUND_HP,
            label_nl="Eigen bodemlus",
            label_en="Own ground loop",
            short_nl="eigen bodemlus",
            colour="#8c564b",
            heat_pump=True,
            borefield=True,
            shared=False,
            maintenance_key="maintenance_ground_hp_eur",
            subsidy_keys=("isde_ground_eur",),
            eta_key="eta_water",
            lifetime_key="water_hp_lifetime_years",
        ),
        VariantSpec(
            Variant.SHARED_LOOP,
            label_nl="Gedeelde bodemlus",
            label_en="Shared ground loop",
            short_nl="gedeelde bodemlus",
            colour="#2ca02c",
            heat_pump=True,
            borefield=True,
            shared=True,
            maintenance_key="maintenance_ground_hp_eur",
            subsidy_keys=("isde_ground_eur",),
            eta_key="eta_water",
            lifetime_key="water_hp_lifetime_years",
        ),
    )
}

#: Every variant, in the order the comparison shows them (gas, the reference, first).
VARIANTS: tuple[Variant, ...] = tuple(Variant)
#: The variants that heat with a heat pump.
HEAT_PUMP_VARIANTS: tuple[Variant, ...] = tuple(v for v in VARIANTS if SPECS[v].heat_pump)
#: The variants with a borefield (own or shared).
GROUND_VARIANTS: tuple[Variant, ...] = tuple(v for v in VARIANTS if SPECS[v].borefield)


def labels(language: str = "nl") -> dict[Variant, str]:
    """Variant → name in ``language``."""
    return {v: SPECS[v].label(language) for v in VARIANTS}


def variant_colour(variant: str) -> str:
    """The chart colour of a variant code, ``#rrggbb``; raises ValueError for an unknown code."""
    return SPECS[Variant(variant)].colour


def variant_label(variant: str, language: str = "nl") -> str:
    """The name of a variant code in ``language``; raises ValueError for an unknown code."""
    return SPECS[Variant(variant)].label(language)
