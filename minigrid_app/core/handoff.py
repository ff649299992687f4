"""The engineer's hand-off, both ways: the loads of every shared field out, the final design back in.

Out: per shared field the monthly heat extraction and injection, the design peaks, the
geometry Minigrid found and the ground data it assumed, in the shape GHEtool's Python API
and EED take them (monthly energies in kWh, peaks in kW, metres, W/mK). The files are
written by :mod:`minigrid_app.io.handoff_files` and described in ``docs/handoff.md``;
``docs/handoff_ghetool.py`` loads them into GHEtool and sizes the field.

In: an engineer's final design (boreholes, depth, spacing per field) and/or the result of a
thermal response test (ground conductivity, undisturbed temperature, borehole resistance),
read from a plain dict (:func:`design_from_dict`) and checked; the engine then computes the
business case with it (:mod:`minigrid_app.core.engineer_design`), marked "ontwerp van de
ingenieur".

No files here: dicts and rows in, dicts and rows out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from minigrid_app.core.file_words import field_words
from minigrid_app.core.formatting import exact, join_names
from minigrid_app.core.method import DAYS_PER_MONTH
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Problem, ProblemError, in_language
from minigrid_app.core.reading import read_number, short
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.safe_text import clean_text
from minigrid_app.core.tender_model import EngineerDesign, FieldDesign

if TYPE_CHECKING:
    from minigrid_app.core import borefield

HANDOFF_FORMAT = "minigrid-handoff"
DESIGN_FORMAT = "minigrid-design"
HANDOFF_VERSION = 1
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Columns of the monthly CSV, in order.
CSV_COLUMNS = (
    "month",
    "days",
    "extraction_kwh",
    "injection_kwh",
    "extraction_mean_kw",
    "injection_mean_kw",
    "peak_extraction_kw",
    "peak_injection_kw",
)


@dataclass(frozen=True)
class FieldLoadsExport:
    """What an engineer needs of one shared field.

    Attributes
    ----------
    field_id, cluster_id, cluster_name : str
    households : tuple[tuple[str, str], ...]
        (id, label) of the homes on the field, street order.
    extra_homes : int
        Later joiners the loads include (copies of the average home).
    monthly_extraction_kwh, monthly_injection_kwh : tuple[float, ...]
        Heat taken from / put into the ground per calendar month, Jan..Dec [kWh].
    peak_extraction_kw, peak_injection_kw : float
        Design peaks, simultaneity included [kW].
    peak_duration_h : float
        Duration of the peaks [h].
    simultaneity : float
        s(N) used for the peak [-].
    boreholes : int
    depth_m, spacing_m : float
        Minigrid's (or the engineer's) geometry [m].
    layout : str
        ``line`` or ``rectangle``.
    positions_m : tuple[tuple[float, float], ...]
        Borehole positions [m].
    borehole_radius_m, buried_depth_m : float
    conductivity_w_mk, volumetric_heat_capacity_j_m3k, undisturbed_temp_c, borehole_resistance_mk_w : float
        Ground and borehole data assumed [W/mK, J/m³K, °C, mK/W].
    min_fluid_temp_limit_c : float
        Lowest allowed mean fluid temperature, peak included [°C].
    max_fluid_temp_limit_c : float | None
        Highest allowed mean fluid temperature (passive cooling) [°C]; None when not used.
    simulation_years : int
    total_length_m, min_fluid_temp_c : float
        Minigrid's result: total borehole length [m] and the coldest fluid temperature [°C].
    designed_by_engineer : bool
        The geometry is the engineer's final design.
    """

    field_id: str
    cluster_id: str
    cluster_name: str
    households: tuple[tuple[str, str], ...]
    extra_homes: int
    monthly_extraction_kwh: tuple[float, ...]
    monthly_injection_kwh: tuple[float, ...]
    peak_extraction_kw: float
    peak_injection_kw: float
    peak_duration_h: float
    simultaneity: float
    boreholes: int
    depth_m: float
    spacing_m: float
    layout: str
    positions_m: tuple[tuple[float, float], ...]
    borehole_radius_m: float
    buried_depth_m: float
    conductivity_w_mk: float
    volumetric_heat_capacity_j_m3k: float
    undisturbed_temp_c: float
    borehole_resistance_mk_w: float
    min_fluid_temp_limit_c: float
    max_fluid_temp_limit_c: float | None
    simulation_years: int
    total_length_m: float
    min_fluid_temp_c: float
    designed_by_engineer: bool = False

    @property
    def annual_extraction_kwh(self) -> float:
        return float(sum(self.monthly_extraction_kwh))

    @property
    def annual_injection_kwh(self) -> float:
        return float(sum(self.monthly_injection_kwh))


def field_ground(params, layout: str, spacing_m: float | None = None) -> borefield.GroundParameters:
    """The ground figures of a field, with the engineer's spacing when given."""
    import dataclasses

    # the engine (numpy) loads when a field is exported, not with the steps' checks (issue 16)
    from minigrid_app.core import fields

    ground = fields.ground_parameters(params, layout)
    if spacing_m is not None:
        ground = dataclasses.replace(ground, spacing_m=float(spacing_m))
    return ground


