"""Step 3, "Kan het technisch?": one panel module per feature of the technical quick scan.

- :mod:`.warnings`: every warning and input problem in one calm panel;
- :mod:`.households`: per home its supply temperature, heat, heat pump and cluster;
- :mod:`.clusters`: the clusters (drag a home to another) and their settings;
- :mod:`.fields`: the borefields with the fluid temperature chart;
- :mod:`.wcw`: what the Wet collectieve warmte asks and the fitting organisation models;
- :mod:`.scorecard`: the afwegingskader, eight factors of a promising initiative.

:mod:`.page` puts them together under the step's question.
"""

from minigrid_app.ui.pages.quickscan.page import QuickscanPage

__all__ = ["QuickscanPage"]
