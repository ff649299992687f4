"""A note that says which homes changed cluster with the last edit (issue 15).

The sentences are the engine's (:func:`minigrid_app.core.cluster_keeping.assignment_changes`,
carried by ``ProjectDocument.clusterChanges``): "Vogelstraat 6 hoort niet meer bij Cluster 1.
De andere woningen blijven in hun cluster." The note is shown where homes are entered or
decline (steps 1 and 5) and where the clusters are (step 3), until the user closes it or the
next change replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton

from minigrid_app.core.problems import in_language
from minigrid_app.ui.locale import ui_language
from minigrid_app.ui.widgets.whole_figures import Label


class ClusterChangesNote(QFrame):
    """The last change of the clusters, in the screen's language; hidden when there is none."""

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("clusterChanges")
        self.setStyleSheet("#clusterChanges { background: #fff6e0; border: 1px solid #e0c27a; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = Label()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._changes: list = []
        document.clusterChanges.connect(self.show_changes)
        self.retranslate()
        self.show_changes()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Melding sluiten"))
        self.close_button.setAccessibleName(self.tr("Melding sluiten"))
        self._fill()

    def show_changes(self) -> None:
        """The document's last change of the clusters (``ProjectDocument.cluster_changes``)."""
        self._changes = list(self.document.cluster_changes)
        self._fill()

    def dismiss(self) -> None:
        self._changes = []
        self._fill()

    def text(self) -> str:
        """The note as plain text (for tests)."""
        return " ".join(in_language(line, ui_language()) for line in self._changes)

    def _fill(self) -> None:
        if not self._changes:
            self.label.clear()
            self.setVisible(False)
            return
        import html  # when clusters change, not when the window opens

        language = ui_language()
        lines = "<br>".join(html.escape(in_language(line, language)) for line in self._changes)
        self.label.setText(f"<b>{html.escape(self.tr('Clusters gewijzigd'))}</b><br>{lines}")
        self.setVisible(True)
