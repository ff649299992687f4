"""The Wet collectieve warmte (Wcw) regime for a number of connections (method.md#rules).

References
----------
Handreiking mini- en kleinschalige warmtenetten, section 3.1 and table 11.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minigrid_app.core.formatting import count as counted_as
from minigrid_app.core.problems import Bilingual

ORGANISATION_MODELS = {
    "self_management": {
        "nl": "Zelfbeheer met individuele financiering",
        "en": "Self-management with individual financing",
        "pros_nl": "Efficiënt, aantrekkelijke leningen (Warmtefonds), het meest haalbaar onder 10 deelnemers.",
        "pros_en": "Efficient, attractive loans (Warmtefonds), most feasible below 10 participants.",
        "cons_nl": "Boven 10 aansluitingen Wcw-plichtig; niet iedereen wil of kan lenen.",
        "cons_en": "Above 10 connections the Wcw applies; not everyone wants to or can borrow.",
    },
    "cooperative": {
        "nl": "Lokale energiecoöperatie bezit het gedeelde deel",
        "en": "Local energy cooperative owns the shared part",
        "pros_nl": "Neemt investering weg bij bewoners, crowdfunding en gemeentelijke deelname mogelijk.",
        "pros_en": "Takes the investment away from residents; crowdfunding and municipal participation possible.",
        "cons_nl": "Organisatie moet Wcw-proof zijn; financiering en juridische vragen.",
        "cons_en": "Organisation must be Wcw-proof; financing and legal questions.",
    },
    "market_partner": {
        "nl": "Marktpartij",
        "en": "Market partner",
        "pros_nl": "Snel beschikbaar, kan ook de warmtepomp financieren en per eenheid warmte afrekenen.",
        "pros_en": "Available soon, may also finance the heat pump and bill per unit of heat.",
        "cons_nl": "Lange afhankelijkheid, waarschijnlijk hogere kosten, juridisch complex.",
        "cons_en": "Long dependency, probably higher costs, legal complexity.",
    },
}


@dataclass(frozen=True)
class WcwRegime:
    """Which Wcw situation applies.

    Attributes
    ----------
    code : str
        ``limited`` (≤ 10), ``exemption`` (11-1 500) or ``basic`` (> 1 500).
    connections : int
        Small-consumer connections counted.
    models : tuple[str, ...]
        Organisation models that fit, best fit first (keys of ``ORGANISATION_MODELS``).
    """

    code: str
    connections: int
    title_nl: str
    title_en: str
    explanation_nl: str
    explanation_en: str
    models: tuple[str, ...]


def wcw_regime(connections: int, limited_max: int, exemption_max: int, *, counted: tuple[str, str] | None = None) -> WcwRegime:
    """The Wcw regime for ``connections`` small-consumer connections on one network.

    ``counted`` words the connections in the explanation (Dutch, English) when it speaks of several
    networks ('4 aansluitingen per net', '3 tot 5 aansluitingen per net'); default '4 aansluitingen'.
    """
    said_nl, said_en = counted or (counted_as(connections, "aansluiting", "aansluitingen"),
                                   counted_as(connections, "connection", "connections"))  # not '1 aansluitingen'
    if connections <= limited_max:
        return WcwRegime(
            code="limited",
            connections=connections,
            title_nl="Beperkt gereguleerd (situatie 1)",
            title_en="Limited regulation (situation 1)",
            explanation_nl=(
                f"Met {said_nl} (ten hoogste {limited_max}) is geen ontheffing of "
                "aanwijzing nodig en toetst de ACM niet actief. Wel moeten tarieven kostengebaseerd "
                "zijn (art. 7.22), moet de factuur bepaalde gegevens bevatten (art. 2.36) en volgen de "
                "gebruikskosten het gemeten verbruik (art. 2.40-2.42). Zelfbeheer past hier."
            ),
            explanation_en=(
                f"With {said_en} (at most {limited_max}) no exemption or designation is "
                "needed and the ACM does not actively review. Tariffs must still be cost-based "
                "(art. 7.22), invoices must hold certain data (art. 2.36) and usage costs follow "
                "metered use (art. 2.40-2.42). Self-management fits here."
            ),
            models=("self_management", "cooperative", "market_partner"),
        )
    if connections <= exemption_max:
        return WcwRegime(
            code="exemption",
            connections=connections,
            title_nl="Kleine collectieve voorziening: ontheffing nodig (situatie 2)",
            title_en="Small collective system: exemption needed (situation 2)",
            explanation_nl=(
                f"Met {said_nl} is een ontheffing van de gemeente nodig na een "
                "toets door de ACM, en een volwaardig warmtebedrijf (plannen voor deskundigheid, "
                "financiële stabiliteit en leveringszekerheid, tarieven, meting, jaarrekening). "
                f"Zelfbeheer is lastig: splits in netten van ten hoogste {limited_max} aansluitingen, "
                "of kies een energiecoöperatie of marktpartij."
            ),
            explanation_en=(
                f"With {said_en} an exemption from the municipality is needed after an "
                "ACM review, and a full heat company (plans for competence, financial stability and "
                "security of supply, tariffs, metering, annual accounts). Self-management is hard: split "
                f"into networks of at most {limited_max} connections, or use an energy cooperative or a "
                "market partner."
            ),
            models=("cooperative", "market_partner", "self_management"),
        )
    return WcwRegime(
        code="basic",
        connections=connections,
        title_nl="Basisregime (situatie 3)",
        title_en="Basic regime (situation 3)",
        explanation_nl=(
            "Bij meer dan 1.500 aansluitingen geldt het basisregime: aanwijzing door de gemeente, "
            "publiek meerderheidsbelang of een warmtegemeenschap."
        ),
        explanation_en=(
            "Above 1,500 connections the basic regime applies: designation by the municipality, "
            "majority public ownership or a heat community."
        ),
        models=("cooperative", "market_partner"),
    )



def per_network_text(clusters: Sequence) -> Bilingual | None:
    """The regime when every cluster is a network of its own, beside the group's as one network.

    The group's regime counts all homes that take part as one network ('ontheffing nodig' for
    20); split into its clusters, each network counts its own ('Als elk cluster een eigen net
    is, telt elk net ten hoogste 4 aansluitingen: beperkt gereguleerd (situatie 1).'). Every
    view that gives the group's regime says this too, or step 3 and step 5 (per cluster) read as
    contradicting each other.

    Parameters
    ----------
    clusters : sequence of ClusterResult
        The results' clusters (each with its ``households`` and its own ``wcw``).

    Returns
    -------
    Bilingual | None
        The sentence about the cluster with the most homes; None without clusters.
    """
    if not clusters:
        return None
    largest = max(clusters, key=lambda c: len(c.households))
    count = len(largest.households)
    return Bilingual(
        f"Als elk cluster een eigen net is, telt elk net ten hoogste {counted_as(count, 'aansluiting', 'aansluitingen')}: "
        f"{largest.wcw.title_nl.lower()}.",
        f"If every cluster is a network of its own, each has at most {counted_as(count, 'connection', 'connections')}: "
        f"{largest.wcw.title_en.lower()}.",
    )


def each_network_limited(clusters: Sequence) -> bool:
    """Whether every cluster, as a network of its own, stays within the limited regime (none when
    there are no clusters): the reading in which a group above the limit needs no exemption."""
    return bool(clusters) and all(c.wcw.code == "limited" for c in clusters)


def best_fits(group_wcw: WcwRegime, clusters: Sequence) -> dict[str, Bilingual]:
    """Which organisation model fits best, as every view says it beside the models (model code → words).

    The group as one network and each cluster as a network of its own can point to different
    models: 20 homes on one network need an exemption (a cooperative fits best), five clusters
    of 4 each stay limited (self-management fits, as the organisation comparison's law says). The
    evening report marked the cooperative 'past hier het best' above a law line ending in
    'Zelfbeheer past hier'; when the two readings differ, each model is named with its reading.

    Parameters
    ----------
    group_wcw : WcwRegime
        The regime of all homes that take part as one network (its ``models``, best first).
    clusters : sequence of ClusterResult
        The results' clusters (each with its own ``wcw``).

    Returns
    -------
    dict[str, Bilingual]
        One or two models with the words shown beside them; empty when no model fits.
    """
    if not group_wcw.models:
        return {}
    first = group_wcw.models[0]
    if group_wcw.code == "limited" or not each_network_limited(clusters) or first == "self_management":
        return {first: Bilingual("past hier het best", "fits best here")}
    return {
        first: Bilingual("past het best als alle woningen één net vormen", "fits best if all homes form one network"),
        "self_management": Bilingual("past het best als elk cluster een eigen net is", "fits best if every cluster is a network of its own"),
    }


def exemption_text(group_wcw: WcwRegime, clusters: Sequence, limited_max: int) -> Bilingual | None:
    """Whether the group needs a Heat Act exemption, as the permit checklist and the decision say it.

    The same two readings as :func:`per_network_text`: when all homes that take part count as
    one network of more than ``limited_max`` connections an exemption is needed, but when each
    cluster is a network of its own of at most ``limited_max``, none is (the checklist said
    'Meer dan 10 aansluitingen op één net: ontheffing' for straat-24's nets of 4 while step 3
    said 'beperkt gereguleerd' for each).

    Parameters
    ----------
    group_wcw : WcwRegime
        The group's regime (all participants as one network).
    clusters : sequence of ClusterResult
        The results' clusters, each with its ``households`` and its own ``wcw``.
    limited_max : int
        Most connections of the limited regime (``wcw_limited_max_connections``).

    Returns
    -------
    Bilingual | None
        None when no exemption is needed (the group is within the limited regime).
    """
    if group_wcw.code == "limited":
        return None
    connections = group_wcw.connections
    if each_network_limited(clusters):
        largest = max(len(c.households) for c in clusters)
        return Bilingual(
            f"Nodig als de clusters samen één net zijn ({connections} aansluitingen, meer dan {limited_max}): "
            "ontheffing van de gemeente na toetsing door de ACM. Is elk cluster een eigen net (ten hoogste "
            f"{largest} aansluitingen), dan is geen ontheffing nodig: vraag de gemeente hoe zij de netten telt.",
            f"Needed if the clusters together are one network ({connections} connections, more than {limited_max}): "
            "an exemption from the municipality after an ACM review. If every cluster is a network of its own (at "
            f"most {largest} connections), none is needed: ask the municipality how it counts the networks.",
        )
    return Bilingual(
        f"Meer dan {limited_max} aansluitingen op één net: ontheffing van de gemeente na toetsing door de ACM.",
        f"More than {limited_max} connections on one network: exemption from the municipality after an ACM review.",
    )
