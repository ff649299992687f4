"""The ``tender`` section of a project file (steps 6-8), read and validated like the rest.

Called by :func:`minigrid_app.io.projectfile.project_from_dict`; writing needs nothing
special (``dataclasses.asdict`` of :class:`~minigrid_app.core.tender_model.TenderState`).
Bad values are dropped with a warning in Dutch and English, never raised; amounts must be
finite numbers, states known words, ids unique.

Format (docs/project-format.md)::

    "tender": {
      "settings": {"issued_on": "2026-12-01", "quotes_due": "", "advisor": "", "contracting": "main_contractor",
                   "scope_overrides": {"pipe": "installer"}, "permits": [{"kind": "ground_loop", "status": "applied",
                   "date": "2026-12-10", "note": ""}], "notes": ""},
      "quotes": [{"id": "q-…", "supplier": "…", "date": "", "valid_until": "", "amounts": {"<line id>": 12345.0},
                  "quantities": {}, "notes": ""}],
      "decision": {"quote_id": "q-…", "organisation_model": "self_management", "agreements": [{"household_id": "…",
                   "status": "signed", "date": "2027-01-20"}], "opt_out_terms": "", "decided_on": "", "notes": ""},
      "design": {"engineer": "", "date": "", "fields": [{"field_id": "shared-C1", "households": ["…"], "boreholes": 2,
                 "depth_m": 120.0, "spacing_m": 6.0}], "conductivity_w_mk": 2.1, "ground_temp_c": null,
                 "borehole_resistance_mk_w": null, "note": ""},
      "clusters_as_seen": true
    }

``clusters_as_seen`` (written by every Minigrid since the tender keeps the residents' clusters):
absent, the quotes' cluster lines are those of clusters formed again from the signers, and
their amounts are moved onto the cluster with the same homes
(:func:`minigrid_app.core.tender_clusters.move_old_quotes`).
"""

from __future__ import annotations

from collections.abc import Callable

from minigrid_app.core.file_words import field_words
from minigrid_app.core.formatting import exact
from minigrid_app.core.regulation import ORGANISATION_MODELS
from minigrid_app.core.tender_model import (
    AGREEMENT_STATES,
    CONTRACTING_MODELS,
    MAX_QUOTES,
    PARTIES,
    PERMIT_STATES,
    Agreement,
    DecisionState,
    EngineerDesign,
    FieldDesign,
    PermitStatus,
    Quote,
    TenderSettings,
    TenderState,
)

Add = Callable[..., None]
#: the parts of the ``tender`` section this Minigrid reads
_SECTIONS = ("settings", "quotes", "decision", "design", "clusters_as_seen")


def _line(line_id: str, project) -> tuple[str, str]:
    """A bill line named in a message as the bill names it ('Cluster 1: Boren en bodemlus'), never by its id."""
    from minigrid_app.core.reading import short
    from minigrid_app.core.tender import line_words  # only when there is something to say

    if project is None:
        return f"‘{short(line_id)}’", f"‘{short(line_id)}’"
    nl, en = line_words(line_id, project)
    return f"‘{nl}’", f"‘{en}’"


def _amounts(raw, where_nl: str, where_en: str, add: Add, *, quantities: bool = False, project=None) -> dict[str, float]:
    """Line id → finite number ≥ 0 within the limit; text ('12.500', '227,1 m') is read as a supplier's
    cell is (and said); anything else is dropped, said with the reason. ``project``: its homes and
    clusters name a line in a message."""
    from minigrid_app.core.quote_entry import read_price, read_quantity
    from minigrid_app.core.reading import OK, short

    if not isinstance(raw, dict):
        if raw not in (None, {}):
            add(f"{where_nl}: onleesbaar, leeg gelaten.", f"{where_en}: unreadable, left empty.")
        return {}
    what_nl, what_en = ("hoeveelheid", "quantity") if quantities else ("bedrag", "amount")
    clean = {}
    for key, value in raw.items():
        if not isinstance(key, str):
            add(f"{where_nl}: {what_nl} bij regel {key!r} overgeslagen (geen regel).",
                f"{where_en}: {what_en} for line {key!r} skipped (no line).")
            continue
        reading = (read_quantity if quantities else read_price)(value)
        if reading.value is not None and reading.status == OK:
            clean[key] = float(reading.value)
            if isinstance(value, str):
                line_nl, line_en = _line(key, project)
                add(f"{where_nl}: {what_nl} bij {line_nl} stond als tekst in het bestand (‘{short(value)}’); "
                    f"gelezen als {exact(reading.value, 'nl')}.",
                    f"{where_en}: {what_en} for {line_en} was text in the file (‘{short(value)}’); "
                    f"read as {exact(reading.value, 'en')}.")
            continue
        why_nl, why_en = (reading.nl, reading.en) if reading.nl else (f"‘{short(str(value))}’ is geen getal",
                                                                        f"‘{short(str(value))}’ is not a number")
        line_nl, line_en = _line(key, project)
        add(f"{where_nl}: {what_nl} bij {line_nl} overgeslagen: {why_nl}.",
            f"{where_en}: {what_en} for {line_en} skipped: {why_en}.")
    return clean


