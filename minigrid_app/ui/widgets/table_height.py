"""Height for a table that shows all its rows without an inner scroll bar.

The pages are scroll areas; a table inside one should not scroll on its own. A fixed
"rows × 32 + 36" breaks at larger text (the header grows) and when the columns no longer
fit the width (a horizontal scroll bar covers the last row).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def fit_table_height(view: QTableView, rows: int, row_height: int | None = None) -> int:
    """Set and return the fixed height (px) that shows ``rows`` rows of ``row_height`` px
    (default: the view's default row height at the current font).

    Counts the header as it is drawn at the current font, the frame, and room for the
    horizontal scroll bar, which appears whenever the columns are wider than the view.
    """
    header = view.horizontalHeader()
    header_height = 0 if header.isHidden() else max(header.height(), header.sizeHint().height())
    if row_height is None:
        row_height = view.verticalHeader().defaultSectionSize()
    frame = 2 * view.frameWidth()
    scroll_bar = view.horizontalScrollBar().sizeHint().height()
    height = rows * row_height + header_height + frame + scroll_bar
    view.setFixedHeight(height)
    return height
