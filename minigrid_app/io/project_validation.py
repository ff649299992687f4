"""Turn the raw JSON of a project file into a :class:`Project`, validating everything let through.

One loader, one rule: whatever reaches the engine, the window and the writers is of the
right type, within bounds any later step can compute with, and text that every writer can
store. What had to be changed is reported (Dutch and English); when data was dropped or
moved the result is marked ``repaired`` and the program asks before it saves over the
original (docs/project-format.md, "Loading").

- numbers: finite, and at most :data:`~minigrid_app.io.project_fields.NUMBER_LIMIT` in size (a 400-digit gas use must not
  reach ``float()``); larger ones are left empty with a message. Values of the right type
  but out of range (a negative gas use) are kept: validation reports them, nothing the
  user typed is lost.
- text: lone surrogates replaced, control and bidi characters removed, at most
  :data:`~minigrid_app.io.project_fields.TEXT_LIMITS` characters per field (:mod:`minigrid_app.core.safe_text`).
- containers of the wrong type (conditions as an object, overrides as a list of pairs,
  steps as a list) are converted where their meaning is clear, otherwise dropped, and
  reported either way.
- ids: households, conditions and manual clusters get unique internal ids; an id that
  is missing, repeated or not of the form ``[A-Za-z0-9][A-Za-z0-9_.:-]*`` is replaced.
"""

from __future__ import annotations

import dataclasses
import math

from minigrid_app.core.file_words import STEP_WORDS
from minigrid_app.core.formatting import count, euro, exact
from minigrid_app.core.model import (
    ALLOCATION_KEYS,
    CONDITION_KINDS,
    FINANCING_CHOICES,
    HOUSE_TYPES,
    LAYOUTS,
    MARKET_BILLING,
    MAX_LOAN_EUR,
    ORGANISATION_CHOICES,
    PARTICIPATION_LABELS_EN,
    PARTICIPATION_LABELS_NL,
    PARTICIPATION_STATES,
    STEP_STATES,
    STEPS,
    Agreement,
    ClusterSettings,
    Condition,
    Evening,
    Household,
    Intake,
    ManualCluster,
    PlannedJoiner,
    Project,
)
from minigrid_app.core.parameter_reading import read_parameter
from minigrid_app.core.problems import Problem
from minigrid_app.core.reading import OK, read_house_type, read_participation
from minigrid_app.core.reading import short as quoted
from minigrid_app.core.safe_text import clean_text
from minigrid_app.io.project_fields import (
    NUMBER_LIMIT,
    Coercer,
    OutOfBounds,
    Report,
    from_dict,
    short,
    unique_id,
    valid_id,
)
from minigrid_app.io.projectfile_tender import tender_from_dict

MAX_HOUSEHOLDS = 500
MAX_CONDITIONS = 200
#: latest joining year of a planned joiner [years after the build]
MAX_JOINING_YEAR = 60


# ---------------------------------------------------------------- containers of the wrong type


def _as_list(raw, what_nl: str, what_en: str, report: Report, key_field: str | None = None) -> list:
    """A list from ``raw``: a list as it is, an object's values (its keys kept as ids), else empty."""
    if isinstance(raw, list):
        return raw
    if raw is None:
        return []
    if isinstance(raw, dict) and all(isinstance(v, dict) for v in raw.values()):
        items = []
        for key, value in raw.items():
            if key_field and key_field not in value:
                value = {key_field: key, **value}
            items.append(value)
        report.add(
            f"{what_nl} stonden niet als lijst in het bestand maar als object; omgezet naar een lijst "
            f"({count(len(items), 'stuk', 'stuks')}). Controleer ze.",
            f"{what_en} were stored as an object, not a list; converted to a list ({count(len(items), 'item', 'items')}). "
            "Check them.",
        )
        return items
    report.add(
        f"{what_nl} zijn onleesbaar ({short(raw)}) en weggelaten.",
        f"{what_en} are unreadable ({short(raw)}) and left out.",
    )
    return []


