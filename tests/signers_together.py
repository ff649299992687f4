"""A project whose homes that signed are one cluster on step 5, as the residents formed it by hand.

The tender keeps the residents' clusters (method.md#tender-scope). The tests of the bill of
quantities, the quotes and the documents were written for hofje-8's tender of Lindehof 1, 3
and 7 in one cluster (the tender used to form the signers into clusters again). With the three
in one cluster on step 5 the tender is that same cluster: the same homes, metres, amounts and
line ids ('shared-C1:drilling'), so those tests keep their figures.
"""

from __future__ import annotations

from minigrid_app.core.model import ManualCluster, Project


def signers_together(project: Project) -> Project:
    """``project`` (changed and returned) with every home that signed in one cluster "Cluster 1" (id ``C1``)."""
    project.clusters.manual = [*project.clusters.manual, ManualCluster(id="C1", name="Cluster 1")]
    for household in project.households:
        if household.participation == "signed":
            household.cluster = "C1"
    return project


def hofje_three_signed_tendered():
    """(scope, results, pack) of hofje-8 with Lindehof 1, 2 and 3 signed: one cluster of three in the tender
    (Lindehof 7 signed alone in Cluster 2 and is not), computed by the rule of thumb, tendered on 01-12-2026."""
    import copy
    import datetime

    from minigrid_app.core.analysis import compute_project
    from minigrid_app.core.tender import build_tender, tender_scope
    from minigrid_app.io.examples import load_example

    project = copy.deepcopy(load_example("hofje-8"))
    project.household("hofje-2").participation = "signed"
    scope = tender_scope(project)
    results = compute_project(scope.project, break_even=False, sensitivity=False, method="rule_of_thumb")
    return scope, results, build_tender(scope, results, today=datetime.date(2026, 12, 1))
