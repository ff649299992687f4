"""Where everything goes in the workbook, computed before a single cell is written.

Sheets refer to each other's cells (Warmtepomp uses Warmtevraag's monthly heat, Jaarlasten
sums Kasstromen, Vergelijking counts Jaarlasten). :class:`Layout` fixes every table's
columns and every row up front from the project and its results, so a sheet can be
written in any order and asks the layout for a cell (:meth:`Layout.ref`) instead of
reading a row number another sheet left behind.
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.model import Household, Project
from minigrid_app.core.results import HouseholdResult, ProjectResults
from minigrid_app.core.validation import household_name
from minigrid_app.core.variant import HEAT_PUMP_VARIANTS, VARIANTS, Variant
from minigrid_app.io.excel import (
    annual,
    cash_flows,
    demand,
    heatpump,
    households,
    investments,
    source,
)
from minigrid_app.io.excel.cells import FIRST_ROW, Table

#: Vergelijking: the charts sit between the group table and the per-home table.
CHART_TOP = 12
CHART_ROWS = 19


@dataclass(frozen=True)
class House:
    """A household that has results: where it stands in the project and what was computed."""

    number: int  # 1-based position in the project (row number of the intake)
    household: Household
    result: HouseholdResult

    @property
    def id(self) -> str:
        return self.household.id


class Layout:
    """Every table's columns and every row of the workbook.

    Attributes
    ----------
    tables : dict[str, Table]
        Sheet name → its table's columns (Bron has two: ``Bron`` and ``Bron:aandeel``).
    rows : dict[str, dict[tuple[str, str | None], int]]
        Sheet name → (household id, variant or None) → row.
    field_rows : dict[str, int]
        Borefield id → its row on Bron.
    cash_rows : dict[tuple[str, str], tuple[int, int]]
        (household id, variant) → first and last row on Kasstromen.
    places : dict[str, str]
        Key of a method quantity → the sheet whose column holds it.
    """

    def __init__(self, project: Project, results: ProjectResults, anonymise: bool):
        self.project = project
        self.results = results
        self.params = results.parameters
        self.anonymise = anonymise
        self.horizon = self.params.int("horizon_years")
        self.labels = self._labels()
        self.cluster_names = {
            cluster.id: f"Cluster {number}" if anonymise else cluster.name
            for number, cluster in enumerate(results.clusters, start=1)
        }
        by_id = {r.id: r for r in results.households}
        self.houses = [
            House(number, household, by_id[household.id])
            for number, household in enumerate(project.households, start=1)
            if household.id in by_id
        ]
        self.computable = [
            h for h in self.houses if h.result.computable and h.result.demand is not None
        ]
        # without a break-even search (quick results) every value is None: say "not computed", not "none"
        self.break_even_computed = any(
            v is not None and v.break_even_status is not None
            for h in results.households
            for code, v in h.variants.items()
            if code != Variant.GAS
        )
        self.tables = {
            "Woningen": Table(households.columns(anonymise)),
            "Warmtevraag": Table(demand.COLUMNS),
            "Warmtepomp": Table(heatpump.COLUMNS),
            "Bron": Table(source.FIELD_COLUMNS),
            "Bron:aandeel": Table(source.SHARE_COLUMNS),
            "Investeringen": Table(investments.columns()),
            "Jaarlasten": Table(annual.COLUMNS),
            "Kasstromen": Table(cash_flows.COLUMNS),
        }
        self.places = {}
        for sheet in ("Warmtevraag", "Warmtepomp", "Investeringen", "Jaarlasten"):
            for column in self.tables[sheet].columns:
                if column.template is None:
                    self.places.setdefault(column.key.split(":")[0], sheet)
        self.rows: dict[str, dict[tuple[str, str | None], int]] = {}
        self._place_rows()

    # ------------------------------------------------------------------ rows

    def _labels(self) -> dict[str, str]:
        households = self.project.households
        if self.anonymise:
            return {h.id: f"Woning {i}" for i, h in enumerate(households, start=1)}
        return {h.id: household_name(h, i) for i, h in enumerate(households, start=1)}

    def _place_rows(self) -> None:
        self.rows["Woningen"] = {
            (h.id, None): row for row, h in enumerate(self.project.households, start=FIRST_ROW)
        }
        self.rows["Warmtevraag"] = {
            (h.id, None): row for row, h in enumerate(self.computable, start=FIRST_ROW)
        }
        self.rows["Warmtepomp"] = {
            (h.id, v): row
            for row, (h, v, _r) in enumerate(self.variant_rows(HEAT_PUMP_VARIANTS), start=FIRST_ROW)
        }
        per_variant = {
            (h.id, v): row for row, (h, v, _r) in enumerate(self.variant_rows(), start=FIRST_ROW)
        }
        self.rows["Investeringen"] = per_variant
        self.rows["Jaarlasten"] = per_variant
        self.cash_rows = {
            key: (FIRST_ROW + i * self.horizon, FIRST_ROW + (i + 1) * self.horizon - 1)
            for i, key in enumerate(per_variant)
        }
        self.variant_last_row = FIRST_ROW + len(per_variant) - 1
        self.cash_last_row = FIRST_ROW + len(per_variant) * self.horizon - 1
        # Bron: one row per field, the total of homes on shared loops, then each home's share
        self.field_rows = {f.id: row for row, f in enumerate(self.results.fields, start=FIRST_ROW)}
        self.field_total_row = FIRST_ROW + len(self.results.fields) + 1
        self.share_header_row = self.field_total_row + 3
        self.share_rows: dict[tuple[str, str], int] = {}
        self.share_field_rows: list[tuple[int, object, int]] = []  # (row, field, index of the home)
        row = self.share_header_row + 1
        for field in self.results.fields:
            for index, household_id in enumerate(field.households):
                self.share_rows.setdefault((household_id, field.variant), row)
                self.share_field_rows.append((row, field, index))
                row += 1
        # Vergelijking: the group table, the charts, the table per home, the cumulative costs
        self.group_rows = {variant: 6 + i for i, variant in enumerate(VARIANTS)}
        self.wide_top = CHART_TOP + CHART_ROWS + 2
        self.wide_last_row = self.wide_top + len(self.computable)
        self.cumulative_top = self.wide_last_row + 3

    def variant_rows(self, variants=VARIANTS):
        """(house, variant, result) for every computed household × variant, in sheet order.

        The what-if shared loop of a home that does not take part (``as_joiner``) is not in the
        workbook: its field is none of the project's, so there is nothing to write formulas on.
        """
        for house in self.computable:
            for variant in variants:
                result = house.result.variants.get(variant)
                if result is not None and not result.as_joiner:
                    yield house, variant, result

    # ------------------------------------------------------------------ cells

    def row(self, sheet: str, house_id: str, variant: str | None = None) -> int | None:
        """The row of a household (× variant) on a sheet; None when it has none there."""
        return self.rows[sheet].get(
            (house_id, None if sheet in ("Woningen", "Warmtevraag") else variant)
        )

    def ref(self, sheet: str, key: str, house_id: str, variant: str | None = None) -> str:
        """Absolute reference to a household's (× variant's) cell in column ``key`` of a sheet."""
        return f"{sheet}!${self.tables[sheet].letter[key]}${self.row(sheet, house_id, variant)}"

    def column_range(self, sheet: str, key: str, first: int, last: int) -> str:
        """Absolute reference to rows ``first``-``last`` of column ``key`` on a sheet."""
        letter = self.tables[sheet].letter[key]
        return f"{sheet}!${letter}${first}:${letter}${last}"

    def long_range(self, sheet: str, key: str) -> str:
        """A whole column of the household × variant tables (Investeringen, Jaarlasten)."""
        return self.column_range(sheet, key, FIRST_ROW, max(self.variant_last_row, FIRST_ROW))

    def field_ref(self, key: str, field_id: str) -> str:
        """Absolute reference to a borefield's cell on Bron."""
        return f"Bron!${self.tables['Bron'].letter[key]}${self.field_rows[field_id]}"

    def share_ref(self, key: str, house_id: str, variant: str) -> str:
        """Absolute reference to a home's share of its borefield on Bron."""
        return f"Bron!${self.tables['Bron:aandeel'].letter[key]}${self.share_rows[(house_id, variant)]}"

    def field_name(self, field) -> str:
        """A borefield's name as the workbook shows it (anonymised when asked)."""
        if field.variant == Variant.GROUND_HP:
            return f"Eigen bodemlus {self.labels.get(field.households[0], '')}"
        return (
            f"Gedeelde bodemlus {self.cluster_names.get(field.cluster_id, field.cluster_id or '')}"
        )
