"""Languages: Dutch by default, English through Qt's translation machinery.

The sources are ``resources/translations/minigrid_<lang>_<part>.ts`` (one part per group
of modules, so several people can translate at once); ``.qm`` files are compiled from
them and never committed. Dutch is the source language, yet it has a part of its own,
``minigrid_nl_plurals.ts``: it holds only the plural forms of the messages that count
something (``tr("%n woningen", "", n)`` → "1 woning", "2 woningen"), as Qt's manual asks
for a source language with plurals.

Qt's own texts (the buttons of a message box, the file dialog's "Look in" and "File name")
come from Qt's translation of the language, ``qtbase_<lang>.qm`` in Qt's translations
folder (it ships with PySide6); it is installed with the program's own. Build them with::

    python -m minigrid_app.ui.i18n build

(``scripts/setup.sh`` runs this). When the program starts and a ``.qm`` is missing or
older than its ``.ts``, it compiles it first (into the resources folder or, when that is
read-only, into a cache folder).

Switching the language installs a new set of translators and sets the application
property ``language`` (``"nl"``/``"en"``), which :func:`minigrid_app.ui.locale.ui_language` reads; the main
window then calls ``retranslate()`` on every page.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from minigrid_app.paths import resource_path

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
#: the language menu shows each language in its own words
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


#: Qt's own catalogues installed with the program's (message box buttons, file dialogs)
QT_CATALOGUES = ("qtbase",)
#: object name of the translators :class:`Translations` installs
TRANSLATOR_NAME = "minigrid_translator"


def translations_dir() -> Path:
    return resource_path("translations")


def qt_translations_dir() -> Path:
    """Qt's own translations folder (``PySide6/Qt/translations``; bundled by the installer)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def qt_qm_files(language: str) -> list[Path]:
    """Qt's own translations of ``language`` that exist (``qtbase_nl.qm``)."""
    folder = qt_translations_dir()
    return [folder / f"{name}_{language}.qm" for name in QT_CATALOGUES if (folder / f"{name}_{language}.qm").is_file()]


def ts_files(language: str | None = None, directory: Path | None = None) -> list[Path]:
    """Every ``minigrid_<lang>_*.ts`` (all languages when ``language`` is None)."""
    folder = directory or translations_dir()
    pattern = f"minigrid_{language}_*.ts" if language else "minigrid_*_*.ts"
    return sorted(folder.glob(pattern))


def _lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm, or None when it is not installed."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        local = here / name
        if local.is_file():
            return [str(local)]
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _cache_dir() -> Path:
    return Path(tempfile.gettempdir()) / "minigrid-translations"


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one .ts file to .qm; False when the compiler is missing or fails.

    The .qm is written next to its place and then put there in one step (a new file, never the
    old one rewritten): a running Minigrid reads its translations from the .qm it loaded
    (Qt maps the file into memory), and a second start that compiled over it turned that
    window's pages built afterwards half Dutch. A failed compile leaves the old .qm as it was.
    """
    command = _lrelease()
    if command is None:
        return False
    import os
    import subprocess  # only when a translation must be compiled, not at every start

    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{qm.stem}-", suffix=".qm", dir=qm.parent)
    except OSError:  # a read-only folder: the caller compiles into a cache folder
        return False
    os.close(handle)
    partial = Path(name)
    try:
        completed = subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(partial)], capture_output=True, text=True, check=False
        )
        if completed.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
            return False
        os.replace(partial, qm)
        return True
    except OSError:
        return False
    finally:
        partial.unlink(missing_ok=True)


def build(directory: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` in the translations folder to ``.qm`` next to it.

    Returns the written ``.qm`` files. Raises RuntimeError when the compiler is missing
    or a file does not compile.
    """
    if _lrelease() is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials")
    written = []
    for ts in ts_files(directory=directory):
        qm = ts.with_suffix(".qm")
        if not compile_ts(ts, qm):
            raise RuntimeError(f"could not compile {ts}")
        written.append(qm)
    return written


def qm_files(language: str) -> list[Path]:
    """The compiled translations of ``language``, compiling stale or missing ones first."""
    result = []
    for ts in ts_files(language):
        qm = ts.with_suffix(".qm")
        stale = not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime
        if stale and not compile_ts(ts, qm):
            # read-only install: compile into a cache folder instead
            cached = _cache_dir() / qm.name
            if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime or compile_ts(ts, cached):
                qm = cached
            elif not qm.is_file():
                continue
        result.append(qm)
    return result


class Translations:
    """Installs and removes the translators of one language on the application."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = DEFAULT_LANGUAGE
        self._translators: list[QTranslator] = []

    def set_language(self, language: str) -> bool:
        """Switch to ``language``; True when every translation file loaded."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        # the application speaks one language: drop every translator installed before, also
        # those of another Translations on the same application (the tests make several)
        for translator in self.app.findChildren(QTranslator, TRANSLATOR_NAME):
            self.app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        # Qt's own texts first: the program's translators, installed later, are asked first
        qt_files = qt_qm_files(language) if language != "en" else []  # Qt speaks English itself
        files = qm_files(language)
        # Dutch is the source language: only its plural forms are a file of their own
        complete = bool(files) and (language == "en" or len(qt_files) == len(QT_CATALOGUES))
        for qm in [*qt_files, *files]:
            translator = QTranslator(self.app)
            translator.setObjectName(TRANSLATOR_NAME)
            if translator.load(str(qm)):
                self.app.installTranslator(translator)
                self._translators.append(translator)
            else:
                complete = False
        self.language = language
        self.app.setProperty("language", language)
        return complete


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] != ["build"]:
        print("usage: python -m minigrid_app.ui.i18n build", file=sys.stderr)
        return 2
    try:
        written = build()
    except RuntimeError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
