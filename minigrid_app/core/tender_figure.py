"""The shared ground loop per home of steps 6-8, decided once for every view.

From the tender on, the figure a resident reads "per woning" is over the homes in the tender
(those who signed, in a cluster with enough signers), on the chosen quote's prices once a quote
is chosen: the tender's own results, not step 4's average over every home that takes part. The
summary line at the bottom (on ``core.model.TENDER_STEPS``), the quotes page, the decision page and its PDF, the slides and the
command line all show this one figure and say over which homes it is (they showed step 4's
€ 235 over 20 homes in the bottom bar above a table of 4 homes at € 247).
"""

from __future__ import annotations

from dataclasses import dataclass

from minigrid_app.core.formatting import count, euro
from minigrid_app.core.problems import Bilingual, in_language
from minigrid_app.core.quotes import HomeMonthly, QuoteCase, quote_case
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.variant import Variant
from minigrid_app.core.verdict import VerdictSummary, verdict_summary


@dataclass(frozen=True)
class TenderFigure:
    """The shared ground loop's mean per home over the homes in the tender.

    Attributes
    ----------
    homes : tuple of str
        The homes the mean is over (their names, street order): every home of the tendered
        results with a shared ground loop.
    supplier : str
        The quote whose prices count; '' for the indicative prices.
    nl, en : VerdictSummary
        The figures and their words (:func:`~minigrid_app.core.verdict.verdict_summary`) over
        ``homes``, per language [€/month, €].
    """

    homes: tuple[str, ...]
    supplier: str
    nl: VerdictSummary
    en: VerdictSummary

    def summary(self, language: str = "nl") -> VerdictSummary:
        return self.en if language == "en" else self.nl

    def homes_said(self, language: str = "nl") -> str:
        """:attr:`homes` one after another in ``language``: 'Home 1, Home 3' where the residents gave no names."""
        return ", ".join(in_language(home, language) for home in self.homes)

    @property
    def monthly_year1_eur(self) -> float:
        """Per month in year 1, mean per home of :attr:`homes` [€/month]."""
        return self.nl.monthly_year1_eur

    @property
    def over(self) -> Bilingual:
        """Over which homes: 'de 4 woningen van de uitvraag'; one home said plainly."""
        if len(self.homes) == 1:
            return Bilingual(f"de woning van de uitvraag ({self.homes[0]})", f"the home in the tender ({in_language(self.homes[0], 'en')})")
        return Bilingual(f"de {count(len(self.homes), 'woning', 'woningen')} van de uitvraag",
                         f"the {count(len(self.homes), 'home', 'homes')} in the tender")

    @property
    def priced(self) -> Bilingual:
        """Whose prices: 'met de offerte van X' or 'indicatief'."""
        if self.supplier:
            return Bilingual(f"met de offerte van {self.supplier}", f"with the quote of {self.supplier}")
        return Bilingual("indicatief", "indicative")

    @property
    def label(self) -> Bilingual:
        """The name of the figure, for a table's row or a heading: 'Gemiddeld over de 4 woningen van de uitvraag'."""
        over = self.over
        return Bilingual(f"Gemiddeld over {over.nl}", f"Mean over {over.en}")

    def text(self, language: str = "nl") -> str:
        """The whole sentence: 'gedeelde bodemlus gemiddeld over de 4 woningen van de uitvraag, indicatief,
        ≈ € 247 per maand (€ 99 na de lening), over 15 jaar € 1.200 duurder dan gas'."""
        summary = self.summary(language)
        monthly, after = euro(summary.monthly_year1_eur, 0, language), euro(summary.monthly_after_loan_eur, 0, language)
        tail = f", {summary.verdict}" if summary.verdict else ""
        if language == "en":
            return (f"shared ground loop on average over {self.over.en}, {self.priced.en}, ≈ {monthly} a month "
                    f"({after} after the loan){tail}")
        return (f"gedeelde bodemlus gemiddeld over {self.over.nl}, {self.priced.nl}, ≈ {monthly} per maand "
                f"({after} na de lening){tail}")


def tender_homes(results: ProjectResults) -> tuple[str, ...]:
    """The homes the per-home figure of steps 6-8 is over: those of the tendered results with a shared
    ground loop in a cluster (the rows of :func:`~minigrid_app.core.quotes.monthly_per_home`), street order."""
    return tuple(
        household.label
        for household in results.households
        if household.cluster_id is not None and household.variants.get(Variant.SHARED_LOOP) is not None
    )


def tender_figure(results: ProjectResults, case: QuoteCase | None = None) -> TenderFigure | None:
    """The per-home figure of steps 6-8: the tendered ``results`` (indicative), or a quote's ``case`` on them.

    None when no home of the tender has a shared ground loop.
    """
    priced = case.results if case is not None else results
    nl = verdict_summary(priced, None, Variant.SHARED_LOOP, "nl")
    en = verdict_summary(priced, None, Variant.SHARED_LOOP, "en")
    homes = tender_homes(results)
    if nl is None or en is None or not homes:
        return None
    supplier = (case.comparison.quote.supplier.strip() or "?") if case is not None else ""
    return TenderFigure(homes, supplier, nl, en)


def mean_row(results: ProjectResults, case: QuoteCase, language: str = "nl") -> HomeMonthly | None:
    """The row under the homes of a quote's table (:func:`~minigrid_app.core.quotes.monthly_per_home`): the
    same figure, indicative and on ``case``'s prices, labelled with the homes it is over; None without one."""
    indicative, quoted = tender_figure(results), tender_figure(results, case)
    if indicative is None or quoted is None:
        return None
    before, after = indicative.summary(language), quoted.summary(language)
    return HomeMonthly("", quoted.label.text(language), before.gas_monthly_year1_eur, before.monthly_year1_eur,
                       after.monthly_year1_eur, before.investment_net_eur, after.investment_net_eur)


def decided_figure(project, results: ProjectResults, lines) -> TenderFigure | None:
    """The figure of the tender as decided so far: on the quote chosen at step 8, indicative while none is.

    ``project`` is the tendered project (``TenderScope.project``), ``results`` its results and ``lines``
    its bill of quantities (``TenderPack.lines``).
    """
    quote = project.tender.quote(project.tender.decision.quote_id) if project.tender.decision.quote_id else None
    case = quote_case(project, results, lines, quote) if quote is not None else None
    return tender_figure(results, case)