def _home_where(row: int, label) -> tuple[str, str]:
    """'Woning 3 (Vogelstraat 6)': the row of the intake table and the name the neighbours gave it
    ('Woning 3' alone read as house number 3); the row alone for a home without a name."""
    name = clean_text(label, 60)[0].strip() if isinstance(label, str) else ""
    return (f"Woning {row} ({name})", f"Home {row} ({name})") if name else (f"Woning {row}", f"Home {row}")


def _households(raw, report: Report) -> list[Household] | Problem:
    households_raw = _as_list(raw, "De woningen", "The households", report, key_field="id")
    if len(households_raw) > MAX_HOUSEHOLDS:
        return Problem(
            f"Het bestand bevat {len(households_raw)} woningen; Minigrid rekent met ten hoogste {MAX_HOUSEHOLDS}.",
            f"The file holds {len(households_raw)} households; Minigrid handles at most {MAX_HOUSEHOLDS}.",
        )
    households = []
    seen: set[str] = set()
    rows_of: dict[str, int] = {}
    for row, item in enumerate(households_raw, start=1):
        where_nl, where_en = _home_where(row, item.get("label") if isinstance(item, dict) else None)
        household = from_dict(Household, item, where_nl, where_en, report, row)
        written = household.id
        household.id, replaced = unique_id(household.id, "hh", seen)
        rows_of.setdefault(household.id, row)
        if replaced and isinstance(item, dict) and item.get("id") and written in rows_of:
            first = rows_of[written]  # what is kept under that code (agreements, a quote's lines) is the first home's
            report.add(
                f"{where_nl} had dezelfde code ‘{quoted(written)}’ als woning {first} en kreeg een nieuwe. Wat onder "
                f"die code bewaard is (de bindende overeenkomst, regels van een offerte), blijft bij woning {first}: "
                "controleer het voor deze woning.",
                f"{where_en} had the same code ‘{quoted(written)}’ as home {first} and was given a new one. What is kept "
                f"under that code (the binding agreement, lines of a quote) stays with home {first}: check it for this "
                "home.",
                "id", row, repaired=False,
            )  # fmt: skip
        elif replaced and isinstance(item, dict) and item.get("id"):
            report.add(f"{where_nl}: ongeldige code vervangen.", f"{where_en}: invalid id replaced.", "id", row, repaired=False)
        if household.participation not in PARTICIPATION_STATES:
            written = household.participation
            read = read_participation(written).value  # written by hand ('JA', 'getekend'): as a survey's answer
            household.participation = read if read in PARTICIPATION_STATES else "unknown"
            if read in PARTICIPATION_STATES:
                report.add(
                    f"{where_nl}: deelname ‘{quoted(written)}’ gelezen als "
                    f"‘{PARTICIPATION_LABELS_NL[read]}’.",
                    f"{where_en}: participation ‘{quoted(written)}’ read as ‘{PARTICIPATION_LABELS_EN[read]}’.",
                    "participation", row,
                )  # fmt: skip
            else:
                report.add(
                    f"{where_nl}: deelname {short(written)} onbekend, 'onbekend' gebruikt.",
                    f"{where_en}: participation {short(written)} unknown, 'unknown' used.",
                    "participation",
                    row,
                )
        _house_type(household, row, report)
        _financing(household, row, report)
        households.append(household)
    return households


def _house_type(household: Household, row: int, report: Report) -> None:
    """A house type written by hand ('rijtjeshuis') read as a survey's is, and said; one not known is 'anders'
    (said). An unknown type was kept as written and counted silently as none (its cooling factor)."""
    written = household.house_type
    if written in HOUSE_TYPES:
        return
    reading = read_house_type(written)
    household.house_type = reading.value if reading.value in HOUSE_TYPES else "anders"
    said_nl, said_en = (("gelezen als", "read as") if reading.value in HOUSE_TYPES else
                        ("onbekend; gebruikt:", "unknown; used:"))
    from minigrid_app.core.home_labels import house_type_label

    where_nl, where_en = _home_where(row, household.label)
    report.add(
        f"{where_nl}: woningtype ‘{quoted(written)}’ {said_nl} {household.house_type}.",
        f"{where_en}: house type ‘{quoted(written)}’ {said_en} {house_type_label(household.house_type, 'en')}.",
        "house_type", row,
    )  # fmt: skip


