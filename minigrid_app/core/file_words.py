"""The parts of a project file in the words a resident knows, for what is said when a file is read.

A file edited by hand, or damaged, is read with messages about what was left out or read
differently (:mod:`minigrid_app.io.project_validation`). They named the field by its key
("Woning 3: 'gas_m3_per_year' heeft een ongeldige waarde"); nobody at the table knows the keys,
and nothing internal may ever be shown to them. Here every field of the project's dataclasses has
its words, with the unit where it has one ("gasverbruik (m³ per jaar)"), as the screen shows it.

:func:`field_words` gives them per dataclass (two classes may share a field name, e.g.
``financing``); :data:`STEP_WORDS` names the steps as the window lists them. Pure, no Qt.
"""

from __future__ import annotations

from minigrid_app.core import model, tender_model

#: per dataclass, field → (Dutch, English), lower case (they stand inside a sentence)
FIELD_WORDS: dict[type, dict[str, tuple[str, str]]] = {
    model.Household: {
        "id": ("kenmerk van de woning", "home's identifier"),
        "label": ("naam", "name"),
        "address": ("adres", "address"),
        "house_type": ("type woning", "house type"),
        "build_year": ("bouwjaar", "build year"),
        "floor_area_m2": ("oppervlak (m²)", "floor area (m²)"),
        "gas_m3_per_year": ("gasverbruik (m³ per jaar)", "gas use (m³ a year)"),
        "cooks_on_gas": ("kookt op gas (ja/nee)", "cooks on gas (yes/no)"),
        "persons": ("aantal bewoners", "number of residents"),
        "insulation_savings": ("besparing door isolatie", "insulation savings"),
        "supply_temp_c": ("aanvoertemperatuur (°C)", "supply temperature (°C)"),
        "lt_measures_cost_eur": ("lage-temperatuurkosten (€)", "low-temperature costs (€)"),
        "distance_to_next_m": ("afstand tot de volgende woning (m)", "distance to the next home (m)"),
        "boiler_age_years": ("leeftijd cv-ketel (jaar)", "boiler age (years)"),
        "three_phase": ("3-fase aansluiting (ja/nee)", "3-phase connection (yes/no)"),
        "participation": ("deelname", "participation"),
        "participation_date": ("datum van de deelname", "date of participation"),
        "cluster": ("cluster", "cluster"),
        "notes": ("opmerkingen", "notes"),
        "wants_cooling": ("wil koelen (ja/nee)", "wants cooling (yes/no)"),
        "cooling_kwh_per_year": ("koelvraag (kWh per jaar)", "cooling need (kWh a year)"),
        "financing": ("financiering", "financing"),
        "loan_amount_eur": ("leenbedrag (€)", "loan amount (€)"),
        "income_below_loan_limit": ("inkomen onder de grens voor de lening tegen 0 % (ja/nee)",
                                    "income below the limit for the 0 % loan (yes/no)"),
        "room_to_borrow": ("leenruimte (ja/nee)", "room to borrow (yes/no)"),
    },
    model.Intake: {
        "name": ("naam van het project", "project name"),
        "location": ("locatie", "location"),
        "network_type": ("soort warmtenet", "kind of heat network"),
        "heat_sources": ("warmtebronnen", "heat sources"),
        "connections_planned": ("geplande aansluitingen", "planned connections"),
        "connection_types": ("soort aansluitingen", "kinds of connections"),
        "demand_stable": ("blijft de warmtevraag gelijk (ja/nee)", "does the heat demand stay the same (yes/no)"),
        "technical_study": ("technisch onderzoek", "technical study"),
        "planned_infrastructure": ("geplande werkzaamheden in de straat", "planned works in the street"),
        "underground_obstacles": ("kabels en leidingen in de grond", "cables and pipes underground"),
        "estimated_cost_eur": ("geschatte kosten (€)", "estimated cost (€)"),
        "financing": ("financiering", "financing"),
        "policy_fit": ("past bij gemeentelijk beleid", "fits municipal policy"),
        "policy_documents": ("beleidsstukken", "policy documents"),
        "resident_support": ("draagvlak bij bewoners", "support among residents"),
        "participation_organisation": ("hoe bewoners meedoen", "how residents take part"),
        "partners": ("samenwerkingspartners", "partners"),
        "initiators_contribution": ("wat de initiatiefnemers inbrengen", "what the initiators contribute"),
        "contact_person": ("contactpersoon", "contact person"),
        "contact_details": ("telefoon of e-mail", "phone or e-mail"),
        "date": ("datum", "date"),
        "notes": ("aantekeningen over de groep", "notes about the group"),
    },
    model.Evening: {
        "date": ("datum", "date"),
        "attendance": ("aanwezig (personen)", "present (people)"),
        "interested": ("geïnteresseerd (woningen)", "interested (homes)"),
        "notes": ("opmerkingen", "notes"),
    },
    model.Condition: {
        "id": ("kenmerk van de voorwaarde", "condition's identifier"),
        "kind": ("soort", "kind"),
        "text": ("tekst", "text"),
        "value": ("grens", "limit"),
        "enabled": ("aangevinkt (ja/nee)", "ticked (yes/no)"),
    },
    model.ManualCluster: {
        "id": ("kenmerk van het cluster", "cluster's identifier"),
        "name": ("naam", "name"),
    },
    model.ClusterSettings: {
        "size": ("woningen per cluster", "homes per cluster"),
        "reserve_joiners": ("reserve voor latere deelnemers", "reserve for later joiners"),
        "layout": ("ligging van de boorgaten", "layout of the boreholes"),
        "allocation_key": ("verdeling van de kosten", "how the costs are split"),
        "manual": ("handmatige clusters", "manual clusters"),
        "street_length_m": ("ruimte langs de straat (m)", "room along the street (m)"),
        "strip_lengths_m": ("lengte van de stroken voor de velden (m)", "length of the strips for the fields (m)"),
        "strip_widths_m": ("breedte van de stroken voor de velden (m)", "width of the strips for the fields (m)"),
    },
    model.PlannedJoiner: {
        "household_id": ("woning", "home"),
        "year": ("jaar van aansluiten", "year of joining"),
    },
    model.Agreement: {
        "cluster_share": ("spelregel per cluster", "go/no-go rule per cluster"),
        "street_share": ("spelregel voor de straat", "go/no-go rule for the street"),
        "organisation": ("organisatievorm", "organisation model"),
        "market_billing": ("afrekening van de marktpartij", "market partner's billing"),
        "market_heat_pumps": ("warmtepompen van de marktpartij (ja/nee)", "heat pumps from the market partner (yes/no)"),
        "joiners": ("latere aansluiters", "later joiners"),
    },
    tender_model.TenderSettings: {
        "issued_on": ("datum van de uitvraag", "date the tender was sent"),
        "quotes_due": ("offertes uiterlijk", "quotes due"),
        "advisor": ("adviseur", "advisor"),
        "contracting": ("aanbestedingsvorm", "contracting"),
        "scope_overrides": ("wie doet welk werk", "who does which work"),
        "permits": ("vergunningen", "permits"),
        "notes": ("opmerkingen", "notes"),
    },
    tender_model.PermitStatus: {
        "kind": ("soort", "kind"),
        "status": ("stand", "status"),
        "date": ("datum", "date"),
        "note": ("opmerking", "note"),
    },
    tender_model.Quote: {
        "id": ("kenmerk van de offerte", "quote's identifier"),
        "supplier": ("aanbieder", "supplier"),
        "date": ("datum", "date"),
        "valid_until": ("geldig tot", "valid until"),
        "amounts": ("bedragen", "amounts"),
        "quantities": ("hoeveelheden", "quantities"),
        "notes": ("opmerkingen", "notes"),
    },
    tender_model.Agreement: {
        "household_id": ("woning", "home"),
        "status": ("stand", "status"),
        "date": ("datum", "date"),
    },
    tender_model.DecisionState: {
        "quote_id": ("gekozen offerte", "chosen quote"),
        "organisation_model": ("organisatievorm", "organisation model"),
        "agreements": ("overeenkomsten", "agreements"),
        "opt_out_terms": ("voorwaarden om uit te stappen", "terms for opting out"),
        "decided_on": ("datum van het besluit", "date of the decision"),
        "notes": ("opmerkingen", "notes"),
    },
    tender_model.EngineerDesign: {
        "engineer": ("ingenieur", "engineer"),
        "date": ("datum", "date"),
        "fields": ("velden", "fields"),
        "conductivity_w_mk": ("warmtegeleiding van de bodem (W/m·K)", "thermal conductivity of the ground (W/m·K)"),
        "ground_temp_c": ("bodemtemperatuur (°C)", "ground temperature (°C)"),
        "borehole_resistance_mk_w": ("boorgatweerstand (m·K/W)", "borehole resistance (m·K/W)"),
        "note": ("opmerking", "note"),
    },
    tender_model.FieldDesign: {
        "field_id": ("veld", "field"),
        "households": ("woningen", "homes"),
        "boreholes": ("aantal boorgaten", "number of boreholes"),
        "depth_m": ("diepte (m)", "depth (m)"),
        "spacing_m": ("afstand tussen de boorgaten (m)", "spacing of the boreholes (m)"),
    },
    model.Project: {
        "created": ("datum van aanmaken", "date created"),
        "modified": ("datum van de laatste wijziging", "date last changed"),
    },
}

#: the steps as the window names them (model.STEPS → Dutch, English; the window puts their number in front)
STEP_WORDS: dict[str, tuple[str, str]] = {
    "intake": ("Intake", "Intake"),
    "first_evening": ("Eerste bewonersavond", "First residents' evening"),
    "quickscan": ("Technische quickscan", "Technical quick scan"),
    "business_case": ("Indicatieve businesscase", "Indicative business case"),
    "second_evening": ("Tweede bewonersavond & intentieverklaring", "Second residents' evening & declaration of intent"),
    "tender": ("Uitvraag", "Tender"),
    "quotes": ("Offertes", "Quotes"),
    "decision": ("Besluit", "Decision"),
}


def field_words(cls: type, name: str) -> tuple[str, str]:
    """A field of dataclass ``cls`` as (Dutch, English) words; a field without words (none
    should be: tests/core/test_file_words.py) is quoted as it stands."""
    found = FIELD_WORDS.get(cls, {}).get(name)
    return found if found is not None else (f"‘{name}’", f"‘{name}’")