def field_loads(sizing: borefield.FieldSizing, demands, ground: borefield.GroundParameters) -> borefield.FieldLoads:
    """The ground loads a sized field was sized for (its converged source temperatures)."""
    from minigrid_app.core import borefield, fields

    homes = [fields.home_heat(demand) for demand in demands]
    return borefield.field_loads(
        homes, ground, sizing.source_temp_by_month_c, sizing.design_source_temp_c, sizing.extra_homes
    )


def unbuildable_fields(results: ProjectResults) -> Problem | None:
    """The shared fields of ``results`` that cannot be built, as one problem (None when every one can).

    A field no depth or count of boreholes keeps within the fluid's limits (a minimum above the
    ground's temperature, a strip too small, too many homes) has no boreholes to describe: a
    tender or a hand-off of it cannot be made. The problem is the engine's own message per
    field (which field, why, what helps).
    """
    nl, en = [], []
    for cluster in results.clusters:
        field_result = results.field(cluster.field_id)
        if field_result is None or field_result.sizing.feasible:
            continue
        said = next(iter(field_result.sizing.warnings), None)
        nl.append(str(said) if said else f"het gedeelde bodemveld van {cluster.name} past binnen geen enkele grens")
        en.append(getattr(said, "en", str(said)) if said else f"the shared field of {cluster.name} fits no limit")
    if not nl:
        return None
    return Problem(" ".join(nl), " ".join(en))


def field_exports(project: Project, results: ProjectResults) -> list[FieldLoadsExport]:
    """One export per shared field of the results, street order."""
    from minigrid_app.core import borefield

    params = results.parameters
    exports = []
    for cluster in results.clusters:
        field_result = results.field(cluster.field_id)
        if field_result is None:
            continue
        sizing = field_result.sizing
        design = project.tender.design.for_members(cluster.households)
        spacing = design.spacing_m if design is not None and design.spacing_m else (sizing.spacing_m or None)
        ground = field_ground(params, sizing.layout, spacing)
        demands = [results.household(h).demand for h in cluster.households]
        loads = field_loads(sizing, demands, ground)
        labels = tuple((h, results.household(h).label) for h in cluster.households)
        max_limit = params["max_fluid_temp_c"] if "max_fluid_temp_c" in params.definitions else None
        exports.append(
            FieldLoadsExport(
                field_id=field_result.id,
                cluster_id=cluster.id,
                cluster_name=cluster.name,
                households=labels,
                extra_homes=sizing.extra_homes,
                monthly_extraction_kwh=tuple(float(v) for v in loads.monthly_kwh),
                monthly_injection_kwh=tuple(float(v) for v in loads.injection_kwh),
                peak_extraction_kw=float(loads.peak_kw),
                peak_injection_kw=float(loads.peak_injection_kw),
                peak_duration_h=ground.peak_duration_h,
                simultaneity=loads.simultaneity,
                boreholes=sizing.boreholes,
                depth_m=sizing.depth_m,
                spacing_m=ground.spacing_m,
                layout=sizing.layout,
                positions_m=tuple(sizing.positions)
                or tuple(borefield.borehole_positions(sizing.boreholes, ground.spacing_m, sizing.layout)),
                borehole_radius_m=ground.borehole_radius_m,
                buried_depth_m=ground.buried_depth_m,
                conductivity_w_mk=ground.conductivity_w_mk,
                volumetric_heat_capacity_j_m3k=ground.volumetric_heat_capacity_j_m3k,
                undisturbed_temp_c=ground.undisturbed_temp_c,
                borehole_resistance_mk_w=ground.borehole_resistance_mk_w,
                min_fluid_temp_limit_c=ground.min_fluid_temp_c,
                max_fluid_temp_limit_c=max_limit,
                simulation_years=int(ground.simulation_years),
                total_length_m=sizing.total_length_m,
                min_fluid_temp_c=sizing.min_fluid_temp_c,
                designed_by_engineer=design is not None,
            )
        )
    return exports