def _financing(household: Household, row: int, report: Report) -> None:
    """A home's financing choice within bounds (method.md#financing)."""
    where_nl, where_en = _home_where(row, household.label)
    if household.financing not in FINANCING_CHOICES:
        report.add(
            f"{where_nl}: financiering {short(household.financing)} onbekend; de standaard van het project gebruikt.",
            f"{where_en}: financing {short(household.financing)} unknown; the project's default used.",
            "financing",
            row,
        )
        household.financing = "default"
    amount = household.loan_amount_eur
    if amount is not None and not 0 <= amount <= MAX_LOAN_EUR:
        # as amounts are written in each language ('−€ 800', '€ 1.000.000'), not '-800.0' and '1000000'
        cents = 0 if float(amount).is_integer() else 2
        nl, en = euro(amount, cents, "nl"), euro(amount, cents, "en")
        report.add(
            f"{where_nl}: leenbedrag {nl} ligt niet tussen € 0 en {euro(MAX_LOAN_EUR, 0, 'nl')}; leeg gelaten.",
            f"{where_en}: loan amount {en} is not between € 0 and {euro(MAX_LOAN_EUR, 0, 'en')}; left empty.",
            "loan_amount_eur",
            row,
        )
        household.loan_amount_eur = None


def _conditions(raw, report: Report) -> list[Condition]:
    if isinstance(raw, str):  # one condition written as plain text
        raw = [{"kind": "custom", "text": raw}]
        report.add(
            "De voorwaarden stonden als losse tekst in het bestand; als één eigen voorwaarde bewaard.",
            "The conditions were stored as plain text; kept as one custom condition.",
        )
    items = _as_list(raw, "De voorwaarden", "The conditions", report, key_field="id")
    if len(items) > MAX_CONDITIONS:
        report.add(
            f"Het bestand bevat {len(items)} voorwaarden; de eerste {MAX_CONDITIONS} zijn bewaard.",
            f"The file holds {len(items)} conditions; the first {MAX_CONDITIONS} were kept.",
        )
        items = items[:MAX_CONDITIONS]
    conditions = []
    seen: set[str] = set()
    for index, item in enumerate(items, start=1):
        condition = from_dict(Condition, item, f"Voorwaarde {index}", f"Condition {index}", report)
        condition.id, _replaced = unique_id(condition.id, "c", seen)
        if condition.kind not in CONDITION_KINDS:
            report.add(
                f"Voorwaarde {index}: soort {short(condition.kind)} onbekend; als vrije tekst bewaard.",
                f"Condition {index}: kind {short(condition.kind)} unknown; kept as free text.",
            )
            condition.kind = "custom"
        conditions.append(condition)
    return conditions


#: Longest strip or street length taken from a file [m].
MAX_STRIP_M = 10_000.0


