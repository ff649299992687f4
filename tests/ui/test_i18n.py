"""Translations: every .ts compiles, missing .qm files are compiled at start, all parts load."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from minigrid_app.ui import i18n


def test_build_compiles_every_ts(tmp_path):
    for ts in i18n.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    written = i18n.build(tmp_path)
    assert sorted(p.name for p in written) == sorted(ts.with_suffix(".qm").name for ts in i18n.ts_files())
    assert "minigrid_en_a.qm" in [p.name for p in written] and "minigrid_en_b.qm" in [p.name for p in written]
    assert all(p.stat().st_size > 100 for p in written)


def test_missing_qm_compiled_at_start_and_all_parts_loaded(tmp_path, monkeypatch, qapp):
    for ts in i18n.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert not list(tmp_path.glob("*.qm"))
    translations = i18n.Translations(QApplication.instance())
    try:
        assert translations.set_language("en")
        assert (tmp_path / "minigrid_en_a.qm").is_file()
        assert QCoreApplication.translate("IntakePage", "Wie doen er mee?") == "Who is taking part?"  # part a
        assert QCoreApplication.translate("BusinessCasePage", "Wat kost het mij?") == "What does it cost me?"  # part b
        assert QApplication.instance().property("language") == "en"
    finally:
        translations.set_language("nl")
    assert QCoreApplication.translate("IntakePage", "Wie doen er mee?") == "Wie doen er mee?"
    assert QApplication.instance().property("language") == "nl"


def test_every_source_of_part_a_is_translated():
    import xml.etree.ElementTree as ET

    tree = ET.parse(i18n.translations_dir() / "minigrid_en_a.ts")
    unfinished = [
        m.find("source").text
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") == "unfinished" or not (m.find("translation").text or "").strip()
    ]
    assert unfinished == []


def test_build_command_line(capsys):
    assert i18n.main(["build"]) == 0
    assert "minigrid_en_a.qm" in capsys.readouterr().out
    assert i18n.main([]) == 2


#: every source of the program: the window, its pages, panels, widgets, dialogs, models and
#: presentation (the survey import's "— kies de woning —" stood Dutch in the English window:
#: the dialogs were not gathered)
WINDOW_SOURCES = ("",)


def test_every_translatable_string_of_the_window_has_its_english(tmp_path):
    """Every tr() of the window and its pages, in its class (the translation context), has an
    English text in one of the parts: a string moved to another class (a page split into
    panels) keeps working. The strings are gathered by Qt's own pyside6-lupdate."""
    import subprocess
    import sys
    from pathlib import Path

    import minigrid_app

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.is_file() or shutil.which("pyside6-lupdate"), "pyside6-lupdate comes with PySide6-Essentials"
    package = Path(minigrid_app.__file__).parent
    sources = sorted(
        str(p) for p in package.rglob("*.py") if any(p.relative_to(package).as_posix().startswith(s) for s in WINDOW_SOURCES)
    )
    assert any("second_evening" in s for s in sources) and any("dialogs" in s for s in sources)
    gathered = tmp_path / "all.ts"
    command = str(lupdate) if lupdate.is_file() else shutil.which("pyside6-lupdate")
    subprocess.run([command, "-silent", *sources, "-ts", str(gathered)], check=True)

    wanted = ts_messages(gathered, translated_only=False)
    translated = set().union(*(ts_messages(ts, translated_only=True) for ts in i18n.ts_files("en")))
    assert sorted(wanted - translated) == []
    # a message that counts (%n) has its Dutch singular and plural too (the source language)
    counting = {m for m in wanted if "%n" in m[1]}
    dutch = set().union(*(ts_messages(ts, translated_only=True) for ts in i18n.ts_files("nl")))
    assert sorted(counting - dutch) == []


def ts_messages(ts, translated_only: bool) -> set[tuple[str, str]]:
    """(context, source) of the messages of a .ts file; with ``translated_only`` only those with a
    finished translation (every plural form filled in, for a message that counts)."""
    import xml.etree.ElementTree as ET

    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            if message.get("numerus") == "yes":
                done = len(forms) >= 2 and all((f.text or "").strip() for f in forms)
            else:
                done = translation is not None and bool((translation.text or "").strip())
            done = done and translation.get("type") is None
            if done or not translated_only:
                found.add((name, message.find("source").text))
    return found