def export_to_dict(export: FieldLoadsExport, project_name: str = "", language: str = "nl") -> dict:
    """The JSON document of one field (docs/handoff.md describes every key); a home without a name is
    'Woning 3', in an English hand-off 'Home 3'."""
    return {
        "format": HANDOFF_FORMAT,
        "version": HANDOFF_VERSION,
        "project": project_name,
        "field_id": export.field_id,
        "cluster": export.cluster_name,
        "homes": [{"id": hid, "label": in_language(label, language)} for hid, label in export.households],
        "extra_homes": export.extra_homes,
        "loads": {
            "unit_energy": "kWh",
            "unit_power": "kW",
            "monthly_extraction_kwh": list(export.monthly_extraction_kwh),
            "monthly_injection_kwh": list(export.monthly_injection_kwh),
            "peak_extraction_kw": export.peak_extraction_kw,
            "peak_injection_kw": export.peak_injection_kw,
            "peak_duration_h": export.peak_duration_h,
            "simultaneity": export.simultaneity,
            "annual_extraction_kwh": export.annual_extraction_kwh,
            "annual_injection_kwh": export.annual_injection_kwh,
        },
        "geometry": {
            "boreholes": export.boreholes,
            "depth_m": export.depth_m,
            "spacing_m": export.spacing_m,
            "layout": export.layout,
            "positions_m": [list(p) for p in export.positions_m],
            "borehole_radius_m": export.borehole_radius_m,
            "buried_depth_m": export.buried_depth_m,
        },
        "ground": {
            "conductivity_w_mk": export.conductivity_w_mk,
            "volumetric_heat_capacity_j_m3k": export.volumetric_heat_capacity_j_m3k,
            "undisturbed_temp_c": export.undisturbed_temp_c,
            "borehole_resistance_mk_w": export.borehole_resistance_mk_w,
            "note": "assumed, not measured: a thermal response test or local data must confirm them",
        },
        "limits": {
            "min_mean_fluid_temp_c": export.min_fluid_temp_limit_c,
            "max_mean_fluid_temp_c": export.max_fluid_temp_limit_c,
            "simulation_years": export.simulation_years,
        },
        "minigrid_result": {
            "total_length_m": export.total_length_m,
            "min_mean_fluid_temp_c": export.min_fluid_temp_c,
            "designed_by_engineer": export.designed_by_engineer,
            "method": "g-function (pygfunction, uniform borehole wall temperature) with monthly superposition; "
            "peak applied every month",
        },
    }


def csv_rows(export: FieldLoadsExport) -> list[list[object]]:
    """The monthly CSV of one field: a header row and twelve month rows (plain numbers, '.' decimals)."""
    rows: list[list[object]] = [list(CSV_COLUMNS)]
    for index, month in enumerate(MONTHS):
        hours = DAYS_PER_MONTH[index] * 24.0
        extraction = export.monthly_extraction_kwh[index]
        injection = export.monthly_injection_kwh[index]
        rows.append(
            [
                month,
                DAYS_PER_MONTH[index],
                round(extraction, 3),
                round(injection, 3),
                round(extraction / hours, 5),
                round(injection / hours, 5),
                round(export.peak_extraction_kw, 4),
                round(export.peak_injection_kw, 4),
            ]
        )
    return rows


# ---------------------------------------------------------------- the design coming back


class DesignError(ProblemError):
    """The engineer's file cannot be used; ``problem`` says why in Dutch and English."""


def _at(words: tuple[str, str], name: str) -> tuple[str, str]:
    """A value of the design named for the residents and, for the engineer who wrote the file, by its
    key: 'Warmtegeleiding van de bodem (W/m·K), in het bestand ‘ground.conductivity_w_mk’'."""
    nl, en = words
    return f"{nl[:1].upper()}{nl[1:]}, in het bestand ‘{name}’", f"{en[:1].upper()}{en[1:]}, in the file ‘{name}’"