def _clusters(raw, households: list[Household], report: Report) -> ClusterSettings:
    settings = from_dict(ClusterSettings, raw, "Clusters", "Clusters", report, skip=("manual",))
    manual_raw = raw.get("manual", []) if isinstance(raw, dict) else []
    seen: set[str] = set()
    for index, item in enumerate(_as_list(manual_raw, "De handmatige clusters", "The manual clusters", report), start=1):
        if len(settings.manual) >= MAX_HOUSEHOLDS:
            break
        cluster = from_dict(ManualCluster, item, f"Cluster {index}", f"Cluster {index}", report)
        if cluster.id in seen or not valid_id(cluster.id):
            report.add(
                f"Handmatig cluster {short(cluster.name)}: ongeldige of dubbele sleutel; overgeslagen.",
                f"Manual cluster {short(cluster.name)}: invalid or duplicate id; skipped.",
            )
            continue
        seen.add(cluster.id)
        if not cluster.name.strip():
            cluster.name = f"Cluster {index}"
        settings.manual.append(cluster)
    for row, household in enumerate(households, start=1):
        if household.cluster is not None and household.cluster not in seen:
            where_nl, where_en = _home_where(row, household.label)
            report.add(
                f"{where_nl}: cluster {short(household.cluster)} bestaat niet; de woning wordt automatisch ingedeeld.",
                f"{where_en}: cluster {short(household.cluster)} does not exist; the home is grouped automatically.",
                "cluster",
                row,
            )
            household.cluster = None
    if settings.layout not in LAYOUTS:
        settings.layout = "line"
        report.add("Onbekende veldopstelling; 'op een rij' gebruikt.", "Unknown field layout; 'line' used.")
    if settings.allocation_key not in ALLOCATION_KEYS:
        settings.allocation_key = "extraction"
        report.add("Onbekende verdeelsleutel; 'naar onttrekking' gebruikt.", "Unknown allocation key; 'extraction' used.")
    if settings.size is not None and not 1 <= settings.size <= 50:
        settings.size = None
        report.add("Clustergrootte ongeldig; standaardwaarde gebruikt.", "Cluster size invalid; default used.")
    if not 0 <= settings.reserve_joiners <= 50:
        settings.reserve_joiners = 0
        report.add("Reserve voor latere deelnemers ongeldig; 0 gebruikt.", "Reserve for later joiners invalid; 0 used.")
    if settings.street_length_m is not None and not 0 < settings.street_length_m <= MAX_STRIP_M:
        settings.street_length_m = None
        report.add("Ruimte langs de straat ongeldig; de hele straat gebruikt.", "Room along the street invalid; the whole street used.")
    for name, what_nl, what_en in (("strip_lengths_m", "lengte", "length"), ("strip_widths_m", "breedte", "width")):
        strips = getattr(settings, name)
        bad = [key for key, value in strips.items() if not (valid_id(key) and 0 < value <= MAX_STRIP_M)]
        for key in bad:
            del strips[key]
        if bad:
            report.add(
                f"Strook voor een veld: ongeldige {what_nl} overgeslagen; de standaardstrook gebruikt.",
                f"Strip for a field: invalid {what_en} skipped; the default strip used.",
            )
    return settings


def _share(value: float | None, what_nl: str, what_en: str, report: Report) -> float | None:
    """A share of homes for the go/no-go rule: 0 < share ≤ 1, else no rule (reported)."""
    if value is None or 0 < value <= 1:
        return value
    report.add(  # '1,5' in Dutch, not Python's '1.5'
        f"Spelregel '{what_nl}': {exact(value, 'nl')} is geen aandeel tussen 0 en 1; de regel is leeg gelaten.",
        f"Go/no-go rule '{what_en}': {exact(value, 'en')} is not a share between 0 and 1; the rule was left empty.",
    )
    return None


def _agreement(raw, households: list[Household], report: Report) -> Agreement:
    """The go/no-go rule, the organisation model and the plan of later joiners (issue 17)."""
    if raw is None:
        return Agreement()
    agreement = from_dict(Agreement, raw, "Afspraken", "Agreement", report, skip=("joiners",))
    agreement.cluster_share = _share(agreement.cluster_share, "per cluster", "per cluster", report)
    agreement.street_share = _share(agreement.street_share, "straat", "street", report)
    if agreement.organisation not in ORGANISATION_CHOICES:
        report.add(
            f"Organisatievorm {short(agreement.organisation)} onbekend; zelfbeheer gebruikt.",
            f"Organisation model {short(agreement.organisation)} unknown; self-management used.",
        )
        agreement.organisation = "self_management"
    if agreement.market_billing not in MARKET_BILLING:
        report.add(
            f"Afrekening marktpartij {short(agreement.market_billing)} onbekend; per maand gebruikt.",
            f"Market partner billing {short(agreement.market_billing)} unknown; per month used.",
        )
        agreement.market_billing = "month"
    rows = {h.id: row for row, h in enumerate(households, start=1)}
    raw_joiners = raw.get("joiners", []) if isinstance(raw, dict) else []
    seen: set[str] = set()
    for index, item in enumerate(_as_list(raw_joiners, "Het plan van latere aansluiters", "The plan of later joiners", report), start=1):
        if len(agreement.joiners) >= MAX_HOUSEHOLDS:
            break
        joiner = from_dict(PlannedJoiner, item, f"Latere aansluiter {index}", f"Later joiner {index}", report)
        if joiner.household_id not in rows or joiner.household_id in seen:
            report.add(
                f"Latere aansluiter {index}: woning {short(joiner.household_id)} bestaat niet of staat er al; overgeslagen.",
                f"Later joiner {index}: home {short(joiner.household_id)} does not exist or is listed twice; skipped.",
            )
            continue
        if not 1 <= joiner.year <= MAX_JOINING_YEAR:
            report.add(
                f"Latere aansluiter {index}: jaar {exact(joiner.year, 'nl')} ligt niet tussen 1 en {MAX_JOINING_YEAR}; overgeslagen.",
                f"Later joiner {index}: year {exact(joiner.year, 'en')} is not between 1 and {MAX_JOINING_YEAR}; skipped.",
                "year",
                rows[joiner.household_id],
            )
            continue
        seen.add(joiner.household_id)
        agreement.joiners.append(joiner)
    return agreement


