"""Write PySide6's support modules, compiled, into a folder the frozen program takes along.

    python installers/compile_shiboken_support.py OUT

PySide6 keeps the Python modules of its support package (``shibokensupport``: signatures,
features) as source text inside ``libshiboken6`` and compiles every one of them at each start, before
the first window: in the frozen program that was ≈ 7 % of the instructions until its window
had painted (issue 16). PySide6 loads them from files instead when a folder
``files.dir`` sits next to ``shiboken6/__init__`` (its ``SBK_EMBED=0`` mode). This script
writes them there as compiled files (``OUT/shibokensupport/.../NAME.pyc``, no source, bytecode
as the bundle's: asserts out), read from PySide6's own embedded copy, so they are exactly the
modules it would have compiled. The spec (installers/minigrid.spec) bundles ``OUT`` as
``shiboken6/files.dir``. Nothing is written outside ``OUT``. Exit code 1 (and nothing written)
when this PySide6 has no embedded copy to read, e.g. because it runs from files already.
"""

from __future__ import annotations

import py_compile
import sys
import tempfile
from pathlib import Path

#: the frozen program's bytecode optimisation (minigrid.spec: Analysis(optimize=1))
OPTIMIZE = 1


def embedded_support_files() -> dict[str, bytes] | None:
    """``{"shibokensupport/...py": source}`` as PySide6 carries them, or None."""
    import shiboken6  # noqa: F401  (its import starts the support package)

    package = sys.modules.get("shibokensupport")
    archive = getattr(getattr(package, "__loader__", None), "zfile", None)
    if archive is None:
        return None
    return {
        name: archive.read(name)
        for name in archive.namelist()
        if name.startswith("shibokensupport/") and name.endswith(".py")
    }


def write_compiled(files: dict[str, bytes], out: Path) -> list[Path]:
    """Compile each source to ``out/<name>.pyc`` (the name stays the file name in tracebacks)."""
    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, source in sorted(files.items()):
            source_path = Path(scratch, name)
            source_path.parent.mkdir(parents=True, exist_ok=True)
            source_path.write_bytes(source)
            target = out / (name[: -len(".py")] + ".pyc")
            target.parent.mkdir(parents=True, exist_ok=True)
            py_compile.compile(
                str(source_path), cfile=str(target), dfile=name, doraise=True, optimize=OPTIMIZE,
                # no source beside it: the file is used as it is
                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
            )
            written.append(target)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    files = embedded_support_files()
    if not files:
        print("PySide6 carries no embedded support modules here: nothing written", file=sys.stderr)
        return 1
    write_compiled(files, Path(argv[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
