"""The intake's choices and the evenings' counts of a project file, checked as the window lets them be entered.

The window offers a kind of heat network from a list, heat sources and financing as check boxes, and counts
(people present, homes interested, planned connections, an estimated cost) that cannot be below 0. A file edited
by hand may hold anything of the right type: 'mega' as the kind of network (read as not mini, silently), a heat
source 'kernfusie' (kept where no check box shows it, then dropped at the first click), −3 people present. Each
is read the way the window would have taken it, or left at what the window shows when nothing was chosen, and
said (naming the step and the field).
"""

from __future__ import annotations

from collections.abc import Callable

from minigrid_app.core.file_words import field_words
from minigrid_app.core.formatting import exact
from minigrid_app.core.model import FINANCING_OPTIONS, HEAT_SOURCES, Intake, Project
from minigrid_app.core.reading import short, words

Add = Callable[..., None]

#: the kinds of heat network of the intake form (``Intake.network_type``)
NETWORK_TYPES = ("mini", "kleinschalig")


def _option(written: str, options: tuple[str, ...]) -> str | None:
    """``written`` as one of ``options``, read as people write it ('Kleinschalig ', 'PVT'); None when none."""
    key = words(written)
    return next((option for option in options if words(option) == key), None)


def _network(intake: Intake, add: Add) -> None:
    written = intake.network_type
    if written in NETWORK_TYPES:
        return
    read = _option(written, NETWORK_TYPES)
    intake.network_type = read or "mini"
    nl, en = field_words(Intake, "network_type")
    if read:
        add(f"Intake, {nl}: ‘{short(written)}’ gelezen als ‘{read}’.", f"Intake, {en}: ‘{short(written)}’ read as ‘{read}’.",
            "network_type", repaired=False)
        return
    add(f"Intake, {nl}: ‘{short(written)}’ is onbekend; ‘mini-warmtenet’ gebruikt. Kies de juiste soort bij stap 1 "
        "(Intake).",
        f"Intake, {en}: ‘{short(written)}’ is unknown; ‘mini heat network’ used. Choose the right kind at step 1 "
        "(Intake).", "network_type")


def _listed(intake: Intake, name: str, options: tuple[str, ...], other: str | None, add: Add) -> None:
    """A list of check-box choices: each as one of ``options``; one not known becomes ``other`` (or is left out)."""
    chosen: list[str] = []
    unknown: list[str] = []
    for written in getattr(intake, name):
        read = written if written in options else _option(written, options)
        if read is None:
            unknown.append(written)
            read = other
        if read is not None and read not in chosen:
            chosen.append(read)
    if chosen == getattr(intake, name) and not unknown:
        return
    setattr(intake, name, chosen)
    if not unknown:
        return  # only written another way ('PVT') or twice: nothing to say
    nl, en = field_words(Intake, name)
    quoted = ", ".join(f"‘{short(text)}’" for text in unknown[:5])
    kept_nl, kept_en = (f"‘{other}’ aangevinkt", f"‘{other}’ ticked") if other else ("weggelaten", "left out")
    add(f"Intake, {nl}: {quoted} staat niet in de lijst; {kept_nl}. Controleer de keuze bij stap 1 (Intake).",
        f"Intake, {en}: {quoted} is not in the list; {kept_en}. Check the choice at step 1 (Intake).", name)


def _not_negative(holder, names: tuple[str, ...], where_nl: str, where_en: str, add: Add) -> None:
    for name in names:
        value = getattr(holder, name)
        if value is None or value >= 0:
            continue
        setattr(holder, name, None)
        nl, en = field_words(type(holder), name)
        add(f"{where_nl}, {nl}: {exact(value, 'nl')} kan niet onder 0 liggen; leeg gelaten. Vul het in bij de stap "
            f"‘{where_nl}’.",
            f"{where_en}, {en}: {exact(value, 'en')} cannot be below 0; left empty. Enter it at the step ‘{where_en}’.",
            name)


def check_choices(project: Project, add: Add) -> None:
    """Check the intake's choices and counts and both evenings' counts of ``project`` in place; ``add`` reports."""
    intake = project.intake
    _network(intake, add)
    _listed(intake, "heat_sources", HEAT_SOURCES, "anders", add)
    _listed(intake, "financing", FINANCING_OPTIONS, None, add)
    _not_negative(intake, ("connections_planned", "estimated_cost_eur"), "Intake", "Intake", add)
    for evening, where_nl, where_en in ((project.first_evening, "Eerste bewonersavond", "First residents' evening"),
                                        (project.second_evening, "Tweede bewonersavond", "Second residents' evening")):
        _not_negative(evening, ("attendance", "interested"), where_nl, where_en, add)
