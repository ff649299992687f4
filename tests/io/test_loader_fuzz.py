"""Issue 14: keep the attack on the project loader running (hypothesis).

Random mutations of real projects (values of any JSON type, numbers of 400 digits,
``NaN``, text with lone surrogates, control and bidi characters, containers swapped,
keys deleted or added) go through the one loader. Whatever it lets through must be usable
by everything after it: clean text within the limits, bounded finite numbers, unique
valid ids, cluster references that exist, a save that succeeds and loads back the same,
and a calculation that does not raise.

Every run: ``LOADER_EXAMPLES`` (≥ 1 000) examples of the loader properties and
``COMPUTE_EXAMPLES`` with the engine. More, nightly-style::

    MINIGRID_FUZZ=1 .venv/bin/python -m pytest -m fuzz tests/io/test_loader_fuzz.py --hypothesis-show-statistics
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minigrid_app.core.analysis import compute_project
from minigrid_app.core.model import Project
from minigrid_app.core.safe_text import BIDI_AND_INVISIBLE
from minigrid_app.io.examples import load_example
from minigrid_app.io.project_fields import (
    DEFAULT_TEXT_LIMIT,
    MULTILINE_FIELDS,
    NUMBER_LIMIT,
    TEXT_LIMITS,
)
from minigrid_app.io.projectfile import dumps_project, loads_project, project_to_dict

LOADER_EXAMPLES = int(os.environ.get("MINIGRID_LOADER_EXAMPLES", "1000"))
COMPUTE_EXAMPLES = int(os.environ.get("MINIGRID_COMPUTE_EXAMPLES", "150"))
NIGHTLY_EXAMPLES = int(os.environ.get("MINIGRID_FUZZ_EXAMPLES", "20000"))

BASES = [dumps_project(load_example(name)) for name in ("hofje-8", "twee-onder-een-kap-4")]
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}")
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI_AND_INVISIBLE + "\ud800-\udfff\ufffe\uffff]")

HUGE_MARKER = "\u0000huge-4400\u0000"
NASTY_CHARACTERS = st.sampled_from(
    ["\ud83d", "\udcff", "\x00", "\x1b", "\x7f", "\x85", "\u202e", "\u2066", "\u200f", "\ufeff", "\r", "\n", "\t",
     "\u0301", "€", "₂", "é", "漢", "\U0001f525", "=", "+", "@", "-", '"', "\\", "'"]
)  # fmt: skip
NASTY_TEXT = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(NASTY_CHARACTERS, st.characters()), max_size=30).map("".join),
    st.integers(min_value=150, max_value=12_000).map(lambda n: "x" * n),
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6),
    st.integers(min_value=16, max_value=4300).map(lambda digits: int("9" * digits)),
    st.just(HUGE_MARKER),  # becomes a 4 400-digit literal in the file text (beyond Python's int limit)
    st.integers(min_value=16, max_value=600).map(lambda digits: -int("7" * digits)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e9, 1e9 + 1, 1e308, -1e-320, 2**53 + 1]),
)
LEAVES = st.one_of(st.none(), st.booleans(), NUMBERS, NASTY_TEXT)
VALUES = st.recursive(
    LEAVES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(NASTY_TEXT, children, max_size=4),
    max_leaves=12,
)


@st.composite
def mutated_projects(draw) -> dict:
    """A real project with 1-8 random changes at any depth."""
    data = json.loads(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        parent, key = None, None
        node = data
        while isinstance(node, dict | list) and node and draw(st.integers(0, 3)) > 0:
            keys = sorted(node) if isinstance(node, dict) else list(range(len(node)))
            parent, key = node, draw(st.sampled_from(keys))
            node = node[key]
        if parent is None:
            if draw(st.booleans()):
                data[draw(NASTY_TEXT)] = draw(VALUES)
            continue
        action = draw(st.sampled_from(["replace", "replace", "replace", "delete", "swap_container"]))
        if action == "delete":
            del parent[key]
        elif action == "swap_container" and isinstance(node, list):
            parent[key] = {str(i): v for i, v in enumerate(node)}
        elif action == "swap_container" and isinstance(node, dict):
            parent[key] = [[k, v] for k, v in node.items()]
        else:
            parent[key] = draw(VALUES)
    return data


def as_text(data: dict) -> str:
    """JSON as a hostile file would hold it: NaN and Infinity tokens, escaped surrogates."""
    return json.dumps(data, allow_nan=True).replace(json.dumps(HUGE_MARKER), "9" * 4400)


def assert_usable(project: Project) -> None:
    """Everything the loader let through is safe for the engine and every writer."""

    def walk(value, name: str, owner: str) -> None:
        if isinstance(value, str):
            assert not _FORBIDDEN.search(value.replace("\n", "").replace("\t", "") if name in MULTILINE_FIELDS else value), (owner, name, value[:40])
            if name not in MULTILINE_FIELDS:
                assert "\n" not in value and "\t" not in value, (owner, name)
            assert len(value) <= TEXT_LIMITS.get(name, DEFAULT_TEXT_LIMIT), (owner, name, len(value))
            value.encode("utf-8")
        elif isinstance(value, bool) or value is None:
            pass
        elif isinstance(value, int | float):
            assert math.isfinite(value) and abs(value) <= NUMBER_LIMIT, (owner, name, value)
        elif isinstance(value, list):
            for item in value:
                walk(item, name, owner)
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key, "key", owner)
                walk(item, key if owner != "parameter_overrides" else "override", owner)
        elif dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name), item.name, type(value).__name__)
        else:
            raise AssertionError(f"{owner}.{name} has an unexpected type {type(value)!r}")

    walk(project, "project", "Project")
    for group in (project.households, project.conditions, project.clusters.manual):
        ids = [item.id for item in group]
        assert len(ids) == len(set(ids)) and all(_ID.fullmatch(i) for i in ids)
    manual = {m.id for m in project.clusters.manual}
    assert all(h.cluster is None or h.cluster in manual for h in project.households)


def check_loader(data: dict) -> None:
    result = loads_project(as_text(data))  # never raises
    if result.project is None:
        assert result.problems and result.problems[0].nl and result.problems[0].en
        return
    assert result.repaired or not result.problems or all(not p.is_error for p in result.problems)
    assert_usable(result.project)
    saved = dumps_project(result.project)
    saved.encode("utf-8")  # every save works (a lone surrogate made every save fail)
    again = loads_project(saved)
    assert again.ok and not again.problems, [p.nl for p in again.problems][:3]
    first, second = project_to_dict(result.project), project_to_dict(again.project)
    first.pop("saved"), second.pop("saved")
    assert first == second


@settings(max_examples=LOADER_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_projects())
def test_loader_lets_through_only_what_everything_after_it_can_use(data):
    check_loader(data)


@settings(max_examples=LOADER_EXAMPLES // 4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.binary(max_size=300), VALUES.map(lambda v: json.dumps(v, allow_nan=True).encode())))
def test_any_bytes_are_a_project_or_a_message(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "p.minigrid"
    path.write_bytes(raw)
    from minigrid_app.io.projectfile import load_project

    result = load_project(path)
    assert result.ok or (result.problems and result.problems[0].nl)


@settings(max_examples=COMPUTE_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_projects())
def test_whatever_loads_computes(data):
    result = loads_project(as_text(data))
    if result.project is not None:
        compute_project(result.project, method="rule_of_thumb", break_even=False, sensitivity=False)


@pytest.mark.fuzz
@pytest.mark.skipif(not os.environ.get("MINIGRID_FUZZ"), reason="nightly-style: set MINIGRID_FUZZ=1")
@settings(max_examples=NIGHTLY_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_projects())
def test_nightly_loader_attack(data):
    check_loader(data)
    result = loads_project(as_text(data))
    if result.project is not None:
        compute_project(result.project, method="rule_of_thumb", break_even=False, sensitivity=False)
