"""The signature curve's note 'over 15 jaar voordeliger dan een eigen luchtwarmtepomp' sat at the
foot of the totals panel, over the lines where they run lowest (the right end of straat-24's
curve): the note now has room of its own under the lines."""

from __future__ import annotations

import pytest

from minigrid_app.core.signatures import CurvePoint, SignatureCurve, VariantMeans
from minigrid_app.core.variant import Variant
from minigrid_app.io.signature_charts import signature_curve_figure


def _curve() -> SignatureCurve:
    points = []
    for signers in range(2, 25):
        falling = 44000 - 600 * signers  # lowest at the right end, as in straat-24
        points.append(CurvePoint(
            signers, tuple(f"h{i}" for i in range(signers)), 1, 230.0, 19000.0, falling - 300,
            {Variant.AIR_HP: VariantMeans(200.0, 13000.0, falling + 200),
             Variant.GROUND_HP: VariantMeans(245.0, 21000.0, falling - 700)},
            (Variant.AIR_HP,),
        ))
    return SignatureCurve("street", None, "Straat", 24, 7, tuple(f"h{i}" for i in range(24)), tuple(points),
                          {Variant.AIR_HP: 7, Variant.GROUND_HP: None})


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_cheaper_note_stands_clear_of_the_lines(language):
    figure = signature_curve_figure(_curve(), language=language)
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    total = figure.axes[1]
    notes = [text for text in total.texts if "luchtwarmtepomp" in text.get_text() or "air heat pump" in text.get_text()]
    assert len(notes) == 1
    box = notes[0].get_window_extent(renderer)
    for line in total.get_lines():
        if len(line.get_xdata()) < 2:  # the vertical marks
            continue
        points = line.get_transform().transform(list(zip(line.get_xdata(), line.get_ydata(), strict=True)))
        inside = [(x, y) for x, y in points if box.x0 <= x <= box.x1 and box.y0 - 3 <= y <= box.y1 + 3]
        assert inside == [], (line.get_label(), inside)


@pytest.mark.parametrize("language, said", [
    ("nl", "aantal woningen dat tekent; de bedragen zijn gemiddeld per woning die tekent"),
    ("en", "number of homes that sign; the amounts are the mean per home that signs"),
])
def test_the_axis_says_the_amounts_are_means_not_the_count(language, said):
    """The axis read 'aantal woningen dat tekent (gemiddeld per deelnemende woning)': the mean
    seemed to be the count's; it is the amounts' (each point: the mean per home that signs)."""
    figure = signature_curve_figure(_curve(), language=language)
    assert figure.axes[2].get_xlabel() == said
