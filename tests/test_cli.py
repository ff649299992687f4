"""The command line: examples, compute, selftest, clear errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from minigrid_app.cli import main
from minigrid_app.core.parameters import default_parameters


def run(*args):
    return subprocess.run([sys.executable, "-m", "minigrid_app", *args], capture_output=True, text=True, timeout=300)


def test_example_and_compute_json(tmp_path, capsys):
    out = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["compute", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"households", "group", "clusters", "fields", "parameters_used"}
    household = data["households"][0]
    assert set(household) >= {"id", "label", "variants"}
    assert list(household["variants"]) == ["gas", "air_hp", "ground_hp", "shared_loop"]
    for code, variant in household["variants"].items():
        for key in (
            "investment_gross_eur", "subsidy_eur", "investment_net_eur", "gas_m3_per_year",
            "electricity_kwh_per_year", "annual_energy_costs_eur", "annual_fixed_costs_eur",
            "annual_maintenance_eur", "annual_loan_payment_eur", "monthly_costs_year1_eur", "tco_eur",
            "npv_eur", "payback_years", "co2_kg_per_year", "electric_peak_kw", "break_even_gas_m3",
        ):
            assert key in variant, (code, key)
    assert household["variants"]["gas"]["break_even_gas_m3"] is None
    for field in data["fields"]:
        for key in ("id", "variant", "households", "boreholes", "depth_m", "total_length_m",
                    "min_fluid_temp_c", "mean_fluid_temp_c", "provisional"):
            assert key in field
    assert data["parameters_used"]["gas_price_eur_m3"]["value"] == default_parameters()["gas_price_eur_m3"].value


def test_compute_table(tmp_path, capsys):
    out = tmp_path / "p.minigrid"
    main(["example", "twee-onder-een-kap-4", "-o", str(out)])
    capsys.readouterr()
    assert main(["compute", str(out), "--quick"]) == 0
    text = capsys.readouterr().out
    assert "Gedeelde bodemlus" in text and "Esdoornlaan 10" in text and "€" in text


def test_compute_says_why_a_home_is_not_computed_under_the_table(tmp_path, capsys):
    """The reason stood in the 'Per maand' column and stretched every line to 314 characters."""
    from minigrid_app.io.examples import load_example
    from minigrid_app.io.projectfile import save_project

    project = load_example("twee-onder-een-kap-4")
    missing = project.households[1]
    missing.gas_m3_per_year = None
    save_project(project, tmp_path / "p.minigrid")
    assert main(["compute", str(tmp_path / "p.minigrid"), "--quick"]) == 0
    lines = capsys.readouterr().out.splitlines()
    table = [line for line in lines[: lines.index("Niet berekend:")] if line]
    row = next(line for line in table if line.startswith(missing.label))
    assert row.split()[-2:] == ["niet", "berekend"]
    head, rule = table[0], table[1]
    assert all(len(line) <= len(rule) for line in table) and len(head) <= len(rule)
    reason = lines.index("Niet berekend:") + 1
    assert lines[reason].strip().startswith(f"{missing.label}: gasverbruik ontbreekt")
    below = lines[lines.index("Niet berekend:"):]
    assert all(len(line) <= 100 for line in below if not line.startswith("  Eigen") and not line.startswith("  Gedeelde"))


@pytest.mark.parametrize(
    "args, words",
    [
        (["compute", "/nonexistent.minigrid"], "bestaat niet"),
        (["example", "bestaat-niet", "-o", "x.minigrid"], "Onbekend voorbeeld"),
    ],
)
def test_bad_input_exit_code_2(args, words, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_corrupt_file_no_traceback(tmp_path):
    bad = tmp_path / "kapot.minigrid"
    bad.write_text('{"format": "minigrid-project", "version": 1, "households": [')
    result = run("compute", str(bad))
    assert result.returncode == 2
    assert "beschadigd" in result.stderr and "Traceback" not in result.stderr


def test_selftest():
    result = run("selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Zelftest geslaagd" in result.stdout


def test_damaged_default_figures_are_a_message_not_a_traceback(tmp_path, monkeypatch, capsys):
    from minigrid_app.core import parameters
    from minigrid_app.io import defaults

    out = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(out)]) == 0
    broken = tmp_path / "defaults.toml"
    broken.write_text('format = "minigrid-defaults"\n[parameters.gas_price_eur_m3]\nvalue = 1.34\n', encoding="utf-8")
    monkeypatch.setattr(defaults, "bundled_defaults", lambda: defaults.load_defaults(broken))
    try:
        assert main(["compute", str(out), "--quick"]) == 2
    finally:
        monkeypatch.undo()
        defaults.install_bundled_defaults()  # the real figures for the tests that follow
    err = capsys.readouterr().err
    assert "standaardgetallen" in err and "gas_price_eur_m3: missing" in err and "Traceback" not in err
    assert "gas_price_eur_m3" in parameters.default_parameters()


def test_help_lists_the_examples_and_explains_privacy(capsys):
    """Issue 15: 'example --help' did not list the examples; '--privacy' was explained nowhere."""
    from minigrid_app.io.examples import EXAMPLES

    with pytest.raises(SystemExit):
        main(["example", "--help"])
    shown = capsys.readouterr().out
    assert all(name in shown for name in EXAMPLES)
    with pytest.raises(SystemExit):
        main(["intent", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "house_number (the default) by their house number" in shown and "anonymous by a letter" in shown


def test_help_is_one_text_in_one_language(capsys):
    """Issue 15: 'minigrid --help' printed two usage blocks and mixed Dutch and English."""
    assert main(["--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.count("usage:") == 1
    assert "minigrid COMMAND" in shown and "--screenshot DIR" in shown and "import-households" in shown
    assert "mini heat networks" in shown and "warmtenetten" not in shown
