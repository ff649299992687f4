"""The frozen program's start (issue 16) leaves out what the window does not need before its
first paint, and is otherwise the same program: multiprocessing is imported, and patched by
PyInstaller's hook, only when a process needs it (installers/minigrid_entry.py,
installers/pyi_rth_deferred.py); PySide6's look for its features skips modules whose source
the bundle does not carry (minigrid_app.ui.app)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import pytest

INSTALLERS = Path(__file__).resolve().parents[1] / "installers"


@pytest.fixture(scope="module")
def entry():
    spec = importlib.util.spec_from_file_location("minigrid_entry_under_test", INSTALLERS / "minigrid_entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # its __name__ is not "__main__": nothing runs
    return module


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["Minigrid"], False),
        (["Minigrid", "huis.minigrid"], False),
        (["Minigrid", "compute", "huis.minigrid", "--json"], False),
        # how multiprocessing starts a frozen program's worker and its resource tracker
        (["Minigrid", "--multiprocessing-fork", "tracker_fd=8", "pipe_handle=19"], True),
        (["Minigrid", "-B", "-S", "-I", "-c", "from multiprocessing.resource_tracker import main;main(7)"], True),
    ],
)
def test_only_a_process_started_by_multiprocessing_imports_it_at_once(entry, argv, expected):
    assert entry.started_by_multiprocessing(argv) is expected


DEFERRED = r"""
import sys
text = open(sys.argv[1], encoding="utf-8").read()
hook = "import colorsys\ncolorsys.patched_by_hook = colorsys.__loader__.__class__.__name__\n"
text = text.replace("\nHOOKS = {}\n", "\nHOOKS = " + repr({"colorsys": hook}) + "\n")
assert "colorsys" not in sys.modules
exec(compile(text, "pyi_rth_deferred.py", "exec"), {"__name__": "pyi_rth_deferred"})
finders = len(sys.meta_path)
import colorsys
print(colorsys.patched_by_hook, type(colorsys.__loader__).__name__, type(colorsys.__spec__.loader).__name__,
      finders - len(sys.meta_path), colorsys.hls_to_rgb(0, 1, 0))
"""


def test_a_deferred_hook_patches_its_module_on_first_import_and_the_module_keeps_its_loader():
    out = subprocess.run(
        [sys.executable, "-c", DEFERRED, str(INSTALLERS / "pyi_rth_deferred.py")],
        capture_output=True, text=True, check=True,
    ).stdout.split(maxsplit=4)
    # the hook ran after the module's code (it saw the module's own loader), the finder is gone
    assert out[:4] == ["SourceFileLoader", "SourceFileLoader", "SourceFileLoader", "1"]
    assert out[4].strip() == "(1, 1, 1)"  # lightness 1 is white: the module works as ever


class PyiFrozenLoader:
    """Named as PyInstaller's loader of the modules in the bundle's archive."""


def test_pyside_look_says_no_for_a_frozen_module_without_source(monkeypatch, tmp_path):
    from minigrid_app.ui.app import lighter_pyside_import_check

    asked = []
    feature = types.ModuleType("shibokensupport.feature")
    feature._mod_uses_pyside = lambda module: asked.append(module.__name__) or True
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", feature)
    lighter_pyside_import_check()

    def module(name, path, loader):
        made = types.ModuleType(name)
        made.__file__, made.__loader__ = str(path), loader
        return made

    with_source = tmp_path / "with_source.py"
    with_source.write_text("from PySide6.QtCore import Qt\n", encoding="utf-8")
    missing = tmp_path / "missing.py"
    assert feature._mod_uses_pyside(module("with_source", with_source, PyiFrozenLoader())) is True
    assert feature._mod_uses_pyside(module("frozen", missing, PyiFrozenLoader())) is False
    assert asked == []  # neither went through PySide6's own look
    assert feature._mod_uses_pyside(module("elsewhere", missing, object())) is True
    assert asked == ["elsewhere"]  # a missing file of any other loader: PySide6 decides, as before


def test_matplotlib_keeps_its_cache_in_the_users_cache_folder(entry, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "cache"))
    monkeypatch.setattr(entry.Path, "home", lambda: tmp_path)
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    entry.keep_matplotlib_font_cache()
    folder = Path(entry.os.environ["MPLCONFIGDIR"])
    assert folder == entry.user_cache_dir() / f"matplotlib-{entry.__version__}"
    assert folder.is_dir() and tmp_path in folder.parents


def test_an_unwritable_cache_folder_gives_matplotlib_a_temporary_one(entry, monkeypatch, tmp_path):
    """As PyInstaller's own hook did (the spec leaves it out): a new folder, removed at exit."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should go", encoding="utf-8")
    monkeypatch.setattr(entry, "user_cache_dir", lambda: blocked / "Minigrid")
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    at_exit = []
    monkeypatch.setattr("atexit.register", lambda *call, **kwargs: at_exit.append((call, kwargs)))
    entry.keep_matplotlib_font_cache()
    folder = Path(entry.os.environ["MPLCONFIGDIR"])
    assert folder.parent == tmp_path and folder.name.startswith("minigrid-matplotlib-") and folder.is_dir()
    ((function, *args), kwargs), = at_exit
    function(*args, **kwargs)
    assert not folder.exists()


def test_pysides_support_modules_are_compiled_from_its_own_copy(tmp_path):
    """installers/compile_shiboken_support.py: each embedded module as a .pyc PySide6 can load
    (shiboken6/files.dir in the bundle), its code that of the source PySide6 carries."""
    import marshal

    path = INSTALLERS / "compile_shiboken_support.py"
    spec = importlib.util.spec_from_file_location("compile_shiboken_support", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    files = module.embedded_support_files()
    if files is None:
        pytest.skip("this PySide6 loads its support modules from files already")
    assert "shibokensupport/signature/loader.py" in files
    written = module.write_compiled(files, tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == sorted(n[:-3] + ".pyc" for n in files)
    loader = tmp_path / "shibokensupport" / "signature" / "loader.pyc"
    code = marshal.loads(loader.read_bytes()[16:])
    name = "shibokensupport/signature/loader.py"
    assert code == compile(files[name], name, "exec", optimize=module.OPTIMIZE)
    assert code.co_filename == name
