"""A page that asks for the signature curves again while they are computed is told once.

Step 5 asks for the curves each time the results change (``SignaturesPanel.show_results``); every edit
made on it while the curves were computed added the page once more to those waiting, and the finished
curves were then shown (combo and chart built again) once per edit (found by the breaker, session 19).
"""

from __future__ import annotations


class _Held:
    """A task runner that keeps the work until :meth:`finish`."""

    def __init__(self):
        self.jobs = []

    def run(self, work, on_done, on_error=None, on_progress=None, on_stopped=None):
        self.jobs.append((work, on_done))

    def stop(self, handle=None):
        pass

    def finish(self):
        work, on_done = self.jobs.pop(0)
        on_done(work(lambda *_: None))


def test_the_same_listener_asking_three_times_hears_once(qapp):
    from minigrid_app.core.analysis import compute_project
    from minigrid_app.io.examples import load_example
    from minigrid_app.ui.document import ProjectDocument
    from minigrid_app.ui.services.engine import EngineService

    project = load_example("twee-onder-een-kap-4")
    document = ProjectDocument(project, runner=_Held())
    document.results = compute_project(project, break_even=False, sensitivity=False)
    engine = EngineService(document)
    engine.compute_function = lambda: (lambda project, **kwargs: document.results)
    heard, other = [], []
    for _ in range(3):
        assert engine.signature_curves(heard.append) is None
    engine.signature_curves(other.append)
    document.runner.finish()
    assert len(heard) == 1 and len(other) == 1
    assert not document.runner.jobs  # one computation for all
