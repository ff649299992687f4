"""The clusters of the tender: the residents' clusters, for the homes that signed (method.md#tender).

Residents agree on their cluster (step 5, the evening pack); a home that leaves keeps every
other home in its cluster (:mod:`minigrid_app.core.cluster_keeping`). The tender (bill of
quantities, request, hand-off to the engineer, quote comparison, decision record) keeps
those clusters: the same id, the same name, the same homes minus those that did not sign.
It does not form clusters again from the signers alone: that regrouped the street (straat-24:
the tender's "Cluster 1" was Vogelstraat 6, 12, 18 and 24, one home from each of four
clusters of step 5), so "Cluster 1" on a quote was not the group the residents agreed on.

A cluster is in the tender with a shared source when at least :data:`MIN_SIGNERS` of its
homes signed. With fewer it is said plainly ("Cluster 2: 1 van 4 woningen getekend, te weinig
voor een gedeelde bron") and its signer is not in this tender: it is not merged into a
neighbouring cluster nor renamed; moving a home to another cluster is the residents' choice
(step 5).

Decided here once, so the window, the tender request, the workbook, the hand-off and the
command line all show the same clusters (:func:`minigrid_app.core.tender.tender_scope` pins
them in the tendered copy of the project).

Quotes are keyed by line id (``shared-C1:drilling``). A project saved before the tender kept
the residents' clusters has quote amounts for clusters formed again from the signers;
:func:`move_old_quotes` moves them onto the cluster with the same homes, or, when no cluster
of the tender has those homes, keeps them apart (they count for no line) and says so.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from minigrid_app.core.cluster_keeping import formed_clusters
from minigrid_app.core.formatting import join_names
from minigrid_app.core.home_labels import home_name
from minigrid_app.core.model import ManualCluster, Project
from minigrid_app.core.participation import DECLINED, has_signed
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.tender_model import Quote

#: The fewest signers a shared source is tendered for: one home alone has an own loop
#: (the same number as the signature curve's ``MIN_SIGNERS``).
MIN_SIGNERS = 2

#: Added to a cluster id in the line ids of a quote amount that was priced for a cluster formed
#: again from the signers and matches no cluster of the tender now ("shared-C1~old:drilling").
OLD_GROUPING = "~old"


@dataclass(frozen=True)
class TenderCluster:
    """One cluster as the residents saw it (step 5), and who of it signed.

    Attributes
    ----------
    id : str
        The cluster's id on step 5 (``C1`` or a manual cluster's ``cl-…``); its field is ``shared-<id>``.
    name : str
        Its name on step 5 ("Cluster 1", or what the residents called it).
    homes : tuple of str
        Its homes on step 5 (household ids, street order).
    signed : tuple of str
        Those that signed the declaration of intent.
    """

    id: str
    name: str
    homes: tuple[str, ...]
    signed: tuple[str, ...]

    @property
    def tendered(self) -> bool:
        """Enough signers for a shared source: the cluster is in the tender."""
        return len(self.signed) >= MIN_SIGNERS

    def signed_of(self) -> Bilingual:
        """'1 van 4 woningen getekend'."""
        signed, homes = len(self.signed), len(self.homes)
        return Bilingual(f"{signed} van {homes} {'woning' if homes == 1 else 'woningen'} getekend",
                         f"{signed} of {homes} {'home' if homes == 1 else 'homes'} signed")

    def count_words(self) -> Bilingual:
        """'Cluster 2: 1 van 4 woningen getekend' (the count said per cluster)."""
        said = self.signed_of()
        return Bilingual(f"{self.name}: {said.nl}", f"{self.name}: {said.en}")


def tender_clusters(project: Project) -> list[TenderCluster]:
    """The clusters of step 5 (street order) with their signers.

    Parameters
    ----------
    project : Project
        The project as the residents see it (not the tendered copy).
    """
    signed = {h.id for h in project.households if has_signed(h)}
    return [
        TenderCluster(cluster.id, cluster.name, tuple(cluster.household_ids),
                      tuple(h for h in cluster.household_ids if h in signed))
        for cluster in formed_clusters(project)
    ]


def pin_tender_clusters(scoped: Project, clusters: Sequence[TenderCluster]) -> list[str]:
    """Keep the residents' clusters in the tendered copy: each cluster with enough signers becomes a
    manual cluster under its own id and name with only its signers; the signers of a cluster with
    too few are set to not taking part. Returns those signers (street order)."""
    members = {hid: cluster for cluster in clusters if cluster.tendered for hid in cluster.signed}
    left_out = [hid for cluster in clusters if not cluster.tendered for hid in cluster.signed]
    scoped.clusters.manual = [ManualCluster(id=cluster.id, name=cluster.name) for cluster in clusters if cluster.tendered]
    for household in scoped.households:
        cluster = members.get(household.id)
        household.cluster = cluster.id if cluster is not None else None
        if household.id in left_out:
            household.participation = DECLINED
    return left_out


def _names(project: Project, ids: Sequence[str], language: str = "nl") -> str:
    """'Vogelstraat 12, 14 en 18' as a paper names the homes (street order of ``ids``)."""
    rows = {h.id: (row, h) for row, h in enumerate(project.households, 1)}
    return join_names([home_name(rows[hid][1], rows[hid][0]) for hid in ids if hid in rows], language)


#: what residents can do about a cluster with too few signers (said once after one or more of them)
TOO_FEW_ADVICE = Bilingual(
    "Tekenen meer buren in dit cluster, dan komt het in de uitvraag; een woning naar een ander cluster verplaatsen "
    "doen de bewoners bij stap 5.",
    "When more neighbours in this cluster sign, it is in the tender; moving a home to another cluster is the "
    "residents' choice in step 5.",
)
TOO_FEW_ADVICE_SEVERAL = Bilingual(
    "Tekenen meer buren in zo'n cluster, dan komt het in de uitvraag; een woning naar een ander cluster verplaatsen "
    "doen de bewoners bij stap 5.",
    "When more neighbours in such a cluster sign, it is in the tender; moving a home to another cluster is the "
    "residents' choice in step 5.",
)


def too_few_words(cluster: TenderCluster, project: Project, advice: bool = True) -> Bilingual:
    """Why a cluster is not in the tender, plainly: 'Cluster 2: 1 van 4 woningen getekend, te weinig voor
    een gedeelde bron; Vogelstraat 6 staat daarom niet in deze uitvraag.', with what the residents can
    do (:data:`TOO_FEW_ADVICE`) unless ``advice`` is False (a text that says it once for several)."""
    count, one = cluster.count_words(), len(cluster.signed) == 1
    said = Bilingual(
        f"{count}, te weinig voor een gedeelde bron; {_names(project, cluster.signed)} {'staat' if one else 'staan'} daarom "
        "niet in deze uitvraag.",
        f"{count.en}, too few for a shared source; {_names(project, cluster.signed, 'en')} {'is' if one else 'are'} therefore "
        "not in this tender.",
    )
    return Bilingual(f"{said.nl} {TOO_FEW_ADVICE.nl}", f"{said.en} {TOO_FEW_ADVICE.en}") if advice else said


def tender_notes(clusters: Sequence[TenderCluster], project: Project) -> list[Bilingual]:
    """What each cluster of step 5 with a signer but too few for the tender lacks (:func:`too_few_words`), street
    order, and what the residents can do about it said once: after the one such cluster in its sentence, after
    several as a note of its own (:data:`TOO_FEW_ADVICE_SEVERAL`). A cluster where nobody signed needs none: its
    homes are listed as not in this tender. Decided here for every view (step 6, the tender request, the command
    line): straat-24's tender said 'Tekenen meer buren in dit cluster, …' after each of three clusters."""
    short = _too_few(clusters)
    if len(short) == 1:
        return [too_few_words(short[0], project)]
    notes = [too_few_words(cluster, project, advice=False) for cluster in short]
    return [*notes, TOO_FEW_ADVICE_SEVERAL] if notes else []