def tender_from_dict(data, from_dict: Callable, add: Add, project=None) -> TenderState:
    """Build the tender state from its raw dict.

    Parameters
    ----------
    data : object
        The raw ``tender`` value (anything: a missing section gives an empty state).
    from_dict : callable
        The project file's ``_from_dict(cls, data, where_nl, where_en, collector)`` for flat
        dataclasses, already bound to the collector.
    add : callable
        ``add(nl, en)`` reports a warning.
    project : Project, optional
        The project read so far (its homes and clusters): a message names a line by them, not by its id.
    """
    state = TenderState()
    if data is None or data == {}:
        return state
    if not isinstance(data, dict):
        add("Uitvraag en offertes: onleesbaar, leeg gelaten.", "Tender and quotes: unreadable, left empty.")
        return state
    for key in data:  # said as an unknown field elsewhere is (a newer Minigrid's part, or a hand edit)
        if key not in _SECTIONS:
            from minigrid_app.core.reading import short

            add(f"Uitvraag en offertes: onbekend onderdeel ‘{short(str(key))}’ genegeerd.",
                f"Tender and quotes: unknown section ‘{short(str(key))}’ ignored.")

    settings_raw = dict(data["settings"]) if isinstance(data.get("settings"), dict) else data.get("settings") or {}
    permits_raw = settings_raw.pop("permits", []) if isinstance(settings_raw, dict) else []
    settings: TenderSettings = from_dict(TenderSettings, settings_raw, "Uitvraag", "Tender")
    if settings.contracting not in CONTRACTING_MODELS:
        add(f"Uitvraag: aanbestedingsvorm '{settings.contracting}' onbekend; één hoofdaannemer gebruikt.",
            f"Tender: contracting '{settings.contracting}' unknown; one main contractor used.")
        settings.contracting = "main_contractor"
    for key, party in list(settings.scope_overrides.items()):
        if party not in PARTIES:
            from minigrid_app.core.reading import short
            from minigrid_app.core.tender import item_words  # only when there is something to say

            nl, en = item_words(key)
            add(f"Uitvraag: partij ‘{short(str(party))}’ bij ‘{nl}’ onbekend; weggelaten.",
                f"Tender: party ‘{short(str(party))}’ for ‘{en}’ unknown; dropped.")
            del settings.scope_overrides[key]
    settings.permits = []
    seen: set[str] = set()
    for index, raw in enumerate(permits_raw if isinstance(permits_raw, list) else [], start=1):
        item: PermitStatus = from_dict(PermitStatus, raw, f"Vergunning {index}", f"Permit {index}")
        if not item.kind or item.kind in seen:
            add(f"Vergunning {index}: zonder soort of dubbel; overgeslagen.", f"Permit {index}: no kind or duplicate; skipped.")
            continue
        if item.status not in PERMIT_STATES:
            add(f"Vergunning {index}: status '{item.status}' onbekend; 'nog te doen' gebruikt.",
                f"Permit {index}: status '{item.status}' unknown; 'to do' used.")
            item.status = "to_do"
        seen.add(item.kind)
        settings.permits.append(item)
    state.settings = settings

    quotes_raw = data.get("quotes") or []
    if not isinstance(quotes_raw, list):
        add("Offertes: onleesbaar, leeg gelaten.", "Quotes: unreadable, left empty.")
        quotes_raw = []
    ids: set[str] = set()
    for index, raw in enumerate(quotes_raw[:MAX_QUOTES], start=1):
        if not isinstance(raw, dict):
            add(f"Offerte {index}: onleesbaar, overgeslagen.", f"Quote {index}: unreadable, skipped.")
            continue
        raw = dict(raw)
        amounts = raw.pop("amounts", {})
        quantities = raw.pop("quantities", {})
        quote: Quote = from_dict(Quote, raw, f"Offerte {index}", f"Quote {index}")
        name = f" ({quote.supplier.strip()})" if isinstance(quote.supplier, str) and quote.supplier.strip() else ""
        quote.amounts = _amounts(amounts, f"Offerte {index}{name}", f"Quote {index}{name}", add, project=project)
        quote.quantities = _amounts(quantities, f"Offerte {index}{name}", f"Quote {index}{name}", add, quantities=True,
                                    project=project)
        if not quote.id or quote.id in ids:
            quote.id = Quote().id
        ids.add(quote.id)
        state.quotes.append(quote)
    if len(quotes_raw) > MAX_QUOTES:
        add(f"Meer dan {MAX_QUOTES} offertes; de eerste {MAX_QUOTES} bewaard.", f"More than {MAX_QUOTES} quotes; the first {MAX_QUOTES} kept.")
    if data.get("clusters_as_seen") is not True and state.quotes and project is not None:
        # saved before the tender kept the residents' clusters: the quotes' cluster lines were those
        # formed again from the signers (method.md#tender)
        from minigrid_app.core.tender_clusters import move_old_quotes

        for said in move_old_quotes(project, state.quotes):
            add(said.nl, said.en)

    decision_raw = dict(data["decision"]) if isinstance(data.get("decision"), dict) else data.get("decision") or {}
    agreements_raw = decision_raw.pop("agreements", []) if isinstance(decision_raw, dict) else []
    decision: DecisionState = from_dict(DecisionState, decision_raw, "Besluit", "Decision")
    if decision.quote_id and state.quote(decision.quote_id) is None:
        add("Besluit: de gekozen offerte bestaat niet meer; keuze gewist.", "Decision: the chosen quote no longer exists; choice cleared.")
        decision.quote_id = ""
    if decision.organisation_model and decision.organisation_model not in ORGANISATION_MODELS:
        add(f"Besluit: organisatievorm '{decision.organisation_model}' onbekend; gewist.",
            f"Decision: organisation model '{decision.organisation_model}' unknown; cleared.")
        decision.organisation_model = ""
    decision.agreements = []
    homes: set[str] = set()
    for index, raw in enumerate(agreements_raw if isinstance(agreements_raw, list) else [], start=1):
        item: Agreement = from_dict(Agreement, raw, f"Overeenkomst {index}", f"Agreement {index}")
        if not item.household_id or item.household_id in homes:
            add(f"Overeenkomst {index}: zonder woning of dubbel; overgeslagen.",
                f"Agreement {index}: no home or duplicate; skipped.")
            continue
        if item.status not in AGREEMENT_STATES:
            add(f"Overeenkomst {index}: status '{item.status}' onbekend; 'nog niet gevraagd' gebruikt.",
                f"Agreement {index}: status '{item.status}' unknown; 'not asked' used.")
            item.status = "not_asked"
        homes.add(item.household_id)
        decision.agreements.append(item)
    state.decision = decision

    design_raw = dict(data["design"]) if isinstance(data.get("design"), dict) else data.get("design") or {}
    fields_raw = design_raw.pop("fields", []) if isinstance(design_raw, dict) else []
    design: EngineerDesign = from_dict(EngineerDesign, design_raw, "Ontwerp", "Design")
    for key, low, high in (("conductivity_w_mk", 0.5, 6.0), ("ground_temp_c", 5.0, 20.0), ("borehole_resistance_mk_w", 0.02, 0.5)):
        value = getattr(design, key)
        if value is not None and not low <= value <= high:
            nl, en = field_words(EngineerDesign, key)  # 'warmtegeleiding van de bodem (W/m·K)', not its key
            add(f"Ontwerp, {nl}: {exact(value, 'nl')} ligt buiten {exact(low, 'nl')}–{exact(high, 'nl')}; weggelaten.",
                f"Design, {en}: {exact(value, 'en')} is outside {exact(low, 'en')}–{exact(high, 'en')}; dropped.")
            setattr(design, key, None)
    design.fields = []
    for index, raw in enumerate(fields_raw if isinstance(fields_raw, list) else [], start=1):
        item: FieldDesign = from_dict(FieldDesign, raw, f"Ontwerpveld {index}", f"Design field {index}")
        bad = (
            (item.boreholes is not None and not 1 <= item.boreholes <= 200)
            or (item.depth_m is not None and not 10 <= item.depth_m <= 1000)
            or (item.spacing_m is not None and not 2 <= item.spacing_m <= 50)
            or not item.households
        )
        if bad:
            add(f"Ontwerpveld {index}: ongeldige maat of zonder woningen; overgeslagen.",
                f"Design field {index}: invalid size or no homes; skipped.")
            continue
        design.fields.append(item)
    state.design = design
    return state