def test_plural_forms_in_dutch_and_english(qapp):
    """'Bij 1 woningen', '1 woningen toegevoegd' (issue 15): Qt's %n picks the form in both languages."""
    from minigrid_app.ui.i18n import Translations

    translations = Translations(qapp)
    try:
        for language, one, many in (
            ("nl", "Bij 1 woning ontbreekt nog iets", "Bij 3 woningen ontbreekt nog iets"),
            ("en", "1 home still lacks something", "3 homes still lack something"),
        ):
            assert translations.set_language(language)
            source = "Bij %n woningen ontbreekt nog iets of klopt iets niet."
            assert QCoreApplication.translate("IntakePage", source, None, 1).startswith(one)
            assert QCoreApplication.translate("IntakePage", source, None, 3).startswith(many)
        # the tender's slides and quotes: '1 regel ontbreekt', never '1 regel(s) ontbreken'
        for language, one, many in (("nl", "1 regel ontbreekt", "2 regels ontbreken"), ("en", "1 line missing", "2 lines missing")):
            assert translations.set_language(language)
            source = "{0}: %n regels ontbreken, {1} buiten de marge"
            assert one in QCoreApplication.translate("TenderSlides", source, None, 1)
            assert many in QCoreApplication.translate("TenderSlides", source, None, 2)
        # step 3 with one neighbouring field said 'de boorgaten van 1 andere velden in de buurt'
        for language, one, many in (("nl", "van 1 ander veld in", "van 2 andere velden in"),
                                    ("en", "of 1 other field nearby", "of 2 other fields nearby")):
            assert translations.set_language(language)
            source = ("In de straat gerekend met de boorgaten van %n andere velden in de buurt; "
                      "als niemand anders in de buurt boort: {0} m.")
            assert one in QCoreApplication.translate("FieldsPanel", source, None, 1)
            assert many in QCoreApplication.translate("FieldsPanel", source, None, 2)
        assert translations.set_language("nl")
        source = "Gemiddeld per deelnemende woning (%n woningen), in het eerste jaar, inclusief lening en onderhoud."
        assert "(1 woning)" in QCoreApplication.translate("PresentationWindow", source, None, 1)
        source = "De uitvraag gaat over de %n woningen die de intentieverklaring tekenden: {0}. Nog niet: {1}."
        assert QCoreApplication.translate("ScopePanel", source, None, 1).startswith("De uitvraag gaat over de woning die")
    finally:
        translations.set_language("nl")


def test_compiling_over_a_loaded_translation_leaves_the_running_window_english(tmp_path, qapp):
    """A second start compiled a changed .ts over the .qm a running window had loaded (Qt maps it
    into memory): that window's pages built afterwards were half Dutch ('← Vorige stap', 'Nog 13
    woningen …' under English titles). The .qm is now replaced by a new file, never rewritten."""
    from PySide6.QtCore import QTranslator

    source = i18n.translations_dir() / "minigrid_en_a.ts"
    ts, qm = tmp_path / source.name, tmp_path / "minigrid_en_a.qm"
    shutil.copy(source, ts)
    assert i18n.compile_ts(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("IntakePage", "Wie doen er mee?") == "Who is taking part?"
    text = ts.read_text(encoding="utf-8")
    extra = "".join(
        f"<context><name>Extra{n}</name><message><source>Regel {n}</source><translation>Line {n}</translation></message></context>"
        for n in range(300)
    )
    ts.write_text(text.replace("</TS>", extra + "</TS>"), encoding="utf-8")
    assert i18n.compile_ts(ts, qm)
    assert translator.translate("IntakePage", "Wie doen er mee?") == "Who is taking part?"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no half-written file left


def test_a_failed_compile_keeps_the_old_translation(tmp_path):
    source = i18n.translations_dir() / "minigrid_en_a.ts"
    ts, qm = tmp_path / source.name, tmp_path / "minigrid_en_a.qm"
    shutil.copy(source, ts)
    assert i18n.compile_ts(ts, qm)
    before = qm.read_bytes()
    ts.write_text("<TS><context>broken", encoding="utf-8")
    assert not i18n.compile_ts(ts, qm)
    assert qm.read_bytes() == before