def _number(value, name: str, low: float, high: float, words: tuple[str, str], *, integer: bool = False) -> float | None:
    """A design value: a JSON number, or text an engineer typed ("125", "125,5 m", "2,05"); None when empty.

    Text is read by :func:`minigrid_app.core.reading.read_number` (the reader of every entry
    path); an estimate or an ambiguous number is refused, a design is exact. ``words`` name the
    value in messages (:func:`_at`).
    """
    if value is None or value == "":
        return None
    at_nl, at_en = _at(words, name)
    if isinstance(value, str):
        reading = read_number(value, plausible=(low, high))
        if reading.value is None or reading.status != "ok":
            reason_nl, reason_en = (reading.nl, reading.en) if reading.nl else ("geen getal", "not a number")
            raise DesignError(Problem(f"{at_nl}: {reason_nl}.", f"{at_en}: {reason_en}."))
        value = reading.value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DesignError(Problem(f"{at_nl}: geen getal ({short(repr(value))}).", f"{at_en}: not a number ({short(repr(value))})."))
    if isinstance(value, int) and abs(value) > 10**15:  # a float of it would overflow or lose digits
        value = math.inf if value > 0 else -math.inf
    if not math.isfinite(value):
        if math.isnan(value):
            raise DesignError(Problem(f"{at_nl}: geen getal ({value!r}).", f"{at_en}: not a number ({value!r})."))
    elif integer and float(value) != int(value):
        raise DesignError(Problem(f"{at_nl}: moet een heel getal zijn ({exact(value, 'nl')}).",
                                  f"{at_en}: must be a whole number ({exact(value, 'en')})."))
    if not low <= value <= high:  # figures in the language's notation: '0,35 ligt buiten 0,5 tot 6'
        shown = short(exact(value, "nl")) if math.isfinite(value) else "een onmogelijk groot getal"
        shown_en = short(exact(value, "en")) if math.isfinite(value) else "an impossibly large number"
        raise DesignError(
            Problem(
                f"{at_nl}: {shown} ligt buiten {exact(low, 'nl')} tot {exact(high, 'nl')}; controleer de eenheid.",
                f"{at_en}: {shown_en} is outside {exact(low, 'en')} to {exact(high, 'en')}; check the unit.",
            )
        )
    return int(value) if integer else float(value)


def _text(data: dict, key: str, limit: int, problems: list[Problem], *, multiline: bool = False) -> str:
    """A text of the design (engineer, date, note), made safe to keep; what was changed is said."""
    value = data.get(key)
    if value is None:
        return ""
    at_nl, at_en = _at(field_words(EngineerDesign, key), key)
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        problems.append(Problem(f"{at_nl}: geen tekst; weggelaten.", f"{at_en}: not text; left out.", severity="warning"))
        return ""
    text, changes = clean_text(str(value).strip(), limit, multiline=multiline)
    if changes.any:
        problems.append(Problem(
            f"{at_nl}: bevatte onzichtbare of onleesbare tekens of was langer dan {limit} tekens; dat is weggehaald.",
            f"{at_en}: held invisible or unreadable characters or was longer than {limit} characters; that was removed.",
            severity="warning",
        ))
    return text


def _field_key(raw: dict) -> tuple[str | None, list[str]]:
    """A field's ``field_id`` and its homes' ids as the engineer wrote them (anything else ignored)."""
    field_id = raw.get("field_id")
    homes = raw.get("homes")
    members = [h.get("id") if isinstance(h, dict) else h for h in homes] if isinstance(homes, list) else []
    return (field_id if isinstance(field_id, str) else None), [m for m in members if isinstance(m, str)]


