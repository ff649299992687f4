"""Presentation slides of steps 6-8: the quotes side by side, each home's monthly costs with the
chosen quote, and who has signed the binding agreement.

:func:`tender_slides` gives (title, builder) pairs for the presentation window, built from
the tender service's current figures (no computation while presenting); none when there is
nothing to show yet. The builders draw with the window's own helpers (big numbers, message),
so the slides look like the others: large type, one message per screen, homes by letter.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minigrid_app.core.decision import decision_record
from minigrid_app.core.quotes import (
    INDICATIVE_BASIS,
    compare_quote,
    monthly_per_home,
    percent_decimals,
    quote_case,
)
from minigrid_app.core.tender_figure import tender_figure
from minigrid_app.ui.locale import format_money, format_number, ui_language
from minigrid_app.ui.services.tender_service import tender_service


def _letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def tender_slides(window) -> list[tuple[str, object]]:
    """The slides of steps 6-8 for ``window`` (a PresentationWindow); [] when there are no quotes yet."""
    service = tender_service(window.document)
    tender = service.tendered
    project = window.document.project
    if tender is None or not project.tender.quotes:
        return []

    def quotes_slide() -> None:
        items = []
        for comparison in (compare_quote(tender.pack.lines, q, tender.results) for q in project.tender.quotes):
            fraction = comparison.total.difference_fraction or 0.0
            sign = "+" if fraction >= 0 else "−"
            label = QCoreApplication.translate(
                "TenderSlides", "{0}: %n regels ontbreken, {1} buiten de marge", None, len(comparison.missing)
            ).format(comparison.quote.supplier, len(comparison.flagged) - len(comparison.missing))
            colour = "#b3261e" if fraction > comparison.tolerance else None
            shown = format_number(abs(100 * fraction), percent_decimals(fraction, comparison.tolerance))
            items.append((f"{sign}{shown} %", label, colour))
        window._message(QCoreApplication.translate("TenderSlides", "De offertes naast de indicatieve businesscase (totaal van de aannemersregels)."))
        window._big_numbers(items, columns=min(3, len(items)))

    def monthly_slide() -> None:
        chosen = project.tender.quote(project.tender.decision.quote_id) or project.tender.quotes[0]
        case = quote_case(tender.scope.project, tender.results, tender.pack.lines, chosen)
        rows = monthly_per_home(tender.results, case)
        order = {h.id: i for i, h in enumerate(project.households)}
        items = [
            (format_money(row.quote_monthly_eur), QCoreApplication.translate("TenderSlides", "woning {0}: was {1} indicatief, gas nu {2}").format(
                _letter(order.get(row.household_id, 0)), format_money(row.indicative_monthly_eur), format_money(row.gas_monthly_eur)), None)
            for row in rows
        ]
        said = " ".join(note.text(ui_language()) for note in case.notes())  # lines still priced indicatively
        figure = tender_figure(tender.results, case)  # the mean of the summary line and steps 7-8, its homes said
        mean = figure.text(ui_language()) + "." if figure is not None else ""
        window._message(" ".join(filter(None, [
            QCoreApplication.translate("TenderSlides", "Per maand met de prijzen van {0}.").format(chosen.supplier), said,
            INDICATIVE_BASIS.text(ui_language()), mean[:1].upper() + mean[1:]])))  # 'was € 192 indicatief' beside the handout's € 182
        window._big_numbers(items, columns=min(3, max(1, len(items))))

    def signed_slide() -> None:
        record = decision_record(tender.scope, tender.results, tender.pack)
        in_tender = [row for row in record.agreements if row.in_tender]
        # one home in the tender said plainly ('De woning van de uitvraag tekende …'), not '0 van de 1 woningen'
        signed = record.signed_words.text(ui_language()) + ";"
        still_open = QCoreApplication.translate("TenderSlides", "nog open: %n vergunningen of meldingen.", None, len(record.open_permits))
        window._message(signed + " " + still_open)
        order = {h.id: i for i, h in enumerate(project.households)}
        items = [("✓" if row.signed else "…", QCoreApplication.translate("TenderSlides", "woning {0}").format(_letter(order[row.household_id])),
                  "#1b7a2e" if row.signed else "#666666") for row in in_tender]
        window._big_numbers(items, columns=min(4, max(1, len(items))))

    return [
        (QCoreApplication.translate("TenderSlides", "De offertes vergeleken"), quotes_slide),
        (QCoreApplication.translate("TenderSlides", "Wat het per maand kost met echte prijzen"), monthly_slide),
        (QCoreApplication.translate("TenderSlides", "Wie tekent?"), signed_slide),
    ]
