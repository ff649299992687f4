"""The documents for the second residents' evening as HTML (method.md, "Tweede bewonersavond").

Three documents, built from the engine's results and the editable templates under
``resources/templates/`` (``*.nl.html`` and ``*.en.html``, ``$name`` fields filled with
:class:`string.Template`):

- the declaration of intent (intentieverklaring) per participating household (:mod:`.declaration`),
- the kitchen-table handout per household, one A4 page (:mod:`.handout`),
- the report for the residents' evening, a few A4 pages (:mod:`.report`);

what they share (content, templates, names and privacy, the context) is in :mod:`.common`.

No Qt here: the result is a :class:`DocumentContent` (HTML, embedded chart images as pixels or PNG,
page limit, footer); ``minigrid_app.ui.pdf`` turns it into a PDF with Qt's own document
machinery. Every figure comes from :class:`~minigrid_app.core.results.ProjectResults`
and is formatted with :mod:`minigrid_app.core.formatting`, so the documents read the same
as ``minigrid compute``. Everything residents typed is HTML-escaped.
"""

from minigrid_app.io.documents.common import (
    CHART_DPI,
    CONTENT_WIDTH_PX,
    LANGUAGES,
    MARGIN_MM,
    PAGE_DPI,
    PRIVACY_MODES,
    DocumentContent,
    DocumentError,
    Pixels,
    chart_image,
    charts_drawn_once,
    cluster_drop_out_effects,
    continued_cell,
    declaration_households,
    esc,
    figure_pixels,
    figure_png,
    file_stem,
    fill,
    handout_households,
    house_number,
    load_template,
    own_name,
    public_name,
    shared_house_numbers,
)
from minigrid_app.io.documents.declaration import build_declaration
from minigrid_app.io.documents.handout import build_handout
from minigrid_app.io.documents.report import borefield_layout_figure, build_report

__all__ = [
    "CHART_DPI",
    "CONTENT_WIDTH_PX",
    "LANGUAGES",
    "MARGIN_MM",
    "PAGE_DPI",
    "PRIVACY_MODES",
    "DocumentContent",
    "DocumentError",
    "Pixels",
    "borefield_layout_figure",
    "build_declaration",
    "build_handout",
    "build_report",
    "chart_image",
    "charts_drawn_once",
    "cluster_drop_out_effects",
    "continued_cell",
    "declaration_households",
    "esc",
    "figure_pixels",
    "figure_png",
    "file_stem",
    "fill",
    "handout_households",
    "house_number",
    "load_template",
    "own_name",
    "public_name",
    "shared_house_numbers",
]