def _in_bounds(value) -> bool:
    if isinstance(value, list | tuple):
        return all(_in_bounds(v) for v in value)
    if isinstance(value, OutOfBounds):
        return False
    if isinstance(value, int | float) and not isinstance(value, bool):
        return math.isfinite(value) and abs(value) <= NUMBER_LIMIT
    return True


def _overrides(raw, report: Report) -> dict[str, object]:
    if raw is None:
        return {}
    if isinstance(raw, list) and all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str) for p in raw):
        raw = dict(raw)
        report.add(
            "De aangepaste aannames stonden als lijst in het bestand; omgezet. Controleer ze bij 'Uitgangspunten'.",
            "The changed parameters were stored as a list; converted. Check them under 'Assumptions'.",
        )
    if not isinstance(raw, dict):
        report.add(
            f"De aangepaste aannames zijn onleesbaar ({short(raw)}); de standaardwaarden worden gebruikt.",
            f"The changed parameters are unreadable ({short(raw)}); the defaults are used.",
        )
        return {}
    from minigrid_app.core.parameters import ParameterSet
    from minigrid_app.io.defaults import engine_defaults

    definitions = engine_defaults()

    def named(key) -> tuple[str, str]:
        """An assumption by its name on 'Uitgangspunten' ('Gasprijs'), not its key."""
        found = definitions[key]
        return f"‘{found.label_nl}’", f"‘{found.label_en}’"

    usable = {}
    for key, value in raw.items():
        if key not in definitions:  # said once, as unknown (not first 'gelezen als 1,45' and then 'genegeerd')
            usable[key] = value
            continue
        name_nl, name_en = named(key)
        # read as the assumptions table reads it: '0,5 %' for a simultaneity is 0,005 (it was 0,5), '15%' no radius
        if isinstance(value, str) and (reading := read_parameter(value, definitions[key])).status == OK and reading.value is not None:
            report.add(  # a figure typed as text by hand ("1,45"): read as people type it, and said
                f"Aanname {name_nl} stond als tekst in het bestand (‘{quoted(value)}’); gelezen als "
                f"{exact(reading.value, 'nl')}.",
                f"Parameter {name_en} was text in the file (‘{quoted(value)}’); read as {exact(reading.value, 'en')}.",
                clean_text(str(key), 64)[0],
            )
            value = reading.value
        if not _in_bounds(value):
            report.add(
                f"Aanname {name_nl}: ongeldig getal ({short(value)}); standaardwaarde gebruikt.",
                f"Parameter {name_en}: invalid number ({short(value)}); default used.",
                clean_text(str(key), 64)[0],
            )
            continue
        usable[key] = value
    accepted, problems = ParameterSet.from_overrides(usable, definitions)
    for problem in problems:
        report.add(problem.nl + " (aanname teruggezet)", problem.en + " (parameter reset)", problem.field)
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in accepted.overrides.items()}


