"""An anonymous English pack names its files in English: 'minigrid intent --lang en --privacy anonymous'
wrote 'declaration-of-intent-woning-A.pdf' beside 'kitchen-table-handout-woning-A.pdf'."""

from __future__ import annotations

from minigrid_app.cli import main
from minigrid_app.core.model import Household
from minigrid_app.io import documents


def test_an_anonymous_english_pack_names_its_files_in_english(tmp_path):
    project = tmp_path / "h.minigrid"
    assert main(["example", "hofje-8", "-o", str(project)]) == 0
    assert main(["intent", str(project), "-o", str(tmp_path / "pack"), "--lang", "en", "--privacy", "anonymous"]) == 0
    names = sorted(path.name for path in (tmp_path / "pack").iterdir())
    assert "declaration-of-intent-home-A.pdf" in names and not [name for name in names if "woning" in name]


def test_a_file_stem_in_either_language():
    assert documents.file_stem(Household(label="Lindehof 3"), 3, "anonymous", "en") == "home-C"
    assert documents.file_stem(Household(label="Lindehof 3"), 3, "anonymous") == "woning-C"
    assert documents.file_stem(Household(label="東京通り"), 4, "house_number", "en") == "home-04"
