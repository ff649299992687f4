"""The package metadata builds without setuptools' deprecation warnings (issue 15: every set-up
printed a warning about the license table)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_license_is_an_spdx_expression_for_a_setuptools_that_reads_it():
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    # a TOML table ({ text = ... }) is deprecated since setuptools 77 and warned about on every build
    assert data["project"]["license"] == "EUPL-1.2"
    requirement = next(r for r in data["build-system"]["requires"] if r.startswith("setuptools"))
    minimum = re.search(r">=\s*(\d+)", requirement)
    assert minimum is not None and int(minimum.group(1)) >= 77, requirement
    # license classifiers next to an SPDX expression are refused by setuptools >= 77
    assert not any(c.startswith("License ::") for c in data["project"].get("classifiers", []))
