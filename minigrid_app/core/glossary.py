"""The glossary: every word residents meet on the screens and papers, explained once.

One list of :class:`Term` (Dutch and English, no Qt, no files), read by the screens (a term
is a link that opens its explanation where it is used, and the Help glossary), by the
evening report (an appendix of the terms it uses) and by the tests that walk every screen.

:func:`find_terms` finds the terms in a text (the forms a screen writes: "bodemlussen",
"Gedeelde bodemlus", "ground loops"), longest form first and never inside another word;
:func:`link_terms` turns each first occurrence into a link ``glossary:<key>`` in a text that
may already be rich text (it never links inside a tag or inside an existing link).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

#: scheme of the links :func:`link_terms` writes (``glossary:cop``)
LINK_SCHEME = "glossary:"


@dataclass(frozen=True)
class Term:
    """One glossary entry.

    Attributes
    ----------
    key : str
        Stable id (``"cop"``), also the anchor in the glossary page.
    nl, en : str
        The term as the glossary lists it, per language.
    nl_text, en_text : str
        The explanation in plain words, one to three sentences.
    nl_forms, en_forms : tuple of str
        Further forms a screen writes (plural, compounds), matched case-insensitively as whole words.
    section : str
        Section id of "Hoe rekent Minigrid?" that explains the method behind it ("" when none).
    """

    key: str
    nl: str
    en: str
    nl_text: str
    en_text: str
    nl_forms: tuple[str, ...] = ()
    en_forms: tuple[str, ...] = ()
    section: str = ""
    #: whether the name itself is matched on screen ("Bron" also means the source of a figure)
    match_name: bool = True

    def name(self, language: str) -> str:
        return self.en if language == "en" else self.nl

    def text(self, language: str) -> str:
        return self.en_text if language == "en" else self.nl_text

    def forms(self, language: str) -> tuple[str, ...]:
        """Every form matched on screen: the term itself first, then the listed forms."""
        extra = self.en_forms if language == "en" else self.nl_forms
        return (self.name(language), *extra) if self.match_name else tuple(extra)


def _t(key, nl, en, nl_text, en_text, nl_forms=(), en_forms=(), section="", match_name=True):
    return Term(key, nl, en, nl_text, en_text, tuple(nl_forms), tuple(en_forms), section, match_name)


TERMS: tuple[Term, ...] = (
    # -- the heating options and their parts
    _t("ground-loop", "Bodemlus", "Ground loop",
       "Een buis diep in de grond waar water doorheen stroomt dat warmte uit de bodem haalt. Een warmtepomp "
       "maakt daar warmte voor het huis van.",
       "A pipe deep in the ground through which water flows and picks up heat from the soil. A heat pump turns "
       "that into heat for the house.",
       ("bodemlussen", "eigen bodemlus", "U-lus"), ("ground loops", "own ground loop", "U-loop"), "borefield"),
    _t("shared-loop", "Gedeelde bodemlus", "Shared ground loop",
       "Eén bodemveld voor een cluster buren; elke woning heeft een eigen warmtepomp in huis. De kosten van het "
       "gedeelde deel worden verdeeld.",
       "One borefield for a cluster of neighbours; every home has its own heat pump indoors. The costs of the "
       "shared part are divided.",
       ("gedeelde bodemlussen", "gedeelde deel"), ("shared ground loops", "shared part"), "clusters"),
    _t("source", "Bron", "Source",
       "Waar de warmte vandaan komt: hier de bodem, via een bodemlus, of de buitenlucht bij een luchtwarmtepomp.",
       "Where the heat comes from: here the ground, through a ground loop, or the outdoor air for an air heat pump.",
       ("warmtebron", "warmtebronnen", "de bron", "één bron", "bronnen"),
       ("heat source", "heat sources", "one source", "the source"), "source-temperature", match_name=False),
    _t("borefield", "Bodemveld", "Borefield",
       "De boorgaten van één bron samen, met hun leidingen onder de grond. Hoe lang en diep ze worden, hangt af "
       "van hoeveel warmte de woningen eruit halen.",
       "The boreholes of one source together, with their pipes underground. How long and deep they are depends "
       "on how much heat the homes take out.",
       ("bodemvelden",), ("borefields",), "borefield-sizing"),
    _t("borehole", "Boorgat", "Borehole",
       "Een smal gat van tientallen tot honderden meters diep waarin de bodemlus hangt; daarna wordt het weer "
       "opgevuld.",
       "A narrow hole tens to hundreds of metres deep that holds the ground loop; it is filled up again afterwards.",
       ("boorgaten",), ("boreholes",), "borefield"),
    _t("heat-pump", "Warmtepomp", "Heat pump",
       "Een apparaat dat met stroom warmte van lage temperatuur (uit de bodem of de lucht) naar de temperatuur "
       "van de verwarming brengt.",
       "A device that uses electricity to lift heat of low temperature (from the ground or the air) to the "
       "temperature of the heating.",
       ("warmtepompen", "water-waterwarmtepomp"), ("heat pumps",), "heat-pump"),
    _t("air-heat-pump", "Luchtwarmtepomp", "Air heat pump",
       "Een warmtepomp die warmte uit de buitenlucht haalt, met een buitenunit aan de gevel of op het dak. "
       "Goedkoper om te plaatsen, maar minder zuinig als het vriest.",
       "A heat pump that takes heat from the outdoor air, with an outdoor unit on the wall or roof. Cheaper to "
       "install, but less efficient when it freezes.",
       ("eigen luchtwarmtepomp", "luchtwarmtepompen"), ("own air heat pump", "air heat pumps"), "variants"),
    _t("cluster", "Cluster", "Cluster",
       "Buren die één bron delen. Minigrid stelt clusters voor uit de volgorde van de straat; u kunt woningen "
       "verplaatsen.",
       "Neighbours who share one source. Minigrid proposes clusters from the order of the street; you can move "
       "homes.",
       ("clusters",), ("clusters",), "clusters"),
    _t("collective", "Collectief", "Collective",
       "Samen met de buren geregeld en betaald, zoals de gedeelde bodemlus; het tegenovergestelde is individueel, "
       "elke woning voor zich.",
       "Arranged and paid together with the neighbours, like the shared ground loop; the opposite is individual, "
       "each home on its own.",
       ("collectieve",), (), "organisation-models"),
    _t("supply-temperature", "Aanvoertemperatuur", "Supply temperature",
       "Hoe heet het water in de radiator moet zijn. Hoe lager, hoe zuiniger de warmtepomp; een goed geïsoleerd "
       "huis kan met 45 °C of minder.",
       "How hot the water in the radiators must be. The lower it is, the more efficient the heat pump; a well "
       "insulated house can do with 45 °C or less.",
       ("aanvoer",), ("flow temperature",), "supply-temperature"),
    _t("low-temperature-costs", "Lage-temperatuurkosten", "Low-temperature costs",
       "Wat een woning moet aanpassen om met minder heet water warm te blijven, zoals grotere radiatoren of "
       "vloerverwarming.",
       "What a home must change to stay warm with less hot water, such as larger radiators or underfloor heating.",
       ("lage-temperatuurmaatregelen", "lage temperatuur"), ("low-temperature measures",), "investment-lines"),
    _t("heat-demand", "Warmtevraag", "Heat demand",
       "Hoeveel warmte een woning per jaar nodig heeft voor verwarming en warm water, in kWh. Minigrid rekent die "
       "uit het gasverbruik van de jaarafrekening.",
       "How much heat a home needs a year for heating and hot water, in kWh. Minigrid derives it from the gas use "
       "on the annual bill.",
       (), (), "heat-demand"),
    _t("design-load", "Ontwerpvermogen", "Design load",
       "Hoeveel warmte de woning op een heel koude dag per uur nodig heeft, in kW. Daarop wordt de warmtepomp "
       "gekozen.",
       "How much heat the home needs per hour on a very cold day, in kW. The heat pump is chosen for it.",
       (), ("design heat load",), "design-load"),
    _t("cop", "COP", "COP",
       "Hoeveel warmte een warmtepomp maakt per kWh stroom, op één moment. Een COP van 4 betekent 4 kWh warmte "
       "uit 1 kWh stroom.",
       "How much heat a heat pump makes per kWh of electricity, at one moment. A COP of 4 means 4 kWh of heat from "
       "1 kWh of electricity.",
       (), (), "cop"),
    _t("scop", "SCOP", "SCOP",
       "De gemiddelde COP over een heel stookseizoen, met koude en zachte dagen samen. Daarmee rekent Minigrid "
       "het stroomverbruik per jaar.",
       "The average COP over a whole heating season, cold and mild days together. Minigrid uses it for the "
       "electricity use per year.",
       (), (), "scop"),
    _t("efficiency", "Rendement (η)", "Efficiency (η)",
       "Welk deel van de energie een apparaat nuttig gebruikt; bij een warmtepomp welk deel van het theoretisch "
       "haalbare het haalt (vaak ongeveer de helft).",
       "The share of the energy a device puts to use; for a heat pump, the share of the theoretical best it "
       "reaches (often about half).",
       ("rendement warmtepomp (η)", "rendement warmtepomp", "rendement"), ("heat pump efficiency (η)",
                                                                            "efficiency"), "cop"),
    _t("fluid-temperature", "Laagste vloeistoftemperatuur", "Lowest fluid temperature",
       "De koudste temperatuur van het water in de bodemlus over de hele rekenperiode. Die mag niet onder −1,5 °C "
       "zakken (ISSO-publicatie 73), anders wordt de bodem te koud en de warmtepomp onzuinig.",
       "The coldest temperature of the water in the ground loop over the whole period. It must not drop below "
       "−1.5 °C (ISSO publication 73), or the ground gets too cold and the heat pump inefficient.",
       ("vloeistoftemperatuur", "minimale vloeistoftemperatuur"), ("fluid temperature", "minimum fluid temperature"),
       "fluid-temperature-limit"),
    _t("g-function", "g-functie", "g-function",
       "Een rekenhulp die beschrijft hoe de bodem rond een groep boorgaten in de loop van de jaren afkoelt. "
       "Minigrid haalt die uit de rekenbibliotheek pygfunction.",
       "A calculation aid that describes how the ground around a group of boreholes cools down over the years. "
       "Minigrid takes it from the pygfunction library.",
       ("g-functies",), ("g-functions",), "borefield-sizing"),
    _t("borehole-resistance", "Boorgatweerstand", "Borehole thermal resistance",
       "Hoe moeilijk warmte van de bodem naar het water in de lus komt; hoe lager, hoe korter het boorgat kan. "
       "Minigrid gaat uit van 0,10 mK/W voor een dubbele U-lus.",
       "How hard it is for heat to get from the ground into the water in the loop; the lower, the shorter the "
       "borehole can be. Minigrid assumes 0.10 mK/W for a double U-loop.",
       ("effectieve boorgatweerstand",), ("borehole resistance", "effective borehole resistance"),
       "borefield-sizing"),
    _t("simultaneity", "Gelijktijdigheid", "Simultaneity",
       "Niet alle woningen vragen tegelijk hun grootste vermogen, dus een gedeelde bron kan kleiner zijn dan de "
       "som. Minigrid rekent met 0,6 + 0,4/√N voor N woningen.",
       "Not all homes ask for their largest output at the same time, so a shared source can be smaller than the "
       "sum. Minigrid uses 0.6 + 0.4/√N for N homes.",
       (), (), "simultaneity"),
    _t("rule-of-thumb", "Vuistregel", "Rule of thumb",
       "Een snelle schatting uit ervaringscijfers (50 W per meter boorgat, 1.800 vollasturen). Minigrid rekent "
       "daarna nauwkeuriger en toont de vuistregel ter controle.",
       "A quick estimate from experience (50 W per metre of borehole, 1,800 full-load hours). Minigrid then "
       "calculates more precisely and shows the rule of thumb as a check.",
       ("vuistregels",), ("rules of thumb",), "rule-of-thumb"),
    _t("interference", "Interferentie", "Interference",
       "Bodemlussen die te dicht bij elkaar liggen, koelen elkaars bodem af. Daarom houdt Minigrid afstand tussen "
       "velden en let het op bestaande systemen.",
       "Ground loops too close together cool each other's ground. That is why Minigrid keeps fields apart and "
       "looks out for existing systems.",
       ("interferentiegebied",), ("interference area",), "borefield"),
    # -- money
    _t("payback", "Terugverdientijd", "Payback time",
       "Na hoeveel jaar de extra investering is terugverdiend met lagere jaarkosten; vanaf dan bent u in totaal "
       "minder kwijt dan met gas.",
       "After how many years the extra investment has been earned back through lower yearly costs; from then on "
       "you have spent less in total than with gas.",
       (), ("payback",), "payback"),
    _t("break-even", "Voordeliger dan gas vanaf", "Cheaper than gas from",
       "Bij zoveel gas per jaar of meer is deze manier van verwarmen over de hele periode goedkoper dan gas "
       "(het omslagpunt).",
       "With this much gas a year or more, this way of heating is cheaper than gas over the whole period (the "
       "break-even point).",
       ("omslagpunt", "voordeliger dan gas"), ("break-even", "break-even point"), "break-even"),
    _t("npv", "Netto contante waarde", "Net present value",
       "Alle kosten over de jaren opgeteld, waarbij een euro later minder zwaar telt dan een euro nu. Zo zijn "
       "investeringen nu en kosten later eerlijk te vergelijken.",
       "All costs over the years added up, with a euro later counting less than a euro now. That makes "
       "investments now and costs later fair to compare.",
       ("contante waarde",), ("present value",), "discounting"),
    _t("horizon", "Rekenperiode", "Horizon",
       "De jaren waarover Minigrid de kosten optelt, standaard 15 jaar, ongeveer de levensduur van een warmtepomp.",
       "The years over which Minigrid adds up the costs, 15 by default, about the life of a heat pump.",
       ("hele periode",), ("calculation period", "whole period"), "money"),
    _t("residual-value", "Restwaarde", "Residual value",
       "Wat een installatie aan het eind van de rekenperiode nog waard is omdat ze langer meegaat; dat telt als "
       "opbrengst.",
       "What an installation is still worth at the end of the period because it lasts longer; it counts as income.",
       (), (), "residual-value"),
    _t("price-band", "Bandbreedte", "Range",
       "De bedragen bij lage en bij hoge energieprijzen; de werkelijke kosten liggen waarschijnlijk daartussen.",
       "The amounts at low and at high energy prices; the real costs will probably lie in between.",
       (), ("price band",), "price-band"),
    _t("indicative", "Indicatief", "Indicative",
       "Een schatting met gangbare prijzen, nog geen offerte; de echte prijzen volgen uit de offertes van "
       "aannemers.",
       "An estimate with common prices, not yet a quote; the real prices follow from the contractors' quotes.",
       ("indicatieve", "indicatieve prijs"), ("indicative price",), "investments"),
    _t("fixed-charge", "Vastrecht", "Standing charge",
       "Het vaste bedrag per jaar voor een aansluiting, los van hoeveel u gebruikt. Wie de gasaansluiting laat "
       "weghalen, betaalt geen vastrecht voor gas meer.",
       "The fixed amount per year for a connection, however much you use. A home whose gas connection is "
       "removed no longer pays the standing charge for gas.",
       ("vaste lasten",), ("standing charges", "fixed charges"), "fixed-charges"),
    _t("cost-line", "Post", "Cost line",
       "Eén regel van de kosten, zoals 'boren' of 'warmtepomp'. Als eenheid in de staat van hoeveelheden: één "
       "bedrag voor het hele werk, niet per meter of per stuk.",
       "One line of the costs, such as 'drilling' or 'heat pump'. As a unit in the bill of quantities: one "
       "amount for the whole job, not per metre or per piece.",
       ("posten", "kostenpost", "kostenposten"), ("cost lines", "lump sum"), "investment-lines"),
    _t("isde", "ISDE", "ISDE",
       "De Investeringssubsidie duurzame energie en energiebesparing van de overheid (RVO) voor onder meer "
       "warmtepompen. Minigrid trekt die af van de investering.",
       "The government's Investment Subsidy for Sustainable Energy and Energy Saving (RVO), among others for heat "
       "pumps. Minigrid deducts it from the investment.",
       ("ISDE-subsidie",), ("ISDE subsidy",), "isde"),
    _t("heat-fund", "Warmtefonds", "Heat Fund",
       "Het Nationaal Warmtefonds leent geld voor verduurzaming: de Energiebespaarlening, met 0 % rente bij een "
       "inkomen tot de grens.",
       "The National Heat Fund lends money for making homes sustainable: the Energy Saving Loan, at 0 % interest "
       "for an income up to the limit.",
       ("Energiebespaarlening", "Nationaal Warmtefonds"), ("Energy Saving Loan", "National Heat Fund"), "financing"),
    _t("entry-fee", "Aansluitbijdrage", "Entry fee",
       "Wat een woning betaalt die later aansluit: een deel van het gedeelde deel, afgeschreven tot het jaar van "
       "aansluiten. De oprichters krijgen dat terug.",
       "What a home pays that joins later: a share of the shared part, written down to the year it joins. The "
       "founders get it back.",
       (), ("connection fee",), "entry-fee"),
    _t("cost-split", "Verdeelsleutel", "Cost allocation",
       "De afspraak hoe de kosten van het gedeelde deel over de woningen worden verdeeld, bijvoorbeeld naar "
       "warmtevraag of gelijk per woning.",
       "The agreement on how the costs of the shared part are divided over the homes, for instance by heat demand "
       "or equally per home.",
       ("verdeelsleutel gedeelde kosten",), ("allocation of shared costs",), "cost-split"),
    # -- rules and organisation
    _t("wcw", "Wcw", "Wcw",
       "De Wet collectieve warmte, de wet voor warmtenetten. Hoe streng de regels zijn, hangt af van het aantal "
       "aansluitingen.",
       "The Collective Heat Act (Wet collectieve warmte), the law for heat networks. How strict its rules are "
       "depends on the number of connections.",
       ("Wet collectieve warmte",), ("Collective Heat Act",), "rules"),
    _t("wcw-bound", "Wcw-plichtig", "Wcw-bound",
       "Het net valt onder de Wet collectieve warmte, met regels voor tarieven en toezicht. Met ten hoogste 10 "
       "aansluitingen zijn die regels licht.",
       "The network falls under the Collective Heat Act, with rules for tariffs and supervision. With at most 10 "
       "connections those rules are light.",
       (), ("Wcw-plichtig",), "rules"),
    _t("acm", "ACM", "ACM",
       "De Autoriteit Consument & Markt, de toezichthouder die onder meer op warmtetarieven let.",
       "The Netherlands Authority for Consumers and Markets, the regulator that among other things watches heat "
       "tariffs.",
       ("Autoriteit Consument & Markt",), (), "rules"),
    _t("art-7-22", "Art. 7.22", "Art. 7.22",
       "Het artikel van de Wet collectieve warmte dat zegt dat tarieven op de werkelijke kosten gebaseerd moeten "
       "zijn: niemand mag aan de buren verdienen.",
       "The article of the Collective Heat Act saying that tariffs must be based on the real costs: nobody may "
       "profit from the neighbours.",
       ("artikel 7.22",), ("article 7.22",), "rules"),
    _t("exemption", "Ontheffing", "Exemption",
       "Toestemming van de gemeente om een klein warmtenet zelf te beheren zonder alle plichten van een groot "
       "warmtebedrijf; nodig boven 10 aansluitingen.",
       "Permission from the municipality to run a small heat network yourselves without all duties of a large "
       "heat company; needed above 10 connections.",
       (), (), "rules"),
    _t("self-management", "Zelfbeheer", "Self-management",
       "De bewoners zijn samen eigenaar van het gedeelde deel en regelen onderhoud en afspraken zelf, vaak in een "
       "vereniging of coöperatie.",
       "The residents own the shared part together and arrange maintenance and agreements themselves, often in an "
       "association or cooperative.",
       (), (), "organisation-models"),
    _t("organisation-model", "Organisatievorm", "Organisation model",
       "Wie eigenaar wordt van het gedeelde deel en wie het beheert: de bewoners zelf, een energiecoöperatie of "
       "een marktpartij.",
       "Who will own the shared part and who runs it: the residents themselves, an energy cooperative or a "
       "market partner.",
       ("organisatievormen",), ("organisation models",), "organisation-models"),
    _t("grid-operator", "Netbeheerder", "Grid operator",
       "Het bedrijf van de kabels en leidingen in de straat (zoals Stedin of Liander); het haalt de gasaansluiting "
       "weg en verzwaart zo nodig de stroomaansluiting.",
       "The company that owns the cables and pipes in the street (such as Stedin or Liander); it removes the gas "
       "connection and upgrades the electricity connection if needed.",
       (), (), "investment-lines"),
    _t("three-phase", "3-fase", "3-phase",
       "Een zwaardere stroomaansluiting (krachtstroom, drie groepen). Een warmtepomp heeft die soms nodig; anders "
       "verzwaart de netbeheerder de aansluiting.",
       "A heavier electricity connection (three phases). A heat pump sometimes needs it; otherwise the grid "
       "operator upgrades the connection.",
       ("krachtstroom",), ("three-phase",), "electric-peak"),
    # -- the process
    _t("declaration-of-intent", "Intentieverklaring", "Declaration of intent",
       "Een verklaring dat een huishouden wil meedoen; nog niet bindend. De bindende overeenkomst volgt na de "
       "offertes.",
       "A statement that a household wants to take part; not yet binding. The binding agreement follows after the "
       "quotes.",
       ("intentieverklaringen",), ("declarations of intent",), "who-signs"),
    _t("binding-agreement", "Bindende overeenkomst", "Binding agreement",
       "Het contract waarmee een woning echt meedoet en meebetaalt, getekend na de offertes en het besluit.",
       "The contract with which a home really takes part and pays its share, signed after the quotes and the "
       "decision.",
       (), (), "go-no-go"),
    _t("tender", "Uitvraag", "Tender",
       "Het verzoek aan aannemers om een offerte te maken voor het werk, met wat er precies moet gebeuren.",
       "The request to contractors to quote for the work, with what exactly has to be done.",
       (), ("call for quotes",), "tender"),
    _t("bill-of-quantities", "Staat van hoeveelheden", "Bill of quantities",
       "De lijst van al het werk met hoeveelheden (meters boren, leidingen, warmtepompen) die elke aannemer "
       "invult, zodat offertes regel voor regel te vergelijken zijn.",
       "The list of all the work with quantities (metres drilled, pipes, heat pumps) that every contractor fills "
       "in, so quotes can be compared line by line.",
       ("staten van hoeveelheden",), ("bills of quantities",), "bill-of-quantities"),
    _t("quote", "Offerte", "Quote",
       "Het aanbod van een aannemer met zijn prijzen voor het werk uit de uitvraag. Minigrid zet elke offerte "
       "regel voor regel naast de indicatieve prijzen.",
       "A contractor's offer with his prices for the work in the tender. Minigrid sets every quote line by line "
       "against the indicative prices.",
       ("offertes",), ("quotes",), "quote-comparison"),
    _t("margin", "Marge", "Margin",
       "Hoeveel een prijs in een offerte van de indicatieve prijs mag afwijken voordat Minigrid hem aanwijst: "
       "standaard 20 % meer of minder.",
       "How far a price in a quote may differ from the indicative price before Minigrid points it out: by "
       "default 20 % more or less.",
       (), (), "quote-comparison"),
    _t("go-rule", "Spelregel", "Go/no-go rule",
       "De afspraak van de groep hoeveel woningen moeten tekenen voordat het doorgaat, bijvoorbeeld ten minste "
       "zes van de acht.",
       "The group's agreement on how many homes must sign before it goes ahead, for instance at least six out "
       "of eight.",
       ("spelregel voor doorgaan",), (), "go-no-go"),
    _t("quick-scan", "Quickscan", "Quick scan",
       "Een eerste technische verkenning: welke temperaturen, clusters en bodemlussen passen bij de straat. Nog "
       "geen ontwerp.",
       "A first technical survey: which temperatures, clusters and ground loops suit the street. Not yet a design.",
       ("technische quickscan",), ("technical quick scan",), "variants"),
    _t("business-case", "Businesscase", "Business case",
       "De kosten per woning van elke manier van verwarmen: per maand, eenmalig en over de hele rekenperiode.",
       "The costs per home of each way of heating: per month, one-off and over the whole period.",
       ("indicatieve businesscase",), ("indicative business case",), "money"),
    _t("assessment-framework", "Afwegingskader", "Assessment framework",
       "Acht punten uit de handreiking van de provincie Utrecht waarmee u ziet hoe kansrijk het initiatief is; "
       "elk punt is gunstig, aandacht of ongunstig.",
       "Eight points from the guide of the Province of Utrecht that show how promising the initiative is; each "
       "point is favourable, needs attention or unfavourable.",
       (), (), "conditions"),
    _t("klic", "KLIC-melding", "KLIC notification",
       "Een verplichte melding vóór het graven, waarmee u hoort waar kabels en leidingen in de grond liggen.",
       "A compulsory notification before digging that tells you where cables and pipes lie underground.",
       ("KLIC", "graafmelding"), ("KLIC",), "tender-scope"),
)


@cache
def _by_key() -> dict[str, Term]:
    return {term.key: term for term in TERMS}


def term(key: str) -> Term:
    """The entry ``key``; KeyError when there is none."""
    return _by_key()[key]


def sorted_terms(language: str) -> list[Term]:
    """Every entry in the alphabetical order of its name in ``language``."""
    return sorted(TERMS, key=lambda t: t.name(language).casefold())


#: A form that starts with an article ("the source", "de bron": the name alone also means the source of a
#: figure) is the term only where the term ends the phrase. Followed by one of these words it is part of a
#: longer term that is not in the glossary: "the source design" is the design of the source (Dutch writes it
#: as one word, "bronontwerp", never matched inside), and "the source" is not what it says.
_ARTICLE = {"en": ("the ", "one ", "a ", "an "), "nl": ("de ", "het ", "één ", "een ")}
_LONGER_TERMS = {
    "en": ("design", "designs", "temperature", "temperatures", "pump", "pumps", "circulation", "side", "language",
           "code", "file", "files", "data", "text", "checkout"),
    "nl": (),
}


def _form_pattern(form: str, language: str) -> str:
    """The regular expression of one form: as written, and not as the start of a longer term (:data:`_LONGER_TERMS`)."""
    heads = _LONGER_TERMS.get(language, ())
    if not heads or not form.startswith(_ARTICLE.get(language, ())):
        return re.escape(form)
    return re.escape(form) + rf"(?![ \u00a0]+(?:{'|'.join(heads)})(?![\w-]))"


@cache
def _pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for entry in TERMS:
        for form in entry.forms(language):
            owner.setdefault(form.casefold(), entry.key)
    forms = sorted(owner, key=len, reverse=True)  # the longest form wins ("gedeelde bodemlus")
    body = "|".join(_form_pattern(form, language) for form in forms)
    # whole words: no letter or digit glued on either side (hyphens count as glue: "Wcw-plichtig")
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), owner


#: What follows a term that is the name of one thing, not the term: a number or code ("Cluster 1", "Cluster C2")
_NUMBERED = re.compile(r"[ \u00a0]+[A-Z]?\d+(?![\w,.-]*\w)(?![ \u00a0]*(?:m\b|m²|m³|kWh?\b|W\b|jaar|years?\b|%|°))")


def is_label(text: str, start: int, end: int) -> bool:
    """Whether the term at ``text[start:end]`` names one numbered thing: 'Cluster 1' is a label (a
    cluster's name), not the word 'cluster' a resident may look up; written with a capital and
    followed by a number or code ('Cluster C2', 'Bodemlus 3'); not a quantity ('Bodemlus 150 m diep')."""
    return text[start:start + 1].isupper() and _NUMBERED.match(text, end) is not None


def find_terms(text: str, language: str) -> list[tuple[int, int, str]]:
    """Where glossary terms occur in plain ``text``: ``(start, end, key)``, in order, not overlapping.

    A label that starts with a term ('Cluster 1', :func:`is_label`) is not an occurrence."""
    pattern, owner = _pattern(language)
    return [
        (m.start(), m.end(), owner[m.group(0).casefold()])
        for m in pattern.finditer(text)
        if not is_label(text, m.start(), m.end())
    ]


def terms_in(text: str, language: str) -> list[str]:
    """The keys of the terms in plain ``text``, each once, in order of first appearance."""
    return list(dict.fromkeys(key for _start, _end, key in find_terms(text, language)))


_BLOCK_TAG = re.compile(r"<(?:br|/?p|/?li|/?td|/?tr|/?div|/?h\d|/?table|/?ul|/?ol)\b[^>]*>", re.I)
_INLINE_TAG = re.compile(r"<[^>]*>")
_RICH = re.compile(r"<(?:b|i|u|p|br|span|a|table|tr|td|ul|ol|li|h\d|div|font|small|big|sup|sub)\b[^>]*>", re.I)


def looks_rich(text: str) -> bool:
    """Whether ``text`` is HTML as Qt's ``Qt::mightBeRichText`` guesses it (a tag it knows)."""
    return bool(_RICH.search(text))


def plain_text(text: str) -> str:
    """``text`` without tags and with entities read (for finding terms in rich text)."""
    if not looks_rich(text):
        return text
    return html.unescape(_INLINE_TAG.sub("", _BLOCK_TAG.sub("\n", text)))


def link_terms(text: str, language: str, style: str = "", seen: set[str] | None = None) -> tuple[str, list[str]]:
    """``text`` as rich text with the first occurrence of each term a ``glossary:<key>`` link.

    Parameters
    ----------
    text : str
        Plain text (escaped here) or rich text (links inserted only in text between tags,
        never inside an existing ``<a>``).
    language : str
        ``"nl"`` or ``"en"``.
    style : str
        CSS of the link (``style`` attribute), e.g. colour and underline.
    seen : set of str, optional
        Keys already linked nearby (not linked again); updated with the keys linked here.

    Returns
    -------
    (str, list of str)
        The text (unchanged when it has no term) and the keys linked, in order.
    """
    seen = set() if seen is None else seen
    rich = looks_rich(text)
    pieces = re.split(r"(<[^>]*>)", text) if rich else [text]
    out: list[str] = []
    linked: list[str] = []
    in_link = 0
    attribute = f' style="{style}"' if style else ""
    for piece in pieces:
        if rich and piece.startswith("<"):
            lower = piece.lower()
            if re.match(r"<a\b", lower):
                in_link += 1
            elif lower.startswith("</a"):
                in_link = max(0, in_link - 1)
            out.append(piece)
            continue
        plain = html.unescape(piece) if rich else piece
        if in_link or not plain.strip():
            out.append(piece)
            continue
        position = 0
        segment: list[str] = []
        for start, end, key in find_terms(plain, language):
            if key in seen:
                continue
            seen.add(key)
            linked.append(key)
            segment.append(html.escape(plain[position:start], quote=False))
            segment.append(f'<a href="{LINK_SCHEME}{key}"{attribute}>{html.escape(plain[start:end], quote=False)}</a>')
            position = end
        if position == 0:
            out.append(piece if rich else html.escape(piece, quote=False))
        else:
            segment.append(html.escape(plain[position:], quote=False))
            out.append("".join(segment))
    if not linked:
        return text, []
    result = "".join(out)
    if not rich:
        result = result.replace("\n", "<br>")
    return result, linked


def glossary_html(language: str, keys: list[str] | None = None, anchors: bool = True) -> str:
    """The glossary (all entries, or ``keys``) as HTML definition paragraphs, alphabetical."""
    chosen = set(keys) if keys is not None else None
    parts = []
    for entry in sorted_terms(language):
        if chosen is not None and entry.key not in chosen:
            continue
        anchor = f'<a name="{entry.key}"></a>' if anchors else ""
        parts.append(f"<p>{anchor}<b>{html.escape(entry.name(language))}</b>: {html.escape(entry.text(language))}</p>")
    return "\n".join(parts)