def _unmatched(name: str, project: Project, homes: list[str], same_id) -> Problem:
    """Why a field of a design is not used: it names no cluster of the tender, or it was designed for homes that
    no cluster of the tender has now (a tender cluster of before, say)."""
    if not homes:
        return Problem(f"Veld {name} hoort bij geen cluster van de uitvraag; overgeslagen.",
                       f"Field {name} matches no cluster of the tender; skipped.", severity="warning")
    from minigrid_app.core.home_labels import home_name

    labels = {h.id: home_name(h, row) for row, h in enumerate(project.households, 1)}

    def listed(ids, language: str) -> str:
        return join_names([labels[home] for home in project_order if home in ids], language)

    project_order = [h.id for h in project.households]
    now_nl = now_en = ""
    if same_id is not None:
        now_nl = f" ({same_id.name} is nu {listed(same_id.households, 'nl')})"
        now_en = f" ({same_id.name} is now {listed(same_id.households, 'en')})"
    return Problem(
        f"Veld {name} is ontworpen voor {listed(homes, 'nl')}; geen cluster van de uitvraag heeft precies deze "
        f"woningen{now_nl}, dus dit ontwerp telt niet en Minigrid berekent dat veld zelf. Vraag de ingenieur een "
        "nieuw ontwerp voor de uitvraag zoals die nu is.",
        f"Field {name} was designed for {listed(homes, 'en')}; no cluster of the tender has exactly these "
        f"homes{now_en}, so this design does not count and Minigrid sizes that field itself. Ask the engineer for a "
        "new design for the tender as it is now.",
        severity="warning",
    )


