"""A background job still running when the window closes stops quietly (the screenshot mode printed
"Error calling Python override of QRunnable::run(): … RuntimeError: Signal source has been deleted"
twice at exit, while the signature curves were still being computed)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6

from minigrid_app.ui.services.tasks import _Job, _Signals


def test_a_job_whose_window_closed_stops_at_its_next_progress_report(qapp, capsys):
    steps = []

    def work(progress):
        for step in range(5):
            steps.append(step)
            progress(step / 5, "Handtekeningencurve berekenen")
        return "klaar"

    signals = _Signals()
    job = _Job(work, signals)
    shiboken6.delete(signals)  # what closing the program does to a running job's receiver
    job.run()  # on this thread: nothing raised, nothing printed
    assert steps == [0]
    assert capsys.readouterr().err == ""


def test_a_job_with_its_receiver_reports_as_before(qapp, qtbot):
    signals = _Signals()
    seen = []
    signals.progress.connect(lambda fraction, text: seen.append(fraction))
    signals.finished.connect(seen.append)
    _Job(lambda progress: progress(0.5, "bezig") or "klaar", signals).run()
    assert seen == [0.5, "klaar"]
