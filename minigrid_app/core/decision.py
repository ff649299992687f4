"""Step 8 "Besluit": the decision record for the group's archive.

Which quote, which organisation model, who signs the binding agreement (status and date per
home), the opt-out terms, the residents' conditions of the first evening checked once more
against the quoted figures, and the permits still open. Residents commit only to a concrete
offer (works, costs, returns) and an opt-out must be defined; a declaration of intent alone
often gives too little commitment, so the record shows plainly who has not signed yet.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from minigrid_app.core.conditions import (
    ConditionCheck,
    Outcome,
    check_conditions,
    shown_condition_text,
)
from minigrid_app.core.formatting import count, names_listed
from minigrid_app.core.home_labels import home_name
from minigrid_app.core.problems import Bilingual
from minigrid_app.core.quotes import QuoteCase, quote_case
from minigrid_app.core.reading import short
from minigrid_app.core.regulation import ORGANISATION_MODELS, each_network_limited
from minigrid_app.core.results import ProjectResults
from minigrid_app.core.tender import TenderPack, TenderScope
from minigrid_app.core.tender_clusters import MIN_SIGNERS
from minigrid_app.core.tender_figure import TenderFigure, tender_figure
from minigrid_app.core.tender_model import AGREEMENT_STATE_LABELS, AGREEMENT_STATES
from minigrid_app.core.tender_planning import PermitItem, parse_date
from minigrid_app.core.variant import Variant


@dataclass(frozen=True)
class AgreementRow:
    """One home in the decision record.

    Attributes
    ----------
    intent : str
        Its declaration of intent (participation state of the project).
    in_tender : bool
        The home signed the declaration and is in the tender.
    status : str
        The binding agreement (:data:`~minigrid_app.core.tender_model.AGREEMENT_STATES`);
        ``not_asked`` for a home outside the tender.
    date : str
    """

    household_id: str
    label: str
    intent: str
    in_tender: bool
    status: str
    date: str

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    @property
    def why_not_signed(self) -> Bilingual:
        """Why the home has no signed binding agreement, as the record says it (screen and PDF)."""
        if not self.in_tender:
            return TOO_FEW_IN_CLUSTER if self.intent == "signed" else OUTSIDE_TENDER
        nl, en = AGREEMENT_STATE_LABELS[self.status]
        return Bilingual(nl, en)


#: why a home outside the tender has no binding agreement (it was never asked to sign one)
OUTSIDE_TENDER = Bilingual(
    "Tekende de intentieverklaring niet; niet in deze uitvraag",
    "Did not sign the declaration of intent; not in this tender",
)
#: why a home that signed the declaration is outside the tender: its cluster of step 5 has too few
#: signers for a shared source (method.md#tender)
TOO_FEW_IN_CLUSTER = Bilingual(
    "Tekende de intentieverklaring, maar in haar cluster tekenden te weinig buren; niet in deze uitvraag",
    "Signed the declaration of intent, but too few neighbours in its cluster signed; not in this tender",
)


@dataclass(frozen=True)
class ConditionRecheck:
    """A residents' condition for the shared ground loop: indicative and on the chosen quote.

    ``text`` is the condition as stored (the residents' Dutch words), ``text_en`` how it reads in
    English (:func:`~minigrid_app.core.conditions.shown_condition_text`); :meth:`shown` picks.
    """

    text: str
    indicative: Outcome
    quoted: Outcome | None
    text_en: str = ""

    def shown(self, language: str = "nl") -> str:
        """The condition as it reads in ``language`` ('nl' or 'en')."""
        return (self.text_en or self.text) if language == "en" else self.text

    @property
    def changed(self) -> bool:
        return self.quoted is not None and self.quoted.status != self.indicative.status


@dataclass
class DecisionRecord:
    """Everything the decision record shows.

    Attributes
    ----------
    quote_case : QuoteCase | None
        The chosen quote compared and its business case; None when none chosen.
    organisation_model : str
        Key of ``ORGANISATION_MODELS`` (empty when not chosen).
    model_fits : bool
        The model is among those that fit the Heat Act regime of the number of connections.
    agreements : list[AgreementRow]
        Every home of the project, street order.
    conditions : list[ConditionRecheck]
    open_permits : list[PermitItem]
    warnings : list[str]
    figure : TenderFigure | None
        The shared loop per home over the homes in the tender, on the chosen quote (indicative while
        none is chosen): the figure the summary line, step 7 and the PDF show
        (:mod:`minigrid_app.core.tender_figure`).
    """

    pack: TenderPack
    quote_case: QuoteCase | None
    organisation_model: str
    model_fits: bool
    agreements: list[AgreementRow]
    opt_out_terms: str
    decided_on: datetime.date | None
    conditions: list[ConditionRecheck]
    open_permits: list[PermitItem]
    warnings: list[str] = field(default_factory=list)
    figure: TenderFigure | None = None

    @property
    def not_signed(self) -> list[AgreementRow]:
        """Homes without a signed binding agreement (in the tender or not)."""
        return [row for row in self.agreements if not row.signed]

    @property
    def not_signed_groups(self) -> list[tuple[Bilingual, list[str]]]:
        """The homes without a signed binding agreement grouped by why, as every view shows them.

        Returns ``(why, labels)`` pairs: first the homes in the tender by the state of their
        agreement (not asked, sent, declined), then the homes outside the tender, each in street
        order. Empty when every home signed.
        """
        groups: dict[str, tuple[Bilingual, list[str]]] = {}
        rows = sorted(self.not_signed, key=lambda row: (not row.in_tender, AGREEMENT_STATES.index(row.status) if row.status in AGREEMENT_STATES else 0))
        for row in rows:
            why = row.why_not_signed
            groups.setdefault(str(why), (why, []))[1].append(row.label)
        return list(groups.values())

    @property
    def in_tender_not_signed_count(self) -> int:
        """Homes in the tender without a signed binding agreement (step 8's 'still to do')."""
        return sum(1 for row in self.not_signed if row.in_tender)

    @property
    def signed_count(self) -> int:
        return sum(1 for row in self.agreements if row.signed)

    @property
    def in_tender_count(self) -> int:
        return sum(1 for row in self.agreements if row.in_tender)

    @property
    def signed_words(self) -> Bilingual:
        """Who signed the binding agreement, in one sentence for the slides: '3 van de 5 woningen
        tekenden de bindende overeenkomst'; one home in the tender said plainly ('De woning …'),
        not '0 van de 1 woningen tekenden'."""
        signed, homes = self.signed_count, self.in_tender_count
        if homes == 1:
            return (Bilingual("De woning van de uitvraag tekende de bindende overeenkomst",
                              "The home in the tender signed the binding agreement") if signed
                    else Bilingual("De woning van de uitvraag tekende de bindende overeenkomst nog niet",
                                   "The home in the tender has not signed the binding agreement yet"))
        return Bilingual(
            f"{signed} van de {homes} woningen {'tekende' if signed == 1 else 'tekenden'} de bindende overeenkomst",
            f"{signed} of the {homes} homes signed the binding agreement",
        )

    @property
    def signed_of(self) -> Bilingual:
        """The decision record's 'Bindend getekend': '3 van 5 woningen in de uitvraag'; one home: 'ja' / 'nog niet'."""
        signed, homes = self.signed_count, self.in_tender_count
        if homes == 1:
            return (Bilingual("ja (de woning van de uitvraag)", "yes (the home in the tender)") if signed
                    else Bilingual("nog niet (de woning van de uitvraag)", "not yet (the home in the tender)"))
        return Bilingual(f"{signed} van {count(homes, 'woning', 'woningen')} in de uitvraag",
                         f"{signed} of {count(homes, 'home', 'homes')} in the tender")

    @property
    def all_signed_words(self) -> Bilingual:
        """What the record says when nobody is left to sign ('De woning heeft getekend.' for one home)."""
        if self.in_tender_count == 1 and len(self.agreements) == 1:
            return Bilingual("De woning heeft getekend.", "The home has signed.")
        return Bilingual("Alle woningen hebben getekend.", "Every home has signed.")


def _shared_outcome(check: ConditionCheck) -> Outcome:
    return check.group[Variant.SHARED_LOOP]


def _declined_words(rows: list[AgreementRow], results: ProjectResults) -> Bilingual | None:
    """What a home in the tender that declines the binding agreement means for the figures: the quote and the
    costs per home still count it (its cluster's source is shared by one home fewer), and a cluster left with
    fewer than two homes has no shared source. None when no home in the tender declined."""
    declined = [row for row in rows if row.in_tender and row.status == "declined"]
    if not declined:
        return None
    label = {row.household_id: row.label for row in rows}
    gone = {row.household_id for row in declined}
    names = names_listed([row.label for row in declined])
    names_en = names_listed([row.label for row in declined], "en")  # 'Home 3' for a home with no name
    one = len(declined) == 1
    nl = [f"{names} {'tekent' if one else 'tekenen'} de bindende overeenkomst niet, maar de offerte en de kosten per "
          f"woning rekenen nog met {'die woning' if one else 'die woningen'}: bij de buren in het cluster verandert de rekening."]
    en = [f"{names_en} {'does' if one else 'do'} not sign the binding agreement, yet the quote and the costs per home still "
          f"count {'that home' if one else 'those homes'}: for the neighbours in the cluster the sums change."]
    for cluster in results.clusters:
        if not gone & set(cluster.households):
            continue
        left = [label.get(h, h) for h in cluster.households if h not in gone]
        if len(left) < MIN_SIGNERS:
            nl.append(f"In {cluster.name} {'blijft' if len(left) == 1 else 'blijven'} {count(len(left), 'woning', 'woningen')} over"
                      f"{' (' + names_listed(left) + ')' if left else ''}: te weinig voor een gedeelde bron.")
            en.append(f"{cluster.name} is left with {count(len(left), 'home', 'homes')}"
                      f"{' (' + names_listed(left, 'en') + ')' if left else ''}: too few for a shared source.")
    nl.append("Vraag de aanbieder een prijs zonder; met ‘Doet niet mee’ bij stap 5 vormt Minigrid de clusters opnieuw.")
    en.append("Ask the supplier for a price without; with ‘Declined’ in step 5 Minigrid forms the clusters again.")
    return Bilingual(" ".join(nl), " ".join(en))


def decision_record(
    scope: TenderScope, results: ProjectResults, pack: TenderPack, today: datetime.date | None = None
) -> DecisionRecord:
    """The decision record of the tendered project (``pack = build_tender(scope, results)``)."""
    project = scope.project
    state = project.tender.decision
    warnings: list[str] = []
    quote = project.tender.quote(state.quote_id) if state.quote_id else None
    case = quote_case(project, results, pack.lines, quote) if quote is not None else None
    if quote is None:
        warnings.append(Bilingual("Er is nog geen offerte gekozen.", "No quote has been chosen yet."))
    else:
        valid = parse_date(quote.valid_until)
        decided = parse_date(state.decided_on) or today or datetime.date.today()
        if valid is not None and valid < decided:
            warnings.append(
                Bilingual(
                    f"De offerte van {quote.supplier} was geldig tot {valid:%d-%m-%Y}; vraag of de prijzen nog gelden.",
                    f"The quote of {quote.supplier} was valid until {valid:%d-%m-%Y}; ask whether its prices still hold.",
                )
            )
        elif valid is None and quote.valid_until.strip():  # '3 maanden na dagtekening': no date to check against
            written = short(quote.valid_until)
            warnings.append(
                Bilingual(
                    f"De offerte van {quote.supplier} is geldig ‘{written}’: geen datum, dus niet na te gaan of ze nog "
                    "geldt; vraag of de prijzen nog gelden.",
                    f"The quote of {quote.supplier} is valid ‘{written}’: no date, so whether it still holds cannot be "
                    "checked; ask whether its prices still hold.",
                )
            )
        if (quantities := case.comparison.quantity_note()) is not None:  # the same words as in step 7
            warnings.append(Bilingual(quantities.nl, quantities.en))
        if case.comparison.missing:
            warnings.append(
                Bilingual(
                    f"De gekozen offerte mist {count(len(case.comparison.missing), 'regel', 'regels')}: daar telt de indicatieve prijs.",
                    f"The chosen quote misses {count(len(case.comparison.missing), 'line', 'lines')}: the indicative price counts there.",
                )
            )
    model = state.organisation_model if state.organisation_model in ORGANISATION_MODELS else ""
    fits = bool(model) and model in results.group.wcw.models[:2]
    if not model:
        warnings.append(Bilingual("Er is nog geen organisatievorm gekozen.", "No organisation model has been chosen yet."))
    elif results.group.wcw.code != "limited" and model == "self_management":
        limit = results.parameters.int("wcw_limited_max_connections")
        separate = each_network_limited(results.clusters)
        warnings.append(
            Bilingual(
                f"Zelfbeheer past slecht bij meer dan {limit} aansluitingen op één net (Wet collectieve warmte)"
                + ("; het past wel als elk cluster een eigen net is." if separate else "."),
                f"Self-management fits badly with more than {limit} connections on one network (Heat Act)"
                + ("; it fits if every cluster is a network of its own." if separate else "."),
            )
        )
    in_tender = set(scope.signed)
    rows = []
    for row, household in enumerate(project.households, 1):
        original_intent = scope.intent.get(household.id, household.participation)
        record = state.agreement(household.id)
        status = record.status if record.status in AGREEMENT_STATES and household.id in in_tender else "not_asked"
        label = home_name(household, row)
        rows.append(AgreementRow(household.id, label, original_intent, household.id in in_tender, status, record.date if household.id in in_tender else ""))
    if (said := _declined_words(rows, results)) is not None:
        warnings.append(said)
    if not state.opt_out_terms.strip():
        warnings.append(
            Bilingual(
                "De voorwaarden om uit te stappen zijn nog niet beschreven.",
                "The terms for opting out have not been written down yet.",
            )
        )
    indicative_checks = check_conditions(project, results)
    quoted_checks = check_conditions(project, case.results) if case is not None else None
    conditions = [
        ConditionRecheck(
            shown_condition_text(check.condition, "nl"),
            _shared_outcome(check),
            _shared_outcome(quoted_checks[i]) if quoted_checks is not None else None,
            shown_condition_text(check.condition, "en"),
        )
        for i, check in enumerate(indicative_checks)
    ]
    return DecisionRecord(
        pack=pack,
        quote_case=case,
        organisation_model=model,
        model_fits=fits,
        agreements=rows,
        opt_out_terms=state.opt_out_terms,
        decided_on=parse_date(state.decided_on),
        conditions=conditions,
        open_permits=[item for item in pack.permits if item.open],
        warnings=warnings,
        figure=tender_figure(results, case),
    )