def _steps(raw, report: Report) -> dict[str, str]:
    steps = {step: "not_started" for step in STEPS}
    if raw is None:
        return steps
    if isinstance(raw, list) and len(raw) <= len(STEPS) and all(s in STEP_STATES for s in raw if isinstance(s, str)):
        raw = dict(zip(STEPS, raw, strict=False))
        report.add(
            "De stand van de stappen stond als lijst in het bestand; in volgorde overgenomen. Controleer de stappen links.",
            "The state of the steps was stored as a list; taken over in order. Check the steps on the left.",
        )
    if not isinstance(raw, dict):
        report.add(
            f"De stand van de stappen is onleesbaar ({short(raw)}); alle stappen staan op 'nog niet begonnen'.",
            f"The state of the steps is unreadable ({short(raw)}); every step is 'not started'.",
        )
        return steps
    for step in STEPS:
        state = raw.get(step, "not_started")
        if state in STEP_STATES:
            steps[step] = state
        else:
            number, (nl, en) = STEPS.index(step) + 1, STEP_WORDS[step]
            report.add(f"Stap {number}, {nl}: stand {short(state)} onbekend; 'nog niet begonnen' gebruikt.",
                       f"Step {number}, {en}: state {short(state)} unknown; 'not started' used.", step)
    for step in raw:  # a step this Minigrid does not know (a newer one's, or a hand edit): said, as an unknown field is
        if step not in STEPS:
            report.add(f"Stappen: onbekende stap {short(step)} genegeerd (is het bestand van een nieuwere Minigrid?).",
                       f"Steps: unknown step {short(step)} ignored (is the file from a newer Minigrid?).")
    return steps


#: top-level keys of a project file that are not project data
_ENVELOPE = {"format", "version", "app_version", "saved"}
_TOP_LEVEL = _ENVELOPE | {f.name for f in dataclasses.fields(Project)}


def build_project(data: dict) -> tuple[Project | None, Report, Problem | None]:
    """Validate a migrated raw dict (current format) and build the Project.

    Returns ``(project, report, refusal)``; ``project`` is None only when ``refusal``
    says why the file cannot be used at all (too many households).
    """
    report = Report()
    for key in data:
        if key not in _TOP_LEVEL:
            report.add(f"Onbekend onderdeel {short(key)} genegeerd.", f"Unknown section {short(key)} ignored.")
    project = Project()
    project.intake = from_dict(Intake, data.get("intake", {}), "Intake", "Intake", report)
    if data.get("households") is None:  # a file edited by hand that lost its homes opens empty: never without a word
        report.add("Het projectbestand bevat geen lijst met woningen; het project is zonder woningen geopend. Is het "
                   "bestand met de hand aangepast? Voeg de woningen toe bij stap 1 (Intake).",
                   "The project file holds no list of homes; the project was opened without homes. Was the file edited "
                   "by hand? Add the homes at step 1 (Intake).", "households", repaired=False)
    households = _households(data.get("households", []), report)
    if isinstance(households, Problem):
        return None, report, households
    project.households = households
    project.first_evening = from_dict(Evening, data.get("first_evening", {}), "Eerste bewonersavond", "First evening", report)
    project.second_evening = from_dict(Evening, data.get("second_evening", {}), "Tweede bewonersavond", "Second evening", report)
    project.conditions = _conditions(data.get("conditions", []), report)
    project.clusters = _clusters(data.get("clusters", {}), project.households, report)
    project.parameter_overrides = _overrides(data.get("parameter_overrides", {}), report)
    project.steps = _steps(data.get("steps", {}), report)
    project.agreement = _agreement(data.get("agreement"), project.households, report)
    project.tender = tender_from_dict(
        data.get("tender"), lambda cls, raw, nl, en: from_dict(cls, raw, nl, en, report), report.add, project
    )
    from minigrid_app.io.project_choices import check_choices
    from minigrid_app.io.project_dates import check_dates

    check_dates(project, report.add, _home_where)  # read and checked as the window reads a typed date
    check_choices(project, report.add)  # the intake's lists and counts as the window offers them
    coercer = Coercer(report, "Project", "Project", None, Project)
    for name in ("created", "modified"):
        value = data.get(name, "")
        if isinstance(value, str):
            setattr(project, name, coercer.text(value, name))
        else:
            at_nl, at_en = coercer.at(name)
            report.add(f"{at_nl}: geen datum ({short(value)}); leeg gelaten.", f"{at_en}: not a date ({short(value)}); left empty.", name)
    return project, report, None