def _too_few(clusters: Sequence[TenderCluster]) -> list[TenderCluster]:
    """The clusters of step 5 with a signer but too few for the tender, street order."""
    return [cluster for cluster in clusters if cluster.signed and not cluster.tendered]


def clusters_words(clusters: Sequence[TenderCluster], project: Project) -> Bilingual | None:
    """The tender's clusters in one text for step 6: 'De uitvraag houdt de clusters van stap 5 aan, met alleen
    de woningen die tekenden: Cluster 1: Lindehof 1 en Lindehof 3 (2 van 4 woningen getekend).' and then
    the clusters with too few signers (:func:`too_few_words`), what the residents can do said once; None
    when nobody signed."""
    notes = tender_notes(clusters, project)  # what the residents can do said once, after the clusters it is about
    tendered = [cluster for cluster in clusters if cluster.tendered]
    if not tendered and not notes:
        return None
    nl, en = [], []
    if tendered:
        nl.append("De uitvraag houdt de clusters van stap 5 aan, met alleen de woningen die tekenden: " + "; ".join(
            f"{c.name}: {_names(project, c.signed)} ({c.signed_of().nl})" for c in tendered) + ".")
        en.append("The tender keeps the clusters of step 5, with only the homes that signed: " + "; ".join(
            f"{c.name}: {_names(project, c.signed, 'en')} ({c.signed_of().en})" for c in tendered) + ".")
    nl += [note.nl for note in notes]
    en += [note.en for note in notes]
    return Bilingual(" ".join(nl), " ".join(en))


