"""The layers point one way: core ← io ← ui ← cli (issue 10).

Every module of ``minigrid_app`` is parsed and *every* import in it is checked, those inside
functions too (the linter does not see them, and that is where the wrong arrows hid). A
module may import its own layer and the layers below it, never one above. The engine
(``core``) and the file layer (``io``) never import Qt, and the engine opens no files.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "minigrid_app"
#: layer → rank; a module may import modules of its own rank or lower
LAYERS = {"core": 0, "io": 1, "ui": 2, "cli": 3}
#: modules at the package root and the layer they belong to
ROOT_MODULES = {
    "minigrid_app": 0,  # __init__: version and name only
    "minigrid_app.paths": 1,  # finds bundled files
    "minigrid_app.cli": 3,
    "minigrid_app.__main__": 3,
}
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
#: standard modules that read or write files (or find them): not in the engine
FILE_MODULES = ("pathlib", "tomllib", "shutil", "tempfile", "glob", "os", "io", "importlib.resources", "zipfile")
FILE_METHODS = ("read_text", "read_bytes", "write_text", "write_bytes", "open", "iterdir", "glob", "mkdir", "unlink")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> int | None:
    """The layer rank of a ``minigrid_app`` module; None for modules outside the package."""
    if module != "minigrid_app" and not module.startswith("minigrid_app."):
        return None
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return LAYERS[parts[1]]
    return ROOT_MODULES.get(".".join(parts[:2]), LAYERS["cli"])


def imported_modules(tree: ast.AST, module: str, is_package: bool, package: Path = PACKAGE):
    """(line, module) of every import in ``tree``, relative ones resolved; ``from x import y``
    gives ``x.y`` when that is a module of the package, else ``x``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                if not is_package:
                    anchor = anchor[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                if _is_package_module(candidate, package):
                    yield node.lineno, candidate
                else:
                    yield node.lineno, base


def _is_package_module(name: str, package: Path) -> bool:
    if not name.startswith("minigrid_app."):
        return False
    path = package.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def file_access(tree: ast.AST) -> list[tuple[int, str]]:
    """Calls that open or list files: ``open(...)``, ``x.read_text()``, ``x.open()`` …"""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "open":
            found.append((node.lineno, "open()"))
        elif isinstance(node.func, ast.Attribute) and node.func.attr in FILE_METHODS:
            found.append((node.lineno, f".{node.func.attr}()"))
    return found


def violations(package: Path = PACKAGE) -> list[str]:
    """Every wrong arrow, Qt import in core/io and file access in core, as readable lines."""
    found = []
    for path in sorted(package.rglob("*.py")):
        module = module_name(path, package)
        rank = layer_of(module)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(package.parent)
        for line, target in sorted(set(imported_modules(tree, module, path.name == "__init__.py", package))):
            target_rank = layer_of(target)
            if target_rank is not None and target_rank > rank:
                found.append(f"{where}:{line}: {module} (layer {rank}) imports {target} (layer {target_rank})")
            if rank <= LAYERS["io"] and target.split(".")[0] in QT_PACKAGES:
                found.append(f"{where}:{line}: {module} imports Qt ({target})")
            if rank == LAYERS["core"] and (
                target in FILE_MODULES or any(target.startswith(name + ".") for name in FILE_MODULES)
            ):
                found.append(f"{where}:{line}: the engine imports the file module {target}")
        if rank == LAYERS["core"]:
            found += [f"{where}:{line}: the engine accesses files ({what})" for line, what in file_access(tree)]
    return found


def test_every_arrow_points_down():
    found = violations()
    assert not found, "\n".join(found)


# ---------------------------------------------------------------- the checker itself


def _fake_package(tmp_path: Path, files: dict[str, str]) -> Path:
    package = tmp_path / "minigrid_app"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [package, *[p for p in package.rglob("*") if p.is_dir()]]:
        (folder / "__init__.py").touch()
    return package


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # a function-level import of the CLI from io: the cycle issue 10 found
        ({"io/export.py": "def run():\n    from minigrid_app.cli import main\n", "cli.py": ""}, "imports minigrid_app.cli"),
        ({"core/a.py": "from minigrid_app.io import files\n", "io/files.py": ""}, "imports minigrid_app.io.files"),
        ({"core/a.py": "from ..ui import page\n", "ui/page.py": ""}, "imports minigrid_app.ui.page"),
        ({"io/a.py": "def f():\n    from PySide6.QtGui import QImage\n"}, "imports Qt"),
        ({"core/a.py": "import tomllib\n"}, "file module tomllib"),
        ({"core/a.py": "def f(p):\n    return open(p).read()\n"}, "accesses files (open())"),
        ({"core/a.py": "def f(p):\n    return p.read_text()\n"}, "accesses files (.read_text())"),
        ({"io/a.py": "import minigrid_app.paths\n", "paths.py": ""}, None),
        ({"core/a.py": "import minigrid_app.paths\n", "paths.py": ""}, "imports minigrid_app.paths"),
        ({"ui/a.py": "from minigrid_app.io import files\nfrom minigrid_app.core.b import c\n", "io/files.py": "", "core/b.py": ""}, None),
    ],
)
def test_the_checker_finds_wrong_arrows(tmp_path, files, expected):
    found = violations(_fake_package(tmp_path, files))
    if expected is None:
        assert found == []
    else:
        assert any(expected in line for line in found), found