def design_from_dict(data: object, project: Project, results: ProjectResults | None = None) -> tuple[EngineerDesign, list[Problem]]:
    """Read an engineer's design (the ``minigrid-design`` JSON, docs/handoff.md) for a project.

    A field is matched by its homes' ids, as a quote's cluster lines are (the cluster with exactly those homes,
    whatever its id now); by ``field_id`` when it names no home of the project. Each must be a shared field of
    the tendered project. Returns the design and warnings (fields that match no field).

    Raises
    ------
    DesignError
        When the document is not a design, or a value is not a number or out of range.
    """
    if not isinstance(data, dict) or data.get("format") not in (DESIGN_FORMAT, HANDOFF_FORMAT):
        raise DesignError(
            Problem(
                "Dit is geen ontwerpbestand van Minigrid (verwacht \"format\": \"minigrid-design\").",
                "This is not a Minigrid design file (expected \"format\": \"minigrid-design\").",
            )
        )
    from minigrid_app.core.reading_dates import (
        read_date,
        serial_date,
        serial_note,
        signed_date_note,
    )

    problems: list[Problem] = []
    if data.get("format") == DESIGN_FORMAT:
        _unknown_keys(data, "", problems)
        for part in ("ground",):
            if isinstance(data.get(part), dict):
                _unknown_keys(data[part], part, problems)
    design = EngineerDesign(
        engineer=_text(data, "engineer", 120, problems),
        date=_text(data, "date", 40, problems),
        note=_text(data, "note", 2000, problems, multiline=True),
    )
    if (day := serial_date(data.get("date"))) is not None:  # a date pasted as a number (45992)
        at_nl, at_en = _at(field_words(EngineerDesign, "date"), "date")
        said = serial_note(day, data.get("date"))
        problems.append(Problem(f"{at_nl}: {said.nl}. Controleer het.", f"{at_en}: {said.en}. Check it.", severity="warning"))
        design.date = day.isoformat()
    elif (day := read_date(design.date)) is not None:  # '1-12-26', '20261201': kept as every date is (ISO)
        design.date = day.isoformat()
    elif design.date:  # 'gisteren', '31-02-2026': no date; the text kept with the note, as a project file's
        _no_date(design, problems)
    if (note := signed_date_note(design.date or None)) is not None:  # a design dated 2099: a mistyped year
        at_nl, at_en = _at(field_words(EngineerDesign, "date"), "date")
        problems.append(Problem(f"{at_nl}: {note.nl.removeprefix('Let op: ')} Vraag het de ingenieur.",
                                f"{at_en}: {note.en.removeprefix('Note: ')} Ask the engineer.", severity="warning"))
    ground = data.get("ground") or {}
    if not isinstance(ground, dict):
        raise DesignError(Problem("'ground' moet een object zijn.", "'ground' must be an object."))
    for attribute, key, low, high in (("conductivity_w_mk", "conductivity_w_mk", 0.5, 6.0), ("ground_temp_c", "undisturbed_temp_c", 5.0, 20.0),
                                      ("borehole_resistance_mk_w", "borehole_resistance_mk_w", 0.02, 0.5)):
        words = field_words(EngineerDesign, attribute)
        setattr(design, attribute, _number(ground.get(key), f"ground.{key}", low, high, words))
    project_homes = {household.id for household in project.households}
    known = {c.field_id: c for c in results.clusters} if results is not None else {}
    by_members = {frozenset(c.households): c for c in results.clusters} if results is not None else {}
    raw_fields = data.get("fields", [])
    if data.get("format") == HANDOFF_FORMAT:  # a hand-off file edited and sent back as one field
        geometry = data.get("geometry")
        if not isinstance(geometry, dict):
            raise DesignError(Problem("'geometry' moet een object zijn.", "'geometry' must be an object."))
        raw_fields = [{"field_id": data.get("field_id"), "homes": data.get("homes"), **geometry}]
    if not isinstance(raw_fields, list):
        raise DesignError(Problem("'fields' moet een lijst zijn.", "'fields' must be a list."))
    max_depth = 1000.0
    for index, raw in enumerate(raw_fields, start=1):
        if not isinstance(raw, dict):
            raise DesignError(Problem(f"Veld {index} is onleesbaar.", f"Field {index} is unreadable."))
        field_id, member_ids = _field_key(raw)
        name = short(field_id) if field_id else str(index)
        if data.get("format") == DESIGN_FORMAT:
            _unknown_keys(raw, "fields", problems, name)
        # matched on the homes it was designed for, as a quote's cluster lines are (method.md#tender-old-quotes):
        # a design for a tender's 'shared-C1' of Lindehof 1, 3 and 7 was put on today's 'shared-C1' of 1 and 3
        homes_here = [home for home in member_ids if home in project_homes]
        cluster = by_members.get(frozenset(homes_here)) if homes_here else known.get(field_id)
        if results is not None and cluster is None:
            problems.append(_unmatched(name, project, homes_here, known.get(field_id)))
            continue
        strangers = [home for home in member_ids if cluster is not None and home not in cluster.households]
        if strangers:  # ids that are no home of this project: the field is the cluster's, the others said
            listed = ", ".join(f"‘{short(str(home))}’" for home in strangers[:5])
            problems.append(Problem(
                f"Veld {name}: het ontwerp noemt woningen die niet in {cluster.name} zitten ({listed}); het veld is "
                "voor de woningen van het cluster gebruikt. Vraag de ingenieur voor welke woningen het ontwerp is.",
                f"Field {name}: the design names homes that are not in {cluster.name} ({listed}); the field was used "
                "for the cluster's homes. Ask the engineer which homes the design is for.",
                severity="warning",
            ))
        if field_id and cluster is not None and field_id not in known:  # matched on its homes: said, with the field
            problems.append(Problem(
                f"Veld {name} is geen veld van deze uitvraag; op zijn woningen toegekend aan {cluster.name} "
                f"({cluster.field_id}). Controleer het.",
                f"Field {name} is no field of this tender; by its homes given to {cluster.name} ({cluster.field_id}). "
                "Check it.",
                severity="warning",
            ))
        elif field_id and cluster is not None and field_id != cluster.field_id:  # another cluster's id now
            problems.append(Problem(
                f"Veld {name} is ontworpen voor de woningen van {cluster.name} ({cluster.field_id}); daar toegekend. "
                "Controleer het.",
                f"Field {name} was designed for the homes of {cluster.name} ({cluster.field_id}); given to it. "
                "Check it.",
                severity="warning",
            ))

        def words(attribute: str, name: str = name) -> tuple[str, str]:  # 'veld 2, diepte (m)', of this field
            nl, en = field_words(FieldDesign, attribute)
            return f"veld {name}, {nl}", f"field {name}, {en}"

        boreholes = _number(raw.get("boreholes"), f"fields[{index}].boreholes", 1, 200, words("boreholes"), integer=True)
        depth = _number(raw.get("depth_m"), f"fields[{index}].depth_m", 10.0, max_depth, words("depth_m"))
        spacing = _number(raw.get("spacing_m"), f"fields[{index}].spacing_m", 2.0, 50.0, words("spacing_m"))
        if boreholes is None and depth is None and spacing is None:
            problems.append(
                Problem(
                    f"Veld {name}: geen aantal, diepte of afstand; overgeslagen.",
                    f"Field {name}: no count, depth or spacing; skipped.",
                    severity="warning",
                )
            )
            continue
        matched = cluster.field_id if cluster is not None else (field_id or "")
        earlier = next((f for f in design.fields if matched and f.field_id == matched), None)
        if earlier is not None:  # the same field twice: the last one holds, and that is said
            design.fields.remove(earlier)
            problems.append(
                Problem(
                    f"Veld {short(matched)} staat meer dan eens in het ontwerp; het laatste telt. Vraag de ingenieur "
                    "welk ontwerp geldt.",
                    f"Field {short(matched)} appears more than once in the design; the last one holds. Ask the "
                    "engineer which design applies.",
                    severity="warning",
                )
            )
        design.fields.append(
            FieldDesign(
                field_id=matched,
                households=list(cluster.households) if cluster is not None else list(member_ids),
                boreholes=boreholes,
                depth_m=depth,
                spacing_m=spacing,
            )
        )
    if design.is_empty:  # why each field was not used, when it was said (a design for other homes)
        why = [problem for problem in problems if problem.nl.startswith("Veld ")]
        raise DesignError(
            Problem(
                " ".join(["Het ontwerpbestand bevat geen veld en geen grondgegevens die Minigrid kan gebruiken.",
                          *(problem.nl for problem in why)]),
                " ".join(["The design file holds no field and no ground data Minigrid can use.",
                          *(problem.en for problem in why)]),
            )
        )
    return design, problems