# ---------------------------------------------------------------- quotes of a project saved before


def reformed_clusters(project: Project) -> list:
    """The clusters the tender formed before it kept the residents' clusters: formed again from
    the homes that signed alone (for a project saved then, whose quotes are keyed by them)."""
    scoped = copy.deepcopy(project)
    for household in scoped.households:
        if not has_signed(household):
            household.participation = DECLINED
    return formed_clusters(scoped)


def move_old_quotes(project: Project, quotes: Sequence[Quote]) -> list[Bilingual]:
    """Put the cluster amounts of ``quotes``, saved before, onto the clusters they were priced for.

    A quote's ``shared-<id>:<item>`` amounts (and quantities) were priced for the cluster
    :func:`reformed_clusters` called ``<id>``. They move to the tender's cluster with exactly
    the same homes (its id may differ, or be the same); when no cluster of the tender has those
    homes, they are kept under ``shared-<id>~old:<item>``, which is no line of the bill, so they
    do not count and the quotes page says the fields were laid out again. Changes the quotes.

    Parameters
    ----------
    project : Project
        The project as read (its homes, their signatures and its clusters).
    quotes : sequence of Quote
        Its quotes, keyed by the clusters formed again from the signers.

    Returns
    -------
    list of Bilingual
        What was kept apart, per quote and cluster (empty when every amount stayed on the homes
        it was priced for).
    """
    if not any(key.startswith("shared-") for quote in quotes for key in (*quote.amounts, *quote.quantities)):
        return []
    before = {cluster.id: (cluster.name, set(cluster.household_ids)) for cluster in reformed_clusters(project)}
    now = {frozenset(cluster.signed): cluster.id for cluster in tender_clusters(project) if cluster.tendered}
    moves = {old: now.get(frozenset(homes), f"{old}{OLD_GROUPING}") for old, (_name, homes) in before.items()}
    said: list[Bilingual] = []
    for quote in quotes:
        apart: dict[str, None] = {}
        for attribute in ("amounts", "quantities"):
            values: dict[str, float] = {}
            for key, value in getattr(quote, attribute).items():
                owner, colon, item = key.rpartition(":")
                old = owner.removeprefix("shared-")
                if owner.startswith("shared-") and colon and old in moves:
                    key = f"shared-{moves[old]}:{item}"
                    if moves[old].endswith(OLD_GROUPING):
                        apart[old] = None
                values[key] = value
            setattr(quote, attribute, values)
        supplier = quote.supplier.strip() or "?"
        for old in apart:
            name, homes = before[old]
            ids = [h.id for h in project.households if h.id in homes]
            names, names_en = _names(project, ids), _names(project, ids, "en")
            said.append(Bilingual(
                f"Offerte van {supplier}: de bedragen voor {name} waren geprijsd voor {names}, een cluster dat de uitvraag "
                "vroeger opnieuw vormde uit alleen de woningen die tekenden. De uitvraag houdt nu de clusters van stap 5 aan; "
                "geen cluster daarvan heeft precies deze woningen, dus deze bedragen tellen niet mee. Vraag een nieuwe offerte "
                "voor de uitvraag zoals die nu is.",
                f"Quote of {supplier}: the amounts for {name} were priced for {names_en}, a cluster the "
                "tender used to form again from the homes that signed alone. The tender now keeps the clusters of step 5; none "
                "of them has exactly these homes, so these amounts do not count. Ask for a new quote for the tender as it is now.",
            ))
    return said
