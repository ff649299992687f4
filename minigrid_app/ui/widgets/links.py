"""The program's one link colour, and the application palette that carries it.

Apart from :mod:`minigrid_app.ui.widgets.glossary` (which shows the glossary's terms as links
in this colour) so that the start can set the palette before the window's first paint without
loading the glossary and the Qt classes it uses (issue 16).
"""

from __future__ import annotations

#: the program's one link colour: glossary terms, "hoe berekend?", "Wat als … niet tekent?" and
#: every other link (also the application palette's link colour, :func:`use_link_colour`)
LINK_COLOUR = "#1f5fa8"


def use_link_colour(app) -> None:
    """Make :data:`LINK_COLOUR` the colour of every link Qt draws without a style of its own."""
    from PySide6.QtGui import QColor, QPalette

    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Link, QColor(LINK_COLOUR))
    app.setPalette(palette)