#: the keys of a ``minigrid-design`` file (docs/handoff.md): at the top, in ``ground``, in each of ``fields``
_DESIGN_KEYS = {
    "": ("format", "version", "engineer", "date", "note", "ground", "fields"),
    "ground": ("conductivity_w_mk", "undisturbed_temp_c", "borehole_resistance_mk_w"),
    "fields": ("field_id", "homes", "boreholes", "depth_m", "spacing_m"),
}


def _unknown_keys(raw: dict, part: str, problems: list[Problem], where: str = "") -> None:
    """Say every key of ``raw`` the design does not read, with the key that was likely meant: an engineer's
    measured conductivity written as 'conductivity' (not 'conductivity_w_mk') was left out without a word, and
    the default used."""
    import difflib

    known = _DESIGN_KEYS[part]
    for key in raw:
        if key in known:
            continue
        shown = short(str(key))
        place_nl = f" in ‘{part}’" if part else ""
        place_en = place_nl
        if where:
            place_nl, place_en = f" bij veld {where}", f" of field {where}"
        meant = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
        hint_nl, hint_en = (f" Bedoeld: ‘{meant[0]}’?", f" Meant: ‘{meant[0]}’?") if meant else ("", "")
        problems.append(Problem(
            f"Ontwerp: ‘{shown}’{place_nl} kent Minigrid niet; genegeerd.{hint_nl} Vraag de ingenieur het te schrijven "
            "zoals in het sjabloon.",
            f"Design: ‘{shown}’{place_en} is not known to Minigrid; ignored.{hint_en} Ask the engineer to write it as "
            "in the template.",
            severity="warning",
        ))


def _no_date(design: EngineerDesign, problems: list[Problem]) -> None:
    """The design's date is text that is no date: left empty, the text kept with the note, and said."""
    from minigrid_app.core.reading_dates import stored_date

    _iso, why = stored_date(design.date)
    at_nl, at_en = _at(field_words(EngineerDesign, "date"), "date")
    problems.append(Problem(
        f"{at_nl}: {why.nl}; leeg gelaten en bij de opmerking gezet. Vraag de ingenieur de datum.",
        f"{at_en}: {why.en}; left empty and put with the note. Ask the engineer for the date.", severity="warning"))
    design.note = f"{design.note}; Datum: {design.date}" if design.note else f"Datum: {design.date}"
    design.date = ""


def design_to_dict(design: EngineerDesign) -> dict:
    """The ``minigrid-design`` document of a design (the template an engineer fills in)."""
    return {
        "format": DESIGN_FORMAT,
        "version": HANDOFF_VERSION,
        "engineer": design.engineer,
        "date": design.date,
        "note": design.note,
        "ground": {
            "conductivity_w_mk": design.conductivity_w_mk,
            "undisturbed_temp_c": design.ground_temp_c,
            "borehole_resistance_mk_w": design.borehole_resistance_mk_w,
        },
        "fields": [
            {
                "field_id": f.field_id,
                "homes": list(f.households),
                "boreholes": f.boreholes,
                "depth_m": f.depth_m,
                "spacing_m": f.spacing_m,
            }
            for f in design.fields
        ],
    }
