"""What differs between two versions of a project, in the residents' words.

Used when Minigrid offers an autosaved version after a crash: the user sees which homes,
conditions and signatures the two versions disagree on before choosing one.
"""

from __future__ import annotations

from dataclasses import asdict

from minigrid_app.core.formatting import names_counted
from minigrid_app.core.home_labels import unnamed_home
from minigrid_app.core.model import Project
from minigrid_app.core.problems import Bilingual

#: household fields as residents call them (Dutch, English)
FIELD_WORDS = {
    "label": ("naam", "name"),
    "address": ("adres", "address"),
    "house_type": ("woningtype", "house type"),
    "build_year": ("bouwjaar", "build year"),
    "floor_area_m2": ("oppervlak", "floor area"),
    "gas_m3_per_year": ("gasverbruik", "gas use"),
    "cooks_on_gas": ("koken op gas", "cooking on gas"),
    "persons": ("bewoners", "residents"),
    "insulation_savings": ("isolatie", "insulation"),
    "supply_temp_c": ("aanvoertemperatuur", "supply temperature"),
    "lt_measures_cost_eur": ("kosten radiatoren", "radiator costs"),
    "distance_to_next_m": ("afstand tot de buren", "distance to the next home"),
    "boiler_age_years": ("leeftijd ketel", "boiler age"),
    "three_phase": ("3-fase aansluiting", "3-phase connection"),
    "participation": ("deelname", "participation"),
    "participation_date": ("datum deelname", "participation date"),
    "cluster": ("cluster", "cluster"),
    "notes": ("opmerkingen", "notes"),
}
#: at most this many names in one line; the rest are counted
MAX_NAMES = 6


def _names(items: list[str], language: str) -> str:
    return names_counted(items, language, MAX_NAMES)


def _label(household, row: int) -> str:
    return household.label.strip() or household.address.strip() or unnamed_home(row)


def describe_differences(saved: Project, other: Project) -> list[Bilingual]:
    """Lines saying how ``other`` (e.g. the autosave) differs from ``saved`` (the file).

    Parameters
    ----------
    saved, other : Project

    Returns
    -------
    list of Bilingual
        Homes added, removed and changed (with the fields), signatures given or
        withdrawn, conditions added, removed or changed, and the other parts that
        changed; empty when the two hold the same data.
    """
    lines: list[Bilingual] = []
    before = {h.id: (row, h) for row, h in enumerate(saved.households, start=1)}
    after = {h.id: (row, h) for row, h in enumerate(other.households, start=1)}
    added = [_label(h, row) for hid, (row, h) in after.items() if hid not in before]
    removed = [_label(h, row) for hid, (row, h) in before.items() if hid not in after]
    if added:
        lines.append(Bilingual(f"Woningen erbij: {_names(added, 'nl')}", f"Homes added: {_names(added, 'en')}"))
    if removed:
        lines.append(Bilingual(f"Woningen weg: {_names(removed, 'nl')}", f"Homes removed: {_names(removed, 'en')}"))
    changed_nl, changed_en, signed, unsigned = [], [], [], []
    for hid, (row, new) in after.items():
        if hid not in before:
            continue
        old = before[hid][1]
        fields = [name for name, value in asdict(new).items() if asdict(old).get(name) != value and name != "id"]
        if not fields:
            continue
        label = _label(new, row)
        if (old.participation == "signed") != (new.participation == "signed"):
            (signed if new.participation == "signed" else unsigned).append(label)
        words = [FIELD_WORDS.get(name, (name, name)) for name in fields]
        changed_nl.append(f"{label} ({', '.join(w[0] for w in words)})")
        changed_en.append(f"{label} ({', '.join(w[1] for w in words)})")
    if changed_nl:
        lines.append(Bilingual(f"Woningen gewijzigd: {_names(changed_nl, 'nl')}", f"Homes changed: {_names(changed_en, 'en')}"))
    if signed:
        lines.append(Bilingual(f"Getekend: {_names(signed, 'nl')}", f"Signed: {_names(signed, 'en')}"))
    if unsigned:
        lines.append(Bilingual(f"Niet meer getekend: {_names(unsigned, 'nl')}", f"No longer signed: {_names(unsigned, 'en')}"))

    old_conditions = {c.id: c for c in saved.conditions}
    new_conditions = {c.id: c for c in other.conditions}
    c_added = [c.text or c.kind for cid, c in new_conditions.items() if cid not in old_conditions]
    c_removed = [c.text or c.kind for cid, c in old_conditions.items() if cid not in new_conditions]
    c_changed = [c.text or c.kind for cid, c in new_conditions.items() if cid in old_conditions and old_conditions[cid] != c]
    for items, nl, en in (
        (c_added, "Voorwaarden erbij", "Conditions added"),
        (c_removed, "Voorwaarden weg", "Conditions removed"),
        (c_changed, "Voorwaarden gewijzigd", "Conditions changed"),
    ):
        if items:
            quoted = [f"‘{text}’" for text in items]
            lines.append(Bilingual(f"{nl}: {_names(quoted, 'nl')}", f"{en}: {_names(quoted, 'en')}"))

    parts = [
        ("intake", "projectformulier", "project form"),
        ("first_evening", "eerste bewonersavond", "first evening"),
        ("second_evening", "tweede bewonersavond", "second evening"),
        ("parameter_overrides", "uitgangspunten", "assumptions"),
        ("clusters", "clusterindeling", "cluster settings"),
        ("steps", "stand van de stappen", "state of the steps"),
    ]
    other_parts = [(nl, en) for name, nl, en in parts if getattr(saved, name) != getattr(other, name)]
    if saved.households != other.households and not (added or removed or changed_nl):
        other_parts.append(("volgorde van de woningen", "order of the homes"))
    if other_parts:
        lines.append(
            Bilingual(
                "Ook gewijzigd: " + ", ".join(p[0] for p in other_parts),
                "Also changed: " + ", ".join(p[1] for p in other_parts),
            )
        )
    return lines
