"""Load a Minigrid hand-off file into GHEtool and size the field (see docs/handoff.md).

    python docs/handoff_ghetool.py shared-C1.json [--csv shared-C1-maanden.csv] [--method L2|L3]

Reads the field's JSON (and, when given, checks its monthly CSV against it), builds a GHEtool
borefield with Minigrid's borehole positions, ground data and limits, sizes the borehole
depth for the same number of boreholes, and prints GHEtool's depth next to Minigrid's.

Needs GHEtool (``pip install GHEtool``, tested with 2.4.1); Minigrid itself does not: this
script imports nothing of Minigrid, so an engineer can run it with only the two files.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys


def load_handoff(json_path: str, csv_path: str | None = None) -> dict:
    """The hand-off document; with ``csv_path`` the monthly CSV must say the same (±0.01 kWh)."""
    with open(json_path, encoding="utf-8") as handle:
        data = json.load(handle)
    if data.get("format") != "minigrid-handoff":
        raise SystemExit(f"{json_path} is not a Minigrid hand-off file")
    if csv_path:
        with open(csv_path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for key in ("extraction_kwh", "injection_kwh"):
            from_csv = [float(row[key]) for row in rows]
            from_json = data["loads"][f"monthly_{key}"]
            if len(from_csv) != 12 or any(abs(a - b) > 0.01 for a, b in zip(from_csv, from_json, strict=True)):
                raise SystemExit(f"{csv_path}: {key} differs from {json_path}")
    return data


def ghetool_borefield(data: dict):
    """A GHEtool Borefield with the hand-off's loads, ground, boreholes and limits."""
    import pygfunction as gt
    from GHEtool import Borefield, GroundConstantTemperature, MonthlyGeothermalLoadAbsolute

    loads, geometry, ground, limits = data["loads"], data["geometry"], data["ground"], data["limits"]
    load = MonthlyGeothermalLoadAbsolute(
        baseload_extraction=loads["monthly_extraction_kwh"],
        baseload_injection=loads["monthly_injection_kwh"],
        peak_extraction=[loads["peak_extraction_kw"]] * 12,  # Minigrid applies the design peak every month
        peak_injection=[loads["peak_injection_kw"]] * 12,
        simulation_period=int(limits["simulation_years"]),
    )
    load.peak_duration = loads["peak_duration_h"]
    load.all_months_equal = False  # Minigrid's monthly power is the month's energy over its real hours
    field = Borefield()
    field.ground_data = GroundConstantTemperature(
        ground["conductivity_w_mk"], ground["undisturbed_temp_c"], ground["volumetric_heat_capacity_j_m3k"]
    )
    field.Rb = ground["borehole_resistance_mk_w"]
    field.set_min_fluid_temperature(limits["min_mean_fluid_temp_c"])
    if limits.get("max_mean_fluid_temp_c") is not None:
        field.set_max_fluid_temperature(limits["max_mean_fluid_temp_c"])
    else:
        field.set_max_fluid_temperature(ground["undisturbed_temp_c"] + 20.0)  # heating only: not the limit
    field.load = load
    boreholes = [
        gt.boreholes.Borehole(geometry["depth_m"], geometry["buried_depth_m"], geometry["borehole_radius_m"], x, y)
        for x, y in geometry["positions_m"]
    ]
    field.set_borefield(gt.borefield.Borefield.from_boreholes(boreholes) if hasattr(gt, "borefield") else boreholes)
    return field


def size(data: dict, method: str = "L3") -> float:
    """GHEtool's borehole depth [m] for the hand-off's number of boreholes."""
    field = ghetool_borefield(data)
    start = data["geometry"]["depth_m"]
    if method == "L2":
        return float(field.size(start, L2_sizing=True))
    return float(field.size(start, L3_sizing=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", help="the field's hand-off JSON (shared-C1.json)")
    parser.add_argument("--csv", help="the field's monthly CSV, checked against the JSON")
    parser.add_argument("--method", choices=("L2", "L3"), default="L3", help="GHEtool sizing method (default L3)")
    args = parser.parse_args(argv)
    data = load_handoff(args.json, args.csv)
    depth = size(data, args.method)
    minigrid = data["geometry"]["depth_m"]
    count = data["geometry"]["boreholes"]
    difference = (depth - minigrid) / minigrid
    print(f"{data['cluster']} ({data['field_id']}): {count} borehole(s)")
    print(f"  Minigrid        : {minigrid:7.1f} m each, {count * minigrid:7.1f} m in total")
    print(f"  GHEtool {args.method:<7} : {depth:7.1f} m each, {count * depth:7.1f} m in total")
    print(f"  difference      : {difference:+.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
